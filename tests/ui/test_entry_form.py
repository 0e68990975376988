"""Writing a Gedächtnisprotokoll in the window, and editing it (a revision appears)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from ui.diary.entry_form import EntryDialog
from ui.main import MainWindow


def _unlocked(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.secret.setText(PASSPHRASE)
    window.unlock_page.start_unlock()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=10_000)
    return window


def _check(dialog: EntryDialog, doc_id: str) -> None:
    for row in range(dialog.documents.count()):
        item = dialog.documents.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == doc_id:
            item.setCheckState(Qt.CheckState.Checked)


def test_write_and_edit_a_memory_record(qtbot: QtBot, vault_dir: Path, tmp_path: Path) -> None:
    window = _unlocked(qtbot, vault_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(window, "Ctrl+N")
    dialog = window.findChild(EntryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.when.setDateTime(QDateTime.fromString("02.03.2026 09:30", "dd.MM.yyyy HH:mm"))
    qtbot.keyClicks(dialog.counterpart, "Frau K. (Arbeitsvermittlung)")
    # QTest cannot type outside Latin-1; such text arrives as an input method would send it
    dialog.companion.insert("Олена Шевченко")
    qtbot.keyClicks(dialog.notes, "Sie hat meinen Perso am Kopierer kopiert. ")
    dialog.notes.insertPlainText("مرحبا")
    _check(dialog, "personalausweis")
    dialog.copied.setChecked(True)
    dialog.next_appointment.setChecked(True)
    dialog.grab().save(str(tmp_path / "protokoll.png"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    assert window.workspace is not None
    service = window.workspace.entries
    (contact,) = service.contacts()
    assert contact.companion == "Олена Шевченко"
    assert contact.when.strftime("%d.%m.%Y %H:%M") == "02.03.2026 09:30"
    assert contact.details["documents_requested"] == ["personalausweis"]
    assert contact.details["copied_or_scanned"] is True
    assert contact.details["next_appointment"]
    assert window.workspace.diary.proxy.rowCount() == 1

    window.workspace.diary.table.selectRow(0)
    edit = window.edit_entry()
    assert edit is not None and edit.notes.toPlainText().startswith("Sie hat meinen Perso")
    assert edit.copied.isChecked()
    edit.notes.appendPlainText("Nachtrag: Sie hat die Kopie nicht zurückgegeben.")
    edit.save()
    history = service.history("contact", contact.uid)
    assert [action for _, action, _, _ in history] == ["angelegt", "geaendert"]
    assert "Fassung 2: geändert" in window.workspace.diary.detail.toPlainText()


def test_bad_input_is_refused_in_the_dialog(qtbot: QtBot, vault_dir: Path) -> None:
    window = _unlocked(qtbot, vault_dir)
    dialog = window.new_entry()
    assert dialog is not None
    dialog.counterpart.setText("x" * 5000)
    dialog.save()
    assert "zu lang" in dialog.error.text()
    assert dialog.isVisible()
    assert window.workspace is not None and window.workspace.entries.count_contacts() == 0


def test_lock_closes_an_open_form(qtbot: QtBot, vault_dir: Path) -> None:
    window = _unlocked(qtbot, vault_dir)
    dialog = window.new_entry()
    assert dialog is not None
    dialog.notes.setPlainText("nicht gespeichert")
    window.lock()
    assert not dialog.isVisible()


def _choose(combo: object, value: object) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_handed_documents_become_a_handover_shown_in_unterlagen(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = _unlocked(qtbot, vault_dir)
    dialog = window.new_entry()
    assert dialog is not None
    _check(dialog, "kontoauszuege")
    _check(dialog, "mietvertrag")
    qtbot.mouseClick(dialog.handover.take_button, Qt.MouseButton.LeftButton)
    table = dialog.handover.table
    assert table.rowCount() == 2
    # bank statements: a copy, scanned by the Jobcenter, no receipt; lease: original, returned
    _choose(table.cellWidget(0, 2), "gescannt")
    _choose(table.cellWidget(0, 3), False)
    _choose(table.cellWidget(1, 1), True)
    _choose(table.cellWidget(1, 4), True)
    _choose(table.cellWidget(1, 5), True)
    _choose(dialog.handover.method, "persoenlich")
    dialog.save()
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    assert window.workspace is not None
    service = window.workspace.entries
    (contact,) = service.contacts()
    handover = service.handover_of(contact.uid)
    assert handover is not None and handover.method == "persoenlich"
    first, second = handover.documents
    assert (first.type, first.scanned_by_jobcenter, first.consent_asked, first.receipt) == (
        "kontoauszuege", True, False, False,
    )  # fmt: skip
    assert (second.type, second.original, second.receipt, second.original_returned) == (
        "mietvertrag", True, True, True,
    )  # fmt: skip
    # the Unterlagen view answers "which of my documents does the Jobcenter have?"
    window.workspace.nav.setCurrentRow(2)
    summary = window.workspace.documents
    texts = [
        summary.summary_model.index(r, c).data()
        for r in range(summary.summary_model.rowCount())
        for c in range(summary.summary_model.columnCount())
    ]
    assert any("nein, nie" in str(t) for t in texts)  # no receipt for the bank statements

    # editing: remove the lease row; the handover keeps only the statements, with a revision
    window.workspace.diary.table.selectRow(0)
    edit = window.edit_entry()
    assert edit is not None and edit.handover.table.rowCount() == 2
    edit.handover.table.setCurrentCell(1, 0)
    qtbot.mouseClick(edit.handover.remove_button, Qt.MouseButton.LeftButton)
    edit.save()
    handover = service.handover_of(contact.uid)
    assert handover is not None and [d.type for d in handover.documents] == ["kontoauszuege"]
    assert [a for _, a, _, _ in service.history("handover", handover.uid)] == [
        "angelegt", "geaendert",
    ]  # fmt: skip
    # emptying the list removes the handover
    window.workspace.diary.table.selectRow(0)
    again = window.edit_entry()
    assert again is not None
    again.handover.set_data(None)
    again.save()
    assert service.handover_of(contact.uid) is None
