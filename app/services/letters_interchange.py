"""Letters in the JSON export and import (``"letters"`` beside contacts and handovers).

A letter goes out with what it is (type, dates, status, recipient, subject), what
it refers to — entries and handovers by their uid, Warnsignale by entry uid and
rule, earlier letters by their position in the exported list (letters have no uid)
—, its deadlines and its PDF (base64; the export is plaintext the user asked for).
Import checks every field first and names the spot (``letters[2].pdf: …``); the
PDFs are stored encrypted before the commit that references them, and a letter
whose PDF is already in the diary is skipped, so importing the same file twice
adds nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.deadlines import DELIVERY_METHODS
from app.errors import ImportRefused, InputRefused
from app.i18n import _
from app.letters import LETTER_TYPES
from app.letters.model import LetterRequest
from app.model import Attachment, Contact, Deadline, Finding, Handover, Letter
from app.model.entities import FINDING_STATUSES
from app.records import MAX_TEXT, clean_text
from app.services.letters import letter_attachment
from app.services.rows import Damage
from app.vault import attachments
from app.vault.vault import Vault

STATUSES = ("entwurf", "versendet", "beantwortet")
_SENT = ("versendet", "beantwortet")
_ACTED = FINDING_STATUSES[2]  # "erledigt"


@dataclass
class ParsedLetter:
    """One checked letter of an import file, references still as uids/positions."""

    type: str
    created_at: datetime
    letter_date: date | None
    subject: str
    recipient: dict[str, Any]
    delivery: str
    sent_on: date | None
    due_on: date | None
    answered_on: date | None
    status: str
    request: dict[str, Any]
    entries: list[str]
    handovers: list[str]
    findings: list[tuple[str, str]]
    letters: list[int]
    deadlines: list[dict[str, Any]]
    pdf: bytes
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        self.sha256 = hashlib.sha256(self.pdf).hexdigest()


# ------------------------------------------------------------------ export
def export_letters(
    vault: Vault, session: Session, damage: Damage | None = None
) -> list[dict[str, Any]]:
    """Every letter, oldest first, ready for JSON; rows in ``damage`` are left out."""
    skip = damage.skipped if damage is not None else (lambda _table: set())
    contact_uids = dict(
        session.execute(
            select(Contact.id, Contact.uid).where(Contact.id.not_in(skip("contact")))
        ).all()
    )
    handover_uids = dict(
        session.execute(
            select(Handover.id, Handover.uid).where(Handover.id.not_in(skip("handover")))
        ).all()
    )
    finding_refs = {
        fid: (uid, rule)
        for fid, uid, rule in session.execute(
            select(Finding.id, Contact.uid, Finding.rule_id)
            .join(Contact, Finding.contact_id == Contact.id)
            .where(Finding.id.not_in(skip("finding")), Contact.id.not_in(skip("contact")))
        )
    }
    rows = list(
        session.scalars(select(Letter).where(Letter.id.not_in(skip("letter"))).order_by(Letter.id))
    )
    position = {row.id: index for index, row in enumerate(rows)}
    deadlines = _letter_deadlines(session, skip("deadline"))
    out: list[dict[str, Any]] = []
    for row in rows:
        request = LetterRequest.from_json(row.content)
        try:
            pdf = b"".join(
                b"".join(vault.read_attachment(a.file_id, a.key))
                for a in row.attachments[:1]  # a letter keeps one PDF
            )
        except attachments.AttachmentDamaged as exc:
            if damage is None:
                raise
            damage.dependents.append(
                _("Brief Nr. {id}: {message}").format(id=row.id, message=exc.message)
            )
            continue
        out.append(
            {
                "type": row.type,
                "created_at": row.created_at.isoformat(),
                "letter_date": _iso(row.letter_date),
                "subject": row.subject,
                "recipient": dict(row.recipient),
                "delivery": row.delivery,
                "sent_on": _iso(row.sent_on),
                "due_on": _iso(row.due_on),
                "answered_on": _iso(row.answered_on),
                "status": row.status,
                "details": dict(request.details),
                "recipient_lines": request.recipient_lines,
                "entries": [contact_uids[i] for i in request.contact_ids if i in contact_uids],
                "handovers": [handover_uids[i] for i in request.handover_ids if i in handover_uids],
                "findings": [
                    {"entry": finding_refs[i][0], "rule": finding_refs[i][1]}
                    for i in request.finding_ids
                    if i in finding_refs
                ],
                "letters": [position[i] for i in request.letter_ids if i in position],
                "deadlines": [_deadline_json(d) for d in deadlines.get(row.id, [])],
                "pdf": base64.b64encode(pdf).decode("ascii"),
            }
        )
    return out


def _letter_deadlines(session: Session, skipped: Any) -> dict[int, list[Deadline]]:
    """The letters' deadlines by letter id, oldest first."""
    deadlines: dict[int, list[Deadline]] = {}
    for deadline in session.scalars(
        select(Deadline)
        .where(Deadline.letter_id.is_not(None), Deadline.id.not_in(skipped))
        .order_by(Deadline.id)
    ):
        deadlines.setdefault(int(deadline.letter_id or 0), []).append(deadline)
    return deadlines


def _deadline_json(d: Deadline) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "due_on": d.due_on.isoformat(),
        "title": d.title,
        "explanation": d.explanation,
        "manual": d.manual,
        "done": d.done,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# ------------------------------------------------------------------ parsing
def parse_letters(raw: Any) -> list[ParsedLetter]:
    """Check the ``letters`` list of an import file; raise ``ImportRefused`` naming the spot."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ImportRefused(_("Feld „letters“: hier wird eine Liste erwartet."))
    parsed: list[ParsedLetter] = []
    for index, item in enumerate(raw):
        parsed.append(_parse_one(item, f"letters[{index}]", index))
    return parsed


def _parse_one(item: Any, where: str, index: int) -> ParsedLetter:
    if not isinstance(item, dict):
        raise ImportRefused(_("{where}: hier wird ein JSON-Objekt erwartet.").format(where=where))
    type_id = _text(item, "type", where, required=True)
    if type_id not in LETTER_TYPES:
        raise ImportRefused(
            _("{where}, Feld „type“: die Briefart „{type_id}“ gibt es nicht.").format(
                where=where, type_id=type_id
            )
        )
    status = _text(item, "status", where) or "entwurf"
    if status not in STATUSES:
        raise ImportRefused(
            _("{where}, Feld „status“: „{status}“ ist keiner von {join}.").format(
                where=where, status=status, join=", ".join(STATUSES)
            )
        )
    delivery = _text(item, "delivery", where)
    if delivery and delivery not in DELIVERY_METHODS:
        raise ImportRefused(
            _("{where}, Feld „delivery“: unbekannte Versandart „{delivery}“.").format(
                where=where, delivery=delivery
            )
        )
    sent_on = _day(item, "sent_on", where)
    if status in _SENT and sent_on is None:
        raise ImportRefused(
            _("{where}, Feld „sent_on“: ein versendeter Brief braucht ein Datum.").format(
                where=where
            )
        )
    created = _moment(item, "created_at", where)
    lines = _recipient(item, where)
    details = _details(item, where)
    edited = _edited(item, where)
    findings = _finding_refs(item, where)
    earlier = _list(item, "letters", where)
    if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n < index for n in earlier):
        raise ImportRefused(
            _(
                "{where}, Feld „letters“: erwartet werden Nummern früherer Briefe dieser Datei."
            ).format(where=where)
        )
    deadlines = _deadlines(item, where)
    pdf = _pdf(item, where)
    request = {
        "type_id": type_id,
        "details": details,
        "letter_date": None,
        "recipient_lines": edited,
    }
    letter_date = _day(item, "letter_date", where)
    if letter_date is not None:
        request["letter_date"] = letter_date.isoformat()
    return ParsedLetter(
        type=type_id,
        created_at=created,
        letter_date=letter_date,
        subject=_text(item, "subject", where),
        recipient={"lines": list(lines)},
        delivery=delivery,
        sent_on=sent_on,
        due_on=_day(item, "due_on", where),
        answered_on=_day(item, "answered_on", where),
        status=status,
        request=request,
        entries=_strings(item, "entries", where),
        handovers=_strings(item, "handovers", where),
        findings=findings,
        letters=list(earlier),
        deadlines=deadlines,
        pdf=pdf,
    )


def _recipient(item: dict[str, Any], where: str) -> list[str]:
    recipient = item.get("recipient") or {}
    lines = recipient.get("lines", []) if isinstance(recipient, dict) else None
    if not isinstance(lines, list):
        raise ImportRefused(
            _('{where}, Feld „recipient“: erwartet wird {{"lines": [Text, …]}}.').format(
                where=where
            )
        )
    for line in lines:
        if not isinstance(line, str):
            raise ImportRefused(
                _("{where}, Feld „recipient.lines“: erwartet werden Textzeilen.").format(
                    where=where
                )
            )
        _clean(line, where, "recipient.lines")
    return list(lines)


def _details(item: dict[str, Any], where: str) -> dict[str, str]:
    details = item.get("details") or {}
    if not isinstance(details, dict):
        raise ImportRefused(
            _("{where}, Feld „details“: erwartet wird ein Objekt mit Texten.").format(where=where)
        )
    for name, value in details.items():
        if not isinstance(value, str):
            raise ImportRefused(
                _("{where}, Feld „details.{value}“: hier wird ein Text erwartet.").format(
                    where=where, value=name[:40]
                )
            )
        _clean(name, where, "details")
        _clean(value, where, f"details.{name[:40]}")
    return details


def _edited(item: dict[str, Any], where: str) -> list[str] | None:
    edited = item.get("recipient_lines")
    if edited is not None and (
        not isinstance(edited, list) or not all(isinstance(x, str) for x in edited)
    ):
        raise ImportRefused(
            _("{where}, Feld „recipient_lines“: erwartet wird eine Textliste.").format(where=where)
        )
    for line in edited or []:
        _clean(line, where, "recipient_lines")
    return edited


def _finding_refs(item: dict[str, Any], where: str) -> list[tuple[str, str]]:
    findings = []
    for number, ref in enumerate(_list(item, "findings", where)):
        if not (
            isinstance(ref, dict)
            and isinstance(ref.get("entry"), str)
            and isinstance(ref.get("rule"), str)
        ):
            raise ImportRefused(
                _('{where}.findings[{number}]: erwartet wird {{"entry": …, "rule": …}}.').format(
                    where=where, number=number
                )
            )
        findings.append((ref["entry"], ref["rule"]))
    return findings


def _deadlines(item: dict[str, Any], where: str) -> list[dict[str, Any]]:
    deadlines = []
    for number, raw_deadline in enumerate(_list(item, "deadlines", where)):
        spot = f"{where}.deadlines[{number}]"
        if not isinstance(raw_deadline, dict):
            raise ImportRefused(_("{spot}: hier wird ein JSON-Objekt erwartet.").format(spot=spot))
        due = _day(raw_deadline, "due_on", spot)
        if due is None:
            raise ImportRefused(_("{spot}, Feld „due_on“: ein Datum fehlt.").format(spot=spot))
        deadlines.append(
            {
                "kind": _text(raw_deadline, "kind", spot, required=True),
                "due_on": due,
                "title": _text(raw_deadline, "title", spot),
                "explanation": _text(raw_deadline, "explanation", spot),
                "manual": bool(raw_deadline.get("manual", False)),
                "done": bool(raw_deadline.get("done", False)),
            }
        )
    return deadlines


def _pdf(item: dict[str, Any], where: str) -> bytes:
    encoded = item.get("pdf")
    if not isinstance(encoded, str) or not encoded:
        raise ImportRefused(_("{where}, Feld „pdf“: das PDF des Briefs fehlt.").format(where=where))
    try:
        pdf = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ImportRefused(
            _("{where}, Feld „pdf“: kein gültiges Base64.").format(where=where)
        ) from None
    if not pdf.startswith(b"%PDF-"):
        raise ImportRefused(_("{where}, Feld „pdf“: das ist kein PDF.").format(where=where))
    return pdf


def _text(item: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = item.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ImportRefused(
            _("{where}, Feld „{key}“: hier wird ein Text erwartet.").format(where=where, key=key)
        )
    return _clean(value, where, key)


def _clean(value: str, where: str, key: str) -> str:
    try:
        return clean_text(value, key, limit=MAX_TEXT)
    except InputRefused as exc:
        raise ImportRefused(f"{where}, {exc.message}") from None


def _list(item: dict[str, Any], key: str, where: str) -> list[Any]:
    value = item.get(key) or []
    if not isinstance(value, list):
        raise ImportRefused(
            _("{where}, Feld „{key}“: hier wird eine Liste erwartet.").format(where=where, key=key)
        )
    return value


def _strings(item: dict[str, Any], key: str, where: str) -> list[str]:
    values = _list(item, key, where)
    if not all(isinstance(v, str) for v in values):
        raise ImportRefused(
            _("{where}, Feld „{key}“: erwartet werden Texte (IDs).").format(where=where, key=key)
        )
    return [_clean(v, where, key) for v in values]


def _day(item: dict[str, Any], key: str, where: str) -> date | None:
    value = item.get(key)
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value) if isinstance(value, str) else _no_date()
    except ValueError:
        raise ImportRefused(
            _("{where}, Feld „{key}“: „{value}“ ist kein Datum (JJJJ-MM-TT).").format(
                where=where, key=key, value=str(value)[:40]
            )
        ) from None


def _moment(item: dict[str, Any], key: str, where: str) -> datetime:
    value = item.get(key)
    if value is None or value == "":
        return datetime.now(UTC).replace(tzinfo=None)
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else _no_date()
    except ValueError:
        raise ImportRefused(
            _("{where}, Feld „{key}“: „{value}“ ist kein Zeitpunkt (ISO 8601).").format(
                where=where, key=key, value=str(value)[:40]
            )
        ) from None
    return moment


def _no_date() -> Any:
    raise ValueError(_("kein Text"))


# ------------------------------------------------------------------ import
def known_pdfs(vault: Vault) -> dict[str, int]:
    """The SHA-256 of every letter PDF in the diary → the letter's id."""
    with vault.session() as session:
        return {
            sha: letter_id
            for sha, letter_id in session.execute(
                select(Attachment.sha256, Attachment.letter_id).where(
                    Attachment.letter_id.is_not(None)
                )
            )
            if letter_id is not None
        }


def store_pdfs(
    vault: Vault, letters: list[ParsedLetter], known: dict[str, int]
) -> dict[int, attachments.StoredFile]:
    """Encrypt the PDFs of the new letters into ``anhaenge/`` (durable before the commit)."""
    stored: dict[int, attachments.StoredFile] = {}
    try:
        for index, letter in enumerate(letters):
            if letter.sha256 not in known:
                stored[index] = vault.store_attachment(io.BytesIO(letter.pdf))
    except BaseException:
        for file in stored.values():
            attachments.remove(vault.attachments_dir, file.file_id)
        raise
    return stored


def insert_letters(
    session: Session,
    letters: list[ParsedLetter],
    stored: dict[int, attachments.StoredFile],
    known: dict[str, int],
) -> int:
    """Add the new letters, their deadlines and links; returns how many were added."""
    contact_ids = {uid: cid for cid, uid in session.execute(select(Contact.id, Contact.uid))}
    handover_ids = {uid: hid for hid, uid in session.execute(select(Handover.id, Handover.uid))}
    finding_ids = {
        (uid, rule): fid
        for fid, uid, rule in session.execute(
            select(Finding.id, Contact.uid, Finding.rule_id).join(
                Contact, Finding.contact_id == Contact.id
            )
        )
    }
    ids: dict[int, int] = {}
    added = 0
    for index, letter in enumerate(letters):
        if index not in stored:
            ids[index] = known[letter.sha256]
            continue
        request = LetterRequest.from_json(
            {
                **letter.request,
                "contact_ids": [contact_ids[u] for u in letter.entries if u in contact_ids],
                "handover_ids": [handover_ids[u] for u in letter.handovers if u in handover_ids],
                "finding_ids": [finding_ids[r] for r in letter.findings if r in finding_ids],
                "letter_ids": [ids[n] for n in letter.letters if n in ids],
            }
        )
        row = Letter(
            type=letter.type,
            created_at=letter.created_at,
            letter_date=letter.letter_date,
            recipient=letter.recipient,
            subject=letter.subject,
            delivery=letter.delivery,
            sent_on=letter.sent_on,
            due_on=letter.due_on,
            answered_on=letter.answered_on,
            status=letter.status,
            content=request.to_json(),
        )
        row.attachments.append(letter_attachment(stored[index], row))
        session.add(row)
        session.flush()
        ids[index] = row.id
        for deadline in letter.deadlines:
            session.add(Deadline(**deadline, letter_id=row.id))
        if letter.status in _SENT:
            for finding_id in request.finding_ids:
                finding = session.get(Finding, finding_id)
                if finding is not None:
                    finding.status = _ACTED
                    finding.letter_id = row.id
        added += 1
    return added
