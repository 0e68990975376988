"""Der Brief-Assistent: choose a letter, what it concerns, the details, look at it, keep it.

Four steps in one window-modal dialog (opened with ``open()``, never ``exec()``:
locking while it is open must be able to close it and drop everything it showed):

1. the kind of letter, with its legal basis;
2. the diary entries, handovers, Warnsignale or earlier letters it concerns
   (only what the type uses; may be skipped);
3. the details the type asks for, and the type's warning, which must be ticked
   as read before a risky letter is made;
4. the letter itself, rendered in memory, to save as PDF, print, keep in the
   diary, or keep and mark as sent.

The letter is built by ``app.letters`` and stored by ``LetterService``; this
module only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.letters.model import DetailField, LetterDoc, LetterRequest, LetterType
from ui.common.i18n import label
from ui.diary.model import CHANNEL_LABELS, format_date, one_line
from ui.letters.pdf_view import (
    LetterPdfError,
    PagesView,
    day_of,
    open_print_dialog,
    print_pdf,
    save_pdf_as,
    suggested_name,
)

if TYPE_CHECKING:
    from app.services.findings import FindingsService
    from app.services.letters import LetterService
    from app.vault.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
MAX_ENTRIES = 300  # newest entries and Warnsignale offered; chosen older ones are added
STEP_TYPE, STEP_CONCERNS, STEP_DETAILS, STEP_PREVIEW = range(4)
KINDS = ("entries", "handovers", "findings", "letters")
PREFILL_FIELDS = {
    "entries": "contact_ids",
    "handovers": "handover_ids",
    "findings": "finding_ids",
    "letters": "letter_ids",
}


def letter_types() -> dict[str, LetterType]:
    from app.letters import LETTER_TYPES

    return dict(LETTER_TYPES)


def delivery_methods() -> dict[str, str]:
    from app.deadlines import DELIVERY_METHODS

    return dict(DELIVERY_METHODS)


# ------------------------------------------------------------------ the records offered
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


def load_choices(
    vault: Vault, findings: FindingsService | None, letters: LetterService | None
) -> Choices:
    """The newest entries, handovers and Warnsignale, and all letters, as one line each.

    Entries and handovers come from the letter service with their row ids (a
    LetterRequest names rows; the diary service hands out uids).
    """
    from app.catalogue import document_types
    from app.services.letters import LetterService
    from ui.diary.documents_view import METHOD_LABELS
    from ui.findings.view import entry_text, rules_or_empty

    choices = Choices()
    types = document_types()
    source = letters if letters is not None else LetterService(vault)
    for entry in source.recent_entries(MAX_ENTRIES):
        kind = label(CHANNEL_LABELS.get(entry.channel, entry.channel))
        who = f" – {entry.counterpart}" if entry.counterpart else ""
        note = f": {one_line(entry.notes, 70)}" if entry.notes.strip() else ""
        day = format_date(datetime.fromisoformat(entry.when))
        choices.entries.append(Choice(entry.id, entry.uid, f"{day}, {kind}{who}{note}"))
    for handover in source.recent_handovers(MAX_ENTRIES):
        how = label(METHOD_LABELS.get(handover.method, handover.method))
        names = ", ".join(types[t].label if t in types else t for t in handover.document_types)
        day = format_date(datetime.fromisoformat(handover.when))
        choices.handovers.append(
            Choice(handover.id, handover.uid, f"{day}, {how}: {one_line(names, 90) or '–'}")
        )
    if findings is not None:
        rules = rules_or_empty()
        for finding in findings.findings(limit=MAX_ENTRIES):
            rule = rules.get(finding.rule_id)
            title = rule.title if rule is not None else finding.rule_id
            choices.findings.append(
                Choice(
                    finding.id,
                    finding.contact_uid,
                    f"{format_date(finding.when)}, {title} ({entry_text(finding)})",
                )
            )
    if letters is not None:
        for info in letters.letters():
            dated = info.sent_on or info.letter_date
            day = format_date(dated) if dated else "–"
            choices.letters.append(Choice(info.id, "", f"{day}, {info.title}: {info.subject}"))
    return choices


class TypeDelegate(QStyledItemDelegate):
    """A letter type in the list: the title in bold, the one-line summary below it."""

    PAD = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QListWidget):
            width = view.viewport().width()
        return max(120, width - 2 * self.PAD)

    def _heights(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[int, int]:
        bold, normal = self._fonts(option)
        width = self._width(option)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(bold).boundingRect(
            0, 0, width, 10_000, flags, str(index.data(TITLE_ROLE))
        )
        summary = QFontMetrics(normal).boundingRect(
            0, 0, width, 10_000, flags, str(index.data(SUMMARY_ROLE))
        )
        return title.height(), summary.height()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, summary = self._heights(option, index)
        return QSize(self._width(option), title + summary + 3 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        bold, normal = self._fonts(option)
        title_h, summary_h = self._heights(option, index)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setPen(
            opt.palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else opt.palette.color(QPalette.ColorRole.Text)
        )
        painter.setFont(bold)
        painter.drawText(
            rect.x(), rect.y(), rect.width(), title_h, flags, str(index.data(TITLE_ROLE))
        )
        painter.setFont(normal)
        painter.drawText(
            rect.x(),
            rect.y() + title_h + self.PAD // 2,
            rect.width(),
            summary_h,
            flags,
            str(index.data(SUMMARY_ROLE)),
        )
        painter.restore()


# ------------------------------------------------------------------ the dialog
class LetterWizard(QDialog):
    """Make one letter, step by step."""

    saved = Signal(int)  # the new letter's id

    def __init__(
        self,
        vault: Vault,
        letters: LetterService,
        findings: FindingsService | None = None,
        request: LetterRequest | None = None,
        suggested: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        draft_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft_id = draft_id  # a stored draft being changed: kept under its number
        self.vault = vault
        self.letters = letters
        self.findings = findings
        self.setWindowTitle(
            self.tr("Neuer Brief") if draft_id is None else self.tr("Entwurf bearbeiten")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._links: list[tuple[SignalInstance, Callable[..., Any]]] = []
        self._field_links: list[tuple[SignalInstance, Callable[..., Any]]] = []
        self.doc: LetterDoc | None = None
        self.pdf: bytes = b""
        self.saved_id: int | None = None
        self._folder: Path | None = None
        self._recipient_for = ""  # the type the recipient field was filled for
        self.types = letter_types()
        self.suggested = [t for t in suggested if t in self.types]
        self.choices = load_choices(vault, findings, letters)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox] = {}
        # what the diary last proposed per field (app/letters/proposals.py)
        self._proposed: dict[str, str] = {}
        self.printing: QPrintDialog | None = None
        self._prefilled: LetterRequest | None = None

        self.step_label = QLabel()
        self.step_label.setAccessibleName(self.tr("Schritt"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._type_page())
        self.stack.addWidget(self._concerns_page())
        self.stack.addWidget(self._details_page())
        self.stack.addWidget(self._preview_page())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Meldung"))
        self.error.setStyleSheet("color: #8a1f11; font-weight: bold;")
        self.error.hide()
        self.back_button = QPushButton(self.tr("&Zurück"))
        self.next_button = QPushButton(self.tr("&Weiter"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setToolTip(self.tr("Den Brief verwerfen (Esc)"))
        nav = QHBoxLayout()
        nav.addWidget(self.cancel_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(nav)

        self._link(self.back_button.clicked, self.back)
        self._link(self.next_button.clicked, self.forward)
        self._link(self.cancel_button.clicked, self.reject)
        self._link(self.type_list.currentItemChanged, self._type_changed)
        # Enter goes on through the default button; a double click goes on, too
        self._link(self.type_list.itemDoubleClicked, self._type_activated)
        self._link(self.warning_read.toggled, self._update_buttons)
        self._link(self.save_pdf_button.clicked, self.save_pdf)
        self._link(self.print_button.clicked, self.ask_printer)
        self._link(self.keep_button.clicked, self.keep)
        self._link(self.keep_sent_button.clicked, self.keep_as_sent)

        self._fill_types()
        if request is not None:
            self.prefill(request)
            self._type_changed()  # now with what the request chose
        self.resize(980, 700)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # an old laptop: 1024 x 600 after the taskbar
            self.resize(min(980, screen.width() - 40), min(700, screen.height() - 60))
        self._go(STEP_TYPE)

    def _link(
        self,
        signal: SignalInstance,
        slot: Callable[..., Any],
        bucket: list[tuple[SignalInstance, Callable[..., Any]]] | None = None,
    ) -> None:
        signal.connect(slot)
        (self._links if bucket is None else bucket).append((signal, slot))

    # -------------------------------------------------------------- step 1
    def _type_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben "
                "auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen."
            )
        )
        intro.setWordWrap(True)
        self.type_list = QListWidget()
        self.type_list.setAccessibleName(self.tr("Briefarten"))
        self.type_list.setWordWrap(True)
        self.type_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.type_list.setItemDelegate(TypeDelegate(self.type_list))
        self.type_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_label = QLabel(self.tr("&Briefart:"))
        list_label.setBuddy(self.type_list)
        self.type_info = QLabel()
        self.type_info.setWordWrap(True)
        self.type_info.setTextFormat(Qt.TextFormat.RichText)
        self.type_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.type_info.setAccessibleName(self.tr("Über diesen Brief"))
        self.type_info.setMargin(8)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.type_list, 1)
        info_scroll = QScrollArea()
        info_scroll.setWidgetResizable(True)
        info_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        info_scroll.setWidget(self.type_info)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(info_scroll)
        splitter.setSizes([520, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        return page

    def _fill_types(self) -> None:
        self.type_list.clear()
        order = self.suggested + [t for t in self.types if t not in self.suggested]
        for type_id in order:
            kind = self.types[type_id]
            title = kind.title
            if type_id in self.suggested:
                title = self.tr("{title} (vorgeschlagen)").format(title=kind.title)
            item = QListWidgetItem(f"{title}: {kind.summary}")  # what a screen reader says
            item.setData(TITLE_ROLE, title)
            item.setData(SUMMARY_ROLE, kind.summary)
            item.setData(ID_ROLE, type_id)
            item.setToolTip(kind.basis)
            self.type_list.addItem(item)
        self.type_list.setCurrentRow(0)

    def selected_type_id(self) -> str | None:
        item = self.type_list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def selected_type(self) -> LetterType | None:
        type_id = self.selected_type_id()
        return self.types.get(type_id) if type_id else None

    def select_type(self, type_id: str) -> bool:
        for row in range(self.type_list.count()):
            if self.type_list.item(row).data(ID_ROLE) == type_id:
                self.type_list.setCurrentRow(row)
                return True
        return False

    def _type_changed(self, *_args: object) -> None:
        import html

        kind = self.selected_type()
        if kind is None:
            self.type_info.clear()
            return
        esc = html.escape
        parts = [f"<h3>{esc(kind.title)}</h3>", f"<p>{esc(kind.summary)}</p>"]
        parts.append(f"<p><b>{esc(self.tr('Rechtsgrundlage:'))}</b> {esc(kind.basis)}</p>")
        if kind.answer_expected:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet "
                        "markieren, rechnet das Programm die Frist aus und erinnert Sie."
                    )
                )
                + "</p>"
            )
        if kind.warning:
            parts.append(f"<p><b>⚠ {esc(self.tr('Bitte beachten:'))}</b> {esc(kind.warning)}</p>")
        chosen = self._chosen_summary(kind)
        if chosen:
            parts.append(f"<p>{esc(chosen)}</p>")
        self.type_info.setText("".join(parts))
        if self.draft_id is None:
            self.setWindowTitle(self.tr("Neuer Brief: {title}").format(title=kind.title))

    def _chosen_summary(self, kind: LetterType) -> str:
        """What is already ticked for this letter, in words (a prefilled wizard)."""
        if not hasattr(self, "lists"):
            return ""
        counts = {k: len(self.checked_ids(k)) for k in KINDS if k in kind.uses}
        words = {
            "entries": (self.tr("1 Eintrag"), self.tr("{n} Einträge")),
            "handovers": (self.tr("1 Übergabe"), self.tr("{n} Übergaben")),
            "findings": (self.tr("1 Warnsignal"), self.tr("{n} Warnsignale")),
            "letters": (self.tr("1 früherer Brief"), self.tr("{n} frühere Briefe")),
        }
        named = [words[k][0] if n == 1 else words[k][1].format(n=n) for k, n in counts.items() if n]
        if not named:
            return ""
        return self.tr(
            "Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern."
        ).format(what=", ".join(named))

    def _type_activated(self, _item: QListWidgetItem) -> None:
        self.forward()

    # -------------------------------------------------------------- step 2
    def _concerns_page(self) -> QWidget:
        page = QWidget()
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
                self._add_choice(items, choice)
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
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        return page

    @staticmethod
    def _add_choice(items: QListWidget, choice: Choice) -> QListWidgetItem:
        item = QListWidgetItem(choice.text)
        item.setData(ID_ROLE, choice.id)
        item.setToolTip(choice.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        items.addItem(item)
        return item

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
            self._add_choice(
                items, Choice(missing, "", self.tr("Nr. {n} (älter)").format(n=missing))
            )
            items.item(items.count() - 1).setCheckState(Qt.CheckState.Checked)
            items.show()

    def _uses(self) -> frozenset[str]:
        kind = self.selected_type()
        return kind.uses if kind is not None else frozenset()

    # -------------------------------------------------------------- step 3
    def _details_page(self) -> QWidget:
        page = QWidget()
        self.warning_box = QFrame()
        self.warning_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_box.setObjectName("warning")
        self.warning_box.setStyleSheet(
            "QFrame#warning { background: #fff4d6; border: 2px solid #b36b00; border-radius: 4px; }"
        )
        self.warning_text = QLabel()
        self.warning_text.setWordWrap(True)
        self.warning_text.setTextFormat(Qt.TextFormat.RichText)
        self.warning_text.setAccessibleName(self.tr("Wichtiger Hinweis"))
        self.warning_read = QCheckBox(self.tr("Ich habe den Hinweis &gelesen"))
        warning_layout = QVBoxLayout(self.warning_box)
        warning_layout.addWidget(self.warning_text)
        warning_layout.addWidget(self.warning_read)
        self.details_intro = QLabel()
        self.details_intro.setWordWrap(True)
        self.diary_note = QLabel(
            self.tr(
                "<b>Aus Ihrem Tagebuch vorgeschlagen.</b> Die Sätze in den Feldern unten kommen "
                "genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht "
                "hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief."
            )
        )
        self.diary_note.setWordWrap(True)
        self.diary_note.setTextFormat(Qt.TextFormat.RichText)
        self.diary_note.setObjectName("diaryNote")
        self.diary_note.setAccessibleName(self.tr("Hinweis: Das kommt in den Brief"))
        self.diary_note.setStyleSheet(
            "QLabel#diaryNote { background: #e8f1fb; border: 2px solid #2c5d8f; "
            "border-radius: 4px; padding: 6px; color: #10263d; }"
        )
        self.diary_note.hide()
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recipient_box = QGroupBox(self.tr("Empfänger"))
        self.recipient_note = QLabel()
        self.recipient_note.setWordWrap(True)
        self.recipient = QPlainTextEdit()
        self.recipient.setTabChangesFocus(True)
        self.recipient.setAccessibleName(self.tr("Anschrift des Empfängers"))
        self.recipient.setMaximumHeight(7 * self.recipient.fontMetrics().lineSpacing())
        recipient_label = QLabel(self.tr("&Anschrift (eine Zeile je Zeile des Adressfelds):"))
        recipient_label.setBuddy(self.recipient)
        recipient_layout = QVBoxLayout(self.recipient_box)
        recipient_layout.addWidget(self.recipient_note)
        recipient_layout.addWidget(recipient_label)
        recipient_layout.addWidget(self.recipient)
        self.required_note = QLabel(self.tr("Mit * markierte Felder müssen ausgefüllt sein."))
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.warning_box)
        column.addWidget(self.details_intro)
        column.addWidget(self.diary_note)
        column.addWidget(self.form_host)
        column.addWidget(self.required_note)
        column.addWidget(self.recipient_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._details_for = ""
        self._kept_details: dict[str, str] = {}
        self._kept_recipient: list[str] | None = None
        return page

    def _build_details(self) -> None:
        """The form of the chosen type (kept as typed while the type stays the same)."""
        import html

        kind = self.selected_type()
        if kind is None or kind.id == self._details_for:
            return
        kept = {**self._kept_details, **self.details()}
        for signal, slot in self._field_links:
            signal.disconnect(slot)
        self._field_links = []
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        self._details_for = kind.id
        for spec in kind.detail_fields:
            widget = self._field_widget(spec, kept.get(spec.name, ""))
            text = spec.label.rstrip(":") + (" *" if spec.required else "")
            if not spec.label.endswith("?"):
                text += ":"
            caption = QLabel(text)
            caption.setBuddy(widget)
            caption.setWordWrap(True)
            widget.setAccessibleName(spec.label)
            if spec.help:
                widget.setToolTip(spec.help)
                widget.setAccessibleDescription(spec.help)
            column = QWidget()
            # the help below a narrow date field gets the whole width, not the field's
            column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            if isinstance(widget, QDateEdit):
                column_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                column_layout.addWidget(widget)
            if spec.help:
                help_label = QLabel(spec.help)
                help_label.setWordWrap(True)
                help_label.setStyleSheet("color: #555;")
                column_layout.addWidget(help_label)
            self.form.addRow(caption, column)
            self.fields[spec.name] = widget
        self.required_note.setVisible(any(f.required for f in kind.detail_fields))
        self.details_intro.setText(
            self.tr("Für diesen Brief brauchen Sie nichts weiter einzutragen.")
            if not kind.detail_fields
            else self.tr(
                "Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden."
            )
        )
        self.warning_box.setVisible(bool(kind.warning))
        self.warning_read.setChecked(False)
        self.warning_text.setText(
            f"<b>⚠ {html.escape(self.tr('Bitte zuerst lesen'))}</b><br>{html.escape(kind.warning)}"
        )
        self.recipient_box.setVisible(kind.id == "beschwerde")
        if kind.id == "beschwerde" and self._recipient_for != kind.id:
            self._prefill_recipient()

    def _field_widget(
        self, spec: DetailField, value: str
    ) -> QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox:
        if spec.kind == "check":
            box = QCheckBox(self.tr("ja"))
            box.setChecked(value.strip().casefold() in ("ja", "1", "x", "true"))
            return box
        if spec.kind == "lines":
            lines = QPlainTextEdit(value)
            lines.setTabChangesFocus(True)
            lines.setPlaceholderText(self.tr("Eine Angabe je Zeile"))
            lines.setMinimumHeight(4 * lines.fontMetrics().lineSpacing())
            lines.setMaximumHeight(8 * lines.fontMetrics().lineSpacing())
            self._link(lines.textChanged, self._update_buttons, self._field_links)
            return lines
        if spec.kind == "date":
            edit = QDateEdit()
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.setMaximumDate(QDate(2100, 12, 31))
            if not spec.required:
                # the lowest date stands for "not given"
                edit.setMinimumDate(QDate(1990, 1, 1))
                edit.setSpecialValueText(self.tr("– nicht angegeben –"))
                edit.setDate(edit.minimumDate())
            else:
                edit.setDate(QDate.currentDate())
            parsed = QDate.fromString(value, "dd.MM.yyyy") if value else QDate()
            if parsed.isValid():
                edit.setDate(parsed)
            return edit
        line = QLineEdit(value)
        self._link(line.textChanged, self._update_buttons, self._field_links)
        return line

    def details(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for name, widget in self.fields.items():
            text = self._field_text(widget)
            if text:
                values[name] = text
        return values

    def missing_details(self) -> list[str]:
        kind = self.selected_type()
        if kind is None:
            return []
        given = self.details()
        return [f.label for f in kind.detail_fields if f.required and not given.get(f.name)]

    def _prefill_recipient(self) -> None:
        """Fill the address with what the program would use, and say why that one."""
        kind = self.selected_type()
        if kind is None:
            return
        trial = self.request()
        trial.recipient_lines = None
        for spec in kind.detail_fields:  # placeholders: only the address is wanted here
            if trial.details.get(spec.name):
                continue
            if spec.kind in ("text", "lines"):
                trial.details[spec.name] = "…"
            elif spec.required:
                trial.details[spec.name] = "01.01.2000"
        try:
            doc = self._build(trial)
        except AmtsError as exc:  # the user types the address in then
            self.recipient_note.setText(
                exc.message
                + " "
                + self.tr("Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.")
            )
            return
        except Exception:
            self.recipient_note.setText(
                self.tr("Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.")
            )
            return
        if self._kept_recipient is None:
            self.recipient.setPlainText("\n".join(doc.recipient_lines))
        self.recipient_note.setText(doc.recipient_note)
        self._recipient_for = kind.id

    def recipient_lines(self) -> list[str] | None:
        if self.selected_type_id() != "beschwerde":
            return None
        lines = [line.strip() for line in self.recipient.toPlainText().splitlines() if line.strip()]
        return lines or None

    # -------------------------------------------------------------- step 4
    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.pages = PagesView()
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setAccessibleName(self.tr("Hinweis zur Vorschau"))
        self.save_pdf_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.save_pdf_button.setToolTip(
            self.tr("Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen")
        )
        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.keep_button = QPushButton(self.tr("Im Tagebuch &speichern"))
        self.keep_button.setToolTip(
            self.tr(
                "Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später"
            )
        )
        self.delivery = QComboBox()
        self.delivery.setAccessibleName(self.tr("Wie verschickt"))
        for method_id, text in delivery_methods().items():
            self.delivery.addItem(text, method_id)
        self.sent_on = QDateEdit(QDate.currentDate())
        self.sent_on.setDisplayFormat("dd.MM.yyyy")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setMaximumDate(QDate.currentDate())
        self.sent_on.setAccessibleName(self.tr("Versendet am"))
        delivery_label = QLabel(self.tr("Versand&art:"))
        delivery_label.setBuddy(self.delivery)
        sent_label = QLabel(self.tr("a&m"))
        sent_label.setBuddy(self.sent_on)
        self.keep_sent_button = QPushButton(self.tr("Speichern und als &versendet markieren"))
        out = QHBoxLayout()
        out.addWidget(self.save_pdf_button)
        out.addWidget(self.print_button)
        out.addStretch(1)
        out.addWidget(self.keep_button)
        sent = QHBoxLayout()
        sent.addWidget(delivery_label)
        sent.addWidget(self.delivery, 1)
        sent.addWidget(sent_label)
        sent.addWidget(self.sent_on)
        sent.addWidget(self.keep_sent_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.preview_note)
        layout.addLayout(out)
        layout.addLayout(sent)
        return page

    # ------------------------------------------------------------ building
    def _ids(self, kind: str) -> list[int]:
        """Checked records of a kind the type offers; records a prefilled request named
        for a kind the type does not offer are passed on unseen (a reminder keeps the
        Warnsignale of the first letter, so sending it settles them too)."""
        if kind in self._uses():
            return self.checked_ids(kind)
        if self._prefilled is not None and self._prefilled.type_id == self.selected_type_id():
            return list(getattr(self._prefilled, PREFILL_FIELDS[kind]))
        return []

    def request(self) -> LetterRequest:
        type_id = self.selected_type_id() or ""
        return LetterRequest(
            type_id=type_id,
            contact_ids=self._ids("entries"),
            handover_ids=self._ids("handovers"),
            finding_ids=self._ids("findings"),
            letter_ids=self._ids("letters"),
            details=self.details(),
            recipient_lines=self.recipient_lines() if type_id == "beschwerde" else None,
            # the user saw every detail with the diary's proposals in it
            reviewed=True,
        )

    def _build(self, request: LetterRequest) -> LetterDoc:
        from app.letters import build_letter

        with self.vault.session() as session:
            doc: LetterDoc = build_letter(session, request)
        return doc

    def make_preview(self) -> bool:
        """Build and render the letter; show its pages or say plainly what is wrong."""
        from app.letters import render_pdf

        self.doc, self.pdf = None, b""
        self.pages.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = self._build(self.request())
            pdf = render_pdf(doc)
            count = self.pages.show_pdf(pdf)
        except AmtsError as exc:
            self._say(exc.message)
            return False
        except Exception:  # never a traceback in front of a user
            self._say(
                self.tr(
                    "Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und "
                    "versuchen Sie es noch einmal."
                )
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.doc, self.pdf = doc, pdf
        notes = [
            self.tr("Betreff: {subject}.").format(subject=doc.subject.rstrip(".")),
            self.tr("Eine Seite.") if count == 1 else self.tr("{n} Seiten.").format(n=count),
        ]
        if doc.copies > 1:
            notes.append(
                self.tr("Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.").format(
                    n=doc.copies
                )
            )
        notes.append(self.tr("Unterschreiben Sie den Brief nach dem Drucken."))
        self.preview_note.setText(" ".join(notes))
        return True

    # ------------------------------------------------------------ moving
    def _go(self, step: int) -> None:
        self.error.hide()
        self.stack.setCurrentIndex(step)
        titles = {
            STEP_TYPE: self.tr("Schritt 1 von 4: Welcher Brief?"),
            STEP_CONCERNS: self.tr("Schritt 2 von 4: Worum geht es?"),
            STEP_DETAILS: self.tr("Schritt 3 von 4: Angaben für den Brief"),
            STEP_PREVIEW: self.tr("Schritt 4 von 4: Ihr Brief"),
        }
        self.step_label.setText(f"<b>{titles[step]}</b>")
        if step == STEP_CONCERNS:
            uses = self._uses()
            for kind, box in self.groups.items():
                box.setVisible(kind in uses)
        self._update_buttons()
        focus = {
            STEP_TYPE: self.type_list,
            STEP_CONCERNS: next(
                (self.lists[k] for k in KINDS if k in self._uses() and self.lists[k].count()),
                self.next_button,
            ),
            STEP_DETAILS: self.warning_read
            if self.warning_box.isVisibleTo(self)
            else next(iter(self.fields.values()), self.next_button),
            STEP_PREVIEW: self.pages,
        }[step]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self) -> int:
        return self.stack.currentIndex()

    def forward(self) -> None:
        step = self.step()
        if step == STEP_TYPE:
            if self.selected_type() is None:
                return
            self._build_details()
            if self._uses() & set(KINDS):
                self._go(STEP_CONCERNS)
            else:
                self._apply_proposals()
                self._go(STEP_DETAILS)
        elif step == STEP_CONCERNS:
            self._apply_proposals()
            self._go(STEP_DETAILS)
        elif step == STEP_DETAILS:
            missing = self.missing_details()
            if missing:
                self._say(
                    self.tr("Bitte füllen Sie noch aus: {fields}.").format(
                        fields=", ".join(missing)
                    )
                )
                return
            if self.warning_box.isVisibleTo(self) and not self.warning_read.isChecked():
                self._say(self.tr("Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an."))
                return
            self._go(STEP_PREVIEW)
            if not self.make_preview():
                # back where the cause can be changed, with the reason still shown
                reason = self.error.text()
                self._go(STEP_DETAILS)
                self._say(reason)
            self._update_buttons()

    def back(self) -> None:
        step = self.step()
        if step == STEP_DETAILS:
            self._go(STEP_CONCERNS if self._uses() & set(KINDS) else STEP_TYPE)
        elif step > STEP_TYPE:
            self._go(step - 1)

    def _update_buttons(self, *_args: object) -> None:
        step = self.step()
        self.back_button.setEnabled(step > STEP_TYPE)
        self.next_button.setVisible(step != STEP_PREVIEW)
        if step == STEP_DETAILS:
            ready = not self.missing_details() and (
                not self.warning_box.isVisibleTo(self) or self.warning_read.isChecked()
            )
            self.next_button.setEnabled(ready)
            self.next_button.setText(self.tr("&Vorschau zeigen"))
        else:
            self.next_button.setEnabled(True)
            self.next_button.setText(self.tr("&Weiter"))
        made = self.doc is not None and bool(self.pdf)
        for button in (
            self.save_pdf_button,
            self.print_button,
            self.keep_button,
            self.keep_sent_button,
        ):
            button.setEnabled(made and self.saved_id is None)
        kind = self.selected_type()
        self.keep_sent_button.setToolTip(
            self.tr("Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.")
            if kind is not None and kind.answer_expected
            else ""
        )

    # ------------------------------------------------------------ proposals
    def _proposals(self, request: LetterRequest) -> dict[str, str]:
        from app.letters.proposals import propose

        try:
            with self.vault.session() as session:
                return propose(session, request)
        except AmtsError as exc:
            self._say(exc.message)
        except Exception:  # never a traceback in front of a user
            self._say(self.tr("Die Vorschläge aus dem Tagebuch konnten nicht geladen werden."))
        return {}

    def _field_text(self, widget: QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox) -> str:
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return "\n".join(
                line.strip() for line in widget.toPlainText().splitlines() if line.strip()
            )
        if isinstance(widget, QCheckBox):
            return "ja" if widget.isChecked() else ""
        if widget.date() == widget.minimumDate() and widget.specialValueText():
            return ""
        return widget.date().toString("dd.MM.yyyy")

    def _set_field(
        self, widget: QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox, text: str
    ) -> None:
        if isinstance(widget, QLineEdit):
            widget.setText(text)
            widget.setCursorPosition(0)  # the beginning is what one reads first
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(text))
        else:
            parsed = QDate.fromString(text, "dd.MM.yyyy") if text else QDate()
            if parsed.isValid():
                widget.setDate(parsed)
            elif widget.specialValueText():
                widget.setDate(widget.minimumDate())

    def _apply_proposals(self) -> None:
        """Put the diary's sentences for the chosen records into the fields.

        A field the user has not changed since the last proposal takes the new one;
        a changed field keeps the user's text and gets only lines that are new
        in the proposal. What stands in the fields is what the letter prints."""
        kind = self.selected_type()
        if kind is None:
            return
        fills = {spec.name: spec for spec in kind.detail_fields if spec.fill}
        proposed = self._proposals(self.request()) if fills else {}
        for name, spec in fills.items():
            widget = self.fields.get(name)
            if widget is None:
                continue
            new = proposed.get(name, "")
            last = self._proposed.get(name, "")
            current = self._field_text(widget)
            if current == last:
                self._set_field(widget, new)
            elif spec.kind == "lines":
                have = set(current.splitlines())
                old = set(last.splitlines())
                extra = [line for line in new.splitlines() if line not in have | old]
                if extra:
                    self._set_field(widget, "\n".join([*current.splitlines(), *extra]))
            self._proposed[name] = new
        self.diary_note.setVisible(any(proposed.get(name) for name in fills))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------ prefilled
    def prefill(self, request: LetterRequest) -> None:
        """Open with a type and the records it concerns already chosen."""
        self._prefilled = request
        if request.type_id and not self.select_type(request.type_id):
            self._say(
                self.tr("Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.")
            )
        for kind, name in PREFILL_FIELDS.items():
            ids = getattr(request, name)
            if ids:
                self.check_ids(kind, ids)
        self._kept_details = dict(request.details)
        if request.reviewed:  # a kept draft: its fields are what the user kept
            self._proposed = self._proposals(request)
        self._kept_recipient = list(request.recipient_lines) if request.recipient_lines else None
        if request.recipient_lines:
            self.recipient.setPlainText("\n".join(request.recipient_lines))

    # ------------------------------------------------------------ results
    def save_pdf(self) -> Path | None:
        if self.doc is None or not self.pdf:
            return None
        kind = self.selected_type()
        name = suggested_name(kind.title if kind else "Brief", date.today())
        try:
            target = save_pdf_as(self, self.pdf, name, self._folder)
        except LetterPdfError as exc:
            self._say(exc.message)
            return None
        if target is None:
            return None
        self._folder = target.parent
        self.preview_note.setText(
            self.tr(
                "Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; "
                "löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief "
                "auch im Tagebuch, damit das Programm an die Antwort denkt."
            ).format(path=str(target))
        )
        return target

    def ask_printer(self) -> QPrintDialog | None:
        """The system's print dialog, window-modal; printing starts when it is accepted."""
        if not self.pdf:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Brief drucken"))
        self._printer = printer
        dialog.accepted.connect(self._print_accepted)
        dialog.finished.connect(self._print_finished)
        self.printing = dialog
        open_print_dialog(dialog)
        return dialog

    def _print_accepted(self) -> None:
        self.print_to(self._printer)

    def _print_finished(self, _result: int) -> None:
        dialog, self.printing = self.printing, None
        if dialog is not None:
            dialog.accepted.disconnect(self._print_accepted)
            dialog.finished.disconnect(self._print_finished)
            dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> bool:
        if not self.pdf:
            return False
        try:
            pages = print_pdf(self.pdf, printer)
        except LetterPdfError as exc:
            self._say(exc.message)
            return False
        self.preview_note.setText(
            self.tr(
                "{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. "
                "Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt."
            ).format(n=pages)
        )
        return True

    def keep(self) -> int | None:
        """Store the letter as a draft (Entwurf) and close."""
        return self._keep(sent=False)

    def keep_as_sent(self) -> int | None:
        return self._keep(sent=True)

    def _keep(self, *, sent: bool) -> int | None:
        if self.doc is None or not self.pdf or self.saved_id is not None:
            return None
        try:
            if self.draft_id is None:
                letter_id = self.letters.save_draft(self.request(), self.doc, self.pdf)
            else:
                letter_id = self.draft_id
                self.letters.update_draft(letter_id, self.request(), self.doc, self.pdf)
            self.saved_id = letter_id
            if sent:
                self.letters.mark_sent(
                    letter_id, str(self.delivery.currentData()), day_of(self.sent_on)
                )
        except AmtsError as exc:
            self._say(exc.message)
            if self.saved_id is not None:  # kept as a draft; marking as sent can be redone
                self.saved.emit(self.saved_id)
            self._update_buttons()
            return self.saved_id
        self.saved.emit(letter_id)
        self.accept()
        return letter_id

    # ------------------------------------------------------------ closing
    def forget(self) -> None:
        """Drop everything the dialog shows (on lock and when it closes)."""
        self.pages.clear()
        self.doc, self.pdf = None, b""
        self.preview_note.clear()
        self.type_info.clear()
        self.recipient.clear()
        self.error.clear()
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.clear()
        self._proposed = {}
        for items in self.lists.values():
            items.clear()

    def done(self, result: int) -> None:
        if self.printing is not None:
            self.printing.reject()
        for signal, slot in self._links + self._field_links:
            signal.disconnect(slot)
        self._links, self._field_links = [], []
        self.forget()
        super().done(result)
