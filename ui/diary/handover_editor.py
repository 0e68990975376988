"""The part of the memory record that says which documents were handed over.

One row per document, each answer a plain choice (never only a colour or an
icon): which document, original or copy, whether the Jobcenter copied or
scanned it, whether it asked for consent, whether there is a receipt, whether
the original came back. Stored as a ``Handover`` linked to the entry.

Below the list, two texts for the chosen row, kept clearly apart: the description
for the letter (printed on the Eingangsbestätigung the Jobcenter stamps, so only a
neutral label such as "Girokonto") and the private note (never printed; the
Warnsignale read it).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import document_types
from app.records import MAX_SHORT, DocumentData, HandoverData
from ui.common.i18n import label
from ui.common.layout import hint_label

# the texts of a row live on its first cell's widget (they have no column)
DESCRIPTION = "description"
REMARK = "remark"

METHOD_CHOICES = (
    ("persoenlich", QT_TRANSLATE_NOOP("Bezeichnung", "persönlich abgegeben")),
    ("briefkasten", QT_TRANSLATE_NOOP("Bezeichnung", "in den Briefkasten geworfen")),
    ("post", QT_TRANSLATE_NOOP("Bezeichnung", "mit der Post geschickt")),
    ("einschreiben", QT_TRANSLATE_NOOP("Bezeichnung", "als Einschreiben geschickt")),
    ("fax", QT_TRANSLATE_NOOP("Bezeichnung", "gefaxt")),
    ("upload", QT_TRANSLATE_NOOP("Bezeichnung", "im Online-Portal hochgeladen")),
)
# (column title, [(label, value)]) — values map onto DocumentData fields below
ORIGINAL = (
    (QT_TRANSLATE_NOOP("Bezeichnung", "Kopie"), False),
    (QT_TRANSLATE_NOOP("Bezeichnung", "Original"), True),
)
COPIED = (
    (QT_TRANSLATE_NOOP("Bezeichnung", "nein"), ""),
    (QT_TRANSLATE_NOOP("Bezeichnung", "kopiert"), "kopiert"),
    (QT_TRANSLATE_NOOP("Bezeichnung", "gescannt"), "gescannt"),
    (QT_TRANSLATE_NOOP("Bezeichnung", "beides"), "beides"),
)
YES_NO_UNKNOWN: tuple[tuple[object, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("Bezeichnung", "weiß nicht"), None),
    (QT_TRANSLATE_NOOP("Bezeichnung", "ja"), True),
    (QT_TRANSLATE_NOOP("Bezeichnung", "nein"), False),
)
RECEIPT = (
    (QT_TRANSLATE_NOOP("Bezeichnung", "nein"), False),
    (QT_TRANSLATE_NOOP("Bezeichnung", "ja"), True),
)
# short titles, the whole question as the header's tooltip
COLUMNS = (
    (
        QT_TRANSLATE_NOOP("Bezeichnung", "Unterlage"),
        QT_TRANSLATE_NOOP("Bezeichnung", "Welche Unterlage?"),
    ),
    (
        QT_TRANSLATE_NOOP("Bezeichnung", "Original?"),
        QT_TRANSLATE_NOOP("Bezeichnung", "Haben Sie das Original oder eine Kopie abgegeben?"),
    ),
    (
        QT_TRANSLATE_NOOP("Bezeichnung", "Kopiert?"),
        QT_TRANSLATE_NOOP(
            "Bezeichnung", "Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Bezeichnung", "Gefragt?"),
        QT_TRANSLATE_NOOP(
            "Bezeichnung",
            "Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Bezeichnung", "Bestätigt?"),
        QT_TRANSLATE_NOOP("Bezeichnung", "Haben Sie eine Eingangsbestätigung bekommen?"),
    ),
    (
        QT_TRANSLATE_NOOP("Bezeichnung", "Zurück?"),
        QT_TRANSLATE_NOOP("Bezeichnung", "Haben Sie das Original zurückbekommen?"),
    ),
)


class HandoverEditor(QWidget):
    changed = Signal()  # any row or answer changed (the form checks Warnsignale again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.types = document_types()
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Wie abgegeben"))
        for key, text in METHOD_CHOICES:
            self.method.addItem(label(text), key)
        self.method.currentIndexChanged.connect(self.changed)
        self._make_table()
        self.add_button = QPushButton(self.tr("Unterlage &hinzufügen"))
        self.remove_button = QPushButton(self.tr("Zeile &entfernen"))
        self.take_button = QPushButton(self.tr("Verlangte &übernehmen"))
        self.take_button.setToolTip(
            self.tr("Alle oben angekreuzten Unterlagen als abgegeben eintragen")
        )
        self.empty = QLabel(self.tr("Nichts abgegeben? Dann lassen Sie diese Liste einfach leer."))
        self.empty.setWordWrap(True)
        self.add_button.clicked.connect(lambda: self.add_document("sonstiges"))
        self.remove_button.clicked.connect(self.remove_current)

        self._make_texts()
        self._lay_out()
        self._update()

    def _make_table(self) -> None:
        """One row per document; the headers' tooltips ask the questions."""
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([label(title) for title, _ in COLUMNS])
        for column, (_, question) in enumerate(COLUMNS):
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(label(question))
        self.table.setAccessibleName(self.tr("Abgegebene Unterlagen"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab moves between the choices, not cells
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)

    def _make_texts(self) -> None:
        """The two texts of the chosen row: one printed, one never printed."""
        # the two texts of the chosen row: one printed, one never printed
        self.texts_box = QGroupBox()
        self.description = QLineEdit()
        self.description.setMaxLength(MAX_SHORT)
        self.description.setAccessibleName(self.tr("Beschreibung für den Brief, wird gedruckt"))
        self.description.setPlaceholderText(
            self.tr("z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen")
        )
        self.description_hint = hint_label(
            self.tr(
                "Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben "
                "Sie hier nur eine sachliche Bezeichnung der Unterlage."
            )
        )
        self.remark = QPlainTextEdit()
        self.remark.setTabChangesFocus(True)
        self.remark.setAccessibleName(self.tr("Private Notiz, wird nie gedruckt"))
        self.remark.setPlaceholderText(
            self.tr("z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie")
        )
        self.remark.setMaximumHeight(4 * self.fontMetrics().lineSpacing())
        self.remark_hint = hint_label(
            self.tr(
                "Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. "
                "Warnsignale werden auch hier erkannt."
            )
        )
        self.description_hint.setObjectName("descriptionHint")
        self.remark_hint.setObjectName("remarkHint")
        self.description.setAccessibleDescription(self.description_hint.text())
        self.remark.setAccessibleDescription(self.remark_hint.text())
        self.description_label = QLabel(self.tr("Beschreibung für den B&rief (wird gedruckt):"))
        self.description_label.setBuddy(self.description)
        self.remark_label = QLabel(self.tr("&Private Notiz (wird nie gedruckt):"))
        self.remark_label.setBuddy(self.remark)
        texts = QGridLayout(self.texts_box)
        texts.setColumnStretch(1, 1)
        top = Qt.AlignmentFlag.AlignTop
        texts.addWidget(self.description_label, 0, 0)
        texts.addWidget(self.description, 0, 1)
        texts.addWidget(self.description_hint, 1, 1, top)
        texts.addWidget(self.remark_label, 2, 0, top)
        texts.addWidget(self.remark, 2, 1)
        texts.addWidget(self.remark_hint, 3, 1, top)
        texts.setRowMinimumHeight(1, 0)
        self.description.textChanged.connect(self._texts_edited)
        self.remark.textChanged.connect(self._texts_edited)
        self._loading = False
        self.table.currentCellChanged.connect(self._show_current)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        how = QFormLayout()
        how.addRow(self.tr("&Wie:"), self.method)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(how)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.texts_box)

    # ------------------------------------------------------------- rows
    def _combo(self, choices: Iterable[tuple[object, object]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, value in choices:
            combo.addItem(label(text), value)
        return combo

    def add_document(self, type_id: str, doc: DocumentData | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Unterlage"))
        for entry in self.types.values():
            kind.addItem(entry.shown_label(), entry.id)  # the catalogue, translated
            kind.setItemData(kind.count() - 1, entry.shown_note(), Qt.ItemDataRole.ToolTipRole)
        kind.setCurrentIndex(max(0, kind.findData(type_id)))
        cells = [
            kind,
            self._combo(ORIGINAL, self.tr("Original oder Kopie")),
            self._combo(COPIED, self.tr("Vom Jobcenter kopiert oder gescannt")),
            self._combo(YES_NO_UNKNOWN, self.tr("Einwilligung erfragt")),
            self._combo(RECEIPT, self.tr("Eingangsbestätigung erhalten")),
            self._combo(YES_NO_UNKNOWN, self.tr("Original zurückbekommen")),
        ]
        kind.setProperty(DESCRIPTION, doc.description if doc is not None else "")
        kind.setProperty(REMARK, doc.remark if doc is not None else "")
        for column, widget in enumerate(cells):
            self.table.setCellWidget(row, column, widget)
            widget.currentIndexChanged.connect(self.changed)
            # a choice taking the focus (Tab, a click) makes its row the chosen one
            widget.installEventFilter(self)
        kind.currentIndexChanged.connect(self._show_title)
        self._order_tabs()
        if doc is not None:
            copied = (
                "beides"
                if doc.copied_by_jobcenter and doc.scanned_by_jobcenter
                else "kopiert"
                if doc.copied_by_jobcenter
                else "gescannt"
                if doc.scanned_by_jobcenter
                else ""
            )
            for column, value in (
                (1, doc.original),
                (2, copied),
                (3, doc.consent_asked),
                (4, doc.receipt),
                (5, doc.original_returned),
            ):
                combo = cells[column]
                combo.setCurrentIndex(max(0, combo.findData(value)))
            # keep what the form does not show (period, pages, …)
            kind.setProperty("kept", doc)
        self.table.setCurrentCell(row, 0)
        self._update()
        return row

    def _order_tabs(self) -> None:
        """Tab goes as the eye does: how, the list row by row, its buttons, then the two
        texts. (Choices put into a table's cells would otherwise come last of all, after
        the dialog's own buttons.)"""
        chain: list[QWidget] = [self.method, self.table]
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    chain.append(widget)
        chain += [
            self.add_button,
            self.take_button,
            self.remove_button,
            self.description,
            self.remark,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            for row in range(self.table.rowCount()):
                for column in range(self.table.columnCount()):
                    if self.table.cellWidget(row, column) is watched:
                        if row != self.table.currentRow():
                            self.table.setCurrentCell(row, column)
                        break
        return super().eventFilter(watched, event)

    def _kind(self, row: int) -> QComboBox | None:
        widget = self.table.cellWidget(row, 0) if row >= 0 else None
        return widget if isinstance(widget, QComboBox) else None

    def _show_current(self, *_args: object) -> None:
        """Put the chosen row's texts into the two fields."""
        kind = self._kind(self.table.currentRow())
        self._loading = True
        try:
            self.description.setText(str(kind.property(DESCRIPTION) or "") if kind else "")
            self.remark.setPlainText(str(kind.property(REMARK) or "") if kind else "")
        finally:
            self._loading = False
        self.texts_box.setEnabled(kind is not None)
        self._show_title()

    def _show_title(self, *_args: object) -> None:
        row = self.table.currentRow()
        kind = self._kind(row)
        if kind is None:
            self.texts_box.setTitle(self.tr("Texte zur gewählten Unterlage"))
        else:
            self.texts_box.setTitle(
                self.tr("Texte zu Zeile {row}: {name}").format(row=row + 1, name=kind.currentText())
            )

    def _texts_edited(self, *_args: object) -> None:
        if self._loading:
            return
        kind = self._kind(self.table.currentRow())
        if kind is None:
            return
        kind.setProperty(DESCRIPTION, self.description.text())
        kind.setProperty(REMARK, self.remark.toPlainText())
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update()

    def take_over(self, type_ids: Iterable[str]) -> None:
        """Add a row for each requested document not listed yet."""
        present = {self._value(r, 0) for r in range(self.table.rowCount())}
        for type_id in type_ids:
            if type_id not in present:
                self.add_document(type_id)

    def _update(self) -> None:
        self.changed.emit()
        has_rows = self.table.rowCount() > 0
        self.remove_button.setEnabled(has_rows)
        self.method.setEnabled(has_rows)
        self.empty.setVisible(not has_rows)
        self.texts_box.setVisible(has_rows)
        self._show_current()

    def _value(self, row: int, column: int) -> object:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget.currentData()

    # ------------------------------------------------------------- data
    def set_data(self, handover: HandoverData | None) -> None:
        self.table.setRowCount(0)
        if handover is not None:
            self.method.setCurrentIndex(max(0, self.method.findData(handover.method)))
            for doc in handover.documents:
                self.add_document(doc.type, doc)
        self._update()

    def data(self, when: datetime, previous: HandoverData | None = None) -> HandoverData | None:
        """The handover the rows describe, or ``None`` when nothing was handed over."""
        documents: list[DocumentData] = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0)
            kept = kind.property("kept") if kind is not None else None
            copied = str(self._value(row, 2))
            consent = self._value(row, 3)
            returned = self._value(row, 5)
            doc = DocumentData(
                type=str(self._value(row, 0)),
                original=bool(self._value(row, 1)),
                copied_by_jobcenter=copied in ("kopiert", "beides"),
                scanned_by_jobcenter=copied in ("gescannt", "beides"),
                consent_asked=consent if isinstance(consent, bool) else None,
                receipt=bool(self._value(row, 4)),
                original_returned=returned if isinstance(returned, bool) else None,
            )
            if isinstance(kept, DocumentData):
                doc.period, doc.pages = kept.period, kept.pages
                doc.extra = dict(kept.extra)
            if kind is not None:
                doc.description = str(kind.property(DESCRIPTION) or "")
                doc.remark = str(kind.property(REMARK) or "")
            documents.append(doc)
        if not documents:
            return None
        return HandoverData(
            when=when,
            method=str(self.method.currentData()),
            documents=documents,
            notes=previous.notes if previous is not None else "",
            extra=dict(previous.extra) if previous is not None else {},
            uid=previous.uid if previous is not None else "",
        )
