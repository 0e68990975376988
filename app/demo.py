"""Demo content: one fictional year of a diary, for trying the program out.

Everything here is invented: the person, the address, the numbers, the Jobcenter
and every name. The year tells a plausible story (an application, a case worker,
a medical assessment, a small job, a renewal) with a few incidents the red-flag
rules should find and a few lawful events they must leave alone:

- incidents: the identity card copied at the counter without asking; bank
  statements demanded "ungeschwärzt" for twelve months; the landlord phoned
  without asking first; an unannounced home visit (and a neighbour questioned);
  the medical questionnaire the case worker wanted to read openly, with a
  blanket confidentiality waiver; a companion sent out to wait;
- lawful: the ID only looked at ("Ausweis lag vor"); three months of statements
  with blackened recipients accepted; a questionnaire sent sealed.

The story itself is data, ``app/resources/demo.toml``; this module reads it and
fills a vault through the services. Dates are computed backwards from ``today``
so the demo always shows the last twelve months. The content is fixed data, so
two runs with the same ``today`` write the same entries.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InputRefused
from app.i18n import _
from app.model import Contact, Handover
from app.paths import RESOURCES
from app.records import (
    ContactData,
    ContactDetails,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
)
from app.services.diary import insert_contact, insert_handover, put_jobcenter, put_profile
from app.services.findings import check_all_in
from app.vault.vault import Vault

DEMO_PASSPHRASE = "demo"

_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@dataclass(frozen=True)
class _Doc:
    type: str
    receipt: bool = True
    original: bool = False
    copied: bool = False
    scanned: bool = False
    consent: bool | None = None
    returned: bool | None = None
    description: str = ""  # printed on letters: a neutral label only
    remark: str = ""  # the private note, never printed
    period: str = ""  # may use the placeholders of the entry, e.g. {m3}
    pages: int | None = None


@dataclass(frozen=True)
class _Handover:
    method: str
    docs: tuple[_Doc, ...]
    notes: str = ""
    linked: bool = True  # store contact_uid; some handovers stand on their own
    minutes_after: int = 0


@dataclass(frozen=True)
class _Entry:
    days_ago: int
    at: str  # "HH:MM", local time in Berlin
    channel: str
    counterpart: str
    notes: str
    outcome: str = ""
    follow_up: str = ""
    location: str = ""
    companion: str = ""
    asked_to_sign: bool = False
    copied_or_scanned: bool = False
    requested: tuple[str, ...] = ()
    announces_next: bool = False  # fills {next} and details["next_appointment"]
    appointment: bool = True  # a "termin" that is a real appointment (not a drop-off)
    deadline_days: int = 0  # fills {frist}
    extra_details: tuple[tuple[str, Any], ...] = ()
    handover: _Handover | None = None


# ------------------------------------------------------------------ the year, as data
DEMO_FILE = RESOURCES / "demo.toml"


def _doc(data: dict[str, Any]) -> _Doc:
    return _Doc(**data)


def _handover(data: dict[str, Any]) -> _Handover:
    docs = tuple(_doc(doc) for doc in data.get("docs", []))
    return _Handover(**{**data, "docs": docs})


def _entry(data: dict[str, Any]) -> _Entry:
    fields = dict(data)
    fields["requested"] = tuple(fields.get("requested", ()))
    fields["extra_details"] = tuple(fields.pop("details", {}).items())
    if "handover" in fields:
        fields["handover"] = _handover(fields["handover"])
    return _Entry(**fields)


def load_demo(path: Path = DEMO_FILE) -> tuple[dict[str, Any], dict[str, Any], tuple[_Entry, ...]]:
    """The profile, the Jobcenter and the entries of the demo file (a ``TypeError`` names
    a key the file should not have)."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    entries = tuple(_entry(entry) for entry in data.get("entry", []))
    return dict(data["profile"]), dict(data["jobcenter"]), entries


_PROFILE, _JOBCENTER, _YEAR = load_demo()

_NEXT_FALLBACK_DAYS = 28  # the last appointment announces one after `today`


# ------------------------------------------------------------------ helpers
def _berlin() -> tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package
        return timezone(timedelta(hours=1), "MEZ")


# Nationwide public holidays with a fixed date (day, month); the movable ones are
# left out, the demo only needs to avoid the obvious Christmas letter.
_HOLIDAYS = frozenset({(1, 1), (1, 5), (3, 10), (25, 12), (26, 12)})


def _workday(day: date) -> date:
    """The day itself, or the next day that is neither a weekend nor a fixed holiday."""
    while day.weekday() >= 5 or (day.day, day.month) in _HOLIDAYS:
        day += timedelta(days=1)
    return day


def _months(day: date, count: int) -> str:
    """The `count` full months before `day`, e.g. "August bis Oktober 2026"."""
    last = day.replace(day=1) - timedelta(days=1)
    index = last.year * 12 + last.month - 1 - (count - 1)
    first_year, first_month = divmod(index, 12)
    end = f"{_MONTHS[last.month - 1]} {last.year}"
    if count == 1:
        return end
    if first_year == last.year:
        return f"{_MONTHS[first_month]} bis {end}"
    return f"{_MONTHS[first_month]} {first_year} bis {end}"


def _day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _appointment(moment: datetime) -> str:
    return f"{_WEEKDAYS[moment.weekday()]}, {_day(moment.date())}, {moment:%H:%M} Uhr"


def _schedule(today: date, zone: tzinfo) -> list[datetime]:
    """The moment of each entry: weekdays only (bar portal and e-mail), in order."""
    moments: list[datetime] = []
    for entry in _YEAR:
        office = entry.channel not in ("portal", "email")  # done at home, any day
        day = today - timedelta(days=entry.days_ago)
        hour, minute = (int(part) for part in entry.at.split(":"))
        while True:
            if office:
                day = _workday(day)
            moment = datetime.combine(day, time(hour, minute), tzinfo=zone)
            # A weekend shift may push an entry onto a later one: keep the story's order.
            if not moments or moment > moments[-1]:
                break
            day += timedelta(days=1)
        moments.append(moment)
    return moments


def _next_appointments(moments: list[datetime], zone: tzinfo) -> list[datetime | None]:
    """For each entry that announces one, the moment of the next real appointment."""
    found: list[datetime | None] = []
    for index, entry in enumerate(_YEAR):
        if not entry.announces_next:
            found.append(None)
            continue
        later = (
            moments[j]
            for j in range(index + 1, len(_YEAR))
            if _YEAR[j].channel == "termin" and _YEAR[j].appointment
        )
        upcoming = next(later, None)
        if upcoming is None:
            day = _workday(moments[index].date() + timedelta(days=_NEXT_FALLBACK_DAYS))
            upcoming = datetime.combine(day, time(9, 30), tzinfo=zone)
        found.append(upcoming)
    return found


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format_map(values) if "{" in template else template


def _document(doc: _Doc, values: dict[str, str]) -> DocumentData:
    return DocumentData(
        type=doc.type,
        original=doc.original,
        copied_by_jobcenter=doc.copied,
        scanned_by_jobcenter=doc.scanned,
        consent_asked=doc.consent,
        receipt=doc.receipt,
        original_returned=doc.returned,
        description=_fill(doc.description, values),
        remark=_fill(doc.remark, values),
        period=_fill(doc.period, values),
        pages=doc.pages,
    )


def _placeholders(entry: _Entry, day: date, next_at: datetime | None) -> dict[str, str]:
    """The values of the placeholders in the texts of one entry."""
    return {
        "date": _day(day),
        "frist": _day(_workday(day + timedelta(days=entry.deadline_days))),
        "next": _appointment(next_at) if next_at else "",
        "m1": _months(day, 1),
        "m2": _months(day, 2),
        "m3": _months(day, 3),
        "m12": _months(day, 12),
    }


def _write_entry(
    session: Session, entry: _Entry, moment: datetime, next_at: datetime | None
) -> None:
    """One entry of the year and the papers handed over with it, through the services."""
    values = _placeholders(entry, moment.date(), next_at)
    details = ContactDetails(
        asked_to_sign=entry.asked_to_sign,
        copied_or_scanned=entry.copied_or_scanned,
        documents_requested=list(entry.requested),
        next_appointment=next_at,
        other=dict(entry.extra_details),  # answers the entry form has no field for
    ).to_details()
    contact = insert_contact(
        session,
        ContactData(
            when=moment,
            channel=entry.channel,
            counterpart=entry.counterpart,
            companion=entry.companion,
            location=entry.location,
            notes=_fill(entry.notes, values),
            outcome=_fill(entry.outcome, values),
            follow_up=_fill(entry.follow_up, values),
            details=details,
        ),
    )
    given = entry.handover
    if given is None:
        return
    insert_handover(
        session,
        HandoverData(
            when=moment + timedelta(minutes=given.minutes_after),
            method=given.method,
            documents=[_document(doc, values) for doc in given.docs],
            contact_uid=contact.uid if given.linked else None,
            notes=_fill(given.notes, values),
        ),
    )


# ------------------------------------------------------------------ the entry point
def fill_demo(vault: Vault, *, today: date | None = None) -> None:
    """Fill an empty vault with a year of fictional content ending at `today`."""
    today = today or date.today()
    zone = _berlin()
    moments = _schedule(today, zone)
    upcoming = _next_appointments(moments, zone)

    with vault.transaction() as session:
        existing = (session.scalar(select(func.count(Contact.id))) or 0) + (
            session.scalar(select(func.count(Handover.id))) or 0
        )
        if existing:
            raise InputRefused(
                _("Die Beispieldaten können nur in ein leeres Tagebuch geschrieben werden.")
            )
        put_profile(session, ProfileData(**_PROFILE, extra={"demo": True}))
        put_jobcenter(session, JobcenterData(**_JOBCENTER, extra={"demo": True}))
        for entry, moment, next_at in zip(_YEAR, moments, upcoming, strict=True):
            _write_entry(session, entry, moment, next_at)
        # the demo shows its Warnsignale at once, checked with the rules shipped now
        check_all_in(session)
