"""Übersicht: next appointments, latest entries, counts, and the empty state."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.records import ContactData, DocumentData, HandoverData, ProfileData
from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.services.profile import ProfileService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.overview.view import OverviewView


def test_empty_diary_says_what_to_do_first(qtbot: QtBot, vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        view = OverviewView(ProfileService(vault), EntriesService(vault), HandoverService(vault))
        qtbot.addWidget(view)
        view.reload()
        assert "noch leer" in view.text.text() and "Strg+N" in view.text.text()


def test_overview_shows_next_appointment_latest_entries_and_missing_receipts(
    qtbot: QtBot, vault_dir: Path
) -> None:
    now = datetime.now().astimezone()
    soon = (now + timedelta(days=3)).replace(hour=9, minute=30, second=0, microsecond=0)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        profile_service = ProfileService(vault)
        entry_service = EntriesService(vault)
        handover_service = HandoverService(vault)
        profile_service.set_profile(ProfileData(name="<b>Ада</b> Ловелас"))
        past = entry_service.add_contact(
            ContactData(
                when=now - timedelta(days=20),
                channel="termin",
                counterpart="Herr M.",
                details={"next_appointment": (now - timedelta(days=1)).isoformat()},
            )
        )
        entry_service.add_contact(
            ContactData(
                when=now - timedelta(days=2),
                channel="termin",
                counterpart="Frau K.",
                details={"next_appointment": soon.isoformat()},
            )
        )
        handover_service.add_handover(
            HandoverData(
                when=now - timedelta(days=2),
                method="persoenlich",
                contact_uid=past,
                documents=[DocumentData(type="kontoauszuege"), DocumentData(type="mietvertrag")],
            )
        )
        view = OverviewView(profile_service, entry_service, handover_service)
        qtbot.addWidget(view)
        view.reload()
        text = view.text.text()
        # the name is shown as text, not interpreted as markup
        assert "&lt;b&gt;Ада&lt;/b&gt; Ловелас" in text
        assert f"{soon:%d.%m.%Y} um 09:30 Uhr" in text and "Frau K." in text
        assert f"{now - timedelta(days=1):%d.%m.%Y} um" not in text  # past ones are not next
        assert "2 Einträge" in text
        assert "2 Unterlagen abgegeben, 2 davon ohne Eingangsbestätigung" in text
        view.clear()
        assert view.text.text() == ""
