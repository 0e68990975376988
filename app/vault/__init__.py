"""The encrypted vault folder: file format, key slots, atomic saving, attachments."""

from app.vault.vault import (
    ATTACHMENTS,
    BACKUPS,
    LOCK_FILE,
    VAULT_FILE,
    Credentials,
    Vault,
    generations,
    newest_good_generation,
)

__all__ = [
    "ATTACHMENTS",
    "BACKUPS",
    "LOCK_FILE",
    "VAULT_FILE",
    "Credentials",
    "Vault",
    "generations",
    "newest_good_generation",
]
