"""Qt item models for the diary: a table model over the service, a proxy for filters.

The model holds plain records from ``EntriesService`` (never ORM rows); full-text
search runs in SQLite's FTS5 index and the proxy only checks set membership, so a
keystroke stays cheap even with 10,000 entries.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, overload

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.records import ContactData
from app.vocabulary import CHANNEL_LABELS
from ui.common.i18n import label
from ui.common.table import Column, TableModel

UID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def format_date(moment: date) -> str:
    """TT.MM.JJJJ. Not strftime: under PySide6 every strftime call passes through
    shiboken's import hook (it imports ``time``) and cost ~85 µs; 2,000 handovers
    spent 0.17 s on dates alone."""
    return f"{moment.day:02d}.{moment.month:02d}.{moment.year:04d}"


def format_time(moment: datetime) -> str:
    """HH:MM, without strftime (see :func:`format_date`)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _channel_text(contact: ContactData) -> str:
    return label(CHANNEL_LABELS.get(contact.channel, contact.channel))


def _when(contact: ContactData) -> float:
    return contact.when.timestamp()


CONTACT_COLUMNS: tuple[Column[ContactData], ...] = (
    Column(QT_TRANSLATE_NOOP("Bezeichnung", "Datum"), lambda c: format_date(c.when), _when),
    Column(QT_TRANSLATE_NOOP("Bezeichnung", "Uhrzeit"), lambda c: format_time(c.when), _when),
    Column(
        QT_TRANSLATE_NOOP("Bezeichnung", "Art"),
        _channel_text,
        lambda c: _channel_text(c).casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("Bezeichnung", "Gesprächspartner"),
        lambda c: c.counterpart,
        lambda c: c.counterpart.casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("Bezeichnung", "Notiz"),
        lambda c: one_line(c.notes),
        lambda c: c.notes.casefold(),
        tooltip=lambda c: one_line(c.notes, 600),
    ),
)


class ContactTableModel(TableModel[ContactData]):
    """The diary's entries; sorts itself (plain Python keys, one pass).

    Sorting here instead of in the proxy keeps a keystroke cheap: the proxy keeps
    the source order, so a new search result is not re-sorted through thousands of
    ``data()`` calls. Each entry's texts are formatted once, not on every paint.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            CONTACT_COLUMNS,
            parent,
            roles={UID_ROLE: lambda c: c.uid},
            sort=(0, Qt.SortOrder.DescendingOrder),
            cache_text=True,
        )


class ContactFilterProxy(QAbstractProxyModel):
    """Shows the entries that pass the channel, date range and search filters.

    A small proxy over a plain list of the source rows that pass, rebuilt in one
    Python pass per change and announced as one layout change (the selection
    stays on its entry). ``QSortFilterProxyModel`` asks Python about every row
    through ``filterAcceptsRow`` and announces a scattered search result as
    thousands of removed ranges: with 10,000 entries that alone cost more than
    the whole keystroke budget (see tests/benchmarks/bench_ui.py). Sorting is
    left to the source model; this proxy keeps its order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._channel: str | None = None
        self._start: date | None = None
        self._end: date | None = None
        self._matches: set[str] | None = None
        self._visible: list[int] = []
        self._row_of: dict[int, int] = {}
        self._saved: list[tuple[Any, QPersistentModelIndex]] = []

    # ------------------------------------------------------------ wiring
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self.beginResetModel)
            old.modelReset.disconnect(self._source_reset)
            old.layoutAboutToBeChanged.disconnect(self._before_layout)
            old.layoutChanged.disconnect(self._after_layout)
            old.dataChanged.disconnect(self._source_data_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._before_layout)
        model.layoutChanged.connect(self._after_layout)
        model.dataChanged.connect(self._source_data_changed)
        self._recompute()
        self.endResetModel()

    def _rows(self) -> list[ContactData]:
        model = self.sourceModel()
        return model.rows if isinstance(model, ContactTableModel) else []

    def _recompute(self) -> None:
        rows = self._rows()
        if self._channel or self._start or self._end:
            self._visible = [i for i, c in enumerate(rows) if self._passes(c)]
        elif self._matches is None:
            self._visible = list(range(len(rows)))
        else:  # search only, the common case while typing: one set lookup per entry
            matches = self._matches
            self._visible = [i for i, c in enumerate(rows) if c.uid in matches]
        self._row_of = {source: row for row, source in enumerate(self._visible)}

    def _source_reset(self) -> None:
        self._recompute()
        self.endResetModel()

    def _before_layout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        source = self.sourceModel()
        self._saved = [
            (
                QPersistentModelIndex(p),
                QPersistentModelIndex(source.index(self._visible[p.row()], p.column())),
            )
            for p in self.persistentIndexList()
            if 0 <= p.row() < len(self._visible)
        ]

    def _after_layout(self) -> None:
        self._recompute()
        old: list[Any] = []
        new: list[QModelIndex] = []
        for proxy_index, source_index in self._saved:
            row = self._row_of.get(source_index.row()) if source_index.isValid() else None
            old.append(proxy_index)
            new.append(QModelIndex() if row is None else self.index(row, proxy_index.column()))
        self._saved = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        rows = [
            self._row_of[r]
            for r in range(top_left.row(), bottom_right.row() + 1)
            if r in self._row_of
        ]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), top_left.column()),
                self.index(max(rows), bottom_right.column()),
            )

    def _refilter(self) -> None:
        self._before_layout()
        self._after_layout()

    # ----------------------------------------------------------- filters
    def set_channel(self, channel: str | None) -> None:
        self._channel = channel or None
        self._refilter()

    def set_range(self, start: date | None, end: date | None) -> None:
        self._start, self._end = start, end
        self._refilter()

    def set_matches(self, uids: set[str] | None) -> None:
        """``None`` shows all; a set shows only those entries (a search result)."""
        self._matches = uids
        self._refilter()

    def _passes(self, contact: ContactData) -> bool:
        if self._channel and contact.channel != self._channel:
            return False
        if self._start or self._end:
            day = contact.when.date()
            if self._start and day < self._start:
                return False
            if self._end and day > self._end:
                return False
        return self._matches is None or contact.uid in self._matches

    # ------------------------------------------------- the proxy's mapping
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or proxy_index.row() >= len(self._visible):
            return QModelIndex()
        return model.index(self._visible[proxy_index.row()], proxy_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # straight to the row: skips mapToSource for each of the many roles painted
        model = self.sourceModel()
        if not isinstance(model, ContactTableModel) or not index.isValid():
            return None
        return model.cell(self._visible[index.row()], index.column(), role)

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        row = self._row_of.get(source_index.row()) if source_index.isValid() else None
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex:
        if child is None:  # QObject.parent(): the owner
            owner = super().parent()
            assert owner is not None
            return owner
        return QModelIndex()  # a flat table: no item has a parent

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()
