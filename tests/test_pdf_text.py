"""Right-to-left text as ReportLab is given it: words right to left, Arabic joined.

The expected strings are the characters of the joined forms (Arabic Presentation
Forms, which the shipped DejaVu fonts draw), left to right as they stand on paper.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

from app.pdf import text as pdf_text
from app.pdf.fonts import undrawable
from app.pdf.text import visual_order


@pytest.fixture
def without_harfbuzz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(sys.modules, "uharfbuzz", None)  # `import uharfbuzz` fails
    pdf_text.forget_shaper()
    yield
    monkeypatch.undo()
    pdf_text.forget_shaper()


def _names(text: str) -> list[str]:
    return [unicodedata.name(ch).removeprefix("ARABIC LETTER ") for ch in text]


@pytest.mark.parametrize(
    ("logical", "drawn"),
    [
        # meem initial, hah medial, meem medial, dal final; the second word to the left
        ("محمد العلي", "\ufef2\ufee0\ufecc\ufedf\u0627 \ufeaa\ufee4\ufea4\ufee3"),
        # Farsi yeh (U+06CC) joined too
        ("زهرا رضایی", "\ufbfd\ufbfe\ufe8e\ufebf\u0631 \u0627\ufeae\ufeeb\u0632"),
        ("لا", "\ufefb"),  # lam-alef is one ligature
        ("Anna محمد 12", "Anna \ufeaa\ufee4\ufea4\ufee3 12"),
        ("محمد 12 علي", "\ufef2\ufee0\ufecb 12 \ufeaa\ufee4\ufea4\ufee3"),
        ("C:\\Users\\محمد\\Doc", "C:\\Users\\\ufeaa\ufee4\ufea4\ufee3\\Doc"),
        # a zero-width non-joiner keeps the letters apart and leaves no gap
        ("می\u200cخواهم", "\ufee2\ufeeb\u0627\ufeee\ufea7\ufbfd\ufee3"),
        ("שלום", "םולש"),  # Hebrew has no joining: reversed only
        ("Olena Шевченко", "Olena Шевченко"),
    ],
)
def test_right_to_left_text_is_drawn_joined_and_in_order(logical: str, drawn: str) -> None:
    assert visual_order(logical) == drawn, _names(visual_order(logical))
    assert undrawable(drawn) == []  # both shipped fonts have every one of them


def test_the_joined_forms_are_the_letters_when_folded_back() -> None:
    """A reader folds presentation forms into the plain letters (NFKC) for copying."""
    name = "محمد العلي"
    folded = unicodedata.normalize("NFKC", visual_order(name))
    assert folded == " ".join(word[::-1] for word in reversed(name.split()))


def test_brackets_inside_a_stretch_are_mirrored() -> None:
    assert visual_order("علي (محمد)") == "(\ufeaa\ufee4\ufea4\ufee3) \ufef2\ufee0\ufecb"


def test_without_harfbuzz_the_letters_are_reversed_unjoined(without_harfbuzz: None) -> None:
    assert visual_order("محمد العلي") == "يلعلا دمحم"
    assert visual_order("Anna محمد 12") == "Anna دمحم 12"
    assert visual_order("علي (محمد)") == "(دمحم) يلع"
    assert visual_order("שלום") == "םולש"


def test_a_failing_harfbuzz_falls_back_too(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Any, text: str) -> str:
        raise RuntimeError("shaping failed")

    monkeypatch.setattr(pdf_text._Shaper, "shape", broken)
    assert visual_order("محمد العلي") == "يلعلا دمحم"


def test_a_glyph_without_a_character_is_left_unshaped() -> None:
    """Should HarfBuzz pick a glyph no character of the font stands for, that cluster
    is drawn as its plain letters (the other clusters stay joined)."""
    shaper = pdf_text._shaper()
    assert shaper is not None
    meem_initial = shaper.font.get_nominal_glyph(0xFEE3)
    characters = {g: ch for g, ch in shaper.characters.items() if g != meem_initial}
    partial = pdf_text._Shaper(shaper.hb, shaper.font, characters)
    assert partial.shape("محمد") == "\ufeaa\ufee4\ufea4\u0645"
