"""The attachments of one diary entry: add, preview, save a copy, remove and undo.

Files stay encrypted in the vault. A preview decrypts into memory only: images
are decoded from a buffer, PDFs are rendered by PDFium from bytes, and nothing
is ever written to a temporary file. The only plaintext that reaches the disk is
a copy the person saves on purpose with „Speichern unter …“.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pypdfium2
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QIODevice,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QImageReader,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.services.diary import AttachmentInfo, DeletedAttachment, DiaryService
from ui.common import filedialogs
from ui.common.i18n import label

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_LABELS = {
    "image/jpeg": QT_TRANSLATE_NOOP("Bezeichnung", "Foto (JPEG)"),
    "image/png": QT_TRANSLATE_NOOP("Bezeichnung", "Bild (PNG)"),
    "application/pdf": QT_TRANSLATE_NOOP("Bezeichnung", "PDF-Dokument"),
}
SAVE_FILTERS = {
    "image/jpeg": QT_TRANSLATE_NOOP("Bezeichnung", "JPEG-Bilder (*.jpg *.jpeg)"),
    "image/png": QT_TRANSLATE_NOOP("Bezeichnung", "PNG-Bilder (*.png)"),
    "application/pdf": QT_TRANSLATE_NOOP("Bezeichnung", "PDF-Dateien (*.pdf)"),
}
# A PDF page is rendered this wide (about 150 dpi for A4): sharp when scaled down.
PDF_RENDER_WIDTH = 1240
# Upper bounds of a decoded preview, so a huge photo or odd page size cannot
# exhaust the memory of an old laptop.
MAX_IMAGE_SIDE = 4000
MAX_PDF_PIXELS = 8_000_000


def format_size(size: int) -> str:
    """A size as Windows Explorer would say it, in German: „850 KB“, „1,2 MB“."""
    if size < 1024:
        return "1 Byte" if size == 1 else f"{size} Bytes"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


@contextmanager
def _busy() -> Iterator[None]:
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
    """Render one page of an open ``pypdfium2.PdfDocument`` into a QImage, in memory."""
    page = document[index]
    try:
        width, height = page.get_size()
        scale = PDF_RENDER_WIDTH / max(width, 1.0)
        scale = min(scale, math.sqrt(MAX_PDF_PIXELS / max(width * height, 1.0)))
        bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
        try:
            if bitmap.mode != "RGBX":  # what was asked for; anything else is not drawn
                return QImage()
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            return image.copy()  # own the pixels before the bitmap goes
        finally:
            bitmap.close()
    finally:
        page.close()


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


class AttachmentsPanel(QWidget):
    """The files of the chosen entry: photos of receipts, letters received, scans."""

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._uid: str | None = None
        self._infos: dict[int, AttachmentInfo] = {}
        self._deleted: list[DeletedAttachment] = []
        self._shown: int | None = None
        self._pdf: Any = None  # the open pypdfium2.PdfDocument of the preview
        self._pdf_data = b""
        self._page = 0
        self._folder: Path | None = None  # the last folder, in memory for this session only
        self.setAcceptDrops(True)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Anhänge des Eintrags"))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)

        self.add_button = QPushButton(self.tr("Datei &anhängen …"))
        self.add_button.setAccessibleName(self.tr("Datei anhängen"))
        self.add_button.setToolTip(
            self.tr(
                "Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen"
            )
        )
        self.show_button = QPushButton(self.tr("An&zeigen"))
        self.show_button.setAccessibleName(self.tr("Anhang anzeigen"))
        self.export_button = QPushButton(self.tr("&Speichern unter …"))
        self.export_button.setAccessibleName(self.tr("Anhang unverschlüsselt speichern unter"))
        self.remove_button = QPushButton(self.tr("&Entfernen …"))
        self.remove_button.setAccessibleName(self.tr("Anhang entfernen"))
        self.undo_button = QPushButton(self.tr("Entfernen &rückgängig"))
        self.undo_button.setAccessibleName(self.tr("Entfernen des Anhangs rückgängig machen"))
        self.undo_button.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Hinweis zu den Anhängen"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.preview_title = QLabel()
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_title.setWordWrap(True)
        self.preview = PreviewArea()
        self.preview.setAccessibleName(self.tr("Vorschau des Anhangs"))
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.hide()
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
        preview_bar = QHBoxLayout()
        preview_bar.addWidget(self.preview_title, 1)
        preview_bar.addWidget(self.pages)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.show_button, self.export_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.hint, 1)
        layout.addLayout(heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(preview_bar)
        layout.addWidget(self.preview, 1)

        self._connections: list[tuple[Any, Any]] = [
            (self.add_button.clicked, self.choose_files),
            (self.show_button.clicked, self.show_selected),
            (self.export_button.clicked, self.export_selected),
            (self.remove_button.clicked, self.remove_selected),
            (self.undo_button.clicked, self.undo_remove),
            (self.previous_button.clicked, self.previous_page),
            (self.next_button.clicked, self.next_page),
            (self.list.currentItemChanged, self._current_changed),
            (self.list.itemActivated, self._item_activated),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.setTabOrder(self.list, self.add_button)
        self.setTabOrder(self.add_button, self.show_button)
        self.setTabOrder(self.show_button, self.export_button)
        self.setTabOrder(self.export_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.undo_button)
        self.setTabOrder(self.undo_button, self.preview)
        self.setTabOrder(self.preview, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.set_contact(None)

    # ------------------------------------------------------------ public
    def set_contact(self, uid: str | None) -> None:
        """Show the attachments of this entry; the same entry again keeps the preview."""
        if uid != self._uid:
            self._uid = uid
            self._close_preview()
            self._say("")
        self._reload_list()

    def clear(self) -> None:
        """Forget everything shown and every undo (on lock: the session ends)."""
        self._uid = None
        self._deleted.clear()
        self._folder = None
        self._close_preview()
        self._say("")
        self._reload_list()

    def dispose(self) -> None:
        """Cut the Python slots before Qt destroys the widgets."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections.clear()
        self._close_preview()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    # -------------------------------------------------------------- list
    def _reload_list(self) -> None:
        keep = self.selected_id()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            self._infos = {}
            if self._uid is not None:
                try:
                    infos = self.service.attachment_list(self._uid)
                except AmtsError:
                    infos = []  # the entry is gone; the view will move on
                for info in infos:
                    self._infos[info.id] = info
                    item = QListWidgetItem(self._describe(info))
                    item.setData(ID_ROLE, info.id)
                    item.setToolTip(info.name)
                    self.list.addItem(item)
                    if info.id == keep:
                        self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self._fit_list()
        if self._shown is not None and self._shown not in self._infos:
            self._close_preview()
        self._update_state()

    def _fit_list(self) -> None:
        """As tall as its items, up to four; more scroll."""
        rows = min(self.list.count(), 4)
        row_height = self.list.sizeHintForRow(0) + 2 * self.list.spacing() if rows else 0
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth())

    def _describe(self, info: AttachmentInfo) -> str:
        kind = (
            label(KIND_LABELS[info.media_type])
            if info.media_type in KIND_LABELS
            else self.tr("Datei")
        )
        added = info.added.astimezone().strftime("%d.%m.%Y")
        return self.tr("{name}\n{kind} · {size} · hinzugefügt am {date}").format(
            name=info.name, kind=kind, size=format_size(info.size), date=added
        )

    def _update_state(self) -> None:
        count = len(self._infos)
        if self._uid is None:
            self.title.setText(self.tr("Anhänge"))
            self.hint.setText(self.tr("Wählen Sie einen Eintrag, um seine Anhänge zu sehen."))
        else:
            self.title.setText(
                self.tr("Anhänge") if count == 0 else self.tr("Anhänge ({n})").format(n=count)
            )
            self.hint.setText(
                self.tr(
                    "Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen "
                    "Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert."
                )
                if count == 0
                else self.tr("Weitere Dateien einfach hierher ziehen.")
            )
        self.list.setVisible(count > 0)
        chosen = self.selected_id() is not None
        self.add_button.setEnabled(self._uid is not None)
        for button in (self.show_button, self.export_button, self.remove_button):
            button.setEnabled(chosen)
        self.undo_button.setVisible(self._undo_for_this_entry() is not None)
        self.setAcceptDrops(self._uid is not None)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._update_state()
        if current is not None:
            self.show_selected()

    def _item_activated(self, _item: QListWidgetItem) -> None:
        self.show_selected()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --------------------------------------------------------------- add
    def choose_files(self) -> None:
        if self._uid is None:
            return
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        paths = filedialogs.open_file_names(
            self,
            self.tr("Datei anhängen"),
            folder,
            self.tr(
                "Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)"
            ),
        )
        if paths:
            self._folder = paths[0].parent
            self.add_files(paths)

    def add_files(self, paths: Iterable[Path]) -> None:
        """Encrypt each file into the vault; say plainly what was refused and why."""
        if self._uid is None:
            return
        added: list[tuple[int, str]] = []
        refused: list[str] = []
        with _busy():
            for path in paths:
                try:
                    added.append(
                        (self.service.add_attachment_file(path, contact_uid=self._uid), path.name)
                    )
                except AmtsError as error:
                    refused.append(error.message)
        lines = []
        if len(added) == 1:
            lines.append(
                self.tr("„{name}“ wurde verschlüsselt angehängt.").format(name=added[0][1])
            )
        elif added:
            lines.append(
                self.tr("{n} Dateien wurden verschlüsselt angehängt.").format(n=len(added))
            )
        lines.extend(refused)
        self._say("\n".join(lines))
        self._reload_list()
        if added:
            self._select(added[-1][0])

    def _select(self, attachment_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == attachment_id:
                self.list.setCurrentItem(item)  # shows it
                return

    # ------------------------------------------------------ drag and drop
    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._uid is not None and self._local_paths(event):
            event.acceptProposedAction()
            self.hint.setText(self.tr("Loslassen, um die Dateien verschlüsselt anzuhängen."))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._uid is not None and self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._update_state()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if self._uid is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # ----------------------------------------------------------- preview
    def show_selected(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        info = self._infos[attachment_id]
        self._close_preview()
        self._shown = attachment_id
        self.preview_title.setText(self.tr("Vorschau: {name}").format(name=info.name))
        self._set_preview_visible(True)
        try:
            with _busy():
                data = self.service.attachment_bytes(attachment_id)
        except AmtsError:
            self.preview.show_message(
                self.tr(
                    "„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte "
                    "Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und "
                    "Anhänge sind davon nicht betroffen."
                ).format(name=info.name)
            )
            return
        if info.media_type == "application/pdf":
            self._open_pdf(info, data)
            return
        image = decode_image(data)
        if image.isNull():
            self.preview.show_message(self._undecodable(info))
        else:
            self.preview.show_image(image)

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
            self.preview.show_message(self._undecodable(info))
            return
        if len(document) == 0:
            document.close()
            self.preview.show_message(self._undecodable(info))
            return
        self._pdf, self._pdf_data, self._page = document, data, 0
        self._show_page()

    def _show_page(self) -> None:
        if self._pdf is None:
            return
        count = len(self._pdf)
        try:
            with _busy():
                image = render_pdf_page(self._pdf, self._page)
        except pypdfium2.PdfiumError:
            image = QImage()
        if image.isNull():
            self.preview.show_message(
                self.tr("Seite {page} lässt sich nicht anzeigen.").format(page=self._page + 1)
            )
        else:
            self.preview.show_image(image)
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

    def _close_preview(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._pdf_data, self._page = None, b"", 0
        self._shown = None
        self.preview.clear()
        self.preview_title.clear()
        self.page_label.clear()
        self.pages.hide()
        self._set_preview_visible(False)

    def _set_preview_visible(self, visible: bool) -> None:
        """Without a preview the panel keeps to its size and the entry's text gets the room."""
        self.preview.setVisible(visible)
        vertical = QSizePolicy.Policy.Expanding if visible else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)

    # ------------------------------------------------------------ export
    def export_selected(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        info = self._infos[attachment_id]
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        target = filedialogs.save_file_name(
            self,
            self.tr("Anhang unverschlüsselt speichern"),
            folder / info.name,
            label(SAVE_FILTERS[info.media_type])
            if info.media_type in SAVE_FILTERS
            else self.tr("Alle Dateien (*)"),
        )
        if target is None:
            return
        self._folder = target.parent
        try:
            with _busy():
                self.service.export_attachment(attachment_id, target)
        except AmtsError as error:
            self._say(error.message)
            return
        self._say(
            self.tr(
                "„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; "
                "löschen Sie sie, wenn Sie sie nicht mehr brauchen."
            ).format(name=info.name, path=str(target))
        )

    # ------------------------------------------------------ remove, undo
    def remove_selected(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        info = self._infos[attachment_id]
        answer = QMessageBox.question(
            self,
            self.tr("Anhang entfernen?"),
            self.tr(
                "„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren "
                "oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen."
            ).format(name=info.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._deleted.append(self.service.delete_attachment(attachment_id))
        except AmtsError as error:
            self._say(error.message)
            return
        self._close_preview()
        self._say(self.tr("„{name}“ wurde entfernt.").format(name=info.name))
        self._reload_list()

    def _undo_for_this_entry(self) -> DeletedAttachment | None:
        for deleted in reversed(self._deleted):
            if deleted.contact_uid == self._uid:
                return deleted
        return None

    def undo_remove(self) -> None:
        deleted = self._undo_for_this_entry()
        if deleted is None:
            return
        self._deleted.remove(deleted)
        try:
            attachment_id = self.service.undo_delete_attachment(deleted)
        except AmtsError as error:
            self._say(error.message)
            self._update_state()
            return
        self._say(self.tr("„{name}“ ist wieder da.").format(name=deleted.values["original_name"]))
        self._reload_list()
        self._select(attachment_id)
