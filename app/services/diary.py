"""What every diary service builds on: the revision chain, records and lookups.

Every change of an entry appends a revision to one SHA-256 hash chain, so the
history cannot be rewritten unnoticed (``app.services.verify`` checks it). The
use cases live next door, one service each: ``profile`` (the user and the
Jobcenter), ``entries`` (the diary's contacts), ``handovers`` (documents handed
over) and ``attachments`` (encrypted files). Each public method there is one
unit of work that ends with the vault saving itself; the helpers here work
inside such a unit of work and never commit.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue import type_ids
from app.errors import InputRefused
from app.i18n import _
from app.model import (
    Contact,
    Handover,
    HandoverDocument,
    Jobcenter,
    Profile,
    Revision,
)
from app.records import (
    ContactData,
    HandoverData,
    JobcenterData,
    ProfileData,
    as_dict,
    to_utc_naive,
)
from app.services.entry_records import contact_record, handover_record
from app.services.findings import sync_contact
from app.services.revision_format import stamped
from app.vault.vault import Vault

GENESIS = "0" * 64


def utc_now() -> datetime:
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
    at = utc_now()
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
CONTACT_COLUMNS = (
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


def apply_contact(row: Contact, data: ContactData) -> None:
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


def apply_handover(session: Session, row: Handover, data: HandoverData) -> None:
    row.when = data.when.isoformat()
    row.when_utc = to_utc_naive(data.when)
    row.method = data.method
    row.notes = data.notes
    row.extra = dict(data.extra)
    row.contact = None
    if data.contact_uid:
        contact = session.scalars(select(Contact).where(Contact.uid == data.contact_uid)).first()
        if contact is None:
            raise InputRefused(_("Der Kontakt, zu dem die Übergabe gehören soll, existiert nicht."))
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
    now = utc_now()
    row = Contact(uid=data.uid or uuid.uuid4().hex, created_at=now, updated_at=now)
    apply_contact(row, data)
    session.add(row)
    session.flush()
    record_revision(session, "contact", row.uid, action, as_dict(contact_record(row)))
    return row


def insert_handover(session: Session, data: HandoverData) -> Handover:
    data = data.validated(type_ids())
    now = utc_now()
    row = Handover(uid=data.uid or uuid.uuid4().hex, created_at=now, updated_at=now)
    session.add(row)
    apply_handover(session, row, data)
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


def read_single(
    session: Session, model: type[Profile] | type[Jobcenter], record: type[R]
) -> R | None:
    row = session.get(model, 1)
    if row is None:
        return None
    return record(**{f.name: getattr(row, f.name) for f in fields(record)})


class VaultService:
    """A service over one open vault; each public method is one unit of work."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault


def find_contact(session: Session, uid: str) -> Contact:
    row = session.scalars(select(Contact).where(Contact.uid == uid)).first()
    if row is None:
        raise InputRefused(_("Dieser Eintrag existiert nicht (mehr)."))
    return row


def find_handover(session: Session, uid: str) -> Handover:
    row = session.scalars(select(Handover).where(Handover.uid == uid)).first()
    if row is None:
        raise InputRefused(_("Diese Übergabe existiert nicht (mehr)."))
    return row


def current_file(vault: Vault, values: dict[str, Any]) -> dict[str, Any]:
    """Attachment values with the file's id and key as they are now (a passphrase
    change since the deletion re-encrypted the file under a new id and key)."""
    file_id, key = vault.resolve_file(values["file_id"], values["key"])
    return {**values, "file_id": file_id, "key": key}


def fts_query(words: str) -> str:
    """Turn what a person types into a safe FTS5 prefix query (every word must match)."""
    tokens = [t for t in "".join(ch if ch.isalnum() else " " for ch in words).split() if t]
    return " ".join(f'"{t}"*' for t in tokens[:20])
