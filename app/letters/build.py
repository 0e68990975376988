"""Build a :class:`LetterDoc` from a :class:`LetterRequest` and what the vault holds.

The letter works with only the profile and the Jobcenter filled in. Facts from the
diary reach it only through the type's detail fields: the wizard shows the
program's proposals there (``app/letters/proposals.py``) and sends what the user
kept (``LetterRequest.reviewed``); for the command line the builder adds the same
proposals itself. No diary note is ever read here. The German text comes from the
templates in ``app/resources/letters``; this module checks the details, fills the
template and splits the text into blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import jinja2
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.authorities import STATES, UNVERIFIED_HINT, supervisory_authority
from app.deadlines import answer_deadline, reminder_date_in_letter
from app.i18n import N_, _
from app.letters.catalogue import Layout, catalogue
from app.letters.hooks import Draft, letter_step, run_step
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
from app.letters.proposals import (
    Chosen,
    chosen,
    fmt,
    history_name,
    letter_day,
    merge,
    propose,
)
from app.model import Jobcenter, Letter, Profile
from app.pdf.fonts import undrawable

DSB_LINE = "z. Hd. der/des behördlichen Datenschutzbeauftragten"
SALUTATION = "Sehr geehrte Damen und Herren,"
CLOSING = "Mit freundlichen Grüßen"
KIND_TEXTS = {
    "ge": "eine gemeinsame Einrichtung von Bundesagentur für Arbeit und Kommune (§ 44b SGB II)",
    "zkt": "ein zugelassener kommunaler Träger (§ 6a SGB II)",
}
RECEIPT_HEADER = ("Nr.", "Unterlage", "Zeitraum", "Seiten", "Original / Kopie")
RECEIPT_WIDTHS_MM = (10.0, 70.0, 42.0, 16.0, 27.0)

_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_YES = {"ja", "j", "1", "x", "true", "yes", "wahr"}
_NO = {"", "nein", "n", "0", "false", "no", "falsch"}


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
            _("„{label}“: „{strip}“ ist kein Datum. Bitte schreiben Sie es als TT.MM.JJJJ.").format(
                label=label, strip=value.strip()
            )
        ) from None
    return day


@dataclass
class _Facts:
    profile: Profile
    jobcenter: Jobcenter
    records: Chosen


def _facts(session: Session, request: LetterRequest) -> _Facts:
    profile = session.scalars(select(Profile).order_by(Profile.id)).first()
    if profile is None or not profile.name.strip():
        raise LetterError(
            _(
                "Für einen Brief brauche ich Ihren Namen und Ihre Anschrift. Bitte tragen Sie sie "
                "zuerst unter „Einstellungen → Profil“ ein."
            )
        )
    if not (profile.street.strip() and profile.postcode.strip() and profile.city.strip()):
        raise LetterError(
            _(
                "Ihre Anschrift ist unvollständig (Straße, Postleitzahl, Ort). Bitte ergänzen Sie "
                "sie unter „Einstellungen → Profil“."
            )
        )
    jobcenter = session.scalars(select(Jobcenter).order_by(Jobcenter.id)).first()
    if jobcenter is None or not jobcenter.name.strip():
        raise LetterError(
            _(
                "Für einen Brief brauche ich Name und Anschrift Ihres Jobcenters. Bitte tragen Sie "
                "sie zuerst unter „Einstellungen → Jobcenter“ ein."
            )
        )
    return _Facts(profile, jobcenter, chosen(session, request))


def _details(kind: LetterType, given: dict[str, str]) -> dict[str, Any]:
    known = {f.name: f for f in kind.detail_fields}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise LetterError(
            _("Der Brief „{title}“ kennt die Angabe „{value}“ nicht. Möglich sind: ").format(
                title=kind.title, value=unknown[0]
            )
            + ", ".join(known)
            + "."
        )
    values: dict[str, Any] = {}
    for name, spec in known.items():
        raw = given.get(name, "") or ""
        value: Any
        if spec.kind == "check":
            answer = raw.strip().casefold()
            if answer not in _YES | _NO:
                raise LetterError(
                    _("„{label}“: bitte „ja“ oder „nein“ angeben, nicht „{strip}“.").format(
                        label=spec.label, strip=raw.strip()
                    )
                )
            value = answer in _YES
        elif spec.kind == "lines":
            value = [" ".join(line.split()) for line in raw.splitlines() if line.strip()]
        elif spec.kind == "date":
            value = fmt(_to_date(raw, spec.label)) if raw.strip() else ""
        else:
            value = " ".join(raw.split())
        if spec.required and not value:
            raise LetterError(
                _("Für den Brief „{title}“ fehlt noch: „{label}“.").format(
                    title=kind.title, label=spec.label
                )
            )
        values[name] = value
    return values


def letter_details(session: Session, request: LetterRequest, today: date) -> dict[str, str]:
    """The details the letter prints: as given when the user reviewed them (the
    wizard), else with the diary's proposals for the chosen records added."""
    if request.reviewed:
        return dict(request.details)
    kind = catalogue().types[request.type_id]
    lines = {spec.name for spec in kind.detail_fields if spec.kind == "lines"}
    return merge(request.details, propose(session, request, today=today), lines)


_PROFILE_FIELDS = (
    ("name", N_("Name")),
    ("street", N_("Straße")),
    ("postcode", N_("Postleitzahl")),
    ("city", N_("Ort")),
    ("customer_number", N_("Kundennummer")),
    ("bg_number", N_("BG-Nummer")),
)
_JOBCENTER_FIELDS = (
    ("name", N_("Name")),
    ("street", N_("Straße")),
    ("postcode", N_("PLZ")),
    ("city", N_("Ort")),
)


def _refuse_undrawable(
    kind: LetterType,
    profile: Profile,
    jobcenter: Jobcenter,
    details: dict[str, str],
    recipient_lines: tuple[str, ...] | list[str],
    rest: list[str],
) -> None:
    """A character the letter's font cannot draw would print as an empty box: say
    where it is, so that it can be changed, instead of printing a broken letter."""

    def refuse(chars: list[str], where: str, change: str) -> None:
        shown = ", ".join(f"„{c}“" for c in chars[:5])
        raise LetterError(
            _(
                "{where} enthält Zeichen, die der Brief nicht drucken kann: {shown}. {change} "
                "Buchstaben aus lateinischer, kyrillischer, griechischer, arabischer und "
                "hebräischer Schrift gehen, die meisten Emojis nicht."
            ).format(where=where, shown=shown, change=change)
        )

    for attribute, label in _PROFILE_FIELDS:
        chars = undrawable(str(getattr(profile, attribute) or ""))
        if chars:
            refuse(
                chars,
                _("Ihr Profil („{label}“)").format(label=_(label)),
                _("Bitte ändern Sie es unter Einstellungen."),
            )
    for attribute, label in _JOBCENTER_FIELDS:
        chars = undrawable(str(getattr(jobcenter, attribute) or ""))
        if chars:
            refuse(
                chars,
                _("Die Angabe zum Jobcenter („{label}“)").format(label=_(label)),
                _("Bitte ändern Sie sie unter Einstellungen."),
            )
    fields = {f.name: f.label for f in kind.detail_fields}
    for name, value in details.items():
        chars = undrawable(value or "")
        if chars:
            refuse(
                chars,
                _("Die Angabe „{label}“").format(label=_(fields.get(name, name))),
                _("Bitte ändern Sie sie."),
            )
    chars = undrawable(" ".join(recipient_lines))
    if chars:
        refuse(chars, _("Die Anschrift"), _("Bitte ändern Sie sie."))
    chars = undrawable(" ".join(rest))
    if chars:
        refuse(
            chars,
            _("Der Brief"),
            _("Bitte ändern Sie die Angaben, die das Zeichen enthalten."),
        )


def _typed_rows(lines: list[str]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for line in lines:
        parts = [part.strip() for part in line.split(";")]
        parts += [""] * (4 - len(parts))
        what, period, pages, original = parts[0], parts[1], parts[2], "; ".join(parts[3:]).strip()
        rows.append((str(len(rows) + 1), what, period or "–", pages or "–", original or "Kopie"))
    return rows


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
                    _(
                        "Für die Beschwerde brauche ich das Bundesland Ihres Jobcenters. Bitte "
                        "tragen Sie es unter „Einstellungen → Jobcenter“ ein oder geben Sie die Anschrift der "
                        "Aufsicht selbst an."
                    )
                )
            lines, note = [], ""
        else:
            authority, note = supervisory_authority(jobcenter.kind or "ge", state)
            lines = [authority.name, *authority.address_lines]
            if not authority.verified:
                note += " " + _(UNVERIFIED_HINT)
    else:
        to_officer = layout.recipient == "datenschutz"
        lines = _jobcenter_lines(jobcenter, to_officer)
        first = facts.records.letters[0] if facts.records.letters else None
        if first is not None and isinstance(first.recipient.get("lines"), list):
            stored = [str(line) for line in first.recipient["lines"] if str(line).strip()]
            lines = stored or lines
        if len(lines) < 3 and not request.recipient_lines:
            raise LetterError(
                _(
                    "Die Anschrift Ihres Jobcenters ist unvollständig. Bitte ergänzen Sie sie unter "
                    "„Einstellungen → Jobcenter“ oder geben Sie die Anschrift im Brief selbst an."
                )
            )
    if request.recipient_lines is not None:
        edited = [line.strip() for line in request.recipient_lines if line.strip()]
        if edited:
            lines = edited
            if layout.recipient == "aufsicht" and note:
                note += " " + _("Sie haben die Anschrift selbst geändert.")
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


def _history(row: Letter) -> dict[str, str]:
    day = letter_day(row)
    return {
        "kind": history_name(row.type),
        "date": fmt(day) if day else "(ohne Datum)",
    }


def _reminder_first(
    facts: _Facts, details: dict[str, Any], letter_day_: date, state: str | None
) -> dict[str, Any]:
    """The letter a reminder refers to, with its true dates; refused before its
    answer deadline has passed."""
    if facts.records.letters:
        row = facts.records.letters[0]
        day = letter_day(row)
        if row.answered_on is not None:
            raise LetterError(
                _(
                    "Das Schreiben vom {day} ist schon beantwortet (am {answered}). Eine Erinnerung ist "
                    "nicht nötig."
                ).format(day=fmt(day) if day else _("(ohne Datum)"), answered=fmt(row.answered_on))
            )
        if row.sent_on is None or row.due_on is None:
            raise LetterError(
                _(
                    "Das Schreiben ist noch nicht als versendet markiert. Eine Erinnerung ist erst "
                    "möglich, wenn es verschickt ist und die Antwortfrist abgelaufen ist."
                )
            )
        first: dict[str, Any] = {
            "date": fmt(row.sent_on),
            "subject": row.subject or catalogue().types.get(row.type, _UNKNOWN).title,
            "due": row.due_on,
            "akteneinsicht": row.type == "akteneinsicht",
        }
    elif details["bezug_datum"] and details["bezug_betreff"]:
        sent = _to_date(details["bezug_datum"], "Datum des ersten Schreibens")
        first = {
            "date": details["bezug_datum"],
            "subject": details["bezug_betreff"],
            # not kept in the diary: counted as an ordinary letter by post
            "due": answer_deadline(sent, "post", state).due,
            "akteneinsicht": False,
        }
    else:
        raise LetterError(
            _(
                "Bitte wählen Sie das Schreiben, an das Sie erinnern möchten, oder geben Sie "
                "Datum und Betreff des ersten Schreibens an."
            )
        )
    due: date = first["due"]
    if letter_day_ <= due:
        raise LetterError(
            _(
                "Die Antwortfrist für Ihr Schreiben vom {sent} läuft noch bis zum {due}. Eine "
                "Erinnerung ist erst ab dem {start} möglich."
            ).format(sent=first["date"], due=fmt(due), start=fmt(due + timedelta(days=1)))
        )
    return {**first, "due": fmt(due)}


_UNKNOWN = LetterType("", "Schreiben", "", "", frozenset(), (), "", False)


# ------------------------------------------------------------- per-letter steps
@letter_step("loeschung")
def _erasure(draft: Draft) -> None:
    if not draft.details["daten"]:
        raise LetterError(
            _(
                "Bitte nennen Sie die Daten, die gelöscht werden sollen, oder wählen Sie eine "
                "Übergabe aus."
            )
        )


@letter_step("eingangsbestaetigung")
def _receipt(draft: Draft) -> None:
    rows = _typed_rows(draft.details["unterlagen"])
    if not rows:
        raise LetterError(
            _("Bitte wählen Sie eine Übergabe aus oder nennen Sie die Unterlagen, die Sie abgeben.")
        )
    draft.table = Table(RECEIPT_HEADER, tuple(rows), RECEIPT_WIDTHS_MM)


@letter_step("erinnerung")
def _reminder(draft: Draft) -> None:
    state = draft.facts.profile.state
    first = _reminder_first(draft.facts, draft.details, draft.day, state)
    due = reminder_date_in_letter(draft.day, state)
    draft.context["first"] = first
    draft.context["due"] = fmt(due)
    draft.info.append(("Mein Schreiben vom", first["date"]))
    draft.answer_due_hint = f"Bitte antworten Sie bis zum {fmt(due)}."


@letter_step("beschwerde")
def _complaint(draft: Draft) -> None:
    if not (draft.details["sachverhalt"] or draft.letters):
        raise LetterError(
            _(
                "Bitte beschreiben Sie, worüber Sie sich beschweren, oder wählen Sie Einträge, "
                "Warnsignale oder frühere Briefe aus."
            )
        )


def _context(
    details: dict[str, Any],
    profile: Profile,
    jobcenter: Jobcenter,
    letters: list[dict[str, str]],
    day: date,
) -> dict[str, Any]:
    """The variables of the template and the subject."""
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
            "kind": jobcenter.kind if jobcenter.kind in KIND_TEXTS else "",
            "kind_text": KIND_TEXTS.get(jobcenter.kind, KIND_TEXTS["ge"]),
            "the": _the_jobcenter(jobcenter.name.strip()),
        },
        letters=letters,
        letter_date=fmt(day),
    )
    return context


def default_recipient(session: Session, request: LetterRequest) -> tuple[tuple[str, ...], str]:
    """The address the letter would go to without an edited one, and why that one
    (the supervisory authority's note); LetterError when the program cannot tell."""
    kind = catalogue().types.get(request.type_id)
    if kind is None:
        raise LetterError(
            _("Die Briefart „{type_id}“ gibt es nicht.").format(type_id=request.type_id)
        )
    plain = LetterRequest(**{**vars(request), "recipient_lines": None})
    return _recipient(catalogue().layouts[kind.id], _facts(session, plain), plain)


def build_letter(
    session: Session, request: LetterRequest, *, today: date | None = None
) -> LetterDoc:
    """The structured letter for ``request`` from the vault open in ``session``."""
    cat = catalogue()
    kind = cat.types.get(request.type_id)
    if kind is None:
        raise LetterError(
            _(
                "Die Briefart „{type_id}“ gibt es nicht. „amtstagebuch letter --list“ zeigt alle."
            ).format(type_id=request.type_id)
        )
    layout = cat.layouts[kind.id]
    today = today or date.today()
    day = request.letter_date or today
    facts = _facts(session, request)
    given = letter_details(session, request, day)
    details = _details(kind, given)
    profile, jobcenter = facts.profile, facts.jobcenter
    letters = [_history(row) for row in facts.records.letters]

    context = _context(details, profile, jobcenter, letters, day)

    info: list[tuple[str, str]] = [("Datum", fmt(day))]
    if layout.recipient != "aufsicht":
        if profile.customer_number.strip():
            info.append(("Kundennummer", profile.customer_number.strip()))
        if profile.bg_number.strip():
            info.append(("BG-Nummer", profile.bg_number.strip()))
    draft = Draft(kind, day, details, context, info, facts, letters)
    run_step(draft)  # the type's own step, if it has one (app/letters/hooks.py)
    table, answer_due_hint = draft.table, draft.answer_due_hint

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
            _(
                "Die Vorlage des Briefs „{title}“ ist fehlerhaft ({message}). Bitte melden Sie "
                "diesen Fehler."
            ).format(title=kind.title, message=exc.message)
        ) from None
    blocks, enclosures = _split(text, table)
    recipient_lines, note = _recipient(layout, facts, request)
    sender = _sender_lines(profile)
    cells = [cell for row in table.rows for cell in row] if table is not None else []
    _refuse_undrawable(kind, profile, jobcenter, given, recipient_lines, [subject, text, *cells])
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
