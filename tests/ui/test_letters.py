"""Briefe in the window: the wizard, the list with deadlines, the next step, the hooks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pypdfium2
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.letters import LETTER_TYPES, build_letter, render_pdf
from app.letters.model import LetterRequest
from app.records import (
    ContactData,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
)
from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.services.letters import LetterService
from app.services.profile import ProfileService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.common import filedialogs
from ui.letters.view import LettersView
from ui.letters.wizard import STEP_CONCERNS, STEP_DETAILS, STEP_PREVIEW, STEP_TYPE, LetterWizard
from ui.main import MainWindow

COPIED = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."
LONG_AGO = date(2025, 1, 2)


# ------------------------------------------------------------------ set-up
def _fill_profile(vault: Vault) -> None:
    profile_service = ProfileService(vault)
    profile_service.set_profile(
        ProfileData(
            name="Olena Schewtschenko",
            street="Lindenweg 4",
            postcode="04109",
            city="Leipzig",
            customer_number="123D456789",
            bg_number="12345BG0001234",
            state="SN",
        )
    )
    profile_service.set_jobcenter(
        JobcenterData(
            name="Jobcenter Leipzig",
            street="Georg-Schumann-Straße 150",
            postcode="04159",
            city="Leipzig",
            kind="ge",
            state="SN",
        )
    )


def _prepare(folder: Path, *notes: str, handover: bool = False) -> None:
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        _fill_profile(vault)
        entry_service = EntriesService(vault)
        handover_service = HandoverService(vault)
        for text in notes:
            entry_service.add_contact(
                ContactData(
                    when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
                    channel="termin",
                    counterpart="Frau K.",
                    notes=text,
                )
            )
        if handover:
            handover_service.add_handover(
                HandoverData(
                    when=datetime.fromisoformat("2026-03-02T09:45:00+01:00"),
                    method="persoenlich",
                    documents=[DocumentData(type="kontoauszuege", period="Dez.–Feb.")],
                )
            )


def _details_for(type_id: str) -> dict[str, str]:
    kind = LETTER_TYPES[type_id]
    return {
        f.name: ("01.03.2026" if f.kind == "date" else "Kopie meines Personalausweises")
        for f in kind.detail_fields
        if f.required
    }


def _letter(vault: Vault, type_id: str = "auskunft", sent_on: date | None = None) -> int:
    """A letter made the way the wizard makes it, optionally marked as sent."""
    request = LetterRequest(type_id, details=_details_for(type_id))
    with vault.session() as session:
        doc = build_letter(session, request)
    service = LetterService(vault)
    letter_id = service.save_draft(request, doc, render_pdf(doc))
    if sent_on is not None:
        service.mark_sent(letter_id, "post", sent_on)
    return letter_id


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    window.unlock_page.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.unlock_page._busy, timeout=10_000)
    assert window.workspace is not None


def _window(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window)
    return window


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _fill_required(qtbot: QtBot, wizard: LetterWizard) -> None:
    kind = wizard.selected_type()
    assert kind is not None
    for spec in kind.detail_fields:
        widget = wizard.fields[spec.name]
        if not spec.required or isinstance(widget, QDateEdit):
            continue
        assert isinstance(widget, (QLineEdit, QPlainTextEdit))
        widget.setFocus()
        qtbot.keyClicks(widget, "Kopie meines Personalausweises")


def _not_blank(image: QImage) -> bool:
    """Some pixels of the page are dark: there is text on it."""
    small = image.scaled(120, 170)
    return any(
        small.pixelColor(x, y).lightness() < 128
        for x in range(small.width())
        for y in range(small.height())
    )


def _pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def _briefe(window: MainWindow) -> LettersView:
    assert window.workspace is not None
    view = window.workspace.letters
    window.workspace.nav.setCurrentRow(window.workspace.stack.indexOf(view))
    return view


def _shown_row(view: LettersView, row: int = 0) -> list[str]:
    return [str(view.model.index(row, c).data()) for c in range(view.model.columnCount())]


# ------------------------------------------------------------------ tests
def test_the_view_sits_between_warnsignale_and_einstellungen(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir)
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    nav = window.workspace.nav
    names = [nav.item(row).text() for row in range(nav.count())]
    assert names == [
        "Übersicht",
        "Tagebuch",
        "Unterlagen",
        "Warnsignale",
        "Briefe",
        "Einstellungen",
    ]
    view = _briefe(window)
    # the empty state says what a letter is for and offers to write one
    assert view.empty.isVisible() and "Auskunft über Ihre Daten" in view.empty.text()
    assert view.new_button.isVisible() and "Neuer Brief" in view.new_button.text()
    assert not view.splitter.isVisible()
    for widget in (view.table, view.detail, view.new_button):
        assert widget.accessibleName() or widget.text()  # type: ignore[attr-defined]
    window.lock()


def test_a_letter_made_in_the_wizard_is_kept_as_a_draft(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _prepare(vault_dir, "Heute nur ein kurzes Gespräch über Bewerbungen.")
    window = _window(qtbot, vault_dir)
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = _briefe(window)
    wizard = view.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.step() == STEP_TYPE and "Schritt 1 von 4" in wizard.step_label.text()
    # every type is offered with its title
    titles = [wizard.type_list.item(r).text() for r in range(wizard.type_list.count())]
    assert len(titles) == len(LETTER_TYPES)
    assert "Rechtsgrundlage" in wizard.type_info.text()

    assert wizard.select_type("auskunft")
    assert LETTER_TYPES["auskunft"].basis in wizard.type_info.text()
    qtbot.keyClick(wizard.type_list, Qt.Key.Key_Return)  # Enter goes one step on
    assert wizard.step() in (STEP_CONCERNS, STEP_DETAILS)
    wizard.back()
    assert wizard.step() == STEP_TYPE and wizard.selected_type_id() == "auskunft"
    _click(qtbot, wizard.next_button)
    if wizard.step() == STEP_CONCERNS:
        entries = wizard.lists["entries"]
        assert entries.count() == 1 and "Frau K." in entries.item(0).text()
        entries.item(0).setCheckState(Qt.CheckState.Checked)
        _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_DETAILS
    _fill_required(qtbot, wizard)
    _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_PREVIEW, wizard.error.text()
    assert wizard.doc is not None
    subject = wizard.doc.subject
    # the preview shows the pages, rendered in memory
    assert wizard.pages.images and all(_not_blank(image) for image in wizard.pages.images)
    assert wizard.pages.labels[0].pixmap() is not None
    assert subject in wizard.preview_note.text()

    target = tmp_path / "ausgabe" / "brief.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *_args: target)
    _click(qtbot, wizard.save_pdf_button)
    assert target.exists()
    assert " ".join(subject.split()) in " ".join(_pdf_text(target.read_bytes()).split())
    assert str(target) in wizard.preview_note.text()

    # printing (the system dialog is not opened here): every page onto the printer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "drucker.pdf"))
    assert wizard.print_to(printer)
    assert "an den Drucker geschickt" in wizard.preview_note.text()
    printed = pypdfium2.PdfDocument((tmp_path / "drucker.pdf").read_bytes())
    assert len(printed) == len(wizard.pages.images)
    printed.close()

    # one way to finish: „Fertig“, the default button; PDF and printing beside it
    buttons = {b.text() for b in wizard.findChildren(QPushButton) if b.isVisibleTo(wizard)}
    assert buttons == {"Als &PDF speichern …", "&Drucken …", "Abbrechen", "&Zurück", "&Fertig"}
    assert wizard.next_button.text() == "&Fertig" and wizard.next_button.isDefault()
    assert not wizard.sent_check.isChecked() and not wizard.delivery.isEnabled()
    _click(qtbot, wizard.next_button)
    assert view.wizard is None and not wizard.isVisible()
    assert view.model.rowCount() == 1
    title, _day, status, answer = _shown_row(view)
    assert title == LETTER_TYPES["auskunft"].title
    assert status == "Entwurf" and answer == "noch nicht versendet"
    assert subject in view.detail.toPlainText()
    # a draft offers to change or send it; answer and extension come after sending
    assert view.sent_button.isVisible() and view.edit_button.isVisible()
    assert not view.answered_button.isVisible() and not view.extend_button.isVisible()
    window.lock()


def test_the_wizard_can_keep_a_letter_as_sent(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir)
    window = _window(qtbot, vault_dir)
    view = _briefe(window)
    _click(qtbot, view.new_button)
    wizard = view.wizard
    assert wizard is not None
    wizard.select_type("auskunft")
    while wizard.step() != STEP_DETAILS:
        wizard.forward()
    _fill_required(qtbot, wizard)
    wizard.forward()
    assert wizard.step() == STEP_PREVIEW
    _click(qtbot, wizard.sent_check)
    assert wizard.delivery.isEnabled() and wizard.sent_on.isEnabled()
    wizard.delivery.setCurrentIndex(wizard.delivery.findData("fax"))
    wizard.sent_on.setDate(date.today() - timedelta(days=1))
    _click(qtbot, wizard.next_button)
    assert view.wizard is None
    _title, _day, status, answer = _shown_row(view)
    assert status == "Versendet" and answer.startswith("bis ")
    assert "Fax" in view.detail.toPlainText()
    window.lock()


def test_marking_as_sent_shows_the_deadline_and_how_it_was_counted(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _prepare(vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _letter(vault)
    window = _window(qtbot, vault_dir)
    view = _briefe(window)
    assert view.selected() is not None
    _click(qtbot, view.sent_button)
    dialog = view.asking
    assert dialog is not None and dialog.isVisible()
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("einschreiben"))  # type: ignore[attr-defined]
    sent = date.today() - timedelta(days=2)
    dialog.when.setDate(sent)  # type: ignore[attr-defined]
    _click(qtbot, dialog.ok)  # type: ignore[attr-defined]
    assert view.asking is None
    assert window.workspace is not None
    info = window.workspace.letter_service.letters()[0]
    assert info.status == "versendet" and info.due_on is not None
    _title, day, status, answer = _shown_row(view)
    assert status == "Versendet" and day == sent.strftime("%d.%m.%Y")
    assert answer.startswith("bis ") and info.due_on.strftime("%d.%m.%Y") in answer
    detail = view.detail.toPlainText()
    assert "So wurde die Frist gezählt" in detail
    flat = " ".join(detail.split())
    for step in info.due_explanation.split("→"):  # every step of the count, in order
        assert " ".join(step.split()) in flat
    assert "Einschreiben" in detail
    assert not view.sent_button.isVisible() and view.answered_button.isVisible()

    # an extension needs the Jobcenter's reason
    _click(qtbot, view.extend_button)
    extend = view.asking
    assert extend is not None and not extend.ok.isEnabled()  # type: ignore[attr-defined]
    assert "zwei" in extend.intro.text()  # type: ignore[attr-defined]
    qtbot.keyClicks(extend.reason, "Schreiben vom 10.03.: Akte liegt im Archiv")  # type: ignore[attr-defined]
    assert extend.ok.isEnabled()  # type: ignore[attr-defined]
    new_due = info.due_on + timedelta(days=30)
    extend.when.setDate(new_due)  # type: ignore[attr-defined]
    _click(qtbot, extend.ok)  # type: ignore[attr-defined]
    assert new_due.strftime("%d.%m.%Y") in _shown_row(view)[3]
    assert "Akte liegt im Archiv" in view.detail.toPlainText()

    # the answer came
    _click(qtbot, view.answered_button)
    answered = view.asking
    assert answered is not None
    _click(qtbot, answered.ok)  # type: ignore[attr-defined]
    assert _shown_row(view)[2] == "Beantwortet"
    assert _shown_row(view)[3] == "erhalten am " + date.today().strftime("%d.%m.%Y")
    window.lock()


def test_an_overdue_answer_is_said_plainly_and_offers_the_reminder(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _prepare(vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        letter_id = _letter(vault, sent_on=LONG_AGO)
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    overview = window.workspace.overview.text.text()
    assert "Antwort überfällig seit" in overview and f'href="letter:{letter_id}"' in overview
    window.workspace.overview.text.linkActivated.emit(f"letter:{letter_id}")
    view = window.workspace.letters
    assert window.workspace.stack.currentWidget() is view
    assert view.selected_id() == letter_id
    assert _shown_row(view)[2] == "⚠ Überfällig"  # a sign and a word, not colour alone
    assert view.overdue.isVisible() and "überfällig" in view.overdue.text()
    assert view.next_button.isVisible() and "Erinnerung schreiben" in view.next_button.text()
    _click(qtbot, view.next_button)
    wizard = view.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.selected_type_id() == "erinnerung"
    assert letter_id in wizard.checked_ids("letters")
    wizard.reject()
    assert view.wizard is None
    window.lock()


def test_a_risky_letter_needs_the_warning_ticked(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir, COPIED)
    risky = next(t for t in LETTER_TYPES.values() if t.warning)
    window = _window(qtbot, vault_dir)
    view = _briefe(window)
    wizard = view.open_wizard(LetterRequest(risky.id))
    assert wizard is not None and wizard.selected_type_id() == risky.id
    assert risky.warning in wizard.type_info.text() or "Bitte beachten" in wizard.type_info.text()
    _click(qtbot, wizard.next_button)
    if wizard.step() == STEP_CONCERNS:
        _click(qtbot, wizard.next_button)  # skipped: nothing chosen
    assert wizard.step() == STEP_DETAILS
    _fill_required(qtbot, wizard)
    assert wizard.warning_box.isVisible()
    assert " ".join(risky.warning.split())[:40] in " ".join(wizard.warning_text.text().split())
    assert not wizard.next_button.isEnabled()
    wizard.forward()  # even asked directly, it stays
    assert wizard.step() == STEP_DETAILS and "Hinweis" in wizard.error.text()
    qtbot.keyClick(wizard.warning_read, Qt.Key.Key_Space)
    assert wizard.warning_read.isChecked() and wizard.next_button.isEnabled()
    _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_PREVIEW and wizard.pages.images
    wizard.reject()
    window.lock()


def test_locking_while_the_wizard_is_open_closes_it_and_keeps_nothing(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _prepare(vault_dir)
    window = _window(qtbot, vault_dir)
    wizard = window.new_letter()
    assert wizard is not None
    wizard.select_type("auskunft")
    wizard.forward()
    while wizard.step() != STEP_DETAILS:
        wizard.forward()
    _fill_required(qtbot, wizard)
    wizard.forward()
    assert wizard.step() == STEP_PREVIEW and wizard.pages.images
    pages = wizard.pages
    window.lock()
    assert window.workspace is None
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()
    assert pages.images == [] and wizard.pdf == b"" and wizard.doc is None
    qtbot.wait(10)  # Qt deletes it
    assert not any(w.isVisible() for w in window.findChildren(LetterWizard))
    _unlock(qtbot, window)
    view = _briefe(window)
    assert view.model.rowCount() == 0 and view.empty.isVisible()
    assert view.wizard is None
    window.lock()


def test_from_a_warnsignal_the_wizard_opens_prefilled(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir, COPIED)
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    window.workspace.show_finding(0)
    findings = window.workspace.findings
    finding = findings.selected()
    assert finding is not None
    suggested = findings.suggested_letters(finding)
    assert suggested and findings.letter_button.isEnabled()
    assert "Vorgeschlagen" in findings.letter_reason.text()
    _click(qtbot, findings.letter_button)
    wizard = window.workspace.letters.wizard
    assert wizard is not None and wizard.isVisible()
    assert window.workspace.stack.currentWidget() is window.workspace.letters
    assert wizard.selected_type_id() == suggested[0]
    # the suggested letters come first, marked as such
    first = [wizard.type_list.item(r).text() for r in range(len(suggested))]
    assert all("vorgeschlagen" in text for text in first)
    assert finding.id in wizard.checked_ids("findings")
    assert "Schon ausgewählt: 1 Warnsignal" in wizard.type_info.text()
    wizard.reject()
    window.lock()


def test_from_a_handover_the_receipt_letter_opens(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir, handover=True)
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    documents = window.workspace.documents
    window.workspace.nav.setCurrentRow(window.workspace.stack.indexOf(documents))
    assert not documents.receipt_button.isEnabled()
    documents.tree.setCurrentIndex(documents.tree_model.index(0, 0))
    assert documents.receipt_button.isEnabled()
    _click(qtbot, documents.receipt_button)
    wizard = window.workspace.letters.wizard
    assert wizard is not None
    assert wizard.selected_type_id() == "eingangsbestaetigung"
    assert len(wizard.checked_ids("handovers")) == 1
    assert "Kontoauszüge" in wizard.lists["handovers"].item(0).text()
    wizard.reject()
    window.lock()


def test_printing_draws_every_page(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    _fill_profile(vault)
    letter_id = _letter(vault)
    service = LetterService(vault)
    view = LettersView(service)
    qtbot.addWidget(view)
    view.reload()
    preview = view.show_preview()
    assert preview is not None and preview.pages.images
    expected = len(preview.pages.images)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(printed))
    assert preview.print_to(printer)
    assert f"{expected} Seite(n)" in preview.message.text()
    document = pypdfium2.PdfDocument(printed.read_bytes())
    assert len(document) == expected
    page = document[0]
    width, height = page.get_size()
    assert abs(width - 595) < 3 and abs(height - 842) < 3  # A4, the letter at its true size
    page.close()
    document.close()
    preview.reject()
    assert service.get(letter_id).status == "entwurf"
    view.dispose()


def test_deleting_asks_first(qtbot: QtBot, vault: Vault) -> None:
    _fill_profile(vault)
    _letter(vault)
    view = LettersView(LetterService(vault))
    qtbot.addWidget(view)
    view.show()
    view.reload()
    box = view.ask_delete()
    assert box is not None and "wirklich" in box.text()
    box.reject()  # Behalten
    assert view.model.rowCount() == 1
    box = view.ask_delete()
    assert box is not None
    from PySide6.QtWidgets import QMessageBox

    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert view.model.rowCount() == 0 and view.empty.isVisibleTo(view)
    assert "gelöscht" in view.message.text()
    view.dispose()


def test_a_deleted_letter_comes_back_with_ctrl_z(qtbot: QtBot, vault_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    _prepare(vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _letter(vault, sent_on=date(2026, 11, 2))
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    view = window.workspace.letters
    window.workspace.show_letter(0)
    view.table.selectRow(0)
    (before,) = view.service.letters()
    assert not window.undo_action.isEnabled()
    box = view.ask_delete()
    assert box is not None
    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert view.model.rowCount() == 0 and "Strg+Z" in view.message.text()
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 1
    (after,) = view.service.letters()
    assert (after.id, after.status, after.due_on) == (before.id, before.status, before.due_on)
    assert view.selected() is not None and view.selected().id == before.id
    assert "Brief wiederhergestellt" in window.statusBar().currentMessage()
    assert not window.undo_action.isEnabled()
    window.lock()


def test_the_overview_names_answers_due_soon_and_nothing_otherwise(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _prepare(vault_dir, "Heute nur ein kurzes Gespräch über Bewerbungen.")
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    assert "<h3>Briefe</h3>" not in window.workspace.overview.text.text()
    window.lock()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        letter_id = _letter(vault)
        LetterService(vault).mark_sent(letter_id, "persoenlich", date.today() - timedelta(days=28))
    _unlock(qtbot, window)
    assert window.workspace is not None
    overview = window.workspace.overview.text.text()
    assert "<h3>Briefe</h3>" in overview and "Antwort fällig bis" in overview
    assert "überfällig" not in overview
    window.lock()


def test_a_complaint_goes_to_the_authority_and_its_address_can_be_changed(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _prepare(vault_dir, COPIED)
    window = _window(qtbot, vault_dir)
    view = _briefe(window)
    wizard = view.open_wizard(LetterRequest("beschwerde"))
    assert wizard is not None
    while wizard.step() != STEP_DETAILS:
        wizard.forward()
    # a gemeinsame Einrichtung: the Federal Commissioner, and the window says why
    assert wizard.recipient_box.isVisible()
    assert "Bonn" in wizard.recipient.toPlainText()
    assert wizard.recipient_note.text()
    wizard.recipient.setPlainText("Aufsicht zum Test\nPostfach 1\n12345 Prüfstadt")
    wizard.fields["sachverhalt"].setPlainText("02.03.2026: Ausweis ohne Zustimmung kopiert")  # type: ignore[union-attr]
    wizard.forward()
    assert wizard.step() == STEP_PREVIEW, wizard.error.text()
    assert wizard.doc is not None
    assert wizard.doc.recipient_lines[0] == "Aufsicht zum Test"
    wizard.reject()
    window.lock()


def test_a_letter_that_cannot_be_made_says_why_in_german(qtbot: QtBot, vault_dir: Path) -> None:
    window = _window(qtbot, vault_dir)  # no profile, no Jobcenter yet
    wizard = window.new_letter()
    assert wizard is not None
    wizard.select_type("auskunft")
    while wizard.step() != STEP_DETAILS:
        wizard.forward()
    wizard.forward()
    assert wizard.step() == STEP_DETAILS  # stays where the letter's details are
    assert wizard.error.isVisible() and wizard.error.text()
    assert "Traceback" not in wizard.error.text()
    assert not wizard.pages.images
    for button in (wizard.save_pdf_button, wizard.print_button, wizard.sent_check):
        assert not button.isEnabled()
    wizard.reject()
    window.lock()


def test_a_character_the_letter_cannot_print_is_named(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir)
    window = _window(qtbot, vault_dir)
    wizard = window.new_letter()
    assert wizard is not None
    wizard.select_type("berichtigung")
    while wizard.step() != STEP_DETAILS:
        wizard.forward()
    wizard.fields["falsch"].setText("Mein Name")  # type: ignore[attr-defined]
    wizard.fields["richtig"].setText("Olena 🙂")  # type: ignore[attr-defined]
    wizard.forward()
    assert wizard.step() == STEP_DETAILS and wizard.error.isVisible()
    assert "„Was ist richtig?“" in wizard.error.text() and "„🙂“" in wizard.error.text()
    assert not wizard.save_pdf_button.isEnabled()
    wizard.reject()
    window.lock()


def test_locking_while_a_question_is_open_closes_it_and_decides_nothing(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _prepare(vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _letter(vault)
    window = _window(qtbot, vault_dir)
    view = _briefe(window)
    dialog = view.ask_sent()
    assert dialog is not None and dialog.isVisible()
    window.lock()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    _unlock(qtbot, window)
    view = _briefe(window)
    assert _shown_row(view)[2] == "Entwurf"  # nothing was marked
    window.lock()


def test_a_draft_can_be_changed_and_keeps_its_place(qtbot: QtBot, vault_dir: Path) -> None:
    _prepare(vault_dir)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        letter_id = _letter(vault)
    window = _window(qtbot, vault_dir)
    view = _briefe(window)
    assert view.edit_button.isVisible() and view.edit_button.isEnabled()
    _click(qtbot, view.edit_button)
    wizard = view.wizard
    assert wizard is not None and wizard.windowTitle() == "Entwurf bearbeiten"
    assert wizard.selected_type_id() == "auskunft"
    while wizard.step() != STEP_DETAILS:
        wizard.forward()
    focus = wizard.fields["schwerpunkt"]
    assert isinstance(focus, QPlainTextEdit)
    focus.setPlainText("Vermerke in VerBIS aus dem Jahr 2026")
    wizard.forward()
    assert wizard.step() == STEP_PREVIEW, wizard.error.text()
    _click(qtbot, wizard.next_button)
    assert view.model.rowCount() == 1 and view.selected_id() == letter_id
    assert window.workspace is not None
    pdf = window.workspace.letter_service.pdf(letter_id)
    assert "VerBIS aus dem Jahr 2026" in " ".join(_pdf_text(pdf).split())
    # once sent, it stays as it went out
    window.workspace.letter_service.mark_sent(letter_id, "post", date.today())
    view.reload()
    assert not view.edit_button.isVisible() and view.answered_button.isVisible()
    window.lock()


def test_the_preview_writes_nothing_to_disk(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    _fill_profile(vault)
    private_tmp = tmp_path / "temp"
    private_tmp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)

    def listing(folder: Path) -> dict[str, int]:
        return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*")}

    before = listing(vault.folder)
    wizard = LetterWizard(LetterService(vault))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.select_type("auskunft")
    while wizard.step() != STEP_PREVIEW:
        wizard.forward()
    assert wizard.pages.images and wizard.doc is not None
    assert listing(private_tmp) == {}
    assert listing(vault.folder) == before  # nothing stored until the person says so
    wizard.reject()


def test_the_wizard_shows_what_comes_into_the_letter_and_prints_only_that(
    qtbot: QtBot, vault: Vault
) -> None:
    """Issue 13: the diary's sentences stand in the fields; the note never reaches paper."""
    _fill_profile(vault)
    EntriesService(vault).add_contact(
        ContactData(
            when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
            channel="termin",
            counterpart="Frau K.",
            notes=COPIED + " Mein Sohn Jonas war krank.",
        )
    )
    from app.services.findings import FindingsService

    wizard = LetterWizard(LetterService(vault), FindingsService(vault))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.select_type("beschwerde")
    _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_CONCERNS
    for kind in ("entries", "findings"):
        items = wizard.lists[kind]
        for row in range(items.count()):
            items.item(row).setCheckState(Qt.CheckState.Checked)
    _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_DETAILS
    assert wizard.diary_note.isVisible()
    assert "genau so in den Brief" in wizard.diary_note.text()
    facts = wizard.fields["sachverhalt"]
    assert isinstance(facts, QPlainTextEdit)
    lines = facts.toPlainText().splitlines()
    visit = "Am 02.03.2026 hatte ich einen Termin beim Jobcenter (Ansprechperson: Frau K.)."
    assert visit in lines
    assert any(
        "meinen Personalausweis kopiert" in line for line in lines
    )  # the Warnsignal, first person
    assert not any("Jonas" in line or COPIED in line for line in lines)
    # the user deletes the Warnsignal's sentence and writes one of their own
    facts.setPlainText(f"{visit}\nIch wurde nicht gefragt, ob ich einverstanden bin.")
    wizard.fields["normen"].clear()  # type: ignore[union-attr]
    _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_PREVIEW, wizard.error.text()
    text = " ".join(
        page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(wizard.pdf)
    )
    flat = " ".join(text.split())
    assert visit in flat and "Ich wurde nicht gefragt, ob ich einverstanden bin." in flat
    assert "meinen Personalausweis kopiert" not in flat and "Jonas" not in flat
    assert "Maßgeblich sind" not in flat
    # back and forward again: what the user changed stays changed
    _click(qtbot, wizard.back_button)
    assert "Ich wurde nicht gefragt" in facts.toPlainText()
    assert not any(
        "meinen Personalausweis kopiert" in line for line in facts.toPlainText().splitlines()
    )
    wizard.reject()


# ------------------------------------------------------------------ the reminder only after the deadline
def _view(qtbot: QtBot, vault: Vault) -> LettersView:
    view = LettersView(LetterService(vault))
    qtbot.addWidget(view)
    view.show()
    view.reload()
    return view


def test_before_the_deadline_the_reminder_is_disabled_and_names_the_date(
    qtbot: QtBot, vault: Vault
) -> None:
    _fill_profile(vault)
    sent = date.today() - timedelta(days=12)
    letter_id = _letter(vault, sent_on=sent)
    view = _view(qtbot, vault)
    assert view.selected_id() == letter_id
    info = view.selected()
    assert info is not None and info.status == "versendet" and info.due_on is not None
    first_day = (info.due_on + timedelta(days=1)).strftime("%d.%m.%Y")
    assert view.next_button.isVisible() and "Erinnerung" in view.next_button.text()
    assert not view.next_button.isEnabled()
    assert view.next_button.toolTip() == (
        f"Eine Erinnerung ist ab dem {first_day} möglich; bis dahin läuft die Antwortfrist."
    )
    # said in the pane as well: a disabled button cannot take the keyboard focus
    assert f"ab dem {first_day} möglich" in view.detail.toPlainText()
    assert not view.overdue.isVisible()
    assert view.write_next() is None and view.wizard is None
    view.dispose()


def test_a_draft_offers_no_reminder(qtbot: QtBot, vault: Vault) -> None:
    _fill_profile(vault)
    _letter(vault)
    view = _view(qtbot, vault)
    assert not view.next_button.isVisible()
    view.dispose()


def test_the_day_after_the_due_date_the_reminder_is_offered(qtbot: QtBot, vault: Vault) -> None:
    _fill_profile(vault)
    letter_id = _letter(vault, sent_on=LONG_AGO)
    view = _view(qtbot, vault)
    assert view.selected_id() == letter_id
    assert view.next_button.isVisible() and view.next_button.isEnabled()
    assert "Erinnerung schreiben" in view.next_button.text()
    assert "ab dem" not in view.next_button.toolTip()
    view.dispose()


def test_an_unanswered_reminder_about_akteneinsicht_suggests_no_complaint(
    qtbot: QtBot, vault: Vault
) -> None:
    _fill_profile(vault)
    first = _letter(vault, "akteneinsicht", sent_on=LONG_AGO)
    service = LetterService(vault)
    info = service.get(first)
    assert info.due_on is not None and info.due_on < date.today()
    assert "§ 25 SGB X selbst nennt keine Frist" in info.due_explanation
    step = service.next_step(first)
    assert step is not None and step.type_id == "erinnerung"
    step.letter_date = LONG_AGO + timedelta(days=30)  # the reminder is long overdue, too
    with vault.session() as session:
        doc = build_letter(session, step)
    reminder = service.save_draft(step, doc, render_pdf(doc))
    service.mark_sent(reminder, "post", LONG_AGO + timedelta(days=30))
    assert service.get(reminder).status == "ueberfaellig"
    view = _view(qtbot, vault)
    for letter_id in (first, reminder):
        assert view.select(letter_id)
        text = view.overdue.text()
        assert view.overdue.isVisible() and "überfällig" in text
        assert "§ 88 SGG" in text and "Widerspruch" in text
        assert not view.next_button.isVisible()
    view.dispose()


def test_akteneinsicht_extension_does_not_cite_art_12(qtbot: QtBot, vault: Vault) -> None:
    _fill_profile(vault)
    _letter(vault, "akteneinsicht", sent_on=date.today() - timedelta(days=3))
    view = _view(qtbot, vault)
    dialog = view.ask_extend()
    assert dialog is not None
    assert "Art. 12" not in dialog.intro.text()
    dialog.reject()
    view.dispose()


def test_the_overview_promises_no_complaint_for_akteneinsicht(qtbot: QtBot, vault: Vault) -> None:
    from ui.overview.view import OverviewView

    _fill_profile(vault)
    _letter(vault, "akteneinsicht", sent_on=LONG_AGO)
    overview = OverviewView(
        ProfileService(vault),
        EntriesService(vault),
        HandoverService(vault),
        letters=LetterService(vault),
    )
    qtbot.addWidget(overview)
    overview.reload()
    text = overview.text.text()
    assert "Antwort überfällig seit" in text
    assert "Beschwerde" not in text
    overview.clear()
