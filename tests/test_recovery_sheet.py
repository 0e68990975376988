"""The printed recovery sheet: one A4 page, the code readable, nothing on disk."""

from __future__ import annotations

import builtins
import os
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics

from app.paths import RESOURCES
from app.pdf.fonts import register_fonts
from app.recovery_sheet import groups, recovery_sheet_pdf
from app.vault.crypto import new_recovery_code, normalise_recovery_code

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
CREATED = date(2025, 3, 4)
FOLDER = "/home/olena/.local/share/Amtstagebuch"


def _pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _text(pdf: bytes) -> str:
    pages = _pages(pdf)
    assert len(pages) == 1
    return pages[0]


def test_fonts_ship_with_the_program() -> None:
    fonts = RESOURCES / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert (fonts / name).is_file(), name
    assert "Bitstream Vera" in (fonts / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_fonts_are_registered_once() -> None:
    first = register_fonts()
    second = register_fonts()
    assert first == second == ("DejaVuSans", "DejaVuSans-Bold")
    for font_name in first:
        font = pdfmetrics.getFont(font_name)
        assert Path(font.face.filename).parent == RESOURCES / "fonts"


def test_groups_are_the_eight_groups_of_the_code() -> None:
    assert groups(CODE) == CODE.split("-")
    assert groups(CODE.lower().replace("-", " ")) == CODE.split("-")
    code = new_recovery_code()
    assert groups(code) == code.split("-")
    assert "".join(groups(code)).encode("ascii") == normalise_recovery_code(code)


@pytest.mark.parametrize("bad", ["", "ABCD-EFGH", CODE + "-A", CODE.replace("A", "0")])
def test_groups_refuse_what_is_not_a_code(bad: str) -> None:
    with pytest.raises(ValueError):
        groups(bad)
    with pytest.raises(ValueError):
        recovery_sheet_pdf(bad, folder=FOLDER, created=CREATED)


def test_the_sheet_is_one_pdf_page_with_everything_on_it() -> None:
    pdf = recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name="Olena Shevchenko")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    assert "Wiederherstellungscode für Ihr Amtstagebuch" in text
    assert "Olena Shevchenko" in text
    assert "04.03.2025" in text
    assert FOLDER in text
    for number, group in enumerate(CODE.split("-"), start=1):
        assert group in text
        assert f"Gruppe {number}" in text
    assert "Dieses Blatt bewahre ich hier auf:" in text
    for advice in ("nicht fotografieren", "Laptop", "Handy", "Passphrase vergessen"):
        assert advice in text


def test_the_groups_come_in_order() -> None:
    text = _text(recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED))
    positions = [text.index(group) for group in CODE.split("-")]
    assert positions == sorted(positions)


def test_without_a_name_there_is_no_empty_line_for_it() -> None:
    text = _text(recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED))
    assert "Für:" not in text
    assert "Erstellt am: 04.03.2025" in text


@pytest.mark.parametrize(
    "name",
    ["Olena Shevchenko", "Олена Шевченко", "محمد", "محمد الأحمد", "Jürgen Müller-Lüdenscheid"],
)
def test_names_in_any_script_are_printed(name: str) -> None:
    text = _text(recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name=name))
    assert name in text


def test_emoji_in_a_name_are_left_out_not_printed_as_boxes() -> None:
    from app.pdf.fonts import undrawable

    text = _text(recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name="Olena 🙂🌻"))
    assert "Für: Olena" in text
    assert undrawable(text) == []


@pytest.mark.parametrize(
    "folder",
    [
        "C:\\Users\\Олена\\AppData\\Local\\Amtstagebuch",
        "C:\\Users\\محمد\\Documents\\Amtstagebuch",
        "/home/jürgen/Tagebuch & Briefe/<alt>",
    ],
)
def test_folders_in_any_script_are_printed(folder: str) -> None:
    text = _text(recovery_sheet_pdf(CODE, folder=folder, created=CREATED))
    assert folder in text


def test_markup_characters_in_a_name_are_printed_as_they_are() -> None:
    name = "Müller & Söhne <b>fett</b>"
    text = _text(recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name=name))
    assert name in text


def test_very_long_name_and_folder_still_fit_on_one_page() -> None:
    name = "Maximilian-Alexander von Hohenzollern-Sigmaringen " * 6
    folder = "/home/" + "ein_sehr_langer_ordnername_ohne_leerzeichen" * 20
    text = _text(recovery_sheet_pdf(CODE, folder=folder, created=CREATED, name=name))
    for group in CODE.split("-"):
        assert group in text
    assert "Dieses Blatt bewahre ich hier auf:" in text


def test_nothing_is_written_to_disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    register_fonts()  # reading the fonts is fine; only writing is not
    real_open = builtins.open
    real_os_open = os.open

    def reading_only(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"written: {file}")
        return real_open(file, mode, *args, **kwargs)

    def os_reading_only(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise AssertionError(f"written: {path}")
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", reading_only)
    monkeypatch.setattr(os, "open", os_reading_only)
    monkeypatch.chdir(tmp_path)
    pdf = recovery_sheet_pdf(new_recovery_code(), folder=FOLDER, created=CREATED, name="Олена")
    assert pdf.startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == []


# --- Arabic and Farsi names are drawn joined, right to left ------------------------
# What HarfBuzz draws for the name in the sheet's bold font is what the sheet must
# draw, glyph for glyph: the initial, medial and final forms, the words right to
# left. Isolated letters (each in its own form, as before) do not pass.

BOLD_FONT = "DejaVuSans-Bold"


@pytest.mark.parametrize("name", ["محمد العلي", "زهرا رضایی", "محمد الأحمد"])
def test_arabic_and_farsi_names_are_drawn_joined_right_to_left(name: str) -> None:
    from tests.pdf_glyphs import contains, drawn_glyphs, glyph_ids, harfbuzz_rtl

    shaped = harfbuzz_rtl(BOLD_FONT, name)
    isolated = glyph_ids(BOLD_FONT, name[::-1])
    assert shaped != isolated  # the check tells the two apart

    pdf = recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name=name)
    drawn = drawn_glyphs(pdf, BOLD_FONT)
    assert contains(drawn, shaped)
    assert not contains(drawn, isolated)
    assert name in _text(pdf)  # copied from the PDF, it reads as typed


def test_a_mixed_name_keeps_latin_and_numbers_readable() -> None:
    from tests.pdf_glyphs import contains, drawn_glyphs, glyph_ids, harfbuzz_rtl

    pdf = recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name="Anna محمد 12")
    expected = (
        glyph_ids(BOLD_FONT, "Anna ")
        + harfbuzz_rtl(BOLD_FONT, "محمد")
        + glyph_ids(BOLD_FONT, " 12")
    )
    assert contains(drawn_glyphs(pdf, BOLD_FONT), expected)


def test_an_arabic_folder_is_drawn_joined() -> None:
    from tests.pdf_glyphs import contains, drawn_glyphs, glyph_ids, harfbuzz_rtl

    folder = "C:\\Users\\محمد\\Documents"
    pdf = recovery_sheet_pdf(CODE, folder=folder, created=CREATED)
    expected = (
        glyph_ids(BOLD_FONT, "C:\\Users\\")
        + harfbuzz_rtl(BOLD_FONT, "محمد")
        + glyph_ids(BOLD_FONT, "\\Documents")
    )
    assert contains(drawn_glyphs(pdf, BOLD_FONT), expected)


def test_a_hebrew_name_is_drawn_right_to_left() -> None:
    from tests.pdf_glyphs import contains, drawn_glyphs, glyph_ids

    pdf = recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name="דוד כהן")
    assert contains(drawn_glyphs(pdf, BOLD_FONT), glyph_ids(BOLD_FONT, "ןהכ דוד"))


def test_without_harfbuzz_the_sheet_is_still_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """uharfbuzz missing at run time: the letters are reversed but not joined, as before."""
    import sys

    from app.pdf import text as pdf_text
    from tests.pdf_glyphs import contains, drawn_glyphs, glyph_ids

    monkeypatch.setitem(sys.modules, "uharfbuzz", None)  # import uharfbuzz fails
    pdf_text.forget_shaper()
    try:
        pdf = recovery_sheet_pdf(CODE, folder=FOLDER, created=CREATED, name="محمد العلي")
    finally:
        monkeypatch.undo()
        pdf_text.forget_shaper()
    assert contains(drawn_glyphs(pdf, BOLD_FONT), glyph_ids(BOLD_FONT, "يلعلا دمحم"))
    assert "محمد العلي" in _text(pdf)
