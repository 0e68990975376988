"""The encrypted vault folder: file format, key slots, atomic saving, attachments.

The names below are loaded on first use: the window paints its unlock page
before SQLAlchemy and the rest of the vault are imported (start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.vault.names import ATTACHMENTS, BACKUPS, LOCK_FILE, VAULT_FILE

if TYPE_CHECKING:
    from app.vault.vault import Credentials, Vault, generations, newest_good_generation

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
_LAZY = {"Credentials", "Vault", "generations", "newest_good_generation"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from app.vault import vault

        return getattr(vault, name)
    raise AttributeError(f"module 'app.vault' has no attribute {name!r}")
