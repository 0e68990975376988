"""Lay a :class:`LetterDoc` out as a DIN 5008 form B letter for a DL window envelope.

ReportLab Platypus, in memory: a first-page template (address field, information
block, fold and hole marks) and a later-page template (short header with
"Seite x von y"); the body flows over as many pages as it needs. Several copies
(the Eingangsbestätigung) are the whole letter again in the same PDF, each copy
numbered on its own and marked. All positions are millimetres from the top-left
corner of the sheet, as DIN 5008 states them.
"""

from __future__ import annotations

import re
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
SIGNATURE_SPACE_MM = 16.0
SIGNATURE_SPACE_RECEIPT_MM = 11.0  # a list with a receipt field: the stamp matters more
SIGNATURE_LINE_MM = 70.0
RECEIPT_HEIGHT_MM = 30.0

BODY_PT = 10.0
BODY_LEADING_PT = 13.5
SUBJECT_PT = 11.0

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
    selectors) left out, right-to-left stretches reversed (ReportLab draws left to
    right)."""
    text = printable(text)
    if any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in text):
        return visual_order(text)
    return text


# A norm stays on one line: "§ 84 Abs. 5 SGB X", "Art. 15 Abs. 3 DSGVO".
_TIE_AFTER = re.compile(r"(?<!\w)(§§?|Art\.|Abs\.|lit\.|Nr\.|Satz) (?=\S)")
_TIE_BEFORE = re.compile(r"(?<=[0-9a-z]) (Abs\.|lit\.|Nr\.|Satz|SGB|DSGVO|PAuswG|PassG)(?!\w)")
_TIE_CODE = re.compile(r"(?<=SGB) (?=(?:I|II|III|IX|X|XII)\b)")


def _tie(text: str) -> str:
    text = _TIE_AFTER.sub("\\1\u00a0", text)
    text = _TIE_BEFORE.sub("\u00a0\\1", text)
    return _TIE_CODE.sub("\u00a0", text)


def _markup(text: str) -> str:
    return escape(_shown(text))


def _body(text: str) -> str:
    return escape(_tie(_shown(text)))


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
    def __init__(self, doc: LetterDoc) -> None:
        self.doc = doc
        self.regular, self.bold = register_fonts()
        base = ParagraphStyle(
            "body",
            fontName=self.regular,
            fontSize=BODY_PT,
            leading=BODY_LEADING_PT,
            textColor=INK,
            spaceAfter=BODY_LEADING_PT * 0.6,
            bulletFontName=self.regular,  # ReportLab's default is Helvetica, not embedded
        )
        self.body = base
        self.subject = ParagraphStyle(
            "subject", parent=base, fontName=self.bold, fontSize=SUBJECT_PT, leading=14,
            spaceAfter=BODY_LEADING_PT * 1.2,
        )  # fmt: skip
        self.bullet = ParagraphStyle(
            "bullet", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=2
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=0)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=self.bold)
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=0)

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
        line = _shown(self.doc.return_line)
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
            text = _shown(f"{self.doc.signature_name} · {self.doc.subject}")
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
    def _table(self, block: Table) -> RLTable:
        data = [[RLParagraph(_markup(h), self.head) for h in block.header]]
        data += [[RLParagraph(_markup(cell), self.cell) for cell in row] for row in block.rows]
        table = RLTable(data, colWidths=[w * mm for w in block.widths_mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.regular),
                    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        table.spaceAfter = BODY_LEADING_PT * 0.8
        return table

    def _receipt(self) -> Flowable:
        title = RLParagraph("<b>Eingang bestätigt</b> (Jobcenter)", self.cell)
        labels = [RLParagraph(text, self.small) for text in ("Datum", "Stempel", "Unterschrift")]
        third = BODY_WIDTH_MM / 3 * mm
        table = RLTable(
            [[title, "", ""], labels],
            colWidths=[third, third, third],
            rowHeights=[7 * mm, RECEIPT_HEIGHT_MM * mm],
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
        return table

    def _signature(self) -> list[Flowable]:
        space = SIGNATURE_SPACE_RECEIPT_MM if self.doc.receipt_field else SIGNATURE_SPACE_MM
        line = RLTable([[""]], colWidths=[SIGNATURE_LINE_MM * mm], rowHeights=[space * mm])
        line.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.regular),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, INK),
                ]
            )
        )
        line.hAlign = "LEFT"
        return [
            RLParagraph(_markup(self.doc.closing), self.body),
            line,
            RLParagraph(_markup(self.doc.signature_name), self.small),
        ]

    def story(self, copy: int) -> list[Flowable]:
        doc = self.doc
        flow: list[Flowable] = [NextPageTemplate(f"later{copy}")]
        flow.append(RLParagraph(_body(doc.subject), self.subject))
        flow.append(RLParagraph(_markup(doc.salutation), self.body))
        last: list[Flowable] = []
        for block in doc.blocks:
            flow.extend(last)
            if isinstance(block, Paragraph):
                last = [RLParagraph(_body(block.text), self.body)]
            elif isinstance(block, Bullets):
                last = [RLParagraph(_body(i), self.bullet, bulletText="•") for i in block.items]
                if last:
                    last[-1].style = ParagraphStyle(
                        "last", parent=self.bullet, spaceAfter=self.body.spaceAfter
                    )
            else:
                last = [self._table(block)]
        if doc.receipt_field:
            # the stamp goes on the page with the list where it fits, the signature may follow
            flow.extend(last)
            flow.append(KeepTogether([Spacer(0, 2 * mm), self._receipt(), Spacer(0, 4 * mm)]))
            last = []
        # the last paragraph goes with the signature: no greeting alone on a page
        flow.append(KeepTogether([*last, *self._signature()]))
        if doc.enclosures:
            lines = [RLParagraph("<b>Anlagen</b>", self.small)]
            lines += [RLParagraph(_markup(e), self.small, bulletText="–") for e in doc.enclosures]
            flow.append(KeepTogether([Spacer(0, 5 * mm), *lines]))
        return flow


def render_pdf(doc: LetterDoc) -> bytes:
    """The letter as PDF bytes (A4, DIN 5008 form B); nothing touches the disk."""
    renderer = _Renderer(doc)
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
    return buffer.getvalue()
