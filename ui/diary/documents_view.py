"""The Unterlagen view: what the Jobcenter has of mine, since when, and with a receipt?

Above, one line per document type (a table model over ``document_summary``);
below, every handover with its documents (a tree model).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import document_types
from app.services.handovers import DocumentSummary, HandoverService
from app.vocabulary import METHOD_LABELS
from ui.common.i18n import label
from ui.common.table import Column, TableModel
from ui.diary.model import format_date

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(type_id: str) -> str:
    doc = document_types().get(type_id)
    return doc.shown_label() if doc else type_id


def _note(line: DocumentSummary) -> str | None:
    doc = document_types().get(line.type)
    return doc.shown_note() if doc else None


class SummaryModel(TableModel[DocumentSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                # the type's name is catalogue data, not interface text
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Dokument"),
                    lambda s: _label(s.type),
                    tooltip=_note,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Zuerst abgegeben"),
                    lambda s: format_date(s.first),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Zuletzt abgegeben"),
                    lambda s: format_date(s.last),
                ),
                Column(QT_TRANSLATE_NOOP("Bezeichnung", "Wie oft"), lambda s: str(s.times)),
                Column(QT_TRANSLATE_NOOP("Bezeichnung", "Eingangsbestätigung"), self.receipt_text),
                Column(QT_TRANSLATE_NOOP("Bezeichnung", "Kopiert/gescannt"), self.copied_text),
            ),
            parent,
        )

    def receipt_text(self, line: DocumentSummary) -> str:
        # words, not colour: readable for everyone
        if line.receipts == line.times:
            return self.tr("ja, immer")
        if line.receipts == 0:
            return self.tr("nein, nie")
        return self.tr("{r} von {n} Mal").format(r=line.receipts, n=line.times)

    def copied_text(self, line: DocumentSummary) -> str:
        return (
            self.tr("nein")
            if line.copied_or_scanned == 0
            else self.tr("ja, {n} Mal").format(n=line.copied_or_scanned)
        )


class DocumentsView(QWidget):
    receipt_requested = Signal(str)  # a handover's uid: print its Eingangsbestätigung

    def __init__(self, service: HandoverService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.summary_model = SummaryModel(self)
        self.summary = QTableView()
        self.summary.setModel(self.summary_model)
        self.summary.setAccessibleName(self.tr("Abgegebene Dokumente im Überblick"))
        self.summary.verticalHeader().hide()
        self.summary.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary.horizontalHeader().setStretchLastSection(True)
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Alle Übergaben"))
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.receipt_button = QPushButton(self.tr("&Eingangsbestätigung drucken …"))
        self.receipt_button.setToolTip(
            self.tr(
                "Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, "
                "in zwei Exemplaren"
            )
        )
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(self.request_receipt)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        handovers = QWidget()
        handovers_layout = QVBoxLayout(handovers)
        handovers_layout.setContentsMargins(0, 0, 0, 0)
        handovers_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        self.receipt_hint = QLabel(
            self.tr("Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.")
        )
        self.receipt_hint.setWordWrap(True)
        self.receipt_hint.hide()
        buttons.addWidget(self.receipt_hint, 1)
        handovers_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.summary)
        splitter.addWidget(handovers)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("<h3>Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?</h3>")
        )
        heading.setWordWrap(True)  # large text and long translations wrap, not widen the window
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        self.summary_model.set_rows(self.service.document_summary())
        # removeRows, not clear(): clear() on an expanded tree of 2,000 handovers took
        # over a second, removing the rows 30 ms
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        self.tree_model.setHorizontalHeaderLabels(
            [
                self.tr("Übergabe / Dokument"),
                self.tr("Original oder Kopie"),
                self.tr("Eingangsbestätigung"),
                self.tr("Vom Jobcenter kopiert"),
                self.tr("Private Notiz (wird nie gedruckt)"),
            ]
        )
        handovers = self.service.handovers()
        for handover in handovers:
            how = label(METHOD_LABELS.get(handover.method, handover.method))
            parent = QStandardItem(f"{format_date(handover.when)}, {how}")
            parent.setData(handover.uid, UID_ROLE)
            for doc in handover.documents:
                # as the Eingangsbestätigung prints it: type, description, period
                name = _label(doc.type) + (f": {doc.description}" if doc.description else "")
                name += f" ({doc.period})" if doc.period else ""
                line = " ".join(doc.remark.split())
                remark = QStandardItem(line if len(line) <= 80 else line[:79] + "…")
                remark.setToolTip(doc.remark)
                parent.appendRow(
                    [
                        QStandardItem(name),
                        QStandardItem(self.tr("Original") if doc.original else self.tr("Kopie")),
                        QStandardItem(self.tr("ja") if doc.receipt else self.tr("nein")),
                        QStandardItem(
                            self.tr("ja")
                            if doc.copied_by_jobcenter or doc.scanned_by_jobcenter
                            else self.tr("nein")
                        ),
                        remark,
                    ]
                )
            self.tree_model.appendRow(parent)
        self.tree.expandAll()
        self._update_receipt()
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty.setText(
            ""
            if handovers
            else self.tr(
                "Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten "
                "mit einer Eingangsbestätigung."
            )
        )

    def selected_handover_uid(self) -> str | None:
        rows = self.tree.selectionModel().selectedRows() if self.tree.model() else []
        if not rows:
            return None
        index = rows[0] if not rows[0].parent().isValid() else rows[0].parent()
        uid = index.data(UID_ROLE)
        return str(uid) if uid else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_receipt()

    def _update_receipt(self) -> None:
        chosen = self.selected_handover_uid() is not None
        self.receipt_button.setEnabled(chosen)
        self.receipt_hint.setVisible(not chosen and self.tree_model.rowCount() > 0)

    def request_receipt(self) -> None:
        uid = self.selected_handover_uid()
        if uid is not None:
            self.receipt_requested.emit(uid)

    def clear(self) -> None:
        self.summary_model.set_rows([])
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        self.empty.clear()
        self._update_receipt()

    def dispose(self) -> None:
        self.tree.selectionModel().selectionChanged.disconnect(self._selection_changed)
        self.receipt_button.clicked.disconnect(self.request_receipt)
        self.summary.setModel(None)
        self.tree.setModel(None)
