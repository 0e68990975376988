"""Every styled text keeps WCAG AA contrast under light, dark and high-contrast palettes (issue 17).

The widgets are built for real and grabbed; the text colour is the pixel that
stands out most from the box's own background, the way a reader sees it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.letters import LETTER_TYPES
from ui.common.theme import contrast, theme
from ui.letters.pages.details_page import DetailsPage
from ui.letters.view import LetterPane

AA = 4.5
Role = QPalette.ColorRole


def _palette(window: str, text: str, base: str, highlight: str, link: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (Role.Window, window),
        (Role.Base, base),
        (Role.AlternateBase, base),
        (Role.Button, window),
        (Role.ToolTipBase, window),
    ):
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText, Role.BrightText):
        palette.setColor(role, QColor(text))
    palette.setColor(Role.Highlight, QColor(highlight))
    palette.setColor(Role.HighlightedText, QColor(window))
    palette.setColor(Role.Link, QColor(link))
    return palette


PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": lambda: QApplication.style().standardPalette(),
    "dark": lambda: _palette("#2b2b2b", "#f0f0f0", "#1e1e1e", "#3d6fb4", "#8ab4f8"),
    # Windows' "High Contrast Black" and "High Contrast White"
    "hc-black": lambda: _palette("#000000", "#ffffff", "#000000", "#ffff00", "#ffff00"),
    "hc-white": lambda: _palette("#ffffff", "#000000", "#ffffff", "#37006e", "#00009f"),
}


@pytest.fixture(params=sorted(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(before)


def _seen_contrast(widget: QWidget, inset: int = 4) -> float:
    """Contrast of the most distinct pixel against the most common one, inside the border.

    The widget is grabbed together with its parent's painting (a label sitting in a
    styled box shows the box's background, as on screen)."""
    parent = widget.parentWidget()
    if parent is not None:
        image = parent.grab(widget.geometry()).toImage()
    else:
        image = widget.grab().toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = [
        QColor(image.pixel(x, y))
        for y in range(inset, image.height() - inset)
        for x in range(inset, image.width() - inset)
    ]
    assert pixels, "nothing drawn"
    background = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
    back = QColor(background)
    return max(contrast(p, back) for p in pixels)


def _check(widget: QWidget, qtbot: QtBot, name: str, inset: int = 4) -> None:
    top = widget.window()
    top.resize(max(top.sizeHint().width(), 500), top.sizeHint().height())
    top.show()
    qtbot.waitExposed(top)
    ratio = _seen_contrast(widget, inset)
    assert ratio >= AA, f"{name}: {ratio:.2f}:1"


def test_the_overdue_box_is_readable(qtbot: QtBot, palette: str) -> None:
    pane = LetterPane()
    qtbot.addWidget(pane)
    pane.overdue.setText("Antwort überfällig seit 12 Tagen – Erinnerung schreiben")
    _check(pane.overdue, qtbot, f"overdue box ({palette})")


def test_the_wizard_warning_and_help_texts_are_readable(qtbot: QtBot, palette: str) -> None:
    kind = next(
        t for t in LETTER_TYPES.values() if t.warning and any(f.help for f in t.detail_fields)
    )
    page = DetailsPage()
    qtbot.addWidget(page)
    page.build(kind, {})
    page.warning_text.setText(kind.warning)
    page.warning_box.show()
    _check(page.warning_text, qtbot, f"warning text ({palette})", inset=0)
    help_texts = {f.help for f in kind.detail_fields if f.help}
    helps = [w for w in page.findChildren(QLabel) if w.text() in help_texts]
    assert helps, "no help text built"
    for label in helps[:3]:
        _check(label, qtbot, f"help text ({palette})")
    page.diary_note.show()
    _check(page.diary_note, qtbot, f"diary note ({palette})")


def test_every_theme_colour_pair_meets_aa(palette: str) -> None:
    colours = theme(QApplication.palette())
    window = QApplication.palette().color(Role.Window)
    pairs = {
        "warning": (colours.warning_text, colours.warning_background),
        "info": (colours.info_text, colours.info_background),
        "error": (colours.error_text, colours.error_background),
        "highlight": (colours.highlight_text, colours.highlight_background),
        "help": (colours.help_text, window.name()),
    }
    for name, (text, back) in pairs.items():
        ratio = contrast(QColor(text), QColor(back))
        assert ratio >= AA, f"{name} ({palette}): {ratio:.2f}:1"


@pytest.mark.parametrize("after", ["dark", "hc-black", "hc-white"])
def test_a_palette_changed_while_the_program_runs_is_followed(
    qtbot: QtBot, qapp: QApplication, after: str
) -> None:
    """Windows switched to dark or high contrast with the window open: the boxes built
    under the old palette take the new colours (they kept the old ones before)."""
    before = qapp.palette()
    qapp.setPalette(PALETTES["light"]())
    try:
        pane = LetterPane()
        qtbot.addWidget(pane)
        pane.overdue.setText("Antwort überfällig seit 12 Tagen – Erinnerung schreiben")
        page = DetailsPage()
        qtbot.addWidget(page)
        page.diary_note.setText("Das kommt in den Brief.")
        page.diary_note.show()
        qapp.setPalette(PALETTES[after]())
        qapp.processEvents()
        _check(pane.overdue, qtbot, f"overdue box (light, then {after})")
        _check(page.diary_note, qtbot, f"diary note (light, then {after})")
        assert theme().warning_background in pane.overdue.styleSheet()
    finally:
        qapp.setPalette(before)
