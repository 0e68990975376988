"""The letter types as data: ``app/resources/letters/briefe.toml`` and one template per type.

Templates are Jinja2 with ``StrictUndefined``: a variable the builder does not
provide is an error, never an empty gap in a letter that goes to an authority.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from app.i18n import N_
from app.letters.markers import ExplanationMarkers
from app.letters.model import DetailField, LetterType
from app.paths import RESOURCES

LETTER_DIR = RESOURCES / "letters"
CATALOGUE = LETTER_DIR / "briefe.toml"
KINDS = ("text", "lines", "date", "check")
# What a detail field can be filled with from the diary (app/letters/proposals.py).
FILLS = (
    "",
    "facts",
    "erase",
    "receipt_rows",
    "handover_date",
    "health_documents",
    "bank_period",
    "appointment",
    "companion",
    "norms",
)
USES = frozenset({"entries", "handovers", "findings", "letters"})
RECIPIENTS = ("datenschutz", "jobcenter", "aufsicht")

# Every letter can answer a letter of the Jobcenter (information block).
COMMON_FIELDS = (
    DetailField(
        name="ihr_zeichen",
        label=N_("Ihr Zeichen"),
        kind="text",
        required=False,
        help=N_("Das Aktenzeichen aus einem Brief des Jobcenters, auf den Sie antworten."),
    ),
    DetailField(
        name="ihre_nachricht_vom",
        label=N_("Ihre Nachricht vom"),
        kind="date",
        required=False,
        help=N_("Das Datum des Briefs, auf den Sie antworten (TT.MM.JJJJ)."),
    ),
)


@dataclass(frozen=True)
class Layout:
    """How a type is built beyond what :class:`LetterType` tells the window."""

    recipient: str
    copies: int
    receipt_field: bool
    one_page: bool
    subject: str  # Jinja2 source


def _environment(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=[ExplanationMarkers],
    )


@dataclass(frozen=True)
class Catalogue:
    types: dict[str, LetterType]
    layouts: dict[str, Layout]
    env: jinja2.Environment


def load(path: Path = CATALOGUE) -> Catalogue:
    """Read the catalogue (the templates lie next to it); a broken entry raises
    ``ValueError`` naming it."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    types: dict[str, LetterType] = {}
    layouts: dict[str, Layout] = {}
    env = _environment(path.parent)
    for entry in data.get("brief", []):
        type_id = str(entry["id"])
        if type_id in types:
            raise ValueError(f"doppelte Briefart {type_id}")
        fields: list[DetailField] = []
        for raw in entry.get("detail", []):
            kind = str(raw["kind"])
            if kind not in KINDS:
                raise ValueError(f"{type_id}: unbekannte Art {kind!r} bei {raw['name']}")
            fill = str(raw.get("fill", ""))
            if fill not in FILLS:
                raise ValueError(f"{type_id}: unbekannte Füllung {fill!r} bei {raw['name']}")
            fields.append(
                DetailField(
                    name=str(raw["name"]),
                    label=str(raw["label"]),
                    kind=kind,
                    required=bool(raw["required"]),
                    help=str(raw["help"]),
                    fill=fill,
                )
            )
        fields.extend(COMMON_FIELDS)
        uses = frozenset(str(u) for u in entry.get("uses", []))
        if not uses <= USES:
            raise ValueError(f"{type_id}: unbekannte Auswahl {sorted(uses - USES)}")
        recipient = str(entry["recipient"])
        if recipient not in RECIPIENTS:
            raise ValueError(f"{type_id}: unbekannter Empfänger {recipient!r}")
        types[type_id] = LetterType(
            id=type_id,
            title=str(entry["title"]),
            summary=str(entry["summary"]),
            basis=str(entry["basis"]),
            uses=uses,
            detail_fields=tuple(fields),
            warning=str(entry.get("warning", "")).strip(),
            answer_expected=bool(entry["answer_expected"]),
            recipient=recipient,
            history_name=str(entry.get("history_name", "")).strip(),
        )
        layouts[type_id] = Layout(
            recipient=recipient,
            copies=int(entry.get("copies", 1)),
            receipt_field=bool(entry.get("receipt_field", False)),
            one_page=bool(entry.get("one_page", False)),
            subject=str(entry["subject"]),
        )
        env.get_template(f"{type_id}.txt")  # a missing or broken template fails here
    return Catalogue(types=types, layouts=layouts, env=env)


@cache
def catalogue() -> Catalogue:
    return load()
