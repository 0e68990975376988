"""Diary rows as plain records: the one conversion from the stored entities.

Both the diary service and the Warnsignale build on it, and it builds on
neither, so the two services import each other's pieces one way only.
"""

from __future__ import annotations

from datetime import datetime

from app.model import Contact, Handover, HandoverDocument
from app.records import ContactData, DocumentData, HandoverData


def contact_record(row: Contact) -> ContactData:
    return ContactData(
        when=datetime.fromisoformat(row.when),
        channel=row.channel,
        counterpart=row.counterpart,
        companion=row.companion,
        location=row.location,
        notes=row.notes,
        outcome=row.outcome,
        follow_up=row.follow_up,
        details=dict(row.details),
        extra=dict(row.extra),
        uid=row.uid,
    )


def document_record(row: HandoverDocument) -> DocumentData:
    return DocumentData(
        type=row.type,
        original=row.original,
        copied_by_jobcenter=row.copied_by_jobcenter,
        scanned_by_jobcenter=row.scanned_by_jobcenter,
        consent_asked=row.consent_asked,
        receipt=row.receipt,
        original_returned=row.original_returned,
        description=row.description,
        remark=row.remark,
        period=row.period,
        pages=row.pages,
        extra=dict(row.extra),
    )


def handover_record(row: Handover) -> HandoverData:
    return HandoverData(
        when=datetime.fromisoformat(row.when),
        method=row.method,
        documents=[document_record(d) for d in row.documents],
        contact_uid=row.contact.uid if row.contact is not None else None,
        notes=row.notes,
        extra=dict(row.extra),
        uid=row.uid,
    )
