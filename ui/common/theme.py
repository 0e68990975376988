"""The program's colours in one place (issue 17).

Every style sheet takes its colours from :func:`theme`, which reads the active
``QPalette``: a dark window gives the dark set, a light window the light set.
Each box brings its own background *and* text colour, so no box mixes a fixed
light background with the palette's (maybe white) text. Both sets are checked
for WCAG AA contrast in tests/ui/test_contrast.py.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21) of two colours."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


@dataclass(frozen=True)
class Theme:
    dark: bool
    warning_background: str
    warning_border: str
    warning_text: str
    info_background: str
    info_border: str
    info_text: str
    error_background: str
    error_border: str
    error_text: str
    help_text: str
    highlight_background: str
    highlight_text: str
    highlight_underline: str


_LIGHT = {
    "warning_background": "#fff4d6",
    "warning_border": "#b36b00",
    "warning_text": "#1f1f1f",
    "info_background": "#e8f1fb",
    "info_border": "#2c5d8f",
    "info_text": "#10263d",
    "error_background": "#fdf1f0",
    "error_border": "#b3261e",
    "error_text": "#8a1f11",
    "highlight_background": "#ffe9a8",
    "highlight_text": "#1f1f1f",
    "highlight_underline": "#8a4b00",
}
_DARK = {
    "warning_background": "#3a2a00",
    "warning_border": "#ffb84d",
    "warning_text": "#fff1d0",
    "info_background": "#102a44",
    "info_border": "#7fb2e5",
    "info_text": "#e3efff",
    "error_background": "#3d0f0b",
    "error_border": "#ff8a80",
    "error_text": "#ffd6d1",
    "highlight_background": "#5a4300",
    "highlight_text": "#ffffff",
    "highlight_underline": "#ffcc66",
}


def is_dark(palette: QPalette) -> bool:
    """A palette is dark when its window is darker than its window text."""
    window = palette.color(QPalette.ColorRole.Window)
    return window.lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()


def _help_text(palette: QPalette) -> str:
    """Softer than normal text, but never below 4.5:1 on the window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    for share in (0.35, 0.25, 0.15, 0.0):
        mixed = QColor(
            round(text.red() * (1 - share) + window.red() * share),
            round(text.green() * (1 - share) + window.green() * share),
            round(text.blue() * (1 - share) + window.blue() * share),
        )
        if contrast(mixed, window) >= 4.5:
            return str(mixed.name())
    return str(text.name())


def theme(palette: QPalette | None = None) -> Theme:
    """The colours for ``palette`` (default: the application's)."""
    if palette is None:
        palette = QApplication.palette()
    dark = is_dark(palette)
    return Theme(dark=dark, help_text=_help_text(palette), **(_DARK if dark else _LIGHT))


# widgets whose style sheet comes from the theme, and how to write it
_themed: weakref.WeakKeyDictionary[QWidget, Callable[[Theme], str]] = weakref.WeakKeyDictionary()
_watching: list[QApplication] = []


def themed(widget: QWidget, sheet: Callable[[Theme], str]) -> None:
    """Give ``widget`` the style sheet ``sheet(theme())`` now, and again whenever the
    application's palette changes (Windows switched to dark or high contrast while
    the program runs), so no box keeps the colours of the old palette."""
    widget.setStyleSheet(sheet(theme()))
    _themed[widget] = sheet
    app = QApplication.instance()
    if isinstance(app, QApplication) and app not in _watching:
        app.paletteChanged.connect(_palette_changed)
        _watching.append(app)


def _palette_changed(_palette: QPalette) -> None:
    colours = theme()
    for widget, sheet in list(_themed.items()):
        try:
            widget.setStyleSheet(sheet(colours))
        except RuntimeError:  # the widget is gone already
            _themed.pop(widget, None)
