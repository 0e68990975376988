"""Answer deadlines for letters to the Jobcenter, counted the way the law counts them.

Each count keeps its steps in plain German ("Brief am 03.02.2025 zur Post gegeben →
voraussichtlich zugegangen am Freitag, 07.02.2025 → …"), so the window can show how
a date came about. Public holidays come from the maintained ``holidays`` package for
the user's Bundesland; there is no hand-written holiday list here.

The rules (``shared/domain/DEADLINES.md``):

- receipt of the user's own letter: no statute says when it counts as received (a
  declaration takes effect on receipt, § 130 BGB analogously, and the sender proves
  it). The rule for the authority's letters does not apply to the user's. So the
  program *estimates* receipt of a posted letter on the 4th day after posting, the
  careful side, and says so; the estimated day is not moved for weekends or
  holidays. Fax, hand-in and upload: the same day. A known day of receipt (return
  receipt, transmission report, stamp) replaces the estimate.
- the period comes from the norm the letter rests on (``frist`` in ``briefe.toml``, read into :data:`ANSWER_RULES`): one
  month for the data-protection requests (Art. 12 Abs. 3 DSGVO), the two weeks the
  letter itself sets for a file inspection (§ 25 SGB X names no period) and for a
  reminder.
- a period of months ends on the day of the later month with the same number; where
  that day does not exist, on the month's last day (§ 64 Abs. 2 SGG, § 188 BGB).
- the end moves to the next working day when it falls on a Saturday, Sunday or a
  public holiday of the user's Bundesland (§ 26 Abs. 3 SGB X, § 64 Abs. 3 SGG).
"""

from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import holidays

from app.authorities import STATES
from app.errors import AmtsError
from app.i18n import N_, _
from app.paths import RESOURCES

# how a letter went out: stored by key; the names are shown through _() in the window
DELIVERY_METHODS: dict[str, str] = {
    "post": N_("Brief mit der Post"),
    "einschreiben": N_("Einschreiben mit Rückschein"),
    "fax": N_("Fax mit Sendebericht"),
    "persoenlich": N_("Persönlich abgegeben mit Eingangsbestätigung"),
    "upload": N_("Hochgeladen (z. B. jobcenter.digital)"),
}
POSTAL = frozenset({"post", "einschreiben"})


def delivery_name(delivery: str) -> str:
    """How a letter went out, in the user's language (an unknown key as it is)."""
    return _(DELIVERY_METHODS[delivery]) if delivery in DELIVERY_METHODS else delivery


# The estimated day of receipt of the user's posted letter: the 4th day after posting,
# whenever it was posted (no statute fixes a day for the user's letters).
POSTAL_DAYS = 4

# How the first step says the letter went out.
_SENT_VERBS: dict[str, str] = {
    "post": "zur Post gegeben",
    "einschreiben": "als Einschreiben mit Rückschein zur Post gegeben",
    "fax": "gefaxt",
    "persoenlich": "persönlich abgegeben",
    "upload": "hochgeladen",
}

# Our own tables: no locale, so the same words on every machine.
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


class DeadlineError(AmtsError):
    """A count was asked with a delivery method the program does not know."""


@dataclass(frozen=True)
class Counted:
    """A computed date and how it was counted, one German sentence per step."""

    due: date
    steps: tuple[str, ...]
    received: date | None = None

    @property
    def explanation(self) -> str:
        return " → ".join(self.steps)


# ------------------------------------------------------------------ formatting
def fmt_date(day: date) -> str:
    """TT.MM.JJJJ."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def fmt_day(day: date) -> str:
    """Weekday and date: "Freitag, 07.02.2025"."""
    return f"{WEEKDAYS[day.weekday()]}, {fmt_date(day)}"


# ------------------------------------------------------------------ calendar arithmetic
def add_months(day: date, months: int) -> date:
    """The same day number ``months`` later; the month's last day where it has fewer days."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def received_on(sent_on: date, delivery: str) -> date:
    """The estimated day of receipt: the 4th day after posting; else the same day."""
    if delivery not in DELIVERY_METHODS:
        raise DeadlineError(_("Unbekannte Versandart „{delivery}“.").format(delivery=delivery))
    if delivery in POSTAL:
        return sent_on + timedelta(days=POSTAL_DAYS)
    return sent_on


def known_state(state: str | None) -> str | None:
    code = (state or "").strip().upper()
    return code if code in STATES else None


@lru_cache(maxsize=256)
def _holidays(state: str | None, year: int) -> dict[date, str]:
    table = holidays.country_holidays("DE", subdiv=state, years=year, language="de")
    return dict(table.items())


def holiday_name(day: date, state: str | None) -> str | None:
    """The public holiday on ``day`` in ``state`` (national ones only without a state)."""
    return _holidays(known_state(state), day.year).get(day)


def _holiday_label(day: date, code: str | None) -> str:
    """ "Reformationstag (Feiertag in Sachsen)", "Neujahr (bundesweiter Feiertag)" or ""."""
    name = holiday_name(day, code)
    if name is None:
        return ""
    if _holidays(None, day.year).get(day) is not None:
        return f"{name} (bundesweiter Feiertag)"
    return f"{name} (Feiertag in {STATES[code]})" if code else name


def _why_not_working(day: date, state: str | None) -> str | None:
    """Why ``day`` is no working day ("Samstag", "Reformationstag (Feiertag in Sachsen)")."""
    holiday = _holiday_label(day, known_state(state))
    weekday = day.weekday()
    if weekday >= 5:
        return f"{WEEKDAYS[weekday]}, {holiday}" if holiday else WEEKDAYS[weekday]
    return holiday or None


def is_working_day(day: date, state: str | None) -> bool:
    return _why_not_working(day, state) is None


def next_working_day(day: date, state: str | None) -> date:
    """``day`` itself if it is a working day, else the next one (§ 26 Abs. 3 SGB X)."""
    while not is_working_day(day, state):
        day += timedelta(days=1)
    return day


def _shift_step(end: date, state: str | None) -> tuple[date, str | None]:
    """Move the end of a period off weekends and holidays, with the step that says why."""
    first = _why_not_working(end, state)
    if first is None:
        return end, None
    also: list[str] = []
    day = end + timedelta(days=1)
    while not is_working_day(day, state):
        holiday = _holiday_label(day, known_state(state))
        also.append(f"{fmt_day(day)}: {holiday}" if holiday else fmt_day(day))
        day += timedelta(days=1)
    text = first
    if also:
        listed = also[0] if len(also) == 1 else ", ".join(also[:-1]) + " und " + also[-1]
        text += f", danach {listed}"
    return day, f"{text} → nächster Werktag: {fmt_day(day)}"


# ------------------------------------------------------------------ counting
def _sent_step(sent_on: date, delivery: str, what: str) -> str:
    return f"{what} am {fmt_date(sent_on)} {_SENT_VERBS[delivery]}"


def _received_step(
    sent_on: date, delivery: str, received: date, state: str | None, *, proven: bool = False
) -> str:
    if proven:
        source = _PROOF.get(delivery, "nach Ihrer Angabe")
        return f"{source} zugegangen am {fmt_day(received)}"
    if delivery not in POSTAL:
        return f"am selben Tag zugegangen: {fmt_day(received)}"
    text = (
        f"voraussichtlich zugegangen am {fmt_day(received)}; für Ihren eigenen Brief gibt "
        "es keine gesetzliche Zugangsregel, das Programm rechnet vorsichtig mit dem "
        f"{POSTAL_DAYS}. Tag nach der Aufgabe zur Post; den Zugang belegen ein Einschreiben "
        "mit Rückschein, ein Fax-Sendebericht oder eine Eingangsbestätigung"
    )
    if not is_working_day(received, state):
        text += (
            "; das Programm verschiebt diesen Tag nicht, auch wenn er auf ein Wochenende "
            "oder einen Feiertag fällt"
        )
    return text


# Where a known day of receipt comes from, by delivery method.
_PROOF: dict[str, str] = {
    "einschreiben": "laut Rückschein",
    "fax": "laut Sendebericht",
    "persoenlich": "laut Eingangsbestätigung",
}


def _receipt(sent_on: date, delivery: str, received: date | None) -> date:
    """The estimated day of receipt, or the known one (a return receipt) if given."""
    estimated = received_on(sent_on, delivery)
    if received is None:
        return estimated
    if received < sent_on:
        raise DeadlineError(
            _(
                "Der Brief kann nicht vor dem Versand ({day}) angekommen sein. Bitte prüfen "
                "Sie das Datum des Zugangs."
            ).format(day=fmt_date(sent_on))
        )
    return received


def _month_step(received: date, end: date, months: int, basis: str) -> str:
    span = "ein Monat" if months == 1 else f"{_NUMBERS.get(months, str(months))} Monate"
    text = f"{span} später ({basis}): " if basis else f"{span} später: "
    text += fmt_day(end)
    if end.day != received.day:
        text += (
            f" (einen {received.day}. {MONTHS[end.month - 1]} gibt es nicht: "
            "letzter Tag des Monats, § 64 Abs. 2 SGG)"
        )
    return text


_NUMBERS = {2: "zwei", 3: "drei"}


def _finish(end: date, steps: list[str], state: str | None, received: date) -> Counted:
    due, shift = _shift_step(end, state)
    if shift:
        steps.append(shift)
    if known_state(state) is None:
        steps.append(
            "kein Bundesland im Profil: nur bundesweite Feiertage berücksichtigt "
            "(tragen Sie Ihr Bundesland im Profil ein)"
        )
    return Counted(due=due, steps=tuple(steps), received=received)


def count_months(
    sent_on: date,
    delivery: str,
    state: str | None,
    months: int,
    *,
    what: str = "Brief",
    basis: str = "",
    received: date | None = None,
) -> Counted:
    """A period of ``months`` from receipt, its end moved off weekends and holidays.

    ``received`` is a known day of receipt (the date on a return receipt); without
    it the estimated day counts.
    """
    proven = received is not None
    received = _receipt(sent_on, delivery, received)
    steps = [
        _sent_step(sent_on, delivery, what),
        _received_step(sent_on, delivery, received, state, proven=proven),
    ]
    end = add_months(received, months)
    steps.append(_month_step(received, end, months, basis))
    return _finish(end, steps, state, received)


def count_days(
    sent_on: date,
    delivery: str,
    state: str | None,
    days: int,
    *,
    what: str = "Brief",
    basis: str = "",
    received: date | None = None,
) -> Counted:
    """A period of ``days`` from receipt, its end moved off weekends and holidays.

    ``basis`` says where the period comes from ("von Ihnen im Brief gesetzte Frist …").
    """
    proven = received is not None
    received = _receipt(sent_on, delivery, received)
    steps = [
        _sent_step(sent_on, delivery, what),
        _received_step(sent_on, delivery, received, state, proven=proven),
    ]
    end = received + timedelta(days=days)
    span = "zwei Wochen" if days == 14 else f"{days} Tage"
    text = f"{span} später ({basis}): " if basis else f"{span} später: "
    steps.append(text + fmt_day(end))
    return _finish(end, steps, state, received)


def answer_deadline(
    sent_on: date, delivery: str, state: str | None, *, received: date | None = None
) -> Counted:
    """When the Jobcenter must answer a data-protection request (Art. 12 Abs. 3 DSGVO)."""
    counted = answer_count("auskunft", sent_on, delivery, state, received=received)
    assert counted is not None
    return counted


def reminder_deadline(
    sent_on: date, delivery: str, state: str | None, *, received: date | None = None
) -> Counted:
    """The two-week final period a reminder (``erinnerung``) sets."""
    counted = answer_count("erinnerung", sent_on, delivery, state, received=received)
    assert counted is not None
    return counted


def reminder_date_in_letter(letter_day: date, state: str | None) -> date:
    """The answer date a reminder written on ``letter_day`` names.

    Counted as if it went by ordinary post that day (the latest estimated receipt of
    the usual ways), so the printed date is never earlier than the deadline the
    diary tracks once the reminder has gone out.
    """
    return reminder_deadline(letter_day, "post", state).due


def complaint_deadline(sent_on: date, delivery: str, state: str | None) -> Counted:
    """When the supervisory authority should have reported back (Art. 78 Abs. 2 DSGVO)."""
    counted = answer_count("beschwerde", sent_on, delivery, state)
    assert counted is not None
    return counted


def reminder_from(due_on: date) -> date:
    """The first day a reminder makes sense: the day after the answer was due."""
    return due_on + timedelta(days=1)


def extension_step(new_due: date, reason: str, *, art_12: bool = True) -> str:
    """The step an extension by the Jobcenter adds to the count.

    ``art_12``: the letter is a data-protection request, whose deadline the Jobcenter
    may extend by two months at most (Art. 12 Abs. 3 DSGVO); else only the new date
    and the reason are named.
    """
    if not art_12:
        return f"vom Jobcenter verlängert bis {fmt_day(new_due)} (Grund: {reason})"
    return (
        f"vom Jobcenter verlängert bis {fmt_day(new_due)} (Grund: {reason}; eine "
        "Verlängerung um höchstens zwei Monate gilt nur, wenn das Jobcenter sie innerhalb "
        "des ersten Monats mit Gründen mitteilt, Art. 12 Abs. 3 DSGVO)"
    )


# ------------------------------------------------------------------ the norm of each letter
@dataclass(frozen=True)
class AnswerRule:
    """How long the Jobcenter has to answer a letter of one type, and on what ground."""

    basis: str  # the norm the letter rests on, as a text may name it ("" for a reminder)
    months: int = 0  # a period of months from receipt …
    days: int = 0  # … or of days
    source: str = ""  # where the period comes from, in the count's step ("" = basis)
    extendable: bool = False  # by two further months at most (Art. 12 Abs. 3 DSGVO)
    complaint: bool = False  # unanswered after a reminder: complaint (Art. 77 DSGVO)
    statutory: bool = False  # the law sets the period (not the letter itself)
    what: str = "Brief"  # how the first step names the letter


LETTERS = RESOURCES / "letters" / "briefe.toml"


def load_answer_rules(path: Path = LETTERS) -> dict[str, AnswerRule]:
    """The answer period of each letter type, as ``briefe.toml`` names it (``frist``).

    Keyed by the stable letter ids (shared/domain/LETTERS.md). A letter type that
    names no period gets no deadline: the program invents none.
    """
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    named: dict[str, AnswerRule] = {}
    for name, raw in data.get("frist", {}).items():
        if bool(raw.get("months")) == bool(raw.get("days")):
            raise ValueError(f"Frist {name}: genau eines von months und days")
        named[name] = AnswerRule(
            str(raw["basis"]),
            months=int(raw.get("months", 0)),
            days=int(raw.get("days", 0)),
            source=str(raw.get("source", "")),
            extendable=bool(raw.get("extendable", False)),
            complaint=bool(raw.get("complaint", False)),
            statutory=bool(raw.get("statutory", False)),
            what=str(raw.get("what", "Brief")),
        )
    rules: dict[str, AnswerRule] = {}
    for entry in data.get("brief", []):
        if "frist" in entry:
            if entry["frist"] not in named:
                raise ValueError(f"{entry['id']}: unbekannte Frist {entry['frist']!r}")
            rules[str(entry["id"])] = named[entry["frist"]]
    return rules


ANSWER_RULES: dict[str, AnswerRule] = load_answer_rules()


def answer_rule(type_id: str) -> AnswerRule | None:
    return ANSWER_RULES.get(type_id)


def answer_basis(type_id: str) -> str:
    """The norm the answer deadline of a letter type rests on, for use in its text.

    "Art. 12 Abs. 3 DSGVO" for the data-protection requests, "§ 25 SGB X" for a file
    inspection; "" for a reminder (its basis is that of the first letter:
    ``answer_basis(first_type)``) and for letters that expect no answer.
    """
    rule = ANSWER_RULES.get(type_id)
    return rule.basis if rule is not None else ""


def complaint_fits(type_id: str) -> bool:
    """Whether a complaint to the data-protection authority is the step after an
    unanswered reminder about a letter of this type (only for data-protection letters)."""
    rule = ANSWER_RULES.get(type_id)
    return rule is not None and rule.complaint


def answer_count(
    type_id: str,
    sent_on: date,
    delivery: str,
    state: str | None,
    *,
    received: date | None = None,
) -> Counted | None:
    """The answer deadline of a sent letter by the norm it rests on; None without one."""
    rule = ANSWER_RULES.get(type_id)
    if rule is None:
        return None
    source = rule.source or rule.basis
    if rule.months:
        return count_months(
            sent_on,
            delivery,
            state,
            rule.months,
            what=rule.what,
            basis=source,
            received=received,
        )
    return count_days(
        sent_on, delivery, state, rule.days, what=rule.what, basis=source, received=received
    )
