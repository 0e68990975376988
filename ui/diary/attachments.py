"""The attachments of one diary entry: add, preview, save a copy, remove and undo.

Files stay encrypted in the vault. A preview decrypts into memory only
(:mod:`ui.diary.attachment_preview`); the only plaintext that reaches the disk
is a copy the person saves on purpose with „Speichern unter …“.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.services.attachments import AttachmentInfo, AttachmentService, DeletedAttachment
from ui.common import filedialogs
from ui.common.i18n import label
from ui.diary.attachment_preview import AttachmentPreview, PreviewArea, busy

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


def format_size(size: int) -> str:
    """A size as Windows Explorer would say it, in German: „850 KB“, „1,2 MB“."""
    if size < 1024:
        return "1 Byte" if size == 1 else f"{size} Bytes"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class AttachmentList(QListWidget):
    """The entry's files, one item each: name, kind, size and when it was added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.infos: dict[int, AttachmentInfo] = {}
        self.setAccessibleName(self.tr("Anhänge des Eintrags"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(1)

    def selected_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def set_infos(self, infos: Iterable[AttachmentInfo]) -> None:
        """Show these files; the chosen one stays chosen. Sends no signals."""
        keep = self.selected_id()
        self.blockSignals(True)
        try:
            self.clear()
            self.infos = {}
            for info in infos:
                self.infos[info.id] = info
                item = QListWidgetItem(self._describe(info))
                item.setData(ID_ROLE, info.id)
                item.setToolTip(info.name)
                self.addItem(item)
                if info.id == keep:
                    self.setCurrentItem(item)
        finally:
            self.blockSignals(False)
        self._fit()

    def select(self, attachment_id: int) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE) == attachment_id:
                self.setCurrentItem(item)  # shows it
                return

    def _fit(self) -> None:
        """As tall as its items, up to four; more scroll."""
        rows = min(self.count(), 4)
        row_height = self.sizeHintForRow(0) + 2 * self.spacing() if rows else 0
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth())

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


class RemovedAttachments:
    """What was removed in this session, newest last, for „Entfernen rückgängig“."""

    def __init__(self) -> None:
        self._deleted: list[DeletedAttachment] = []

    def add(self, deleted: DeletedAttachment) -> None:
        self._deleted.append(deleted)

    def latest_of(self, contact_uid: str | None) -> DeletedAttachment | None:
        return next((d for d in reversed(self._deleted) if d.contact_uid == contact_uid), None)

    def take(self, deleted: DeletedAttachment) -> None:
        self._deleted.remove(deleted)

    def clear(self) -> None:
        self._deleted.clear()


class AttachmentsPanel(QWidget):
    """The files of the chosen entry: photos of receipts, letters received, scans."""

    def __init__(self, service: AttachmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._uid: str | None = None
        self._removed = RemovedAttachments()
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
        self.list = AttachmentList()
        self._make_buttons()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Hinweis zu den Anhängen"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.viewer = AttachmentPreview()
        # the parts tests and the keyboard order reach directly
        self.preview: PreviewArea = self.viewer.area
        self.page_label = self.viewer.page_label
        self.previous_button = self.viewer.previous_button
        self.next_button = self.viewer.next_button
        self.pages = self.viewer.pages
        self.preview_title = self.viewer.title
        self._lay_out()
        self._connections: list[tuple[Any, Any]] = [
            (self.add_button.clicked, self.choose_files),
            (self.show_button.clicked, self.show_selected),
            (self.export_button.clicked, self.export_selected),
            (self.remove_button.clicked, self.remove_selected),
            (self.undo_button.clicked, self.undo_remove),
            (self.list.currentItemChanged, self._current_changed),
            (self.list.itemActivated, self._item_activated),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.set_contact(None)

    def _make_buttons(self) -> None:
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

    def _lay_out(self) -> None:
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
        layout.addWidget(self.viewer, 1)
        order = (
            self.list,
            self.add_button,
            self.show_button,
            self.export_button,
            self.remove_button,
            self.undo_button,
            self.preview,
            self.previous_button,
            self.next_button,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

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
        self._removed.clear()
        self._folder = None
        self._close_preview()
        self._say("")
        self._reload_list()

    def dispose(self) -> None:
        """Cut the Python slots before Qt destroys the widgets."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections.clear()
        self.viewer.dispose()
        self._set_preview_visible(False)

    def selected_id(self) -> int | None:
        return self.list.selected_id()

    # -------------------------------------------------------------- list
    def _reload_list(self) -> None:
        infos: list[AttachmentInfo] = []
        if self._uid is not None:
            try:
                infos = self.service.attachment_list(self._uid)
            except AmtsError:
                infos = []  # the entry is gone; the view will move on
        self.list.set_infos(infos)
        if self.viewer.shown is not None and self.viewer.shown not in self.list.infos:
            self._close_preview()
        self._update_state()

    def _update_state(self) -> None:
        count = len(self.list.infos)
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
        self.undo_button.setVisible(self._removed.latest_of(self._uid) is not None)
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
    def _start_folder(self) -> Path:
        """Where a file dialog opens: the last folder of this session, else Dokumente."""
        return self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )

    def choose_files(self) -> None:
        if self._uid is None:
            return
        folder = self._start_folder()
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
        with busy():
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
            self.list.select(added[-1][0])

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
        info = self.list.infos[attachment_id]
        self.viewer.open(info)
        self._set_preview_visible(True)
        try:
            with busy():
                data = self.service.attachment_bytes(attachment_id)
        except AmtsError:
            self.viewer.show_damaged(info)
            return
        self.viewer.show_bytes(info, data)

    def _close_preview(self) -> None:
        self.viewer.close_preview()
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
        info = self.list.infos[attachment_id]
        folder = self._start_folder()
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
            with busy():
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
        info = self.list.infos[attachment_id]
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
            self._removed.add(self.service.delete_attachment(attachment_id))
        except AmtsError as error:
            self._say(error.message)
            return
        self._close_preview()
        self._say(self.tr("„{name}“ wurde entfernt.").format(name=info.name))
        self._reload_list()

    def undo_remove(self) -> None:
        deleted = self._removed.latest_of(self._uid)
        if deleted is None:
            return
        self._removed.take(deleted)
        try:
            attachment_id = self.service.undo_delete_attachment(deleted)
        except AmtsError as error:
            self._say(error.message)
            self._update_state()
            return
        self._say(self.tr("„{name}“ ist wieder da.").format(name=deleted.values["original_name"]))
        self._reload_list()
        self.list.select(attachment_id)
