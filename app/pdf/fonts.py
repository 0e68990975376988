"""The fonts every PDF of the program uses, shipped in ``resources/fonts``.

ReportLab's built-in fonts know only Latin-1; names in Cyrillic or Arabic letters
need a TrueType font. The fonts come with the program so that a PDF looks the same
on every machine and nothing is ever fetched.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
