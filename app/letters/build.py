"""Build a :class:`LetterDoc` from a :class:`LetterRequest` and what the vault holds.

The letter works with only the profile and the Jobcenter filled in; every chosen
diary entry, handover, finding or earlier letter makes it more specific. The
German text comes from the templates in ``app/resources/letters``; this module only
gathers the facts, checks the details and splits the text into blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import jinja2
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.authorities import STATES, UNVERIFIED_HINT, supervisory_authority
from app.catalogue import document_types
from app.deadlines import reminder_date_in_letter
from app.letters.catalogue import Layout, catalogue
from app.letters.model import (
    Block,
    Bullets,
    LetterDoc,
    LetterError,
    LetterRequest,
    LetterType,
    Paragraph,
    Table,
)
from app.model import Contact, Finding, Handover, Jobcenter, Letter, Profile
from app.pdf.fonts import printable, undrawable

DSB_LINE = "z. Hd. der/des behördlichen Datenschutzbeauftragten"
SALUTATION = "Sehr geehrte Damen und Herren,"
CLOSING = "Mit freundlichen Grüßen"
SUMMARY_CHARS = 300

CHANNEL_LABELS = {
    "termin": "Termin",
    "telefon": "Telefonat",
    "brief": "Brief",
    "email": "E-Mail",
    "hausbesuch": "Hausbesuch",
    "portal": "Online-Portal",
    "fax": "Fax",
}
METHOD_LABELS = {
    "persoenlich": "persönlich",
    "briefkasten": "Hausbriefkasten",
    "post": "per Post",
    "einschreiben": "per Einschreiben",
    "fax": "per Fax",
    "upload": "hochgeladen",
}
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
KIND_TEXTS = {
    "ge": "eine gemeinsame Einrichtung von Bundesagentur für Arbeit und Kommune (§ 44b SGB II)",
    "zkt": "ein zugelassener kommunaler Träger (§ 6a SGB II)",
}
RECEIPT_HEADER = ("Nr.", "Unterlage", "Zeitraum", "Seiten", "Original / Kopie")
RECEIPT_WIDTHS_MM = (10.0, 70.0, 42.0, 16.0, 27.0)

_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def fmt(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _entry_day(when: str) -> date:
    return datetime.fromisoformat(when).date()


def parse_date(value: str, label: str) -> date:
    """TT.MM.JJJJ (or ISO) as a date; LetterError naming ``label`` otherwise."""
    return _to_date(value, label)


def _to_date(value: str, label: str) -> date:
    match = _DATE.match(value)
    try:
        if match:
            day = date(int(match[3]), int(match[2]), int(match[1]))
        else:
            day = date.fromisoformat(value.strip())
    except ValueError:
        raise LetterError(
            f"„{label}“: „{value.strip()}“ ist kein Datum. Bitte schreiben Sie es als TT.MM.JJJJ."
        ) from None
    return day


def _short(text: str, limit: int = SUMMARY_CHARS) -> str:
    """A diary note as quoted in a letter: one line, emoji left out (the letter's
    font has none; they would print as empty boxes), cut at a word."""
    text = " ".join(printable(text, drop_symbols=True).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


@dataclass
class _Facts:
    profile: Profile
    jobcenter: Jobcenter
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


def _facts(session: Session, request: LetterRequest) -> _Facts:
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    if profile is None or not profile.name.strip():
        raise LetterError(
            "Für einen Brief brauche ich Ihren Namen und Ihre Anschrift. Bitte tragen Sie sie "
            "zuerst unter „Meine Angaben“ ein."
        )
    if not (profile.street.strip() and profile.postcode.strip() and profile.city.strip()):
        raise LetterError(
            "Ihre Anschrift ist unvollständig (Straße, Postleitzahl, Ort). Bitte ergänzen Sie "
            "sie unter „Meine Angaben“."
        )
    jobcenter = session.scalars(select(Jobcenter).order_by(Jobcenter.id)).first()
    if jobcenter is None or not jobcenter.name.strip():
        raise LetterError(
            "Für einen Brief brauche ich Name und Anschrift Ihres Jobcenters. Bitte tragen Sie "
            "sie zuerst unter „Mein Jobcenter“ ein."
        )
    contacts = _by_ids(session, Contact, request.contact_ids, "Den Eintrag")
    contacts.sort(key=lambda row: row.when_utc)
    handovers = _by_ids(session, Handover, request.handover_ids, "Die Übergabe")
    handovers.sort(key=lambda row: row.when_utc)
    findings: list[tuple[Finding, date | None]] = []
    for finding in _by_ids(session, Finding, request.finding_ids, "Das Warnsignal"):
        when: str | None = None
        if finding.contact_id is not None:
            contact = session.get(Contact, finding.contact_id)
            when = contact.when if contact else None
        elif finding.handover_id is not None:
            handover = session.get(Handover, finding.handover_id)
            when = handover.when if handover else None
        findings.append((finding, _entry_day(when) if when else None))
    findings.sort(key=lambda pair: pair[1] or date.max)
    letters = _by_ids(session, Letter, request.letter_ids, "Den Brief")
    return _Facts(profile, jobcenter, contacts, handovers, findings, letters)


def _details(kind: LetterType, request: LetterRequest) -> dict[str, Any]:
    known = {f.name: f for f in kind.detail_fields}
    unknown = sorted(set(request.details) - set(known))
    if unknown:
        raise LetterError(
            f"Der Brief „{kind.title}“ kennt die Angabe „{unknown[0]}“ nicht. Möglich sind: "
            + ", ".join(known)
            + "."
        )
    values: dict[str, Any] = {}
    for name, spec in known.items():
        raw = request.details.get(name, "") or ""
        value: Any
        if spec.kind == "lines":
            value = [" ".join(line.split()) for line in raw.splitlines() if line.strip()]
        elif spec.kind == "date":
            value = fmt(_to_date(raw, spec.label)) if raw.strip() else ""
        else:
            value = " ".join(raw.split())
        if spec.required and not value:
            raise LetterError(f"Für den Brief „{kind.title}“ fehlt noch: „{spec.label}“.")
        values[name] = value
    return values


_PROFILE_FIELDS = (
    ("name", "Name"),
    ("street", "Straße"),
    ("postcode", "Postleitzahl"),
    ("city", "Ort"),
    ("customer_number", "Kundennummer"),
    ("bg_number", "BG-Nummer"),
)
_JOBCENTER_FIELDS = (("name", "Name"), ("street", "Straße"), ("postcode", "PLZ"), ("city", "Ort"))


def _refuse_undrawable(
    kind: LetterType,
    profile: Profile,
    jobcenter: Jobcenter,
    request: LetterRequest,
    recipient_lines: tuple[str, ...] | list[str],
    rest: list[str],
) -> None:
    """A character the letter's font cannot draw would print as an empty box: say
    where it is, so that it can be changed, instead of printing a broken letter."""

    def refuse(chars: list[str], where: str, change: str) -> None:
        shown = ", ".join(f"„{c}“" for c in chars[:5])
        raise LetterError(
            f"{where} enthält Zeichen, die der Brief nicht drucken kann: {shown}. "
            f"{change} Buchstaben aus lateinischer, kyrillischer, griechischer, "
            "arabischer und hebräischer Schrift gehen, die meisten Emojis nicht."
        )

    for attribute, label in _PROFILE_FIELDS:
        chars = undrawable(str(getattr(profile, attribute) or ""))
        if chars:
            refuse(chars, f"Ihr Profil („{label}“)", "Bitte ändern Sie es unter Einstellungen.")
    for attribute, label in _JOBCENTER_FIELDS:
        chars = undrawable(str(getattr(jobcenter, attribute) or ""))
        if chars:
            refuse(
                chars,
                f"Die Angabe zum Jobcenter („{label}“)",
                "Bitte ändern Sie sie unter Einstellungen.",
            )
    fields = {f.name: f.label for f in kind.detail_fields}
    for name, value in request.details.items():
        chars = undrawable(value or "")
        if chars:
            refuse(chars, f"Die Angabe „{fields.get(name, name)}“", "Bitte ändern Sie sie.")
    chars = undrawable(" ".join(recipient_lines))
    if chars:
        refuse(chars, "Die Anschrift", "Bitte ändern Sie sie.")
    chars = undrawable(" ".join(rest))
    if chars:
        refuse(
            chars,
            "Ein gewählter Eintrag, eine Übergabe oder ein Brief",
            "Bitte wählen Sie ihn ab oder ändern Sie ihn im Tagebuch.",
        )


def _letter_day(row: Letter) -> date | None:
    return row.sent_on or row.letter_date


def _history(row: Letter, today: date) -> dict[str, str]:
    day = _letter_day(row)
    if row.answered_on:
        outcome = f"beantwortet am {fmt(row.answered_on)}"
    elif row.due_on and row.due_on < today:
        outcome = f"keine Antwort, die Frist lief am {fmt(row.due_on)} ab"
    elif row.sent_on:
        outcome = "bisher keine Antwort"
    else:
        outcome = "noch nicht versendet"
    return {
        "kind": HISTORY_NAMES.get(row.type, "Schreiben"),
        "date": fmt(day) if day else "(ohne Datum)",
        "subject": row.subject or catalogue().types.get(row.type, _UNKNOWN).title,
        "outcome": outcome,
        "due": fmt(row.due_on) if row.due_on else "",
    }


_UNKNOWN = LetterType("", "Schreiben", "", "", frozenset(), (), "", False)


def _document_rows(handovers: list[Handover]) -> list[tuple[str, ...]]:
    catalogue_types = document_types()
    rows: list[tuple[str, ...]] = []
    for handover in handovers:
        for doc in handover.documents:
            label = catalogue_types[doc.type].label if doc.type in catalogue_types else doc.type
            description = " ".join(printable(doc.description, drop_symbols=True).split())
            what = f"{label}: {description}" if description else label
            period = " ".join(printable(doc.period, drop_symbols=True).split())
            rows.append(
                (
                    str(len(rows) + 1),
                    what,
                    period or "–",
                    str(doc.pages) if doc.pages else "–",
                    "Original" if doc.original else "Kopie",
                )
            )
    return rows


def _handover_summary(handover: Handover) -> str:
    """ "Kontoauszüge (01/2026, 02/2026), Personalausweis": one name per kind of document."""
    periods: dict[str, list[str]] = {}
    for row in _document_rows([handover]):
        listed = periods.setdefault(row[1], [])
        if row[2] != "–":
            listed.append(row[2])
    return ", ".join(
        f"{what} ({', '.join(dict.fromkeys(when))})" if when else what
        for what, when in periods.items()
    )


def _typed_rows(lines: list[str]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for line in lines:
        parts = [part.strip() for part in line.split(";")]
        parts += [""] * (4 - len(parts))
        what, period, pages, original = parts[0], parts[1], parts[2], "; ".join(parts[3:]).strip()
        rows.append((str(len(rows) + 1), what, period or "–", pages or "–", original or "Kopie"))
    return rows


def _erase_items(handovers: list[Handover]) -> list[str]:
    catalogue_types = document_types()
    items: list[str] = []
    for handover in handovers:
        day = fmt(_entry_day(handover.when))
        docs = handover.documents
        copied = [d for d in docs if d.copied_by_jobcenter or d.scanned_by_jobcenter]
        for doc in copied or docs:
            label = catalogue_types[doc.type].label if doc.type in catalogue_types else doc.type
            if doc in copied:
                items.append(f"die Kopie oder den Scan: {label}, angefertigt am {day}")
            else:
                items.append(f"{label}, abgegeben am {day}")
    return items


def _the_jobcenter(name: str) -> str:
    """ "das Jobcenter Musterstadt"; a name that says Jobcenter itself keeps only "das"."""
    return f"das {name}" if "jobcenter" in name.casefold() else f"das Jobcenter {name}"


def _sender_lines(profile: Profile) -> tuple[str, ...]:
    return (
        profile.name.strip(),
        profile.street.strip(),
        f"{profile.postcode} {profile.city}".strip(),
    )


def _jobcenter_lines(jobcenter: Jobcenter, to_officer: bool) -> list[str]:
    lines = [jobcenter.name.strip()]
    if to_officer:
        lines.append(DSB_LINE)
    if jobcenter.street.strip():
        lines.append(jobcenter.street.strip())
    place = f"{jobcenter.postcode} {jobcenter.city}".strip()
    if place:
        lines.append(place)
    return lines


def _recipient(
    layout: Layout, facts: _Facts, request: LetterRequest
) -> tuple[tuple[str, ...], str]:
    jobcenter = facts.jobcenter
    note = ""
    lines: list[str]
    if layout.recipient == "aufsicht":
        state = (jobcenter.state or facts.profile.state or "").strip().upper()
        if state not in STATES:
            if not request.recipient_lines:
                raise LetterError(
                    "Für die Beschwerde brauche ich das Bundesland Ihres Jobcenters. Bitte "
                    "tragen Sie es unter „Mein Jobcenter“ ein oder geben Sie die Anschrift der "
                    "Aufsicht selbst an."
                )
            lines, note = [], ""
        else:
            authority, note = supervisory_authority(jobcenter.kind or "ge", state)
            lines = [authority.name, *authority.address_lines]
            if not authority.verified:
                note += " " + UNVERIFIED_HINT
    else:
        to_officer = layout.recipient == "datenschutz"
        lines = _jobcenter_lines(jobcenter, to_officer)
        first = facts.letters[0] if facts.letters else None
        if first is not None and isinstance(first.recipient.get("lines"), list):
            stored = [str(line) for line in first.recipient["lines"] if str(line).strip()]
            lines = stored or lines
        if len(lines) < 3 and not request.recipient_lines:
            raise LetterError(
                "Die Anschrift Ihres Jobcenters ist unvollständig. Bitte ergänzen Sie sie unter "
                "„Mein Jobcenter“ oder geben Sie die Anschrift im Brief selbst an."
            )
    if request.recipient_lines is not None:
        edited = [line.strip() for line in request.recipient_lines if line.strip()]
        if edited:
            lines = edited
            if layout.recipient == "aufsicht" and note:
                note += " Sie haben die Anschrift selbst geändert."
    return tuple(lines), note


def _split(text: str, table: Table | None) -> tuple[list[Block], list[str]]:
    body, _sep, annex = text.partition("@anlagen")
    enclosures = [
        line.strip()[2:].strip() for line in annex.splitlines() if line.strip().startswith("- ")
    ]
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", body.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if lines == ["@tabelle"]:
            if table is not None:
                blocks.append(table)
            continue
        if lines[0].startswith("- "):
            items: list[str] = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:].strip())
                else:
                    items[-1] += " " + line
            blocks.append(Bullets(tuple(items)))
        else:
            blocks.append(Paragraph(" ".join(lines)))
    return blocks, [e for e in enclosures if e]


def build_letter(
    session: Session, request: LetterRequest, *, today: date | None = None
) -> LetterDoc:
    """The structured letter for ``request`` from the vault open in ``session``."""
    cat = catalogue()
    kind = cat.types.get(request.type_id)
    if kind is None:
        raise LetterError(
            f"Die Briefart „{request.type_id}“ gibt es nicht. „amtstagebuch letter --list“ "
            "zeigt alle."
        )
    layout = cat.layouts[kind.id]
    today = today or date.today()
    letter_day = request.letter_date or today
    details = _details(kind, request)
    facts = _facts(session, request)
    profile, jobcenter = facts.profile, facts.jobcenter

    contacts = [
        {
            "date": fmt(_entry_day(c.when)),
            "channel": CHANNEL_LABELS.get(c.channel, c.channel),
            "counterpart": " ".join(printable(c.counterpart, drop_symbols=True).split()),
            "companion": " ".join(printable(c.companion, drop_symbols=True).split()),
            "summary": _short(c.notes or c.outcome) or "(ohne Notiz)",
        }
        for c in facts.contacts
    ]
    handovers = [
        {
            "date": fmt(_entry_day(h.when)),
            "method": METHOD_LABELS.get(h.method, h.method),
            "what": _handover_summary(h) or "(ohne Liste)",
        }
        for h in facts.handovers
    ]
    from app.redflags import load_rules

    rules = load_rules() if facts.findings else {}
    findings: list[dict[str, str]] = []
    norms: list[str] = []
    for finding, day in facts.findings:
        rule = rules.get(finding.rule_id)
        rule_norms = [norm for norm, _summary in rule.legal_basis] if rule else []
        law = [n for n in rule_norms if "§" in n or "Art." in n]
        norms.extend(law)
        findings.append(
            {
                "title": rule.title if rule else finding.rule_id,
                "date": fmt(day) if day else "ohne Datum",
                "basis": ", ".join(law[:3]) or (rule_norms[0] if rule_norms else ""),
            }
        )
    letters = [_history(row, letter_day) for row in facts.letters]

    context: dict[str, Any] = dict(details)
    context.update(
        profile={
            "name": profile.name.strip(),
            "street": profile.street.strip(),
            "postcode": profile.postcode.strip(),
            "city": profile.city.strip(),
            "customer_number": profile.customer_number.strip(),
            "bg_number": profile.bg_number.strip(),
        },
        jobcenter={
            "name": jobcenter.name.strip(),
            "address": ", ".join(_jobcenter_lines(jobcenter, False)[1:]),
            "kind_text": KIND_TEXTS.get(jobcenter.kind, KIND_TEXTS["ge"]),
            "the": _the_jobcenter(jobcenter.name.strip()),
        },
        contacts=contacts,
        handovers=handovers,
        findings=findings,
        letters=letters,
        norms="; ".join(dict.fromkeys(norms)),
        letter_date=fmt(letter_day),
    )

    table: Table | None = None
    answer_due_hint = ""
    info: list[tuple[str, str]] = [("Datum", fmt(letter_day))]
    if layout.recipient != "aufsicht":
        if profile.customer_number.strip():
            info.append(("Kundennummer", profile.customer_number.strip()))
        if profile.bg_number.strip():
            info.append(("BG-Nummer", profile.bg_number.strip()))

    if kind.id == "loeschung":
        items = list(details["daten"]) + _erase_items(facts.handovers)
        if not items:
            raise LetterError(
                "Bitte nennen Sie die Daten, die gelöscht werden sollen, oder wählen Sie eine "
                "Übergabe aus."
            )
        context["items"] = items
    elif kind.id == "eingangsbestaetigung":
        rows = _document_rows(facts.handovers) or _typed_rows(details["unterlagen"])
        if not rows:
            raise LetterError(
                "Bitte wählen Sie eine Übergabe aus oder nennen Sie die Unterlagen, die Sie "
                "abgeben."
            )
        table = Table(RECEIPT_HEADER, tuple(rows), RECEIPT_WIDTHS_MM)
        context["handover_dates"] = ", ".join(dict.fromkeys(h["date"] for h in handovers))
    elif kind.id == "terminbegleitung":
        if not details["termin"] and contacts:
            context["termin"] = contacts[0]["date"]
        if not details["beistand"] and contacts and contacts[0]["companion"]:
            context["beistand"] = contacts[0]["companion"]
    elif kind.id == "erinnerung":
        if facts.letters:
            first = letters[0]
        elif details["bezug_datum"] and details["bezug_betreff"]:
            first = {
                "date": details["bezug_datum"],
                "subject": details["bezug_betreff"],
                "due": "",
            }
        else:
            raise LetterError(
                "Bitte wählen Sie das Schreiben, an das Sie erinnern möchten, oder geben Sie "
                "Datum und Betreff des ersten Schreibens an."
            )
        due = reminder_date_in_letter(letter_day, profile.state)
        context["first"] = first
        context["due"] = fmt(due)
        info.append(("Mein Schreiben vom", first["date"]))
        answer_due_hint = f"Bitte antworten Sie bis zum {fmt(due)}."
    elif kind.id == "kontoauszuege-begleitschreiben":
        if not details["zeitraum"]:
            periods = [
                d.period.strip()
                for h in facts.handovers
                for d in h.documents
                if d.type == "kontoauszuege" and d.period.strip()
            ]
            context["zeitraum"] = ", ".join(dict.fromkeys(periods))
    elif kind.id == "gesundheitsdaten-umschlag":
        if not details["unterlagen"]:
            health = {t.id for t in document_types().values() if t.health}
            context["unterlagen"] = [
                row[1]
                for h in facts.handovers
                for row, doc in zip(_document_rows([h]), h.documents, strict=True)
                if doc.type in health
            ]
    elif kind.id == "beschwerde" and not (
        details["sachverhalt"] or contacts or handovers or findings or letters
    ):
        raise LetterError(
            "Bitte beschreiben Sie, worüber Sie sich beschweren, oder wählen Sie Einträge, "
            "Warnsignale oder frühere Briefe aus."
        )

    if details["ihr_zeichen"]:
        info.append(("Ihr Zeichen", details["ihr_zeichen"]))
    if details["ihre_nachricht_vom"]:
        info.append(("Ihre Nachricht vom", details["ihre_nachricht_vom"]))

    try:
        subject = " ".join(cat.env.from_string(layout.subject).render(context).split())
        text = cat.env.get_template(f"{kind.id}.txt").render(context)
    except jinja2.UndefinedError as exc:
        # a template asks for something the builder does not give: a bug, said plainly
        raise LetterError(
            f"Die Vorlage des Briefs „{kind.title}“ ist fehlerhaft ({exc.message}). "
            "Bitte melden Sie diesen Fehler."
        ) from None
    blocks, enclosures = _split(text, table)
    recipient_lines, note = _recipient(layout, facts, request)
    sender = _sender_lines(profile)
    cells = [cell for row in table.rows for cell in row] if table is not None else []
    _refuse_undrawable(kind, profile, jobcenter, request, recipient_lines, [subject, text, *cells])
    return LetterDoc(
        type_id=kind.id,
        sender_lines=sender,
        return_line=" · ".join(sender),
        recipient_lines=recipient_lines,
        recipient_note=note.strip(),
        info=tuple(info),
        subject=subject,
        salutation=SALUTATION,
        blocks=tuple(blocks),
        closing=CLOSING,
        signature_name=profile.name.strip(),
        enclosures=tuple(enclosures),
        copies=layout.copies,
        receipt_field=layout.receipt_field,
        answer_due_hint=answer_due_hint,
    )
