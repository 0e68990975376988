"""Jobcenter kinds and data-protection supervision (``app/resources/behoerden.toml``).

A Jobcenter is either a *gemeinsame Einrichtung* (gE, § 44b SGB II; run jointly
by the Bundesagentur für Arbeit and the municipality) or a *zugelassener
kommunaler Träger* (zkT, § 6a SGB II; run by the district or city alone). The
kind decides which authority supervises its data protection: the BfDI for a gE
(§ 50 Abs. 4 SGB II), the state's authority for a zkT. The list of zkT only
proposes a kind; the user confirms or changes it.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.i18n import N_, _
from app.paths import RESOURCES

AUTHORITIES = RESOURCES / "behoerden.toml"

GE = "ge"
ZKT = "zkt"
KINDS = (GE, ZKT)

STATES: dict[str, str] = {
    "BW": "Baden-Württemberg",
    "BY": "Bayern",
    "BE": "Berlin",
    "BB": "Brandenburg",
    "HB": "Bremen",
    "HH": "Hamburg",
    "HE": "Hessen",
    "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen",
    "RP": "Rheinland-Pfalz",
    "SL": "Saarland",
    "SN": "Sachsen",
    "ST": "Sachsen-Anhalt",
    "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}

# The city states run every Jobcenter as a gemeinsame Einrichtung.
NO_ZKT_STATES = frozenset({"BE", "HB", "HH"})

BFDI_ID = "bfdi"

# shown in the window through _() (marked here, translated where shown)
KIND_HINT = N_(
    "Sie wissen nicht, welche Art von Jobcenter Sie haben? Sehen Sie auf einen Brief "
    "des Jobcenters: Steht neben dem Namen des Jobcenters auch „Bundesagentur für Arbeit“, "
    "ist es eine gemeinsame Einrichtung. Tragen die Briefe nur den Namen oder das Wappen "
    "Ihres Landkreises oder Ihrer Stadt, ist es ein zugelassener kommunaler Träger."
)

UNVERIFIED_HINT = N_("Diese Anschrift ist nicht bestätigt – bitte vor dem Versand prüfen.")


@dataclass(frozen=True)
class Traeger:
    """A zugelassener kommunaler Träger (a Jobcenter run by the district or city)."""

    name: str
    state: str
    search: tuple[str, ...] = ()


@dataclass(frozen=True)
class Authority:
    """A data-protection supervisory authority, ready for a letter's address block."""

    id: str
    name: str
    address_lines: tuple[str, ...]
    verified: bool


@dataclass(frozen=True)
class _Data:
    traeger: tuple[Traeger, ...]
    federal: Authority
    by_state: dict[str, Authority]


def load(path: Path = AUTHORITIES) -> _Data:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    entries: list[Traeger] = []
    names: set[str] = set()
    for entry in data.get("traeger", []):
        item = Traeger(
            name=str(entry["name"]),
            state=str(entry["state"]),
            search=tuple(str(word) for word in entry.get("search", [])),
        )
        if item.state not in STATES:
            raise ValueError(f"unbekanntes Land {item.state} bei {item.name}")
        if item.state in NO_ZKT_STATES:
            raise ValueError(f"{STATES[item.state]} hat keinen zugelassenen kommunalen Träger")
        if item.name in names:
            raise ValueError(f"doppelter Träger {item.name}")
        names.add(item.name)
        entries.append(item)

    federal: Authority | None = None
    by_state: dict[str, Authority] = {}
    for entry in data.get("aufsicht", []):
        authority = Authority(
            id=str(entry["id"]),
            name=str(entry["name"]),
            address_lines=tuple(str(line) for line in entry["address"]),
            verified=bool(entry.get("verified", False)),
        )
        state = entry.get("state")
        if state is None:
            if authority.id != BFDI_ID or federal is not None:
                raise ValueError(f"Aufsicht {authority.id} ohne Land")
            federal = authority
            continue
        state = str(state)
        if state not in STATES:
            raise ValueError(f"unbekanntes Land {state} bei {authority.id}")
        if state in by_state:
            raise ValueError(f"doppelte Aufsicht für {state}")
        by_state[state] = authority
    if federal is None:
        raise ValueError("die Bundesbeauftragte fehlt")
    missing = set(STATES) - set(by_state)
    if missing:
        raise ValueError(f"Aufsicht fehlt für {', '.join(sorted(missing))}")
    return _Data(traeger=tuple(entries), federal=federal, by_state=by_state)


@cache
def _data() -> _Data:
    return load()


@cache
def traeger() -> list[Traeger]:
    """All zugelassene kommunale Träger, in the order of the data file."""
    return list(_data().traeger)


# --- matching -------------------------------------------------------------

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_SEPARATORS = re.compile(r"[\s\-.,/()]+")
# "LK X", "Kreis X" and "Landkreis X" mean the same district.
_DISTRICT_PREFIX = re.compile(r"^(?:lk|kreis|landkreis) (?=\S)")
_DISTRICT_WORDS = ("lk ", "kreis ", "landkreis ")
_JOBCENTER_PREFIX = re.compile(r"^(?:kreis)?jobcenter (?=\S)")


def _fold(text: str, table: dict[int, str]) -> str:
    text = text.casefold().translate(table)  # casefold turns ß into ss
    text = "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )
    text = _SEPARATORS.sub(" ", text).strip()
    return _JOBCENTER_PREFIX.sub("", text)


def normalise(text: str) -> str:
    """Case-, umlaut- and punctuation-insensitive form: "St. Wendel" -> "st wendel"."""
    return _fold(text, _UMLAUTS)


def _keys(item: Traeger) -> tuple[str, ...]:
    """The normalised spellings of a Träger, also without umlauts ("munchen", "muenchen")."""
    keys: dict[str, None] = {}
    for text in (item.name, *item.search):
        keys[normalise(text)] = None
        keys[_fold(text, _PLAIN)] = None
    return tuple(keys)


def _exact_keys(keys: tuple[str, ...]) -> frozenset[str]:
    """``keys`` plus the other district words: "LK X" also as "Kreis X" and "Landkreis X"."""
    exact = set(keys)
    for key in keys:
        rest = _DISTRICT_PREFIX.sub("", key)
        if rest != key:
            exact.update(word + rest for word in _DISTRICT_WORDS)
    return frozenset(exact)


@cache
def _index() -> tuple[tuple[Traeger, tuple[str, ...], frozenset[str]], ...]:
    rows = []
    for item in traeger():
        keys = _keys(item)
        rows.append((item, keys, _exact_keys(keys)))
    return tuple(rows)


def _state_code(state: str | None) -> str | None:
    if state is None or not state.strip():
        return None
    return state.strip().upper()


def find_traeger(text: str, state: str | None = None) -> list[Traeger]:
    """The Träger whose name or other spelling contains ``text``; prefix matches first.

    Case, umlauts (ä = ae) and punctuation do not matter. An empty ``text`` returns all
    Träger (of ``state``, if given).
    """
    query = normalise(text)
    code = _state_code(state)
    ranked: list[tuple[int, str, Traeger]] = []
    for item, keys, _exact in _index():
        if code is not None and item.state != code:
            continue
        if any(key.startswith(query) for key in keys):
            rank = 0
        elif any(f" {query}" in f" {key}" for key in keys):
            rank = 1  # a later word starts with the query
        elif any(query in key for key in keys):
            rank = 2
        else:
            continue
        ranked.append((rank, normalise(item.name), item))
    ranked.sort(key=lambda row: (row[0], row[1]))
    return [item for _rank, _name, item in ranked]


def propose_kind(district: str, state: str | None) -> str | None:
    """Propose the Jobcenter's kind from the user's district or city.

    ``"zkt"`` if it is on the list of zugelassene kommunale Träger (exact match after
    normalisation, alternative spellings included), ``"ge"`` for any other district,
    ``None`` if nothing was entered. Only a proposal: the user confirms.
    """
    query = normalise(district)
    if not query:
        return None
    code = _state_code(state)
    if code in NO_ZKT_STATES:
        return GE
    for item, _spellings, exact in _index():
        if code is not None and item.state != code:
            continue
        if query in exact:
            return ZKT
    return GE


# --- routing --------------------------------------------------------------


def supervisory_authority(kind: str, state: str) -> tuple[Authority, str]:
    """The authority a complaint about the Jobcenter goes to, and why (plain words, in
    the user's language: the reason is shown in the wizard, never printed)."""
    kind_code = kind.strip().lower()
    code = state.strip().upper()
    if kind_code not in KINDS:
        raise ValueError(f"unbekannte Art des Jobcenters: {kind!r}")
    if code not in STATES:
        raise ValueError(f"unbekanntes Bundesland: {state!r}")
    data = _data()
    if kind_code == GE:
        reason = _(
            "Ihr Jobcenter ist eine gemeinsame Einrichtung von Bundesagentur für Arbeit und "
            "Kommune (§ 44b SGB II). Für den Datenschutz in gemeinsamen Einrichtungen ist "
            "die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI) "
            "zuständig (§ 50 Abs. 4 SGB II)."
        )
        return data.federal, reason

    authority = data.by_state[code]
    land = STATES[code]
    reason = _(
        "Ihr Jobcenter ist ein zugelassener kommunaler Träger (§ 6a SGB II): Es wird vom "
        "Landkreis oder von der Stadt allein geführt. Für den Datenschutz ist deshalb die "
        "Aufsicht des Landes {land} zuständig: „{name}“."
    ).format(land=land, name=authority.name)
    if code == "BY":
        reason += " " + _(
            "In Bayern ist das der Landesbeauftragte (BayLfD), nicht das Bayerische Landesamt "
            "für Datenschutzaufsicht – das Landesamt ist nur für Unternehmen und andere "
            "nicht-öffentliche Stellen zuständig."
        )
    if code in NO_ZKT_STATES:
        reason += " " + _(
            "Achtung: In {land} gibt es nach unserer Liste keine zugelassenen kommunalen "
            "Träger. Bitte prüfen Sie, ob Ihr Jobcenter nicht doch eine gemeinsame "
            "Einrichtung ist."
        ).format(land=land)
    return authority, reason
