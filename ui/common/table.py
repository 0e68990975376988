"""One table model for every list of plain records: the columns are data.

A view describes its columns once (header, text, sort key, tooltip, alignment)
and hands the model a list of records from a service; the model answers Qt's
questions from that. It sorts itself with plain Python keys in one pass and
keeps the selection on its record: a ``QSortFilterProxyModel`` sorting through
``data()`` cost most of a second with 5,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.common.i18n import label

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (a ``QT_TRANSLATE_NOOP("Bezeichnung", ...)`` text) and
    how a row shows in it. Without ``sort_key`` the column does not sort."""

    header: object  # what QT_TRANSLATE_NOOP returns (the text itself)
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    alignment: Qt.AlignmentFlag | None = None


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows of records of one kind under the given columns.

    ``roles`` answers further item roles (a uid, an id) for the whole row;
    ``cache_text`` formats a row's texts once instead of on every paint.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        *,
        roles: Mapping[int, Callable[[R], Any]] | None = None,
        sort: tuple[int, Qt.SortOrder] | None = None,
        cache_text: bool = False,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[R] = []
        self.sort_order = sort
        self.version = 0  # changes whenever rows or their order change
        self._roles = dict(roles or {})
        self._answers = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, *self._roles})
        self._cache: dict[int, tuple[str, ...]] | None = {} if cache_text else None

    # ------------------------------------------------------------- rows
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._cache is not None:
            self._cache = {}
        self._sort_rows()
        self.version += 1
        self.endResetModel()

    # ----------------------------------------------------------- sorting
    def _sort_rows(self) -> None:
        if self.sort_order is None:
            return
        column, order = self.sort_order
        key = self.columns[column].sort_key
        if key is not None:
            self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self.layoutAboutToBeChanged.emit()
        old_row = {id(r): i for i, r in enumerate(self.rows)}
        self.sort_order = (column, order)
        self._sort_rows()
        self.version += 1
        new_row = {old_row[id(r)]: i for i, r in enumerate(self.rows)}
        persistent = self.persistentIndexList()  # keeps the selection on its row
        self.changePersistentIndexList(
            persistent, [self.index(new_row[p.row()], p.column()) for p in persistent]
        )
        self.layoutChanged.emit()

    # ------------------------------------------------------ Qt's questions
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return label(self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What ``data`` answers, by row number (a proxy may ask directly)."""
        if role not in self._answers:
            return None  # painting asks a dozen roles per cell; most are not ours
        record = self.rows[row]
        if role == _DISPLAY:
            return self._text(record, column)
        if role == _TOOLTIP:
            tooltip = self.columns[column].tooltip
            return tooltip(record) if tooltip is not None else None
        if role == _ALIGNMENT:
            alignment = self.columns[column].alignment
            return int(alignment) if alignment is not None else None
        return self._roles[role](record)

    def _text(self, record: R, column: int) -> str:
        if self._cache is None:
            return self.columns[column].text(record)
        shown = self._cache.get(id(record))
        if shown is None:
            shown = self._cache[id(record)] = tuple(c.text(record) for c in self.columns)
        return shown[column]


def prepare_table_view(
    table: QTableView,
    model: QAbstractItemModel,
    samples: Mapping[int, str],
    padding_em: int,
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder),
) -> None:
    """Whole rows, one at a time, sorted by the model (``sort``: newest first unless
    told otherwise); no per-row measuring.

    Column widths come from the font (a sample text or the title, whichever is
    wider), not from the contents: "resize to contents" reads a thousand rows on
    every search result (250 ms with 10,000 entries).
    """
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.sortByColumn(*sort)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fit = _ColumnFit(table, dict(samples), padding_em)
    fit.apply()
    table.installEventFilter(fit)


class _ColumnFit(QObject):
    """Row height and column widths from the table's font, again whenever the font
    changes (a larger text size, issue 17), so no title or date is clipped."""

    def __init__(self, table: QTableView, samples: dict[int, str], padding_em: int) -> None:
        super().__init__(table)
        self.table = table
        self.samples = samples
        self.padding_em = padding_em

    def apply(self) -> None:
        table = self.table
        model = table.model()
        if model is None:  # a view being taken down
            return
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        header = table.horizontalHeader()
        header_metrics = header.fontMetrics()
        padding = self.padding_em * metrics.horizontalAdvance("M")
        for column, sample in self.samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
            header.resizeSection(column, widest + padding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FontChange:
            self.apply()
        return False
