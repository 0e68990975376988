"""Neuer Eintrag / Gedächtnisprotokoll: a guided form for right after an appointment.

Structured answers are stored as fields in ``details`` (the red-flag engine reads
them), the free text in ``notes``. Editing an existing entry stores a revision.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import document_types
from app.errors import AmtsError
from app.records import ContactData, ContactDetails, HandoverData, for_redflag_check
from app.redflags import Evidence, Rule, by_severity, check_entry, load_rules
from app.services.entries import EntriesService
from app.vocabulary import CHANNEL_LABELS
from ui.common.i18n import label
from ui.common.layout import german_date
from ui.diary.handover_editor import HandoverEditor
from ui.findings.panel import FindingsPanel, highlight

CHECK_DELAY_MS = 400  # after the last change, the Warnsignale are checked again


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class EntryDialog(QDialog):
    """Create or edit one diary entry."""

    def __init__(
        self, service: EntriesService, uid: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.uid = uid
        self.saved_uid: str | None = None
        # what the form does not show is kept as it was (details it has no field for,
        # "Als Nächstes", extra) — editing must never drop it
        self._kept: ContactData | None = service.get_contact(uid) if uid is not None else None
        self.setWindowTitle(
            self.tr("Gedächtnisprotokoll") if uid is None else self.tr("Eintrag bearbeiten")
        )

        self._handover_before: HandoverData | None = None  # as stored, when editing
        self._contact_fields()
        self._requested_fields()
        self._signing_fields()
        self._after_fields()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Fehler"))

        for widget, name in (
            (self.when, self.tr("Wann")),
            (self.channel, self.tr("Art des Kontakts")),
            (self.location, self.tr("Wo")),
            (self.counterpart, self.tr("Wer war dabei")),
            (self.companion, self.tr("Begleitung")),
            (self.asked, self.tr("Was wurde von Ihnen verlangt")),
            (self.documents, self.tr("Unterlagen, die verlangt wurden")),
            (self.outcome, self.tr("Was wurde vereinbart")),
            (self.notes, self.tr("Was ist passiert (Ihre Notizen)")),
        ):
            widget.setAccessibleName(name)

        self._lay_out(self._form())
        if uid is not None and self._kept is not None:
            self._load(self._kept)
            self._handover_before = service.handover_of(uid)
            self.handover.set_data(self._handover_before)

        self._watch_changes()
        self.findings: list[tuple[str, tuple[Evidence, ...]]] = []
        self.decisions = self._decisions(uid)
        self.check_findings()  # an entry opened for editing shows its findings at once

    # --------------------------------------------------------- the form's parts
    def _contact_fields(self) -> None:
        """When, how, where and who."""
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        german_date(self.when, with_time=True)
        self.channel = QComboBox()
        for key, text in CHANNEL_LABELS.items():
            self.channel.addItem(label(text), key)
        self.location = QLineEdit()
        self.counterpart = QLineEdit()
        self.counterpart.setPlaceholderText(self.tr("z. B. Frau K. (Arbeitsvermittlung)"))
        self.companion = QLineEdit()
        self.companion.setPlaceholderText(self.tr("Name der Begleitperson, falls jemand dabei war"))

    def _requested_fields(self) -> None:
        """What was asked of the user, which papers, and the papers handed over."""
        self.asked = QPlainTextEdit()
        self.asked.setPlaceholderText(self.tr("Was sollten Sie tun oder vorlegen?"))
        self.documents = QListWidget()
        for doc in document_types().values():
            item = QListWidgetItem(doc.shown_label())  # the catalogue, translated
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(doc.shown_note())
            self.documents.addItem(item)
        self.documents.setMinimumHeight(120)
        self.copied = QCheckBox(
            self.tr("Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert")
        )
        self.handover = HandoverEditor()
        self.handover.take_button.clicked.connect(
            lambda: self.handover.take_over(self.requested_documents())
        )

    def _signing_fields(self) -> None:
        """A signature or consent asked for, and pressure to give it."""
        self.signed = QCheckBox(self.tr("Ich sollte etwas unterschreiben oder einwilligen"))
        self.sign_what = QLineEdit()
        self.sign_what.setPlaceholderText(self.tr("Was genau?"))
        self.pressure = QCheckBox(self.tr("Mir wurde gesagt, ohne Zustimmung gebe es kein Geld"))

    def _after_fields(self) -> None:
        """What was agreed, the next appointment, the free notes."""
        self.outcome = QPlainTextEdit()
        self.next_appointment = QCheckBox(self.tr("Nächster Termin:"))
        self.next_when = QDateTimeEdit(QDateTime.currentDateTime().addDays(14))
        german_date(self.next_when, with_time=True)
        self.next_when.setEnabled(False)
        self.next_appointment.toggled.connect(self.next_when.setEnabled)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            self.tr("Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.")
        )

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Wann:"), self.when)
        form.addRow(self.tr("&Art:"), self.channel)
        form.addRow(self.tr("W&o:"), self.location)
        form.addRow(self.tr("Wer war &dabei:"), self.counterpart)
        form.addRow(self.tr("&Begleitung (§ 13 SGB X):"), self.companion)
        # the memory record itself comes first, right after who was there (issue 17)
        form.addRow(self.tr("Was ist &passiert:"), self.notes)
        form.addRow(self.tr("Was wurde &verlangt:"), self.asked)
        docs_box = QGroupBox(self.tr("Unterlagen, die verlangt wurden"))
        docs_layout = QVBoxLayout(docs_box)
        docs_layout.addWidget(self.documents)
        docs_layout.addWidget(self.copied)
        form.addRow(docs_box)
        handed_box = QGroupBox(self.tr("Unterlagen, die Sie abgegeben haben"))
        handed_layout = QVBoxLayout(handed_box)
        handed_layout.addWidget(self.handover)
        form.addRow(handed_box)
        form.addRow(self.signed)
        form.addRow(self.tr("Unterschrift für:"), self.sign_what)
        form.addRow(self.pressure)
        form.addRow(self.tr("Was wurde v&ereinbart:"), self.outcome)
        form.addRow(self.next_appointment, self.next_when)
        return form

    def _lay_out(self, form: QFormLayout) -> None:
        """The form scrolls; the Warnsignale stand beside it, the buttons below."""
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Angaben zum Kontakt (Bildlaufbereich)"))
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.findings_panel = FindingsPanel()
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(self.findings_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for box in (self.asked, self.outcome):
            box.setMaximumHeight(5 * self.fontMetrics().lineSpacing())
        self.notes.setMinimumHeight(7 * self.fontMetrics().lineSpacing())
        self.resize(1100, 760)

    def _watch_changes(self) -> None:
        # Warnsignale: checked CHECK_DELAY_MS after the last change to any field
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check_findings)
        self.marked_editors = {
            "notes": self.notes,
            "outcome": self.outcome,
            "details.asked_of_me": self.asked,
        }
        self._watched = [
            *(e.textChanged for e in (self.notes, self.outcome, self.asked)),
            *(e.textChanged for e in (self.location, self.counterpart, self.companion)),
            self.sign_what.textChanged,
            self.channel.currentIndexChanged,
            *(b.toggled for b in (self.copied, self.signed, self.pressure)),
            self.documents.itemChanged,
            self.handover.changed,
        ]
        for signal in self._watched:
            signal.connect(self._changed)

    # --------------------------------------------------------- contents
    def _load(self, contact: ContactData) -> None:
        answers = contact.answers
        self.when.setDateTime(_to_qt(contact.when))
        self.channel.setCurrentIndex(max(0, self.channel.findData(contact.channel)))
        self.location.setText(contact.location)
        self.counterpart.setText(contact.counterpart)
        self.companion.setText(contact.companion)
        self.asked.setPlainText(answers.asked_of_me or "")
        wanted = set(answers.documents_requested or [])
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.copied.setChecked(bool(answers.copied_or_scanned))
        self.signed.setChecked(bool(answers.asked_to_sign))
        self.sign_what.setText(answers.sign_what or "")
        self.pressure.setChecked(bool(answers.consent_pressure))
        self.outcome.setPlainText(contact.outcome)
        following = answers.next_appointment
        self.next_appointment.setChecked(following is not None)
        if following is not None:
            self.next_when.setDateTime(_to_qt(following))
        self.notes.setPlainText(contact.notes)

    def record(self) -> ContactData:
        """What the form says, as a record (not yet validated)."""
        kept = self._kept
        answers = ContactDetails(
            asked_of_me=self.asked.toPlainText(),
            documents_requested=self.requested_documents(),
            copied_or_scanned=self.copied.isChecked(),
            asked_to_sign=self.signed.isChecked(),
            sign_what=self.sign_what.text(),
            consent_pressure=self.pressure.isChecked(),
            next_appointment=_from_qt(self.next_when.dateTime())
            if self.next_appointment.isChecked()
            else None,
            # answers the form has no field for are kept as they were
            other=kept.answers.other if kept is not None else {},
        )
        return ContactData(
            when=_from_qt(self.when.dateTime()),
            channel=str(self.channel.currentData()),
            counterpart=self.counterpart.text(),
            companion=self.companion.text(),
            location=self.location.text(),
            notes=self.notes.toPlainText(),
            outcome=self.outcome.toPlainText(),
            follow_up=kept.follow_up if kept is not None else "",
            details=answers.to_details(),
            extra=dict(kept.extra) if kept is not None else {},
        )

    def requested_documents(self) -> list[str]:
        return [
            str(self.documents.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.documents.count())
            if self.documents.item(r).checkState() == Qt.CheckState.Checked
        ]

    # --------------------------------------------------------- Warnsignale
    def _changed(self, *_args: object) -> None:
        self.check_timer.start()  # restarts: the check waits for a pause in typing

    def check_findings(self) -> None:
        """Run the red-flag engine over the form as it is now (a few milliseconds)."""
        self.check_timer.stop()
        record = self.record()
        handover = self.handover.data(record.when, self._handover_before)
        try:
            rules: dict[str, Rule] = load_rules()
            found = check_entry(
                record, [for_redflag_check(handover)] if handover is not None else []
            )
        except Exception:
            # a rule file being edited must not stop anyone writing their record
            self.findings = []
            self.findings_panel.show_findings(
                [],
                {},
                problem=self.tr(
                    "Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird "
                    "trotzdem ganz normal gespeichert."
                ),
            )
            for editor in self.marked_editors.values():
                highlight(editor, [])
            return
        found = by_severity(found, rules)
        self.findings = [(f.rule_id, f.evidence) for f in found]
        self.findings_panel.show_findings(self.findings, rules, decisions=self.decisions)
        spans: dict[str, list[tuple[int, int]]] = {name: [] for name in self.marked_editors}
        for finding in found:
            for item in finding.evidence:
                if item.field in spans and item.start >= 0:
                    spans[item.field].append((item.start, item.end))
        for name, editor in self.marked_editors.items():
            highlight(editor, spans[name])

    def _decisions(self, uid: str | None) -> dict[str, str]:
        """What the user already decided about this entry's Warnsignale, in words."""
        if uid is None:
            return {}
        from app.services.findings import ACTED, DISMISSED, FindingsService

        decided: dict[str, str] = {}
        for finding in FindingsService(self.service.vault).of_entry(uid):
            if finding.status == DISMISSED:
                decided[finding.rule_id] = self.tr("Von Ihnen verworfen: „{reason}“").format(
                    reason=finding.dismiss_reason
                )
            elif finding.status == ACTED:
                decided[finding.rule_id] = self.tr("Von Ihnen als erledigt markiert.")
        return decided

    def done(self, result: int) -> None:
        # No more checks once the dialog closes: its widgets may be on their way out.
        self.check_timer.stop()
        for signal in self._watched:
            signal.disconnect(self._changed)
        self._watched = []
        super().done(result)

    def save(self) -> None:
        try:
            record = self.record()
            handover = self.handover.data(record.when, self._handover_before)
            self.saved_uid = self.service.save_entry(self.uid, record, handover)
        except AmtsError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
