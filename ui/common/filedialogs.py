"""File dialogs that leave no trace of case data behind.

Qt's file dialog writes its history and the last folder into the ``QtProject``
settings when it is destroyed, and the native Windows dialog keeps its own
"recent files" list in the registry. Both would leave file names such as
"Kontoauszug-Mai.pdf" on disk in plain text. So every dialog of the program goes
through this module: Qt's own dialog (never the native one), and its settings
group removed right after it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def forget_history() -> None:
    """Remove what Qt's file dialog remembered (history, last folder, sidebar)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


def open_file_names(parent: QWidget | None, caption: str, folder: Path, filters: str) -> list[Path]:
    try:
        names, _ = QFileDialog.getOpenFileNames(parent, caption, str(folder), filters, "", _OPTIONS)
    finally:
        forget_history()
    return [Path(n) for n in names]


def open_file_name(parent: QWidget | None, caption: str, folder: Path, filters: str) -> Path | None:
    try:
        name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), filters, "", _OPTIONS)
    finally:
        forget_history()
    return Path(name) if name else None


def save_file_name(
    parent: QWidget | None, caption: str, suggested: Path, filters: str
) -> Path | None:
    try:
        name, _ = QFileDialog.getSaveFileName(
            parent, caption, str(suggested), filters, "", _OPTIONS
        )
    finally:
        forget_history()
    return Path(name) if name else None


def existing_folder(parent: QWidget | None, caption: str, folder: Path) -> Path | None:
    try:
        name = QFileDialog.getExistingDirectory(
            parent, caption, str(folder), _OPTIONS | QFileDialog.Option.ShowDirsOnly
        )
    finally:
        forget_history()
    return Path(name) if name else None
