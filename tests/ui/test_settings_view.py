"""Einstellungen: profile, Jobcenter, passphrase, recovery code, this PC, auto-lock, backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.errors import WrongPassphrase
from app.records import ContactData, JobcenterData, ProfileData
from app.services.entries import EntriesService
from app.services.profile import ProfileService
from app.services.settings import SettingsService
from app.services.workspace import OpenedDiary
from app.settings import IDLE_MINUTES
from app.vault import device
from app.vault.vault import Credentials, Vault
from tests.conftest import PASSPHRASE, files_opened_by
from ui.main import MainWindow
from ui.settings import view as settings_view
from ui.settings.view import SettingsView, size_words

NEW_PASSPHRASE = "Blaue Giraffe tanzt im Regen Walzer"


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> Iterator[SettingsView]:
    profile_service = ProfileService(vault)
    profile_service.set_profile(ProfileData(name="Erika Muster", city="Essen", state="NW"))
    widget = SettingsView(OpenedDiary(vault), unlock_time_ms=0)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    yield widget
    widget.dispose()


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_profile_and_jobcenter_are_shown_and_saved(qtbot: QtBot, view: SettingsView) -> None:
    assert view.profile.name.text() == "Erika Muster"
    assert view.profile.state.currentData() == "NW"
    # no save button: what is typed is stored by itself after a short pause
    assert not [b for b in view.findChildren(QPushButton) if "speichern" in b.text().lower()]
    view.profile.name.setText("Олена Коваленко")
    view.profile.name.textEdited.emit("Олена Коваленко")  # as typing does
    with qtbot.waitSignal(view.data_changed, timeout=3000):
        pass
    assert "gespeichert" in view.profile_status.text()
    stored = view.service.profile()
    assert stored is not None and stored.name == "Олена Коваленко" and stored.city == "Essen"

    view.jobcenter.state.setCurrentIndex(view.jobcenter.state.findData("BY"))
    view.jobcenter.district.setText("LK München")  # keyClicks aborts on non-ASCII here
    assert view.jobcenter.kind_zkt.isChecked()
    view.jobcenter.name.setText("Jobcenter Landkreis München")
    view.jobcenter.name.textEdited.emit("Jobcenter Landkreis München")
    view.hide()  # leaving the view stores a change at once, without the pause
    assert "gespeichert" in view.jobcenter_status.text()
    jobcenter = view.service.jobcenter()
    assert jobcenter == JobcenterData(
        name="Jobcenter Landkreis München", kind="zkt", district="LK München", state="BY"
    )
    view.show()
    view.reload()  # a stored kind is shown as stored, not re-proposed
    assert view.jobcenter.kind_zkt.isChecked() and not view.jobcenter.proposal.isVisible()


def test_change_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    vault, code = Vault.create(tmp_path / "v", PASSPHRASE, unlock_time_ms=0)
    widget = SettingsView(OpenedDiary(vault), unlock_time_ms=0)
    qtbot.addWidget(widget)
    form = widget.passphrase
    qtbot.keyClicks(form.passphrase, "hallo")
    qtbot.keyClicks(form.confirmation, "hallo")
    _click(qtbot, widget.passphrase_save)
    assert "mindestens 8 Zeichen" in widget.passphrase_status.text()
    qtbot.keyClicks(form.passphrase, "123")
    qtbot.keyClicks(form.confirmation, "123")
    _click(qtbot, widget.passphrase_save)
    assert "zu leicht zu erraten" in widget.passphrase_status.text()
    form.clear()
    qtbot.keyClicks(form.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(form.confirmation, NEW_PASSPHRASE)
    qtbot.keyClick(form.confirmation, Qt.Key.Key_Return)
    assert widget.working and widget.busy.isVisibleTo(widget)
    assert not widget.passphrase_save.isEnabled()
    qtbot.waitUntil(lambda: not widget.working, timeout=30_000)
    assert "Passphrase ist geändert" in widget.passphrase_status.text()
    assert form.passphrase.text() == ""
    widget.dispose()
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "v", passphrase=PASSPHRASE)
    Vault.open(tmp_path / "v", passphrase=NEW_PASSPHRASE).close()
    Vault.open(tmp_path / "v", recovery_code=code).close()  # the code still holds
    assert files_opened_by(tmp_path / "v", Credentials(passphrase=PASSPHRASE)) == []


def test_renew_recovery_code_asks_first_and_shows_the_new_code_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, old_code = Vault.create(tmp_path / "v", PASSPHRASE, unlock_time_ms=0)
    widget = SettingsView(OpenedDiary(vault), unlock_time_ms=0)
    qtbot.addWidget(widget)
    widget.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _click(qtbot, widget.renew_button)
    assert not widget.code_panel.isVisible()
    _yes(monkeypatch)
    _click(qtbot, widget.renew_button)
    assert widget.working  # the diary is re-encrypted with a new key meanwhile
    qtbot.waitUntil(lambda: not widget.working, timeout=30_000)
    assert widget.code_panel.isVisible()
    new_code = widget.code_panel.shown_code()
    assert new_code != old_code
    assert "alte Code gilt nicht mehr" in widget.code_status.text()
    widget.clear()  # on locking: the code is gone from the page
    assert widget.code_panel.shown_code() == "-------"
    widget.dispose()
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "v", recovery_code=old_code)
    # "Der alte Code gilt nicht mehr" holds for every file in the folder
    assert files_opened_by(tmp_path / "v", Credentials(recovery_code=old_code)) == []
    Vault.open(tmp_path / "v", recovery_code=new_code).close()


def test_remember_on_this_pc_is_disabled_with_the_reason(view: SettingsView) -> None:
    available, reason = device.availability()
    assert not available  # no keyring on this machine
    assert not view.remember.isEnabled()
    assert view.remember_reason.isVisible()
    assert view.remember_reason.text() == reason


def test_auto_lock_minutes_apply_at_once_and_stay_with_the_diary(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None
    assert window.idle.interval() == 10 * 60_000
    labels = [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())]
    assert labels[-1] == "Einstellungen"
    window.workspace.nav.setCurrentRow(len(labels) - 1)
    assert window.workspace.stack.currentWidget() is window.workspace.settings
    spin = window.workspace.settings.idle
    assert spin.value() == 10
    spin.setValue(3)
    assert window.idle.interval() == 3 * 60_000
    assert window.idle.isActive()
    assert SettingsService(window.workspace.opened.vault).get(IDLE_MINUTES) == 3
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.idle.interval() == 3 * 60_000  # read from the diary after unlocking
    window.lock()


def _unlock(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    window.unlock_page.secret.setText(secret)
    qtbot.mouseClick(window.unlock_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.unlock_page._busy, timeout=10_000)


def _add(vault: Vault, note: str) -> None:
    EntriesService(vault).add_contact(
        ContactData(
            when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
            channel="termin",
            notes=note,
        )
    )
    vault.flush()


def test_backup_now_then_restore_it(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None and window.opened is not None
    _add(window.opened.vault, "vor der Sicherung")
    view = window.workspace.settings

    target = tmp_path / "stick" / "meine-sicherung"
    target.parent.mkdir()
    monkeypatch.setattr(settings_view, "save_file_name", lambda *a, **k: target)
    _click(qtbot, view.backup_button)
    qtbot.waitUntil(lambda: not view.working, timeout=30_000)
    written = target.with_name("meine-sicherung.amtbak")
    assert written.is_file()
    assert "Sicherung ist gespeichert" in view.backup_status.text()
    assert size_words(written.stat().st_size) in view.backup_status.text()
    _add(window.opened.vault, "nach der Sicherung")

    # Restore: explained and confirmed, the file chosen, its passphrase asked and checked.
    _yes(monkeypatch)
    monkeypatch.setattr(settings_view, "open_file_name", lambda *a, **k: written)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("falsch falsch falsch", True))
    _click(qtbot, view.restore_button)
    qtbot.waitUntil(lambda: not view.working, timeout=30_000)
    assert "nicht wiederhergestellt" in view.backup_status.text()
    assert "Passphrase ist falsch" in view.backup_status.text()
    assert window.opened is not None  # nothing happened

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    _click(qtbot, view.restore_button)
    qtbot.waitUntil(lambda: window.opened is None, timeout=30_000)
    assert window.pages.currentWidget() is window.unlock_page
    assert "Sicherung ist wiederhergestellt" in window.unlock_page.message.text()
    assert list((vault_dir / "sicherungen").glob("vor-wiederherstellung-*"))
    _unlock(qtbot, window, PASSPHRASE)
    assert window.opened is not None
    notes = [c.notes for c in EntriesService(window.opened.vault).contacts()]
    assert notes == ["vor der Sicherung"]
    window.lock()


def test_backup_can_be_cancelled(
    qtbot: QtBot, view: SettingsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_view, "save_file_name", lambda *a, **k: None)
    _click(qtbot, view.backup_button)
    assert not view.working and view.backup_status.text() == ""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _click(qtbot, view.restore_button)
    assert not view.working


def test_size_words() -> None:
    assert size_words(500) == "1 KB"
    assert size_words(812 * 1024) == "812 KB"
    assert (
        size_words(int(2.45 * 1024 * 1024)) == "2,5 MB"
        or size_words(int(2.45 * 1024 * 1024)) == "2,4 MB"
    )


def test_every_field_and_button_has_its_own_alt_letter(view: SettingsView) -> None:
    """The profile's and the Jobcenter's forms both had "&Name:" and "&Bundesland:"."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from ui.common.layout import access_key

    widgets = [*view.findChildren(QLabel), *view.findChildren(QAbstractButton)]
    keys = [access_key(w) for w in widgets if access_key(w)]
    assert len(keys) >= 10
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_a_change_typed_just_before_locking_is_kept(view: SettingsView) -> None:
    """Locking (Strg+L or the idle time) comes before the pause is over: nothing is lost."""
    view.profile.city.setText("Gelsenkirchen")
    view.profile.city.textEdited.emit("Gelsenkirchen")
    view.clear()  # what locking does to the view
    stored = view.service.profile()
    assert stored is not None and stored.city == "Gelsenkirchen"
    assert view.profile.city.text() == ""  # and nothing stays on the screen


def test_a_refused_value_is_said_not_stored(qtbot: QtBot, view: SettingsView) -> None:
    view.profile.name.setText("Erika\x07Muster")  # a control byte (pasted from somewhere)
    view.profile.name.textEdited.emit("x")
    qtbot.waitUntil(lambda: bool(view.profile_status.text()), timeout=3000)
    assert "Steuerzeichen" in view.profile_status.text()
    stored = view.service.profile()
    assert stored is not None and stored.name == "Erika Muster"
    assert "gespeichert" not in view.profile_status.text()
