"""Warnsignale: every red flag in the diary, what it means, and what the user decided.

A table model over ``FindingsService`` with a status filter on the left; on the
right the chosen Warnsignal with its explanation, legal basis and the words that
raised it, and the buttons to go to the entry, dismiss it (with a reason), open
it again, mark it as done, or write the letter its rule suggests.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.redflags import Rule, load_rules
from app.redflags.rules import SEVERITIES, severity_rank
from app.services.findings import ACTED, DISMISSED, OPEN, FindingInfo, FindingsService
from app.vocabulary import CHANNEL_LABELS
from ui.common.i18n import label
from ui.common.table import Column, TableModel, prepare_table_view
from ui.diary.model import format_date
from ui.findings.panel import evidence_html, letter_text, severity_text

STATUS_LABELS = {
    OPEN: QT_TRANSLATE_NOOP("Bezeichnung", "offen"),
    DISMISSED: QT_TRANSLATE_NOOP("Bezeichnung", "verworfen"),
    ACTED: QT_TRANSLATE_NOOP("Bezeichnung", "erledigt"),
}
FILTERS = (
    (OPEN, QT_TRANSLATE_NOOP("Bezeichnung", "Offen")),
    (DISMISSED, QT_TRANSLATE_NOOP("Bezeichnung", "Verworfen")),
    (ACTED, QT_TRANSLATE_NOOP("Bezeichnung", "Erledigt")),
    ("", QT_TRANSLATE_NOOP("Bezeichnung", "Alle")),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_STATUS_ORDER = {OPEN: 0, ACTED: 1, DISMISSED: 2}

Index = QModelIndex | QPersistentModelIndex


def entry_text(finding: FindingInfo) -> str:
    kind = label(CHANNEL_LABELS.get(finding.channel, finding.channel))
    return f"{kind} – {finding.counterpart}" if finding.counterpart else kind


def status_text(finding: FindingInfo) -> str:
    return label(STATUS_LABELS.get(finding.status, finding.status))


def rule_rank(rule_id: str, rules: dict[str, Rule]) -> int:
    """0 for the most important weight; a rule no longer shipped comes last."""
    rule = rules.get(rule_id)
    return severity_rank(rule.severity) if rule is not None else len(SEVERITIES)


def rules_or_empty() -> dict[str, Rule]:
    try:
        return load_rules()
    except Exception:
        return {}  # titles fall back to the rule id; the entries stay readable


class FindingsModel(TableModel[FindingInfo]):
    # Sorted here with plain Python keys, not by the proxy through data(): a proxy
    # sort of 5,000 findings cost most of a second (see DiaryView's model, too).
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Bedeutung"),
                    self.weight,
                    lambda f: (self.rank(f), -f.when.timestamp(), -f.id),
                    tooltip=self.weight,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Datum"),
                    lambda f: format_date(f.when),
                    lambda f: (f.when.timestamp(), f.id),
                    tooltip=lambda f: format_date(f.when),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Warnsignal"),
                    self.title,
                    lambda f: (self.title(f).casefold(), -f.when.timestamp()),
                    tooltip=self.title,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Eintrag"),
                    entry_text,
                    lambda f: (entry_text(f).casefold(), -f.when.timestamp()),
                    tooltip=entry_text,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Bezeichnung", "Status"),
                    status_text,
                    lambda f: (_STATUS_ORDER.get(f.status, 9), -f.when.timestamp()),
                    tooltip=self.status_tooltip,
                ),
            ),
            parent,
            roles={ID_ROLE: lambda f: f.id, STATUS_ROLE: lambda f: f.status},
            sort=(0, Qt.SortOrder.AscendingOrder),  # the most important first, then the newest
        )
        self.rules: dict[str, Rule] = {}

    def set_findings(self, rows: list[FindingInfo], rules: dict[str, Rule]) -> None:
        self.rules = rules
        self.set_rows(rows)

    def title(self, finding: FindingInfo) -> str:
        rule = self.rules.get(finding.rule_id)
        return rule.shown_title if rule is not None else finding.rule_id  # rule data

    def rank(self, finding: FindingInfo) -> int:
        return rule_rank(finding.rule_id, self.rules)

    def weight(self, finding: FindingInfo) -> str:
        rule = self.rules.get(finding.rule_id)
        return severity_text(rule.severity) if rule is not None else ""

    def status_tooltip(self, finding: FindingInfo) -> str:
        if not finding.current:
            return self.tr("Im Eintrag, wie er jetzt ist, nicht mehr erkannt")
        return status_text(finding)

    def row_of(self, finding_id: int) -> int:
        return next((r for r, f in enumerate(self.rows) if f.id == finding_id), -1)


class StatusFilter(QSortFilterProxyModel):
    """Filters by status; sorting is left to the model (it keeps the model's order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = OPEN

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not self.status or not isinstance(model, FindingsModel):
            return True
        return model.rows[source_row].status == self.status

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)


class DismissDialog(QDialog):
    """Asks why a Warnsignal does not apply; the answer is kept with it."""

    def __init__(self, title: str, previous: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Warnsignal verwerfen"))
        intro = QLabel(
            self.tr(
                "„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel "
                "„Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung "
                "bleibt beim Warnsignal stehen."
            ).format(title=title)
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(previous)
        self.reason.setAccessibleName(self.tr("Begründung"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        reason_label = QLabel(self.tr("&Begründung:"))
        reason_label.setBuddy(self.reason)
        self.hint = QLabel(self.tr("Bitte geben Sie eine Begründung ein."))
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Verwerfen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self._update()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        filled = bool(self.text())
        self.ok.setEnabled(filled)
        # no reproach before anything is typed: the hint comes once the field was
        # written in and holds nothing but blanks again
        self.hint.setVisible(not filled and bool(self.reason.toPlainText()))

    def done(self, result: int) -> None:
        self.reason.textChanged.disconnect(self._update)
        super().done(result)


class FindingsView(QWidget):
    """The Warnsignale of the whole diary."""

    open_entry = Signal(str)  # the uid of the entry to show in Tagebuch
    changed = Signal()  # a decision was stored (the overview counts open ones)
    letter_requested = Signal(object, object)  # LetterRequest, suggested letter type ids
    dialog_opened = Signal(QWidget)  # the window watches it for activity (auto-lock)

    def __init__(self, service: FindingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.asking: DismissDialog | None = None  # the open question for a reason
        self.model = FindingsModel(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)

        self._make_filter()
        self._make_table()
        self._make_detail()
        self._lay_out()
        self._connect()
        self._show(None)

    def _make_filter(self) -> None:
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Welche Warnsignale zeigen"))
        for status, text in FILTERS:
            self.filter.addItem(label(text), status)
        self.filter_label = QLabel(self.tr("&Zeigen:"))
        self.filter_label.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setWordWrap(True)

    def _make_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Warnsignale im Tagebuch"))
        samples = {
            0: "zur Beachtung",
            1: "88.88.8888",
            2: "Kopie des Ausweises verlangt",
            3: "Telefon – Frau K. (Arb",
            4: "verworfen",
        }
        # the most important first (and the newest of each weight)
        prepare_table_view(
            self.table, self.proxy, samples, padding_em=2, sort=(0, Qt.SortOrder.AscendingOrder)
        )
        # every column as wide as its title and a typical text, the last one takes
        # the rest; a narrow window (or large text) scrolls instead of clipping titles
        self.table.horizontalHeader().setStretchLastSection(True)

    def _make_detail(self) -> None:
        """The chosen Warnsignal and what can be done about it."""
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Gewähltes Warnsignal"))
        self.goto_button = QPushButton(self.tr("Zum &Eintrag"))
        self.dismiss_button = QPushButton(self.tr("&Verwerfen …"))
        self.reopen_button = QPushButton(self.tr("Wieder ö&ffnen"))
        self.acted_button = QPushButton(self.tr("Als e&rledigt markieren"))
        self.letter_button = QPushButton(self.tr("Brief &schreiben …"))
        self.letter_button.setToolTip(
            self.tr("Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt")
        )
        self.letter_reason = QLabel()
        self.letter_reason.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meldung"))
        self.message.hide()
        for button, tip in (
            (self.goto_button, self.tr("Den Eintrag im Tagebuch zeigen")),
            (self.dismiss_button, self.tr("Dieses Warnsignal trifft nicht zu – mit Begründung")),
            (self.reopen_button, self.tr("Das Warnsignal wieder als offen führen")),
            (self.acted_button, self.tr("Sie haben sich darum gekümmert")),
        ):
            button.setToolTip(tip)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        # two by two: the detail pane is narrow, and no button may be cut off
        actions = QGridLayout()
        actions.addWidget(self.goto_button, 0, 0)
        actions.addWidget(self.dismiss_button, 0, 1)
        actions.addWidget(self.acted_button, 1, 0)
        actions.addWidget(self.reopen_button, 1, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.message)
        right_layout.addLayout(actions)
        letters = QHBoxLayout()
        letters.addWidget(self.letter_button)
        letters.addWidget(self.letter_reason, 1)
        right_layout.addLayout(letters)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([580, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>Warnsignale in Ihrem Tagebuch</h3>")))
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)  # Enter or double-click
        self.goto_button.clicked.connect(self.go_to_entry)
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.reopen_button.clicked.connect(self.reopen)
        self.acted_button.clicked.connect(self.mark_acted)
        self.letter_button.clicked.connect(self.write_letter)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.detail)
        self.setTabOrder(self.detail, self.goto_button)
        self.setTabOrder(self.goto_button, self.dismiss_button)
        self.setTabOrder(self.dismiss_button, self.acted_button)
        self.setTabOrder(self.acted_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.letter_button)

    # ----------------------------------------------------------- loading
    def reload(self) -> None:
        chosen = self.selected_id()
        self.model.set_findings(self.service.findings(), rules_or_empty())
        self._update_count()
        if chosen is None or not self.select(chosen, switch_filter=False):
            self._select_first()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.model.set_findings([], {})
        self.detail.clear()
        self.count.clear()
        self.message.clear()
        self.message.hide()

    def dispose(self) -> None:
        """Cut the Python slots before Qt destroys the widgets (see DiaryView.dispose)."""
        self.table.selectionModel().selectionChanged.disconnect(self._selection_changed)
        self.filter.currentIndexChanged.disconnect(self._filter_changed)
        self.table.activated.disconnect(self._activated)
        self.letter_button.clicked.disconnect(self.write_letter)
        if self.asking is not None:
            self.asking.accepted.disconnect(self._dismiss_accepted)
            self.asking.finished.disconnect(self._dismiss_finished)
            self.asking.reject()
            self.asking = None
        self.table.setModel(None)

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def select(self, finding_id: int, *, switch_filter: bool = True) -> bool:
        """Choose a finding in the list; with ``switch_filter`` the filter makes room for it."""
        row = self.model.row_of(finding_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            if not switch_filter:
                return False
            self.filter.setCurrentIndex(self.filter.findData(self.model.rows[row].status))
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _filter_changed(self) -> None:
        self.proxy.set_status(str(self.filter.currentData()))
        self._update_count()
        if not self.table.selectionModel().hasSelection():
            self._select_first()

    def _update_count(self) -> None:
        total = len(self.model.rows)
        open_count = sum(1 for f in self.model.rows if f.status == OPEN)
        if total == 0:
            self.count.setText(
                self.tr(
                    "Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn "
                    "speichern."
                )
            )
        elif self.proxy.rowCount() == 0:
            self.count.setText(self.tr("Keine Warnsignale mit diesem Status."))
        else:
            self.count.setText(
                self.tr("{shown} angezeigt · {open} offen · {n} insgesamt").format(
                    shown=self.proxy.rowCount(), open=open_count, n=total
                )
            )

    # ------------------------------------------------------------ detail
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.model() else []
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected(self) -> FindingInfo | None:
        chosen = self.selected_id()
        row = self.model.row_of(chosen) if chosen is not None else -1
        return self.model.rows[row] if row >= 0 else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.message.hide()
        self._show(self.selected())

    def _show(self, finding: FindingInfo | None) -> None:
        for button in (
            self.goto_button,
            self.dismiss_button,
            self.reopen_button,
            self.acted_button,
        ):
            button.setEnabled(finding is not None)
        suggested = self.suggested_letters(finding)
        self.letter_button.setEnabled(bool(suggested))
        self.letter_reason.setText(
            self.tr("Vorgeschlagen: {letter}").format(letter=letter_text(suggested[0]))
            if suggested
            else (self.tr("Zu diesem Warnsignal gibt es keinen Briefvorschlag.") if finding else "")
        )
        if finding is None:
            self.detail.clear()
            return
        self.dismiss_button.setEnabled(finding.status != DISMISSED)
        self.reopen_button.setEnabled(finding.status != OPEN)
        self.acted_button.setEnabled(finding.status != ACTED)
        self.detail.setHtml(self.detail_html(finding))

    def detail_html(self, finding: FindingInfo) -> str:
        esc = html.escape
        rule = self.model.rules.get(finding.rule_id)
        parts = [f"<h3>{esc(self.model.title(finding))}</h3>"]
        facts = [
            self.tr("Eintrag: {entry} am {date}").format(
                entry=entry_text(finding), date=format_date(finding.when)
            ),
            self.tr("Status: {status}").format(
                status=label(STATUS_LABELS.get(finding.status, finding.status))
            ),
        ]
        if rule is not None:
            facts.insert(
                1, self.tr("Bedeutung: {severity}").format(severity=severity_text(rule.severity))
            )
        parts.append("<p>" + "<br>".join(esc(f) for f in facts) + "</p>")
        if finding.status == DISMISSED and finding.dismiss_reason:
            parts.append(
                "<p><b>"
                + esc(self.tr("Ihre Begründung:"))
                + "</b> "
                + esc(finding.dismiss_reason).replace("\n", "<br>")
                + "</p>"
            )
        if not finding.current:
            parts.append(
                "<p><i>"
                + esc(
                    self.tr(
                        "Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. "
                        "Ihre Entscheidung bleibt trotzdem gespeichert."
                    )
                )
                + "</i></p>"
            )
        if rule is not None:
            parts.append("<h4>" + esc(self.tr("Was bedeutet das?")) + "</h4>")
            parts.append(f"<p>{esc(' '.join(rule.shown_explanation.split()))}</p>")
        if finding.evidence:
            parts.append("<h4>" + esc(self.tr("Woran es erkannt wurde")) + "</h4>")
            parts.append(f"<p>{evidence_html(finding.evidence)}</p>")
        if rule is not None and rule.legal_basis:
            parts.append("<h4>" + esc(self.tr("Rechtsgrundlage")) + "</h4><ul>")
            parts.extend(
                f"<li><b>{esc(norm)}</b>: {esc(summary)}</li>"
                for norm, summary in rule.shown_legal_basis
            )
            parts.append("</ul>")
        if rule is not None and rule.letters:
            parts.append("<h4>" + esc(self.tr("Briefe, die dazu passen")) + "</h4><ul>")
            parts.extend(f"<li>{esc(letter_text(letter))}</li>" for letter in rule.letters)
            parts.append("</ul>")
        return "".join(parts)

    def suggested_letters(self, finding: FindingInfo | None) -> list[str]:
        rule = self.model.rules.get(finding.rule_id) if finding is not None else None
        return list(rule.letters) if rule is not None else []

    # ----------------------------------------------------------- actions
    def write_letter(self) -> None:
        """Ask for the wizard with this finding chosen and the rule's first letter."""
        from app.letters.model import LetterRequest

        finding = self.selected()
        suggested = self.suggested_letters(finding)
        if finding is None or not suggested:
            return
        self.letter_requested.emit(LetterRequest(suggested[0], finding_ids=[finding.id]), suggested)

    def _activated(self, _index: QModelIndex) -> None:
        self.go_to_entry()

    def go_to_entry(self) -> None:
        finding = self.selected()
        if finding is not None:
            self.open_entry.emit(finding.contact_uid)

    def ask_dismiss(self) -> DismissDialog | None:
        """Ask for the reason in a small window-modal dialog (not exec(): locking while
        it is open must be able to close it and drop the view safely)."""
        finding = self.selected()
        if finding is None:
            return None
        dialog = DismissDialog(self.model.title(finding), finding.dismiss_reason, self)
        dialog.accepted.connect(self._dismiss_accepted)
        dialog.finished.connect(self._dismiss_finished)
        self.asking = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _dismiss_accepted(self) -> None:
        if self.asking is not None:
            self.dismiss(self.asking.text())

    def _dismiss_finished(self, _result: int) -> None:
        dialog, self.asking = self.asking, None
        if dialog is not None:
            dialog.accepted.disconnect(self._dismiss_accepted)
            dialog.finished.disconnect(self._dismiss_finished)
            dialog.deleteLater()

    def dismiss(self, reason: str) -> bool:
        finding = self.selected()
        return finding is not None and self._decide(
            lambda: self.service.dismiss(finding.id, reason), finding.id
        )

    def reopen(self) -> bool:
        finding = self.selected()
        return finding is not None and self._decide(
            lambda: self.service.reopen(finding.id), finding.id
        )

    def mark_acted(self) -> bool:
        finding = self.selected()
        return finding is not None and self._decide(
            lambda: self.service.mark_acted(finding.id), finding.id
        )

    def _decide(self, action: Any, finding_id: int) -> bool:
        rows = self.table.selectionModel().selectedRows()
        position = rows[0].row() if rows else 0
        try:
            action()
        except AmtsError as exc:
            self.message.setText(exc.message)
            self.message.show()
            return False
        self.reload()
        if not self.select(finding_id, switch_filter=False):
            # The filter hides it now; the list stays where it was (no jumping about).
            if self.proxy.rowCount():
                self.table.selectRow(min(position, self.proxy.rowCount() - 1))
            else:
                self._show(None)
            finding = self.model.rows[self.model.row_of(finding_id)]
            self.message.setText(
                self.tr("Gespeichert. Sie finden das Warnsignal unter „{status}“.").format(
                    status=label(dict(FILTERS).get(finding.status, finding.status))
                )
            )
            self.message.show()
        self.changed.emit()
        return True
