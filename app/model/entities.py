"""Tables of the diary. Names follow the user's world (ARCHITECTURE.md, "Data model").

Times of events are kept as ISO 8601 text with the offset the user lived them in
(``when``) plus a UTC sort key (``when_utc``), so an appointment at 09:30 stays
09:30 and lists still sort correctly across daylight-saving changes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

FINDING_STATUSES = ("offen", "verworfen", "erledigt")
LETTER_STATUSES = ("entwurf", "versendet", "beantwortet", "ueberfaellig")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, bytes: LargeBinary}


class Profile(Base):
    """The person who keeps the diary (one row)."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    street: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(Text, default="")
    customer_number: Mapped[str] = mapped_column(Text, default="")
    bg_number: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Jobcenter(Base):
    """The user's Jobcenter; its kind decides the supervisory authority."""

    __tablename__ = "jobcenter"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    street: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(8), default="ge")
    district: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Contact(Base):
    """A diary entry: one contact with the Jobcenter."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    when: Mapped[str] = mapped_column(String(40))
    when_utc: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[str] = mapped_column(String(16))
    counterpart: Mapped[str] = mapped_column(Text, default="")
    companion: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    # Answers of the guided memory record, read by the red-flag engine.
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    handovers: Mapped[list[Handover]] = relationship(back_populates="contact")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )


class Handover(Base):
    """Documents handed to the Jobcenter at one time and in one way."""

    __tablename__ = "handover"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    when: Mapped[str] = mapped_column(String(40))
    when_utc: Mapped[datetime] = mapped_column(index=True)
    method: Mapped[str] = mapped_column(String(16))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    contact: Mapped[Contact | None] = relationship(back_populates="handovers")
    documents: Mapped[list[HandoverDocument]] = relationship(
        back_populates="handover",
        cascade="all, delete-orphan",
        order_by="HandoverDocument.position",
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="handover", cascade="all, delete-orphan"
    )


class HandoverDocument(Base):
    """One document of a handover; ``type`` is an id of the document catalogue.

    ``description`` is printed: letters (the Eingangsbestätigung) list it next to the
    type, so it holds only a neutral label ("Girokonto"). ``remark`` is the user's
    private note about the document ("kopiert, ohne zu fragen"); no letter prints it.
    """

    __tablename__ = "handover_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(
        ForeignKey("handover.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    type: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")  # printed in letters
    remark: Mapped[str] = mapped_column(Text, default="", server_default="")  # never printed
    period: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int | None]
    original: Mapped[bool] = mapped_column(default=False)
    copied_by_jobcenter: Mapped[bool] = mapped_column(default=False)
    scanned_by_jobcenter: Mapped[bool] = mapped_column(default=False)
    consent_asked: Mapped[bool | None]
    receipt: Mapped[bool] = mapped_column(default=False)
    original_returned: Mapped[bool | None]
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    handover: Mapped[Handover] = relationship(back_populates="documents")


class Letter(Base):
    """A rights letter; its PDF is kept as an encrypted attachment."""

    __tablename__ = "letter"
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    letter_date: Mapped[date | None]
    recipient: Mapped[dict[str, Any]] = mapped_column(default=dict)
    subject: Mapped[str] = mapped_column(Text, default="")
    delivery: Mapped[str] = mapped_column(String(32), default="")
    sent_on: Mapped[date | None]
    due_on: Mapped[date | None]
    answered_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default="entwurf")
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="letter", cascade="all, delete-orphan"
    )


class Attachment(Base):
    """An encrypted file; the key lives only here, so deleting the row destroys it."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[str] = mapped_column(String(32), unique=True)
    key: Mapped[bytes]
    original_name: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    handover_id: Mapped[int | None] = mapped_column(
        ForeignKey("handover.id", ondelete="CASCADE"), index=True
    )
    letter_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), index=True
    )

    contact: Mapped[Contact | None] = relationship(back_populates="attachments")
    handover: Mapped[Handover | None] = relationship(back_populates="attachments")
    letter: Mapped[Letter | None] = relationship(back_populates="attachments")


class Finding(Base):
    """A red flag raised on an entry, with the evidence that triggered it."""

    __tablename__ = "finding"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(64), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    handover_id: Mapped[int | None] = mapped_column(
        ForeignKey("handover.id", ondelete="CASCADE"), index=True
    )
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="offen")
    dismiss_reason: Mapped[str] = mapped_column(Text, default="")
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]


class Deadline(Base):
    """A date that matters: computed (letter answer, objection) or entered by hand."""

    __tablename__ = "deadline"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    due_on: Mapped[date]
    title: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    manual: Mapped[bool] = mapped_column(default=False)
    done: Mapped[bool] = mapped_column(default=False)
    letter_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )


class Revision(Base):
    """One state of an entry. Revisions form one SHA-256 hash chain per vault."""

    __tablename__ = "revision"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_uid: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int]
    action: Mapped[str] = mapped_column(String(16))  # angelegt, geaendert, geloescht
    at: Mapped[datetime]
    content: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_revision_entity", "entity", "entity_uid", "seq", unique=True),)


class Setting(Base):
    """Small key/value facts stored inside the encrypted image."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
