"""Every focusable widget in every view says what it is to a screen reader (issue 17)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.letters import LetterRequest
from tests.ui.test_letters import _prepare, _window
from ui.setup.wizard import FirstRunWizard


def _nameless(root: QWidget) -> list[str]:
    """Focusable, visible widgets with neither an accessible name nor their own text."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root.window()):
            continue
        if widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton | QLabel) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QLineEdit) and widget.placeholderText().strip():
            continue
        parent = widget.parentWidget()
        if parent is not None and parent.accessibleName().strip():
            if parent.focusProxy() is widget or isinstance(parent, QAbstractSpinBox):
                continue  # the editor inside a spin or date box: the box carries the name
        found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def test_every_view_names_its_focusable_parts(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir)
    window = _window(qtbot, vault_dir)
    workspace = window.workspace
    assert workspace is not None
    missing: list[str] = []
    for row in range(workspace.stack.count()):
        workspace.nav.setCurrentRow(row)
        view = workspace.stack.widget(row)
        missing += [f"view {row}: {m}" for m in _nameless(view)]
    wizard = workspace.letters.open_wizard(LetterRequest("auskunft"))
    assert wizard is not None
    for _ in range(4):
        missing += [f"letter wizard step {wizard.step()}: {m}" for m in _nameless(wizard)]
        if not wizard.next_button.isEnabled():
            break
        wizard.forward()
    assert not missing, "\n".join(missing)
    window.lock()


def test_the_first_run_wizard_names_its_focusable_parts(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.main import MainWindow

    window = MainWindow(tmp_path / "leer")
    qtbot.addWidget(window)
    window.show()
    wizards = window.findChildren(FirstRunWizard)
    assert wizards
    assert not _nameless(wizards[0]), "\n".join(_nameless(wizards[0]))
