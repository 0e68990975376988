"""The interchange format: JSON import and export of the diary.

Import is all-or-nothing: the whole file is checked first, a bad record is named
by its position and field, and only then is everything written in one unit of
work. Unknown fields are kept (in each record's ``extra``) and exported again.
Entries already in the vault (same content) are skipped, so importing the same
file twice does not double the diary.

Version 2 gives each handed-over document two texts: ``description``, printed in
letters (a neutral label such as "Girokonto"), and ``remark``, the private note no
letter prints. Version 1 files (written before the split) have only
``description``, which then often holds the user's own remark ("am Kopierer
kopiert, ohne zu fragen"). Which part was meant for the Jobcenter cannot be known,
so a version 1 description is imported as the private ``remark`` and the printed
description stays empty, as migration 0002 does with an old diary: nothing old is
printed, nothing is lost.
"""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue import type_ids
from app.errors import ImportRefused, InputRefused, os_reason
from app.i18n import _
from app.model import Contact, Handover, Jobcenter, Profile, Setting
from app.records import (
    ContactData,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
    as_dict,
    clean_extra,
)
from app.services.diary import (
    canonical,
    insert_contact,
    insert_handover,
    put_jobcenter,
    put_profile,
    sync_findings,
)
from app.services.entry_records import contact_record, handover_record
from app.services.findings import apply_decisions, export_decisions, parse_decisions
from app.services.letters_interchange import (
    ParsedLetter,
    export_letters,
    insert_letters,
    known_pdfs,
    parse_letters,
    store_pdfs,
)
from app.services.rows import find_damage
from app.vault import attachments
from app.vault.vault import Vault

FORMAT = "amtstagebuch-export"
VERSION = 2  # written; every version in READABLE is read
READABLE = (1, 2)
MAX_IMPORT_BYTES = 200 * 1024 * 1024
_UID = re.compile(r"^[0-9a-f]{32}$")
TOP_LEVEL = {
    "format",
    "version",
    "profile",
    "jobcenter",
    "contacts",
    "handovers",
    "letters",
    "decisions",
}


class ImportSummary:
    def __init__(self) -> None:
        self.contacts = 0
        self.handovers = 0
        self.letters = 0
        self.skipped = 0

    def text(self) -> str:
        if self.letters:
            line = _(
                "{contacts} Kontakte, {handovers} Übergaben und {letters} Briefe importiert"
            ).format(contacts=self.contacts, handovers=self.handovers, letters=self.letters)
        else:
            line = _("{contacts} Kontakte und {handovers} Übergaben importiert").format(
                contacts=self.contacts, handovers=self.handovers
            )
        if self.skipped:
            line += _(", {skipped} bereits vorhandene übersprungen").format(skipped=self.skipped)
        return line + "."


def _split(
    raw: dict[str, Any], record_type: type[Any], where: str, skip: tuple[str, ...] = ()
) -> Any:
    known = {f.name for f in fields(record_type)} - {"extra", "uid", *skip}
    if not isinstance(raw, dict):
        raise ImportRefused(_("{where}: hier wird ein JSON-Objekt erwartet.").format(where=where))
    values = {k: v for k, v in raw.items() if k in known}
    extra = {k: v for k, v in raw.items() if k not in known and k not in skip and k != "id"}
    if "id" in raw:
        # Our own export carries the entry's uid; a foreign id is kept, not lost.
        if isinstance(raw["id"], str) and _UID.match(raw["id"]) and "uid" not in skip:
            values["uid"] = raw["id"]
        else:
            extra["import_id"] = raw["id"]
    values["extra"] = extra
    return values


def _build(where: str, factory: Any, values: dict[str, Any], *args: Any) -> Any:
    missing = [
        f.name
        for f in fields(factory)
        if f.name not in values and f.default is MISSING and f.default_factory is MISSING
    ]
    if missing:
        names = ", ".join(f"„{name}“" for name in missing)
        raise ImportRefused(
            _("{where}: das Pflichtfeld {names} fehlt.").format(where=where, names=names)
        )
    try:
        return factory(**values).validated(*args)
    except InputRefused as exc:
        raise ImportRefused(f"{where}: {exc.message}") from exc


@dataclass
class Document:
    """A checked import file, ready to be written in one unit of work."""

    profile: ProfileData | None
    jobcenter: JobcenterData | None
    contacts: list[ContactData]
    handovers: list[HandoverData]
    letters: list[ParsedLetter]
    decisions: list[tuple[str, str, str, str]]  # entry uid, rule, status, reason
    extra: dict[str, Any]


def parse_document(data: Any) -> Document:
    """Check a whole interchange document; raise ``ImportRefused`` naming the spot."""
    if not isinstance(data, dict):
        raise ImportRefused(_("Die Importdatei enthält kein JSON-Objekt."))
    if data.get("format") != FORMAT:
        raise ImportRefused(
            _(
                "Die Importdatei hat nicht das Format „{expected}“ (Feld „format“ fehlt oder "
                "stimmt nicht)."
            ).format(expected=FORMAT)
        )
    version = data.get("version")
    if version not in READABLE or isinstance(version, bool):
        readable = " und ".join(str(v) for v in READABLE)
        raise ImportRefused(
            _(
                "Die Importdatei hat im Feld „version“ die Version „{value}“; gelesen werden die "
                "Versionen {readable}."
            ).format(value=str(version)[:40], readable=readable)
        )
    profile = jobcenter = None
    if data.get("profile") is not None:
        profile = _build("profile", ProfileData, _split(data["profile"], ProfileData, "profile"))
    if data.get("jobcenter") is not None:
        jobcenter = _build(
            "jobcenter", JobcenterData, _split(data["jobcenter"], JobcenterData, "jobcenter")
        )
    contacts: list[ContactData] = []
    raw_contacts = data.get("contacts", [])
    if not isinstance(raw_contacts, list):
        raise ImportRefused(_("Feld „contacts“: hier wird eine Liste erwartet."))
    for index, raw in enumerate(raw_contacts):
        where = f"contacts[{index}]"
        contacts.append(_build(where, ContactData, _split(raw, ContactData, where)))
    handovers: list[HandoverData] = []
    raw_handovers = data.get("handovers", [])
    if not isinstance(raw_handovers, list):
        raise ImportRefused(_("Feld „handovers“: hier wird eine Liste erwartet."))
    known = type_ids()
    for index, raw in enumerate(raw_handovers):
        where = f"handovers[{index}]"
        values = _split(raw, HandoverData, where, skip=("documents",))
        raw_docs = raw.get("documents", [])
        if not isinstance(raw_docs, list):
            raise ImportRefused(
                _("{where}, Feld „documents“: hier wird eine Liste erwartet.").format(where=where)
            )
        docs = []
        for doc_index, raw_doc in enumerate(raw_docs):
            doc_where = f"{where}.documents[{doc_index}]"
            doc_values = _split(raw_doc, DocumentData, doc_where)
            if version == 1:
                doc_values = _private_description(doc_values)
            docs.append(_build(doc_where, DocumentData, doc_values, known))
        values["documents"] = docs
        handovers.append(_build(where, HandoverData, values, known))
    return Document(
        profile,
        jobcenter,
        contacts,
        handovers,
        parse_letters(data.get("letters")),
        parse_decisions(data.get("decisions")),
        _top_extra({k: v for k, v in data.items() if k not in TOP_LEVEL}),
    )


def _private_description(values: dict[str, Any]) -> dict[str, Any]:
    """A version 1 document: its one text becomes the private remark (never printed)."""
    description = values.pop("description", None)
    if description is None or description == "":
        return values
    if not isinstance(description, str):
        values["description"] = description  # refused with the field's name by validation
        return values
    remark = values.get("remark")
    values["remark"] = "\n".join(t for t in (description, remark) if isinstance(t, str) and t)
    return values


def _top_extra(extra: dict[str, Any]) -> dict[str, Any]:
    """Unknown top-level fields (kept and exported again), checked like a record's."""
    try:
        return clean_extra(extra)
    except InputRefused as exc:
        raise ImportRefused(_("Die Importdatei: {message}").format(message=exc.message)) from exc


def read_file(path: Path) -> Any:
    """Read and decode an import file, with a clear message for each way it can fail."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRefused(
                _(
                    "Die Importdatei „{path}“ ist zu groß ({value} MB; höchstens {value2} MB)."
                ).format(
                    path=path, value=size // (1024 * 1024), value2=MAX_IMPORT_BYTES // (1024 * 1024)
                )
            )
        raw = path.read_bytes()
    except ImportRefused:
        raise
    except OSError as exc:
        raise ImportRefused(
            _("Die Importdatei „{path}“ lässt sich nicht lesen ({os_reason}).").format(
                path=path, os_reason=os_reason(exc)
            )
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            _("Die Importdatei „{path}“ ist keine UTF-8-Textdatei (Byte {start}).").format(
                path=path, start=exc.start
            )
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            _(
                "Die Importdatei „{path}“ ist kein gültiges JSON (Zeile {lineno}, Spalte "
                "{colno}: {msg})."
            ).format(path=path, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)
        ) from exc
    except RecursionError as exc:
        raise ImportRefused(
            _("Die Importdatei „{path}“ ist zu tief verschachtelt.").format(path=path)
        ) from exc
    except ValueError as exc:  # a number of more than 4,300 digits
        raise ImportRefused(
            _(
                "Die Importdatei „{path}“ enthält eine Zahl, die zu lang ist, um sie zu lesen."
            ).format(path=path)
        ) from exc


def _content_key(record: ContactData | HandoverData) -> str:
    data = as_dict(record)
    data.pop("uid", None)
    if isinstance(record, HandoverData):
        data.pop("contact_uid", None)
    return canonical(data)


def import_document(vault: Vault, data: Any) -> ImportSummary:
    document = parse_document(data)
    summary = ImportSummary()
    known = known_pdfs(vault)
    # letter PDFs are encrypted and durable before the commit that references them
    stored = store_pdfs(vault, document.letters, known)
    try:
        with vault.transaction() as session:  # all or nothing, letters included
            _import(session, document, summary)
            summary.letters = insert_letters(session, document.letters, stored, known)
            apply_decisions(session, document.decisions)
    except BaseException:
        referenced = vault.referenced_file_ids()
        for file in stored.values():
            if file.file_id not in referenced:
                attachments.remove(vault.attachments_dir, file.file_id)
        raise
    summary.skipped += len(document.letters) - len(stored)
    return summary


def _import(session: Session, document: Document, summary: ImportSummary) -> None:
    """Profile, Jobcenter, entries and handovers (skipping those already there)."""
    if document.profile is not None:
        put_profile(session, document.profile)
    if document.jobcenter is not None:
        put_jobcenter(session, document.jobcenter)
    if document.extra:
        setting = session.get(Setting, "import_extra") or Setting(key="import_extra", value={})
        setting.value = {**setting.value, **document.extra}
        session.add(setting)
    existing = list(session.scalars(select(Contact)))
    touched: list[Contact] = []  # entries to check for Warnsignale
    seen = {_content_key(contact_record(c)) for c in existing}
    uids = {c.uid for c in existing}
    for contact in document.contacts:
        key = _content_key(contact)
        if key in seen or (contact.uid and contact.uid in uids):
            summary.skipped += 1
            continue
        seen.add(key)
        uids.add(contact.uid)
        touched.append(insert_contact(session, contact))
        summary.contacts += 1
    existing_handovers = list(session.scalars(select(Handover)))
    seen = {_content_key(handover_record(h)) for h in existing_handovers}
    uids = {h.uid for h in existing_handovers}
    for index, handover in enumerate(document.handovers):
        key = _content_key(handover)
        if key in seen or (handover.uid and handover.uid in uids):
            summary.skipped += 1
            continue
        seen.add(key)
        uids.add(handover.uid)
        try:
            row = insert_handover(session, handover)
        except InputRefused as exc:
            raise ImportRefused(
                _("handovers[{index}]: {message}").format(index=index, message=exc.message)
            ) from exc
        if row.contact is not None:
            touched.append(row.contact)
        summary.handovers += 1
    for contact_row in {id(c): c for c in touched}.values():
        sync_findings(session, contact_row)


def _flatten(record: Any, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    data = as_dict(record)
    extra = data.pop("extra", {}) or {}
    for key in drop:
        data.pop(key, None)
    return {**extra, **data}


def export_document(vault: Vault, problems: list[str] | None = None) -> dict[str, Any]:
    """The whole diary for JSON. A damaged row (changed outside the program) is left
    out, and why goes into ``problems`` (German, one line each)."""
    with vault.session() as session:
        damage = find_damage(session)
        if problems is not None:
            problems.extend(damage.messages())
        skip = damage.skipped
        profile = None if skip("profile") else session.get(Profile, 1)
        jobcenter = None if skip("jobcenter") else session.get(Jobcenter, 1)
        setting = None
        if not skip("setting"):
            setting = session.get(Setting, "import_extra")
        result: dict[str, Any] = {**(setting.value if setting else {})}
        result.update({"format": FORMAT, "version": VERSION})
        if profile is not None:
            result["profile"] = {
                **profile.extra,
                "name": profile.name, "street": profile.street, "postcode": profile.postcode,
                "city": profile.city, "customer_number": profile.customer_number,
                "bg_number": profile.bg_number, "state": profile.state,
            }  # fmt: skip
        if jobcenter is not None:
            result["jobcenter"] = {
                **jobcenter.extra,
                "name": jobcenter.name, "street": jobcenter.street,
                "postcode": jobcenter.postcode, "city": jobcenter.city,
                "kind": jobcenter.kind, "district": jobcenter.district, "state": jobcenter.state,
            }  # fmt: skip
        contacts = session.scalars(
            select(Contact)
            .where(Contact.id.not_in(skip("contact")))
            .order_by(Contact.when_utc, Contact.id)
        )
        result["contacts"] = [
            _flatten(contact_record(c), ("uid",)) | {"id": c.uid} for c in contacts
        ]
        handovers = session.scalars(
            select(Handover)
            .where(Handover.id.not_in(skip("handover")))
            .order_by(Handover.when_utc, Handover.id)
        )
        exported = []
        for handover in handovers:
            record = handover_record(handover)
            item = _flatten(record, ("uid", "documents"))
            item["id"] = handover.uid
            item["documents"] = [_flatten(doc) for doc in record.documents]
            exported.append(item)
        result["handovers"] = exported
        result["letters"] = export_letters(vault, session, damage)
        result["decisions"] = export_decisions(
            session, skip_findings=skip("finding"), skip_contacts=skip("contact")
        )
    return result
