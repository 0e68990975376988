"""Qt item models for the diary: a table model over the service, a proxy for filters.

The model holds plain records from ``DiaryService`` (never ORM rows); full-text
search runs in SQLite's FTS5 index and the proxy only checks set membership, so a
keystroke stays cheap even with 10,000 entries.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.services.records import ContactData

CHANNEL_LABELS = {
    "termin": "Termin",
    "telefon": "Telefon",
    "brief": "Brief",
    "email": "E-Mail",
    "hausbesuch": "Hausbesuch",
    "portal": "Online-Portal",
    "fax": "Fax",
}
UID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def format_date(moment: date) -> str:
    return moment.strftime("%d.%m.%Y")


def one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ContactTableModel(QAbstractTableModel):
    COLUMNS = ("Datum", "Uhrzeit", "Art", "Gesprächspartner", "Notiz")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactData] = []

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self.endResetModel()

    def contact_at(self, row: int) -> ContactData:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        column = index.column()
        if role == UID_ROLE:
            return contact.uid
        if role == SORT_ROLE:
            if column in (0, 1):
                return contact.when.timestamp()
            return str(self.data(index)).casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(contact.when)
            if column == 1:
                return contact.when.strftime("%H:%M")
            if column == 2:
                return self.tr(CHANNEL_LABELS.get(contact.channel, contact.channel))
            if column == 3:
                return contact.counterpart
            return one_line(contact.notes)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return one_line(contact.notes, 600)
        return None


class ContactFilterProxy(QSortFilterProxyModel):
    """Filters by channel, date range and the uids a full-text search returned."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._channel: str | None = None
        self._start: date | None = None
        self._end: date | None = None
        self._matches: set[str] | None = None

    def set_channel(self, channel: str | None) -> None:
        self.beginFilterChange()
        self._channel = channel or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_range(self, start: date | None, end: date | None) -> None:
        self.beginFilterChange()
        self._start, self._end = start, end
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_matches(self, uids: set[str] | None) -> None:
        """``None`` shows all; a set shows only those entries (a search result)."""
        self.beginFilterChange()
        self._matches = uids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ContactTableModel)
        contact = model.contact_at(source_row)
        if self._channel and contact.channel != self._channel:
            return False
        day = contact.when.date()
        if self._start and day < self._start:
            return False
        if self._end and day > self._end:
            return False
        return self._matches is None or contact.uid in self._matches
