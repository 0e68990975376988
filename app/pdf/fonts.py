"""The fonts every PDF of the program uses, shipped in ``app/resources/fonts``.

ReportLab's built-in fonts know only Latin-1; names in Cyrillic or Arabic letters
need a TrueType font. The fonts come with the program so that a PDF looks the same
on every machine and nothing is ever fetched.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from app.paths import RESOURCES

FONT_DIR = RESOURCES / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold font with ReportLab once; return their names.

    Safe to call before every document: a second call finds them registered.
    """
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
        # So that <b> in a Paragraph picks the bold file instead of faking it.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def font_file(name: str) -> Path:
    """The file of one of the shipped fonts (``REGULAR`` or ``BOLD``)."""
    return FONT_DIR / _FILES[name]


def drawable_code_points() -> frozenset[int]:
    """Code points both shipped fonts have a glyph for."""
    return _drawable()


@lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    """Code points both shipped fonts have a glyph for (bold is used for names too)."""

    regular, bold = (set(TTFontFile(str(FONT_DIR / f)).charToGlyph) for f in _FILES.values())
    return frozenset(regular & bold)


# Invisible helpers of emoji and bidi text: nothing is lost when they are left out.
_INVISIBLE = frozenset({"Cf", "Cc"})


def _is_variation(ch: str) -> bool:
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def undrawable(text: str) -> list[str]:
    """The visible characters of ``text`` the PDF fonts cannot draw, each once.

    ReportLab has no font fallback: such a character would print as an empty box.
    Spaces and invisible characters (zero-width joiner, variation selectors, bidi
    marks) are not counted; :func:`printable` drops them.
    """
    cmap = _drawable()
    return list(
        dict.fromkeys(
            ch
            for ch in text
            if ord(ch) not in cmap
            and not ch.isspace()
            and unicodedata.category(ch) not in _INVISIBLE
            and not _is_variation(ch)
        )
    )


def printable(text: str, *, drop_symbols: bool = False) -> str:
    """``text`` without the invisible characters the fonts cannot draw.

    With ``drop_symbols`` also without pictographs (emoji, skin tones, flags) the
    fonts lack, for text quoted from the diary into a letter.
    """
    cmap = _drawable()
    kept: list[str] = []
    for ch in text:
        if ord(ch) in cmap or ch.isspace():
            kept.append(ch)
            continue
        category = unicodedata.category(ch)
        if category in _INVISIBLE or _is_variation(ch):
            continue
        if drop_symbols and category in ("So", "Sk", "Me"):
            continue
        kept.append(ch)
    return "".join(kept)
