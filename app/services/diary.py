"""The diary service: contacts, handovers, profile, Jobcenter and attachments.

Every change of an entry appends a revision to one SHA-256 hash chain, so the
history cannot be rewritten unnoticed (``app.services.verify`` checks it). The
service owns the transactions: each public method is one unit of work that ends
with the vault saving itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.atomic import atomic_stream
from app.catalogue import type_ids
from app.errors import InputRefused
from app.model import (
    Attachment,
    Contact,
    Handover,
    HandoverDocument,
    Jobcenter,
    Letter,
    Profile,
    Revision,
)
from app.records import (
    ContactData,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
    as_dict,
    clean_text,
    to_utc_naive,
)
from app.services.entry_records import contact_record, handover_record
from app.services.findings import restore_decisions, saved_decisions, sync_contact
from app.services.revision_format import stamped
from app.vault import attachments
from app.vault.vault import Vault

GENESIS = "0" * 64


@dataclass
class DocumentSummary:
    """Which of my documents does the Jobcenter have, since when, with a receipt?"""

    type: str
    first: datetime
    last: datetime
    times: int
    receipts: int
    copied_or_scanned: int
    originals_not_returned: int


@dataclass
class DeletedContact:
    """What :meth:`DiaryService.undo_delete` needs to bring an entry back."""

    record: ContactData
    attachments: list[dict[str, Any]] = field(default_factory=list)
    handover_uids: list[str] = field(default_factory=list)
    # the entry's Warnsignale with what the user decided about them
    findings: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment as a list shows it; ``added`` is in UTC."""

    id: int
    name: str
    media_type: str
    size: int
    added: datetime


@dataclass(frozen=True)
class DeletedAttachment:
    """What :meth:`DiaryService.undo_delete_attachment` needs to bring a file back."""

    values: dict[str, Any]
    contact_uid: str | None = None
    handover_uid: str | None = None
    letter_id: int | None = None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(
    prev_hash: str, entity: str, uid: str, seq: int, action: str, at: datetime, content: str
) -> str:
    material = "\n".join([prev_hash, entity, uid, str(seq), action, at.isoformat(), content])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


# ------------------------------------------------------------ revisions
def _last_hash(session: Session) -> str:
    cached = session.info.get("last_hash")
    if isinstance(cached, str):
        return cached
    last = session.scalars(select(Revision.hash).order_by(Revision.id.desc()).limit(1)).first()
    return last or GENESIS


def record_revision(
    session: Session, entity: str, uid: str, action: str, content: dict[str, Any]
) -> Revision:
    seq = (
        session.scalar(
            select(func.max(Revision.seq)).where(
                Revision.entity == entity, Revision.entity_uid == uid
            )
        )
        or 0
    ) + 1
    at = _now()
    body = canonical(stamped(content))
    prev = _last_hash(session)
    revision = Revision(
        entity=entity,
        entity_uid=uid,
        seq=seq,
        action=action,
        at=at,
        content=body,
        prev_hash=prev,
        hash=chain_hash(prev, entity, uid, seq, action, at, body),
    )
    session.add(revision)
    session.flush()
    session.info["last_hash"] = revision.hash
    return revision


# The columns of an entry read for lists, without loading whole rows.
_CONTACT_COLUMNS = (
    Contact.when,
    Contact.channel,
    Contact.counterpart,
    Contact.companion,
    Contact.location,
    Contact.notes,
    Contact.outcome,
    Contact.follow_up,
    Contact.details,
    Contact.extra,
    Contact.uid,
)


def _apply_contact(row: Contact, data: ContactData) -> None:
    row.when = data.when.isoformat()
    row.when_utc = to_utc_naive(data.when)
    row.channel = data.channel
    row.counterpart = data.counterpart
    row.companion = data.companion
    row.location = data.location
    row.notes = data.notes
    row.outcome = data.outcome
    row.follow_up = data.follow_up
    row.details = dict(data.details)
    row.extra = dict(data.extra)


def _apply_handover(session: Session, row: Handover, data: HandoverData) -> None:
    row.when = data.when.isoformat()
    row.when_utc = to_utc_naive(data.when)
    row.method = data.method
    row.notes = data.notes
    row.extra = dict(data.extra)
    row.contact = None
    if data.contact_uid:
        contact = session.scalars(select(Contact).where(Contact.uid == data.contact_uid)).first()
        if contact is None:
            raise InputRefused("Der Kontakt, zu dem die Übergabe gehören soll, existiert nicht.")
        row.contact = contact
    row.documents.clear()
    for position, doc in enumerate(data.documents):
        row.documents.append(
            HandoverDocument(
                position=position,
                type=doc.type,
                original=doc.original,
                copied_by_jobcenter=doc.copied_by_jobcenter,
                scanned_by_jobcenter=doc.scanned_by_jobcenter,
                consent_asked=doc.consent_asked,
                receipt=doc.receipt,
                original_returned=doc.original_returned,
                description=doc.description,
                remark=doc.remark,
                period=doc.period,
                pages=doc.pages,
                extra=dict(doc.extra),
            )
        )


# --------------------------------------------- unit-of-work level helpers
def insert_contact(session: Session, data: ContactData, *, action: str = "angelegt") -> Contact:
    data = data.validated()
    now = _now()
    row = Contact(uid=data.uid or uuid.uuid4().hex, created_at=now, updated_at=now)
    _apply_contact(row, data)
    session.add(row)
    session.flush()
    record_revision(session, "contact", row.uid, action, as_dict(contact_record(row)))
    return row


def insert_handover(session: Session, data: HandoverData) -> Handover:
    data = data.validated(type_ids())
    now = _now()
    row = Handover(uid=data.uid or uuid.uuid4().hex, created_at=now, updated_at=now)
    session.add(row)
    _apply_handover(session, row, data)
    session.flush()
    record_revision(session, "handover", row.uid, "angelegt", as_dict(handover_record(row)))
    return row


def _put_single(
    session: Session,
    model: type[Profile] | type[Jobcenter],
    entity: str,
    data: ProfileData | JobcenterData,
) -> None:
    """Store the one profile or Jobcenter row; an unchanged record adds no revision."""
    values = as_dict(data.validated())
    row = session.get(model, 1)
    if row is None:
        row = model(id=1)
        session.add(row)
    elif all(getattr(row, key) == value for key, value in values.items()):
        return
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    record_revision(session, entity, "1", "geaendert", values)


def put_profile(session: Session, data: ProfileData) -> None:
    _put_single(session, Profile, "profile", data)


def put_jobcenter(session: Session, data: JobcenterData) -> None:
    _put_single(session, Jobcenter, "jobcenter", data)


def sync_findings(session: Session, contact: Contact | None) -> None:
    """Check an entry for Warnsignale in the same unit of work that saved it."""
    if contact is not None:
        sync_contact(session, contact)


R = TypeVar("R", ProfileData, JobcenterData)


def _read_single(
    session: Session, model: type[Profile] | type[Jobcenter], record: type[R]
) -> R | None:
    row = session.get(model, 1)
    if row is None:
        return None
    return record(**{f.name: getattr(row, f.name) for f in fields(record)})


class DiaryService:
    """What the window and the command line do with the diary."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # ------------------------------------------------------------- profile
    def profile(self) -> ProfileData | None:
        with self.vault.session() as session:
            return _read_single(session, Profile, ProfileData)

    def set_profile(self, data: ProfileData) -> None:
        with self.vault.transaction() as session:
            put_profile(session, data)

    def jobcenter(self) -> JobcenterData | None:
        with self.vault.session() as session:
            return _read_single(session, Jobcenter, JobcenterData)

    def set_jobcenter(self, data: JobcenterData) -> None:
        with self.vault.transaction() as session:
            put_jobcenter(session, data)

    # ------------------------------------------------------------- contacts
    def add_contact(self, data: ContactData) -> str:
        with self.vault.transaction() as session:
            row = insert_contact(session, data)
            sync_findings(session, row)
            return row.uid

    def update_contact(self, uid: str, data: ContactData) -> None:
        """Store an edit as a new revision; an unchanged entry adds nothing."""
        data = data.validated()
        with self.vault.transaction() as session:
            row = self._contact(session, uid)
            before = canonical(as_dict(contact_record(row)))
            _apply_contact(row, data)
            after = as_dict(contact_record(row))
            if canonical(after) != before:
                row.updated_at = _now()
                record_revision(session, "contact", uid, "geaendert", after)
            sync_findings(session, row)

    def delete_contact(self, uid: str) -> DeletedContact:
        """Delete an entry; its history keeps a tombstone.

        The attachments' keys leave the database at once, so the saved vault can no
        longer read them; their files stay until the vault is closed, so that
        :meth:`undo_delete` can bring everything back within the session.
        """

        with self.vault.transaction() as session:
            row = self._contact(session, uid)
            deleted = DeletedContact(
                record=contact_record(row),
                attachments=[
                    {
                        "file_id": a.file_id,
                        "key": a.key,
                        "original_name": a.original_name,
                        "media_type": a.media_type,
                        "size": a.size,
                        "sha256": a.sha256,
                        "created_at": a.created_at,
                    }
                    for a in row.attachments
                ],
                handover_uids=[h.uid for h in row.handovers],
                findings=saved_decisions(session, row.id),
            )
            for handover in list(row.handovers):
                # The handover stays; its link goes, and its history says so.
                handover.contact = None
                session.flush()
                record_revision(
                    session,
                    "handover",
                    handover.uid,
                    "geaendert",
                    as_dict(handover_record(handover)),
                )
            record_revision(session, "contact", uid, "geloescht", {"uid": uid})
            session.delete(row)
        self.vault.remove_on_close((a["file_id"], a["key"]) for a in deleted.attachments)
        return deleted

    def undo_delete(self, deleted: DeletedContact) -> str:
        """Bring a deleted entry back with its attachments, handover links and Warnsignale."""

        with self.vault.transaction() as session:
            row = insert_contact(session, deleted.record, action="wiederhergestellt")
            for values in deleted.attachments:
                row.attachments.append(Attachment(**self._current_file(values)))
            for handover_uid in deleted.handover_uids:
                handover = session.scalars(
                    select(Handover).where(Handover.uid == handover_uid)
                ).first()
                if handover is not None and handover.contact is None:
                    handover.contact = row
                    session.flush()
                    record_revision(
                        session,
                        "handover",
                        handover.uid,
                        "geaendert",
                        as_dict(handover_record(handover)),
                    )
            restore_decisions(session, row, deleted.findings)
        self.vault.keep_files(a["file_id"] for a in deleted.attachments)
        return row.uid

    def _current_file(self, values: dict[str, Any]) -> dict[str, Any]:
        """Attachment values with the file's id and key as they are now (a passphrase
        change since the deletion re-encrypted the file under a new id and key)."""
        file_id, key = self.vault.resolve_file(values["file_id"], values["key"])
        return {**values, "file_id": file_id, "key": key}

    def get_contact(self, uid: str) -> ContactData:
        with self.vault.session() as session:
            return contact_record(self._contact(session, uid))

    def contacts(self, *, newest_first: bool = True, limit: int | None = None) -> list[ContactData]:
        """The entries as records; read as plain columns (ORM objects made the whole
        list of 10,000 entries cost 0.4 s instead of 0.15 s, on every Tagebuch refresh)."""
        with self.vault.session() as session:
            order = Contact.when_utc.desc() if newest_first else Contact.when_utc.asc()
            query = select(*_CONTACT_COLUMNS).order_by(order, Contact.id.desc())
            if limit is not None:
                query = query.limit(limit)
            rows = session.execute(query).all()
        return [
            ContactData(
                when=datetime.fromisoformat(when),
                channel=channel,
                counterpart=counterpart,
                companion=companion,
                location=location,
                notes=notes,
                outcome=outcome,
                follow_up=follow_up,
                details=dict(details),
                extra=dict(extra),
                uid=uid,
            )
            for (
                when,
                channel,
                counterpart,
                companion,
                location,
                notes,
                outcome,
                follow_up,
                details,
                extra,
                uid,
            ) in rows
        ]

    def upcoming_appointments(
        self, now: datetime | None = None, *, limit: int = 5
    ) -> list[tuple[datetime, ContactData]]:
        """Next appointments noted in memory records (``details.next_appointment``), soonest first."""
        moment = now or datetime.now().astimezone()
        noted = func.json_extract(Contact.details, "$.next_appointment")
        found: list[tuple[datetime, int]] = []
        with self.vault.session() as session:
            # only the one field of the entries that have it: building every record of
            # a 10,000-entry diary took a third of a second per overview refresh
            for contact_id, raw in session.execute(
                select(Contact.id, noted).where(noted.is_not(None))
            ):
                if not isinstance(raw, str) or not raw:
                    continue
                try:
                    when = datetime.fromisoformat(raw)
                except ValueError:
                    continue  # an imported odd value is shown nowhere rather than breaking the view
                if when.tzinfo is None:
                    when = when.astimezone()
                if when >= moment:
                    found.append((when, contact_id))
            found.sort(key=lambda pair: (pair[0], pair[1]))
            return [
                (when, contact_record(session.get_one(Contact, contact_id)))
                for when, contact_id in found[:limit]
            ]

    def count_contacts(self) -> int:
        with self.vault.session() as session:
            return int(session.scalar(select(func.count(Contact.id))) or 0)

    def search(self, words: str, *, limit: int = 1000) -> list[str]:
        """Full-text search over the notes; returns contact uids, latest written first.

        Ordering by rowid lets FTS5 stop after ``limit`` hits; ranking every hit with
        bm25 cost 15x more on 10,000 entries (see the vault benchmark).
        """
        query = fts_query(words)
        if not query:
            return []
        with self.vault.session() as session:
            # straight through the DB-API cursor: a one-letter search in a big diary
            # returns thousands of uids, and row objects would cost half the keystroke
            cursor = session.connection().connection.cursor()
            try:
                cursor.execute(
                    "SELECT c.uid FROM contact_fts f JOIN contact c ON c.id = f.rowid "
                    "WHERE contact_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
                    (query, limit),
                )
                return [str(r[0]) for r in cursor.fetchall()]
            finally:
                cursor.close()

    @staticmethod
    def _contact(session: Session, uid: str) -> Contact:
        row = session.scalars(select(Contact).where(Contact.uid == uid)).first()
        if row is None:
            raise InputRefused("Dieser Eintrag existiert nicht (mehr).")
        return row

    # ------------------------------------------------------------ handovers
    def add_handover(self, data: HandoverData) -> str:
        with self.vault.transaction() as session:
            row = insert_handover(session, data)
            sync_findings(session, row.contact)
            return row.uid

    def handover_of(self, contact_uid: str) -> HandoverData | None:
        """The handover written down with this entry (the memory record's form)."""
        with self.vault.session() as session:
            contact = self._contact(session, contact_uid)
            query = select(Handover).where(Handover.contact_id == contact.id).order_by(Handover.id)
            row = session.scalars(query).first()
            return None if row is None else handover_record(row)

    def save_entry(
        self, uid: str | None, contact: ContactData, handover: HandoverData | None
    ) -> str:
        """Store an entry and the handover made with it in one unit of work.

        ``handover`` ``None`` (or without documents) removes a handover that was
        linked to the entry before. Returns the entry's uid.
        """
        contact = contact.validated()
        known = type_ids()
        if handover is not None and handover.documents:
            handover = handover.validated(known)
        else:
            handover = None
        with self.vault.transaction() as session:
            if uid is None:
                row = insert_contact(session, contact)
            else:
                row = self._contact(session, uid)
                before = canonical(as_dict(contact_record(row)))
                _apply_contact(row, contact)
                after = as_dict(contact_record(row))
                if canonical(after) != before:
                    row.updated_at = _now()
                    record_revision(session, "contact", row.uid, "geaendert", after)
            session.flush()
            linked = session.scalars(
                select(Handover).where(Handover.contact_id == row.id).order_by(Handover.id)
            ).first()
            if handover is not None:
                handover.contact_uid = row.uid
                if linked is None:
                    insert_handover(session, handover)
                else:
                    old = canonical(as_dict(handover_record(linked)))
                    _apply_handover(session, linked, handover)
                    session.flush()
                    new = as_dict(handover_record(linked))
                    if canonical(new) != old:
                        linked.updated_at = _now()
                        record_revision(session, "handover", linked.uid, "geaendert", new)
            elif linked is not None:
                record_revision(session, "handover", linked.uid, "geloescht", {"uid": linked.uid})
                self.vault.remove_on_close((a.file_id, a.key) for a in linked.attachments)
                session.delete(linked)
            # every save of the form checks the entry again, even an unchanged one:
            # the rules may have changed since it was last checked
            sync_findings(session, row)
            return row.uid

    def update_handover(self, uid: str, data: HandoverData) -> None:
        data = data.validated(type_ids())
        with self.vault.transaction() as session:
            row = self._handover(session, uid)
            before = canonical(as_dict(handover_record(row)))
            _apply_handover(session, row, data)
            session.flush()
            after = as_dict(handover_record(row))
            if canonical(after) != before:
                row.updated_at = _now()
                record_revision(session, "handover", uid, "geaendert", after)
            # the handover may have moved from one entry to another: check both
            before_uid = json.loads(before).get("contact_uid")
            sync_findings(session, row.contact)
            if before_uid and (row.contact is None or row.contact.uid != before_uid):
                sync_findings(
                    session,
                    session.scalars(select(Contact).where(Contact.uid == before_uid)).first(),
                )

    def delete_handover(self, uid: str) -> None:
        with self.vault.transaction() as session:
            row = self._handover(session, uid)
            files = [(a.file_id, a.key) for a in row.attachments]
            contact = row.contact
            record_revision(session, "handover", uid, "geloescht", {"uid": uid})
            session.delete(row)
            session.flush()
            sync_findings(session, contact)
        # released when the diary closes, once no kept generation refers to them
        self.vault.remove_on_close(files)

    def handovers(self) -> list[HandoverData]:
        """Every handover with its documents, newest first.

        Read as plain columns in two queries: ORM objects for 2,000 handovers and
        their documents cost 0.35 s, and the Unterlagen view reloads after each save.
        """
        with self.vault.session() as session:
            rows = session.execute(
                select(
                    Handover.id,
                    Handover.uid,
                    Handover.when,
                    Handover.method,
                    Handover.notes,
                    Handover.extra,
                    Contact.uid,
                )
                .outerjoin(Contact, Handover.contact_id == Contact.id)
                .order_by(Handover.when_utc.desc(), Handover.id.desc())
            ).all()
            documents: dict[int, list[DocumentData]] = {}
            for doc in session.execute(
                select(
                    HandoverDocument.handover_id,
                    HandoverDocument.type,
                    HandoverDocument.original,
                    HandoverDocument.copied_by_jobcenter,
                    HandoverDocument.scanned_by_jobcenter,
                    HandoverDocument.consent_asked,
                    HandoverDocument.receipt,
                    HandoverDocument.original_returned,
                    HandoverDocument.description,
                    HandoverDocument.period,
                    HandoverDocument.pages,
                    HandoverDocument.extra,
                    HandoverDocument.remark,
                ).order_by(HandoverDocument.handover_id, HandoverDocument.position)
            ):
                documents.setdefault(doc[0], []).append(
                    DocumentData(
                        type=doc[1],
                        original=doc[2],
                        copied_by_jobcenter=doc[3],
                        scanned_by_jobcenter=doc[4],
                        consent_asked=doc[5],
                        receipt=doc[6],
                        original_returned=doc[7],
                        description=doc[8],
                        period=doc[9],
                        pages=doc[10],
                        extra=dict(doc[11]),
                        remark=doc[12],
                    )
                )
        return [
            HandoverData(
                when=datetime.fromisoformat(when),
                method=method,
                documents=documents.get(handover_id, []),
                contact_uid=contact_uid,
                notes=notes,
                extra=dict(extra),
                uid=uid,
            )
            for handover_id, uid, when, method, notes, extra, contact_uid in rows
        ]

    def document_summary(self) -> list[DocumentSummary]:
        """One line per document type ever handed over, most recent first."""
        summary: dict[str, DocumentSummary] = {}
        with self.vault.session() as session:
            # columns only, oldest first: whole handover records cost 0.2 s with 2,000
            rows = session.execute(
                select(
                    HandoverDocument.type,
                    Handover.when,
                    HandoverDocument.receipt,
                    HandoverDocument.copied_by_jobcenter,
                    HandoverDocument.scanned_by_jobcenter,
                    HandoverDocument.original,
                    HandoverDocument.original_returned,
                )
                .join(Handover, HandoverDocument.handover_id == Handover.id)
                .order_by(Handover.when_utc, Handover.id, HandoverDocument.position)
            ).all()
        for doc_type, raw_when, receipt, copied, scanned, original, returned in rows:
            when = datetime.fromisoformat(raw_when)
            line = summary.get(doc_type)
            if line is None:
                line = summary[doc_type] = DocumentSummary(doc_type, when, when, 0, 0, 0, 0)
            line.last = when
            line.times += 1
            line.receipts += int(receipt)
            line.copied_or_scanned += int(copied or scanned)
            line.originals_not_returned += int(original and returned is False)
        return sorted(summary.values(), key=lambda line: line.last, reverse=True)

    @staticmethod
    def _handover(session: Session, uid: str) -> Handover:
        row = session.scalars(select(Handover).where(Handover.uid == uid)).first()
        if row is None:
            raise InputRefused("Diese Übergabe existiert nicht (mehr).")
        return row

    # ------------------------------------------------------------- history
    def history(self, entity: str, uid: str) -> list[tuple[int, str, datetime, dict[str, Any]]]:
        """(seq, action, time, content) of every revision of one entry, oldest first."""
        with self.vault.session() as session:
            rows = session.scalars(
                select(Revision)
                .where(Revision.entity == entity, Revision.entity_uid == uid)
                .order_by(Revision.seq)
            )
            return [(r.seq, r.action, r.at, json.loads(r.content)) for r in rows]

    # ---------------------------------------------------------- attachments
    def add_attachment(
        self,
        source: BinaryIO,
        *,
        name: str,
        media_type: str = "application/octet-stream",
        contact_uid: str | None = None,
        handover_uid: str | None = None,
    ) -> int:
        """Encrypt and store a file, then commit the row that references it."""
        name = clean_text(name, "Dateiname", limit=500)
        stored = self.vault.store_attachment(source)
        try:
            with self.vault.transaction() as session:
                row = Attachment(
                    file_id=stored.file_id,
                    key=stored.key,
                    original_name=name,
                    media_type=media_type,
                    size=stored.size,
                    sha256=stored.sha256,
                    created_at=_now(),
                )
                if contact_uid:
                    row.contact = self._contact(session, contact_uid)
                if handover_uid:
                    row.handover = self._handover(session, handover_uid)
                session.add(row)
                session.flush()
                return row.id
        except BaseException:
            # The row was not committed: the file is an orphan and goes now.
            with self.vault.session() as check:
                if (
                    check.scalars(
                        select(Attachment).where(Attachment.file_id == stored.file_id)
                    ).first()
                    is None
                ):
                    attachments.remove(self.vault.attachments_dir, stored.file_id)
            raise

    # The kinds of file a person attaches: photos of receipts, scans, letters as PDF.
    ATTACHMENT_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".pdf"})
    # Old laptops decrypt and preview in memory; 50 MB holds any scan or photo.
    ATTACHMENT_LIMIT = 50 * 1024 * 1024
    _ATTACHMENT_KINDS = (
        "Angehängt werden können Fotos und Scans als JPEG oder PNG sowie PDF-Dateien."
    )

    @staticmethod
    def sniff_media_type(head: bytes) -> str | None:
        """The media type by the file's first bytes, not by its name; None if not ours."""
        if head.startswith(b"\xff\xd8\xff"):
            return "image/jpeg"
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return "image/png"
        if b"%PDF-" in head[:1024]:
            return "application/pdf"
        return None

    def add_attachment_file(self, path: Path, *, contact_uid: str) -> int:
        """Attach a JPEG, PNG or PDF from disk to an entry; refuse anything else."""
        name = path.name
        if path.suffix.lower() not in self.ATTACHMENT_SUFFIXES:
            raise InputRefused(f"„{name}“ kann nicht angehängt werden. {self._ATTACHMENT_KINDS}")
        if path.is_dir():
            raise InputRefused(f"„{name}“ ist ein Ordner. Bitte wählen Sie einzelne Dateien.")
        try:
            with path.open("rb") as source:
                size = os.fstat(source.fileno()).st_size
                if size == 0:
                    raise InputRefused(f"„{name}“ ist leer und wurde nicht angehängt.")
                if size > self.ATTACHMENT_LIMIT:
                    megabytes = -(-size // (1024 * 1024))
                    limit = self.ATTACHMENT_LIMIT // (1024 * 1024)
                    raise InputRefused(
                        f"„{name}“ ist mit {megabytes} MB zu groß; ein Anhang darf höchstens "
                        f"{limit} MB groß sein. Scannen oder fotografieren Sie mit geringerer "
                        "Auflösung, oder teilen Sie ein langes PDF in mehrere Dateien."
                    )
                media_type = self.sniff_media_type(source.read(1024))
                if media_type is None:
                    raise InputRefused(
                        f"„{name}“ ist kein Foto und keine PDF-Datei, auch wenn der Name so "
                        f"endet, und wurde nicht angehängt. {self._ATTACHMENT_KINDS}"
                    )
                source.seek(0)
                return self.add_attachment(
                    source, name=name, media_type=media_type, contact_uid=contact_uid
                )
        except OSError as exc:
            raise InputRefused(
                f"„{name}“ konnte nicht gelesen werden. Prüfen Sie, ob die Datei noch da ist "
                "und ob Sie sie öffnen dürfen."
            ) from exc

    def attachment_bytes(self, attachment_id: int) -> bytes:
        with self.vault.session() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise InputRefused("Dieser Anhang existiert nicht (mehr).")
            file_id, key = row.file_id, row.key
        return b"".join(self.vault.read_attachment(file_id, key))

    def attachments_of(self, contact_uid: str) -> Sequence[tuple[int, str, str, int]]:
        with self.vault.session() as session:
            row = self._contact(session, contact_uid)
            return [(a.id, a.original_name, a.media_type, a.size) for a in row.attachments]

    def attachment_list(self, contact_uid: str) -> list[AttachmentInfo]:
        """The attachments of an entry, in the order they were added."""
        with self.vault.session() as session:
            row = self._contact(session, contact_uid)
            return [
                AttachmentInfo(
                    id=a.id,
                    name=a.original_name,
                    media_type=a.media_type,
                    size=a.size,
                    added=a.created_at.replace(tzinfo=UTC),
                )
                for a in sorted(row.attachments, key=lambda a: (a.created_at, a.id))
            ]

    def export_attachment(self, attachment_id: int, target: Path) -> None:
        """Write the original bytes to a place the person chose (an explicit export).

        The file appears complete or not at all; a damaged attachment leaves nothing.
        """
        with self.vault.session() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise InputRefused("Dieser Anhang existiert nicht (mehr).")
            file_id, key, sha256, name = row.file_id, row.key, row.sha256, row.original_name
        with atomic_stream(target, "Die Datei") as out:
            digest = hashlib.sha256()
            for chunk in self.vault.read_attachment(file_id, key):
                digest.update(chunk)
                out.write(chunk)
            if digest.hexdigest() != sha256:
                raise attachments.AttachmentDamaged(name)

    def delete_attachment(self, attachment_id: int) -> DeletedAttachment:
        """Delete an attachment; :meth:`undo_delete_attachment` brings it back.

        The key leaves the database at once; the encrypted file stays until the
        vault is closed, as with a deleted entry.
        """
        with self.vault.transaction() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise InputRefused("Dieser Anhang existiert nicht (mehr).")
            deleted = DeletedAttachment(
                values={
                    "file_id": row.file_id,
                    "key": row.key,
                    "original_name": row.original_name,
                    "media_type": row.media_type,
                    "size": row.size,
                    "sha256": row.sha256,
                    "created_at": row.created_at,
                },
                contact_uid=row.contact.uid if row.contact is not None else None,
                handover_uid=row.handover.uid if row.handover is not None else None,
                letter_id=row.letter_id,
            )
            session.delete(row)
        self.vault.remove_on_close([(deleted.values["file_id"], deleted.values["key"])])
        return deleted

    def undo_delete_attachment(self, deleted: DeletedAttachment) -> int:
        """Bring a deleted attachment back to its entry; returns its new id."""
        with self.vault.transaction() as session:
            values = self._current_file(deleted.values)
            file_id = values["file_id"]
            if session.scalars(select(Attachment).where(Attachment.file_id == file_id)).first():
                raise InputRefused("Dieser Anhang ist schon wiederhergestellt.")
            row = Attachment(**values)
            if deleted.contact_uid:
                contact = session.scalars(
                    select(Contact).where(Contact.uid == deleted.contact_uid)
                ).first()
                if contact is None:
                    raise InputRefused(
                        "Der Eintrag, zu dem der Anhang gehörte, existiert nicht mehr. "
                        "Stellen Sie zuerst den Eintrag wieder her."
                    )
                row.contact = contact
            if deleted.handover_uid:
                row.handover = self._handover(session, deleted.handover_uid)
            if deleted.letter_id is not None:
                row.letter = session.get(Letter, deleted.letter_id)
            session.add(row)
            session.flush()
            attachment_id = row.id
        self.vault.keep_files([deleted.values["file_id"]])
        return attachment_id


def fts_query(words: str) -> str:
    """Turn what a person types into a safe FTS5 prefix query (every word must match)."""
    tokens = [t for t in "".join(ch if ch.isalnum() else " " for ch in words).split() if t]
    return " ".join(f'"{t}"*' for t in tokens[:20])
