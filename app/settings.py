"""Settings of a diary, declared once: name, type, default, range and a German description.

They live in the vault's ``setting`` table (inside the encrypted image), so they
travel with the diary to another computer and leave nothing readable on disk.
A stored value that no longer fits its declaration (a damaged or hand-edited
vault) is ignored and the default used; a value a person enters is refused with
a plain German message.
"""

from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from app.errors import AmtsError, InputRefused, VaultDamaged, os_reason
from app.model.entities import Setting
from app.vault import VAULT_FILE, fileformat
from app.vault.backup import MARKER, BackupRefused
from app.vault.vault import Credentials, Vault, decrypt_file

T = TypeVar("T", int, bool, str)


@dataclass(frozen=True)
class Spec(Generic[T]):
    """One setting. ``minimum``/``maximum`` apply to numbers only."""

    name: str
    kind: type[T]
    default: T
    label: str
    description: str
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""

    def validate(self, value: object) -> T:
        """The value in its declared type, or ``InputRefused`` with a German reason."""
        # bool is a subclass of int: "True" is not a number of minutes.
        if isinstance(value, bool) is not (self.kind is bool) or not isinstance(value, self.kind):
            raise InputRefused(f"„{self.label}“: {_EXPECTED[self.kind]}")
        if isinstance(value, int) and not isinstance(value, bool):
            low, high = self.minimum, self.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                unit = f" {self.unit}" if self.unit else ""
                raise InputRefused(
                    f"„{self.label}“: bitte eine Zahl von {low} bis {high}{unit} angeben "
                    f"(eingegeben: {value})."
                )
        return value


_EXPECTED: dict[type, str] = {
    int: "hier wird eine ganze Zahl erwartet.",
    bool: "hier wird „ja“ oder „nein“ erwartet.",
    str: "hier wird ein Text erwartet.",
}

IDLE_MINUTES: Spec[int] = Spec(
    name="idle_minutes",
    kind=int,
    default=10,
    label="Automatisch sperren nach",
    description=(
        "Nach so vielen Minuten ohne Eingabe sperrt sich das Tagebuch von selbst. Wer dann "
        "an den Computer kommt, sieht nur die Frage nach der Passphrase."
    ),
    minimum=1,
    maximum=120,
    unit="Minuten",
)

SETTINGS: dict[str, Spec[Any]] = {spec.name: spec for spec in (IDLE_MINUTES,)}


def spec(name: str) -> Spec[Any]:
    try:
        return SETTINGS[name]
    except KeyError:
        raise InputRefused(f"Unbekannte Einstellung „{name[:40]}“.") from None


def put_setting(session: Session, setting: Spec[T], value: object) -> T:
    """Store a setting inside an open unit of work (the caller commits)."""
    checked = setting.validate(value)
    row = session.get(Setting, setting.name)
    if row is None:
        session.add(Setting(key=setting.name, value={"value": checked}))
    else:
        row.value = {"value": checked}
    return checked


def _read(session: Session, setting: Spec[T]) -> T | None:
    row = session.get(Setting, setting.name)
    if row is None or not isinstance(row.value, dict) or "value" not in row.value:
        return None
    try:
        return setting.validate(row.value["value"])
    except InputRefused:
        return None


class SettingsService:
    """Read and change the settings of an unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self, setting: Spec[T]) -> T:
        """The stored value, or the default if none (or no valid one) is stored."""
        stored = self.stored(setting)
        return setting.default if stored is None else stored

    def stored(self, setting: Spec[T]) -> T | None:
        """The stored value, ``None`` if the diary has none yet."""
        with self.vault.session() as session:
            return _read(session, setting)

    def set(self, setting: Spec[T], value: object) -> T:
        """Check and store a value; the vault saves at once. Returns the stored value."""
        checked = setting.validate(value)
        if self.stored(setting) == checked:
            return checked
        with self.vault.transaction() as session:
            put_setting(session, setting, checked)
        return checked

    def all(self) -> dict[str, object]:
        return {name: self.get(setting) for name, setting in SETTINGS.items()}


# --- backups, as the Einstellungen page offers them -----------------------------


def verify_backup(source: Path, creds: Credentials) -> None:
    """Check that ``source`` is a backup (or vault file) that ``creds`` open.

    Slow (key derivation, about a second): call it off the UI thread. The derived
    key stays cached in ``creds``, so the restore that follows is quick. Raises
    ``AmtsError`` with a German message (wrong passphrase, damaged, not a backup).
    """
    source = Path(source)
    try:
        with source.open("rb") as handle:
            head = handle.read(len(fileformat.MAGIC))
    except OSError as exc:
        raise BackupRefused(
            f"Die Sicherung „{source}“ lässt sich nicht lesen ({os_reason(exc)})."
        ) from exc
    if fileformat.looks_like_vault(head):
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise BackupRefused(
                f"Die Sicherung „{source}“ lässt sich nicht lesen ({os_reason(exc)})."
            ) from exc
    else:
        data = _vault_member(source)
    try:
        decrypt_file(data, creds, str(source))
    except VaultDamaged as exc:
        raise BackupRefused(
            f"Die Sicherung „{source}“ ist beschädigt ({exc.detail or 'Prüfsumme falsch'})."
        ) from exc


def _vault_member(source: Path) -> bytes:
    not_ours = BackupRefused(f"„{source.name}“ ist keine Sicherung von Amtstagebuch.")
    try:
        with tarfile.open(source, mode="r:") as tar:
            names = tar.getnames()
            if MARKER not in names or VAULT_FILE not in names:
                raise not_ours
            handle = tar.extractfile(VAULT_FILE)
            if handle is None:
                raise not_ours
            return handle.read()
    except AmtsError:
        raise
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise not_ours from exc
