"""Briefe: every letter with its status and answer deadline, and what to do next.

A table model over ``LetterService`` (newest first); beside it the chosen letter:
subject, recipient, how and when it went out, the deadline with how it was
counted, and the buttons to look at it, save it, mark it as sent or answered,
extend the deadline or delete it. An overdue answer is said plainly, with the
next letter (a reminder, then — for a data-protection request — a complaint) one
click away. Before the answer date the reminder is shown disabled, with the day from
which it makes sense.

Every question is a small window-modal dialog opened with ``open()``: locking
while one is open closes it and decides nothing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.letters.model import LetterRequest
from ui.common.i18n import label
from ui.common.layout import em, german_date
from ui.common.table import Column, TableModel
from ui.common.theme import themed
from ui.diary.model import format_date
from ui.letters.pdf_view import (
    LetterPdfError,
    PagesView,
    day_of,
    due_text,
    open_print_dialog,
    print_pdf,
    save_pdf_as,
    suggested_name,
    weekday_date,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from app.services.findings import FindingsService
    from app.services.letters import LetterInfo, LetterService
    from ui.letters.wizard import LetterWizard

DRAFT, SENT, ANSWERED, OVERDUE = "entwurf", "versendet", "beantwortet", "ueberfaellig"
STATUS_LABELS = {
    DRAFT: QT_TRANSLATE_NOOP("Bezeichnung", "Entwurf"),
    SENT: QT_TRANSLATE_NOOP("Bezeichnung", "Versendet"),
    ANSWERED: QT_TRANSLATE_NOOP("Bezeichnung", "Beantwortet"),
    OVERDUE: QT_TRANSLATE_NOOP("Bezeichnung", "⚠ Antwort überfällig"),
}
# the list is narrow: a shorter word there, the full one in the detail pane
SHORT_LABELS = {OVERDUE: QT_TRANSLATE_NOOP("Bezeichnung", "⚠ Überfällig")}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_BOLD_WHEN_OVERDUE = (2, 3)  # the Status and Antwort columns of an overdue letter
EXTENSION_DAYS_MAX = 61  # "up to two months" beyond the month, counted generously

Link = tuple[SignalInstance, Callable[..., Any]]


def status_text(status: str) -> str:
    return label(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def short_status_text(info: LetterInfo) -> str:
    short = SHORT_LABELS.get(info.status)
    return label(short) if short else status_text(info.status)


def sent_or_dated(info: LetterInfo) -> str:
    day = info.sent_on or info.letter_date
    return format_date(day) if day else "–"


class LettersModel(TableModel["LetterInfo"]):
    """The letters in the service's order (newest first); the table does not sort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Brief"),
                    lambda info: info.title,
                    tooltip=lambda info: f"{info.title}\n{info.subject}",
                ),
                Column(QT_TRANSLATE_NOOP("Bezeichnung", "Datum"), sent_or_dated),
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Status"),
                    short_status_text,
                    tooltip=lambda info: status_text(info.status),
                ),
                Column(QT_TRANSLATE_NOOP("Bezeichnung", "Antwort"), self.answer_text),
            ),
            parent,
            roles={ID_ROLE: lambda info: info.id},
        )

    def set_letters(self, rows: list[LetterInfo]) -> None:
        self.set_rows(rows)

    def answer_text(self, info: LetterInfo) -> str:
        if info.status == ANSWERED and info.answered_on:
            return self.tr("erhalten am {date}").format(date=format_date(info.answered_on))
        if info.due_on is not None and info.status in (SENT, OVERDUE):
            return due_text(info.due_on)
        if info.status == DRAFT:
            return self.tr("noch nicht versendet")
        return self.tr("keine Frist")

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            if column in _BOLD_WHEN_OVERDUE and self.rows[row].status == OVERDUE:
                font = QFont()
                font.setBold(True)  # with the ⚠ and the word: never colour alone
                return font
            return None
        return super().cell(row, column, role)

    def row_of(self, letter_id: int) -> int:
        return next((r for r, info in enumerate(self.rows) if info.id == letter_id), -1)


class LettersTable(QTableView):
    """The list of letters: the first column takes what the others leave, but never
    less than a readable title; on a small screen the list scrolls sideways instead."""

    first_min = 160

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        if header.count() < 2:
            return
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        header.resizeSection(0, max(self.first_min, self.viewport().width() - others))


# ------------------------------------------------------------------ small questions
class _Ask(QDialog):
    """A small window-modal question with an OK button that waits for valid input."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._links: list[Link] = []
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self._link(self.buttons.accepted, self.accept)
        self._link(self.buttons.rejected, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _link(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._links.append((signal, slot))

    def date_edit(self, day: date, caption: str, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        german_date(edit)
        edit.setAccessibleName(name)
        text = QLabel(caption)
        text.setBuddy(edit)
        self.form.addRow(text, edit)
        return edit

    def done(self, result: int) -> None:
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        super().done(result)


class SentDialog(_Ask):
    """How and when did the letter go out?"""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        from app.deadlines import DELIVERY_METHODS, delivery_name

        super().__init__(
            self.tr("Als versendet markieren"),
            self.tr(
                "Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag "
                "rechnet das Programm die Frist für die Antwort."
            ).format(title=title),
            self.tr("&Markieren"),
            parent,
        )
        self.delivery = QComboBox()
        self.delivery.setAccessibleName(self.tr("Versandart"))
        for method_id in DELIVERY_METHODS:
            self.delivery.addItem(delivery_name(method_id), method_id)
        how = QLabel(self.tr("&Wie:"))
        how.setBuddy(self.delivery)
        self.form.addRow(how, self.delivery)
        self.when = self.date_edit(date.today(), self.tr("&Am:"), self.tr("Versendet am"))
        self.when.setMaximumDate(QDate.currentDate())
        self.hint.setText(
            self.tr(
                "Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder "
                "Bestätigung des Uploads."
            )
        )
        self.resize(480, 240)

    def values(self) -> tuple[str, date]:
        return str(self.delivery.currentData()), day_of(self.when)


class AnsweredDialog(_Ask):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Antwort erhalten"),
            self.tr(
                "An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie "
                "die Antwort am besten als Eintrag mit Anhang ins Tagebuch."
            ).format(title=title),
            self.tr("&Speichern"),
            parent,
        )
        self.when = self.date_edit(
            date.today(), self.tr("Erhalten &am:"), self.tr("Antwort erhalten am")
        )
        self.when.setMaximumDate(QDate.currentDate())
        self.resize(460, 200)

    def value(self) -> date:
        return day_of(self.when)


class ExtendDialog(_Ask):
    """A new answer date, with the Jobcenter's reason; both are needed."""

    def __init__(
        self,
        title: str,
        due: date | None,
        parent: QWidget | None = None,
        *,
        art_12: bool = True,
    ) -> None:
        if art_12:
            intro = self.tr(
                "Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es "
                "nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann "
                "um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue "
                "Datum und die Begründung aus dem Schreiben ein."
            )
        else:
            intro = self.tr(
                "Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie "
                "das neue Datum und die Begründung aus dem Schreiben ein."
            )
        super().__init__(
            self.tr("Frist verlängern"),
            intro.format(title=title),
            self.tr("&Verlängern"),
            parent,
        )
        start = due or date.today()
        self.when = self.date_edit(start, self.tr("&Neue Frist bis:"), self.tr("Neue Frist"))
        if due is not None:
            self.when.setMinimumDate(QDate(due.year, due.month, due.day).addDays(1))
            if art_12:
                self.when.setMaximumDate(
                    QDate(due.year, due.month, due.day).addDays(EXTENSION_DAYS_MAX)
                )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Begründung des Jobcenters"))
        self.reason.setPlaceholderText(
            self.tr("z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“")
        )
        self.reason.setMinimumHeight(3 * self.reason.fontMetrics().lineSpacing())
        why = QLabel(self.tr("&Begründung:"))
        why.setBuddy(self.reason)
        self.form.addRow(why, self.reason)
        self._link(self.reason.textChanged, self._update)
        self.resize(520, 320)
        self._update()

    def values(self) -> tuple[date, str]:
        return day_of(self.when), self.reason.toPlainText().strip()

    def _update(self) -> None:
        filled = bool(self.reason.toPlainText().strip())
        self.ok.setEnabled(filled)
        self.hint.setText("" if filled else self.tr("Bitte tragen Sie die Begründung ein."))


class PreviewDialog(QDialog):
    """A stored letter: its pages, print, save as PDF."""

    def __init__(self, title: str, pdf: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brief: {title}").format(title=title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.pdf = pdf
        self.name = name
        self.pages = PagesView()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meldung"))
        self.save_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.close_button = QPushButton(self.tr("&Schließen"))
        self._links: list[Link] = []
        self.printing: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        for signal, slot in (
            (self.save_button.clicked, self.save_pdf),
            (self.print_button.clicked, self.ask_printer),
            (self.close_button.clicked, self.reject),
        ):
            signal.connect(slot)
            self._links.append((signal, slot))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(900, 700)
        try:
            self.pages.show_pdf(pdf)
        except LetterPdfError as exc:
            self.message.setText(exc.message)

    def save_pdf(self) -> Path | None:
        try:
            target = save_pdf_as(self, self.pdf, self.name)
        except LetterPdfError as exc:
            self.message.setText(exc.message)
            return None
        if target is not None:
            self.message.setText(
                self.tr(
                    "Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie "
                    "sie, wenn Sie sie nicht mehr brauchen."
                ).format(path=str(target))
            )
        return target

    def ask_printer(self) -> QPrintDialog:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._printer, self)
        dialog.accepted.connect(self._print_accepted)
        dialog.finished.connect(self._print_finished)
        self.printing = dialog
        open_print_dialog(dialog)
        return dialog

    def _print_accepted(self) -> None:
        if self._printer is not None:
            self.print_to(self._printer)

    def _print_finished(self, _result: int) -> None:
        dialog, self.printing = self.printing, None
        if dialog is not None:
            dialog.accepted.disconnect(self._print_accepted)
            dialog.finished.disconnect(self._print_finished)
            dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> bool:
        try:
            pages = print_pdf(self.pdf, printer)
        except LetterPdfError as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText(self.tr("{n} Seite(n) an den Drucker geschickt.").format(n=pages))
        return True

    def done(self, result: int) -> None:
        if self.printing is not None:
            self.printing.reject()
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        self.pages.clear()
        self.pdf = b""
        super().done(result)


# ------------------------------------------------------------------ the view
class LetterPane(QWidget):
    """The chosen letter: what it is, whether its answer is overdue, what can be done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Gewählter Brief"))
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        self.overdue.setAccessibleName(self.tr("Antwort überfällig"))
        themed(
            self.overdue,
            lambda colours: (
                f"background: {colours.warning_background}; color: {colours.warning_text}; "
                f"border: 2px solid {colours.warning_border}; border-radius: 4px; padding: 6px;"
            ),
        )
        self.next_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meldung"))
        self.message.hide()
        self.preview_button = QPushButton(self.tr("&Vorschau / Drucken"))
        self.save_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.sent_button = QPushButton(self.tr("Als versendet &markieren …"))
        self.answered_button = QPushButton(self.tr("&Antwort erhalten …"))
        self.extend_button = QPushButton(self.tr("Frist ver&längern …"))
        self.delete_button = QPushButton(self.tr("Lö&schen"))
        self.edit_button = QPushButton(self.tr("Ent&wurf bearbeiten …"))
        for button, tip in (
            (self.preview_button, self.tr("Den Brief ansehen und drucken")),
            (self.save_button, self.tr("Eine Kopie als PDF-Datei speichern")),
            (
                self.sent_button,
                self.tr("Wie und wann der Brief verschickt wurde; die Frist beginnt"),
            ),
            (self.answered_button, self.tr("Das Jobcenter hat geantwortet")),
            (self.extend_button, self.tr("Das Jobcenter hat mit Begründung um mehr Zeit gebeten")),
            (self.delete_button, self.tr("Den Brief aus dem Tagebuch löschen (fragt vorher)")),
            (
                self.edit_button,
                self.tr("Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken"),
            ),
        ):
            button.setToolTip(tip)

        actions = QGridLayout()
        # rows by state: only what fits the chosen letter is shown (a draft: change or
        # send it; a sent letter: the answer or a longer deadline), so nothing greyed
        # out distracts
        actions.addWidget(self.preview_button, 0, 0)
        actions.addWidget(self.save_button, 0, 1)
        actions.addWidget(self.edit_button, 1, 0)
        actions.addWidget(self.sent_button, 1, 1)
        actions.addWidget(self.answered_button, 2, 0)
        actions.addWidget(self.extend_button, 2, 1)
        actions.addWidget(self.delete_button, 3, 1)
        right_layout = QVBoxLayout(self)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.overdue)
        right_layout.addWidget(self.next_button)
        right_layout.addWidget(self.message)
        right_layout.addLayout(actions)


class LettersView(QWidget):
    """All letters of the diary."""

    changed = Signal()  # a letter was saved, sent, answered or deleted
    dialog_opened = Signal(QWidget)  # the window watches it for activity (auto-lock)
    deleted = Signal(object)  # a DeletedLetter: the window's Strg+Z brings it back

    def __init__(
        self,
        service: LetterService,
        findings: FindingsService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.findings = findings
        self.wizard: LetterWizard | None = None
        self.asking: QDialog | None = None  # the open question, preview or confirmation
        self._ask_links: list[Link] = []
        self.model = LettersModel(self)

        self.new_button = QPushButton(self.tr("&Neuer Brief …"))
        self.new_button.setToolTip(
            self.tr("Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)")
        )
        self.empty = QLabel(
            self.tr(
                "Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel "
                "Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe "
                "von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken "
                "ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für "
                "die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B)."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setMaximumWidth(em(self.empty, 126))
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.empty.setAccessibleName(self.tr("Noch keine Briefe"))
        self.count = QLabel()

        self.table = self._make_table()

        self.pane = LetterPane()
        pane = self.pane
        self.detail, self.overdue, self.next_button = pane.detail, pane.overdue, pane.next_button
        self.message, self.preview_button = pane.message, pane.preview_button
        self.save_button, self.sent_button = pane.save_button, pane.sent_button
        self.answered_button, self.extend_button = pane.answered_button, pane.extend_button
        self.delete_button, self.edit_button = pane.delete_button, pane.edit_button

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h3>Ihre Briefe an das Jobcenter</h3>")))
        top.addStretch(1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        layout.addStretch(0)  # without letters the short text stays at the top

        self._links: list[Link] = []
        self._connect()
        self._show(None)

    def _connect(self) -> None:
        """The buttons' slots (cut again in dispose) and the order of Tab."""
        for signal, slot in (
            (self.table.selectionModel().selectionChanged, self._selection_changed),
            (self.table.activated, self._activated),
            (self.new_button.clicked, self._new_clicked),
            (self.next_button.clicked, self.write_next),
            (self.preview_button.clicked, self.show_preview),
            (self.save_button.clicked, self.save_pdf),
            (self.sent_button.clicked, self.ask_sent),
            (self.answered_button.clicked, self.ask_answered),
            (self.extend_button.clicked, self.ask_extend),
            (self.delete_button.clicked, self.ask_delete),
            (self.edit_button.clicked, self.edit_draft),
        ):
            signal.connect(slot)
            self._links.append((signal, slot))
        self.setTabOrder(self.new_button, self.table)
        self.setTabOrder(self.table, self.detail)
        self.setTabOrder(self.detail, self.next_button)
        self.setTabOrder(self.next_button, self.preview_button)
        self.setTabOrder(self.preview_button, self.save_button)
        self.setTabOrder(self.save_button, self.sent_button)
        self.setTabOrder(self.sent_button, self.answered_button)
        self.setTabOrder(self.answered_button, self.extend_button)
        self.setTabOrder(self.extend_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.edit_button)

    def _make_table(self) -> LettersTable:
        """The list of letters, its columns wide enough for a date and the longest state."""
        table = LettersTable()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Ihre Briefe"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        bold = QFont(table.font())
        bold.setBold(True)  # overdue rows are bold in these two columns
        plain, strong = table.fontMetrics(), QFontMetrics(bold)
        padding = plain.horizontalAdvance("M") + 8  # the cell margins and a little air
        for column, samples, bold_samples in (
            (1, ("88.88.8888",), ()),
            (2, (status_text(ANSWERED),), (label(SHORT_LABELS[OVERDUE]),)),
            (3, ("erhalten am 88.88.8888", "noch nicht versendet"), ("bis Mo, 88.88.8888",)),
        ):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(
                strong.horizontalAdvance(title),  # headers are bold
                *(plain.horizontalAdvance(text) for text in samples),
                *(strong.horizontalAdvance(text) for text in bold_samples),
            )
            header.resizeSection(column, widest + padding)
        header.setStretchLastSection(False)
        table.first_min = plain.horizontalAdvance("Auskunft über") + padding
        return table

    # ----------------------------------------------------------- loading
    def reload(self) -> None:
        chosen = self.selected_id()
        try:
            letters = self.service.letters()
        except AmtsError as exc:
            letters = []
            self._say(exc.message)
        self.model.set_letters(letters)
        self.empty.setVisible(not letters)
        self.splitter.setVisible(bool(letters))
        overdue = sum(1 for info in letters if info.status == OVERDUE)
        if letters:
            text = (
                self.tr("{n} Briefe").format(n=len(letters))
                if len(letters) != 1
                else self.tr("1 Brief")
            )
            if overdue:
                text += " · " + self.tr("{n} mit überfälliger Antwort").format(n=overdue)
            self.count.setText(text)
        else:
            self.count.clear()
        if chosen is None or not self.select(chosen):
            if self.model.rows:
                self.table.selectRow(0)
            else:
                self._show(None)

    def clear(self) -> None:
        """Forget everything shown, close every open dialog (on lock)."""
        self.close_dialogs()
        self.model.set_letters([])
        self.detail.clear()
        self.overdue.clear()
        self.count.clear()
        self.message.clear()
        self.message.hide()

    def close_dialogs(self) -> None:
        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.saved.disconnect(self._wizard_saved)
            wizard.finished.disconnect(self._wizard_finished)
            wizard.reject()
            wizard.deleteLater()
        self._end_question(reject=True)

    def dispose(self) -> None:
        """Cut the Python slots before Qt destroys the widgets (see DiaryView.dispose)."""
        self.close_dialogs()
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        self.table.setModel(None)

    def select(self, letter_id: int) -> bool:
        row = self.model.row_of(letter_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.model() else []
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected(self) -> LetterInfo | None:
        chosen = self.selected_id()
        row = self.model.row_of(chosen) if chosen is not None else -1
        return self.model.rows[row] if row >= 0 else None

    # ------------------------------------------------------------ detail
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.message.hide()
        self._show(self.selected())

    def _show(self, info: LetterInfo | None) -> None:
        self.next_request: LetterRequest | None = None
        for button in (
            self.preview_button,
            self.save_button,
            self.sent_button,
            self.answered_button,
            self.extend_button,
            self.delete_button,
            self.edit_button,
        ):
            button.setEnabled(info is not None)
        self.overdue.hide()
        self.next_button.hide()
        self.next_button.setEnabled(True)
        self.next_button.setToolTip("")
        self.next_button.setAccessibleDescription("")
        if info is None:
            self.detail.clear()
            return
        draft = info.status == DRAFT
        waiting = info.status in (SENT, OVERDUE)
        self.sent_button.setVisible(draft)
        self.edit_button.setVisible(draft)
        self.answered_button.setVisible(waiting)
        self.extend_button.setVisible(waiting)
        self.extend_button.setEnabled(waiting and info.due_on is not None)
        later = self._reminder_later(info) if info.status == SENT else ""
        self.detail.setHtml(self.detail_html(info, reminder_note=later))
        if info.status == OVERDUE and info.due_on is not None:
            self._show_overdue(info)

    def _reminder_later(self, info: LetterInfo) -> str:
        """A sent letter still within its answer period: the reminder, disabled, with the
        day from which it makes sense; returns that sentence ("" when none is due)."""
        from app.services.letters import COMPLAINT, REMINDER

        if info.due_on is None or info.type_id in (REMINDER, COMPLAINT):
            return ""
        try:
            possible, why = self.service.reminder_possible(info.id)
        except AmtsError:
            return ""
        if possible:  # the day has come (the list was loaded before midnight)
            return ""
        self.next_button.setText(self.tr("&Erinnerung schreiben …"))
        self.next_button.setEnabled(False)
        self.next_button.setToolTip(why)
        self.next_button.setAccessibleDescription(why)
        self.next_button.show()
        return why

    def _show_overdue(self, info: LetterInfo) -> None:
        assert info.due_on is not None
        from app.services.letters import COMPLAINT, REMINDER, period_set_by_law

        try:
            step, advice = self.service.follow_up(info.id)
        except AmtsError:
            step, advice = None, ""
        if period_set_by_law(info.type_id):
            text = self.tr(
                "Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen."
            ).format(date=weekday_date(info.due_on))
        else:
            text = self.tr(
                "Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten."
            ).format(date=weekday_date(info.due_on))
        if step is not None and step.type_id == REMINDER:
            text += " " + self.tr(
                "Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen."
            )
            self.next_button.setText(self.tr("&Erinnerung schreiben …"))
        elif step is not None and step.type_id == COMPLAINT:
            text += " " + self.tr(
                "Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei "
                "der Datenschutzaufsicht."
            )
            self.next_button.setText(self.tr("B&eschwerde schreiben …"))
        elif step is not None:
            self.next_button.setText(self.tr("Nächsten &Brief schreiben …"))
        elif advice:
            text += " " + advice  # no letter fits (a file inspection): what does
        self.overdue.setText(text)
        self.overdue.show()
        self.next_request = step
        self.next_button.setVisible(step is not None)

    def detail_html(self, info: LetterInfo, *, reminder_note: str = "") -> str:
        from app.deadlines import delivery_name

        esc = html.escape
        parts = [f"<h3>{esc(info.title)}</h3>"]
        rows: list[tuple[str, str]] = [
            (self.tr("Betreff"), info.subject),
            (self.tr("Status"), status_text(info.status)),
        ]
        recipient = self._recipient(info)
        if recipient:
            rows.append((self.tr("An"), recipient))
        if info.letter_date:
            rows.append((self.tr("Datum des Briefs"), format_date(info.letter_date)))
        if info.sent_on:
            rows.append(
                (
                    self.tr("Versendet"),
                    self.tr("am {date}, {how}").format(
                        date=format_date(info.sent_on), how=delivery_name(info.delivery)
                    ),
                )
            )
        else:
            rows.append((self.tr("Versendet"), self.tr("noch nicht")))
        if info.answered_on:
            rows.append((self.tr("Antwort erhalten"), format_date(info.answered_on)))
        elif info.due_on:
            rows.append((self.tr("Antwort fällig"), due_text(info.due_on)))
        parts.append("<table cellspacing='0' cellpadding='2'>")
        parts.extend(
            f"<tr><td valign='top'><b>{esc(k)}:</b>&nbsp;</td><td>{esc(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows
        )
        parts.append("</table>")
        if info.due_on and info.due_explanation:
            parts.append("<h4>" + esc(self.tr("So wurde die Frist gezählt")) + "</h4>")
            steps = list(info.due_steps) or [
                step.strip() for step in info.due_explanation.split("→") if step.strip()
            ]
            parts.append("<ol>" + "".join(f"<li>{esc(step)}</li>" for step in steps) + "</ol>")
        if info.extended_reason:
            parts.append(
                "<p><b>" + esc(self.tr("Verlängert:")) + f"</b> {esc(info.extended_reason)}</p>"
            )
        if reminder_note:
            caption = self.tr("Erinnerung:")  # outside the f-string, so lupdate finds it
            parts.append(f"<p><b>{esc(caption)}</b> {esc(reminder_note)}</p>")
        if info.status == DRAFT:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. "
                        "Markieren Sie ihn dann als versendet – ab da achtet das Programm auf "
                        "die Antwort."
                    )
                )
                + "</p>"
            )
        return "".join(parts)

    @staticmethod
    def _recipient(info: LetterInfo) -> str:
        return "\n".join(info.recipient_lines)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----------------------------------------------------------- wizard
    def _new_clicked(self) -> None:
        self.open_wizard()

    def _activated(self, _index: QModelIndex) -> None:
        self.show_preview()

    def edit_draft(self) -> LetterWizard | None:
        """The wizard with a draft's choices, to change it; it keeps its number."""
        info = self.selected()
        if info is None or info.status != DRAFT:
            return None
        try:
            request = LetterRequest.from_json(info.request)
        except (KeyError, TypeError, ValueError):
            request = LetterRequest(info.type_id)
        request.letter_date = None  # the changed letter is dated today
        return self.open_wizard(request, draft_id=info.id)

    def open_wizard(
        self,
        request: LetterRequest | None = None,
        suggested: list[str] | None = None,
        *,
        draft_id: int | None = None,
    ) -> LetterWizard | None:
        """The letter wizard, window-modal (not exec(): locking must be able to close it)."""
        from ui.letters.wizard import LetterWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        try:
            wizard = LetterWizard(
                self.service,
                self.findings,
                request,
                suggested or (),
                self,
                draft_id=draft_id,
            )
        except AmtsError as exc:
            self._say(exc.message)
            return None
        wizard.saved.connect(self._wizard_saved)
        wizard.finished.connect(self._wizard_finished)
        self.wizard = wizard
        wizard.open()
        self.dialog_opened.emit(wizard)
        return wizard

    def _wizard_saved(self, letter_id: int) -> None:
        self.reload()
        self.select(letter_id)
        self.changed.emit()

    def _wizard_finished(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.saved.disconnect(self._wizard_saved)
            wizard.finished.disconnect(self._wizard_finished)
            wizard.deleteLater()

    def write_next(self) -> LetterWizard | None:
        """The reminder or complaint the overdue letter calls for, prefilled."""
        if self.next_request is None:
            return None
        return self.open_wizard(self.next_request)

    # ------------------------------------------------------------ actions
    def _pdf(self, info: LetterInfo) -> bytes | None:
        try:
            return bytes(self.service.pdf(info.id))
        except AmtsError as exc:
            self._say(exc.message)
            return None

    def show_preview(self) -> PreviewDialog | None:
        info = self.selected()
        if info is None:
            return None
        pdf = self._pdf(info)
        if pdf is None:
            return None
        dialog = PreviewDialog(info.title, pdf, suggested_name(info.title, info.letter_date), self)
        self._start_question(dialog, None)
        return dialog

    def save_pdf(self) -> Path | None:
        info = self.selected()
        if info is None:
            return None
        pdf = self._pdf(info)
        if pdf is None:
            return None
        try:
            target = save_pdf_as(self, pdf, suggested_name(info.title, info.letter_date))
        except LetterPdfError as exc:
            self._say(exc.message)
            return None
        if target is not None:
            self._say(
                self.tr(
                    "Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie "
                    "sie, wenn Sie sie nicht mehr brauchen."
                ).format(path=str(target))
            )
        return target

    def ask_sent(self) -> SentDialog | None:
        info = self.selected()
        if info is None:
            return None
        dialog = SentDialog(info.title, self)
        self._start_question(
            dialog,
            lambda: self._decide(
                lambda: self.service.mark_sent(info.id, *dialog.values()), info.id
            ),
        )
        return dialog

    def ask_answered(self) -> AnsweredDialog | None:
        info = self.selected()
        if info is None:
            return None
        dialog = AnsweredDialog(info.title, self)
        self._start_question(
            dialog,
            lambda: self._decide(
                lambda: self.service.mark_answered(info.id, dialog.value()), info.id
            ),
        )
        return dialog

    def ask_extend(self) -> ExtendDialog | None:
        info = self.selected()
        if info is None:
            return None
        from app.services.letters import extendable

        dialog = ExtendDialog(info.title, info.due_on, self, art_12=extendable(info.type_id))
        self._start_question(
            dialog,
            lambda: self._decide(lambda: self.service.extend(info.id, *dialog.values()), info.id),
        )
        return dialog

    def ask_delete(self) -> QMessageBox | None:
        info = self.selected()
        if info is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Brief löschen?"),
            self.tr(
                "„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine "
                "Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie "
                "besser – als Nachweis."
            ).format(title=info.title, subject=info.subject),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Löschen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Behalten"))
        self._start_question(box, lambda: self._delete(info.id))
        return box

    def _delete(self, letter_id: int) -> None:
        try:
            gone = self.service.delete(letter_id)
        except AmtsError as exc:
            self._say(exc.message)
            return
        self.reload()
        self._say(self.tr("Der Brief wurde gelöscht. Rückgängig mit Strg+Z."))
        self.changed.emit()
        self.deleted.emit(gone)

    def _decide(self, action: Callable[[], object], letter_id: int) -> bool:
        try:
            action()
        except AmtsError as exc:
            self._say(exc.message)
            return False
        self.reload()
        self.select(letter_id)
        self.changed.emit()
        return True

    # ---------------------------------------- one question at a time, window-modal
    def _start_question(self, dialog: QDialog, on_yes: Callable[[], object] | None) -> None:
        self._end_question(reject=True)
        self.asking = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            if on_yes is not None:
                on_yes()

        def finished(_result: int) -> None:
            self._end_question(reject=False)

        if isinstance(dialog, QMessageBox):

            def clicked(button: object) -> None:
                if dialog.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
                    accepted()

            links: list[Link] = [(dialog.buttonClicked, clicked)]
        else:
            links = [(dialog.accepted, accepted)]
        links.append((dialog.finished, finished))
        for signal, slot in links:
            signal.connect(slot)
        self._ask_links = links
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _end_question(self, *, reject: bool) -> None:
        dialog, self.asking = self.asking, None
        links, self._ask_links = self._ask_links, []
        for signal, slot in links:
            signal.disconnect(slot)
        if dialog is not None:
            if reject:
                dialog.reject()
            dialog.deleteLater()
