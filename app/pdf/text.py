"""Text as ReportLab must be given it to print right."""

from __future__ import annotations

import unicodedata

_MIRRORED = str.maketrans("()[]{}<>", ")(][}{><")


def visual_order(text: str) -> str:
    """Right-to-left words (Arabic, Hebrew) in the order they are drawn.

    ReportLab draws every string left to right; without its optional bidi and
    shaping add-ons an Arabic name would come out backwards. This reverses each
    right-to-left stretch (numbers inside it stay as they are, accents stay on
    their letter), which is enough for a name or a folder. Letters are not joined.
    A PDF reader puts the text back into reading order when copying.
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
        out.extend(
            token.translate(_MIRRORED) if kinds[k] == "N" else token
            for k, token in zip(range(end, i - 1, -1), reversed(tokens[i : end + 1]), strict=True)
        )
        i = end + 1
    return "".join(out)
