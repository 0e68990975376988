"""No case data in Qt's settings or the file dialog's history.

Qt's file dialog remembers the last folder and the files chosen in
``QtProject.conf`` (the registry on Windows). The program's dialogs go through
``ui.common.filedialogs``, which removes that; this drives the real dialog.
"""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ui.common import filedialogs

CANARY = "Kanarienvogel-Kontoauszug"


def _settings_files() -> list[Path]:
    roots = [Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["XDG_DATA_HOME"])]
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def _traces() -> list[str]:
    QSettings(QSettings.Scope.UserScope, "QtProject").sync()
    return [str(p) for p in _settings_files() if CANARY.encode() in p.read_bytes()]


def test_a_plain_qt_file_dialog_would_leave_the_file_name_behind(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The reason for ui.common.filedialogs: proves the check below can fail."""
    folder = tmp_path / CANARY
    folder.mkdir()
    dialog = QFileDialog(None, "x", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setHistory([str(folder)])
    dialog.show()
    dialog.accept()
    shiboken6.delete(dialog)  # Qt saves its state when the dialog is destroyed
    assert _traces(), "Qt no longer writes its dialog history; simplify ui.common.filedialogs"
    filedialogs.forget_history()
    assert _traces() == []


def test_choosing_a_file_through_the_program_leaves_no_trace(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / CANARY
    folder.mkdir()
    chosen = folder / f"{CANARY}-Mai.pdf"
    chosen.write_bytes(b"%PDF-1.4\n")

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not (
            isinstance(dialog, QFileDialog)
            and dialog.isVisible()
            and dialog.windowTitle() == "Kanarien-Test"
        ):
            QTimer.singleShot(20, pick)
            return
        # typed into the name field, as a user would
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_field is not None
        name_field.setText(str(chosen))
        dialog.accept()
        if dialog.isVisible():  # not taken yet (the folder was still being read)
            QTimer.singleShot(20, pick)

    QTimer.singleShot(20, pick)
    names = filedialogs.open_file_names(None, "Kanarien-Test", folder, "PDF (*.pdf)")
    assert names == [chosen]
    QApplication.sendPostedEvents(None, 0)
    assert _traces() == []
