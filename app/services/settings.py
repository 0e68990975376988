"""Reading and changing the settings of an unlocked diary (declared in :mod:`app.settings`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import InputRefused
from app.model.entities import Setting
from app.settings import SETTINGS, Spec, T
from app.vault.vault import Vault


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
