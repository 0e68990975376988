"""Letters travel with the JSON export and come back with an import."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.errors import ImportRefused
from app.letters import LetterRequest, build_letter, render_pdf
from app.records import ContactData, JobcenterData, ProfileData
from app.services import interchange
from app.services.entries import EntriesService
from app.services.findings import ACTED, FindingsService
from app.services.letters import LetterService
from app.services.profile import ProfileService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

COPIED = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."


def _letter(vault: Vault, request: LetterRequest) -> int:
    with vault.session() as session:
        doc = build_letter(session, request)
    return LetterService(vault).save_draft(request, doc, render_pdf(doc))


def _diary_with_letters(vault: Vault) -> dict[str, Any]:
    profile_service = ProfileService(vault)
    entry_service = EntriesService(vault)
    profile_service.set_profile(
        ProfileData(name="Олена Шевченко", street="Weg 1", postcode="01067", city="Dresden",
                    state="SN")
    )  # fmt: skip
    profile_service.set_jobcenter(
        JobcenterData(name="Jobcenter Dresden", street="Budapester Str. 30", postcode="01069",
                      city="Dresden", kind="ge", state="SN")
    )  # fmt: skip
    uid = entry_service.add_contact(
        ContactData(
            when=datetime.fromisoformat("2025-01-20T09:30:00+01:00"),
            channel="termin",
            notes=COPIED,
        )
    )
    (finding,) = [f for f in FindingsService(vault).findings() if f.rule_id == "ausweiskopie"]
    with vault.session() as session:
        from sqlalchemy import select

        from app.model import Contact

        contact_id = session.scalars(select(Contact.id).where(Contact.uid == uid)).one()
    service = LetterService(vault)
    first = _letter(
        vault,
        LetterRequest(
            "loeschung",
            contact_ids=[contact_id],
            finding_ids=[finding.id],
            details={"daten": "Kopie meines Personalausweises vom 20.01.2025"},
            letter_date=date(2025, 2, 3),
        ),
    )
    service.mark_sent(first, "post", date(2025, 2, 3))
    service.extend(first, date(2025, 4, 7), "Viele Anfragen")
    reminder = _letter(
        vault,
        LetterRequest("erinnerung", letter_ids=[first], letter_date=date(2025, 4, 10)),
    )
    return {"uid": uid, "first": first, "reminder": reminder}


def _export(vault: Vault) -> dict[str, Any]:
    # through JSON, as the file on disk would carry it
    return json.loads(json.dumps(interchange.export_document(vault)))


def test_letters_go_out_and_come_back_whole(tmp_path: Path) -> None:
    source, _ = Vault.create(tmp_path / "a", PASSPHRASE, unlock_time_ms=0)
    with source:
        made = _diary_with_letters(source)
        before = {i.id: i for i in LetterService(source).letters(today=date(2025, 5, 1))}
        pdfs = {i: LetterService(source).pdf(i) for i in before}
        document = _export(source)
    assert [item["type"] for item in document["letters"]] == ["loeschung", "erinnerung"]
    assert document["letters"][1]["letters"] == [0]  # refers to the first by position
    assert document["letters"][0]["findings"] == [{"entry": made["uid"], "rule": "ausweiskopie"}]

    target, _ = Vault.create(tmp_path / "b", PASSPHRASE, unlock_time_ms=0)
    with target:
        summary = interchange.import_document(target, document)
        assert summary.letters == 2
        assert "2 Briefe importiert" in summary.text()
        service = LetterService(target)
        after = service.letters(today=date(2025, 5, 1))
        assert len(after) == 2
        by_type = {i.type_id: i for i in after}
        first, reminder = by_type["loeschung"], by_type["erinnerung"]
        old_first = before[made["first"]]
        assert (first.status, first.sent_on, first.due_on, first.delivery) == (
            old_first.status,
            old_first.sent_on,
            old_first.due_on,
            old_first.delivery,
        )
        assert first.due_steps == old_first.due_steps  # the count and the extension
        assert first.extended_reason == "Viele Anfragen"
        assert first.recipient_lines == old_first.recipient_lines
        assert service.pdf(first.id) == pdfs[made["first"]]
        assert service.pdf(reminder.id) == pdfs[made["reminder"]]
        assert list(reminder.refers_to) == [first.id]
        (finding,) = [f for f in FindingsService(target).findings() if f.rule_id == "ausweiskopie"]
        assert finding.status == ACTED and finding.letter_id == first.id
        # the same file again adds nothing
        again = interchange.import_document(target, document)
        assert (again.contacts, again.letters) == (0, 0)
        assert len(service.letters()) == 2
        files = sorted(p.name for p in target.attachments_dir.iterdir())
    with Vault.open(tmp_path / "b", passphrase=PASSPHRASE) as reopened:
        assert len(LetterService(reopened).letters()) == 2
        assert sorted(p.name for p in reopened.attachments_dir.iterdir()) == files


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "gibtsnicht"}, "letters[0], Feld „type“"),
        ({"status": "verloren"}, "letters[0], Feld „status“"),
        ({"sent_on": "03.02.2025"}, "letters[0], Feld „sent_on“"),
        ({"pdf": "kein base64!"}, "letters[0], Feld „pdf“: kein gültiges Base64"),
        ({"pdf": base64.b64encode(b"GIF89a").decode()}, "das ist kein PDF"),
        ({"letters": [3]}, "letters[0], Feld „letters“"),
        ({"deadlines": [{"kind": "antwort"}]}, "letters[0].deadlines[0], Feld „due_on“"),
        ({"delivery": "Brieftaube"}, "unbekannte Versandart"),
    ],
)
def test_a_bad_letter_refuses_the_whole_import_and_names_the_spot(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    source, _ = Vault.create(tmp_path / "a", PASSPHRASE, unlock_time_ms=0)
    with source:
        _diary_with_letters(source)
        document = _export(source)
    document["letters"][0].update(change)
    target, _ = Vault.create(tmp_path / "b", PASSPHRASE, unlock_time_ms=0)
    with target:
        with pytest.raises(ImportRefused) as refused:
            interchange.import_document(target, document)
        assert message in refused.value.message
        assert EntriesService(target).count_contacts() == 0  # all or nothing
        assert LetterService(target).letters() == []
        folder = target.attachments_dir
        assert not folder.exists() or list(folder.iterdir()) == []  # no stray PDF


def test_an_export_without_letters_still_imports(tmp_path: Path) -> None:
    source, _ = Vault.create(tmp_path / "a", PASSPHRASE, unlock_time_ms=0)
    with source:
        EntriesService(source).add_contact(
            ContactData(when=datetime.fromisoformat("2025-01-20T09:30:00+01:00"), channel="brief")
        )
        document = _export(source)
    assert document["letters"] == []
    del document["letters"]  # a file written before letters were exported
    target, _ = Vault.create(tmp_path / "b", PASSPHRASE, unlock_time_ms=0)
    with target:
        summary = interchange.import_document(target, document)
    assert summary.text() == "1 Kontakte und 0 Übergaben importiert."


def test_a_failure_after_the_pdfs_were_stored_leaves_no_file(tmp_path: Path) -> None:
    source, _ = Vault.create(tmp_path / "a", PASSPHRASE, unlock_time_ms=0)
    with source:
        _diary_with_letters(source)
        document = _export(source)
    # checked fine, but fails while inserting: the entry it points to does not exist
    document["handovers"] = [
        {
            "when": "2025-01-20T10:00:00+01:00",
            "method": "persoenlich",
            "contact_uid": "f" * 32,
            "documents": [{"type": "kontoauszuege"}],
        }
    ]
    target, _ = Vault.create(tmp_path / "b", PASSPHRASE, unlock_time_ms=0)
    with target:
        with pytest.raises(ImportRefused, match=r"handovers\[0\]"):
            interchange.import_document(target, document)
        assert LetterService(target).letters() == []
        assert EntriesService(target).count_contacts() == 0
        assert list(target.attachments_dir.iterdir()) == []  # the stored PDFs went again


def test_a_dismissed_warnsignal_keeps_its_reason_through_export_and_import(
    tmp_path: Path,
) -> None:
    source, _ = Vault.create(tmp_path / "a", PASSPHRASE, unlock_time_ms=0)
    with source:
        EntriesService(source).add_contact(
            ContactData(
                when=datetime.fromisoformat("2025-01-20T09:30:00+01:00"),
                channel="termin",
                notes=COPIED,
            )
        )
        findings = FindingsService(source)
        (finding,) = [f for f in findings.findings() if f.rule_id == "ausweiskopie"]
        findings.dismiss(finding.id, "Ich habe die Kopie selbst angeboten – Ирина 🙂")
        document = _export(source)
    assert document["decisions"] == [
        {
            "entry": document["contacts"][0]["id"],
            "rule": "ausweiskopie",
            "status": "verworfen",
            "reason": "Ich habe die Kopie selbst angeboten – Ирина 🙂",
        }
    ]
    target, _ = Vault.create(tmp_path / "b", PASSPHRASE, unlock_time_ms=0)
    with target:
        interchange.import_document(target, document)
        (copied,) = [f for f in FindingsService(target).findings() if f.rule_id == "ausweiskopie"]
        assert copied.status == "verworfen"
        assert copied.dismiss_reason == "Ich habe die Kopie selbst angeboten – Ирина 🙂"


@pytest.mark.parametrize(
    ("decisions", "message"),
    [
        ("alle", "Feld „decisions“: hier wird eine Liste erwartet"),
        ([{"entry": "x", "rule": "ausweiskopie"}], "decisions[0]: erwartet"),
        ([{"entry": "x", "rule": "r", "status": "weg"}], "decisions[0], Feld „status“"),
        ([{"entry": "x", "rule": "r", "status": "verworfen"}], "braucht einen Grund"),
    ],
)
def test_a_bad_decision_refuses_the_import(tmp_path: Path, decisions: Any, message: str) -> None:
    document = {"format": interchange.FORMAT, "version": interchange.VERSION}
    document["decisions"] = decisions
    with pytest.raises(ImportRefused) as refused:
        interchange.parse_document(document)
    assert message in refused.value.message


def test_a_decision_for_a_finding_that_is_not_there_is_skipped(tmp_path: Path) -> None:
    target, _ = Vault.create(tmp_path / "b", PASSPHRASE, unlock_time_ms=0)
    document = {
        "format": interchange.FORMAT,
        "version": interchange.VERSION,
        "contacts": [{"id": "a" * 32, "when": "2025-01-20T09:30:00+01:00", "channel": "telefon"}],
        "decisions": [
            {"entry": "a" * 32, "rule": "ausweiskopie", "status": "verworfen", "reason": "x"}
        ],
    }
    with target:
        summary = interchange.import_document(target, document)
        assert summary.contacts == 1
        assert FindingsService(target).findings() == []
