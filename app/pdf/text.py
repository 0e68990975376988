"""Text as ReportLab must be given it to print right."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.pdf.fonts import REGULAR, drawable_code_points, font_file

_MIRRORED = str.maketrans("()[]{}<>", ")(][}{><")


def visual_order(text: str) -> str:
    """Right-to-left words (Arabic, Farsi, Hebrew) as they are drawn, left to right.

    ReportLab draws every string left to right, and without its bidi add-on (rlbidi,
    not to be had) it neither reorders nor joins Arabic letters. Each right-to-left
    stretch is therefore turned around here: its words from right to left, numbers
    inside it still read left to right, brackets mirrored. The Arabic letters of a
    stretch are shaped by HarfBuzz (uharfbuzz) in the shipped font and given back as
    the characters of the joined forms (initial, medial, final, lam-alef), which the
    font draws. Left-to-right parts (Latin words, numbers after the stretch) stay as
    they are. A PDF reader puts the text back into reading order when copying.

    Without uharfbuzz (or should it fail) the letters of a stretch are only reversed,
    not joined: readable in order, but each letter in its isolated form.
    """
    tokens: list[str] = []
    kinds: list[str] = []  # "R" right-to-left, "L" left-to-right, "N" neutral, "D" digits
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if tokens and (bidi == "NSM" or unicodedata.combining(ch)):
            tokens[-1] += ch
            continue
        kind = (
            "R"
            if bidi in ("R", "AL")
            else "D"
            if bidi in ("EN", "AN")
            else "L"
            if bidi == "L"
            else "N"
        )
        if kind == "D" and kinds and kinds[-1] == "D":
            tokens[-1] += ch
            continue
        tokens.append(ch)
        kinds.append(kind)

    out: list[str] = []
    i = 0
    while i < len(tokens):
        if kinds[i] != "R":
            out.append(tokens[i])
            i += 1
            continue
        # The stretch runs to the last right-to-left letter before any left-to-right one.
        end = i
        j = i
        while j < len(tokens) and kinds[j] != "L":
            if kinds[j] == "R":
                end = j
            j += 1
        end = _closing_brackets(tokens, end, i)
        out.append(_stretch(tokens[i : end + 1], kinds[i : end + 1]))
        i = end + 1
    return "".join(out)


_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def _closing_brackets(tokens: list[str], end: int, start: int) -> int:
    """The stretch's end moved over the brackets right after it that close one opened
    inside it: "علي (محمد)" keeps both brackets around the name."""
    while end + 1 < len(tokens) and tokens[end + 1] in _PAIRS:
        inside = tokens[start : end + 1]
        closing = tokens[end + 1]
        if inside.count(_PAIRS[closing]) <= inside.count(closing):
            break
        end += 1
    return end


def _stretch(tokens: list[str], kinds: list[str]) -> str:
    """One right-to-left stretch as drawn: its runs of letters (with the spaces and
    punctuation between them) and its numbers in reverse order, each number as it is."""
    pieces: list[str] = []
    run: list[tuple[str, str]] = []
    for token, kind in zip(tokens, kinds, strict=True):
        if kind == "D":
            if run:
                pieces.append(_right_to_left(run))
                run = []
            pieces.append(token)
        else:
            run.append((token, kind))
    if run:
        pieces.append(_right_to_left(run))
    return "".join(reversed(pieces))


def _right_to_left(run: list[tuple[str, str]]) -> str:
    text = "".join(token for token, _kind in run)
    shaper = _shaper()
    if shaper is not None:
        try:
            return shaper.shape(text)
        except Exception:  # a broken uharfbuzz must not stop a letter or the sheet
            pass
    # Reversed letter by letter; accents stay on their letter.
    return "".join(
        token.translate(_MIRRORED) if kind == "N" else token for token, kind in reversed(run)
    )


@dataclass(frozen=True)
class _Shaper:
    """HarfBuzz with the regular font, and for each of its glyphs a character that
    both shipped fonts draw with that glyph (the presentation forms of Arabic)."""

    hb: Any  # the uharfbuzz module (it has no type hints)
    font: Any
    characters: dict[int, str]

    def shape(self, text: str) -> str:
        """``text`` (right to left, logical order) as the characters of its shaped
        glyphs, left to right. A cluster with a glyph no character stands for (none in
        DejaVu Sans's Arabic) is given back unshaped."""
        buffer = self.hb.Buffer()
        buffer.add_str(text)
        buffer.direction = "rtl"
        buffer.guess_segment_properties()
        # ZWNJ and ZWJ steer the joining and then leave no glyph (no gap, no box)
        buffer.flags = self.hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
        self.hb.shape(self.font, buffer, {})
        infos = buffer.glyph_infos
        starts = sorted({int(info.cluster) for info in infos} | {len(text)})
        out: list[str] = []
        k = 0
        while k < len(infos):
            cluster = int(infos[k].cluster)
            glyphs: list[int] = []
            while k < len(infos) and int(infos[k].cluster) == cluster:
                glyphs.append(int(infos[k].codepoint))
                k += 1
            drawn = [self.characters.get(glyph) for glyph in glyphs]
            if all(drawn):
                out.extend(ch for ch in drawn if ch)
            else:
                out.append(text[cluster : starts[starts.index(cluster) + 1]])
        return "".join(out)


@lru_cache(maxsize=1)
def _shaper() -> _Shaper | None:
    try:
        import uharfbuzz
    except ImportError:
        return None
    try:
        face = uharfbuzz.Face(uharfbuzz.Blob(font_file(REGULAR).read_bytes()))
        font = uharfbuzz.Font(face)
        characters: dict[int, str] = {}
        for code in sorted(drawable_code_points(), reverse=True):  # the lowest one wins
            glyph = font.get_nominal_glyph(code)
            if glyph:
                characters[int(glyph)] = chr(code)
    except Exception:  # an unusable uharfbuzz: print as without it
        return None
    return _Shaper(uharfbuzz, font, characters)


def forget_shaper() -> None:
    """Look for uharfbuzz again at the next right-to-left text (for tests)."""
    _shaper.cache_clear()
