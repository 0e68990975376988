"""Warnsignale in the window: live beside the form, the Warnsignale view, the overview."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.records import ContactData
from app.services.entries import EntriesService
from app.services.findings import DISMISSED, OPEN, FindingsService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.findings.panel import highlight
from ui.findings.view import DismissDialog, FindingsView
from ui.main import MainWindow

COPIED = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."


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


def _with_entries(folder: Path, *notes: str) -> None:
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        for text in notes:
            EntriesService(vault).add_contact(
                ContactData(
                    when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
                    channel="termin",
                    counterpart="Frau K.",
                    notes=text,
                )
            )


def _marked(editor: object) -> list[tuple[int, int, bool, bool]]:
    """(start, end, has a background, is underlined) of each mark in an editor."""
    marks = []
    for selection in editor.extraSelections():  # type: ignore[attr-defined]
        fmt = QTextCharFormat(selection.format)
        marks.append(
            (
                selection.cursor.selectionStart(),
                selection.cursor.selectionEnd(),
                fmt.background().style() != Qt.BrushStyle.NoBrush,
                fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline,
            )
        )
    return marks


def test_a_finding_appears_while_typing_with_the_words_marked(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = _window(qtbot, vault_dir)
    dialog = window.new_entry()
    assert dialog is not None
    assert "Bisher keine Warnsignale erkannt." in dialog.findings_panel.summary.text()
    width = dialog.findings_panel.width()
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, COPIED)
    qtbot.waitUntil(lambda: bool(dialog.findings), timeout=3000)
    (rule_id, evidence), *_ = dialog.findings
    assert rule_id == "ausweiskopie"
    panel = dialog.findings_panel.body.toPlainText()
    assert "Ausweis kopiert" in panel and "Bedeutung: sehr wichtig" in panel
    assert "„Personalausweis“" in panel
    # the marks cover exactly the evidence, with a background and an underline
    spans = sorted((e.start, e.end) for e in evidence if e.field == "notes")
    assert _marked(dialog.notes) == [(start, end, True, True) for start, end in spans]
    assert {COPIED[a:b] for a, b in spans} >= {"Personalausweis", "kopiert"}
    # typing went on undisturbed: the focus stayed, the panel kept its width
    assert dialog.notes.hasFocus()
    assert dialog.findings_panel.width() == width
    assert dialog.notes.toPlainText() == COPIED

    # taking the words back clears the marks and the panel
    dialog.notes.clear()
    qtbot.waitUntil(lambda: not dialog.findings, timeout=3000)
    assert _marked(dialog.notes) == []
    assert "Bisher keine Warnsignale erkannt." in dialog.findings_panel.summary.text()
    dialog.reject()
    window.lock()


def test_marks_are_placed_right_after_text_outside_latin1(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    text = "😀 Олена: " + COPIED  # an emoji is two UTF-16 units, one Python character
    editor.setPlainText(text)
    start = text.index("Personalausweis")
    highlight(editor, [(start, start + len("Personalausweis"))])
    (selection,) = editor.extraSelections()
    assert selection.cursor.selectedText() == "Personalausweis"


def test_the_dialog_fits_a_small_screen(qtbot: QtBot, vault_dir: Path) -> None:
    window = _window(qtbot, vault_dir)
    dialog = window.new_entry()
    assert dialog is not None
    dialog.resize(1024, 700)
    qtbot.wait(10)
    assert dialog.width() <= 1024 and dialog.height() <= 700
    assert dialog.findings_panel.isVisible()
    form = dialog.notes.parentWidget()
    assert form is not None and form.width() >= 600  # room to write beside the panel
    dialog.reject()
    window.lock()


def test_saving_with_a_finding_lists_it_in_the_view_and_overview(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _with_entries(vault_dir, "Heute nur ein kurzes Gespräch über Bewerbungen.")
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    assert "Keine offenen Warnsignale" in window.workspace.overview.text.text()
    dialog = window.new_entry()
    assert dialog is not None
    qtbot.keyClicks(dialog.notes, COPIED)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    workspace = window.workspace
    assert workspace.findings.proxy.rowCount() == 1
    overview = workspace.overview.text.text()
    assert "1 offenes Warnsignal" in overview and 'href="finding:' in overview

    # the overview's link opens the Warnsignale view with the finding chosen
    finding_id = workspace.findings.model.rows[0].id
    workspace.overview.text.linkActivated.emit(f"finding:{finding_id}")
    assert workspace.stack.currentWidget() is workspace.findings
    assert workspace.findings.selected_id() == finding_id
    detail = workspace.findings.detail.toPlainText()
    for part in (
        "Rechtsgrundlage",
        "§ 20 Abs. 2 PAuswG",
        "„Personalausweis“",
        "Löschung verlangen",
    ):
        assert part in detail
    assert workspace.findings.letter_button.isEnabled()  # the suggested letter can be written
    assert "Vorgeschlagen" in workspace.findings.letter_reason.text()

    # "Zum Eintrag" selects the entry in Tagebuch
    uid = workspace.findings.selected().contact_uid  # type: ignore[union-attr]
    workspace.findings.goto_button.click()
    assert workspace.stack.currentWidget() is workspace.diary
    assert workspace.diary.selected_uid() == uid
    window.lock()


def test_a_dismissal_with_its_reason_survives_lock_and_unlock(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _with_entries(vault_dir, COPIED, "Heute nur ein kurzes Gespräch über Bewerbungen.")
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    view = window.workspace.findings
    window.workspace.nav.setCurrentRow(window.workspace.stack.indexOf(view))
    assert view.proxy.rowCount() == 1 and view.selected() is not None
    assert not view.dismiss("   ")  # a reason is needed
    assert view.message.isVisibleTo(view) and "warum" in view.message.text()
    dialog = view.ask_dismiss()
    assert dialog is not None and dialog.isVisible() and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Ich habe die Kopie selbst angeboten.")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert view.asking is None
    assert view.proxy.rowCount() == 0  # the "Offen" list no longer shows it
    assert "Verworfen" in view.message.text()
    window.lock()
    assert window.workspace is None

    _unlock(qtbot, window)
    assert window.workspace is not None
    view = window.workspace.findings
    assert view.proxy.rowCount() == 0
    view.filter.setCurrentIndex(view.filter.findData(DISMISSED))
    assert view.proxy.rowCount() == 1
    view.table.selectRow(0)
    assert "Ich habe die Kopie selbst angeboten." in view.detail.toPlainText()
    # the entry's form, opened again, says what was decided beside the finding
    view.go_to_entry()
    dialog = window.edit_entry()
    assert dialog is not None
    assert "Von Ihnen verworfen: „Ich habe die Kopie selbst angeboten.“" in (
        dialog.findings_panel.body.toPlainText()
    )
    dialog.reject()
    assert view.reopen()
    assert view.selected() is None or view.selected().status == OPEN  # type: ignore[union-attr]
    window.lock()


def test_locking_while_asking_for_a_reason_closes_the_question(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _with_entries(vault_dir, COPIED)
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    window.workspace.show_finding(0)
    dialog = window.workspace.findings.ask_dismiss()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "halb geschrieben")
    window.lock()
    assert window.workspace is None and not dialog.isVisible()
    _unlock(qtbot, window)
    assert window.workspace is not None
    assert window.workspace.findings_service.count(OPEN) == 1  # nothing was decided
    window.lock()


def test_typing_a_reason_keeps_the_diary_open(qtbot: QtBot, vault_dir: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    _with_entries(vault_dir, COPIED)
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    window.workspace.show_finding(0)
    dialog = window.workspace.findings.ask_dismiss()
    assert dialog is not None
    handle = dialog.windowHandle()
    assert handle is not None
    window.set_idle_minutes(0.02)  # 1.2 seconds
    window.idle.start()
    # keys arrive at the dialog's own window, as a keyboard delivers them
    for _ in range(12):  # 2.4 seconds of typing, twice the idle time
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
            QApplication.sendEvent(handle, key)
        qtbot.wait(200)
        assert window.opened is not None, "locked while the user was typing"
    qtbot.waitUntil(lambda: window.opened is None, timeout=5000)  # stops typing: locks
    assert window.workspace is None and window.pages.currentWidget() is window.unlock_page


def test_the_dismiss_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = DismissDialog("Ausweis kopiert")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    assert not dialog.hint.isVisibleTo(dialog)  # nothing typed yet: no message
    dialog.reason.setPlainText("   ")
    assert not dialog.ok.isEnabled() and dialog.hint.isVisibleTo(dialog)
    dialog.reason.setPlainText(" Auf meinen Wunsch ")
    assert dialog.ok.isEnabled() and dialog.text() == "Auf meinen Wunsch"
    dialog.reject()


def test_the_view_is_reachable_by_keyboard_and_named(qtbot: QtBot, vault: Vault) -> None:
    EntriesService(vault).add_contact(
        ContactData(
            when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
            channel="telefon",
            notes=COPIED,
        )
    )
    view = FindingsView(FindingsService(vault))
    qtbot.addWidget(view)
    view.reload()
    for widget in (view.filter, view.table, view.detail):
        assert widget.accessibleName()
    wanted = [
        view.filter,
        view.table,
        view.detail,
        view.goto_button,
        view.dismiss_button,
        view.acted_button,
        view.reopen_button,
    ]
    chain, widget = [], view.filter
    for _ in range(200):  # the tab chain as Tab walks it, from the filter on
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == wanted
    assert view.model.data(view.model.index(0, 1)) == "02.03.2026"
    view.filter.setCurrentIndex(view.filter.findData(""))  # Alle
    assert view.proxy.rowCount() == 1
    assert view.mark_acted()
    view.dispose()


def test_a_changed_rule_set_is_rechecked_after_unlock(
    qtbot: QtBot, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import findings as findings_module

    _with_entries(vault_dir, COPIED, COPIED, COPIED)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        with vault.transaction() as session:
            from app.model.entities import Finding

            session.query(Finding).delete()  # as if an older program had never checked
    monkeypatch.setattr(findings_module, "rules_fingerprint", lambda *_a: "neue Regeln")
    window = _window(qtbot, vault_dir)
    assert window.workspace is not None
    recheck = window.workspace.recheck
    qtbot.waitUntil(lambda: not recheck.running, timeout=10_000)
    assert "3 Einträge" in window.statusBar().currentMessage()
    assert window.workspace.findings.proxy.rowCount() == 3
    assert not window.workspace.findings_service.needs_recheck()
    window.lock()


def test_a_suggested_letter_without_its_own_wording_is_named_by_its_title() -> None:
    from ui.findings.panel import letter_text

    assert letter_text("loeschung") == "Löschung verlangen"
    assert letter_text("akteneinsicht") == "Akteneinsicht"
    assert letter_text("gibt-es-nicht") == "gibt-es-nicht"


def test_warnsignale_are_ordered_by_weight_in_the_overview_and_the_table(
    qtbot: QtBot, vault_dir: Path
) -> None:
    """Not a row of equal alarms: the most important first, each with its weight."""
    from app.services.handovers import HandoverService
    from app.services.profile import ProfileService
    from ui.overview.view import OverviewView

    overheard = (
        "Am Empfang wurde laut nach meiner Schuldnerberatung gefragt, alle im Wartebereich "
        "haben es gehört."
    )
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        entries = EntriesService(vault)
        for day, text in (("2026-03-02", COPIED), ("2026-03-09", overheard)):
            entries.add_contact(
                ContactData(
                    when=datetime.fromisoformat(f"{day}T09:30:00+01:00"),
                    channel="termin",
                    counterpart="Frau K.",
                    notes=text,
                )
            )
        service = FindingsService(vault)
        overview = OverviewView(ProfileService(vault), entries, HandoverService(vault), service)
        qtbot.addWidget(overview)
        overview.reload()
        text = overview.text.text()
        assert "2 offene Warnsignale (1 sehr wichtig, 1 wichtig), die wichtigsten:" in text
        # the older but more important copy of the ID comes before the newer overheard talk
        copied = text.index("Ausweis")
        assert copied < text.index("09.03.2026")
        assert text.rfind("sehr wichtig", 0, copied) != -1

        view = FindingsView(service)
        qtbot.addWidget(view)
        view.reload()
        header = view.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Bedeutung"
        rows = [
            (view.model.data(view.model.index(r, 0)), view.model.data(view.model.index(r, 1)))
            for r in range(view.proxy.rowCount())
        ]
        assert rows == [("sehr wichtig", "02.03.2026"), ("wichtig", "09.03.2026")]
        view.dispose()
        overview.dispose()
