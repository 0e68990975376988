"""The diary as the window sees it: unlocking, the opened diary, its keys and backups.

The window (``ui/``) never touches the storage itself: it asks this module what a
diary file offers before it is opened, opens it, and then works with
:class:`OpenedDiary` — the services of the diary, its key slots, its backups and
its save state. Errors are the :mod:`app.errors` classes with German messages.

The vault code (SQLAlchemy and all) is imported on first use, not with this
module: the window paints its unlock page before it is loaded (start-up time).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AmtsError, SaveFailed
from app.i18n import _
from app.vault.names import DEFAULT_UNLOCK_MS, VAULT_FILE

if TYPE_CHECKING:
    from app.services.attachments import AttachmentService
    from app.services.entries import EntriesService
    from app.services.findings import FindingsService
    from app.services.handovers import HandoverService
    from app.services.letters import LetterService
    from app.services.profile import ProfileService
    from app.services.settings import SettingsService
    from app.vault.outcomes import RekeyResult, Rollback
    from app.vault.vault import Credentials as Credentials  # re-exported for type hints
    from app.vault.vault import Vault


def __getattr__(name: str) -> object:
    """``RekeyResult`` and ``Rollback``, re-exported for the settings view, load when
    first asked for (not before the first window)."""
    if name in ("RekeyResult", "Rollback"):
        from app.vault import outcomes

        return getattr(outcomes, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_UNLOCK_MS",
    "VAULT_FILE",
    "OpenedDiary",
    "RekeyResult",
    "Rollback",
    "check_backup",
    "create_demo_diary",
    "credentials",
    "derive_key",
    "device_availability",
    "open_diary",
    "remembered_on_this_pc",
    "restore_backup",
    "restore_generation_and_open",
]


# ------------------------------------------------------------- before unlocking
def credentials(
    passphrase: str | None = None, recovery_code: str | None = None, *, use_device: bool = False
) -> Credentials:
    """What the person typed (or "use the key kept on this PC"), not yet checked."""
    from app.vault.vault import Credentials

    return Credentials(passphrase=passphrase, recovery_code=recovery_code, use_device=use_device)


def derive_key(
    folder: Path, passphrase: str | None, recovery_code: str | None
) -> Credentials | AmtsError:
    """Run Argon2id (about one second) against the diary's header; cache the key.

    Safe in a plain worker thread (touches nothing of the window). A file that
    cannot be read or parsed is left to :func:`open_diary`, which gives the precise
    message; an unexpected failure comes back as an ``AmtsError``, never raised.
    """
    from app.vault import fileformat

    creds = credentials(passphrase, recovery_code)
    try:
        parsed = fileformat.parse((Path(folder) / VAULT_FILE).read_bytes())
        creds.try_header(parsed.header)
    except (OSError, fileformat.FormatError, fileformat.TooNew):
        pass  # open_diary gives the precise message
    except Exception as exc:  # never let a worker die silently
        return AmtsError(
            _("Entsperren fehlgeschlagen ({name__}).").format(name__=type(exc).__name__)
        )
    return creds


def remembered_on_this_pc(folder: Path) -> bool:
    """Whether the diary in ``folder`` opens with the key kept on this PC (reads the header)."""
    from app.vault import fileformat

    if not fileformat.names_slot(Path(folder) / VAULT_FILE, "device"):
        return False  # most diaries: neither the vault code nor the keyring need to load
    from app.vault.vault import remembered_on_this_pc as remembered

    return remembered(folder)


def device_availability() -> tuple[bool, str]:
    """Whether "Auf diesem PC merken" can work here, and if not, the German reason."""
    from app.vault import device

    return device.availability()


def open_diary(folder: Path, creds: Credentials) -> OpenedDiary:
    """Open the diary; ``WrongPassphrase``, ``VaultDamaged`` (with ``newest_backup``) …"""
    from app.vault.vault import Vault

    return OpenedDiary(Vault.open(folder, credentials=creds))


def restore_generation_and_open(folder: Path, name: str, creds: Credentials) -> OpenedDiary:
    """Put the kept generation ``name`` of ``sicherungen/`` in place (the damaged file is
    kept aside) and open it."""
    restore_backup(Path(folder) / name, folder, creds)
    return open_diary(folder, creds)


def restore_backup(source: Path, folder: Path, creds: Credentials) -> int:
    """Put a checked backup in place of the diary in ``folder``; the current file is kept."""
    from app.vault.backup import restore

    return restore(source, folder, creds, replace=True)


def check_backup(source: Path, creds: Credentials) -> None:
    """Check that ``source`` is a backup (or diary file) that ``creds`` open (slow)."""
    from app.vault.backup import verify_backup

    verify_backup(source, creds)


def create_demo_diary(folder: Path) -> None:
    """A diary full of invented entries in ``folder``, locked with the demo passphrase."""
    from app.demo import DEMO_PASSPHRASE, fill_demo
    from app.vault.vault import Vault

    vault, _code = Vault.create(folder, DEMO_PASSPHRASE, unlock_time_ms=0, check_strength=False)
    try:
        fill_demo(vault)
    finally:
        vault.close()


# ------------------------------------------------------------------ opened diary
class OpenedDiary:
    """An unlocked diary: its services, key slots, backups and save state."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault  # the storage; the window uses the methods below

    # the services --------------------------------------------------------------
    @cached_property
    def profile(self) -> ProfileService:
        from app.services.profile import ProfileService

        return ProfileService(self.vault)

    @cached_property
    def entries(self) -> EntriesService:
        from app.services.entries import EntriesService

        return EntriesService(self.vault)

    @cached_property
    def handovers(self) -> HandoverService:
        from app.services.handovers import HandoverService

        return HandoverService(self.vault)

    @cached_property
    def attachments(self) -> AttachmentService:
        from app.services.attachments import AttachmentService

        return AttachmentService(self.vault)

    @cached_property
    def findings(self) -> FindingsService:
        from app.services.findings import FindingsService

        return FindingsService(self.vault)

    @cached_property
    def letters(self) -> LetterService:
        from app.services.letters import LetterService

        return LetterService(self.vault)

    @cached_property
    def settings(self) -> SettingsService:
        from app.services.settings import SettingsService

        return SettingsService(self.vault)

    # where it is, and how saving goes -----------------------------------------
    @property
    def folder(self) -> Path:
        return self.vault.folder

    @property
    def save_error(self) -> SaveFailed | None:
        return self.vault.save_error

    @property
    def saving(self) -> bool:
        return self.vault.saving

    @property
    def background_saves(self) -> bool:
        return self.vault.background_saves

    @background_saves.setter
    def background_saves(self, on: bool) -> None:
        self.vault.background_saves = on

    def flush(self) -> None:
        """Wait for a running save; raises ``SaveFailed`` if it failed."""
        self.vault.flush()

    def close(self) -> None:
        self.vault.close()

    # an older file than this PC has seen ---------------------------------------
    @property
    def rollback(self) -> Rollback | None:
        return self.vault.rollback

    def restore_newer_state(self) -> None:
        self.vault.restore_newer_state()

    def accept_rollback(self) -> None:
        self.vault.accept_rollback()

    # key slots -------------------------------------------------------------------
    def change_passphrase(
        self, new_passphrase: str, *, unlock_time_ms: int = DEFAULT_UNLOCK_MS
    ) -> RekeyResult:
        """Slow (key derivation, re-encryption): call it off the UI thread."""
        return self.vault.change_passphrase(new_passphrase, unlock_time_ms=unlock_time_ms)

    def renew_recovery_code(self) -> RekeyResult:
        """Slow: call it off the UI thread. The new code is in the result."""
        return self.vault.renew_recovery_code()

    @property
    def device_slot_enabled(self) -> bool:
        return self.vault.device_slot_enabled

    @property
    def device_forgotten(self) -> bool:
        """The keyring lost this PC's key; the slot is gone."""
        return self.vault.device_forgotten

    def enable_device_slot(self) -> None:
        """Remember this diary on this PC; raises ``KeyringUnavailable``."""
        self.vault.enable_device_slot()

    def disable_device_slot(self) -> None:
        self.vault.disable_device_slot()

    # backups -----------------------------------------------------------------------
    def write_backup(self, target: Path) -> int:
        """Write a backup file (a folder gets a dated name); returns the attachments in it."""
        from app.vault.backup import write_backup

        return write_backup(self.vault, target)
