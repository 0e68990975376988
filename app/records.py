"""Plain records that cross the line between services and their callers.

Services take and return these dataclasses, never ORM objects, so a window or the
command line never holds a database row. Validation lives here: a bad value is
refused with a German message naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, ClassVar

from app.errors import InputRefused
from app.i18n import _
from app.vocabulary import CHANNELS, KINDS, METHODS, STATES

MAX_TEXT = 200_000  # a very long memory record still fits; more is refused clearly
MAX_SHORT = 2_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UID = re.compile(r"^[0-9a-f]{32}$")


def clean_text(value: Any, field_name: str, *, limit: int = MAX_SHORT) -> str:
    """Accept any script (Cyrillic, Arabic, emoji); refuse non-text and control bytes."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputRefused(
            _("Feld „{field_name}“: hier wird Text erwartet.").format(field_name=field_name)
        )
    if _CONTROL.search(value):
        raise InputRefused(
            _("Feld „{field_name}“ enthält unsichtbare Steuerzeichen.").format(
                field_name=field_name
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputRefused(
            _("Feld „{field_name}“ enthält ungültige Zeichen.").format(field_name=field_name)
        ) from exc
    if len(value) > limit:
        raise InputRefused(
            _("Feld „{field_name}“ ist zu lang ({length} Zeichen; höchstens {limit}).").format(
                field_name=field_name,
                length=f"{len(value):,}".replace(",", "."),
                limit=f"{limit:,}".replace(",", "."),
            )
        )
    return value


MAX_NUMBER = 2**53  # a number beyond this is no answer a person gave (and loses precision)
MAX_DEPTH = 20


def _bad_chars(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean_json(value: Any, field_name: str, *, depth: int = 0) -> Any:
    """A value kept as it came (unknown fields of an import): JSON, but nothing that
    cannot be stored or written out again (lone surrogates, NaN, endless nesting)."""
    if depth > MAX_DEPTH:
        raise InputRefused(
            _("Feld „{field_name}“ ist zu tief verschachtelt.").format(field_name=field_name)
        )
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if _bad_chars(value):
            raise InputRefused(
                _("Feld „{field_name}“ enthält ungültige Zeichen.").format(field_name=field_name)
            )
        return value
    if isinstance(value, int):
        if abs(value) > 2**63 - 1:
            raise InputRefused(
                _("Feld „{field_name}“: die Zahl ist zu groß.").format(field_name=field_name)
            )
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise InputRefused(
                _("Feld „{field_name}“: das ist keine gültige Zahl.").format(field_name=field_name)
            )
        return value
    if isinstance(value, list):
        return [clean_json(v, field_name, depth=depth + 1) for v in value]
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str) or _bad_chars(key):
                raise InputRefused(
                    _("Feld „{field_name}“ enthält einen ungültigen Namen.").format(
                        field_name=field_name
                    )
                )
            out[key] = clean_json(item, f"{field_name}.{key}"[:80], depth=depth + 1)
        return out
    raise InputRefused(
        _("Feld „{field_name}“: dieser Wert lässt sich nicht speichern.").format(
            field_name=field_name
        )
    )


def clean_extra(value: Any) -> dict[str, Any]:
    """The unknown fields of a record (kept and exported again)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputRefused(_("Die zusätzlichen Felder sind kein JSON-Objekt."))
    out: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str) or _bad_chars(key) or _CONTROL.search(key):
            raise InputRefused(_("Ein Feldname enthält ungültige oder unsichtbare Zeichen."))
        out[key] = clean_json(item, key[:80])
    return out


def _answer(value: Any, field_name: str) -> Any:
    """One answer of the guided memory record: text, yes/no, a number or a list."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return clean_text(value, field_name, limit=MAX_TEXT)
    if isinstance(value, int | float):
        if value != value or abs(value) > MAX_NUMBER:
            raise InputRefused(
                _("Feld „{field_name}“: die Zahl ist ungültig oder zu groß.").format(
                    field_name=field_name
                )
            )
        return value
    if isinstance(value, list) and len(value) <= 1000:
        items = []
        for item in value:
            if isinstance(item, list | dict):
                raise InputRefused(
                    _("Feld „{field_name}“: erwartet wird eine Liste von Texten.").format(
                        field_name=field_name
                    )
                )
            items.append(_answer(item, field_name))
        return items
    raise InputRefused(
        _(
            "Feld „{field_name}“: erwartet wird ein Text, ja/nein, eine Zahl oder eine Liste."
        ).format(field_name=field_name)
    )


def clean_details(value: Any) -> dict[str, Any]:
    """The answers of the guided memory record (``details``), read by the red-flag rules."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputRefused(
            _(
                "Feld „details“: hier wird ein Objekt mit Antworten erwartet "
                '(z. B. {"asked_of_me": "…"}).'
            )
        )
    out: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key or len(key) > 200 or _CONTROL.search(key):
            raise InputRefused(_("Feld „details“: ein Name einer Antwort ist ungültig."))
        if _bad_chars(key):
            raise InputRefused(
                _("Feld „details“: ein Name einer Antwort enthält ungültige Zeichen.")
            )
        out[key] = _answer(item, f"details.{key}")
    return out


def clean_uid(value: Any, field_name: str) -> str | None:
    """The id of an entry as ``export`` writes it (32 hexadecimal characters), or none."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _UID.match(value):
        raise InputRefused(
            _(
                "Feld „{field_name}“: erwartet wird die id eines Eintrags (32 Zeichen 0–9 und "
                "a–f, wie „export“ sie schreibt)."
            ).format(field_name=field_name)
        )
    return value


def parse_when(value: Any, field_name: str = "when") -> datetime:
    """An ISO 8601 time; without an offset it is taken as local time of this PC."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError as exc:
            raise InputRefused(
                _(
                    "Feld „{field_name}“: „{value}“ ist kein gültiges Datum (erwartet z. B. "
                    "2026-03-02T09:30:00+01:00)."
                ).format(field_name=field_name, value=value[:40])
            ) from exc
    else:
        raise InputRefused(
            _("Feld „{field_name}“: hier wird ein Datum erwartet.").format(field_name=field_name)
        )
    if moment.tzinfo is None:
        moment = moment.astimezone()
    if not 1900 <= moment.year <= 2200:
        raise InputRefused(
            _("Feld „{field_name}“: das Jahr {year} ist nicht plausibel.").format(
                field_name=field_name, year=moment.year
            )
        )
    return moment


def to_utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _choice(value: Any, allowed: tuple[str, ...], field_name: str) -> str:
    if not isinstance(value, str):
        raise InputRefused(
            _("Feld „{field_name}“: hier wird Text erwartet. Erlaubt: ").format(
                field_name=field_name
            )
            + ", ".join(allowed)
            + "."
        )
    if value not in allowed:
        raise InputRefused(
            _("Feld „{field_name}“: unbekannter Wert „{value}“. Erlaubt: ").format(
                field_name=field_name, value=str(value)[:40]
            )
            + ", ".join(allowed)
            + "."
        )
    return str(value)


def _flag(value: Any, field_name: str, *, optional: bool = False) -> bool | None:
    if value is None and optional:
        return None
    if not isinstance(value, bool):
        raise InputRefused(
            _("Feld „{field_name}“: erwartet wird true oder false.").format(field_name=field_name)
        )
    return value


@dataclass
class ProfileData:
    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    customer_number: str = ""
    bg_number: str = ""
    state: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validated(self) -> ProfileData:
        for name in ("name", "street", "postcode", "city", "customer_number", "bg_number"):
            setattr(self, name, clean_text(getattr(self, name), name))
        self.state = clean_text(self.state, "state")
        if self.state:
            self.state = _choice(self.state, STATES, "state")
        self.extra = clean_extra(self.extra)
        return self


@dataclass
class JobcenterData:
    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    kind: str = "ge"
    district: str = ""
    state: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validated(self) -> JobcenterData:
        for name in ("name", "street", "postcode", "city", "district"):
            setattr(self, name, clean_text(getattr(self, name), name))
        self.kind = _choice(self.kind, KINDS, "kind")
        self.state = clean_text(self.state, "state")
        if self.state:
            self.state = _choice(self.state, STATES, "state")
        self.extra = clean_extra(self.extra)
        return self


@dataclass
class ContactDetails:
    """The answers of the entry form (``ContactData.details``), typed.

    The entry form writes them, the red-flag rules read them as ``details.<key>``
    (``app/resources/rules``), the demo fills them. ``None`` is "not answered":
    such a key is not written, so a rule testing ``missing`` still sees it missing.
    Keys the form has no field for (answers from imports, the demo, older versions)
    stay in ``other`` and are written back unchanged; a stored value of the wrong
    type reads as not answered.
    """

    asked_of_me: str | None = None  # "Was wurde von Ihnen verlangt"
    documents_requested: list[str] | None = None  # document type ids
    copied_or_scanned: bool | None = None
    asked_to_sign: bool | None = None
    sign_what: str | None = None
    consent_pressure: bool | None = None
    next_appointment: datetime | None = None  # always written: "" when there is none
    other: dict[str, Any] = field(default_factory=dict)

    TEXTS: ClassVar[tuple[str, ...]] = ("asked_of_me", "sign_what")
    FLAGS: ClassVar[tuple[str, ...]] = ("copied_or_scanned", "asked_to_sign", "consent_pressure")
    KEYS: ClassVar[tuple[str, ...]] = (
        "asked_of_me",
        "documents_requested",
        "copied_or_scanned",
        "asked_to_sign",
        "sign_what",
        "consent_pressure",
        "next_appointment",
    )

    @classmethod
    def from_details(cls, details: Mapping[str, Any]) -> ContactDetails:
        """Read stored answers; missing or mistyped known keys read as not answered."""
        found = cls(other={k: v for k, v in details.items() if k not in cls.KEYS})
        following = details.get("next_appointment")
        if isinstance(following, str) and following:
            try:
                found.next_appointment = datetime.fromisoformat(following)
            except ValueError:  # typed by hand in an import ("nächste Woche"): kept as text
                found.other["next_appointment"] = following
        for name in cls.TEXTS:
            if isinstance(value := details.get(name), str):
                setattr(found, name, value)
        for name in cls.FLAGS:
            if isinstance(value := details.get(name), bool):
                setattr(found, name, value)
        wanted = details.get("documents_requested")
        if isinstance(wanted, list):
            found.documents_requested = [str(item) for item in wanted]
        return found

    def to_details(self) -> dict[str, Any]:
        """The answers as stored: ``other``, then every answered form field."""
        out: dict[str, Any] = dict(self.other)
        for name in self.KEYS:
            value = getattr(self, name)
            if name == "next_appointment":
                if value is not None or not self.other.get(name):
                    out[name] = value.isoformat() if value is not None else ""
            elif value is not None:
                out[name] = list(value) if isinstance(value, list) else value
        return out

    def text_answers(self) -> list[tuple[str, str]]:
        """(key, text) of every answer in words, by key (the red-flag check reads them)."""
        return [
            (key, value)
            for key, value in sorted(self.to_details().items())
            if isinstance(value, str) and value.strip() and key != "next_appointment"
        ]

    @classmethod
    def check(cls, details: Mapping[str, Any]) -> None:
        """Refuse a known answer of the wrong kind (from an import file or a script)."""
        for name in cls.TEXTS:
            if details.get(name) is not None and not isinstance(details[name], str):
                raise InputRefused(
                    _("Feld „details.{name}“: erwartet wird ein Text.").format(name=name)
                )
        for name in cls.FLAGS:
            if details.get(name) is not None and not isinstance(details[name], bool):
                raise InputRefused(
                    _("Feld „details.{name}“: erwartet wird ja oder nein.").format(name=name)
                )
        wanted = details.get("documents_requested")
        if wanted is not None and not (
            isinstance(wanted, list) and all(isinstance(item, str) for item in wanted)
        ):
            raise InputRefused(
                _("Feld „details.documents_requested“: erwartet wird eine Liste von Unterlagen.")
            )
        following = details.get("next_appointment")
        if following is not None and not isinstance(following, str):
            raise InputRefused(_("Feld „details.next_appointment“: erwartet wird ein Zeitpunkt."))


@dataclass
class ContactData:
    when: datetime
    channel: str
    counterpart: str = ""
    companion: str = ""
    location: str = ""
    notes: str = ""
    outcome: str = ""
    follow_up: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    uid: str = ""

    @property
    def answers(self) -> ContactDetails:
        """``details`` as the typed answers of the entry form."""
        return ContactDetails.from_details(self.details)

    def validated(self) -> ContactData:
        self.when = parse_when(self.when)
        self.channel = _choice(self.channel, CHANNELS, "channel")
        for name in ("counterpart", "companion", "location"):
            setattr(self, name, clean_text(getattr(self, name), name))
        for name in ("notes", "outcome", "follow_up"):
            setattr(self, name, clean_text(getattr(self, name), name, limit=MAX_TEXT))
        self.details = clean_details(self.details)
        ContactDetails.check(self.details)
        self.extra = clean_extra(self.extra)
        return self


@dataclass
class DocumentData:
    """One handed-over document.

    ``description`` is printed in letters (the Eingangsbestätigung lists it after the
    document's type), so it is meant for a neutral label such as "Girokonto".
    ``remark`` is the user's private note ("kopiert, ohne zu fragen"); no letter ever
    prints it, but the red-flag check reads it (see :func:`for_redflag_check`).
    """

    type: str
    original: bool = False
    copied_by_jobcenter: bool = False
    scanned_by_jobcenter: bool = False
    consent_asked: bool | None = None
    receipt: bool = False
    original_returned: bool | None = None
    description: str = ""  # printed
    remark: str = ""  # private, never printed
    period: str = ""
    pages: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def validated(self, known_types: set[str]) -> DocumentData:
        if not isinstance(self.type, str) or self.type not in known_types:
            raise InputRefused(
                _(
                    "Feld „type“: unbekannte Dokumentart „{value}“. Die erlaubten Arten stehen im "
                    "Dokumentkatalog (z. B. personalausweis, kontoauszuege, sonstiges)."
                ).format(value=str(self.type)[:40])
            )
        for name in ("original", "copied_by_jobcenter", "scanned_by_jobcenter", "receipt"):
            setattr(self, name, _flag(getattr(self, name), name))
        self.consent_asked = _flag(self.consent_asked, "consent_asked", optional=True)
        self.original_returned = _flag(self.original_returned, "original_returned", optional=True)
        self.description = clean_text(self.description, "description")
        self.remark = clean_text(self.remark, "remark", limit=MAX_TEXT)
        self.period = clean_text(self.period, "period")
        if self.pages is not None and (
            isinstance(self.pages, bool)
            or not isinstance(self.pages, int)
            or not 0 < self.pages < 100_000
        ):
            raise InputRefused(_("Feld „pages“: erwartet wird eine Seitenzahl ab 1."))
        self.extra = clean_extra(self.extra)
        return self


@dataclass
class HandoverData:
    when: datetime
    method: str
    documents: list[DocumentData] = field(default_factory=list)
    contact_uid: str | None = None
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    uid: str = ""

    def validated(self, known_types: set[str]) -> HandoverData:
        self.when = parse_when(self.when)
        self.method = _choice(self.method, METHODS, "method")
        self.notes = clean_text(self.notes, "notes", limit=MAX_TEXT)
        self.contact_uid = clean_uid(self.contact_uid, "contact_uid")
        self.documents = [doc.validated(known_types) for doc in self.documents]
        self.extra = clean_extra(self.extra)
        return self


def for_redflag_check(handover: HandoverData) -> HandoverData:
    """The handover as the red-flag engine reads it: each document's private remark
    joins its description, because the remark is where a person writes what happened
    ("am Kopierer kopiert, ohne zu fragen"). Only for the check; never stored or printed.

    The engine reads ``description``; the joined text starts with it, so evidence in a
    description keeps its position, and a document with only a remark (every document
    of a diary from before the split) is read exactly as before.
    """
    documents = [
        replace(doc, description="\n".join(t for t in (doc.description, doc.remark) if t))
        if doc.remark
        else doc
        for doc in handover.documents
    ]
    return replace(handover, documents=documents)


def as_dict(record: Any) -> dict[str, Any]:
    data = asdict(record)
    for key, value in list(data.items()):
        if isinstance(value, datetime):
            data[key] = value.isoformat()
    return data
