"""Layout pieces more than one page uses."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def em(widget: QWidget, characters: float) -> int:
    """The width of ``characters`` average characters in ``widget``'s font: widths
    given this way grow with the text size (issue 17), pixels do not."""
    return round(characters * widget.fontMetrics().averageCharWidth())


def centred_column(owner: QWidget, characters: int, stretch: int) -> QVBoxLayout:
    """A calm, narrow column in the middle of ``owner``, at most ``characters`` wide,
    whatever its size; returns the column's layout to fill."""
    column = QWidget(owner)
    column.setMaximumWidth(em(owner, characters))
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


_MNEMONIC = re.compile(r"&([^&\s])")


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    return ""


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    elif isinstance(widget, (QLabel, QAbstractButton)):
        widget.setText(text)


def access_key(widget: QWidget) -> str:
    """The letter after "&" in a button's or a field label's text ("" if none)."""
    if isinstance(widget, QLabel) and widget.buddy() is None:
        return ""
    found = _MNEMONIC.search(_text(widget).replace("&&", ""))
    return found.group(1).casefold() if found else ""


def unique_access_keys(root: QWidget) -> None:
    """Give every field label and button under ``root`` its own Alt letter.

    Forms built from the same parts (the profile's and the Jobcenter's "&Name:") would
    share one; a later one moves to the first letter of its text that is still free,
    or loses its letter when none is (Qt would otherwise cycle between them)."""
    used: set[str] = set()
    widgets = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
    widgets += root.findChildren(QGroupBox)
    for widget in widgets:
        key = access_key(widget)
        if not key:
            continue
        if key not in used:
            used.add(key)
            continue
        plain = _text(widget).replace("&&", "\0").replace("&", "").replace("\0", "&&")
        free = next(
            (i for i, ch in enumerate(plain) if ch.isalnum() and ch.casefold() not in used),
            None,
        )
        if free is None:
            _set_text(widget, plain)
            continue
        used.add(plain[free].casefold())
        _set_text(widget, plain[:free] + "&" + plain[free:])


def german_date(edit: QDateTimeEdit, *, with_time: bool = False) -> None:
    """A date field as on the Jobcenter's letters: 07.12.2026 (14:30), a calendar to
    pick from, and left to right even in an Arabic or Farsi window — Qt would turn the
    parts around there (2026.12.07), unlike the tables and the letters."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: Qt
    edit.setDisplayFormat("dd.MM.yyyy HH:mm" if with_time else "dd.MM.yyyy")  # reads it then
    edit.setCalendarPopup(True)
