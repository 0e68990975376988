"""The diary's entries (contacts): write, edit, delete and undo, read, search.

An entry saved from the form carries the handover made with it
(:meth:`EntriesService.save_entry`); each save checks the entry for Warnsignale
in the same unit of work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue import type_ids
from app.model import Attachment, Contact, Handover, Revision
from app.records import ContactData, HandoverData, as_dict
from app.services.diary import (
    CONTACT_COLUMNS,
    VaultService,
    apply_contact,
    apply_handover,
    canonical,
    current_file,
    find_contact,
    fts_query,
    insert_contact,
    insert_handover,
    record_revision,
    sync_findings,
    utc_now,
)
from app.services.entry_records import contact_record, handover_record
from app.services.findings import restore_decisions, saved_decisions


@dataclass
class DeletedContact:
    """What :meth:`EntriesService.undo_delete` needs to bring an entry back."""

    record: ContactData
    attachments: list[dict[str, Any]] = field(default_factory=list)
    handover_uids: list[str] = field(default_factory=list)
    # the entry's Warnsignale with what the user decided about them
    findings: list[dict[str, Any]] = field(default_factory=list)


def _link(session: Session, handover: Handover, contact: Contact | None) -> None:
    """Tie a handover to an entry (or untie it); its history records the change."""
    handover.contact = contact
    session.flush()
    record_revision(
        session, "handover", handover.uid, "geaendert", as_dict(handover_record(handover))
    )


class EntriesService(VaultService):
    """What the window and the command line do with the diary's entries."""

    def add_contact(self, data: ContactData) -> str:
        with self.vault.transaction() as session:
            row = insert_contact(session, data)
            sync_findings(session, row)
            return row.uid

    def update_contact(self, uid: str, data: ContactData) -> None:
        """Store an edit as a new revision; an unchanged entry adds nothing."""
        data = data.validated()
        with self.vault.transaction() as session:
            row = find_contact(session, uid)
            before = canonical(as_dict(contact_record(row)))
            apply_contact(row, data)
            after = as_dict(contact_record(row))
            if canonical(after) != before:
                row.updated_at = utc_now()
                record_revision(session, "contact", uid, "geaendert", after)
            sync_findings(session, row)

    def delete_contact(self, uid: str) -> DeletedContact:
        """Delete an entry; its history keeps a tombstone.

        The attachments' keys leave the database at once, so the saved vault can no
        longer read them; their files stay until the vault is closed, so that
        :meth:`undo_delete` can bring everything back within the session.
        """
        with self.vault.transaction() as session:
            row = find_contact(session, uid)
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
                _link(session, handover, None)
            record_revision(session, "contact", uid, "geloescht", {"uid": uid})
            session.delete(row)
        self.vault.remove_on_close((a["file_id"], a["key"]) for a in deleted.attachments)
        return deleted

    def undo_delete(self, deleted: DeletedContact) -> str:
        """Bring a deleted entry back with its attachments, handover links and Warnsignale."""
        with self.vault.transaction() as session:
            row = insert_contact(session, deleted.record, action="wiederhergestellt")
            for values in deleted.attachments:
                row.attachments.append(Attachment(**current_file(self.vault, values)))
            for handover_uid in deleted.handover_uids:
                handover = session.scalars(
                    select(Handover).where(Handover.uid == handover_uid)
                ).first()
                if handover is not None and handover.contact is None:
                    _link(session, handover, row)
            restore_decisions(session, row, deleted.findings)
        self.vault.keep_files(a["file_id"] for a in deleted.attachments)
        return row.uid

    def get_contact(self, uid: str) -> ContactData:
        with self.vault.session() as session:
            return contact_record(find_contact(session, uid))

    def contacts(self, *, newest_first: bool = True, limit: int | None = None) -> list[ContactData]:
        """The entries as records; read as plain columns (ORM objects made the whole
        list of 10,000 entries cost 0.4 s instead of 0.15 s, on every Tagebuch refresh)."""
        with self.vault.session() as session:
            order = Contact.when_utc.desc() if newest_first else Contact.when_utc.asc()
            query = select(*CONTACT_COLUMNS).order_by(order, Contact.id.desc())
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

    def handover_of(self, contact_uid: str) -> HandoverData | None:
        """The handover written down with this entry (the memory record's form)."""
        with self.vault.session() as session:
            contact = find_contact(session, contact_uid)
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
                row = find_contact(session, uid)
                before = canonical(as_dict(contact_record(row)))
                apply_contact(row, contact)
                after = as_dict(contact_record(row))
                if canonical(after) != before:
                    row.updated_at = utc_now()
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
                    apply_handover(session, linked, handover)
                    session.flush()
                    new = as_dict(handover_record(linked))
                    if canonical(new) != old:
                        linked.updated_at = utc_now()
                        record_revision(session, "handover", linked.uid, "geaendert", new)
            elif linked is not None:
                record_revision(session, "handover", linked.uid, "geloescht", {"uid": linked.uid})
                self.vault.remove_on_close((a.file_id, a.key) for a in linked.attachments)
                session.delete(linked)
            # every save of the form checks the entry again, even an unchanged one:
            # the rules may have changed since it was last checked
            sync_findings(session, row)
            return row.uid

    def history(self, entity: str, uid: str) -> list[tuple[int, str, datetime, dict[str, Any]]]:
        """(seq, action, time, content) of every revision of one entry, oldest first."""
        with self.vault.session() as session:
            rows = session.scalars(
                select(Revision)
                .where(Revision.entity == entity, Revision.entity_uid == uid)
                .order_by(Revision.seq)
            )
            return [(r.seq, r.action, r.at, json.loads(r.content)) for r in rows]
