"""What the diary proposes for a letter's fields: the letter's own sentences, never a note.

Nothing the user wrote for themselves reaches a letter on its own. From the chosen
records the program writes sentences of its own – first person, from the records'
facts (date, kind of contact, the person spoken to, the document types, a
Warnsignal's letter sentence, an earlier letter's date and outcome) – and puts them
into the letter type's detail fields (``fill`` in ``briefe.toml``). The wizard
shows them there, where the user reads, changes or deletes each one; only what
stands in the fields is printed. The command line gets the same sentences.

A diary note (``Contact.notes``), a handover's notes and a document's private
remark are never read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue import document_types
from app.letters.catalogue import catalogue
from app.letters.model import LetterError, LetterRequest
from app.model import Contact, Finding, Handover, HandoverDocument, Letter
from app.pdf.fonts import printable
from app.vocabulary import CONTACT_PHRASES, METHOD_PHRASES

_CITABLE = re.compile(r"§|Art\. |\d\d\.\d\d\.\d{4}|C-\d+/\d+")
_FORMAT_ONLY = "\u200b\u200c\u200d\u200e\u200f\u2060\ufe0e\ufe0f"

# How an earlier letter is named in a reminder or a complaint's history.
HISTORY_NAMES = {
    "auskunft": "Antrag auf Auskunft",
    "berichtigung": "Antrag auf Berichtigung",
    "loeschung": "Antrag auf Löschung",
    "einschraenkung": "Antrag auf Einschränkung",
    "widerspruch-verarbeitung": "Widerspruch",
    "widerruf-einwilligung": "Widerruf meiner Einwilligung",
    "akteneinsicht": "Antrag auf Akteneinsicht",
    "erinnerung": "Erinnerung",
}


def fmt(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def entry_day(when: str) -> date:
    return datetime.fromisoformat(when).date()


def clean(text: str) -> str:
    """One line, emoji left out (the letter's font has none); a joiner or variation
    selector left over from a dropped emoji goes with it."""
    words = printable(text or "", drop_symbols=True).split()
    return " ".join(word for word in words if word.strip(_FORMAT_ONLY))


@dataclass
class Chosen:
    """The records a request names, loaded, in date order."""

    contacts: list[Contact]
    handovers: list[Handover]
    findings: list[tuple[Finding, date | None]]
    letters: list[Letter]


def _by_ids(session: Session, model: Any, ids: list[int], what: str) -> list[Any]:
    if not ids:
        return []
    query = select(model).where(model.id.in_(ids))
    if model is Handover:
        query = query.options(selectinload(Handover.documents))
    rows = {row.id: row for row in session.scalars(query)}
    missing = [str(i) for i in ids if i not in rows]
    if missing:
        raise LetterError(
            f"{what} Nr. {', '.join(missing)} gibt es nicht (mehr). Bitte wählen Sie neu aus."
        )
    return [rows[i] for i in dict.fromkeys(ids)]


def chosen(session: Session, request: LetterRequest) -> Chosen:
    contacts: list[Contact] = _by_ids(session, Contact, request.contact_ids, "Den Eintrag")
    contacts.sort(key=lambda row: row.when_utc)
    handovers: list[Handover] = _by_ids(session, Handover, request.handover_ids, "Die Übergabe")
    handovers.sort(key=lambda row: row.when_utc)
    findings: list[tuple[Finding, date | None]] = []
    for finding in _by_ids(session, Finding, request.finding_ids, "Das Warnsignal"):
        assert isinstance(finding, Finding)
        when: str | None = None
        if finding.contact_id is not None:
            contact = session.get(Contact, finding.contact_id)
            when = contact.when if contact else None
        elif finding.handover_id is not None:
            handover = session.get(Handover, finding.handover_id)
            when = handover.when if handover else None
        findings.append((finding, entry_day(when) if when else None))
    findings.sort(key=lambda pair: pair[1] or date.max)
    letters: list[Letter] = _by_ids(session, Letter, request.letter_ids, "Den Brief")
    return Chosen(contacts, handovers, findings, letters)


# ------------------------------------------------------------------ sentences
def contact_sentence(contact: Contact) -> str:
    day = fmt(entry_day(contact.when))
    what = CONTACT_PHRASES.get(contact.channel, "Kontakt mit dem Jobcenter")
    person = clean(contact.counterpart)
    if person:  # as typed: "Herr M." cannot be declined, so it stands on its own
        what += f" (Ansprechperson: {person})"
    return f"Am {day} hatte ich {what}."


def document_label(doc: HandoverDocument) -> str:
    """The catalogue's name of the document type – no description, no remark."""
    types = document_types()
    return types[doc.type].label if doc.type in types else clean(doc.type)


def handover_sentence(handover: Handover) -> str:
    """ "Am 03.02.2026 habe ich persönlich Unterlagen abgegeben: Kontoauszüge (09/2026)."
    Names only the document types and periods: a description can name a child or
    another person, and a complaint needs no more than the kinds of papers."""
    periods: dict[str, list[str]] = {}
    for doc in handover.documents:
        listed = periods.setdefault(document_label(doc), [])
        period = clean(doc.period)
        if period:
            listed.append(period)
    what = ", ".join(
        f"{label} ({', '.join(dict.fromkeys(when))})" if when else label
        for label, when in periods.items()
    )
    day = fmt(entry_day(handover.when))
    if handover.method == "upload":
        text = f"Am {day} habe ich Unterlagen hochgeladen"
    else:
        how = METHOD_PHRASES.get(handover.method, "")
        text = f"Am {day} habe ich {how + ' ' if how else ''}Unterlagen abgegeben"
    return f"{text}: {what}." if what else f"{text}."


def finding_sentence(finding: Finding, day: date | None) -> str:
    from app.redflags import load_rules
    from app.redflags.rules import letter_fact_on

    rule = load_rules().get(finding.rule_id)
    if rule is None:
        return ""
    return letter_fact_on(rule, day)


def letter_outcome(row: Letter, today: date) -> str:
    if row.answered_on:
        return f"Das Jobcenter hat am {fmt(row.answered_on)} geantwortet."
    if row.due_on and row.due_on < today:
        return (
            f"Die Frist für die Antwort endete am {fmt(row.due_on)}; eine Antwort habe ich "
            "nicht erhalten."
        )
    if row.sent_on:
        return "Eine Antwort habe ich bisher nicht erhalten."
    return "Ich habe es noch nicht abgeschickt."


def letter_day(row: Letter) -> date | None:
    return row.sent_on or row.letter_date


def letter_sentence(row: Letter, today: date) -> str:
    day = letter_day(row)
    kind = HISTORY_NAMES.get(row.type, "Schreiben")
    subject = clean(row.subject) or kind
    when = f" vom {fmt(day)}" if day else ""
    return f"Mein Schreiben{when} an das Jobcenter („{subject}“): {letter_outcome(row, today)}"


def erase_items(handovers: list[Handover]) -> list[str]:
    items: list[str] = []
    for handover in handovers:
        day = fmt(entry_day(handover.when))
        docs = handover.documents
        copied = [d for d in docs if d.copied_by_jobcenter or d.scanned_by_jobcenter]
        for doc in copied or docs:
            label = document_label(doc)
            if doc in copied:
                items.append(f"die Kopie oder den Scan: {label}, angefertigt am {day}")
            else:
                items.append(f"{label}, abgegeben am {day}")
    return items


def printed_name(doc: HandoverDocument) -> str:
    """ "Kontoauszüge: Girokonto": the type and the description written for letters."""
    label = document_label(doc)
    description = clean(doc.description)
    return f"{label}: {description}" if description else label


def receipt_line(doc: HandoverDocument) -> str:
    """One document as a line of the receipt list: "was; Zeitraum; Seiten; Original/Kopie".

    "was" is the type and the description the user wrote for the letter (the
    private remark is never read)."""
    what = printed_name(doc)
    period = clean(doc.period)
    parts = [
        what,
        period,
        str(doc.pages) if doc.pages else "",
        "Original" if doc.original else "Kopie",
    ]
    return "; ".join(part.replace(";", ",") for part in parts)


# ------------------------------------------------------------------ per field
def _facts(records: Chosen, today: date) -> list[str]:
    dated: list[tuple[date, int, str]] = []
    for contact in records.contacts:
        dated.append((entry_day(contact.when), 0, contact_sentence(contact)))
    for handover in records.handovers:
        dated.append((entry_day(handover.when), 1, handover_sentence(handover)))
    for finding, day in records.findings:
        sentence = finding_sentence(finding, day)
        if sentence:
            dated.append((day or date.max, 2, sentence))
    for row in records.letters:
        dated.append((letter_day(row) or date.max, 3, letter_sentence(row, today)))
    dated.sort(key=lambda item: (item[0], item[1]))
    return list(dict.fromkeys(sentence for _day, _order, sentence in dated))


def _norms(records: Chosen) -> str:
    from app.redflags import load_rules

    rules = load_rules()
    norms: list[str] = []
    for finding, _day in records.findings:
        rule = rules.get(finding.rule_id)
        if rule is not None:  # statutes and decisions; a report is no norm to cite
            norms.extend(n for n in rule.letter_norms if _CITABLE.search(n))
    return "; ".join(dict.fromkeys(norms))


def _health(records: Chosen) -> list[str]:
    health = {t.id for t in document_types().values() if t.health}
    lines = []
    for handover in records.handovers:
        for doc in handover.documents:
            if doc.type in health:
                lines.append(printed_name(doc))
    return lines


def _bank_period(records: Chosen) -> str:
    periods = [
        clean(doc.period)
        for handover in records.handovers
        for doc in handover.documents
        if doc.type == "kontoauszuege" and doc.period.strip()
    ]
    return ", ".join(dict.fromkeys(periods))


def propose(
    session: Session, request: LetterRequest, *, today: date | None = None
) -> dict[str, str]:
    """Proposed values of the type's fields with a ``fill``, from the chosen records.

    Lines fields get one proposal per line; a field with nothing to propose is left
    out. Raises :class:`LetterError` when a chosen record no longer exists."""
    kind = catalogue().types.get(request.type_id)
    if kind is None:
        return {}
    today = today or date.today()
    fills = {spec.name: spec.fill for spec in kind.detail_fields if spec.fill}
    if not fills:
        return {}
    records = chosen(session, request)
    values: dict[str, str] = {}
    for name, fill in fills.items():
        value: str | list[str]
        if fill == "facts":
            value = _facts(records, today)
        elif fill == "erase":
            value = erase_items(records.handovers)
        elif fill == "receipt_rows":
            value = [receipt_line(doc) for h in records.handovers for doc in h.documents]
        elif fill == "handover_date":
            value = fmt(entry_day(records.handovers[0].when)) if records.handovers else ""
        elif fill == "health_documents":
            value = _health(records)
        elif fill == "bank_period":
            value = _bank_period(records)
        elif fill == "appointment":
            value = fmt(entry_day(records.contacts[0].when)) if records.contacts else ""
        elif fill == "companion":
            value = clean(records.contacts[0].companion) if records.contacts else ""
        elif fill == "norms":
            value = _norms(records)
        else:  # pragma: no cover - the catalogue refuses unknown fills
            continue
        text = "\n".join(value) if isinstance(value, list) else value
        if text:
            values[name] = text
    return values


def merge(given: dict[str, str], proposed: dict[str, str], lines: set[str]) -> dict[str, str]:
    """The user's details with the proposals added: a lines field gets the proposed
    lines it does not have yet (after the user's own); another field keeps the
    user's value and takes the proposal only when empty."""
    merged = dict(given)
    for name, value in proposed.items():
        have = merged.get(name, "") or ""
        if name in lines:
            own = [line for line in have.splitlines() if line.strip()]
            known = {" ".join(line.split()) for line in own}
            extra = [line for line in value.splitlines() if " ".join(line.split()) not in known]
            merged[name] = "\n".join([*own, *extra])
        elif not have.strip():
            merged[name] = value
    return merged
