"""A letter's PDF in the window: pages rendered in memory, printed, saved on request.

The PDF comes from ``app.letters.render_pdf`` or from the vault (decrypted into
memory). Pages are drawn by PDFium into QImages; nothing is written to a file
unless the person chooses „Als PDF speichern …“.
"""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.atomic import atomic_write
from app.errors import AmtsError, SaveFailed
from ui.common import filedialogs
from ui.common.i18n import label
from ui.common.pdf_image import page_image
from ui.diary.model import format_date

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Bezeichnung", "Mo"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Di"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Mi"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Do"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Fr"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Sa"),
    QT_TRANSLATE_NOOP("Bezeichnung", "So"),
)
PDF_FILTER = QT_TRANSLATE_NOOP("Bezeichnung", "PDF-Dateien (*.pdf)")
PREVIEW_WIDTH = 1000  # pixels a preview page is rendered wide (about 120 dpi for A4)
PREVIEW_MAX_SHOWN = 860  # never shown wider: a page is read, not studied
PRINT_DPI = 300  # enough for text; a 1200 dpi printer would need 140 MB per page
MAX_PAGES = 40  # a letter is a few pages; more would only fill the memory


class LetterPdfError(AmtsError):
    """The letter could not be shown, printed or saved (German message)."""


def weekday_date(day: date) -> str:
    """„Mo, 09.03.2025“."""
    return f"{label(WEEKDAYS[day.weekday()])}, {format_date(day)}"


def due_text(day: date) -> str:
    """„bis Mo, 09.03.2025“."""
    return QCoreApplication.translate("Bezeichnung", "bis {date}").format(date=weekday_date(day))


def _open(pdf: bytes) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise LetterPdfError(
            "Die PDF-Datei des Briefs lässt sich nicht lesen. Erstellen Sie den Brief bitte neu."
        ) from exc


def render_pages(pdf: bytes, width: int = PREVIEW_WIDTH) -> list[QImage]:
    """Every page of ``pdf`` as a QImage ``width`` pixels wide, in memory."""
    document = _open(pdf)
    try:
        images = []
        for index in range(min(len(document), MAX_PAGES)):
            page_width = document[index].get_size()[0]
            images.append(page_image(document, index, width / max(page_width, 1.0)))
        return images
    finally:
        document.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page onto ``printer`` at its true size; returns the pages printed.

    The printer draws on the whole sheet (full page), so the address lands in the
    envelope window exactly where the PDF has it.
    """
    document = _open(pdf)
    printer.setFullPage(True)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise LetterPdfError(
                "Der Drucker nimmt den Brief nicht an. Prüfen Sie, ob er eingeschaltet und "
                "verbunden ist, und versuchen Sie es noch einmal."
            )
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            count = min(len(document), MAX_PAGES)
            for index in range(count):
                if index and not printer.newPage():
                    raise LetterPdfError("Der Drucker hat mitten im Brief aufgehört.")
                width_pt, height_pt = document[index].get_size()
                image = page_image(document, index, dpi / 72.0)
                # the page's real size in printer pixels, from the top left corner
                factor = printer.resolution() / 72.0
                target = QRect(
                    paper.x(),
                    paper.y(),
                    math.floor(width_pt * factor),
                    math.floor(height_pt * factor),
                )
                painter.drawImage(target, image)
            return count
        finally:
            painter.end()
    finally:
        document.close()


def day_of(edit: QDateEdit) -> date:
    """The date of a date field as a Python date."""
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def open_print_dialog(dialog: QPrintDialog) -> None:
    """Window-modal, like QDialog.open() (QPrintDialog hides that overload)."""
    QDialog.open(dialog)


def suggested_name(title: str, day: date | None) -> str:
    """A file name without characters Windows refuses: „2026-12-04 Auskunft über meine Daten.pdf“."""
    clean = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title).strip(" .") or "Brief"
    clean = " ".join(clean.split())[:80]
    return f"{(day or date.today()).isoformat()} {clean}.pdf"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def save_pdf_as(
    parent: QWidget | None, pdf: bytes, name: str, folder: Path | None = None
) -> Path | None:
    """Ask where, then write the PDF there (the only plaintext the program writes)."""
    target = filedialogs.save_file_name(
        parent,
        QCoreApplication.translate("Bezeichnung", "Brief als PDF speichern"),
        (folder or documents_folder()) / name,
        label(PDF_FILTER),
    )
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        atomic_write(target, pdf)  # complete or not at all; a file of that name stays until then
    except SaveFailed as exc:
        cause = exc.__cause__
        reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else None
        raise LetterPdfError(
            f"Der Brief konnte nicht unter „{target}“ gespeichert werden "
            f"({reason or 'Schreibfehler'}). Wählen Sie bitte einen anderen Ort."
        ) from exc
    return target


class PagesView(QScrollArea):
    """The pages of a letter one below the other, scaled to the available width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.labels: list[QLabel] = []
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Vorschau des Briefs"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Bild↓ scroll it
        inner = QWidget()
        inner.setStyleSheet("background: #8a8a8a;")
        self.inner = inner
        self.column = QVBoxLayout(inner)
        self.column.setSpacing(12)
        self.column.addStretch(1)
        self.setWidget(inner)

    def show_pdf(self, pdf: bytes) -> int:
        self.set_images(render_pages(pdf))
        return len(self.images)

    def set_images(self, images: list[QImage]) -> None:
        self.clear()
        self.images = images
        for number, _image in enumerate(images, start=1):
            page = QLabel()
            page.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            page.setAccessibleName(
                self.tr("Seite {n} von {total}").format(n=number, total=len(images))
            )
            # before the stretch at the end, each page centred
            self.column.insertWidget(
                self.column.count() - 1, page, 0, Qt.AlignmentFlag.AlignHCenter
            )
            self.labels.append(page)
        self._fit()

    def clear(self) -> None:
        for page in self.labels:
            self.column.removeWidget(page)
            page.setParent(None)
            page.deleteLater()
        self.labels = []
        self.images = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = min(PREVIEW_MAX_SHOWN, max(200, self.viewport().width() - 40))
        for image, page in zip(self.images, self.labels, strict=True):
            if image.isNull():
                page.setText(self.tr("Diese Seite lässt sich nicht anzeigen."))
                continue
            pixmap = QPixmap.fromImage(
                image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.size())
        # the column grows with its pages, so the scroll area scrolls through all of them
        margins = self.column.contentsMargins()
        height = sum(page.height() for page in self.labels)
        height += self.column.spacing() * max(0, len(self.labels) - 1)
        self.inner.setMinimumHeight(height + margins.top() + margins.bottom())
