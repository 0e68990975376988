"""Hilfe → Über Amtstagebuch: reachable from the menu bar on every page, locked or not;
shows the version, what the GPL means, and every component's licence text."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app import __version__
from ui.help.about import AboutDialog
from ui.main import MainWindow


def _menus(window: MainWindow) -> dict[str, QMenu]:
    found = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found[action.text().replace("&", "")] = menu
    return found


def _rows(dialog: AboutDialog) -> list[str]:
    return [" ".join(item.text(col) for col in range(3)) for item in dialog.items]


def test_hilfe_menu_opens_about_before_any_diary_exists(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "neu")  # no diary yet: the first-run wizard
    qtbot.addWidget(window)
    window.show()
    menus = _menus(window)
    assert list(menus) == ["Tagebuch", "Ansicht", "Hilfe"]
    keys = [re.search(r"&(\w)", a.text()).group(1).lower() for a in window.menuBar().actions()]  # type: ignore[union-attr]
    assert len(keys) == len(set(keys)), keys
    about = menus["Hilfe"].actions()[-1]
    assert menus["Hilfe"].actions()[0].text().replace("&", "") == "Wozu diese Ansicht?"
    assert about.text().replace("&", "") == "Über Amtstagebuch …"
    assert about.isEnabled()
    about.trigger()
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Über Amtstagebuch"
    assert dialog.version.text() == f"Version {__version__}"
    assert "GPL-3.0-or-later" in dialog.licence.text()
    assert "weitergeben und verändern" in dialog.licence.text()
    assert "keine Gewährleistung" in dialog.licence.text()
    # opened first: the program's own licence, the GNU GPL in full
    assert dialog.text.toPlainText().startswith("Amtstagebuch")
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    assert "Version 3, 29 June 2007" in dialog.text.toPlainText()


def test_the_unlock_page_has_it_too_and_locking_leaves_it_alone(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.unlock_page
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    window.lock()  # the idle lock on a locked window: nothing to clear, nothing breaks
    assert dialog.isVisible()
    dialog.close_button.click()
    assert not dialog.isVisible()
    window.about_action.trigger()  # again: the same window comes back
    assert window.about_dialog is dialog and dialog.isVisible()


def test_components_with_their_licences_and_full_texts(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    rows = _rows(dialog)
    assert rows[0].startswith(f"Amtstagebuch {__version__} GPL-3.0-or-later")
    pyside = next(r for r in rows if r.startswith("PySide6"))
    assert "LGPL" in pyside
    assert any(r.startswith("Qt ") and "LGPL" in r for r in rows)
    assert any(r.startswith("Python 3.") for r in rows)
    assert len(rows) >= 35

    dialog.select("dejavu")
    text = dialog.text.toPlainText()
    assert text.startswith("DejaVu-Schriften 2.37\nLizenz: Bitstream-Vera AND Arev")
    assert "Bitstream Vera Fonts Copyright" in text and "Arev Fonts Copyright" in text
    assert dialog.text.isReadOnly()
    dialog.grab().save(str(tmp_path / "ueber.png"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ICU kommt nur unter Linux mit")
def test_qts_own_parts_stand_under_qt_with_their_texts(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    (qt,) = [item for item in dialog.items if item.text(0) == "Qt"]
    parts = {qt.child(n).text(0): qt.child(n) for n in range(qt.childCount())}
    assert {"ICU (Teil von Qt)", "HarfBuzz (Teil von Qt)", "PCRE2 (Teil von Qt)"} <= set(parts)
    icu = parts["ICU (Teil von Qt)"]
    assert icu.text(2).startswith("Unicode-DFS-2016")
    assert not dialog.list.visualItemRect(icu).isEmpty()  # shown, not folded away
    dialog.list.setCurrentItem(icu)  # as a click on it
    text = dialog.text.toPlainText()
    assert text.startswith("ICU (Teil von Qt) 73.2\nLizenz: Unicode-DFS-2016")
    assert "Lizenztext aus: pypdfium2" in text
    assert "COPYRIGHT AND PERMISSION NOTICE" in text and "ICU License" in text


def test_keyboard_only(qtbot: QtBot) -> None:
    """Arrow keys walk the list and the text follows; Tab reaches the text; Esc closes."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.list.hasFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.text.toPlainText().startswith("Python ")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in dialog.text.toPlainText()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
    assert dialog.text.hasFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_PageDown)
    assert dialog.text.verticalScrollBar().value() > 0
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
