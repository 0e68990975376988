"""The diary service: entries, revisions, search, handovers, bad input."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InputRefused
from app.records import ContactData, DocumentData, HandoverData
from app.services.attachments import AttachmentService
from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.services.verify import verify
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

WHEN = datetime.fromisoformat("2026-03-02T09:30:00+01:00")


def test_edit_creates_a_revision_and_history_is_kept(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin", notes="Erste Fassung"))
    same = entry_service.get_contact(uid)
    entry_service.update_contact(uid, same)  # nothing changed: no new revision
    changed = entry_service.get_contact(uid)
    changed.notes = "Zweite Fassung: Ausweis wurde kopiert"
    entry_service.update_contact(uid, changed)
    history = entry_service.history("contact", uid)
    assert [(seq, action) for seq, action, _, _ in history] == [(1, "angelegt"), (2, "geaendert")]
    assert history[0][3]["notes"] == "Erste Fassung"
    assert history[1][3]["notes"] == "Zweite Fassung: Ausweis wurde kopiert"
    entry_service.delete_contact(uid)
    assert entry_service.history("contact", uid)[-1][1] == "geloescht"
    assert entry_service.count_contacts() == 0
    assert all(check.ok for check in verify(vault))


def test_times_keep_their_offset_and_sort_across_daylight_saving(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    winter = datetime.fromisoformat("2026-03-28T23:30:00+01:00")
    summer = datetime.fromisoformat("2026-03-29T00:45:00+01:00").astimezone(
        datetime.fromisoformat("2026-03-29T09:00:00+02:00").tzinfo
    )
    entry_service.add_contact(ContactData(when=summer, channel="telefon"))
    entry_service.add_contact(ContactData(when=winter, channel="brief"))
    listed = entry_service.contacts()
    assert [c.channel for c in listed] == ["telefon", "brief"]
    assert listed[0].when.utcoffset() == summer.utcoffset()


def test_search_finds_words_prefixes_and_ignores_accents(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    hit = entry_service.add_contact(
        ContactData(when=WHEN, channel="termin", notes="Kontoauszüge ungeschwärzt verlangt")
    )
    entry_service.add_contact(
        ContactData(when=WHEN, channel="termin", notes="Mietvertrag abgegeben")
    )
    assert entry_service.search("kontoausz") == [hit]
    assert entry_service.search("Kontoauszuge ungeschwarzt") == [hit]
    assert entry_service.search('"; DROP TABLE contact; --') == []
    assert entry_service.search("   ") == []


def test_every_script_is_kept_exactly(vault_dir: Path) -> None:
    text = "Олена Шевченко-Öztürk · مرحبا بكم · 👩‍👧 · Łódź · İstanbul · ß €"
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        EntriesService(vault).add_contact(
            ContactData(when=WHEN, channel="termin", counterpart=text, notes=text)
        )
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        (contact,) = EntriesService(vault).contacts()
    assert contact.notes == text and contact.counterpart == text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(notes=st.text(max_size=300))
def test_any_text_is_stored_exactly_or_refused_clearly(vault: Vault, notes: str) -> None:
    entry_service = EntriesService(vault)
    try:
        uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin", notes=notes))
    except InputRefused as exc:
        assert "Feld „notes“" in exc.message
        return
    assert entry_service.get_contact(uid).notes == notes


def test_bad_values_are_refused_with_the_field_named(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    with pytest.raises(InputRefused, match="Feld „channel“"):
        entry_service.add_contact(ContactData(when=WHEN, channel="brieftaube"))
    with pytest.raises(InputRefused, match="Feld „when“"):
        entry_service.add_contact(ContactData(when="32.13.2026", channel="termin"))  # type: ignore[arg-type]
    with pytest.raises(InputRefused, match="zu lang"):
        entry_service.add_contact(ContactData(when=WHEN, channel="termin", counterpart="x" * 5000))
    with pytest.raises(InputRefused, match="Dokumentart"):
        handover_service.add_handover(
            HandoverData(when=WHEN, method="post", documents=[DocumentData(type="perso")])
        )
    assert entry_service.count_contacts() == 0


def test_handover_linked_to_contact_round_trip(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin"))
    docs = [
        DocumentData(type="kontoauszuege", period="01.–03.2026", pages=6, receipt=True),
        DocumentData(
            type="personalausweis", original=True, copied_by_jobcenter=True, consent_asked=False
        ),
    ]
    handover_uid = handover_service.add_handover(
        HandoverData(when=WHEN, method="persoenlich", documents=docs, contact_uid=uid)
    )
    (stored,) = handover_service.handovers()
    assert stored.uid == handover_uid and stored.contact_uid == uid
    assert [d.type for d in stored.documents] == ["kontoauszuege", "personalausweis"]
    assert stored.documents[0].pages == 6 and stored.documents[1].copied_by_jobcenter
    stored.documents[1].original_returned = True
    handover_service.update_handover(handover_uid, stored)
    assert [a for _, a, _, _ in entry_service.history("handover", handover_uid)] == [
        "angelegt",
        "geaendert",
    ]
    entry_service.delete_contact(uid)  # the handover stays, unlinked
    assert handover_service.handovers()[0].contact_uid is None
    assert all(check.ok for check in verify(vault))


def test_delete_and_undo_within_the_session(vault: Vault) -> None:
    import io

    from app.vault import attachments

    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(
        ContactData(when=WHEN, channel="termin", notes="Bleibt mir erhalten")
    )
    handover_service.add_handover(
        HandoverData(
            when=WHEN,
            method="persoenlich",
            contact_uid=uid,
            documents=[DocumentData(type="mietvertrag")],
        )
    )
    attachment_service.add_attachment(io.BytesIO(b"Quittung"), name="q.jpg", contact_uid=uid)
    (file_id,) = vault.referenced_file_ids()
    deleted = entry_service.delete_contact(uid)
    assert (
        entry_service.count_contacts() == 0 and handover_service.handovers()[0].contact_uid is None
    )
    assert file_id not in vault.referenced_file_ids()
    restored = entry_service.undo_delete(deleted)
    assert restored == uid
    assert entry_service.get_contact(uid).notes == "Bleibt mir erhalten"
    assert handover_service.handovers()[0].contact_uid == uid
    (again,) = attachment_service.attachment_list(uid)
    assert attachment_service.attachment_bytes(again.id) == b"Quittung"
    assert [a for _, a, _, _ in entry_service.history("contact", uid)] == [
        "angelegt",
        "geloescht",
        "wiederhergestellt",
    ]
    assert all(check.ok for check in verify(vault))
    folder = vault.folder
    entry_service.delete_contact(uid)
    vault.close()  # closing without undo ends the chance to undo ...
    path = attachments.file_path(folder / "anhaenge", file_id)
    assert path.exists()  # ... but the kept generations still refer to the file
    _rotate_out_generations(folder)
    assert not path.exists()  # it is gone for good


def _rotate_out_generations(folder: Path) -> None:
    """Save often enough that every kept generation from before is replaced."""
    vault = Vault.open(folder, passphrase=PASSPHRASE)
    for i in range(11):
        EntriesService(vault).add_contact(ContactData(when=WHEN, channel="termin", notes=f"{i}"))
    vault.close()


# ------------------------------------------------------ attachments: files, undo
PNG_HEAD = b"\x89PNG\r\n\x1a\n"


def test_attachment_delete_and_undo_within_the_session(vault: Vault) -> None:
    import io

    from app.vault import attachments

    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin"))
    content = PNG_HEAD + b"Quittung Fahrtkosten"
    first = attachment_service.add_attachment(
        io.BytesIO(content), name="Quittung.png", media_type="image/png", contact_uid=uid
    )
    (file_id,) = vault.referenced_file_ids()
    (info,) = attachment_service.attachment_list(uid)
    assert (info.id, info.name, info.media_type, info.size) == (
        first,
        "Quittung.png",
        "image/png",
        len(content),
    )
    assert info.added.utcoffset() is not None
    deleted = attachment_service.delete_attachment(first)
    assert (
        attachment_service.attachment_list(uid) == [] and file_id not in vault.referenced_file_ids()
    )
    assert attachments.file_path(vault.attachments_dir, file_id).exists()  # kept for undo
    again = attachment_service.undo_delete_attachment(deleted)
    (back,) = attachment_service.attachment_list(uid)
    assert back.id == again and back.name == "Quittung.png" and back.added == info.added
    assert attachment_service.attachment_bytes(again) == content
    with pytest.raises(InputRefused, match="schon wiederhergestellt"):
        attachment_service.undo_delete_attachment(deleted)
    assert all(check.ok for check in verify(vault))
    # undone, the file survives closing; deleted for good, it does not
    folder = vault.folder
    attachment_service.delete_attachment(again)
    vault.close()
    path = attachments.file_path(folder / "anhaenge", file_id)
    assert path.exists()  # the kept generations still refer to it
    _rotate_out_generations(folder)
    assert not path.exists()


def test_attachment_undo_after_its_entry_was_deleted_says_what_to_do(vault: Vault) -> None:
    import io

    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin"))
    attachment_id = attachment_service.add_attachment(
        io.BytesIO(b"%PDF-1.4 x"), name="b.pdf", contact_uid=uid
    )
    deleted_file = attachment_service.delete_attachment(attachment_id)
    deleted_entry = entry_service.delete_contact(uid)
    with pytest.raises(InputRefused, match="zuerst den Eintrag wieder her"):
        attachment_service.undo_delete_attachment(deleted_file)
    entry_service.undo_delete(deleted_entry)
    attachment_service.undo_delete_attachment(deleted_file)
    assert [a.name for a in attachment_service.attachment_list(uid)] == ["b.pdf"]


def test_attachment_files_are_checked_by_name_size_and_content(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin"))
    photo = tmp_path / "Foto vom Brief.JPG"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"jpeg" * 100)
    attachment_id = attachment_service.add_attachment_file(photo, contact_uid=uid)
    (info,) = attachment_service.attachment_list(uid)
    assert (info.id, info.name, info.media_type) == (attachment_id, photo.name, "image/jpeg")
    misnamed = tmp_path / "scan.png"  # a JPEG called .png is still a JPEG
    misnamed.write_bytes(photo.read_bytes())
    attachment_service.add_attachment_file(misnamed, contact_uid=uid)
    assert attachment_service.attachment_list(uid)[-1].media_type == "image/jpeg"

    refused = {
        "programm.exe": b"MZ" + b"\x00" * 10,
        "notiz.txt": b"Hallo",
        "falsch.pdf": b"Das ist kein PDF",
        "leer.png": b"",
    }
    for name, data in refused.items():
        (tmp_path / name).write_bytes(data)
    with pytest.raises(InputRefused, match="kann nicht angehängt werden"):
        attachment_service.add_attachment_file(tmp_path / "programm.exe", contact_uid=uid)
    with pytest.raises(InputRefused, match="JPEG oder PNG sowie PDF"):
        attachment_service.add_attachment_file(tmp_path / "notiz.txt", contact_uid=uid)
    with pytest.raises(InputRefused, match="ist kein Foto und keine PDF-Datei"):
        attachment_service.add_attachment_file(tmp_path / "falsch.pdf", contact_uid=uid)
    with pytest.raises(InputRefused, match="ist leer"):
        attachment_service.add_attachment_file(tmp_path / "leer.png", contact_uid=uid)
    with pytest.raises(InputRefused, match="konnte nicht gelesen werden"):
        attachment_service.add_attachment_file(tmp_path / "weg.pdf", contact_uid=uid)
    monkeypatch.setattr(AttachmentService, "ATTACHMENT_LIMIT", 1024 * 1024)
    big = tmp_path / "gross.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * (1024 * 1024))
    with pytest.raises(InputRefused, match="mit 2 MB zu groß; ein Anhang darf höchstens 1 MB"):
        attachment_service.add_attachment_file(big, contact_uid=uid)
    assert len(attachment_service.attachment_list(uid)) == 2
    assert len(vault.referenced_file_ids()) == 2
    assert len(list(vault.attachments_dir.iterdir())) == 2  # nothing refused was stored


def test_export_attachment_writes_the_original_or_nothing(vault: Vault, tmp_path: Path) -> None:
    import io
    import os

    from app.vault import attachments

    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin"))
    content = b"%PDF-1.4 " + os.urandom(3 * 1024 * 1024 + 17)  # several chunks
    attachment_id = attachment_service.add_attachment(
        io.BytesIO(content), name="a.pdf", contact_uid=uid
    )
    target = tmp_path / "export" / "Bescheid.pdf"
    target.parent.mkdir()
    target.write_bytes(b"alte Fassung")
    attachment_service.export_attachment(attachment_id, target)
    assert target.read_bytes() == content
    assert [p.name for p in target.parent.iterdir()] == ["Bescheid.pdf"]

    (file_id,) = vault.referenced_file_ids()
    path = attachments.file_path(vault.attachments_dir, file_id)
    data = bytearray(path.read_bytes())
    data[-5] ^= 1  # the last chunk
    path.write_bytes(bytes(data))
    fresh = tmp_path / "export" / "Neu.pdf"
    with pytest.raises(attachments.AttachmentDamaged):
        attachment_service.export_attachment(attachment_id, fresh)
    assert [p.name for p in target.parent.iterdir()] == ["Bescheid.pdf"]  # no half file


def test_upcoming_appointments_soonest_first_odd_values_ignored(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    noted = {
        "Frau A.": "2026-12-10T09:00:00+01:00",
        "Frau B.": "2026-12-08T14:30:00+01:00",
        "Herr C.": "2026-11-01T10:00:00+01:00",  # already past
        "Herr D.": "nächste Woche",  # typed by hand in an import
        "Frau E.": "",
    }
    for who, when in noted.items():
        entry_service.add_contact(
            ContactData(
                when=datetime.fromisoformat("2026-10-01T09:00:00+02:00"),
                channel="termin",
                counterpart=who,
                details={"next_appointment": when},
            )
        )
    entry_service.add_contact(
        ContactData(when=datetime.fromisoformat("2026-10-02T09:00:00+02:00"), channel="telefon")
    )
    now = datetime.fromisoformat("2026-12-04T12:00:00+01:00")
    found = entry_service.upcoming_appointments(now)
    assert [(when.isoformat(), c.counterpart) for when, c in found] == [
        ("2026-12-08T14:30:00+01:00", "Frau B."),
        ("2026-12-10T09:00:00+01:00", "Frau A."),
    ]
    assert [c.counterpart for _, c in entry_service.upcoming_appointments(now, limit=1)] == [
        "Frau B."
    ]


def test_document_summary_counts_per_type_in_time_order(vault: Vault) -> None:
    handover_service = HandoverService(vault)
    # the later handover is written first, and in another offset
    handover_service.add_handover(
        HandoverData(
            when=datetime.fromisoformat("2026-05-02T08:00:00+00:00"),
            method="post",
            documents=[
                DocumentData("kontoauszuege", copied_by_jobcenter=True),
                DocumentData("personalausweis", original=True, original_returned=False),
            ],
        )
    )
    handover_service.add_handover(
        HandoverData(
            when=datetime.fromisoformat("2026-03-01T09:00:00+01:00"),
            method="persoenlich",
            documents=[DocumentData("kontoauszuege", receipt=True)],
        )
    )
    summary = {line.type: line for line in handover_service.document_summary()}
    assert set(summary) == {"kontoauszuege", "personalausweis"}
    bank = summary["kontoauszuege"]
    assert (bank.first.isoformat(), bank.last.isoformat()) == (
        "2026-03-01T09:00:00+01:00",
        "2026-05-02T08:00:00+00:00",
    )
    assert (bank.times, bank.receipts, bank.copied_or_scanned) == (2, 1, 1)
    card = summary["personalausweis"]
    assert (card.times, card.receipts, card.originals_not_returned) == (1, 0, 1)


def test_the_list_of_entries_carries_every_field_like_a_single_entry(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    for day in (3, 1, 2):
        entry_service.add_contact(
            ContactData(
                when=datetime.fromisoformat(f"2026-03-0{day}T09:30:00+01:00"),
                channel="termin",
                counterpart="Frau K.",
                companion="Herr B. (Beistand)",
                location="Raum 3",
                notes=f"Notiz {day} – Кирилл, عربى, 🙂",
                outcome="vereinbart",
                follow_up="Unterlagen bis Freitag",
                details={"asked_to_sign": True, "documents_requested": ["kontoauszuege"]},
                extra={"import_id": day},
            )
        )
    listed = entry_service.contacts()
    assert [c.when.day for c in listed] == [3, 2, 1]
    assert listed == [entry_service.get_contact(c.uid) for c in listed]
    assert [c.when.day for c in entry_service.contacts(newest_first=False, limit=2)] == [1, 2]
