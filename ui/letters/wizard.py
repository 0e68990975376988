"""Der Brief-Assistent: choose a letter, what it concerns, the details, look at it, keep it.

Four steps in one window-modal dialog (opened with ``open()``, never ``exec()``:
locking while it is open must be able to close it and drop everything it showed):

1. the kind of letter, with its legal basis;
2. the diary entries, handovers, Warnsignale or earlier letters it concerns
   (only what the type uses; may be skipped);
3. the details the type asks for, and the type's warning, which must be ticked
   as read before a risky letter is made;
4. the letter itself, rendered in memory, to save as PDF or print; „Fertig“ keeps
   it in the diary, as a draft or, when „Schon verschickt“ is ticked, as sent.

The letter is built by ``app.letters`` and stored by ``LetterService``; this
module only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.i18n import _ as app_text
from app.letters.flow import KINDS, REQUEST_FIELDS, LetterFlow, Problem, Step
from app.letters.model import LetterDoc, LetterRequest, LetterType, SentDetails
from ui.common.theme import themed
from ui.letters.pages.concerns_page import ConcernsPage, load_choices
from ui.letters.pages.details_page import DetailsPage, FieldWidget
from ui.letters.pages.preview_page import PreviewPage
from ui.letters.pages.type_page import TypePage
from ui.letters.pdf_view import (
    LetterPdfError,
    day_of,
    open_print_dialog,
    print_pdf,
    save_pdf_as,
    suggested_name,
)

if TYPE_CHECKING:
    from app.services.findings import FindingsService
    from app.services.letters import LetterService

STEP_TYPE, STEP_CONCERNS, STEP_DETAILS, STEP_PREVIEW = (int(s) for s in Step)


def letter_types() -> dict[str, LetterType]:
    from app.letters import LETTER_TYPES

    return dict(LETTER_TYPES)


# ------------------------------------------------------------------ the dialog
class LetterWizard(QDialog):
    """Make one letter, step by step."""

    saved = Signal(int)  # the new letter's id

    def __init__(
        self,
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
        self.letters = letters
        self.findings = findings
        self.setWindowTitle(
            self.tr("Neuer Brief") if draft_id is None else self.tr("Entwurf bearbeiten")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._links: list[tuple[SignalInstance, Callable[..., Any]]] = []
        self.doc: LetterDoc | None = None
        self.pdf: bytes = b""
        self.saved_id: int | None = None
        self._folder: Path | None = None
        self._recipient_for = ""  # the type the recipient field was filled for
        self.types = letter_types()
        self.suggested = [t for t in suggested if t in self.types]
        self.choices = load_choices(findings, letters)
        # the steps, the checks, the proposals and the request (app/letters/flow.py)
        self.flow = LetterFlow(self.types)
        self.printing: QPrintDialog | None = None

        self.step_label = QLabel()
        self.step_label.setAccessibleName(self.tr("Schritt"))
        self.stack = QStackedWidget()
        self.type_page = TypePage()
        self.concerns_page = ConcernsPage(self.choices)
        self.details_page = DetailsPage()
        self.preview_page = PreviewPage()
        for page in (self.type_page, self.concerns_page, self.details_page, self.preview_page):
            self.stack.addWidget(page)
        self._name_widgets()
        self._details_for = ""  # the type the form was built for
        self._kept_details: dict[str, str] = {}
        self._kept_recipient: list[str] | None = None
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Meldung"))
        themed(
            self.error,
            lambda colours: (
                f"color: {colours.error_text}; background: {colours.error_background}; "
                f"border: 1px solid {colours.error_border}; padding: 4px; font-weight: bold;"
            ),
        )
        self.error.hide()
        nav = self._navigation()
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
        self._link(self.details_page.edited, self._update_buttons)
        self._link(self.save_pdf_button.clicked, self.save_pdf)
        self._link(self.print_button.clicked, self.ask_printer)

        self._fill_types()
        if request is not None:
            self.prefill(request)
            self._type_changed()  # now with what the request chose
        self.resize(980, 700)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # an old laptop: 1024 x 600 after the taskbar
            self.resize(min(980, screen.width() - 40), min(700, screen.height() - 60))
        self._go(STEP_TYPE)

    def _navigation(self) -> QHBoxLayout:
        """Abbrechen on the left, Zurück and Weiter on the right."""
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
        return nav

    def _name_widgets(self) -> None:
        """The pages' widgets under the names the window and the tests use."""
        self.type_list, self.type_info = self.type_page.type_list, self.type_page.type_info
        self.lists, self.groups = self.concerns_page.lists, self.concerns_page.groups
        page = self.details_page
        self.warning_box, self.warning_text = page.warning_box, page.warning_text
        self.warning_read, self.diary_note = page.warning_read, page.diary_note
        self.recipient_box, self.recipient = page.recipient_box, page.recipient
        self.recipient_note = page.recipient_note
        preview = self.preview_page
        self.pages, self.preview_note = preview.pages, preview.preview_note
        self.save_pdf_button, self.print_button = preview.save_pdf_button, preview.print_button
        self.sent_check = preview.sent_check
        self.delivery, self.sent_on = preview.delivery, preview.sent_on

    def _link(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._links.append((signal, slot))

    # -------------------------------------------------------------- step 1
    def _fill_types(self) -> None:
        self.type_page.fill(self.types, self.suggested)

    def selected_type_id(self) -> str | None:
        return self.type_page.selected_type_id()

    def selected_type(self) -> LetterType | None:
        type_id = self.selected_type_id()
        return self.types.get(type_id) if type_id else None

    def select_type(self, type_id: str) -> bool:
        return self.type_page.select_type(type_id)

    def _type_changed(self, *_args: object) -> None:
        import html

        kind = self.selected_type()
        if kind is None:
            self.type_info.clear()
            return
        esc = html.escape
        parts = [f"<h3>{esc(app_text(kind.title))}</h3>", f"<p>{esc(app_text(kind.summary))}</p>"]
        parts.append("<p><b>" + esc(self.tr("Rechtsgrundlage:")) + f"</b> {esc(kind.basis)}</p>")
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
            parts.append(
                "<p><b>⚠ "
                + esc(self.tr("Bitte beachten:"))
                + f"</b> {esc(app_text(kind.warning))}</p>"
            )
        chosen = self._chosen_summary(kind)
        if chosen:
            parts.append(f"<p>{esc(chosen)}</p>")
        self.type_info.setText("".join(parts))
        if self.draft_id is None:
            self.setWindowTitle(self.tr("Neuer Brief: {title}").format(title=app_text(kind.title)))

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
    def checked_ids(self, kind: str) -> list[int]:
        return self.concerns_page.checked_ids(kind)

    def check_ids(self, kind: str, ids: Sequence[int]) -> None:
        self.concerns_page.check_ids(kind, ids)

    def _uses(self) -> frozenset[str]:
        kind = self.selected_type()
        return kind.uses if kind is not None else frozenset()

    # -------------------------------------------------------------- step 3
    def _build_details(self) -> None:
        """The form of the chosen type (kept as typed while the type stays the same)."""
        kind = self.selected_type()
        if kind is None or kind.id == self._details_for:
            return
        kept = {**self._kept_details, **self.details()}
        self._details_for = kind.id
        self.details_page.build(kind, kept)
        self.recipient_box.setVisible(kind.recipient_editable)
        if kind.recipient_editable and self._recipient_for != kind.id:
            self._prefill_recipient()

    @property
    def fields(self) -> dict[str, FieldWidget]:
        return self.details_page.fields

    def details(self) -> dict[str, str]:
        return self.details_page.details()

    def _prefill_recipient(self) -> None:
        """Fill the address with what the program would use, and say why that one."""
        kind = self.selected_type()
        if kind is None:
            return
        try:
            lines, note = self.letters.default_recipient(self.request())
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
            self.recipient.setPlainText("\n".join(lines))
        self.recipient_note.setText(note.strip())
        self._recipient_for = kind.id

    def recipient_lines(self) -> list[str] | None:
        kind = self.selected_type()
        if kind is None or not kind.recipient_editable:
            return None
        lines = [line.strip() for line in self.recipient.toPlainText().splitlines() if line.strip()]
        return lines or None

    # ------------------------------------------------------------ building
    def _sync(self) -> LetterFlow:
        """The flow with what the pages show now."""
        flow = self.flow
        flow.select(self.selected_type_id())
        flow.step = Step(self.stack.currentIndex())
        flow.chosen = {kind: self.checked_ids(kind) for kind in KINDS}
        flow.values = self.details()
        flow.warning_read = self.warning_read.isChecked()
        flow.recipient_lines = self.recipient_lines()
        return flow

    def request(self) -> LetterRequest:
        return self._sync().request()

    def make_preview(self) -> bool:
        """Build and render the letter; show its pages or say plainly what is wrong."""
        self.doc, self.pdf = None, b""
        self.pages.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc, pdf = self.letters.preview(self.request())
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
        notes.append(self.tr("„Fertig“ hebt ihn im Tagebuch auf."))
        self.preview_note.setText(" ".join(notes))
        self._explain()
        return True

    def _explain(self) -> None:
        """Beside the preview: what the letter says, in the user's language (issue 17)."""
        try:
            explanation = self.letters.explanation(self.request())
        except Exception:  # the letter is fine; only its explanation is missing
            explanation = None
        self.preview_page.explanation.show_explanation(explanation)

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
        if self.step() == STEP_PREVIEW:
            self.finish()
            return
        flow = self._sync()
        problem = flow.problem() if flow.step == Step.DETAILS else None
        if problem == Problem.MISSING:
            self._say(
                self.tr("Bitte füllen Sie noch aus: {fields}.").format(
                    fields=", ".join(app_text(name) for name in flow.missing())
                )
            )
            return
        if problem == Problem.WARNING_UNREAD:
            self._say(self.tr("Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an."))
            return
        target = flow.next_step()
        if target is None:
            return
        if flow.step == Step.TYPE:
            self._build_details()
        if flow.proposals_due(target):
            self._apply_proposals()
        self._go(target)
        if target == Step.PREVIEW:
            if not self.make_preview():
                # back where the cause can be changed, with the reason still shown
                reason = self.error.text()
                self._go(STEP_DETAILS)
                self._say(reason)
            self._update_buttons()

    def back(self) -> None:
        target = self._sync().back_step()
        if target is not None:
            self._go(target)

    def _update_buttons(self, *_args: object) -> None:
        step = self.step()
        self.back_button.setEnabled(step > STEP_TYPE)
        self.next_button.setToolTip("")
        if step == STEP_PREVIEW:
            self.next_button.setText(self.tr("&Fertig"))
            self.next_button.setToolTip(
                self.tr(
                    "Den Brief im Tagebuch aufheben und den Assistenten schließen. Drucken "
                    "können Sie ihn auch später unter „Briefe“."
                )
            )
        elif step == STEP_DETAILS:
            ready = self._sync().problem() is None
            self.next_button.setEnabled(ready)
            self.next_button.setText(self.tr("&Vorschau zeigen"))
        else:
            self.next_button.setEnabled(True)
            self.next_button.setText(self.tr("&Weiter"))
        made = self.doc is not None and bool(self.pdf) and self.saved_id is None
        for widget in (self.save_pdf_button, self.print_button, self.sent_check):
            widget.setEnabled(made)
        if step == STEP_PREVIEW:
            self.next_button.setEnabled(made)
        kind = self.selected_type()
        self.sent_check.setToolTip(
            self.tr(
                "Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Das "
                "Programm rechnet dann aus, bis wann das Jobcenter antworten muss."
            )
            if kind is not None and kind.answer_expected
            else self.tr(
                "Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Sonst "
                "bleibt er ein Entwurf, den Sie später unter „Briefe“ als versendet markieren."
            )
        )

    # ------------------------------------------------------------ proposals
    def _proposals(self, request: LetterRequest) -> dict[str, str]:
        try:
            return self.letters.proposals(request)
        except AmtsError as exc:
            self._say(exc.message)
        except Exception:  # never a traceback in front of a user
            self._say(self.tr("Die Vorschläge aus dem Tagebuch konnten nicht geladen werden."))
        return {}

    def _apply_proposals(self) -> None:
        """Put the diary's sentences for the chosen records into the fields (the rules
        are LetterFlow.apply_proposals'). What stands in the fields is what prints."""
        flow = self._sync()
        if flow.kind is None:
            return
        proposed = self._proposals(flow.request()) if flow.fills() else {}
        for name, text in flow.apply_proposals(proposed).items():
            widget = self.fields.get(name)
            if widget is not None:
                self.details_page.set_field(widget, text)
        self.diary_note.setVisible(flow.anything_proposed(proposed))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------ prefilled
    def prefill(self, request: LetterRequest) -> None:
        """Open with a type and the records it concerns already chosen."""
        self.flow.prefilled = request
        if request.type_id and not self.select_type(request.type_id):
            self._say(
                self.tr("Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.")
            )
        for kind, name in REQUEST_FIELDS.items():
            ids = getattr(request, name)
            if ids:
                self.check_ids(kind, ids)
        self._kept_details = dict(request.details)
        if request.reviewed:  # a kept draft: its fields are what the user kept
            self.flow.proposed = self._proposals(request)
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
                "löschen Sie sie, wenn Sie sie nicht mehr brauchen. Mit „Fertig“ heben Sie den "
                "Brief auch im Tagebuch auf, damit das Programm an die Antwort denkt."
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
                "Mit „Fertig“ heben Sie ihn im Tagebuch auf, damit das Programm an die Antwort "
                "denkt."
            ).format(n=pages)
        )
        return True

    def finish(self) -> int | None:
        """Fertig: keep the letter in the diary — as sent when „Schon verschickt“ is
        ticked, else as a draft (Entwurf) — and close."""
        return self._keep(sent=self.sent_check.isChecked())

    def _keep(self, *, sent: bool) -> int | None:
        if self.doc is None or not self.pdf or self.saved_id is not None:
            return None
        how = SentDetails(str(self.delivery.currentData()), day_of(self.sent_on)) if sent else None
        try:
            # one transaction: kept (and marked as sent) together, or nothing kept
            letter_id = self.letters.save(
                self.request(), self.doc, self.pdf, draft_id=self.draft_id, sent=how
            )
        except AmtsError as exc:
            self._say(exc.message)
            self._update_buttons()
            return None
        self.saved_id = letter_id
        self.saved.emit(letter_id)
        self.accept()
        return letter_id

    # ------------------------------------------------------------ closing
    def forget(self) -> None:
        """Drop everything the dialog shows (on lock and when it closes)."""
        self.pages.clear()
        self.doc, self.pdf = None, b""
        self.preview_note.clear()
        self.preview_page.explanation.clear()
        self.type_info.clear()
        self.recipient.clear()
        self.error.clear()
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.clear()
        self.flow.proposed = {}
        for items in self.lists.values():
            items.clear()

    def done(self, result: int) -> None:
        if self.printing is not None:
            self.printing.reject()
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        self.details_page.unwatch()
        self.forget()
        super().done(result)
