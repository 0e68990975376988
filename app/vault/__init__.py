"""The encrypted vault folder: file format, key slots, atomic saving, attachments.

The package itself holds only the names of the files in a vault folder; the
vault is :class:`app.vault.vault.Vault`. Nothing here loads the submodules, so
the window paints its unlock page before SQLAlchemy and the rest of the vault
are imported (start-up time), and no submodule depends on the package importing
it back.
"""

from __future__ import annotations

from app.vault.names import ATTACHMENTS, BACKUPS, LOCK_FILE, VAULT_FILE

__all__ = ["ATTACHMENTS", "BACKUPS", "LOCK_FILE", "VAULT_FILE"]
