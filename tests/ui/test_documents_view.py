"""Unterlagen: which documents the Jobcenter has, since when, with a receipt."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.records import DocumentData, HandoverData
from app.services.handovers import HandoverService
from app.vault.vault import Vault
from ui.diary.documents_view import DocumentsView


def _row(view: DocumentsView, label: str) -> list[str]:
    model = view.summary_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == label:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(label)


def test_at_a_glance_since_when_and_receipts(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    handover_service = HandoverService(vault)
    march = datetime.fromisoformat("2026-03-02T09:45:00+01:00")
    may = datetime.fromisoformat("2026-05-11T10:00:00+02:00")
    handover_service.add_handover(
        HandoverData(
            when=march,
            method="persoenlich",
            documents=[
                DocumentData(type="kontoauszuege", period="Dez.–Feb.", receipt=True),
                DocumentData(
                    type="personalausweis",
                    original=True,
                    copied_by_jobcenter=True,
                    consent_asked=False,
                ),
            ],
        )
    )
    handover_service.add_handover(
        HandoverData(
            when=may,
            method="briefkasten",
            documents=[
                DocumentData(type="kontoauszuege", period="März–Mai", receipt=False),
            ],
        )
    )
    view = DocumentsView(handover_service)
    qtbot.addWidget(view)
    view.reload()
    view.resize(900, 600)
    view.grab().save(str(tmp_path / "unterlagen.png"))
    assert _row(view, "Kontoauszüge") == [
        "Kontoauszüge",
        "02.03.2026",
        "11.05.2026",
        "2",
        "1 von 2 Mal",
        "nein",
    ]
    assert _row(view, "Personalausweis")[4:] == ["nein, nie", "ja, 1 Mal"]
    top = view.tree_model.item(0)
    assert top.text() == "11.05.2026, in den Briefkasten"
    assert top.child(0, 0).text() == "Kontoauszüge (März–Mai)" and top.child(0, 2).text() == "nein"
    assert view.empty.text() == ""


def test_empty_state(qtbot: QtBot, vault: Vault) -> None:
    view = DocumentsView(HandoverService(vault))
    qtbot.addWidget(view)
    view.reload()
    assert "Noch keine Übergaben" in view.empty.text()
