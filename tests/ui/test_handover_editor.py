"""The two texts of a handed-over document in the form: printed description, private note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.diary.entry_form import EntryDialog
from ui.diary.handover_editor import HandoverEditor

STORY = "am Kopierer kopiert, ohne zu fragen"


def _check(dialog: EntryDialog, doc_id: str) -> None:
    for row in range(dialog.documents.count()):
        item = dialog.documents.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == doc_id:
            item.setCheckState(Qt.CheckState.Checked)


def _stored_texts(vault: Vault) -> list[tuple[str, str, str]]:
    with vault.session() as session:
        rows = session.execute(
            text("SELECT type, description, remark FROM handover_document ORDER BY position")
        )
        return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def _tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab reaches after ``start``."""
    stops: list[QWidget] = []
    widget = start
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        policy = widget.focusPolicy()
        if widget.isVisibleTo(start.window()) and policy & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
    return stops


def test_two_clearly_different_fields_with_labels_help_and_mnemonics(qtbot: QtBot) -> None:
    editor = HandoverEditor()
    qtbot.addWidget(editor)
    editor.add_document("personalausweis")
    assert editor.description_label.buddy() is editor.description
    assert editor.remark_label.buddy() is editor.remark
    assert editor.description_label.text() == "Beschreibung für den B&rief (wird gedruckt):"
    assert editor.remark_label.text() == "&Private Notiz (wird nie gedruckt):"
    assert "Eingangsbestätigung" in editor.description_hint.text()
    assert "keinem Brief" in editor.remark_hint.text()
    assert "gedruckt" in editor.description.accessibleName()
    assert "nie gedruckt" in editor.remark.accessibleName()
    assert editor.remark.tabChangesFocus()
    # Tab order: the row's choices, the list's buttons, then the two texts
    cells = [editor.table.cellWidget(0, c) for c in range(editor.table.columnCount())]
    stops = _tab_stops(editor.table, len(cells) + 5)
    assert stops == [
        *cells,
        editor.add_button,
        editor.take_button,
        editor.remove_button,
        editor.description,
        editor.remark,
    ]


def test_texts_follow_the_chosen_row_and_save_to_their_own_columns(
    qtbot: QtBot, vault: Vault
) -> None:
    entry_service = EntriesService(vault)
    dialog = EntryDialog(entry_service, None)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(dialog, "personalausweis")
    _check(dialog, "kontoauszuege")
    handover = dialog.handover
    qtbot.mouseClick(handover.take_button, Qt.MouseButton.LeftButton)
    assert handover.table.rowCount() == 2
    assert handover.texts_box.isVisible()

    handover.table.setCurrentCell(0, 0)
    assert "Zeile 1" in handover.texts_box.title()
    qtbot.keyClicks(handover.remark, STORY)
    handover.table.setCurrentCell(1, 0)
    assert handover.remark.toPlainText() == "" and handover.description.text() == ""
    qtbot.keyClicks(handover.description, "Girokonto")
    qtbot.keyClicks(handover.remark, "Zahlungen ")
    handover.remark.insertPlainText("geschwärzt")  # QTest types ASCII only
    handover.table.setCurrentCell(0, 0)
    assert handover.remark.toPlainText() == STORY and handover.description.text() == ""
    # the private note is read for Warnsignale while typing
    handover.table.setCurrentCell(0, 0)
    handover.remark.setPlainText("Sie hat meinen Ausweis am Kopierer kopiert.")
    dialog.check_findings()
    assert "ausweiskopie" in {rule_id for rule_id, _ in dialog.findings}
    handover.remark.setPlainText(STORY)

    dialog.save()
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    assert _stored_texts(vault) == [
        ("personalausweis", "", STORY),
        ("kontoauszuege", "Girokonto", "Zahlungen geschwärzt"),
    ]

    # editing shows them again; a row removed takes its texts with it
    (contact,) = entry_service.contacts()
    edit = EntryDialog(entry_service, contact.uid)
    qtbot.addWidget(edit)
    edit.show()
    edit.handover.table.setCurrentCell(1, 0)
    assert edit.handover.description.text() == "Girokonto"
    assert edit.handover.remark.toPlainText() == "Zahlungen geschwärzt"
    edit.handover.table.setCurrentCell(0, 0)
    qtbot.mouseClick(edit.handover.remove_button, Qt.MouseButton.LeftButton)
    assert edit.handover.description.text() == "Girokonto"
    edit.save()
    assert _stored_texts(vault) == [("kontoauszuege", "Girokonto", "Zahlungen geschwärzt")]


def test_the_unterlagen_view_shows_description_and_private_note(
    qtbot: QtBot, vault_dir: Path
) -> None:
    from datetime import datetime, timedelta, timezone

    from app.records import DocumentData, HandoverData
    from ui.diary.documents_view import DocumentsView

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        handover_service = HandoverService(vault)
        handover_service.add_handover(
            HandoverData(
                when=datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1))),
                method="persoenlich",
                documents=[DocumentData("kontoauszuege", description="Girokonto", remark=STORY)],
            )
        )
        view = DocumentsView(handover_service)
        qtbot.addWidget(view)
        view.reload()
        parent = view.tree_model.item(0)
        row = [parent.child(0, c).text() for c in range(parent.columnCount())]
        assert row[0] == "Kontoauszüge: Girokonto"
        assert row[-1] == STORY
        header = view.tree_model.horizontalHeaderItem(parent.columnCount() - 1)
        assert header is not None and "nie gedruckt" in header.text()
        view.dispose()
