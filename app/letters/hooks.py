"""Per-letter steps of the builder, registered by letter id.

Most letter types are data only (``briefe.toml`` and a template). A type that needs
more than its details (a table, a refused empty letter, dates of an earlier letter)
registers one function here with :func:`letter_step`; ``build_letter`` calls it
without knowing which type it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.letters.model import LetterType, Table


@dataclass
class Draft:
    """What a per-letter step reads and may change before the template is filled."""

    kind: LetterType
    day: date
    details: dict[str, Any]
    context: dict[str, Any]
    info: list[tuple[str, str]]
    facts: Any  # app.letters.build._Facts: profile, Jobcenter, the chosen records
    letters: list[dict[str, str]]
    table: Table | None = None
    answer_due_hint: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


LetterStep = Callable[[Draft], None]
LETTER_STEPS: dict[str, LetterStep] = {}


def letter_step(type_id: str) -> Callable[[LetterStep], LetterStep]:
    """Register ``function`` as the extra step of the letter type ``type_id``."""

    def register(function: LetterStep) -> LetterStep:
        if type_id in LETTER_STEPS:
            raise ValueError(f"doppelter Schritt für die Briefart {type_id}")
        LETTER_STEPS[type_id] = function
        return function

    return register


def run_step(draft: Draft) -> None:
    step = LETTER_STEPS.get(draft.kind.id)
    if step is not None:
        step(draft)
