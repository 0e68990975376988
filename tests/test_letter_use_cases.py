"""LetterService's use cases for the wizard and the command line: preview, save, recipient."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.letters.model import LetterError, LetterRequest, SentDetails
from app.model import Letter
from app.records import ContactData
from app.services.entries import EntriesService
from app.services.findings import OPEN, FindingsService
from app.services.letters import DRAFT, SENT, LetterService
from app.vault.vault import Vault
from tests.test_letter_service import files, make_doc, small_pdf
from tests.ui.test_letters import _details_for, _fill_profile

COPIED = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."


def _count(vault: Vault) -> int:
    with vault.session() as session:
        return session.query(Letter).count()


def test_preview_builds_and_renders_and_stores_nothing(vault: Vault) -> None:
    _fill_profile(vault)
    before = files(vault)
    doc, pdf = LetterService(vault).preview(
        LetterRequest("auskunft", details=_details_for("auskunft"))
    )
    assert doc.type_id == "auskunft" and "Art. 15 DSGVO" in doc.subject
    assert pdf.startswith(b"%PDF")
    assert files(vault) == before and _count(vault) == 0


def test_preview_says_in_german_what_is_missing(vault: Vault) -> None:
    with pytest.raises(LetterError, match="Namen und Ihre Anschrift"):
        LetterService(vault).preview(LetterRequest("auskunft"))


def test_save_with_sent_keeps_the_draft_marked_sent_in_one_go(vault: Vault) -> None:
    _fill_profile(vault)
    service = LetterService(vault)
    letter_id = service.save(
        LetterRequest("auskunft"),
        make_doc(),
        small_pdf(),
        sent=SentDetails("post", date(2026, 3, 2)),
    )
    info = service.get(letter_id, today=date(2026, 3, 3))
    assert info.status == SENT and info.sent_on == date(2026, 3, 2)
    assert info.due_on is not None


def test_a_failure_while_marking_sent_leaves_no_half_saved_draft(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_profile(vault)
    EntriesService(vault).add_contact(
        ContactData(
            when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
            channel="termin",
            notes=COPIED,
        )
    )
    findings = FindingsService(vault)
    finding_id = findings.findings()[0].id
    service = LetterService(vault)
    before = files(vault)

    def broken(*_args: object) -> None:
        raise LetterError("Der Versand konnte nicht vermerkt werden.")

    monkeypatch.setattr(service, "_mark_sent_in", broken)
    with pytest.raises(LetterError):
        service.save(
            LetterRequest("auskunft", finding_ids=[finding_id]),
            make_doc(),
            small_pdf(),
            sent=SentDetails("post", date(2026, 3, 2)),
        )
    assert _count(vault) == 0
    assert files(vault) == before  # the PDF that was written is gone again
    assert findings.findings()[0].status == OPEN


def test_save_of_a_draft_id_changes_that_draft_and_can_mark_it_sent(vault: Vault) -> None:
    _fill_profile(vault)
    service = LetterService(vault)
    letter_id = service.save(LetterRequest("auskunft"), make_doc(), small_pdf())
    assert service.get(letter_id).status == DRAFT
    again = service.save(
        LetterRequest("auskunft"),
        make_doc(subject="Neuer Betreff"),
        small_pdf(),
        draft_id=letter_id,
        sent=SentDetails("fax", date(2026, 3, 2)),
    )
    assert again == letter_id and _count(vault) == 1
    info = service.get(letter_id, today=date(2026, 3, 3))
    assert info.subject == "Neuer Betreff" and info.status == SENT


def test_an_unknown_delivery_is_refused_before_anything_is_stored(vault: Vault) -> None:
    service = LetterService(vault)
    with pytest.raises(LetterError, match="Versandart"):
        service.save(
            LetterRequest("auskunft"),
            make_doc(),
            small_pdf(),
            sent=SentDetails("taube", date.today()),
        )
    assert _count(vault) == 0 and files(vault) == []


def test_default_recipient_of_a_complaint_is_the_authority_without_a_letter(
    vault: Vault,
) -> None:
    _fill_profile(vault)
    lines, note = LetterService(vault).default_recipient(LetterRequest("beschwerde"))
    assert lines and "Datenschutz" in " ".join(lines)
    assert "Sächs" in " ".join(lines) or note  # Saxony's authority, or why it is unsure
    jobcenter, _ = LetterService(vault).default_recipient(LetterRequest("auskunft"))
    assert jobcenter[0] == "Jobcenter Leipzig"
