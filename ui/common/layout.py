"""Layout pieces more than one page uses."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


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
