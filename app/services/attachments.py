"""Encrypted files tied to an entry: attach (only JPEG, PNG, PDF), read, export, delete, undo."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select

from app.atomic import atomic_stream
from app.errors import InputRefused
from app.i18n import N_, _
from app.model import Attachment, Contact, Letter
from app.records import clean_text
from app.services.diary import VaultService, current_file, find_contact, find_handover, utc_now
from app.vault import attachments


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
    """What :meth:`AttachmentService.undo_delete_attachment` needs to bring a file back."""

    values: dict[str, Any]
    contact_uid: str | None = None
    handover_uid: str | None = None
    letter_id: int | None = None


class AttachmentService(VaultService):
    """The attachments of the diary's entries."""

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
                    created_at=utc_now(),
                )
                if contact_uid:
                    row.contact = find_contact(session, contact_uid)
                if handover_uid:
                    row.handover = find_handover(session, handover_uid)
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
    _ATTACHMENT_KINDS = N_(
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
            raise InputRefused(
                _("„{name}“ kann nicht angehängt werden. {kinds}").format(
                    name=name, kinds=_(self._ATTACHMENT_KINDS)
                )
            )
        if path.is_dir():
            raise InputRefused(
                _("„{name}“ ist ein Ordner. Bitte wählen Sie einzelne Dateien.").format(name=name)
            )
        try:
            with path.open("rb") as source:
                size = os.fstat(source.fileno()).st_size
                if size == 0:
                    raise InputRefused(
                        _("„{name}“ ist leer und wurde nicht angehängt.").format(name=name)
                    )
                if size > self.ATTACHMENT_LIMIT:
                    megabytes = -(-size // (1024 * 1024))
                    limit = self.ATTACHMENT_LIMIT // (1024 * 1024)
                    raise InputRefused(
                        _(
                            "„{name}“ ist mit {megabytes} MB zu groß; ein Anhang darf höchstens {limit} MB "
                            "groß sein. Scannen oder fotografieren Sie mit geringerer Auflösung, oder teilen "
                            "Sie ein langes PDF in mehrere Dateien."
                        ).format(name=name, megabytes=megabytes, limit=limit)
                    )
                media_type = self.sniff_media_type(source.read(1024))
                if media_type is None:
                    raise InputRefused(
                        _(
                            "„{name}“ ist kein Foto und keine PDF-Datei, auch wenn der Name so endet, und "
                            "wurde nicht angehängt. {kinds}"
                        ).format(name=name, kinds=_(self._ATTACHMENT_KINDS))
                    )
                source.seek(0)
                return self.add_attachment(
                    source, name=name, media_type=media_type, contact_uid=contact_uid
                )
        except OSError as exc:
            raise InputRefused(
                _(
                    "„{name}“ konnte nicht gelesen werden. Prüfen Sie, ob die Datei noch da ist und "
                    "ob Sie sie öffnen dürfen."
                ).format(name=name)
            ) from exc

    def attachment_bytes(self, attachment_id: int) -> bytes:
        with self.vault.session() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise InputRefused(_("Dieser Anhang existiert nicht (mehr)."))
            file_id, key = row.file_id, row.key
        return b"".join(self.vault.read_attachment(file_id, key))

    def attachment_list(self, contact_uid: str) -> list[AttachmentInfo]:
        """The attachments of an entry, in the order they were added."""
        with self.vault.session() as session:
            row = find_contact(session, contact_uid)
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
                raise InputRefused(_("Dieser Anhang existiert nicht (mehr)."))
            file_id, key, sha256, name = row.file_id, row.key, row.sha256, row.original_name
        with atomic_stream(target, _("Die Datei")) as out:
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
                raise InputRefused(_("Dieser Anhang existiert nicht (mehr)."))
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
            values = current_file(self.vault, deleted.values)
            file_id = values["file_id"]
            if session.scalars(select(Attachment).where(Attachment.file_id == file_id)).first():
                raise InputRefused(_("Dieser Anhang ist schon wiederhergestellt."))
            row = Attachment(**values)
            if deleted.contact_uid:
                contact = session.scalars(
                    select(Contact).where(Contact.uid == deleted.contact_uid)
                ).first()
                if contact is None:
                    raise InputRefused(
                        _(
                            "Der Eintrag, zu dem der Anhang gehörte, existiert nicht mehr. "
                            "Stellen Sie zuerst den Eintrag wieder her."
                        )
                    )
                row.contact = contact
            if deleted.handover_uid:
                row.handover = find_handover(session, deleted.handover_uid)
            if deleted.letter_id is not None:
                row.letter = session.get(Letter, deleted.letter_id)
            session.add(row)
            session.flush()
            attachment_id = row.id
        self.vault.keep_files([deleted.values["file_id"]])
        return attachment_id
