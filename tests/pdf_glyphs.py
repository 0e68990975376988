"""What a PDF of the program really draws: the glyphs of its text, left to right.

A PDF reader's text extraction (pypdfium2, pdftotext) puts Arabic back into reading
order and folds the joined letter forms into the plain letters, so it cannot tell a
correctly shaped name from one drawn with isolated letters. This reads the page
content streams instead: every string a text operator shows, decoded through the
font's ToUnicode map into the characters ReportLab was given, and the glyph ids the
embedded font draws for them. Only what ReportLab writes is understood (literal
strings, Flate and ASCII85 streams, one-byte subset codes).
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

from app.pdf.fonts import FONT_DIR

_OBJECT = re.compile(rb"(\d+) 0 obj\r?\n(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_DELIMITERS = b"()<>[]{}/%"


def _stream(body: bytes) -> bytes:
    match = _STREAM.search(body)
    assert match, "an object without a stream"
    data = match.group(1)
    head = body[: match.start()]
    if b"/ASCII85Decode" in head:
        data = data.strip()
        data = base64.a85decode(data.removesuffix(b"~>"), adobe=False)
    if b"/FlateDecode" in head:
        data = zlib.decompressobj().decompress(data)
    return data


def _literal(content: bytes, i: int) -> tuple[bytes, int]:
    """The literal string starting after the "(" at ``i``; and where it ends."""
    out = bytearray()
    depth = 1
    while True:
        ch = content[i : i + 1]
        i += 1
        if ch == b"\\":
            nxt = content[i : i + 1]
            if nxt.isdigit():
                digits = re.match(rb"[0-7]{1,3}", content[i : i + 3])
                assert digits
                out.append(int(digits.group(0), 8) & 0xFF)
                i += len(digits.group(0))
            elif nxt in (b"\n", b"\r"):
                i += 1
            else:
                out += _ESCAPES.get(nxt, nxt)
                i += 1
            continue
        if ch == b"(":
            depth += 1
        elif ch == b")":
            depth -= 1
            if depth == 0:
                return bytes(out), i
        out += ch


def _tokens(content: bytes) -> Iterator[tuple[str, bytes]]:
    i = 0
    while i < len(content):
        ch = content[i : i + 1]
        if ch.isspace():
            i += 1
        elif ch == b"(":
            text, i = _literal(content, i + 1)
            yield "string", text
        elif ch in (b"[", b"]"):
            yield ch.decode(), ch
            i += 1
        elif ch == b"<" and content[i + 1 : i + 2] != b"<":
            end = content.index(b">", i)
            yield "string", bytes.fromhex(content[i + 1 : end].decode())
            i = end + 1
        else:
            start = i
            i += 1
            while i < len(content) and not (
                content[i : i + 1].isspace() or content[i] in _DELIMITERS
            ):
                i += 1
            word = content[start:i]
            yield ("name" if word.startswith(b"/") else "word"), word


def drawn_strings(pdf: bytes) -> list[tuple[str, str]]:
    """(font file name, characters) of every string shown on the pages, in drawing order."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(pdf)}
    fonts: dict[bytes, tuple[str, dict[int, str]]] = {}
    for body in objects.values():
        name = re.search(rb"/Name (/\S+)", body)
        base = re.search(rb"/BaseFont /(\S+)", body)
        if not (name and base and b"/Type /Font" in body):
            continue
        mapping: dict[int, str] = {}
        unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if unicode_ref:
            cmap = _stream(objects[int(unicode_ref.group(1))])
            for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
                for code, text in _BFCHAR.findall(section):
                    mapping[int(code, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
        # "AAAAAA+DejaVuSans-Bold" is a subset of DejaVuSans-Bold
        fonts[name.group(1)] = (base.group(1).decode().split("+")[-1], mapping)

    shown: list[tuple[str, str]] = []
    for body in objects.values():
        contents = re.search(rb"/Contents (\d+) 0 R", body)
        if not (contents and b"/Type /Page" in body):
            continue
        font = ("", {})
        operands: list[tuple[str, bytes]] = []
        in_array: list[bytes] | None = None
        for kind, value in _tokens(_stream(objects[int(contents.group(1))])):
            if kind == "[":
                in_array = []
            elif kind == "]":
                operands.append(("array", b"".join(in_array or [])))
                in_array = None
            elif in_array is not None:
                if kind == "string":
                    in_array.append(value)
            elif kind == "word" and not re.fullmatch(rb"[-+.\d]+", value):
                if value == b"Tf":
                    font = fonts.get(operands[-2][1], (operands[-2][1].decode(), {}))
                elif value in (b"Tj", b"TJ", b"'", b'"'):
                    family, mapping = font
                    codes = operands[-1][1]
                    text = "".join(mapping.get(c, chr(c)) if mapping else chr(c) for c in codes)
                    shown.append((family, text))
                operands = []
            else:
                operands.append((kind, value))
    return shown


@lru_cache(maxsize=4)
def _cmap(family: str) -> dict[int, int]:
    return dict(TTFontFile(str(Path(str(FONT_DIR)) / f"{family}.ttf")).charToGlyph)


def glyph_ids(family: str, text: str) -> list[int]:
    """The glyphs the font draws for ``text``, one per character."""
    cmap = _cmap(family)
    return [cmap[ord(ch)] for ch in text]


def drawn_glyphs(pdf: bytes, family: str) -> list[int]:
    """Every glyph drawn in ``family`` (e.g. "DejaVuSans-Bold"), in drawing order."""
    return [
        gid
        for font, text in drawn_strings(pdf)
        if font == family
        for gid in glyph_ids(family, text)
    ]


def harfbuzz_rtl(family: str, text: str) -> list[int]:
    """The glyphs HarfBuzz draws, left to right, for right-to-left ``text`` in that font."""
    import uharfbuzz

    data = (Path(str(FONT_DIR)) / f"{family}.ttf").read_bytes()
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(data)))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.direction = "rtl"
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    return [info.codepoint for info in buffer.glyph_infos]


def contains(haystack: list[int], needle: list[int]) -> bool:
    """``needle`` occurs in ``haystack`` as one unbroken run."""
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) + 1))
