"""The window's part of ``amtstagebuch selbsttest``: Qt, its plugins, its German texts.

Runs without showing anything: when no screen is named (``QT_QPA_PLATFORM``), Qt's
offscreen platform is used, so the check works over SSH and in the bundle's smoke
test as on a desktop. The platform plugins for a real screen are looked for as files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.services.installation import Check

# the plugins a desktop of each system needs to show the window at all
_PLATFORMS = {"win32": ("qwindows",), "darwin": ("qcocoa",)}
_LINUX = ("qxcb", "qwayland")


def _platform_plugins(plugins: Path) -> Check:
    wanted = _PLATFORMS.get(sys.platform, _LINUX)
    found = sorted(
        {p.stem.removeprefix("lib") for p in (plugins / "platforms").glob("*") if p.is_file()}
    )
    missing = [name for name in wanted if name not in found]
    if missing:
        return Check("Bildschirm", False, "es fehlt: " + ", ".join(missing))
    return Check("Bildschirm", True, "Anzeige-Module vorhanden: " + ", ".join(found))


def qt_checks() -> list[Check]:
    """Qt starts, its own dialog texts are German, the platform plugins are there."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.common.i18n import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    installed = install_translators(app)
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        yes = box.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
        box.deleteLater()
    finally:
        for translator in installed:  # leave a running program's languages as they were
            app.removeTranslator(translator)
    from app.i18n import LANGUAGES, current_language

    language = current_language()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return [
        Check("Sprache", True, f"{LANGUAGES.get(language, language)} ({language})"),
        Check("Fenster", True, f"Qt {pyside_version} startet"),
        Check(
            "Deutsche Dialoge",
            yes == "Ja" or language != "de",
            f"Qt beschriftet „Yes“ mit „{yes}“"
            + ("" if yes == "Ja" or language != "de" else " (Übersetzung fehlt)"),
        ),
        _platform_plugins(plugins),
    ]
