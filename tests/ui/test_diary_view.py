"""The Tagebuch view over a real vault: list, search as you type, filters, history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.demo import fill_demo
from app.services.attachments import AttachmentService
from app.services.entries import EntriesService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.diary.model import UID_ROLE
from ui.diary.view import DiaryView


@pytest.fixture
def demo_service(tmp_path: Path) -> Iterator[EntriesService]:
    vault, _ = Vault.create(tmp_path / "demo", PASSPHRASE, unlock_time_ms=0)
    fill_demo(vault, today=date(2026, 11, 25))
    try:
        yield EntriesService(vault)
    finally:
        vault.close()


def _shown_texts(view: DiaryView) -> list[str]:
    """All searchable text of each shown entry."""
    texts = []
    for row in range(view.proxy.rowCount()):
        c = view.service.get_contact(view.proxy.index(row, 0).data(UID_ROLE))
        texts.append(
            " ".join((c.counterpart, c.companion, c.location, c.notes, c.outcome, c.follow_up))
        )
    return texts


def test_list_is_newest_first_and_dates_read_dd_mm_yyyy(
    qtbot: QtBot, demo_service: EntriesService
) -> None:
    view = DiaryView(demo_service, AttachmentService(demo_service.vault))
    qtbot.addWidget(view)
    view.reload()
    total = demo_service.count_contacts()
    assert view.proxy.rowCount() == total
    assert view.count.text() == f"{total} Einträge"
    first = view.proxy.index(0, 0).data()
    assert len(first) == 10 and first[2] == "." and first[5] == "."
    newest = demo_service.contacts()[0]
    assert view.proxy.index(0, 0).data(UID_ROLE) == newest.uid
    assert (
        "Verlauf" in view.detail.toPlainText()
        and "Fassung 1: angelegt" in view.detail.toPlainText()
    )


def test_search_as_you_type_and_filters(qtbot: QtBot, demo_service: EntriesService) -> None:
    view = DiaryView(demo_service, AttachmentService(demo_service.vault))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.reload()
    total = view.proxy.rowCount()
    qtbot.keySequence(view, "Ctrl+F")
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "vermiet")
    qtbot.waitUntil(lambda: view.proxy.rowCount() < total, timeout=2000)
    assert view.proxy.rowCount() >= 1
    assert all("vermiet" in t.casefold() for t in _shown_texts(view))
    assert view.count.text().endswith(f"von {total} Einträgen")
    view.search.clear()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == total, timeout=2000)
    view.channel.setCurrentIndex(view.channel.findData("telefon"))
    phone = view.proxy.rowCount()
    assert 0 < phone < total
    assert {view.proxy.index(r, 2).data() for r in range(phone)} == {"Telefon"}
    view.channel.setCurrentIndex(0)
    view.use_from.setChecked(True)
    view.date_from.setDate(QDate(2026, 10, 1))
    recent = view.proxy.rowCount()
    assert 0 < recent < total
    assert all(view.proxy.index(r, 0).data() >= "" for r in range(recent))


def test_edit_shows_a_new_revision(qtbot: QtBot, demo_service: EntriesService) -> None:
    view = DiaryView(demo_service, AttachmentService(demo_service.vault))
    qtbot.addWidget(view)
    view.reload()
    uid = view.selected_uid()
    assert uid is not None
    contact = demo_service.get_contact(uid)
    contact.notes += "\nNachtrag: Termin wurde verschoben."
    demo_service.update_contact(uid, contact)
    view.reload()
    view.table.selectRow(0)
    view.show_entry(uid)
    text = view.detail.toPlainText()
    assert "Fassung 2: geändert" in text and "Nachtrag: Termin wurde verschoben." in text


def test_empty_diary_says_what_to_do(qtbot: QtBot, vault: Vault) -> None:
    view = DiaryView(EntriesService(vault), AttachmentService(vault))
    qtbot.addWidget(view)
    view.reload()
    assert "Noch keine Einträge" in view.count.text()
    view.clear()
    assert view.model.rowCount() == 0 and view.detail.toPlainText() == ""
