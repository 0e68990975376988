"""Lay a :class:`LetterDoc` out as a DIN 5008 form B letter for a DL window envelope.

ReportLab Platypus, in memory: a first-page template (address field, information
block, fold and hole marks) and a later-page template (short header with
"Seite x von y"); the body flows over as many pages as it needs. Several copies
(the Eingangsbestätigung) are the whole letter again in the same PDF, each copy
numbered on its own and marked, each starting on a sheet of its own; with a
receipt field the spacing is tighter so that a copy fits one sheet. The ending
(greeting, signature, enclosures, receipt field) never stands alone on a page: the
last table rows or the last lines of the last paragraph go with it. Every glyph is
drawn in the embedded DejaVu fonts. All positions are millimetres from the top-left
corner of the sheet, as DIN 5008 states them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LayoutError,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus.doctemplate import NullActionFlowable
from reportlab.platypus.flowables import _FUZZ, _listWrapOn
from reportlab.platypus.tables import TableStyle

from app.letters.model import Bullets, LetterDoc, LetterError, Paragraph, Table
from app.pdf.fonts import printable, register_fonts
from app.pdf.text import visual_order

# --- the sheet (mm) -------------------------------------------------------------
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
LEFT_MARGIN_MM = 25.0  # text and the address start here (Fluchtlinie)
RIGHT_MARGIN_MM = 20.0
BOTTOM_MARGIN_MM = 20.0

# Address field of form B: 20 mm from the left, 45 mm from the top, 85 x 45 mm,
# the return-address line at its top, the address itself in the lower 27.3 mm.
ADDRESS_FIELD_LEFT_MM = 20.0
ADDRESS_FIELD_TOP_MM = 45.0
ADDRESS_FIELD_WIDTH_MM = 85.0
ADDRESS_FIELD_HEIGHT_MM = 45.0
ADDRESS_TEXT_LEFT_MM = 25.0
ADDRESS_TEXT_RIGHT_MM = ADDRESS_FIELD_LEFT_MM + ADDRESS_FIELD_WIDTH_MM - 2.0
RETURN_LINE_BASELINE_MM = ADDRESS_FIELD_TOP_MM + 4.5
ADDRESS_ZONE_TOP_MM = ADDRESS_FIELD_TOP_MM + 17.7
ADDRESS_ZONE_HEIGHT_MM = 27.3
ADDRESS_SIZES_PT = (10.0, 9.0, 8.0)  # tried in turn until the address fits the zone
ADDRESS_ZONE_LINES = 6
RETURN_FONT_PT = 7.0
RETURN_MIN_FONT_PT = 5.5

# Sender above the information block, both on the right.
SENDER_LEFT_MM = 125.0
SENDER_TOP_MM = 17.0
INFO_LEFT_MM = 125.0
INFO_TOP_MM = 50.0
INFO_VALUE_LEFT_MM = 158.0
INFO_LINE_MM = 4.6
INFO_LABEL_PT = 7.5
INFO_VALUE_PT = 9.0
DATE_LABEL = "Datum"  # the row printed last in the information block
INFO_ORDER = (
    "Kundennummer",
    "BG-Nummer",
    "Ihr Zeichen",
    "Ihre Nachricht vom",
    "Mein Schreiben vom",
)

# Marks at the left edge: fold marks for a DL envelope and the hole mark.
FOLD_MARKS_MM = (105.0, 210.0)
HOLE_MARK_MM = 148.5
MARK_LEFT_MM = 3.0
FOLD_MARK_LENGTH_MM = 5.0
HOLE_MARK_LENGTH_MM = 8.0

SUBJECT_TOP_MM = 98.5  # form B: subject line at 98.46 mm
COPY_LABEL_TOP_MM = 10.0
LATER_HEADER_TOP_MM = 12.0
LATER_BODY_TOP_MM = 22.0
SIGNATURE_LINE_MM = 70.0
# What always stands on the page of the closing: the last rows of a table, the whole
# last paragraph when it is short, else its last lines.
ENDING_KEEP_ROWS = 2
ENDING_KEEP_LINES = 3
ENDING_WHOLE_PARAGRAPH_LINES = 4


@dataclass(frozen=True)
class Spacing:
    """Type sizes and spaces of the flowing part of a letter (points unless ``_mm``)."""

    body_pt: float
    body_leading: float
    paragraph_after: float
    subject_pt: float
    subject_leading: float
    subject_after: float
    cell_pt: float
    cell_leading: float
    cell_padding_top: float
    cell_padding_bottom: float
    cell_padding_side: float
    table_after: float
    signature_space_mm: float
    receipt_gap_mm: float
    receipt_title_mm: float
    receipt_height_mm: float


REGULAR_SPACING = Spacing(
    body_pt=10.0, body_leading=13.5, paragraph_after=8.1,
    subject_pt=11.0, subject_leading=14.0, subject_after=16.2,
    cell_pt=9.0, cell_leading=11.0,
    cell_padding_top=2.0, cell_padding_bottom=3.0, cell_padding_side=4.0,
    table_after=10.8, signature_space_mm=16.0,
    receipt_gap_mm=5.0, receipt_title_mm=7.0, receipt_height_mm=30.0,
)  # fmt: skip
# The Eingangsbestätigung (a list with a receipt field) must fit one sheet per copy
# with a dozen documents: tighter, still readable (body 9.5 pt, table 8.5 pt), and a
# receipt field that still takes a stamp (about 55 x 23 mm).
COMPACT_SPACING = Spacing(
    body_pt=9.5, body_leading=12.0, paragraph_after=5.5,
    subject_pt=10.5, subject_leading=13.0, subject_after=10.0,
    cell_pt=8.5, cell_leading=10.0,
    cell_padding_top=1.5, cell_padding_bottom=2.0, cell_padding_side=3.0,
    table_after=6.0, signature_space_mm=10.0,
    receipt_gap_mm=4.0, receipt_title_mm=6.0, receipt_height_mm=23.0,
)  # fmt: skip
# Only when the compact spacing leaves a copy on two sheets: the least that is still
# readable (body 9 pt, table 8.5 pt) and a receipt field of about 55 x 22 mm.
TIGHT_SPACING = Spacing(
    body_pt=9.0, body_leading=11.2, paragraph_after=4.5,
    subject_pt=10.0, subject_leading=12.5, subject_after=8.0,
    cell_pt=8.5, cell_leading=9.6,
    cell_padding_top=1.0, cell_padding_bottom=1.6, cell_padding_side=2.5,
    table_after=4.5, signature_space_mm=9.0,
    receipt_gap_mm=3.0, receipt_title_mm=5.5, receipt_height_mm=22.0,
)  # fmt: skip
SMALL_PT = 8.5

COPY_LABELS = ("Exemplar für das Jobcenter", "Exemplar für mich")
INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#888888")

PAGE_HEIGHT = PAGE_HEIGHT_MM * mm
BODY_WIDTH_MM = PAGE_WIDTH_MM - LEFT_MARGIN_MM - RIGHT_MARGIN_MM


def _y(top_mm: float) -> float:
    """ReportLab's y (points from the bottom) for a distance from the top in mm."""
    return float(PAGE_HEIGHT - top_mm * mm)


def _shown(text: str) -> str:
    """Text as drawn: invisible characters the font lacks (zero-width joiner, variation
    selectors) left out, right-to-left stretches (an Arabic name or street) turned
    around and their letters joined (ReportLab draws left to right and does not join;
    see :func:`visual_order`)."""
    text = printable(text)
    if any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in text):
        return visual_order(text)
    return text


def _shown_fields(line: str) -> str:
    """A line of fields joined by " · " (the return address: name · street · town), each
    field drawn on its own: an Arabic name and an Arabic street are not turned around
    together, the house number stays with its street."""
    return " · ".join(_shown(field) for field in line.split(" · "))


# A norm stays on one line: "§ 84 Abs. 5 SGB X", "Art. 15 Abs. 3 DSGVO".
_TIE_AFTER = re.compile(r"(?<!\w)(§§?|Art\.|Abs\.|lit\.|Nr\.|Satz) (?=\S)")
_TIE_BEFORE = re.compile(r"(?<=[0-9a-z]) (Abs\.|lit\.|Nr\.|Satz|SGB|DSGVO|PAuswG|PassG)(?!\w)")
_TIE_CODE = re.compile(r"(?<=SGB) (?=(?:I|II|III|IX|X|XII)\b)")


def tie_norms(text: str) -> str:
    """No line break inside a norm: „§ 84 Abs. 5 SGB X“ stays on one line."""
    text = _TIE_AFTER.sub("\\1\u00a0", text)
    text = _TIE_BEFORE.sub("\u00a0\\1", text)
    return _TIE_CODE.sub("\u00a0", text)


def _markup(text: str) -> str:
    return escape(_shown(text))


def _body(text: str) -> str:
    return escape(tie_norms(_shown(text)))


def _fit(lines: list[str], font: str, size: float, minimum: float, width: float) -> float:
    """The largest size (in 0.5 pt steps, not below ``minimum``) at which all lines fit."""
    while size > minimum and any(stringWidth(line, font, size) > width for line in lines):
        size -= 0.5
    return size


def info_rows(info: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The information block as printed, in the order of DIN 5008 form B: the
    references first (Kundennummer, BG-Nummer, Ihr Zeichen, Ihre Nachricht vom, Mein
    Schreiben vom), any other row after them in the order given, the date last."""

    def rank(row: tuple[str, str]) -> int:
        if row[0] == DATE_LABEL:
            return len(INFO_ORDER) + 1
        return INFO_ORDER.index(row[0]) if row[0] in INFO_ORDER else len(INFO_ORDER)

    return sorted(info, key=rank)  # stable: rows of one rank keep their order


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps pages until the end so that each copy's pages can say "Seite x von y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # ReportLab opens every page with "BT /F1 12 Tf ET" in its initial font, which is
        # Helvetica unless told otherwise: a standard font the PDF would not embed.
        regular, _bold = register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or regular
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.letter_copy = 0
        self.letter_font = regular
        self.letter_number_top = LATER_HEADER_TOP_MM

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._pages:
            totals[state["letter_copy"]] = totals.get(state["letter_copy"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            copy = state["letter_copy"]
            seen[copy] = seen.get(copy, 0) + 1
            if seen[copy] > 1:
                font = self.letter_font
                self.saveState()
                self.setFont(font, 8)
                self.setFillColor(MUTED)
                self.drawRightString(
                    (PAGE_WIDTH_MM - RIGHT_MARGIN_MM) * mm,
                    _y(self.letter_number_top),
                    f"Seite {seen[copy]} von {totals[copy]}",
                )
                self.restoreState()
            super().showPage()
        super().save()


class _Renderer:
    def __init__(self, doc: LetterDoc, spacing: Spacing) -> None:
        self.doc = doc
        self.regular, self.bold = register_fonts()
        self.spacing = sp = spacing
        base = ParagraphStyle(
            "body",
            fontName=self.regular,
            fontSize=sp.body_pt,
            leading=sp.body_leading,
            textColor=INK,
            spaceAfter=sp.paragraph_after,
            bulletFontName=self.regular,  # ReportLab's default is Helvetica, not embedded
            bulletFontSize=sp.body_pt,
        )
        self.body = base
        self.subject = ParagraphStyle(
            "subject", parent=base, fontName=self.bold, fontSize=sp.subject_pt,
            leading=sp.subject_leading, spaceAfter=sp.subject_after,
        )  # fmt: skip
        self.bullet = ParagraphStyle(
            "bullet", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=2
        )
        self.last_bullet = ParagraphStyle("last", parent=self.bullet, spaceAfter=base.spaceAfter)
        self.cell = ParagraphStyle(
            "cell", parent=base, fontSize=sp.cell_pt, leading=sp.cell_leading, spaceAfter=0
        )
        self.head = ParagraphStyle("head", parent=self.cell, fontName=self.bold)
        self.name = ParagraphStyle("name", parent=base, spaceAfter=0)
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=SMALL_PT, leading=SMALL_PT * 1.25, spaceAfter=0
        )

    # --- fixed parts, drawn by the page templates ---------------------------------
    def _marks(self, c: Canvas) -> None:
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        for top in FOLD_MARKS_MM:
            c.line(MARK_LEFT_MM * mm, _y(top), (MARK_LEFT_MM + FOLD_MARK_LENGTH_MM) * mm, _y(top))
        c.line(
            MARK_LEFT_MM * mm,
            _y(HOLE_MARK_MM),
            (MARK_LEFT_MM + HOLE_MARK_LENGTH_MM) * mm,
            _y(HOLE_MARK_MM),
        )

    def _copy_label(self, c: Canvas, copy: int) -> None:
        if self.doc.copies < 2:
            return
        label = COPY_LABELS[copy] if copy < len(COPY_LABELS) else f"Exemplar {copy + 1}"
        c.setFont(self.bold, 9)
        c.setFillColor(INK)
        c.drawString(LEFT_MARGIN_MM * mm, _y(COPY_LABEL_TOP_MM), label)

    def _address(self, c: Canvas) -> None:
        width = (ADDRESS_TEXT_RIGHT_MM - ADDRESS_TEXT_LEFT_MM) * mm
        # return-address line: small, one line, at the top of the field
        line = _shown_fields(self.doc.return_line)
        size = _fit([line], self.regular, RETURN_FONT_PT, RETURN_MIN_FONT_PT, width)
        while stringWidth(line, self.regular, size) > width and len(line) > 4:
            line = line[:-2].rstrip() + "…"
        c.setFont(self.regular, size)
        c.setFillColor(MUTED)
        c.drawString(ADDRESS_TEXT_LEFT_MM * mm, _y(RETURN_LINE_BASELINE_MM), line)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        underline = _y(RETURN_LINE_BASELINE_MM) - 1.2
        c.line(
            ADDRESS_TEXT_LEFT_MM * mm,
            underline,
            ADDRESS_TEXT_LEFT_MM * mm + stringWidth(line, self.regular, size),
            underline,
        )

        lines = [_shown(text) for text in self.doc.recipient_lines]
        # A long line (an authority's name, "z. Hd. ...") wraps while the zone has room;
        # only then does the whole address get smaller.
        for size in ADDRESS_SIZES_PT:
            wrapped = self._wrap(lines, size, width)
            if len(wrapped) <= ADDRESS_ZONE_LINES:
                break
        leading = size * 1.2
        zone = ADDRESS_ZONE_HEIGHT_MM * mm
        if leading * len(wrapped) > zone:
            leading = zone / len(wrapped)
            size = min(size, leading / 1.15)
        c.setFont(self.regular, size)
        c.setFillColor(INK)
        y = _y(ADDRESS_ZONE_TOP_MM) - size
        for text in wrapped:
            c.drawString(ADDRESS_TEXT_LEFT_MM * mm, y, text)
            y -= leading

    def _wrap(self, lines: list[str], size: float, width: float) -> list[str]:
        wrapped: list[str] = []
        for text in lines:
            wrapped.extend(simpleSplit(text, self.regular, size, width) or [""])
        return wrapped

    def _sender(self, c: Canvas) -> None:
        width = (PAGE_WIDTH_MM - RIGHT_MARGIN_MM - SENDER_LEFT_MM) * mm
        y = _y(SENDER_TOP_MM)
        for index, text in enumerate(self.doc.sender_lines):
            font = self.bold if index == 0 else self.regular
            shown = _shown(text)
            size = _fit([shown], font, 10.0 if index == 0 else 9.0, 7.0, width)
            c.setFont(font, size)
            c.setFillColor(INK)
            c.drawString(SENDER_LEFT_MM * mm, y, shown)
            y -= 4.4 * mm

    def _info(self, c: Canvas) -> None:
        y = _y(INFO_TOP_MM)
        value_width = (PAGE_WIDTH_MM - RIGHT_MARGIN_MM + 8 - INFO_VALUE_LEFT_MM) * mm
        for label, value in info_rows(self.doc.info):
            c.setFont(self.regular, INFO_LABEL_PT)
            c.setFillColor(MUTED)
            c.drawString(INFO_LEFT_MM * mm, y, label)
            shown = _shown(value)
            size = _fit([shown], self.regular, INFO_VALUE_PT, 6.5, value_width)
            c.setFont(self.regular, size)
            c.setFillColor(INK)
            c.drawString(INFO_VALUE_LEFT_MM * mm, y, shown)
            y -= INFO_LINE_MM * mm

    def first_page(self, copy: int) -> Any:
        def draw(c: Canvas, _doc: Any) -> None:
            c.saveState()
            c.letter_copy = copy
            c.letter_font = self.regular
            self._marks(c)
            self._copy_label(c, copy)
            self._sender(c)
            self._address(c)
            self._info(c)
            c.restoreState()

        return draw

    def later_page(self, copy: int) -> Any:
        def draw(c: Canvas, _doc: Any) -> None:
            c.saveState()
            c.letter_copy = copy
            c.letter_font = self.regular
            self._marks(c)
            self._copy_label(c, copy)
            text = _shown_fields(f"{self.doc.signature_name} · {self.doc.subject}")
            width = (BODY_WIDTH_MM - 30) * mm
            while stringWidth(text, self.regular, 8) > width and len(text) > 4:
                text = text[:-2].rstrip() + "…"
            c.setFont(self.regular, 8)
            c.setFillColor(MUTED)
            top = LATER_HEADER_TOP_MM + (4.0 if self.doc.copies > 1 else 0.0)
            c.letter_number_top = top
            c.drawString(LEFT_MARGIN_MM * mm, _y(top), text)
            c.restoreState()

        return draw

    # --- the flowing part --------------------------------------------------------
    def _table_maker(self, block: Table) -> _TableMaker:
        sp = self.spacing
        header = [RLParagraph(_markup(h), self.head) for h in block.header]
        rows = [[RLParagraph(_markup(cell), self.cell) for cell in row] for row in block.rows]
        widths = fit_columns(
            [block.header, *block.rows],
            [w * mm for w in block.widths_mm],
            fonts=(self.regular, self.bold),
            size=sp.cell_pt,
            padding=2 * sp.cell_padding_side,
        )
        style = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.regular, sp.cell_pt),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), sp.cell_padding_top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), sp.cell_padding_bottom),
                ("LEFTPADDING", (0, 0), (-1, -1), sp.cell_padding_side),
                ("RIGHTPADDING", (0, 0), (-1, -1), sp.cell_padding_side),
            ]
        )
        return _TableMaker(header, rows, widths, style, sp.table_after)

    def _receipt(self) -> list[Flowable]:
        sp = self.spacing
        title = RLParagraph("<b>Eingang bestätigt</b> (Jobcenter)", self.cell)
        labels = [RLParagraph(text, self.small) for text in ("Datum", "Stempel", "Unterschrift")]
        third = BODY_WIDTH_MM / 3 * mm
        table = RLTable(
            [[title, "", ""], labels],
            colWidths=[third, third, third],
            rowHeights=[sp.receipt_title_mm * mm, sp.receipt_height_mm * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.regular),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BOX", (0, 0), (-1, -1), 0.8, INK),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                    ("LINEBEFORE", (1, 1), (-1, 1), 0.4, RULE),
                    ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ]
            )
        )
        return [Spacer(0, sp.receipt_gap_mm * mm), table]

    def _signature(self) -> list[Flowable]:
        space = self.spacing.signature_space_mm
        line = RLTable([[""]], colWidths=[SIGNATURE_LINE_MM * mm], rowHeights=[space * mm])
        line.setStyle(
            TableStyle(
                [("FONT", (0, 0), (-1, -1), self.regular), ("LINEBELOW", (0, 0), (-1, -1), 0.6, INK)]
            )
        )  # fmt: skip
        line.hAlign = "LEFT"
        return [
            RLParagraph(_markup(self.doc.closing), self.body),
            line,
            RLParagraph(_markup(self.doc.signature_name), self.name),
        ]

    def _ending(self) -> list[Flowable]:
        """What closes the letter: greeting, signature, enclosures, the receipt field."""
        doc = self.doc
        ending = self._signature()
        if doc.enclosures:
            ending += [Spacer(0, 5 * mm), RLParagraph("<b>Anlagen</b>", self.small)]
            ending += [RLParagraph(_markup(e), self.small, bulletText="–") for e in doc.enclosures]
        if doc.receipt_field:
            # below the signature: the Jobcenter's part of the sheet ("bestätigen Sie unten")
            ending += self._receipt()
        return ending

    def story(self, copy: int) -> list[Flowable]:
        doc = self.doc
        flow: list[Flowable] = [NextPageTemplate(f"later{copy}")]
        flow.append(RLParagraph(_body(doc.subject), self.subject))
        flow.append(RLParagraph(_markup(doc.salutation), self.body))
        blocks = list(doc.blocks)
        last = blocks.pop() if blocks else None
        for block in blocks:
            flow.extend(self._block(block))
        # The ending never stands alone on a page: the last paragraph, the last list
        # items or the last table rows go with it.
        ending = self._ending()
        piece: _Rows | _Lines | None = None
        if isinstance(last, Table):
            piece = _Rows(self._table_maker(last))
        elif last is not None:
            parts = self._block(last)  # a paragraph, or the items of a list
            if parts:
                flow.extend(parts[:-1])
                piece = _Lines(parts[-1])
        flow.append(_KeepWithEnding(piece, ending) if piece else KeepTogether(ending))
        return flow

    def _block(self, block: Paragraph | Bullets | Table) -> list[Flowable]:
        if isinstance(block, Paragraph):
            return [RLParagraph(_body(block.text), self.body)]
        if isinstance(block, Bullets):
            items = [RLParagraph(_body(i), self.bullet, bulletText="•") for i in block.items]
            if items:
                items[-1].style = self.last_bullet
            return list(items)
        return [self._table_maker(block).make(None)]


def _best_move(
    units: list[int],
    floor: list[int],
    wrapping: list[int],
    cost: Callable[[list[int]], int],
    best: int,
) -> tuple[int, list[int]] | None:
    """The move of width to a wrapping column that makes the table shortest, if any."""
    found: tuple[int, list[int]] | None = None
    for taker in wrapping:
        for giver in range(len(units)):
            if giver == taker:
                continue
            for move in range(1, units[giver] - floor[giver] + 1):
                trial = list(units)
                trial[taker] += move
                trial[giver] -= move
                value = cost(trial)
                if value < best and (found is None or value < found[0]):
                    found = (value, trial)
    return found


def fit_columns(
    rows: list[tuple[str, ...]],
    widths: list[float],
    *,
    fonts: tuple[str, str],
    size: float,
    padding: float,
) -> list[float]:
    """Column widths (points) for a table whose first row is the header.

    Starts from the planned widths and moves width, in millimetre steps, from one
    column to another while that makes the table shorter (fewer lines in all): a
    column of short entries ("–", "Kopie") gives room to the document names. No
    column gets narrower than its longest word; the total stays the same.
    """
    regular, bold = fonts
    count = len(widths)
    texts = [[_shown(row[c]) if c < len(row) else "" for c in range(count)] for row in rows]

    def font(index: int) -> str:
        return bold if index == 0 else regular

    least = [
        max(
            (stringWidth(w, font(r), size) for r, row in enumerate(texts) for w in row[c].split()),
            default=0.0,
        )
        + padding
        + 1
        for c in range(count)
    ]
    if sum(least) > sum(widths):
        return list(widths)
    step = float(mm)
    units = [
        max(int(w // step), math.ceil(low / step)) for w, low in zip(widths, least, strict=True)
    ]
    floor = [math.ceil(low / step) for low in least]
    while sum(units) > sum(widths) // step:  # rounding up a narrow column took a unit
        widest = max(range(count), key=lambda c: units[c] - floor[c])
        if units[widest] <= floor[widest]:
            return list(widths)
        units[widest] -= 1
    cache: dict[tuple[int, int], list[int]] = {}

    def lines(col: int, width_units: int) -> list[int]:
        key = (col, width_units)
        if key not in cache:
            inner = width_units * step - padding
            cache[key] = [
                max(1, len(simpleSplit(row[col], font(r), size, inner)))
                for r, row in enumerate(texts)
            ]
        return cache[key]

    def cost(alloc: list[int]) -> int:
        columns = [lines(c, alloc[c]) for c in range(count)]
        return sum(max(col[r] for col in columns) for r in range(len(texts)))

    best = cost(units)
    for _round in range(4 * count):
        wrapping = [c for c in range(count) if max(lines(c, units[c])) > 1]
        found = _best_move(units, floor, wrapping, cost, best)
        if found is None:
            break
        best, units = found
    fitted = [u * step for u in units]
    rest = sum(widths) - sum(fitted)
    planned = sum(widths) or 1.0
    return [f + rest * w / planned for f, w in zip(fitted, widths, strict=True)]


@dataclass
class _TableMaker:
    """Makes the table (or a run of its rows, under the repeated header)."""

    header: list[Any]
    rows: list[list[Any]]
    widths: list[float]
    style: TableStyle
    space_after: float

    def make(self, rows: list[list[Any]] | None) -> RLTable:
        body = self.rows if rows is None else rows
        table = RLTable([self.header, *body], colWidths=self.widths, repeatRows=1)
        table.setStyle(self.style)
        table.spaceAfter = self.space_after
        return table


class _Rows:
    """The rows of the letter's last table, for :class:`_KeepWithEnding`."""

    def __init__(self, maker: _TableMaker) -> None:
        self.maker = maker

    def whole(self) -> Flowable:
        return self.maker.make(None)

    def measure(self, avail_width: float, avail_height: float) -> tuple[float, list[float]]:
        """The fixed height (the header) and the height of each row."""
        table = self.maker.make(None)
        table.wrap(avail_width, avail_height)
        heights = [float(h) for h in table._rowHeights]
        return heights[0], heights[1:]

    def keep(self, count: int) -> int:
        return min(count, ENDING_KEEP_ROWS)

    def cut(self, count: int, avail_width: float) -> tuple[Flowable, _Rows]:
        rows = self.maker.rows
        rest = replace(self.maker, rows=rows[count:])
        return self.maker.make(rows[:count]), _Rows(rest)


class _Lines:
    """The lines of the letter's last paragraph (or list item), for :class:`_KeepWithEnding`."""

    def __init__(self, paragraph: Flowable) -> None:
        self.paragraph = paragraph

    def whole(self) -> Flowable:
        return self.paragraph

    def measure(self, avail_width: float, avail_height: float) -> tuple[float, list[float]]:
        _w, height = self.paragraph.wrap(avail_width, avail_height)
        leading = float(self.paragraph.style.leading)
        count = max(1, round(height / leading))
        return 0.0, [leading] * count

    def keep(self, count: int) -> int:
        return count if count <= ENDING_WHOLE_PARAGRAPH_LINES else ENDING_KEEP_LINES

    def cut(self, count: int, avail_width: float) -> tuple[Flowable, _Lines] | None:
        leading = float(self.paragraph.style.leading)
        self.paragraph.wrap(avail_width, 0xFFFFFF)
        parts = self.paragraph.split(avail_width, count * leading + _FUZZ)
        if len(parts) != 2:
            return None
        return parts[0], _Lines(parts[1])


class _KeepWithEnding(Flowable):  # type: ignore[misc]
    """The letter's last table or paragraph and its ending (greeting, signature,
    enclosures, receipt field), so that no page holds only the ending: at least the
    last rows of the table (header repeated) or the last lines of the paragraph stand
    on its page. Splits the table or the paragraph itself where it must."""

    def __init__(self, piece: _Rows | _Lines, ending: list[Flowable]) -> None:
        super().__init__()
        self.piece = piece
        self.ending = ending

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # always asked to split, like KeepTogether

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        whole = self.piece.whole()
        _w, height = _listWrapOn([whole, *self.ending], avail_width, self.canv)
        if height <= avail_height + _FUZZ:
            return [whole, *self.ending]
        fixed, units = self.piece.measure(avail_width, avail_height)
        used, fit = fixed, 0
        for unit in units:
            if used + unit > avail_height + _FUZZ:
                break
            used += unit
            fit += 1
        here = min(fit, len(units) - self.piece.keep(len(units)))
        if here >= (1 if at_top else min(2, len(units))):  # no lone row or line at the foot
            cut = self.piece.cut(here, avail_width)
            if cut is not None:
                first, rest = cut
                return [first, _KeepWithEnding(rest, self.ending)]
        if not at_top:
            return []  # all of it on the next page
        # Not even the last rows or lines and the ending fit on an empty page: let the
        # table or paragraph flow; the ending at least stays in one piece.
        return [NullActionFlowable(), whole, KeepTogether(self.ending)]


def render_pdf(doc: LetterDoc) -> bytes:
    """The letter as PDF bytes (A4, DIN 5008 form B); nothing touches the disk.

    A letter with a receipt field is tried with the compact spacing, then the tight
    one, and takes the first with which each copy fits on one sheet (the compact one
    when neither does: then the list flows over to a second sheet per copy).
    """
    copies = max(1, doc.copies)
    spacings = (COMPACT_SPACING, TIGHT_SPACING) if doc.receipt_field else (REGULAR_SPACING,)
    first: bytes | None = None
    for spacing in spacings:
        pdf, pages = _build(doc, spacing)
        if pages <= copies:
            return pdf
        first = first or pdf
    assert first is not None
    return first


def _build(doc: LetterDoc, spacing: Spacing) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    renderer = _Renderer(doc, spacing)
    buffer = BytesIO()
    width = BODY_WIDTH_MM * mm
    first_frame = Frame(
        LEFT_MARGIN_MM * mm,
        BOTTOM_MARGIN_MM * mm,
        width,
        _y(SUBJECT_TOP_MM) - BOTTOM_MARGIN_MM * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="first",
    )
    later_frame = Frame(
        LEFT_MARGIN_MM * mm,
        BOTTOM_MARGIN_MM * mm,
        width,
        _y(LATER_BODY_TOP_MM + (4.0 if doc.copies > 1 else 0.0)) - BOTTOM_MARGIN_MM * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="later",
    )
    copies = max(1, doc.copies)
    templates: list[PageTemplate] = []
    for copy in range(copies):
        templates.append(
            PageTemplate(id=f"first{copy}", frames=[first_frame], onPage=renderer.first_page(copy))
        )
        templates.append(
            PageTemplate(id=f"later{copy}", frames=[later_frame], onPage=renderer.later_page(copy))
        )
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=templates,
        title=doc.subject,
        author=doc.signature_name,
        creator="Amtstagebuch",
        initialFontName=renderer.regular,
        leftMargin=LEFT_MARGIN_MM * mm,
        rightMargin=RIGHT_MARGIN_MM * mm,
        bottomMargin=BOTTOM_MARGIN_MM * mm,
    )
    story: list[Flowable] = []
    for copy in range(copies):
        if copy:
            story += [NextPageTemplate(f"first{copy}"), PageBreak()]
        story += renderer.story(copy)
    try:
        template.build(story, canvasmaker=_NumberedCanvas)
    except LayoutError:
        raise LetterError(
            "Ein Teil des Briefs ist zu groß für eine Seite. Bitte kürzen Sie die längste "
            "Angabe oder teilen Sie sie auf mehrere Zeilen auf."
        ) from None
    return buffer.getvalue(), len(template.canv._pages)
