"""Layout pieces more than one page uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def centred_column(owner: QWidget, max_width: int, stretch: int) -> QVBoxLayout:
    """A calm, narrow column in the middle of ``owner``, whatever its size; returns
    the column's layout to fill."""
    column = QWidget(owner)
    column.setMaximumWidth(max_width)
    outer = QHBoxLayout(owner)
    outer.addStretch(1)
    outer.addWidget(column, stretch)
    outer.addStretch(1)
    return QVBoxLayout(column)


def hint_label(text: str = "") -> QLabel:
    """A wrapped, selectable explanation in the normal text colour (readable, not grey)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Note(QLabel):
    """A message that takes no room while it has nothing to say."""

    def __init__(self, accessible: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if accessible:
            self.setAccessibleName(accessible)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()
