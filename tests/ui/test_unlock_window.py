"""The minimal window: unlock a diary with the right and a wrong passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from ui.main import UnlockWindow


def test_unlock_shows_what_the_diary_holds(qtbot: QtBot, vault_dir: Path, tmp_path: Path) -> None:
    window = UnlockWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase, "falsch geraten")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert "Passphrase ist falsch" in window.status.text()
    assert window.vault is None
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    assert window.status.text() == "Geöffnet: Tagebuch mit 0 Einträgen."
    assert window.passphrase.text() == ""  # the secret does not linger in the field
    window.grab().save(str(tmp_path / "entsperren.png"))
    window.close()
    assert window.vault is None


def test_folder_without_diary_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "leer")
    qtbot.addWidget(window)
    window.unlock()
    assert "noch kein Tagebuch" in window.status.text()
