"""Stored letters with a real vault: encrypted PDF, status, answer deadline, follow-up."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.errors import AmtsError
from app.letters.model import LetterDoc, LetterError, LetterRequest, Paragraph
from app.model import Deadline
from app.records import ContactData, ProfileData
from app.services.entries import EntriesService
from app.services.findings import ACTED, OPEN, FindingsService
from app.services.handovers import HandoverService
from app.services.letters import (
    STATUS_LABELS,
    LetterInfo,
    LetterService,
)
from app.services.profile import ProfileService
from app.vault import attachments
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_diary import _rotate_out_generations

NAME = "Erika Mustermann"
COPIED = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."


def small_pdf(text: str = NAME) -> bytes:
    """A real one-page PDF whose text stands uncompressed in the bytes."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    page.drawString(72, 720, text)
    page.drawString(72, 700, "Auskunft nach Art. 15 DSGVO")
    page.showPage()
    page.save()
    return out.getvalue()


def make_doc(type_id: str = "auskunft", subject: str = "Auskunft nach Art. 15 DSGVO") -> LetterDoc:
    return LetterDoc(
        type_id=type_id,
        sender_lines=(NAME, "Musterweg 1", "01067 Dresden"),
        return_line=f"{NAME} · Musterweg 1 · 01067 Dresden",
        recipient_lines=("Jobcenter Dresden", "Datenschutzbeauftragte/r", "01069 Dresden"),
        recipient_note="",
        info=(("Datum", "03.02.2025"), ("Kundennummer", "123D456789")),
        subject=subject,
        salutation="Sehr geehrte Damen und Herren,",
        blocks=(Paragraph("ich bitte um Auskunft."),),
        closing="Mit freundlichen Grüßen",
        signature_name=NAME,
        enclosures=(),
    )


def set_state(vault: Vault, state: str) -> None:
    ProfileService(vault).set_profile(ProfileData(name=NAME, city="Dresden", state=state))


def draft(service: LetterService, type_id: str = "auskunft", **kw: object) -> int:
    request = LetterRequest(type_id, **kw)  # type: ignore[arg-type]
    return service.save_draft(request, make_doc(type_id), small_pdf())


def files(vault: Vault) -> list[Path]:
    folder = vault.attachments_dir
    return sorted(folder.glob("*.bin")) if folder.is_dir() else []


# ------------------------------------------------------------------ storage
def test_draft_pdf_comes_back_and_is_encrypted_on_disk(vault: Vault) -> None:
    service = LetterService(vault)
    pdf = small_pdf()
    assert pdf.startswith(b"%PDF") and NAME.encode() in pdf  # the check below means something
    letter_id = service.save_draft(LetterRequest("auskunft", details={"x": "y"}), make_doc(), pdf)
    assert service.pdf(letter_id) == pdf
    (stored,) = files(vault)
    raw = stored.read_bytes()
    assert b"%PDF" not in raw
    assert NAME.encode() not in raw and b"Mustermann" not in raw
    info = service.get(letter_id)
    assert info.status == "entwurf" and STATUS_LABELS[info.status] == "Entwurf"
    assert info.letter_date == date(2025, 2, 3)  # from the information block
    assert info.recipient_lines[0] == "Jobcenter Dresden"
    assert info.subject == "Auskunft nach Art. 15 DSGVO"
    assert info.title != "auskunft"  # the German title from LETTER_TYPES
    assert LetterRequest.from_json(info.request).details == {"x": "y"}
    # nothing of the letter in plaintext anywhere in the vault folder
    for path in vault.folder.rglob("*"):
        if path.is_file():
            assert NAME.encode() not in path.read_bytes(), path


def test_everything_survives_lock_and_reopen(vault_dir: Path) -> None:
    pdf = small_pdf()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        set_state(vault, "SN")
        service = LetterService(vault)
        letter_id = service.save_draft(
            LetterRequest("auskunft", letter_date=date(2025, 2, 3)), make_doc(), pdf
        )
        service.mark_sent(letter_id, "post", date(2025, 2, 3))
        service.extend(letter_id, date(2025, 4, 7), "Umfangreiche Akte, Schreiben vom 20.02.2025")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        service = LetterService(vault)
        assert service.pdf(letter_id) == pdf
        info = service.get(letter_id, today=date(2025, 3, 20))
        assert info.status == "versendet"
        assert info.delivery == "post" and info.sent_on == date(2025, 2, 3)
        assert info.due_on == date(2025, 4, 7)
        assert info.extended_reason == "Umfangreiche Akte, Schreiben vom 20.02.2025"
        assert "07.02.2025" in info.due_explanation  # the original count is kept
        assert "Montag, 07.04.2025" in info.due_explanation


def test_a_rendered_letter_round_trips_encrypted(vault: Vault) -> None:
    from app.letters import render_pdf

    service = LetterService(vault)
    pdf = render_pdf(make_doc())
    assert b"Mustermann" in pdf  # the renderer's plaintext names the sender
    letter_id = service.save_draft(LetterRequest("auskunft"), make_doc(), pdf)
    assert service.pdf(letter_id) == pdf
    (stored,) = files(vault)
    raw = stored.read_bytes()
    assert b"%PDF" not in raw and b"Mustermann" not in raw


def test_a_known_day_of_receipt_counts(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    info = service.mark_sent(
        draft(service), "einschreiben", date(2025, 2, 3), received=date(2025, 2, 5)
    )
    assert info.due_on == date(2025, 3, 5)
    assert "laut Rückschein zugegangen am Mittwoch, 05.02.2025" in info.due_explanation


def test_update_draft_replaces_the_pdf_and_removes_the_old_file(vault: Vault) -> None:
    service = LetterService(vault)
    letter_id = draft(service)
    (old,) = files(vault)
    newer = small_pdf("Zweite Fassung")
    service.update_draft(
        letter_id,
        LetterRequest("auskunft", details={"a": "b"}),
        make_doc(subject="Neuer Betreff"),
        newer,
    )
    assert service.pdf(letter_id) == newer
    assert not old.exists() and len(files(vault)) == 1
    assert service.get(letter_id).subject == "Neuer Betreff"
    service.mark_sent(letter_id, "fax", date(2025, 2, 3))
    with pytest.raises(LetterError, match="schon versendet"):
        service.update_draft(letter_id, LetterRequest("auskunft"), make_doc(), newer)


def test_refuses_what_is_not_a_letter(vault: Vault) -> None:
    service = LetterService(vault)
    with pytest.raises(LetterError, match="PDF"):
        service.save_draft(LetterRequest("auskunft"), make_doc(), b"not a pdf")
    with pytest.raises(LetterError):
        service.save_draft(LetterRequest("loeschung"), make_doc("auskunft"), small_pdf())
    with pytest.raises(LetterError, match="gibt es nicht"):
        service.save_draft(LetterRequest("gibtsnicht"), make_doc("gibtsnicht"), small_pdf())
    assert files(vault) == []  # a refused letter leaves no file
    with pytest.raises(LetterError, match="existiert nicht"):
        service.get(999)


def test_delete_removes_key_and_deadline_and_the_file_at_close(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    service = LetterService(vault)
    letter_id = draft(service)
    service.mark_sent(letter_id, "post", date(2025, 2, 3))
    (stored,) = files(vault)
    service.delete(letter_id)
    assert service.letters() == []
    with vault.session() as session:
        assert session.query(Deadline).count() == 0
    assert vault.referenced_file_ids() == set()  # the key is gone from the diary
    assert stored.exists()  # kept for undo while the diary is open
    vault.close()
    # kept while a backup generation still refers to it (restoring one finds it) ...
    assert stored.exists()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert LetterService(reopened).letters() == []
    _rotate_out_generations(vault_dir)
    assert not stored.exists()  # ... and gone once none does
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert attachments.stored_ids(reopened.attachments_dir) == set()


def test_a_deleted_letter_comes_back_whole(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    set_state(vault, "SN")
    EntriesService(vault).add_contact(
        ContactData(
            when=datetime.fromisoformat("2025-01-20T09:30:00+01:00"),
            channel="termin",
            notes=COPIED,
        )
    )
    (finding,) = [f for f in FindingsService(vault).findings() if f.rule_id == "ausweiskopie"]
    service = LetterService(vault)
    letter_id = draft(service, "loeschung", finding_ids=[finding.id])
    service.mark_sent(letter_id, "post", date(2025, 2, 3))
    before, pdf = service.get(letter_id), service.pdf(letter_id)
    deleted = service.delete(letter_id)
    restored = service.undo_delete(deleted)
    assert restored == letter_id
    after = service.get(letter_id)
    assert (after.status, after.due_on, after.due_steps) == (
        before.status,
        before.due_on,
        before.due_steps,
    )
    assert service.pdf(letter_id) == pdf
    (linked,) = [f for f in FindingsService(vault).findings() if f.id == finding.id]
    assert linked.letter_id == letter_id
    vault.close()  # the file is referenced again: closing keeps it
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert LetterService(reopened).pdf(letter_id) == pdf


def test_undo_after_a_new_letter_took_the_number(vault: Vault) -> None:
    service = LetterService(vault)
    first = draft(service)
    pdf = service.pdf(first)
    deleted = service.delete(first)
    newer = draft(service, "berichtigung")
    restored = service.undo_delete(deleted)
    assert restored != newer
    assert {i.type_id for i in service.letters()} == {"auskunft", "berichtigung"}
    assert service.pdf(restored) == pdf


# ------------------------------------------------------------------ sending and deadlines
def test_mark_sent_counts_the_deadline_for_the_state(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    letter_id = draft(service)
    info = service.mark_sent(letter_id, "post", date(2025, 2, 3))
    assert info.status == "ueberfaellig"  # seen from today (2026 and later)
    assert service.get(letter_id, today=date(2025, 2, 3)).status == "versendet"
    assert info.due_on == date(2025, 3, 7)  # received Fri 07.02.2025 → Fri 07.03.2025
    assert info.due_steps[0] == "Brief am 03.02.2025 zur Post gegeben"
    assert "Freitag, 07.02.2025" in info.due_explanation
    assert "Freitag, 07.03.2025" in info.due_explanation
    assert info.due_explanation == " → ".join(info.due_steps)
    with vault.session() as session:
        (row,) = session.query(Deadline).all()
        assert (row.kind, row.due_on, row.letter_id, row.manual) == (
            "antwort",
            date(2025, 3, 7),
            letter_id,
            False,
        )
        assert "07.02.2025" in row.explanation


def test_the_profiles_state_decides_the_holidays(vault: Vault) -> None:
    # faxed Sun 19.10.2025 → Wed 19.11.2025, Buß- und Bettag only in Sachsen
    service = LetterService(vault)
    set_state(vault, "NW")
    first = draft(service)
    assert service.mark_sent(first, "fax", date(2025, 10, 19)).due_on == date(2025, 11, 19)
    set_state(vault, "SN")
    second = draft(service)
    info = service.mark_sent(second, "fax", date(2025, 10, 19))
    assert info.due_on == date(2025, 11, 20)
    assert "Buß- und Bettag (Feiertag in Sachsen)" in info.due_explanation


def test_without_profile_national_holidays_and_a_note(vault: Vault) -> None:
    service = LetterService(vault)
    info = service.mark_sent(draft(service), "fax", date(2025, 5, 19))
    assert info.due_on == date(2025, 6, 19)
    assert "nur bundesweite Feiertage" in info.due_explanation


def test_overdue_is_computed_from_today(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    letter_id = draft(service)
    service.mark_sent(letter_id, "post", date(2025, 2, 3))  # due Fri 07.03.2025
    assert service.get(letter_id, today=date(2025, 3, 7)).status == "versendet"
    assert service.get(letter_id, today=date(2025, 3, 8)).status == "ueberfaellig"
    assert STATUS_LABELS["ueberfaellig"] == "Antwort überfällig"
    assert [i.id for i in service.overdue(date(2025, 3, 8))] == [letter_id]
    assert service.overdue(date(2025, 3, 7)) == []
    assert [i.id for i in service.due_soon(date(2025, 3, 1))] == [letter_id]
    assert service.due_soon(date(2025, 2, 27)) == []  # more than 7 days ahead
    assert [i.id for i in service.due_soon(date(2025, 2, 27), days=8)] == [letter_id]
    assert service.due_soon(date(2025, 3, 8)) == []  # overdue is not "soon"


def test_a_letter_without_an_answer_due_gets_no_deadline(vault: Vault) -> None:
    service = LetterService(vault)
    letter_id = draft(service, "terminbegleitung")
    info = service.mark_sent(letter_id, "persoenlich", date(2025, 2, 3))
    assert info.status == "versendet" and info.due_on is None and info.due_explanation == ""
    assert service.get(letter_id, today=date(2030, 1, 1)).status == "versendet"
    assert service.overdue(date(2026, 1, 1)) == []
    with pytest.raises(LetterError, match="keine Antwortfrist"):
        service.extend(letter_id, date(2025, 5, 1), "Grund")


def test_mark_sent_refuses_an_unknown_way(vault: Vault) -> None:
    service = LetterService(vault)
    with pytest.raises(AmtsError, match="Versandart"):
        service.mark_sent(draft(service), "brieftaube", date(2025, 2, 3))


def test_marking_sent_again_corrects_the_count(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    letter_id = draft(service)
    service.mark_sent(letter_id, "post", date(2025, 2, 3))
    info = service.mark_sent(letter_id, "fax", date(2025, 2, 3))
    assert info.due_on == date(2025, 3, 3)
    assert "gefaxt" in info.due_explanation and "zur Post" not in info.due_explanation
    with vault.session() as session:
        assert session.query(Deadline).count() == 1


def test_extend_needs_a_reason_and_a_later_date(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    letter_id = draft(service)
    with pytest.raises(LetterError, match="versendet"):
        service.extend(letter_id, date(2025, 5, 7), "Grund")
    service.mark_sent(letter_id, "post", date(2025, 2, 3))  # due 07.03.2025
    with pytest.raises(LetterError, match="Grund"):
        service.extend(letter_id, date(2025, 5, 7), "   ")
    with pytest.raises(LetterError, match="nach der bisherigen"):
        service.extend(letter_id, date(2025, 3, 7), "Viele Anfragen")
    with pytest.raises(LetterError, match=r"Freitag, 07\.03\.2025"):
        service.extend(letter_id, date(2025, 3, 1), "Viele Anfragen")
    # at most two further months: received 07.02.2025, one month 07.03.2025, + 2 months
    with pytest.raises(LetterError, match=r"höchstens zwei weitere Monate.*07\.05\.2025"):
        service.extend(letter_id, date(2025, 5, 8), "Viele Anfragen")
    info = service.extend(letter_id, date(2025, 5, 7), "Viele Anfragen")
    assert info.due_on == date(2025, 5, 7)
    assert info.extended_reason == "Viele Anfragen"
    assert info.due_steps[-1].startswith("vom Jobcenter verlängert bis Mittwoch, 07.05.2025")
    assert service.get(letter_id, today=date(2025, 4, 1)).status == "versendet"
    # a second extension must again be later
    with pytest.raises(LetterError):
        service.extend(letter_id, date(2025, 5, 7), "Noch einmal")


def test_mark_answered(vault: Vault) -> None:
    service = LetterService(vault)
    letter_id = draft(service)
    with pytest.raises(LetterError, match="noch nicht als versendet"):
        service.mark_answered(letter_id, date(2025, 2, 20))
    service.mark_sent(letter_id, "post", date(2025, 2, 3))
    with pytest.raises(LetterError, match="vor dem Versand"):
        service.mark_answered(letter_id, date(2025, 2, 1))
    info = service.mark_answered(letter_id, date(2025, 3, 20))
    assert info.status == "beantwortet" and info.answered_on == date(2025, 3, 20)
    # answered late is answered, not overdue
    assert service.get(letter_id, today=date(2025, 6, 1)).status == "beantwortet"
    assert service.overdue(date(2025, 6, 1)) == []
    with vault.session() as session:
        assert all(d.done for d in session.query(Deadline).all())
    with pytest.raises(LetterError, match="beantwortet"):
        service.extend(letter_id, date(2025, 6, 1), "zu spät")
    # a wrong date of the answer can be corrected
    assert service.mark_answered(letter_id, date(2025, 3, 21)).answered_on == date(2025, 3, 21)


def test_letters_newest_first(vault: Vault) -> None:
    service = LetterService(vault)
    older = service.save_draft(
        LetterRequest("auskunft", letter_date=date(2025, 1, 10)), make_doc(), small_pdf()
    )
    newer = service.save_draft(
        LetterRequest("loeschung", letter_date=date(2025, 2, 10)),
        make_doc("loeschung"),
        small_pdf(),
    )
    infos = service.letters()
    assert [i.id for i in infos] == [newer, older]
    assert all(isinstance(i, LetterInfo) for i in infos)


# ------------------------------------------------------------------ findings and next steps
def test_sending_marks_the_findings_acted_on(vault: Vault) -> None:
    diary, findings = EntriesService(vault), FindingsService(vault)
    uid = diary.add_contact(
        ContactData(
            when=datetime.fromisoformat("2025-01-20T09:30:00+01:00"),
            channel="termin",
            counterpart="Frau K.",
            notes=COPIED,
        )
    )
    (finding,) = [f for f in findings.findings() if f.rule_id == "ausweiskopie"]
    assert finding.status == OPEN
    service = LetterService(vault)
    letter_id = draft(service, "loeschung", finding_ids=[finding.id, 4711])
    assert findings.findings()[0].status == OPEN  # a draft decides nothing
    service.mark_sent(letter_id, "post", date(2025, 2, 3))
    (after,) = [f for f in findings.findings() if f.id == finding.id]
    assert after.status == ACTED and after.letter_id == letter_id
    assert uid


def test_next_step_reminder_then_complaint(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    first = draft(service, "auskunft", finding_ids=[7], contact_ids=[3])
    service.mark_sent(first, "post", date(2025, 2, 3))  # due Fri 07.03.2025
    assert service.next_step(first, today=date(2025, 3, 7)) is None  # not yet overdue

    step = service.next_step(first, today=date(2025, 3, 10))
    assert step is not None
    assert (step.type_id, step.letter_ids) == ("erinnerung", [first])
    assert (step.finding_ids, step.contact_ids) == ([7], [3])

    reminder = service.save_draft(step, make_doc("erinnerung"), small_pdf())
    # a reminder written (even as a draft): nothing new to suggest yet
    assert service.next_step(first, today=date(2025, 3, 10)) is None
    info = service.mark_sent(reminder, "post", date(2025, 3, 10))
    # posted Mon 10.03.2025 → received Fri 14.03.2025 → two weeks: Fri 28.03.2025
    assert info.due_on == date(2025, 3, 28)
    assert "zwei Wochen später: Freitag, 28.03.2025" in info.due_explanation
    assert service.next_step(first, today=date(2025, 3, 28)) is None

    late = date(2025, 3, 31)
    complaint = service.next_step(first, today=late)
    assert complaint is not None
    assert (complaint.type_id, complaint.letter_ids) == ("beschwerde", [first, reminder])
    assert complaint.finding_ids == [7]
    # the same from the reminder's side
    from_reminder = service.next_step(reminder, today=late)
    assert from_reminder is not None and from_reminder.letter_ids == [first, reminder]

    service.save_draft(complaint, make_doc("beschwerde"), small_pdf())
    assert service.next_step(first, today=late) is None
    assert service.next_step(reminder, today=late) is None


def test_an_answer_to_the_reminder_answers_the_first_letter(vault: Vault) -> None:
    service = LetterService(vault)
    first = draft(service)
    service.mark_sent(first, "fax", date(2025, 2, 3))  # due 03.03.2025
    step = service.next_step(first, today=date(2025, 3, 4))
    assert step is not None
    reminder = service.save_draft(step, make_doc("erinnerung"), small_pdf())
    service.mark_sent(reminder, "fax", date(2025, 3, 4))
    service.mark_answered(reminder, date(2025, 3, 12))
    assert service.get(first, today=date(2025, 4, 1)).status == "beantwortet"
    assert service.next_step(first, today=date(2025, 4, 1)) is None
    assert service.overdue(date(2025, 4, 1)) == []


def test_an_answer_to_the_first_letter_ends_its_reminder_too(vault: Vault) -> None:
    service = LetterService(vault)
    first = draft(service)
    service.mark_sent(first, "fax", date(2025, 2, 3))  # due 03.03.2025
    step = service.next_step(first, today=date(2025, 3, 4))
    assert step is not None
    reminder = service.save_draft(step, make_doc("erinnerung"), small_pdf())
    service.mark_sent(reminder, "fax", date(2025, 3, 4))  # due 18.03.2025
    service.mark_answered(first, date(2025, 3, 10))
    late = date(2025, 4, 1)
    assert service.get(reminder, today=late).status == "beantwortet"
    assert service.get(reminder, today=late).answered_on == date(2025, 3, 10)
    assert service.next_step(reminder, today=late) is None


def test_deleting_a_sent_letter_keeps_the_decision_about_the_finding(vault: Vault) -> None:
    EntriesService(vault).add_contact(
        ContactData(
            when=datetime.fromisoformat("2025-01-20T09:30:00+01:00"),
            channel="termin",
            counterpart="Frau K.",
            notes=COPIED,
        )
    )
    findings = FindingsService(vault)
    (finding,) = [f for f in findings.findings() if f.rule_id == "ausweiskopie"]
    service = LetterService(vault)
    letter_id = draft(service, "loeschung", finding_ids=[finding.id])
    service.mark_sent(letter_id, "post", date(2025, 2, 3))
    service.delete(letter_id)
    (after,) = [f for f in findings.findings() if f.id == finding.id]
    assert after.status == ACTED and after.letter_id is None


# ------------------------------------------------------------------ what letters refer to
def test_recent_entries_and_handovers_name_their_rows_newest_first(vault: Vault) -> None:
    from app.model import Contact, Handover
    from app.records import DocumentData, HandoverData

    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    older = entry_service.add_contact(
        ContactData(when=datetime(2026, 3, 1, 9, 0).astimezone(), channel="termin", notes="alt")
    )
    newer = entry_service.add_contact(
        ContactData(when=datetime(2026, 3, 9, 9, 0).astimezone(), channel="telefon", notes="neu")
    )
    handed = handover_service.add_handover(
        HandoverData(
            when=datetime(2026, 3, 9, 10, 0).astimezone(),
            method="persoenlich",
            documents=[DocumentData("kontoauszuege"), DocumentData("personalausweis")],
        )
    )
    service = LetterService(vault)
    entries = service.recent_entries(10)
    assert [e.uid for e in entries] == [newer, older]
    assert (entries[0].channel, entries[0].notes) == ("telefon", "neu")
    assert [e.uid for e in service.recent_entries(1)] == [newer]
    (handover,) = service.recent_handovers(10)
    assert handover.document_types == ("kontoauszuege", "personalausweis")
    with vault.session() as session:
        assert session.get(Contact, entries[0].id).uid == newer
        assert session.get(Handover, handover.id).uid == handed
    assert service.handover_id(handed) == handover.id
    assert service.handover_id("gibt-es-nicht") is None


# ------------------------------------------------------------------ the norm each letter rests on
def test_a_posted_access_request_is_estimated_not_deemed(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    info = service.mark_sent(draft(service), "post", date(2025, 2, 3))
    assert "§ 37" not in info.due_explanation and "37 Abs" not in info.due_explanation
    assert "voraussichtlich zugegangen am Freitag, 07.02.2025" in info.due_explanation
    assert info.due_on == date(2025, 3, 7)  # still one month (Art. 12 Abs. 3 DSGVO)
    assert "Art. 12 Abs. 3 DSGVO" in info.due_explanation


def test_akteneinsicht_is_due_two_weeks_after_the_estimated_receipt(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    letter_id = draft(service, "akteneinsicht")
    info = service.mark_sent(letter_id, "post", date(2025, 2, 3))
    # posted Mon 03.02.2025 → estimated Fri 07.02.2025 → Fri 21.02.2025
    assert info.due_on == date(2025, 2, 21)
    assert "von Ihnen im Brief gesetzte Frist; § 25 SGB X selbst nennt keine Frist" in (
        info.due_explanation
    )
    assert "Art. 12" not in info.due_explanation


def test_akteneinsicht_extension_has_no_art_12_cap(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    letter_id = draft(service, "akteneinsicht")
    service.mark_sent(letter_id, "post", date(2025, 2, 3))  # due 21.02.2025
    with pytest.raises(LetterError) as caught:
        service.extend(letter_id, date(2025, 6, 2), "  ")
    assert "Art. 12" not in caught.value.message
    info = service.extend(letter_id, date(2025, 6, 2), "Akte liegt beim Sozialgericht")
    assert info.due_on == date(2025, 6, 2)
    assert "Art. 12" not in info.due_steps[-1]


# ------------------------------------------------------------------ when a reminder is offered
def test_no_reminder_before_the_deadline_has_passed(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    first = draft(service)
    possible, why = service.reminder_possible(first, today=date(2025, 2, 15))
    assert not possible and "noch nicht als versendet" in why
    service.mark_sent(first, "post", date(2025, 2, 3))  # due Fri 07.03.2025
    # twelve days after sending: the answer period runs
    possible, why = service.reminder_possible(first, today=date(2025, 2, 15))
    assert not possible
    assert why == "Eine Erinnerung ist ab dem 08.03.2025 möglich; bis dahin läuft die Antwortfrist."
    assert service.next_step(first, today=date(2025, 2, 15)) is None
    # on the due date itself still not
    assert not service.reminder_possible(first, today=date(2025, 3, 7))[0]
    # the day after: offered
    possible, why = service.reminder_possible(first, today=date(2025, 3, 8))
    assert possible and "07.03.2025" in why
    step = service.next_step(first, today=date(2025, 3, 8))
    assert step is not None and step.type_id == "erinnerung"


def test_no_reminder_after_an_extension_until_it_has_passed(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    first = draft(service)
    service.mark_sent(first, "post", date(2025, 2, 3))
    service.extend(first, date(2025, 4, 7), "Viele Anfragen")
    possible, why = service.reminder_possible(first, today=date(2025, 3, 20))
    assert not possible and "08.04.2025" in why
    assert service.reminder_possible(first, today=date(2025, 4, 8))[0]


def test_no_reminder_for_what_needs_no_answer_or_was_answered(vault: Vault) -> None:
    service = LetterService(vault)
    sheet = draft(service, "terminbegleitung")
    service.mark_sent(sheet, "persoenlich", date(2025, 2, 3))
    assert not service.reminder_possible(sheet, today=date(2026, 1, 1))[0]
    first = draft(service)
    service.mark_sent(first, "fax", date(2025, 2, 3))
    service.mark_answered(first, date(2025, 2, 20))
    possible, why = service.reminder_possible(first, today=date(2026, 1, 1))
    assert not possible and "geantwortet" in why


def test_a_second_reminder_is_not_offered(vault: Vault) -> None:
    service = LetterService(vault)
    first = draft(service)
    service.mark_sent(first, "fax", date(2025, 2, 3))  # due 03.03.2025
    step = service.next_step(first, today=date(2025, 3, 4))
    assert step is not None
    reminder = service.save_draft(step, make_doc("erinnerung"), small_pdf())
    possible, why = service.reminder_possible(first, today=date(2025, 3, 4))
    assert not possible and "schon eine Erinnerung" in why
    assert not service.reminder_possible(reminder, today=date(2025, 3, 4))[0]


def test_a_sent_reminder_is_never_due_before_the_date_printed_in_it(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    first = draft(service)
    service.mark_sent(first, "fax", date(2025, 2, 3))
    request = LetterRequest("erinnerung", letter_ids=[first], letter_date=date(2025, 3, 10))
    reminder = service.save_draft(request, make_doc("erinnerung"), small_pdf())
    # written Mon 10.03.2025 (prints Fri 28.03.2025), faxed the same day: 24.03.2025 → 28.03.
    info = service.mark_sent(reminder, "fax", date(2025, 3, 10))
    assert info.due_on == date(2025, 3, 28)
    assert "im Brief genannt: Freitag, 28.03.2025" in info.due_explanation


# ------------------------------------------------------------------ what follows an unanswered reminder
def test_after_an_unanswered_reminder_about_akteneinsicht_no_complaint(vault: Vault) -> None:
    set_state(vault, "SN")
    service = LetterService(vault)
    first = draft(service, "akteneinsicht")
    service.mark_sent(first, "fax", date(2025, 2, 3))  # due Mon 17.02.2025
    assert service.follow_up_advice(first, today=date(2025, 2, 17)) == ""  # not yet due
    assert "Erinnerung" in service.follow_up_advice(first, today=date(2025, 2, 18))
    step = service.next_step(first, today=date(2025, 2, 18))
    assert step is not None and step.type_id == "erinnerung"  # asking again is fine
    reminder = service.save_draft(step, make_doc("erinnerung"), small_pdf())
    service.mark_sent(reminder, "fax", date(2025, 2, 18))  # due Tue 04.03.2025
    late = date(2025, 3, 10)
    assert service.next_step(first, today=late) is None
    assert service.next_step(reminder, today=late) is None
    for letter_id in (first, reminder):
        advice = service.follow_up_advice(letter_id, today=late)
        assert "§ 88 SGG" in advice and "Widerspruch" in advice
        assert "6 Monate" in advice and "3 Monate" in advice
        assert "noch einmal" in advice
        # the complaint is named only to say that it does not fit
        assert "Datenschutzaufsicht hilft hier nicht" in advice
        assert advice.count("Beschwerde") == 1


def test_after_an_unanswered_reminder_about_auskunft_the_complaint(vault: Vault) -> None:
    service = LetterService(vault)
    first = draft(service, "auskunft")
    service.mark_sent(first, "fax", date(2025, 2, 3))
    step = service.next_step(first, today=date(2025, 3, 4))
    assert step is not None
    reminder = service.save_draft(step, make_doc("erinnerung"), small_pdf())
    service.mark_sent(reminder, "fax", date(2025, 3, 4))  # due 18.03.2025
    late = date(2025, 3, 20)
    complaint = service.next_step(reminder, today=late)
    assert complaint is not None and complaint.type_id == "beschwerde"
    assert "Beschwerde" in service.follow_up_advice(reminder, today=late)
    assert "§ 88" not in service.follow_up_advice(reminder, today=late)
