"""The printed sheet with the recovery code, made when a diary is created.

The PDF is built in memory and handed back as bytes: the code must never land in a
file the person did not choose, not even a temporary one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from app.pdf.fonts import printable, register_fonts
from app.pdf.text import visual_order
from app.vault.crypto import recovery_code_groups

TITLE = "Wiederherstellungscode für Ihr Amtstagebuch"

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#8c959f")
PANEL = colors.HexColor("#f3f4f6")

# Longer names or folders are shortened in the middle rather than pushing the
# write-on line onto a second page.
LONGEST_SHOWN = 160


def groups(code: str) -> list[str]:
    """The 8 groups of 4 symbols of a recovery code, numbered 1 to 8 on the sheet.

    Raises ``ValueError`` for anything that is not a recovery code.
    """
    return recovery_code_groups(code)


@dataclass(frozen=True)
class _Sizes:
    body: float
    leading: float
    gap: float  # space before a heading, in points
    code_row: float  # height of one row of the code block, in points


_NORMAL = _Sizes(body=10.5, leading=14.5, gap=10, code_row=24 * mm)
_COMPACT = _Sizes(body=9.5, leading=12.5, gap=6, code_row=20 * mm)


class CodeBlock(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The code in two rows of four groups, a number under each group.

    Each group is drawn as one string (so a PDF reader copies it as "ABCD") with
    wide letter spacing, which makes it easy to copy by hand. The numbers let the
    program ask a person to read back, say, "Gruppe 3 und 6".
    """

    per_row = 4
    padding = 6 * mm
    symbol_size = 22.0
    letter_space = 1.8 * mm
    number_size = 9.0

    def __init__(self, code_groups: list[str], regular: str, bold: str, row: float) -> None:
        super().__init__()
        self.code_groups = code_groups
        self.regular = regular
        self.bold = bold
        self.row = row
        rows = -(-len(code_groups) // self.per_row)
        self.block_height = 2 * self.padding + rows * row
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.block_height

    def draw(self) -> None:
        c: Any = self.canv
        c.saveState()
        c.setFillColor(PANEL)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.roundRect(0, 0, self.width, self.block_height, 3 * mm, stroke=1, fill=1)

        column = (self.width - 2 * self.padding) / self.per_row
        for index, group in enumerate(self.code_groups):
            row, col = divmod(index, self.per_row)
            centre = self.padding + (col + 0.5) * column
            top = self.block_height - self.padding - row * self.row
            baseline = top - 0.45 * self.row

            # Letter spacing follows each letter, the last one included: the text
            # starts half a space further left so the group stays centred.
            width = stringWidth(group, self.bold, self.symbol_size)
            width += len(group) * self.letter_space
            text = c.beginText(centre - width / 2 + self.letter_space / 2, baseline)
            text.setFont(self.bold, self.symbol_size)
            text.setCharSpace(self.letter_space)
            text.setFillColor(INK)
            text.textOut(group)
            text.setCharSpace(0)  # the spacing would otherwise stay for the labels
            c.drawText(text)

            underline = baseline - 2.5 * mm
            half = (width - self.letter_space) / 2 + 1.5 * mm
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.line(centre - half, underline, centre + half, underline)
            c.setFillColor(MUTED)
            c.setFont(self.regular, self.number_size)
            c.drawCentredString(centre, underline - 4.5 * mm, f"Gruppe {index + 1}")
        c.restoreState()


class WriteLines(Flowable):  # type: ignore[misc]
    """A label and ruled lines to write on by hand."""

    spacing = 10 * mm

    def __init__(self, label: str, font: str, size: float, lines: int = 2) -> None:
        super().__init__()
        self.label = label
        self.font = font
        self.size = size
        self.lines = lines
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.lines * self.spacing

    def draw(self) -> None:
        c: Any = self.canv
        c.saveState()
        c.setFillColor(INK)
        c.setFont(self.font, self.size)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        label_width = stringWidth(self.label, self.font, self.size) + 2 * mm
        for n in range(self.lines):
            y = (self.lines - 1 - n) * self.spacing + 2 * mm
            if n == 0:
                c.drawString(0, y + 1 * mm, self.label)
            c.line(label_width if n == 0 else 0, y, self.width, y)
        c.restoreState()


def recovery_sheet_pdf(code: str, *, folder: str, created: date, name: str = "") -> bytes:
    """A one-page A4 PDF with the recovery code and how to keep it safe.

    ``folder`` is where the diary lives; ``name`` is printed when given.
    Raises ``ValueError`` when ``code`` is not a recovery code.
    """
    code_groups = groups(code)
    regular, bold = register_fonts()
    attempts = (
        (_NORMAL, name, folder),
        (_COMPACT, name, folder),
        (_COMPACT, _shorten(name), _shorten(folder)),
    )
    data = b""
    for sizes, shown_name, shown_folder in attempts:
        data, pages = _render(code_groups, shown_folder, created, shown_name, regular, bold, sizes)
        if pages == 1:
            break
    return data


def _render(
    code_groups: list[str],
    folder: str,
    created: date,
    name: str,
    regular: str,
    bold: str,
    sizes: _Sizes,
) -> tuple[bytes, int]:
    story = _story(code_groups, folder, created, name, regular, bold, sizes)
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=TITLE,
        author="Amtstagebuch",
        creator="Amtstagebuch",
    )

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            20 * mm,
            12 * mm,
            "Dieses Blatt wurde auf Ihrem Computer erstellt und nirgendwohin gesendet.",
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue(), int(doc.page)


def _story(
    code_groups: list[str],
    folder: str,
    created: date,
    name: str,
    regular: str,
    bold: str,
    sizes: _Sizes,
) -> list[Flowable]:
    """The sheet's content, top to bottom: the code, what it is for, how to keep it."""
    styles = _styles(regular, bold, sizes)
    meta = []
    if name.strip():
        meta.append(
            f"Für: <b>{escape(visual_order(printable(name, drop_symbols=True).strip()))}</b>"
        )
    meta.append(f"Erstellt am: <b>{created.strftime('%d.%m.%Y')}</b>")

    story: list[Flowable] = [
        Paragraph(escape(TITLE), styles["title"]),
        Paragraph("<br/>".join(meta), styles["meta"]),
        Paragraph(
            "Mit diesem Code öffnen Sie Ihr Amtstagebuch, wenn Sie Ihre Passphrase "
            "vergessen haben. Bitte heben Sie dieses Blatt gut auf.",
            styles["body"],
        ),
        Spacer(0, 2 * mm),
        CodeBlock(code_groups, regular, bold, sizes.code_row),
        Paragraph(
            "Beim Eintippen sind Bindestriche, Leerzeichen sowie Groß- und "
            "Kleinschreibung egal. Im Code kommen keine Null, kein O, keine Eins "
            "und kein I vor.",
            styles["small"],
        ),
        Paragraph("Wofür ist dieser Code?", styles["heading"]),
        Paragraph(
            "Haben Sie Ihre Passphrase vergessen, öffnet dieser Code Ihr Tagebuch. "
            "Danach können Sie eine neue Passphrase festlegen.",
            styles["body"],
        ),
        Paragraph(
            "<b>Wichtig:</b> Wer diesen Code kennt und an Ihren Computer oder an eine "
            "Sicherungskopie kommt, kann Ihr ganzes Tagebuch lesen. Behandeln Sie das "
            "Blatt wie einen Wohnungsschlüssel.",
            styles["body"],
        ),
        Paragraph("So bewahren Sie ihn auf", styles["heading"]),
        _bullets(
            [
                "Auf Papier, an einem sicheren Ort in Ihrer Wohnung, zum Beispiel bei "
                "Ihren wichtigen Unterlagen.",
                "Nicht im Handy speichern und nicht fotografieren.",
                "Nicht beim Laptop aufbewahren, auch nicht in der Laptoptasche.",
                "Nicht per E-Mail oder Messenger verschicken.",
            ],
            styles["body"],
        ),
        Paragraph("Wo liegt Ihr Tagebuch?", styles["heading"]),
        Paragraph("In diesem Ordner auf Ihrem Computer:", styles["body"]),
        Paragraph(escape(visual_order(folder)), styles["path"]),
        Spacer(0, 6 * mm),
        WriteLines("Dieses Blatt bewahre ich hier auf:", regular, sizes.body),
    ]
    return story


def _styles(regular: str, bold: str, sizes: _Sizes) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=sizes.body,
        leading=sizes.leading,
        textColor=INK,
        spaceAfter=4,
    )
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=17, leading=22, spaceAfter=6
        ),
        "meta": ParagraphStyle(
            "meta", parent=body, fontSize=sizes.body + 0.5, leading=sizes.leading + 1.5
        ),
        "body": body,
        "small": ParagraphStyle(
            "small", parent=body, fontSize=9, leading=12, textColor=MUTED, spaceBefore=4
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=sizes.body + 1.5,
            leading=sizes.leading + 1.5,
            spaceBefore=sizes.gap,
            spaceAfter=3,
        ),
        # A path has no spaces to break at; long words are split instead of overflowing.
        "path": ParagraphStyle(
            "path", parent=body, fontName=bold, leftIndent=5 * mm, splitLongWords=True
        ),
    }


def _bullets(items: list[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(escape(text), style), leftIndent=6 * mm) for text in items],
        bulletType="bullet",
        start="•",
        leftIndent=6 * mm,
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
    )


def _shorten(text: str) -> str:
    if len(text) <= LONGEST_SHOWN:
        return text
    half = (LONGEST_SHOWN - 1) // 2
    return f"{text[:half]}…{text[-half:]}"
