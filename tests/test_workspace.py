"""The window's one door to a diary: unlocking, the opened diary, its keys and backups."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.errors import AmtsError, WrongPassphrase
from app.records import ContactData
from app.services import workspace
from app.vault.vault import Credentials
from tests.conftest import PASSPHRASE, ROOT, child_env


def _contact(notes: str) -> ContactData:
    return ContactData(
        when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"), channel="termin", notes=notes
    )


def test_unlock_derives_the_key_then_opens(vault_dir: Path) -> None:
    creds = workspace.derive_key(vault_dir, PASSPHRASE, None)
    assert isinstance(creds, Credentials)
    opened = workspace.open_diary(vault_dir, creds)
    try:
        assert opened.folder == vault_dir and opened.save_error is None
        assert opened.entries.contacts() == []
        assert not opened.device_slot_enabled
    finally:
        opened.close()


def test_a_wrong_passphrase_is_the_one_german_error(vault_dir: Path) -> None:
    creds = workspace.derive_key(vault_dir, "falsch falsch falsch", None)
    assert isinstance(creds, Credentials)
    with pytest.raises(WrongPassphrase):
        workspace.open_diary(vault_dir, creds)


def test_a_missing_diary_is_reported_on_opening_not_while_deriving(tmp_path: Path) -> None:
    creds = workspace.derive_key(tmp_path / "leer", PASSPHRASE, None)  # nothing raised here
    assert isinstance(creds, Credentials)
    assert not workspace.remembered_on_this_pc(tmp_path / "leer")
    with pytest.raises(AmtsError):
        workspace.open_diary(tmp_path / "leer", creds)


def test_backup_written_checked_and_restored(vault_dir: Path, tmp_path: Path) -> None:
    opened = workspace.open_diary(vault_dir, workspace.credentials(PASSPHRASE))
    try:
        opened.entries.add_contact(_contact("vor der Sicherung"))
        target = tmp_path / "s.amtbak"
        assert opened.write_backup(target) == 0
        opened.entries.add_contact(_contact("danach"))
    finally:
        opened.close()
    workspace.check_backup(target, workspace.credentials(PASSPHRASE))
    with pytest.raises(AmtsError):
        workspace.check_backup(target, workspace.credentials("falsch falsch falsch"))
    workspace.restore_backup(target, vault_dir, workspace.credentials(PASSPHRASE))
    opened = workspace.open_diary(vault_dir, workspace.credentials(PASSPHRASE))
    try:
        assert [c.notes for c in opened.entries.contacts()] == ["vor der Sicherung"]
    finally:
        opened.close()


def test_the_unlock_page_can_ask_without_loading_the_vault_code() -> None:
    code = (
        "import sys; import app.services.workspace as w; "
        "print(w.VAULT_FILE, 'sqlalchemy' in sys.modules, 'app.vault.vault' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=child_env(), cwd=ROOT
    )
    assert done.stdout.split() == ["tagebuch.amtb", "False", "False"], done.stderr
