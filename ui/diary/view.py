"""The Tagebuch view: every contact, newest first, with search, filters and history."""

from __future__ import annotations

import html
from datetime import UTC, date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.attachments import AttachmentService
from app.services.entries import EntriesService
from app.vocabulary import CHANNEL_LABELS
from ui.common.i18n import label
from ui.common.layout import german_date
from ui.common.table import prepare_table_view
from ui.diary.attachments import AttachmentsPanel
from ui.diary.model import (
    UID_ROLE,
    ContactFilterProxy,
    ContactTableModel,
    format_date,
)

SEARCH_DELAY_MS = 120
ACTION_LABELS = {
    "angelegt": QT_TRANSLATE_NOOP("Bezeichnung", "angelegt"),
    "geaendert": QT_TRANSLATE_NOOP("Bezeichnung", "geändert"),
    "geloescht": QT_TRANSLATE_NOOP("Bezeichnung", "gelöscht"),
    "wiederhergestellt": QT_TRANSLATE_NOOP("Bezeichnung", "wiederhergestellt"),
}


class DiaryView(QWidget):
    """List on the left, the chosen entry with its revisions on the right."""

    entry_chosen = Signal(str)
    new_requested = Signal()  # the "Neuer Eintrag" button; the window opens the form

    def __init__(
        self,
        service: EntriesService,
        attachments: AttachmentService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.model = ContactTableModel(self)
        self.proxy = ContactFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._make_filters()
        self._make_table()
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Gewählter Eintrag"))
        self.detail.setOpenLinks(False)
        self.attachments = AttachmentsPanel(attachments)

        self._lay_out()
        self._connect()

    def _make_filters(self) -> None:
        """The search field, the kind of contact and the date range."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen in allen Notizen … (Strg+F)"))
        self.search.setAccessibleName(self.tr("Suche"))
        self.search.setClearButtonEnabled(True)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Art des Kontakts"))
        self.channel.addItem(self.tr("Alle Arten"), "")
        for key, text in CHANNEL_LABELS.items():
            self.channel.addItem(label(text), key)
        self.use_from = QCheckBox(self.tr("&von"))
        self.date_from = QDateEdit()
        self.use_to = QCheckBox(self.tr("&bis"))
        self.date_to = QDateEdit()
        for edit, name in (
            (self.date_from, self.tr("Von Datum")),
            (self.date_to, self.tr("Bis Datum")),
        ):
            german_date(edit)
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            edit.setAccessibleName(name)
        self.count = QLabel()
        self.count.setWordWrap(True)  # the hint for an empty diary is long
        self.new_button = QPushButton(self.tr("Neuer &Eintrag …"))
        self.new_button.setToolTip(self.tr("Ein Gedächtnisprotokoll schreiben (Strg+N)"))
        self.new_button.clicked.connect(self.new_requested)

    def _make_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Einträge im Tagebuch"))
        samples = ("88.88.8888", "88:88", "Online-Portal", "M" * 11)
        prepare_table_view(self.table, self.proxy, dict(enumerate(samples)), padding_em=3)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.new_button)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.channel, 1)
        filters.addWidget(self.use_from)
        filters.addWidget(self.date_from)
        filters.addWidget(self.use_to)
        filters.addWidget(self.date_to)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        # The attachments sit below the entry; a preview takes most of the height.
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addWidget(self.detail, 1)
        entry_layout.addWidget(self.attachments, 3)
        splitter.addWidget(self.table)
        splitter.addWidget(entry)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])  # the list with its note column first
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        """Search as you type (a short pause first), filters at once; Strg+F."""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.channel.currentIndexChanged.connect(self._filters_changed)
        for widget in (self.use_from, self.use_to):
            widget.toggled.connect(self._filters_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        self.setTabOrder(self.search, self.channel)
        self.setTabOrder(self.channel, self.use_from)
        self.setTabOrder(self.use_from, self.date_from)
        self.setTabOrder(self.date_from, self.use_to)
        self.setTabOrder(self.use_to, self.date_to)
        self.setTabOrder(self.date_to, self.table)
        self.setTabOrder(self.table, self.detail)
        self.setTabOrder(self.detail, self.attachments.list)

    # ----------------------------------------------------------- loading
    def reload(self) -> None:
        self.model.set_rows(self.service.contacts())
        self.apply_search()
        self._update_count()
        if not self.table.selectionModel().hasSelection():
            self._show_hint()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _show_hint(self) -> None:
        """With no entry chosen the right side says what to do, instead of staying blank."""
        if self.model.rowCount():
            text = self.tr("Wählen Sie links einen Eintrag, um ihn hier zu lesen.")
        else:
            text = self.tr(
                "Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, "
                "was beim Jobcenter passiert ist."
            )
        self.detail.setPlainText(text)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.model.set_rows([])
        self.search.clear()
        self.detail.clear()
        self.attachments.clear()
        self.count.clear()

    def dispose(self) -> None:
        """Cut the Python slots before Qt destroys the widgets.

        Otherwise the dying table announces a last selection change to
        ``_selection_changed`` while its children are already gone (a crash).
        """
        self._search_timer.stop()
        self.table.selectionModel().selectionChanged.disconnect(self._selection_changed)
        self.table.setModel(None)
        self.attachments.dispose()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ----------------------------------------------------------- filters
    def apply_search(self) -> None:
        words = self.search.text().strip()
        self.proxy.set_matches(set(self.service.search(words, limit=1_000_000)) if words else None)
        self._update_count()

    def _filters_changed(self) -> None:
        self.date_from.setEnabled(self.use_from.isChecked())
        self.date_to.setEnabled(self.use_to.isChecked())
        start = self.date_from.date().toPython() if self.use_from.isChecked() else None
        end = self.date_to.date().toPython() if self.use_to.isChecked() else None
        assert start is None or isinstance(start, date)
        assert end is None or isinstance(end, date)
        self.proxy.set_channel(self.channel.currentData())
        self.proxy.set_range(start, end)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count.setText(
                self.tr(
                    "Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem "
                    "Jobcenter einen an (Strg+N)."
                )
            )
        elif shown == total:
            text = self.tr("1 Eintrag") if total == 1 else self.tr("{n} Einträge").format(n=total)
            self.count.setText(text)
        else:
            self.count.setText(self.tr("{shown} von {n} Einträgen").format(shown=shown, n=total))

    def select_uid(self, uid: str) -> bool:
        """Choose an entry (from a Warnsignal); filters that hide it are cleared first."""
        row = next((r for r, c in enumerate(self.model.rows) if c.uid == uid), -1)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.apply_search()
            self.channel.setCurrentIndex(0)
            self.use_from.setChecked(False)
            self.use_to.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # ------------------------------------------------------------ detail
    def selected_uid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(UID_ROLE)) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        uid = self.selected_uid()
        if uid is None:
            self._show_hint()
            self.attachments.set_contact(None)
            return
        self.show_entry(uid)
        self.entry_chosen.emit(uid)

    def show_entry(self, uid: str) -> None:
        contact = self.service.get_contact(uid)
        history = self.service.history("contact", uid)
        esc = html.escape
        heading = self.tr("{channel} am {date}, {time} Uhr").format(
            channel=label(CHANNEL_LABELS.get(contact.channel, contact.channel)),
            date=format_date(contact.when),
            time=f"{contact.when:%H:%M}",
        )
        parts = [f"<h3>{esc(heading)}</h3>"]
        for title, value in (
            (self.tr("Gesprächspartner"), contact.counterpart),
            (self.tr("Begleitung (Beistand)"), contact.companion),
            (self.tr("Ort"), contact.location),
        ):
            if value:
                parts.append(f"<p><b>{esc(title)}:</b> {esc(value)}</p>")
        if contact.notes:
            parts.append("<p>" + esc(contact.notes).replace("\n", "<br>") + "</p>")
        for title, value in (
            (self.tr("Vereinbart"), contact.outcome),
            (self.tr("Als Nächstes"), contact.follow_up),
        ):
            if value:
                parts.append(f"<p><b>{esc(title)}:</b> {esc(value)}</p>")
        parts.append("<h4>" + esc(self.tr("Verlauf")) + "</h4><ul>")
        for seq, action, at, _content in history:
            local = at.replace(tzinfo=UTC).astimezone()  # stored in UTC, shown as on the clock
            line = self.tr("Fassung {n}: {action} am {date} um {time} Uhr").format(
                n=seq,
                action=label(ACTION_LABELS.get(action, action)),
                date=f"{local:%d.%m.%Y}",
                time=f"{local:%H:%M}",
            )
            parts.append(f"<li>{esc(line)}</li>")
        parts.append("</ul>")
        self.detail.setHtml("".join(parts))
        self.attachments.set_contact(uid)
