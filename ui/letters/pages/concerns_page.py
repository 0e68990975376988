"""Step 2 of the letter wizard: the entries, handovers, Warnsignale or earlier letters
the letter concerns (only what the type uses; may be skipped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.letters.flow import KINDS
from app.vocabulary import CHANNEL_LABELS
from ui.common.i18n import label
from ui.diary.model import format_date, one_line
from ui.letters.pages import ID_ROLE

if TYPE_CHECKING:
    from app.services.findings import FindingsService
    from app.services.letters import LetterService

MAX_ENTRIES = 300  # newest entries and Warnsignale offered; chosen older ones are added


@dataclass(frozen=True)
class Choice:
    id: int
    uid: str
    text: str


@dataclass
class Choices:
    """What a letter can be about: diary entries, handovers, Warnsignale, earlier letters."""

    entries: list[Choice] = field(default_factory=list)
    handovers: list[Choice] = field(default_factory=list)
    findings: list[Choice] = field(default_factory=list)
    letters: list[Choice] = field(default_factory=list)

    def of(self, kind: str) -> list[Choice]:
        return list(getattr(self, kind))


def load_choices(findings: FindingsService | None, letters: LetterService) -> Choices:
    """The newest entries, handovers and Warnsignale, and all letters, as one line each.

    Entries and handovers come from the letter service with their row ids (a
    LetterRequest names rows; the diary service hands out uids).
    """
    from app.catalogue import document_types
    from app.vocabulary import METHOD_LABELS
    from ui.findings.view import entry_text, rules_or_empty

    choices = Choices()
    types = document_types()
    source = letters
    for entry in source.recent_entries(MAX_ENTRIES):
        kind = label(CHANNEL_LABELS.get(entry.channel, entry.channel))
        who = f" – {entry.counterpart}" if entry.counterpart else ""
        note = f": {one_line(entry.notes, 70)}" if entry.notes.strip() else ""
        day = format_date(datetime.fromisoformat(entry.when))
        choices.entries.append(Choice(entry.id, entry.uid, f"{day}, {kind}{who}{note}"))
    for handover in source.recent_handovers(MAX_ENTRIES):
        how = label(METHOD_LABELS.get(handover.method, handover.method))
        names = ", ".join(
            types[t].shown_label() if t in types else t for t in handover.document_types
        )
        day = format_date(datetime.fromisoformat(handover.when))
        choices.handovers.append(
            Choice(handover.id, handover.uid, f"{day}, {how}: {one_line(names, 90) or '–'}")
        )
    if findings is not None:
        rules = rules_or_empty()
        for finding in findings.findings(limit=MAX_ENTRIES):
            rule = rules.get(finding.rule_id)
            title = rule.shown_title if rule is not None else finding.rule_id
            choices.findings.append(
                Choice(
                    finding.id,
                    finding.contact_uid,
                    f"{format_date(finding.when)}, {title} ({entry_text(finding)})",
                )
            )
    for info in letters.letters():
        dated = info.sent_on or info.letter_date
        day = format_date(dated) if dated else "–"
        choices.letters.append(Choice(info.id, "", f"{day}, {info.title}: {info.subject}"))
    return choices


def add_choice(items: QListWidget, choice: Choice) -> QListWidgetItem:
    item = QListWidgetItem(choice.text)
    item.setData(ID_ROLE, choice.id)
    item.setToolTip(choice.text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    items.addItem(item)
    return item


class ConcernsPage(QWidget):
    """One list with tick boxes per kind of record."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        intro = QLabel(
            self.tr(
                "Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann "
                "die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen."
            )
        )
        intro.setWordWrap(True)
        self.lists: dict[str, QListWidget] = {}
        self.groups: dict[str, QGroupBox] = {}
        titles = {
            "entries": self.tr("&Einträge im Tagebuch"),
            "handovers": self.tr("Ab&gegebene Unterlagen"),
            "findings": self.tr("Warn&signale"),
            "letters": self.tr("Frühere &Briefe"),
        }
        empty = {
            "entries": self.tr("Noch keine Einträge im Tagebuch."),
            "handovers": self.tr("Noch keine Übergaben von Unterlagen eingetragen."),
            "findings": self.tr("Keine Warnsignale."),
            "letters": self.tr("Noch keine früheren Briefe."),
        }
        inner = QWidget()
        column = QVBoxLayout(inner)
        for kind in KINDS:
            box = QGroupBox(titles[kind])
            box_layout = QVBoxLayout(box)
            items = QListWidget()
            items.setAccessibleName(titles[kind].replace("&", ""))
            items.setMinimumHeight(5 * items.fontMetrics().lineSpacing())
            items.setTextElideMode(Qt.TextElideMode.ElideRight)
            items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            items.setUniformItemSizes(True)  # 300 entries lay out at once
            for choice in self.choices.of(kind):
                add_choice(items, choice)
            box_layout.addWidget(items)
            if not items.count():
                none = QLabel(empty[kind])
                none.setWordWrap(True)
                box_layout.addWidget(none)
                items.hide()
            self.lists[kind] = items
            self.groups[kind] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Anliegen (Bildlaufbereich)"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)

    def checked_ids(self, kind: str) -> list[int]:
        items = self.lists[kind]
        return [
            int(items.item(row).data(ID_ROLE))
            for row in range(items.count())
            if items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def check_ids(self, kind: str, ids: Sequence[int]) -> None:
        items = self.lists[kind]
        wanted = set(ids)
        for row in range(items.count()):
            item = items.item(row)
            if int(item.data(ID_ROLE)) in wanted:
                item.setCheckState(Qt.CheckState.Checked)
                wanted.discard(int(item.data(ID_ROLE)))
        for missing in sorted(wanted):  # older than the list shows: still offered
            add_choice(items, Choice(missing, "", self.tr("Nr. {n} (älter)").format(n=missing)))
            items.item(items.count() - 1).setCheckState(Qt.CheckState.Checked)
            items.show()
