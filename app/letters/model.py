"""The structured letter and what asks for one: plain data, no ReportLab, no Qt.

``app/letters`` builds a :class:`LetterDoc` from a :class:`LetterRequest` and the
vault; the PDF renderer and the window's preview read the same LetterDoc.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.errors import AmtsError


class LetterError(AmtsError):
    """A letter cannot be made as asked (unknown type, missing detail, unknown entry)."""


@dataclass(frozen=True)
class DetailField:
    """One thing the user fills in for a letter type (the wizard's details page)."""

    name: str
    label: str
    kind: str  # "text" (one line) | "lines" (one item per line) | "date" (TT.MM.JJJJ)
    #            | "check" (yes or no: "ja" or "")
    required: bool
    help: str
    # What the diary proposes for this field (app/letters/proposals.py): "" = nothing.
    # The proposal is shown in the field, where the user reads, changes or deletes it;
    # only what stands in the field reaches the letter.
    fill: str = ""


@dataclass(frozen=True)
class LetterType:
    """One of the letter types of LETTERS.md; ``id`` is stable."""

    id: str
    title: str
    summary: str
    basis: str
    uses: frozenset[str]  # subset of {"entries", "handovers", "findings", "letters"}
    detail_fields: tuple[DetailField, ...]
    warning: str
    answer_expected: bool
    # who receives it (briefe.toml): "datenschutz", "jobcenter" or "aufsicht"
    recipient: str = "jobcenter"

    @property
    def recipient_editable(self) -> bool:
        """The address is shown for the user to check and change (the authority's
        address comes from a list the program cannot verify)."""
        return self.recipient == "aufsicht"


@dataclass
class LetterRequest:
    """What the user chose: the type, the diary records it concerns, the details."""

    type_id: str
    contact_ids: list[int] = field(default_factory=list)
    handover_ids: list[int] = field(default_factory=list)
    finding_ids: list[int] = field(default_factory=list)
    letter_ids: list[int] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)
    letter_date: date | None = None
    recipient_lines: list[str] | None = None
    # True when the details were shown to the user with the diary's proposals in them
    # (the wizard): the builder then prints exactly the details and adds nothing from
    # the diary. False (the command line, an old draft): the builder adds the
    # proposals for the chosen records itself: sentences the program wrote from the
    # records' facts, never a note as the user typed it.
    reviewed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "type_id": self.type_id,
            "contact_ids": list(self.contact_ids),
            "handover_ids": list(self.handover_ids),
            "finding_ids": list(self.finding_ids),
            "letter_ids": list(self.letter_ids),
            "details": dict(self.details),
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
            "recipient_lines": (
                list(self.recipient_lines) if self.recipient_lines is not None else None
            ),
            "reviewed": self.reviewed,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LetterRequest:
        def ints(key: str) -> list[int]:
            return [int(v) for v in data.get(key) or []]

        raw_date = data.get("letter_date")
        lines = data.get("recipient_lines")
        return cls(
            type_id=str(data["type_id"]),
            contact_ids=ints("contact_ids"),
            handover_ids=ints("handover_ids"),
            finding_ids=ints("finding_ids"),
            letter_ids=ints("letter_ids"),
            details={str(k): str(v) for k, v in (data.get("details") or {}).items()},
            letter_date=date.fromisoformat(raw_date) if raw_date else None,
            recipient_lines=[str(x) for x in lines] if lines is not None else None,
            reviewed=data.get("reviewed") is True,
        )


@dataclass(frozen=True)
class SentDetails:
    """How and when a letter went out (``received``: the day of receipt, when known)."""

    delivery: str
    sent_on: date
    received: date | None = None


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]


Block = Paragraph | Bullets | Table


@dataclass(frozen=True)
class LetterDoc:
    """A letter laid out in parts, ready for the PDF renderer and the preview."""

    type_id: str
    sender_lines: tuple[str, ...]
    return_line: str
    recipient_lines: tuple[str, ...]
    recipient_note: str
    info: tuple[tuple[str, str], ...]
    subject: str
    salutation: str
    blocks: tuple[Block, ...]
    closing: str
    signature_name: str
    enclosures: tuple[str, ...]
    copies: int = 1
    receipt_field: bool = False
    answer_due_hint: str = ""
