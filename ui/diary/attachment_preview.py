"""The in-memory preview of one attachment: an image, or a PDF page by page.

Images are decoded from a buffer and PDFs rendered by PDFium from bytes; nothing
is ever written to a temporary file.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pypdfium2
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.attachments import AttachmentInfo
from ui.common.pdf_image import page_image

# A PDF page is rendered this wide (about 150 dpi for A4): sharp when scaled down.
PDF_RENDER_WIDTH = 1240
# Upper bounds of a decoded preview, so a huge photo or odd page size cannot
# exhaust the memory of an old laptop.
MAX_IMAGE_SIDE = 4000
MAX_PDF_PIXELS = 8_000_000


@contextmanager
def busy() -> Iterator[None]:
    """Show the wait cursor while a large file is encrypted or decrypted."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def decode_image(data: bytes) -> QImage:
    """Decode a JPEG or PNG from memory, upright as the camera meant it (EXIF)."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
        reader.setScaledSize(
            size.scaled(QSize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    return image


def render_pdf_page(document: Any, index: int) -> QImage:
    """Render one page of an open ``pypdfium2.PdfDocument`` into a QImage, in memory,
    at the preview's width and never above :data:`MAX_PDF_PIXELS`."""
    page = document[index]
    try:
        width, height = page.get_size()
    finally:
        page.close()
    scale = PDF_RENDER_WIDTH / max(width, 1.0)
    scale = min(scale, math.sqrt(MAX_PDF_PIXELS / max(width * height, 1.0)))
    return page_image(document, index, scale)


class PreviewArea(QScrollArea):
    """Shows one image scaled to the available width, or a message in its place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setWordWrap(True)
        self.label.setMargin(8)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(120)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll a long page

    def show_image(self, image: QImage) -> None:
        self.image = image
        self._fit()
        self.verticalScrollBar().setValue(0)

    def show_message(self, text: str) -> None:
        self.image = QImage()
        self.label.clear()
        self.label.setText(text)

    def clear(self) -> None:
        self.image = QImage()
        self.label.clear()

    def available_width(self) -> int:
        # The scroll bar's room is always kept, so showing it never changes the width.
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        margins = 2 * self.frameWidth() + 2 * self.label.margin()
        return max(40, self.width() - margins - scroll_bar)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.image.isNull():
            return
        ratio = self.devicePixelRatioF()
        target = int(self.available_width() * ratio)
        if self.image.width() > target:
            scaled = self.image.scaledToWidth(target, Qt.TransformationMode.SmoothTransformation)
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
        else:
            pixmap = QPixmap.fromImage(self.image)
        self.label.setPixmap(pixmap)


class AttachmentPreview(QWidget):
    """The title, the picture (or a message in its place) and, for a PDF, its pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: int | None = None  # the attachment's id
        self._pdf: Any = None  # the open pypdfium2.PdfDocument
        self._pdf_data = b""
        self._page = 0
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.area = PreviewArea()
        self.area.setAccessibleName(self.tr("Vorschau des Anhangs"))
        self.area.setFrameShape(QFrame.Shape.StyledPanel)
        self.area.hide()
        self.previous_button = QPushButton(self.tr("‹ Vor&herige Seite"))
        self.previous_button.setAccessibleName(self.tr("Vorherige Seite"))
        self.next_button = QPushButton(self.tr("&Nächste Seite ›"))
        self.next_button.setAccessibleName(self.tr("Nächste Seite"))
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setAccessibleName(self.tr("Seite"))
        self.pages = QWidget()
        pages = QHBoxLayout(self.pages)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_button)
        self.pages.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)

    def dispose(self) -> None:
        self.previous_button.clicked.disconnect(self.previous_page)
        self.next_button.clicked.disconnect(self.next_page)
        self.close_preview()

    def open(self, info: AttachmentInfo) -> None:
        """Start showing ``info``; its bytes follow with :meth:`show_bytes`."""
        self.close_preview()
        self.shown = info.id
        self.title.setText(self.tr("Vorschau: {name}").format(name=info.name))
        self.area.show()

    def show_damaged(self, info: AttachmentInfo) -> None:
        self.area.show_message(
            self.tr(
                "„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte "
                "Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und "
                "Anhänge sind davon nicht betroffen."
            ).format(name=info.name)
        )

    def show_bytes(self, info: AttachmentInfo, data: bytes) -> None:
        if info.media_type == "application/pdf":
            self._open_pdf(info, data)
            return
        image = decode_image(data)
        if image.isNull():
            self.area.show_message(self._undecodable(info))
        else:
            self.area.show_image(image)

    def _undecodable(self, info: AttachmentInfo) -> str:
        return self.tr(
            "„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder "
            "geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen "
            "Programm öffnen."
        ).format(name=info.name)

    def _open_pdf(self, info: AttachmentInfo, data: bytes) -> None:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            self.area.show_message(self._undecodable(info))
            return
        if len(document) == 0:
            document.close()
            self.area.show_message(self._undecodable(info))
            return
        self._pdf, self._pdf_data, self._page = document, data, 0
        self._show_page()

    def _show_page(self) -> None:
        if self._pdf is None:
            return
        count = len(self._pdf)
        try:
            with busy():
                image = render_pdf_page(self._pdf, self._page)
        except pypdfium2.PdfiumError:
            image = QImage()
        if image.isNull():
            self.area.show_message(
                self.tr("Seite {page} lässt sich nicht anzeigen.").format(page=self._page + 1)
            )
        else:
            self.area.show_image(image)
        self.page_label.setText(
            self.tr("Seite {page} von {count}").format(page=self._page + 1, count=count)
        )
        self.pages.setVisible(count > 1)
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < count - 1)

    def previous_page(self) -> None:
        if self._pdf is not None and self._page > 0:
            self._page -= 1
            self._show_page()

    def next_page(self) -> None:
        if self._pdf is not None and self._page < len(self._pdf) - 1:
            self._page += 1
            self._show_page()

    def close_preview(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._pdf_data, self._page = None, b"", 0
        self.shown = None
        self.area.clear()
        self.title.clear()
        self.page_label.clear()
        self.pages.hide()
        self.area.hide()
