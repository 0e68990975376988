"""The letter wizard as a plain state machine (like ``app/firstrun.py``): no Qt here.

Four steps: the type, what it concerns (only when the type uses diary records),
the details, the preview. This module decides which step comes next or back,
what still stops the way to the preview, which records the letter names, and how
the diary's proposals (``app/letters/proposals.py``) enter the detail fields so
that what the user changed stays changed. ``ui/letters/wizard.py`` shows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from app.letters.model import LetterRequest, LetterType


class Step(IntEnum):
    TYPE = 0
    CONCERNS = 1
    DETAILS = 2
    PREVIEW = 3


class Problem(StrEnum):
    """Why the details step cannot go on (the window says it in its language)."""

    MISSING = "missing"  # required fields are empty: see LetterFlow.missing()
    WARNING_UNREAD = "warning"  # the type's warning is not ticked as read


# What a letter can be about, and the LetterRequest field that names them.
KINDS = ("entries", "handovers", "findings", "letters")
REQUEST_FIELDS = {
    "entries": "contact_ids",
    "handovers": "handover_ids",
    "findings": "finding_ids",
    "letters": "letter_ids",
}


def merge_proposal(current: str, last: str, new: str, *, lines: bool) -> str:
    """A field's text after the diary proposed ``new`` (it proposed ``last`` before).

    A field the user has not changed since the last proposal takes the new one;
    a changed field keeps the user's text and, for a list, gets only lines that
    are new in the proposal."""
    if current == last:
        return new
    if lines:
        have = set(current.splitlines())
        old = set(last.splitlines())
        extra = [line for line in new.splitlines() if line not in have | old]
        if extra:
            return "\n".join([*current.splitlines(), *extra])
    return current


@dataclass
class LetterFlow:
    """One letter on its way: the chosen type, records and details, and the step."""

    types: Mapping[str, LetterType]
    step: Step = Step.TYPE
    type_id: str | None = None
    chosen: dict[str, list[int]] = field(default_factory=dict)  # per kind, ticked ids
    values: dict[str, str] = field(default_factory=dict)  # detail fields as they stand
    proposed: dict[str, str] = field(default_factory=dict)  # the diary's last proposal
    warning_read: bool = False
    recipient_lines: list[str] | None = None
    prefilled: LetterRequest | None = None

    # ---------------------------------------------------------------- the type
    @property
    def kind(self) -> LetterType | None:
        return self.types.get(self.type_id) if self.type_id else None

    def select(self, type_id: str | None) -> bool:
        """Choose a type; False for one the program does not know."""
        if type_id is not None and type_id not in self.types:
            return False
        self.type_id = type_id
        return True

    def uses(self) -> frozenset[str]:
        kind = self.kind
        return kind.uses if kind is not None else frozenset()

    def has_concerns(self) -> bool:
        """The type offers diary records to choose (else step 2 is skipped)."""
        return bool(self.uses() & set(KINDS))

    # ---------------------------------------------------------------- moving
    def next_step(self) -> Step | None:
        """Where "Weiter" leads from here; None when it leads nowhere (yet)."""
        if self.step == Step.TYPE:
            if self.kind is None:
                return None
            return Step.CONCERNS if self.has_concerns() else Step.DETAILS
        if self.step == Step.CONCERNS:
            return Step.DETAILS
        if self.step == Step.DETAILS and self.problem() is None:
            return Step.PREVIEW
        return None

    def back_step(self) -> Step | None:
        if self.step == Step.DETAILS:
            return Step.CONCERNS if self.has_concerns() else Step.TYPE
        if self.step > Step.TYPE:
            return Step(self.step - 1)
        return None

    def proposals_due(self, target: Step) -> bool:
        """Going to the details from an earlier step: the proposals are made anew."""
        return target == Step.DETAILS and self.step < Step.DETAILS

    # ---------------------------------------------------------------- checks
    def missing(self) -> list[str]:
        """The labels of required details not filled in."""
        kind = self.kind
        if kind is None:
            return []
        return [f.label for f in kind.detail_fields if f.required and not self.values.get(f.name)]

    def problem(self) -> Problem | None:
        """What stops the way from the details to the preview."""
        if self.missing():
            return Problem.MISSING
        kind = self.kind
        if kind is not None and kind.warning and not self.warning_read:
            return Problem.WARNING_UNREAD
        return None

    # ---------------------------------------------------------------- proposals
    def fills(self) -> list[str]:
        """The detail fields the diary can propose something for."""
        kind = self.kind
        return [spec.name for spec in kind.detail_fields if spec.fill] if kind else []

    def apply_proposals(self, proposed: Mapping[str, str]) -> dict[str, str]:
        """Merge the diary's new proposals into the fields; returns the fields whose
        text changed (name -> new text). What stands in the fields is what prints."""
        kind = self.kind
        if kind is None:
            return {}
        changed: dict[str, str] = {}
        for spec in kind.detail_fields:
            if not spec.fill:
                continue
            new = proposed.get(spec.name, "")
            current = self.values.get(spec.name, "")
            text = merge_proposal(
                current, self.proposed.get(spec.name, ""), new, lines=spec.kind == "lines"
            )
            if text != current or current == self.proposed.get(spec.name, ""):
                changed[spec.name] = text
            if text:
                self.values[spec.name] = text
            else:
                self.values.pop(spec.name, None)
            self.proposed[spec.name] = new
        return changed

    def anything_proposed(self, proposed: Mapping[str, str]) -> bool:
        return any(proposed.get(name) for name in self.fills())

    # ---------------------------------------------------------------- the request
    def ids(self, kind: str) -> list[int]:
        """Ticked records of a kind the type offers; records a prefilled request named
        for a kind the type does not offer are passed on unseen (a reminder keeps the
        Warnsignale of the first letter, so sending it settles them too)."""
        if kind in self.uses():
            return list(self.chosen.get(kind, []))
        if self.prefilled is not None and self.prefilled.type_id == self.type_id:
            return list(getattr(self.prefilled, REQUEST_FIELDS[kind]))
        return []

    def prefill(self, request: LetterRequest) -> bool:
        """Start from ``request`` (a Warnsignal, a handover, a kept draft); False when
        its type is unknown."""
        self.prefilled = request
        known = self.select(request.type_id) if request.type_id else True
        for kind, name in REQUEST_FIELDS.items():
            ids: Sequence[int] = getattr(request, name)
            if ids:
                self.chosen[kind] = list(ids)
        self.recipient_lines = list(request.recipient_lines) if request.recipient_lines else None
        return known

    def request(self) -> LetterRequest:
        kind = self.kind
        editable = kind is not None and kind.recipient_editable
        return LetterRequest(
            type_id=self.type_id or "",
            contact_ids=self.ids("entries"),
            handover_ids=self.ids("handovers"),
            finding_ids=self.ids("findings"),
            letter_ids=self.ids("letters"),
            details={k: v for k, v in self.values.items() if v},
            recipient_lines=(self.recipient_lines or None) if editable else None,
            # the user saw every detail with the diary's proposals in it
            reviewed=True,
        )
