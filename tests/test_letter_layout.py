"""Letter layout (issue 13): sheets per copy, what stands on which page, the order of
the information block, the fonts. Every check reads the rendered PDF (pypdfium2:
pages, text, character positions and sizes; the raw PDF objects for the fonts),
never the template. The letters come from the demo diary, as the lawyer made them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.units import mm
from sqlalchemy import select

from app.demo import fill_demo
from app.letters import (
    Bullets,
    LetterDoc,
    LetterRequest,
    Paragraph,
    Table,
    build_letter,
    render_pdf,
)
from app.letters import render as layout
from app.model import Handover
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = date(2026, 12, 4)
CLOSING = "Mit freundlichen Grüßen"
BASE14 = frozenset(
    {
        "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
        "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
        "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
        "Symbol", "ZapfDingbats",
    }
)  # fmt: skip


# --------------------------------------------------------------------------- the demo diary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("layout") / "tagebuch"
    vault, _code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    try:
        fill_demo(vault, today=TODAY)
        yield vault
    finally:
        vault.close()


def _build(vault: Vault, request: LetterRequest) -> LetterDoc:
    with vault.session() as session:
        return build_letter(session, request, today=TODAY)


def _handover_counts(vault: Vault) -> list[tuple[int, int]]:
    with vault.session() as session:
        return [(h.id, len(h.documents)) for h in session.scalars(select(Handover))]


def _receipt_for(vault: Vault, documents: int) -> LetterDoc:
    """The Eingangsbestätigung for demo handovers holding ``documents`` documents."""
    chosen: list[int] = []
    total = 0
    for handover_id, count in sorted(_handover_counts(vault), key=lambda hc: -hc[1]):
        if total + count <= documents:
            chosen.append(handover_id)
            total += count
    assert total == documents, f"the demo has no handovers with {documents} documents"
    doc = _build(vault, LetterRequest("eingangsbestaetigung", handover_ids=chosen))
    assert len(_table(doc).rows) == documents
    return doc


@pytest.fixture(scope="module")
def all_documents(demo: Vault) -> LetterDoc:
    """The Eingangsbestätigung for every demo handover: the longest introduction (all
    the dates) and 35 documents; cut down to fewer rows by :func:`_first_rows`."""
    ids = [handover_id for handover_id, _count in _handover_counts(demo)]
    return _build(demo, LetterRequest("eingangsbestaetigung", handover_ids=ids))


def _table(doc: LetterDoc) -> Table:
    return next(b for b in doc.blocks if isinstance(b, Table))


def _first_rows(doc: LetterDoc, count: int) -> LetterDoc:
    blocks = tuple(
        replace(b, rows=b.rows[:count]) if isinstance(b, Table) else b for b in doc.blocks
    )
    return replace(doc, blocks=blocks)


# --------------------------------------------------------------------------- reading the PDF


def _pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _boxes_mm(pdf: bytes, needle: str, page_no: int = 0) -> list[tuple[float, float, float, float]]:
    """Left, top, right, bottom (mm from the top-left corner) of every occurrence."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_no]
        height = page.get_height()
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        found = []
        start = text.find(needle)
        while start >= 0:
            boxes = [
                textpage.get_charbox(i)
                for i in range(start, start + len(needle))
                if text[i].strip()
            ]
            found.append(
                (
                    min(b[0] for b in boxes) / mm,
                    (height - max(b[3] for b in boxes)) / mm,
                    max(b[2] for b in boxes) / mm,
                    (height - min(b[1] for b in boxes)) / mm,
                )
            )
            start = text.find(needle, start + 1)
        textpage.close()
        page.close()
        return found
    finally:
        document.close()


def _sizes(pdf: bytes, page_no: int, below_mm: float) -> list[tuple[str, float]]:
    """(character, font size in pt) of every visible character below ``below_mm``."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_no]
        height = page.get_height()
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        sizes = []
        for i, ch in enumerate(text):
            if not ch.strip():
                continue
            _l, bottom, _r, _t = textpage.get_charbox(i)
            if (height - bottom) / mm > below_mm:
                sizes.append((ch, pdfium_c.FPDFText_GetFontSize(textpage.raw, i)))
        textpage.close()
        page.close()
        return sizes
    finally:
        document.close()


def _rows_on(page: str, table: Table) -> list[int]:
    """Numbers of the table rows printed on the page (a row starts a line with its
    number and the first word of the document's name)."""
    return [
        int(row[0])
        for row in table.rows
        if re.search(rf"(?m)^{re.escape(row[0])} {re.escape(row[1].split()[0])}", page)
    ]


def _copies(pages: list[str]) -> list[list[str]]:
    """The pages of each copy (a copy's first page is the one without "Seite x von")."""
    copies: list[list[str]] = []
    for page in pages:
        if re.search(r"Seite \d+ von \d+", page) and copies:
            copies[-1].append(page)
        else:
            copies.append([page])
    return copies


# --------------------------------------------------------------------------- one sheet per copy


@pytest.mark.parametrize("documents", [7, 12])
def test_a_receipt_from_the_demo_takes_one_sheet_per_copy(demo: Vault, documents: int) -> None:
    doc = _receipt_for(demo, documents)
    assert (doc.copies, doc.receipt_field) == (2, True)
    pages = _pages(render_pdf(doc))
    assert len(pages) == 2
    assert "Exemplar für das Jobcenter" in pages[0] and "Exemplar für mich" in pages[1]
    for page in pages:
        assert not re.search(r"Seite \d+ von", page)
        assert _rows_on(page, _table(doc)) == list(range(1, documents + 1))
        assert CLOSING in page and doc.signature_name in page
        assert "Eingang bestätigt" in page and "Stempel" in page


def test_up_to_fourteen_documents_every_copy_is_one_sheet(all_documents: LetterDoc) -> None:
    # the longest introduction the demo gives (fifteen handover dates) and a dozen or more
    for documents in range(1, 15):
        pages = _pages(render_pdf(_first_rows(all_documents, documents)))
        assert len(pages) == 2, documents
        for page in pages:
            assert _rows_on(page, _table(all_documents))[-1] == documents
            assert CLOSING in page and "Eingang bestätigt" in page


def test_the_text_stays_readable(all_documents: LetterDoc) -> None:
    for documents in (7, 14):
        doc = _first_rows(all_documents, documents)
        pdf = render_pdf(doc)
        sizes = _sizes(pdf, 0, layout.SUBJECT_TOP_MM - 1)
        assert min(size for _ch, size in sizes) >= 8.5  # table, receipt field
        intro_box = _boxes_mm(pdf, "ich gebe am")[0]
        intro = _sizes(pdf, 0, intro_box[1] - 0.5)[: len("ichgebeam")]
        assert min(size for _ch, size in intro) >= 9.0  # the body text
        # the receipt field still takes a stamp
        _l, top, _r, _b = _boxes_mm(pdf, "Eingang bestätigt")[-1]
        _l, label_top, _r, _b = _boxes_mm(pdf, "Stempel")[-1]  # the first is in the text
        assert label_top - top >= 20


# --------------------------------------------------------------------------- the ending never alone


def test_thirty_documents_the_second_sheet_carries_table_rows(all_documents: LetterDoc) -> None:
    doc = _first_rows(all_documents, 30)
    pages = _pages(render_pdf(doc))
    assert len(pages) == 4
    copies = _copies(pages)
    assert [len(c) for c in copies] == [2, 2]
    table = _table(doc)
    for first, second in copies:
        assert not re.search(r"Seite \d+ von", first) and "Seite 2 von 2" in second
        on_first, on_second = _rows_on(first, table), _rows_on(second, table)
        assert on_first + on_second == list(range(1, 31))  # every row once per copy
        assert len(on_second) >= layout.ENDING_KEEP_ROWS
        assert "Nr." in second and "Unterlage" in second  # the header is repeated
        assert CLOSING not in first and "Eingang bestätigt" not in first
        assert CLOSING in second and "Eingang bestätigt" in second


def test_no_page_of_a_receipt_holds_only_the_ending(all_documents: LetterDoc) -> None:
    table = _table(all_documents)
    for documents in range(1, len(table.rows) + 1):
        pages = _pages(render_pdf(_first_rows(all_documents, documents)))
        copies = _copies(pages)
        assert len(copies) == 2, documents
        for copy in copies:
            assert len(copy) <= 2, documents
            for page in copy[1:]:
                assert len(_rows_on(page, table)) >= min(layout.ENDING_KEEP_ROWS, documents), (
                    documents
                )
            assert CLOSING in copy[-1] and "Eingang bestätigt" in copy[-1]


def _words(count: int) -> str:
    return " ".join(f"Wort{n}" for n in range(count))


@pytest.mark.parametrize("last", ["paragraph", "bullets"])
def test_the_closing_never_stands_alone(demo: Vault, last: str) -> None:
    base = _build(demo, LetterRequest("auskunft"))
    for filler in range(2, 40):
        blocks: list[Paragraph | Bullets] = [
            Paragraph(f"Absatz {n}: {_words(12 + 9 * (n % 4))}") for n in range(filler)
        ]
        if last == "paragraph":
            blocks.append(Paragraph(f"Letzter Absatz vor dem Gruß. {_words(30)} ENDE"))
        else:
            items = [f"Punkt {n}: {_words(8)}" for n in range(6)]
            blocks.append(Bullets((*items, "ENDE")))
        doc = replace(base, blocks=tuple(blocks))
        pages = _pages(render_pdf(doc))
        closing_page = next(p for p in pages if CLOSING in p)
        assert "ENDE" in closing_page, filler
        assert base.signature_name in closing_page.split(CLOSING, 1)[1], filler
        if last == "paragraph" and len(pages) > 1:
            assert "Letzter Absatz" in closing_page, filler  # a short paragraph stays whole


def test_a_paragraph_longer_than_a_page_leaves_its_last_lines_with_the_closing(
    demo: Vault,
) -> None:
    base = _build(demo, LetterRequest("auskunft"))
    for words in (300, 900, 3000):
        doc = replace(base, blocks=(*base.blocks, Paragraph(f"{_words(words)} ENDE")))
        pages = _pages(render_pdf(doc))
        (closing_page,) = [p for p in pages if CLOSING in p]
        before, after = closing_page.split(CLOSING, 1)
        assert base.signature_name in after, words
        last_lines = [line for line in before.splitlines() if line.startswith("Wort")]
        assert len(last_lines) >= layout.ENDING_KEEP_LINES, words
        assert "ENDE" in before, words


def test_a_long_real_letter_keeps_its_last_paragraph_with_the_closing(demo: Vault) -> None:
    for count in range(0, 45, 3):
        wishes = "\n".join(
            f"Vermerk Nummer {n} über ein Gespräch im Jahr 2025" for n in range(count)
        )
        doc = _build(demo, LetterRequest("auskunft", details={"schwerpunkt": wishes}))
        last = doc.blocks[-1]
        tail = last.text if isinstance(last, Paragraph) else str(last)
        pages = [_flat(p) for p in _pages(render_pdf(doc))]
        closing_page = next(p for p in pages if CLOSING in p)
        assert _flat(tail)[-40:] in closing_page, count


# --------------------------------------------------------------------------- information block


def test_the_date_comes_last_in_the_information_block(demo: Vault) -> None:
    details = {
        "bezug_datum": "01.10.2026",
        "bezug_betreff": "Antrag auf Auskunft und Kopie meiner Daten",
        "ihr_zeichen": "123.45-AB",
        "ihre_nachricht_vom": "15.11.2026",
    }
    doc = _build(demo, LetterRequest("erinnerung", details=details))
    assert doc.info[0][0] == "Datum"  # as the builder gives it
    pdf = render_pdf(doc)
    order = ["Kundennummer", "BG-Nummer", "Ihr Zeichen", "Ihre Nachricht vom", "Mein Schreiben vom"]
    tops = {}
    for label in [*order, "Datum"]:
        boxes = [b for b in _boxes_mm(pdf, label) if abs(b[0] - layout.INFO_LEFT_MM) < 1]
        assert len(boxes) == 1, label
        tops[label] = boxes[0][1]
    assert sorted(tops, key=tops.__getitem__) == [*order, "Datum"]
    # the value stands on the line of its label
    (date_box,) = [b for b in _boxes_mm(pdf, "04.12.2026") if b[0] > layout.INFO_LEFT_MM]
    assert abs(date_box[1] - tops["Datum"]) < 1.5


def test_info_rows_keep_unknown_rows_before_the_date() -> None:
    info = (
        ("Datum", "1"),
        ("Mein Schreiben vom", "2"),
        ("Aktenzeichen", "3"),
        ("Kundennummer", "4"),
    )
    assert [label for label, _v in layout.info_rows(info)] == [
        "Kundennummer",
        "Mein Schreiben vom",
        "Aktenzeichen",
        "Datum",
    ]


# --------------------------------------------------------------------------- fonts


def _dictionary_end(pdf: bytes, start: int) -> int:
    """The index just past the dictionary opening at ``start`` (nested ones counted)."""
    depth, i = 0, start
    while i < len(pdf):
        if pdf.startswith(b"<<", i):
            depth += 1
            i += 2
        elif pdf.startswith(b">>", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        else:
            i += 1
    raise AssertionError("unterminated dictionary")


def _objects(pdf: bytes) -> dict[int, bytes]:
    """The dictionary of every indirect object, read front to back; stream data is
    skipped by its /Length (ReportLab writes no object streams)."""
    header = re.compile(rb"(\d+) 0 obj\s*")
    objects: dict[int, bytes] = {}
    pos = 0
    while (match := header.search(pdf, pos)) is not None:
        start = match.end()
        pos = start
        if not pdf.startswith(b"<<", start):
            continue
        end = _dictionary_end(pdf, start)
        data = pdf[start:end]
        objects[int(match.group(1))] = data
        pos = end
        after = re.match(rb"\s*stream\r?\n", pdf[end : end + 20])
        length = re.search(rb"/Length\s+(\d+)(?!\s+0\s+R)", data)
        if after and length:
            pos = end + after.end() + int(length.group(1))
    return objects


def _ref(data: bytes, key: bytes) -> int | None:
    found = re.search(rb"/" + key + rb"\s*\[?\s*(\d+) 0 R", data)
    return int(found.group(1)) if found else None


def _font_problems(pdf: bytes) -> list[str]:
    """Every font resource that is a standard font or has no embedded font file."""
    objects = _objects(pdf)
    fonts = {n: d for n, d in objects.items() if re.search(rb"/Type\s*/Font\b", d)}
    problems = []
    used = set()
    for data in objects.values():
        for inline, ref in re.findall(rb"/Font\s*(?:<<(.*?)>>|(\d+) 0 R)", data, re.S):
            resources = inline if not ref else objects.get(int(ref), b"")
            used.update(int(n) for n in re.findall(rb"(\d+) 0 R", resources))
    assert used, "no font resources found at all"
    problems += [f"object {n} is used as a font but is none" for n in used - set(fonts)]
    for number, data in fonts.items():
        base = re.search(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", data)
        name = base.group(1).decode() if base else "?"
        plain = name.split("+", 1)[-1]
        if plain in BASE14 or plain.split("-")[0] in {"Helvetica", "Times", "Courier"}:
            problems.append(f"{name}: standard font")
        descendant = _ref(data, b"DescendantFonts")
        holder = objects.get(descendant, b"") if descendant else data
        descriptor = _ref(holder, b"FontDescriptor")
        file = _ref(objects.get(descriptor, b""), b"FontFile[23]?") if descriptor else None
        if file is None:
            problems.append(f"{name} (object {number}): not embedded")
    return problems


def _drawn_fonts(pdf: bytes) -> set[tuple[str, bool]]:
    """(base font name, embedded) of every text object on every page, as drawn."""
    document = pdfium.PdfDocument(pdf)
    seen = set()
    try:
        for page in document:
            for obj in page.get_objects(max_depth=5):
                if obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT:
                    continue
                font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
                length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = bytes(length)
                pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
                name = buffer.rstrip(b"\0").decode()
                seen.add((name, bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
            page.close()
    finally:
        document.close()
    return seen


def _sample_letters(demo: Vault) -> dict[str, bytes]:
    auskunft = _build(demo, LetterRequest("auskunft"))  # has bullets
    enclosed = replace(auskunft, enclosures=("Kopie des Bescheids", "Vollmacht"))
    return {
        "eingangsbestaetigung": render_pdf(_receipt_for(demo, 7)),
        "auskunft": render_pdf(auskunft),
        "anlagen": render_pdf(enclosed),
        "terminbegleitung": render_pdf(_build(demo, LetterRequest("terminbegleitung"))),
    }


def test_every_font_is_embedded_and_none_is_a_standard_font(demo: Vault) -> None:
    for name, pdf in _sample_letters(demo).items():
        assert _font_problems(pdf) == [], name
        drawn = _drawn_fonts(pdf)
        assert drawn, name
        for font, embedded in drawn:
            assert embedded, (name, font)
            assert "DejaVuSans" in font, (name, font)
    assert "•" in _pages(_sample_letters(demo)["auskunft"])[0]  # the bullets are drawn


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_sees_only_embedded_fonts(demo: Vault, tmp_path: Path) -> None:
    for name, pdf in _sample_letters(demo).items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert listing, name
        for line in listing:
            columns = line.split()
            assert "DejaVuSans" in columns[0], (name, line)
            # name, type (one or two words), encoding, then emb sub uni
            assert columns[-5] == "yes", (name, line)


# --------------------------------------------------------------------------- geometry kept


def _left_marks(pdf: bytes, page_no: int) -> list[float]:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_no]
        height = page.get_height()
        marks = []
        for obj in page.get_objects():
            if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                _left, bottom, right, top = obj.get_bounds()
                if right < 15 * mm:
                    marks.append(round((height - (top + bottom) / 2) / mm, 1))
        page.close()
        return sorted(marks)
    finally:
        document.close()


def test_the_compact_letter_keeps_the_form_b_geometry(all_documents: LetterDoc) -> None:
    pdf = render_pdf(_first_rows(all_documents, 30))
    for page_no in range(4):
        assert _left_marks(pdf, page_no) == [105.0, 148.5, 210.0]
    for page_no in (0, 2):  # each copy's first sheet
        (subject,) = _boxes_mm(pdf, "Abgabe von Unterlagen", page_no)
        assert layout.SUBJECT_TOP_MM - 0.5 <= subject[1] <= layout.SUBJECT_TOP_MM + 3
        left, top, right, bottom = _boxes_mm(pdf, all_documents.recipient_lines[0], page_no)[0]
        assert left >= layout.ADDRESS_TEXT_LEFT_MM - 0.5
        assert right <= layout.ADDRESS_FIELD_LEFT_MM + layout.ADDRESS_FIELD_WIDTH_MM
        assert top >= layout.ADDRESS_ZONE_TOP_MM
        assert bottom <= layout.ADDRESS_FIELD_TOP_MM + layout.ADDRESS_FIELD_HEIGHT_MM


# --------------------------------------------------------------------------- column widths


def test_columns_give_room_to_the_document_names(all_documents: LetterDoc) -> None:
    from app.pdf.fonts import register_fonts

    table = _table(all_documents)
    planned = [w * mm for w in table.widths_mm]
    widths = layout.fit_columns(
        [table.header, *table.rows], planned, fonts=register_fonts(), size=8.5, padding=6
    )
    assert abs(sum(widths) - sum(planned)) < 0.01
    assert widths[1] > planned[1]  # "Unterlage" gains from "Zeitraum" and "Seiten"
    assert widths[2] < planned[2]
    # a table without wrapping text keeps its plan
    short = [("A", "B"), ("1", "2")]
    assert layout.fit_columns(short, [100.0, 200.0], fonts=register_fonts(), size=9, padding=6) == [
        100.0,
        200.0,
    ]
