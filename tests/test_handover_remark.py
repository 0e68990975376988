"""Issue 13: a handed-over document's private remark never reaches the Jobcenter.

``description`` is printed (the Eingangsbestätigung the Jobcenter stamps), ``remark``
is the user's own note. Covered here: the migration of a diary written before the
split (schema 0001), the history check after it, letters, import and export, the
red-flag check.
"""

from __future__ import annotations

import io
import json
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select, text

from app.letters import LetterRequest, build_letter, render_pdf
from app.model import Handover, schema
from app.records import (
    ContactData,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
)
from app.services import interchange
from app.services.attachments import AttachmentService
from app.services.diary import (
    canonical,
    chain_hash,
    insert_contact,
    put_profile,
    record_revision,
)
from app.services.entries import EntriesService
from app.services.findings import FindingsService
from app.services.handovers import HandoverService
from app.services.profile import ProfileService
from app.services.verify import verify
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE, snapshot

TZ = timezone(timedelta(hours=1))
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=TZ)
FROZEN_2 = Path(__file__).parent / "data" / "vault-format-2"
STORY = "vom Sachbearbeiter am Flurkopierer kopiert, ohne zu fragen"
OLD_TEXTS = [STORY, "Girokonto; bei zwei Ausgaben Empfänger geschwärzt", ""]


# ------------------------------------------------------------ a diary at schema 0001
def _alembic(vault: Vault, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    with vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)


def _old_handover(
    session: Any,
    contact_uid: str | None,
    documents: list[tuple[str, str, bool]],
    *,
    uid: str,
    notes: str = "",
) -> int:
    """A handover as the program wrote it at schema 0001, with its first revision."""
    now = datetime(2026, 3, 2, 10, 0)
    contact_id = None
    if contact_uid is not None:
        contact_id = session.execute(
            text("SELECT id FROM contact WHERE uid = :u"), {"u": contact_uid}
        ).scalar_one()
    session.execute(
        text(
            'INSERT INTO handover (uid, "when", when_utc, method, contact_id, notes, extra, '
            "created_at, updated_at) VALUES (:uid, :when, :utc, 'persoenlich', :contact, "
            ":notes, '{}', :now, :now)"
        ),
        {
            "uid": uid,
            "when": WHEN.isoformat(),
            "utc": "2026-03-02 08:30:00.000000",
            "contact": contact_id,
            "notes": notes,
            "now": now,
        },
    )
    handover_id = session.execute(
        text("SELECT id FROM handover WHERE uid = :u"), {"u": uid}
    ).scalar_one()
    for position, (doc_type, description, copied) in enumerate(documents):
        session.execute(
            text(
                "INSERT INTO handover_document (handover_id, position, type, description, "
                "period, pages, original, copied_by_jobcenter, scanned_by_jobcenter, "
                "consent_asked, receipt, original_returned, extra) VALUES (:h, :p, :t, :d, "
                "'01/2026', 3, 0, :c, 0, 0, 1, NULL, '{\"mitgebracht\": true}')"
            ),
            {"h": handover_id, "p": position, "t": doc_type, "d": description, "c": copied},
        )
    record_revision(session, "handover", uid, "angelegt", _old_record(session, uid))
    return int(handover_id)


def _old_record(session: Any, uid: str) -> dict[str, Any]:
    """The revision content of a handover in the shape of schema 0001 (no ``remark``)."""
    row = session.execute(
        text(
            'SELECT h.id, h."when", h.method, h.notes, c.uid FROM handover h '
            "LEFT JOIN contact c ON c.id = h.contact_id WHERE h.uid = :u"
        ),
        {"u": uid},
    ).one()
    docs = session.execute(
        text(
            "SELECT type, original, copied_by_jobcenter, scanned_by_jobcenter, consent_asked, "
            "receipt, original_returned, description, period, pages, extra "
            "FROM handover_document WHERE handover_id = :h ORDER BY position"
        ),
        {"h": row[0]},
    ).all()

    def flag(value: Any) -> bool | None:
        return None if value is None else bool(value)

    return {
        "when": row[1],
        "method": row[2],
        "documents": [
            {
                "type": d[0],
                "original": bool(d[1]),
                "copied_by_jobcenter": bool(d[2]),
                "scanned_by_jobcenter": bool(d[3]),
                "consent_asked": flag(d[4]),
                "receipt": bool(d[5]),
                "original_returned": flag(d[6]),
                "description": d[7],
                "period": d[8],
                "pages": d[9],
                "extra": json.loads(d[10]),
            }
            for d in docs
        ],
        "contact_uid": row[4],
        "notes": row[3],
        "extra": {},
        "uid": uid,
    }


def _dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as stored."""
    with vault.session() as session:
        tables = [
            str(r[0])
            for r in session.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_fts%'"
                )
            )
        ]
        return {
            table: [tuple(r) for r in session.execute(text(f'SELECT * FROM "{table}"'))]
            for table in tables
        }


def _columns(vault: Vault, table: str) -> list[str]:
    with vault.session() as session:
        return [str(r[1]) for r in session.execute(text(f'PRAGMA table_info("{table}")'))]


@pytest.fixture
def old_diary(vault_dir: Path) -> Path:
    """A diary at schema 0001: an entry with an attachment, a handover with three
    documents (one text the user's story, one half label half story, one empty) edited
    once, a second handover, and a deleted one."""
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _alembic(vault, "0001")
        assert vault.schema_revision() == "0001"
        assert "remark" not in _columns(vault, "handover_document")
        with vault.transaction() as session:
            put_profile(session, ProfileData(name="Олена Шевченко-Öztürk", state="NW"))
            contact = insert_contact(
                session,
                ContactData(when=WHEN, channel="termin", notes="Ausweis wurde kopiert. 🙂"),
            )
            contact_uid = contact.uid
            _old_handover(
                session,
                contact_uid,
                [
                    ("personalausweis", "Personalausweis, erste Abgabe", True),
                    ("kontoauszuege", OLD_TEXTS[1], False),
                    ("mietvertrag", "", False),
                ],
                uid="a" * 32,
                notes="Eingangsbestätigung mit Stempel",
            )
            # edited once: its first document got the story, with a revision
            session.execute(
                text(
                    "UPDATE handover_document SET description = :d WHERE position = 0 AND "
                    "handover_id = (SELECT id FROM handover WHERE uid = :u)"
                ),
                {"d": STORY, "u": "a" * 32},
            )
            record_revision(
                session, "handover", "a" * 32, "geaendert", _old_record(session, "a" * 32)
            )
            _old_handover(session, None, [("lohnabrechnung", "Minijob", False)], uid="b" * 32)
            _old_handover(session, None, [("sonstiges", "weg damit", False)], uid="c" * 32)
            record_revision(session, "handover", "c" * 32, "geloescht", {"uid": "c" * 32})
            session.execute(text("DELETE FROM handover WHERE uid = :u"), {"u": "c" * 32})
        AttachmentService(vault).add_attachment(
            io.BytesIO(b"%PDF-1.4 alter Anhang"), name="quittung.pdf", contact_uid=contact_uid
        )
    return vault_dir


def test_old_vault_migrates_texts_into_the_private_remark_and_keeps_everything_else(
    old_diary: Path,
) -> None:
    """Every old description becomes the private remark, the printed one is empty, and
    nothing else in the diary changes."""
    disk_before = snapshot(old_diary)
    with Vault.open(old_diary, passphrase=PASSPHRASE, read_only=True) as looked_at:
        assert looked_at.schema_revision() == "0002"  # read-only (export): in memory only
        assert [c.name for c in verify(looked_at) if not c.ok] == []
    assert snapshot(old_diary) == disk_before

    with Vault.open(old_diary, passphrase=PASSPHRASE) as vault:
        assert vault.schema_revision() == schema.HEAD_REVISION == "0002"
        after = _dump(vault)
        assert [c.name for c in verify(vault) if not c.ok] == []
        handover_service = HandoverService(vault)
        entry_service = EntriesService(vault)
        attachment_service = AttachmentService(vault)
        handovers = {h.uid: h for h in handover_service.handovers()}
        first = handovers["a" * 32]
        assert [(d.description, d.remark) for d in first.documents] == [
            ("", STORY),
            ("", OLD_TEXTS[1]),
            ("", ""),
        ]
        assert [(d.type, d.period, d.pages, d.receipt, d.extra) for d in first.documents] == [
            (t, "01/2026", 3, True, {"mitgebracht": True})
            for t in ("personalausweis", "kontoauszuege", "mietvertrag")
        ]
        assert first.notes == "Eingangsbestätigung mit Stempel"
        assert [(d.description, d.remark) for d in handovers["b" * 32].documents] == [
            ("", "Minijob")
        ]
        # the history is not rewritten: one more revision per live handover
        assert [a for _, a, _, _ in entry_service.history("handover", "a" * 32)] == [
            "angelegt", "geaendert", "umgestellt",
        ]  # fmt: skip
        assert [a for _, a, _, _ in entry_service.history("handover", "b" * 32)] == [
            "angelegt", "umgestellt",
        ]  # fmt: skip
        assert [a for _, a, _, _ in entry_service.history("handover", "c" * 32)] == [
            "angelegt", "geloescht",
        ]  # fmt: skip
        old_content = entry_service.history("handover", "a" * 32)[1][3]
        assert old_content["documents"][0]["description"] == STORY
        assert "remark" not in old_content["documents"][0]
        (contact,) = entry_service.contacts()
        assert contact.notes == "Ausweis wurde kopiert. 🙂"
        (attachment,) = attachment_service.attachment_list(contact.uid)
        assert attachment_service.attachment_bytes(attachment.id) == b"%PDF-1.4 alter Anhang"
    assert snapshot(old_diary) != disk_before  # the migrated diary was saved

    # opening again migrates nothing more
    with Vault.open(old_diary, passphrase=PASSPHRASE) as vault:
        assert _dump(vault) == after


def test_migration_changes_only_the_two_texts_and_appends_revisions(vault_dir: Path) -> None:
    """Row by row: before (0001) and after (0002) differ only in description → remark,
    the new column, the schema version and the appended revisions."""
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _alembic(vault, "0001")
        with vault.transaction() as session:
            contact = insert_contact(session, ContactData(when=WHEN, channel="telefon"))
            _old_handover(
                session,
                contact.uid,
                [("personalausweis", STORY, True), ("mietvertrag", "", False)],
                uid="d" * 32,
            )
        before = _dump(vault)
        before_columns = _columns(vault, "handover_document")
        with vault.engine.begin() as connection:
            schema.upgrade(connection)
        after = _dump(vault)
        after_columns = _columns(vault, "handover_document")
    assert after_columns == [*before_columns, "remark"]
    for table in before:
        if table in ("handover_document", "revision", "alembic_version"):
            continue
        assert after[table] == before[table], table
    assert before["alembic_version"] == [("0001",)] and after["alembic_version"] == [("0002",)]
    described = before_columns.index("description")
    expected = [
        (*row[:described], "", *row[described + 1 :], row[described])
        for row in before["handover_document"]
    ]
    assert after["handover_document"] == expected
    assert [row[described] for row in after["handover_document"]] == ["", ""]
    # old revisions byte for byte, then one new revision chained onto the last
    assert after["revision"][: len(before["revision"])] == before["revision"]
    (added,) = after["revision"][len(before["revision"]) :]
    _id, entity, uid, seq, action, at, content, prev_hash, digest = added
    assert (entity, uid, seq, action) == ("handover", "d" * 32, 2, "umgestellt")
    assert prev_hash == before["revision"][-1][-1]
    moment = datetime.fromisoformat(at)
    assert digest == chain_hash(prev_hash, entity, uid, seq, action, moment, content)
    documents = json.loads(content)["documents"]
    assert [(d["description"], d["remark"]) for d in documents] == [("", STORY), ("", "")]


def test_history_check_keeps_its_verdict_across_the_migration(vault_dir: Path) -> None:
    """A handover changed outside the program before the migration still shows as changed
    afterwards: the appended revision is the old revision converted, not the live row."""
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _alembic(vault, "0001")
        with vault.transaction() as session:
            _old_handover(session, None, [("personalausweis", STORY, True)], uid="e" * 32)
            _old_handover(session, None, [("kontoauszuege", "Girokonto", False)], uid="f" * 32)
            session.execute(
                text(
                    "UPDATE handover_document SET description = 'heimlich geändert' WHERE "
                    "handover_id = (SELECT id FROM handover WHERE uid = :u)"
                ),
                {"u": "f" * 32},
            )
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        problems = [c.detail for c in verify(vault) if not c.ok]
    assert problems == [f"Ein Eintrag (handover {'f' * 8}) wurde ohne Revision geändert."]


def test_a_failed_migration_leaves_the_file_as_it_was(
    old_diary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(old_diary)
    real = schema.upgrade

    def upgrade_then_fail(connection: Any) -> None:
        real(connection)
        raise RuntimeError("Stromausfall")

    monkeypatch.setattr(schema, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        Vault.open(old_diary, passphrase=PASSPHRASE)
    assert snapshot(old_diary) == before
    monkeypatch.setattr(schema, "upgrade", real)
    with Vault.open(old_diary, passphrase=PASSPHRASE) as vault:
        assert vault.schema_revision() == "0002"
        assert [c.name for c in verify(vault) if not c.ok] == []


def test_frozen_format_2_vault_migrates_and_verifies(tmp_path: Path) -> None:
    folder = tmp_path / "alt"
    shutil.copytree(FROZEN_2, folder)
    with Vault.open(folder, passphrase="eingefroren-format-2") as vault:
        handover_service = HandoverService(vault)
        entry_service = EntriesService(vault)
        (handover,) = handover_service.handovers()
        assert [(d.description, d.remark) for d in handover.documents] == [("", "")]
        assert entry_service.history("handover", handover.uid)[-1][1] == "umgestellt"
        assert [c.name for c in verify(vault) if not c.ok] == []


def test_the_migrations_frozen_hash_functions_agree_with_the_program() -> None:
    from alembic.script import ScriptDirectory

    from app.model.schema import _scripts

    script: ScriptDirectory = _scripts()
    module = script.get_revision("0002").module
    content = {"b": [1, "ü"], "a": None}
    assert module.canonical(content) == canonical(content)
    at = datetime(2026, 12, 2, 9, 0, 0, 123)
    assert module.chain_hash("0" * 64, "handover", "u", 2, "umgestellt", at, "{}") == chain_hash(
        "0" * 64, "handover", "u", 2, "umgestellt", at, "{}"
    )


# ----------------------------------------------------------------- letters
def _pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return " ".join(" ".join(texts).replace("\xa0", " ").split())


def _diary_with_remark(vault: Vault) -> int:
    profile_service = ProfileService(vault)
    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    profile_service.set_profile(
        ProfileData(name="Erika Mustermann", street="Musterweg 12", postcode="12345",
                    city="Beispielstadt", customer_number="123D456789", state="NW")
    )  # fmt: skip
    profile_service.set_jobcenter(
        JobcenterData(name="Jobcenter Beispielstadt", street="Amtsstraße 1", postcode="12345",
                      city="Beispielstadt", state="NW")
    )  # fmt: skip
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin", notes="Termin."))
    handover_service.add_handover(
        HandoverData(
            when=WHEN,
            method="persoenlich",
            contact_uid=uid,
            documents=[
                DocumentData(
                    "kontoauszuege", description="Girokonto", remark="Zahlungen geschwärzt"
                ),
                DocumentData("personalausweis", original=True, remark=STORY),
            ],
        )
    )
    with vault.session() as session:
        return int(session.scalars(select(Handover.id)).one())


@pytest.mark.parametrize("type_id", ["eingangsbestaetigung", "beschwerde"])
def test_letters_print_the_description_never_the_remark(vault: Vault, type_id: str) -> None:
    handover_id = _diary_with_remark(vault)
    details = {"sachverhalt": "Am 02.03.2026 wurde mein Ausweis kopiert."}
    request = LetterRequest(
        type_id,
        handover_ids=[handover_id],
        details=details if type_id == "beschwerde" else {},
    )
    with vault.session() as session:
        letter = build_letter(session, request, today=date(2026, 3, 3))
    printed = _pdf_text(render_pdf(letter))
    # the receipt lists the printed description; a complaint names only the kinds of papers
    assert ("Girokonto" in printed) == (type_id == "eingangsbestaetigung")
    assert "Personalausweis" in printed
    assert "Flurkopierer" not in printed and "ohne zu fragen" not in printed
    assert "geschwärzt" not in printed


# ----------------------------------------------------------- import and export
def test_export_and_import_keep_both_texts(vault: Vault, tmp_path: Path) -> None:
    _diary_with_remark(vault)
    document = json.loads(json.dumps(interchange.export_document(vault)))
    assert document["version"] == 2
    (exported,) = document["handovers"]
    assert [(d["description"], d["remark"]) for d in exported["documents"]] == [
        ("Girokonto", "Zahlungen geschwärzt"),
        ("", STORY),
    ]
    folder = tmp_path / "ziel"
    target, _code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    with target:
        interchange.import_document(target, document)
        (handover,) = HandoverService(target).handovers()
        assert [(d.description, d.remark) for d in handover.documents] == [
            ("Girokonto", "Zahlungen geschwärzt"),
            ("", STORY),
        ]
        again = interchange.import_document(target, document)
        assert again.handovers == 0 and again.skipped == 2
        assert [c.name for c in verify(target) if not c.ok] == []


def test_an_import_file_of_version_1_puts_its_descriptions_into_the_remark(vault: Vault) -> None:
    """Before the split, ``description`` held the user's own remarks too; nothing of a
    version 1 file may be printed unasked."""
    old = {
        "format": "amtstagebuch-export",
        "version": 1,
        "handovers": [
            {
                "when": WHEN.isoformat(),
                "method": "post",
                "documents": [
                    {"type": "personalausweis", "description": STORY},
                    {"type": "kontoauszuege", "description": ""},
                ],
            }
        ],
    }
    interchange.import_document(vault, old)
    (handover,) = HandoverService(vault).handovers()
    assert [(d.description, d.remark) for d in handover.documents] == [("", STORY), ("", "")]
    # the same in version 2 keeps the description where it is
    new = json.loads(json.dumps(old))
    new["version"] = 2
    new["handovers"][0]["method"] = "fax"
    new["handovers"][0]["documents"][0].update(description="Personalausweis", remark="privat")
    interchange.import_document(vault, new)
    latest = HandoverService(vault).handovers()[0]
    assert latest.method == "fax"
    assert (latest.documents[0].description, latest.documents[0].remark) == (
        "Personalausweis",
        "privat",
    )


def test_an_import_with_a_bad_remark_names_the_field(vault: Vault) -> None:
    from app.errors import ImportRefused

    bad = {
        "format": "amtstagebuch-export",
        "version": 2,
        "handovers": [
            {
                "when": WHEN.isoformat(),
                "method": "post",
                "documents": [{"type": "personalausweis", "remark": 5}],
            }
        ],
    }
    with pytest.raises(ImportRefused) as caught:
        interchange.import_document(vault, bad)
    assert "handovers[0].documents[0]" in caught.value.message
    assert "„remark“" in caught.value.message


# ------------------------------------------------------------------ Warnsignale
def test_the_red_flag_check_reads_the_private_remark(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    uid = entry_service.add_contact(ContactData(when=WHEN, channel="termin", notes="Termin."))
    handover_service.add_handover(
        HandoverData(
            when=WHEN,
            method="persoenlich",
            contact_uid=uid,
            documents=[
                DocumentData(
                    "personalausweis",
                    original=True,
                    remark="Der Sachbearbeiter hat meinen Ausweis am Flurkopierer kopiert.",
                )
            ],
        )
    )
    found = FindingsService(vault).of_entry(uid)
    assert "ausweiskopie" in {f.rule_id for f in found}


def test_downgrade_joins_the_texts_and_upgrading_again_verifies(vault: Vault) -> None:
    """Migration 0002 back and forth: no text lost, the history stays checkable."""
    _diary_with_remark(vault)
    _alembic(vault, "0001")
    with vault.session() as session:
        joined = [
            str(r[0])
            for r in session.execute(
                text("SELECT description FROM handover_document ORDER BY position")
            )
        ]
    assert joined == ["Girokonto – Zahlungen geschwärzt", STORY]
    with vault.engine.begin() as connection:
        schema.upgrade(connection)
    (handover,) = HandoverService(vault).handovers()
    assert [(d.description, d.remark) for d in handover.documents] == [
        ("", "Girokonto – Zahlungen geschwärzt"),
        ("", STORY),
    ]
    assert [a for _, a, _, _ in EntriesService(vault).history("handover", handover.uid)] == [
        "angelegt", "umgestellt", "umgestellt",
    ]  # fmt: skip
    assert [c.name for c in verify(vault) if not c.ok] == []
