"""The window keeps the vault's promises: "Auf diesem PC merken" opens without typing
(and only while the keyring really has the key), a plaintext keyring is refused
with the reason, and an old copy laid over the diary is named, with a way back."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.records import ContactData
from app.services.entries import EntriesService
from app.vault import device
from app.vault.names import VAULT_FILE
from app.vault.vault import Vault, generations
from tests.conftest import PASSPHRASE
from tests.test_vault import _MemoryKeyring, restore_keyring  # noqa: F401 (fixture)
from ui.main import MainWindow


def _unlock(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    window.unlock_page.secret.setText(secret)
    qtbot.mouseClick(window.unlock_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.unlock_page._busy, timeout=10_000)


def _add(vault: Vault, *notes: str) -> None:
    entry_service = EntriesService(vault)
    for note in notes:
        entry_service.add_contact(
            ContactData(
                when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
                channel="termin",
                notes=note,
            )
        )


def _window(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.resize(900, 640)
    window.show()
    return window


# ------------------------------------------------------------ on this PC
@pytest.mark.usefixtures("restore_keyring")
def test_remembered_diary_opens_without_typing_until_the_keyring_forgets_it(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    backend = _MemoryKeyring()
    keyring.set_keyring(backend)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _add(vault, "Termin am Montag")
        vault.enable_device_slot()
    window = _window(qtbot, vault_dir)
    page = window.unlock_page
    qtbot.waitUntil(page.device_button.isVisible, timeout=5_000)
    window.grab().save(str(tmp_path / "entsperren-gemerkt.png"))
    qtbot.mouseClick(page.device_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None and window.opened is not None
    window.workspace.nav.setCurrentRow(1)
    assert "Termin am Montag" in window.workspace.diary.detail.toPlainText()
    window.lock()
    assert page.device_button.isVisible()  # still remembered after locking

    backend.store.clear()  # someone removed the entry from the keyring
    page.reset()
    assert not page.device_button.isVisible()
    _unlock(qtbot, window, PASSPHRASE)  # the passphrase always works
    assert window.workspace is not None and window.opened is not None
    settings = window.workspace.settings
    assert not settings.remember.isChecked()
    assert "nicht mehr" in settings.remember_status.text()
    assert not window.opened.device_slot_enabled
    window.lock()
    assert not page.device_button.isVisible()


@pytest.mark.usefixtures("restore_keyring")
def test_a_stale_key_on_this_pc_falls_back_to_the_passphrase(qtbot: QtBot, vault_dir: Path) -> None:
    backend = _MemoryKeyring()
    keyring.set_keyring(backend)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        vault.enable_device_slot()
    ((service, user),) = backend.store
    backend.store[(service, user)] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="  # another key
    window = _window(qtbot, vault_dir)
    page = window.unlock_page
    qtbot.waitUntil(page.device_button.isVisible, timeout=5_000)
    qtbot.mouseClick(page.device_button, Qt.MouseButton.LeftButton)
    assert window.opened is None
    assert "Passphrase ein" in page.message.text()
    assert not page.device_button.isVisible()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.opened is not None
    window.lock()


def test_a_plaintext_file_keyring_is_refused_with_the_reason(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    original = keyring.get_keyring()
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    keyring.set_keyring(plain)
    try:
        available, reason = device.availability()
        assert not available and "einfachen Datei" in reason
        window = _window(qtbot, vault_dir)
        _unlock(qtbot, window, PASSPHRASE)
        assert window.workspace is not None and window.opened is not None
        settings = window.workspace.settings
        assert not settings.remember.isEnabled()
        assert "einfachen Datei" in settings.remember_reason.text()
        assert not settings.remember_reason.isHidden()
        window.workspace.nav.setCurrentRow(5)
        settings.scroll_area.ensureWidgetVisible(settings.remember_reason)
        window.grab().save(str(tmp_path / "einstellungen-klartext-schluesselbund.png"))
        window.lock()
        assert not (tmp_path / "keyring_pass.cfg").exists()  # nothing was written there
    finally:
        keyring.set_keyring(original)


# --------------------------------------------------------------- rollback
def _rolled_back(folder: Path) -> list[str]:
    """Six entries saved, then the third-newest generation copied over the diary by hand."""
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        _add(vault, *(f"Eintrag {n}" for n in range(6)))
    shutil.copyfile(generations(folder)[2], folder / VAULT_FILE)
    with Vault.open(folder, passphrase=PASSPHRASE, read_only=True) as vault:
        return sorted(c.notes for c in EntriesService(vault).contacts())


def _button(box: QMessageBox, text: str) -> QPushButton:
    (button,) = [b for b in box.findChildren(QPushButton) if text in b.text().replace("&", "")]
    return button


def _notes_of(window: MainWindow) -> list[str]:
    assert window.workspace is not None
    return sorted(c.notes for c in window.workspace.entries.contacts())


def test_rollback_warning_brings_the_newer_state_back(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    older = _rolled_back(vault_dir)
    window = _window(qtbot, vault_dir)
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None  # the diary is open behind the question
    box = window.rollback_box
    assert box is not None and box.isVisible()
    assert "älter als ein Stand" in box.text()
    box.grab().save(str(tmp_path / "warnung-aelterer-stand.png"))
    assert _notes_of(window) == older
    qtbot.mouseClick(_button(box, "Neueren Stand wiederherstellen"), Qt.MouseButton.LeftButton)
    assert window.opened is not None and window.opened.rollback is None
    restored = _notes_of(window)
    assert set(older) < set(restored) and "Eintrag 4" in restored
    window.workspace.nav.setCurrentRow(1)
    assert window.workspace.diary.table.model().rowCount() == len(restored)
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.rollback_box is None  # no second warning
    assert _notes_of(window) == restored
    window.lock()


def test_rollback_warning_can_go_on_with_the_old_state_or_wait(
    qtbot: QtBot, vault_dir: Path
) -> None:
    older = _rolled_back(vault_dir)
    window = _window(qtbot, vault_dir)
    _unlock(qtbot, window, PASSPHRASE)
    box = window.rollback_box
    assert box is not None
    qtbot.mouseClick(_button(box, "Später entscheiden"), Qt.MouseButton.LeftButton)
    assert window.opened is not None and window.opened.rollback is not None  # nothing changed
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    box = window.rollback_box
    assert box is not None and box.isVisible()  # asked again
    qtbot.mouseClick(_button(box, "Mit diesem Stand weiterarbeiten"), Qt.MouseButton.LeftButton)
    assert window.opened is not None and window.opened.rollback is None
    assert _notes_of(window) == older
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.rollback_box is None
    window.lock()


def test_the_unlock_field_is_named_after_what_it_asks_for(qtbot: QtBot, vault_dir: Path) -> None:
    """Not "Eingabe:": the label and the name a screen reader says follow the choice."""
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    page = window.unlock_page
    assert page.secret_label.text() == "Passphrase:"
    assert page.secret_label.buddy() is page.secret
    assert page.secret.accessibleName() == "Passphrase"
    page.use_code.setChecked(True)
    assert page.secret_label.text() == "Wiederherstellungscode:"
    assert page.secret.accessibleName() == "Wiederherstellungscode"
    page.start_unlock()  # nothing typed
    assert "Wiederherstellungscode ein" in page.message.text()
