"""What a letter says, paragraph by paragraph, in plain German for the wizard (issue 17).

The letter stays German (§ 19 SGB X); its explanations come from
``app/resources/letters/erklaerungen.toml`` and are shown through ``_()`` in the
user's language. Each block of a template carries a marker ``{# erklaerung: key #}``
(``app/letters/markers.py``). :func:`explain_letter` builds the letter once more with
the markers printed, so only the paragraphs this letter really has are explained
(conditional blocks), each next to its German text as printed. Nothing but the
letter's own text and the fixed explanations is used: never a diary note.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import _
from app.letters.build import build_letter
from app.letters.catalogue import LETTER_DIR, catalogue
from app.letters.markers import PRINTED, showing_markers, template_keys
from app.letters.model import Block, Bullets, LetterDoc, LetterRequest, Paragraph, Table

EXPLANATIONS = LETTER_DIR / "erklaerungen.toml"
GENERAL = "allgemein"
PERIODS = "frist"
OWN_TEXT = "eigener_text"
ENCLOSURES = "anlagen"
AFTER = "danach"


@dataclass(frozen=True)
class Note:
    """One explanation as written in ``erklaerungen.toml`` (German, the msgid)."""

    text: str
    source: str
    own: bool = False


@dataclass(frozen=True)
class Explained:
    """A paragraph of the letter (German, as printed) and what it says."""

    key: str
    german: str
    note: Note

    @property
    def explanation(self) -> str:
        """The explanation in the user's language."""
        return _(self.note.text)

    def opening(self, words: int = 8) -> str:
        """The start of the German paragraph, to find it on paper."""
        parts = self.german.split()
        return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


@dataclass(frozen=True)
class LetterExplanation:
    type_id: str
    parts: tuple[Explained, ...]
    after: tuple[Note, ...]  # "Was danach passiert": the letter's own, then its period

    def after_texts(self) -> list[str]:
        """ "Was danach passiert" in the user's language, one paragraph each."""
        return [_(note.text) for note in self.after]


def _note(raw: dict[str, Any], general: dict[str, Note]) -> Note:
    own = bool(raw.get("eigen", False))
    text = str(raw.get("text", "")).strip()
    if not text and own:
        text = general[OWN_TEXT].text
    return Note(text=text, source=str(raw.get("quelle", "")).strip(), own=own)


@cache
def notes() -> dict[str, dict[str, Note]]:
    """All explanations: ``{letter id | "allgemein" | "frist": {key: Note}}``."""
    with EXPLANATIONS.open("rb") as handle:
        data = tomllib.load(handle)
    general = {
        key: Note(str(raw["text"]).strip(), str(raw.get("quelle", "")).strip())
        for key, raw in data.get(GENERAL, {}).items()
    }
    result: dict[str, dict[str, Note]] = {GENERAL: general}
    for section, entries in data.items():
        if section != GENERAL:
            result[section] = {key: _note(raw, general) for key, raw in entries.items()}
    return result


def template_source(type_id: str) -> str:
    return (LETTER_DIR / f"{type_id}.txt").read_text(encoding="utf-8")


def block_keys(type_id: str) -> list[str]:
    """The explanation keys the template of ``type_id`` marks, in order."""
    return template_keys(template_source(type_id))


def block_text(block: Block) -> str:
    """A block's German text on one line, as the letter prints it."""
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Bullets):
        return " – ".join(block.items)
    if isinstance(block, Table):
        return " · ".join(block.header)
    return ""


def split_marked(doc: LetterDoc) -> tuple[tuple[Block, ...], list[tuple[str, list[Block]]]]:
    """The letter's blocks without the markers, and the blocks grouped by marker key."""
    plain: list[Block] = []
    groups: list[tuple[str, list[Block]]] = []
    for block in doc.blocks:
        match = PRINTED.match(block.text) if isinstance(block, Paragraph) else None
        if match:
            groups.append((match[1], []))
            continue
        plain.append(block)
        if groups:
            groups[-1][1].append(block)
        else:  # a block before any marker: a template that forgot one
            groups.append(("", [block]))
    return tuple(plain), groups


def explain_doc(marked: LetterDoc) -> LetterExplanation:
    """The explanation of a letter built with its markers shown."""
    type_notes = notes().get(marked.type_id, {})
    general = notes()[GENERAL]
    _plain, groups = split_marked(marked)
    parts: list[Explained] = []
    for key, blocks in groups:
        if not blocks:  # a marker whose block printed nothing
            continue
        note = type_notes.get(key) or general[OWN_TEXT]
        german = " ".join(block_text(block) for block in blocks)
        parts.append(Explained(key=key, german=german, note=note))
    if marked.enclosures:
        parts.append(
            Explained(
                key=ENCLOSURES,
                german="Anlagen: " + "; ".join(marked.enclosures),
                note=general[ENCLOSURES],
            )
        )
    after: list[Note] = []
    if AFTER in type_notes:
        after.append(type_notes[AFTER])
    period = letter_period(marked.type_id)
    if period and period in notes().get(PERIODS, {}):
        after.append(notes()[PERIODS][period])
    return LetterExplanation(type_id=marked.type_id, parts=tuple(parts), after=tuple(after))


@cache
def _periods() -> dict[str, str]:
    with (LETTER_DIR / "briefe.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {str(entry["id"]): str(entry.get("frist", "")) for entry in data.get("brief", [])}


def letter_period(type_id: str) -> str:
    """The answer period a letter type names in ``briefe.toml`` ("" = none)."""
    return _periods().get(type_id, "")


def build_marked(
    session: Session, request: LetterRequest, *, today: date | None = None
) -> LetterDoc:
    """The letter as :func:`build_letter` makes it, with a block per explanation marker."""
    catalogue()  # the templates are compiled with the marker extension
    with showing_markers():
        return build_letter(session, request, today=today)


def explain_letter(
    session: Session, request: LetterRequest, *, today: date | None = None
) -> LetterExplanation:
    """What the letter for ``request`` says, paragraph by paragraph, and what happens next."""
    return explain_doc(build_marked(session, request, today=today))
