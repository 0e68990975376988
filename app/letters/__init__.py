"""Rights letters: the types (``app/resources/letters``), the builder and the PDF renderer.

No Qt here: the window's preview and the command line use the same functions.
"""

from app.letters.build import build_letter
from app.letters.catalogue import catalogue as _catalogue
from app.letters.model import (
    Block,
    Bullets,
    DetailField,
    LetterDoc,
    LetterError,
    LetterRequest,
    LetterType,
    Paragraph,
    Table,
)
from app.letters.render import render_pdf

LETTER_TYPES: dict[str, LetterType] = _catalogue().types

__all__ = [
    "LETTER_TYPES",
    "Block",
    "Bullets",
    "DetailField",
    "LetterDoc",
    "LetterError",
    "LetterRequest",
    "LetterType",
    "Paragraph",
    "Table",
    "build_letter",
    "render_pdf",
]
