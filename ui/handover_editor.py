"""The part of the memory record that says which documents were handed over.

One row per document, each answer a plain choice (never only a colour or an
icon): which document, original or copy, whether the Jobcenter copied or
scanned it, whether it asked for consent, whether there is a receipt, whether
the original came back. Stored as a ``Handover`` linked to the entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import document_types
from app.services.records import DocumentData, HandoverData
from ui.i18n import label

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
        QT_TRANSLATE_NOOP("Bezeichnung", "Quittung?"),
        QT_TRANSLATE_NOOP("Bezeichnung", "Haben Sie eine Empfangsbestätigung bekommen?"),
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
        self._update()

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
            kind.addItem(entry.label, entry.id)  # catalogue data
            kind.setItemData(kind.count() - 1, entry.note, Qt.ItemDataRole.ToolTipRole)
        kind.setCurrentIndex(max(0, kind.findData(type_id)))
        cells = [
            kind,
            self._combo(ORIGINAL, self.tr("Original oder Kopie")),
            self._combo(COPIED, self.tr("Vom Jobcenter kopiert oder gescannt")),
            self._combo(YES_NO_UNKNOWN, self.tr("Einwilligung erfragt")),
            self._combo(RECEIPT, self.tr("Empfangsbestätigung erhalten")),
            self._combo(YES_NO_UNKNOWN, self.tr("Original zurückbekommen")),
        ]
        for column, widget in enumerate(cells):
            self.table.setCellWidget(row, column, widget)
            widget.currentIndexChanged.connect(self.changed)
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
            # keep what the form does not show (description, period, pages, …)
            kind.setProperty("kept", doc)
        self.table.setCurrentCell(row, 0)
        self._update()
        return row

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
                doc.description, doc.period, doc.pages = kept.description, kept.period, kept.pages
                doc.extra = dict(kept.extra)
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
