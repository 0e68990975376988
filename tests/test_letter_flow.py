"""The letter wizard's state machine (app/letters/flow.py), without Qt."""

from __future__ import annotations

from app.letters import LETTER_TYPES
from app.letters.flow import LetterFlow, Problem, Step, merge_proposal
from app.letters.model import LetterRequest

VISIT = "Am 02.03.2026 hatte ich einen Termin beim Jobcenter."
COPY = "Dabei wurde mein Personalausweis kopiert."


def _flow(type_id: str) -> LetterFlow:
    flow = LetterFlow(LETTER_TYPES)
    assert flow.select(type_id)
    return flow


def test_without_a_type_the_wizard_goes_nowhere() -> None:
    flow = LetterFlow(LETTER_TYPES)
    assert flow.next_step() is None and flow.back_step() is None
    assert not flow.select("gibt-es-nicht") and flow.type_id is None


def test_a_type_that_uses_records_asks_what_it_concerns() -> None:
    flow = _flow("beschwerde")
    assert flow.next_step() == Step.CONCERNS
    flow.step = Step.CONCERNS
    assert flow.next_step() == Step.DETAILS and flow.proposals_due(Step.DETAILS)
    flow.step = Step.DETAILS
    assert flow.back_step() == Step.CONCERNS
    flow.step = Step.PREVIEW
    assert flow.back_step() == Step.DETAILS and flow.next_step() is None


def test_a_type_without_records_skips_step_two_both_ways() -> None:
    from dataclasses import replace

    bare = replace(LETTER_TYPES["auskunft"], uses=frozenset())
    flow = LetterFlow({"auskunft": bare})
    assert flow.select("auskunft") and not flow.has_concerns()
    assert flow.next_step() == Step.DETAILS
    flow.step = Step.DETAILS
    assert flow.back_step() == Step.TYPE


def test_required_details_and_the_warning_stop_the_way_to_the_preview() -> None:
    flow = _flow("widerruf-einwilligung")
    flow.step = Step.DETAILS
    assert flow.problem() == Problem.MISSING
    assert flow.missing() == ["Welche Einwilligung widerrufen Sie?"]
    assert flow.next_step() is None
    flow.values["einwilligung"] = "E-Mail-Kontakt"
    assert flow.problem() == Problem.WARNING_UNREAD  # a risky letter: read first
    flow.warning_read = True
    assert flow.problem() is None and flow.next_step() == Step.PREVIEW


def test_proposals_fill_untouched_fields_and_keep_what_the_user_wrote() -> None:
    flow = _flow("beschwerde")
    changed = flow.apply_proposals({"sachverhalt": f"{VISIT}\n{COPY}"})
    assert changed["sachverhalt"] == f"{VISIT}\n{COPY}"
    assert flow.anything_proposed({"sachverhalt": VISIT})
    # the user deletes one sentence and writes one of their own
    own = "Ich wurde nicht gefragt."
    flow.values["sachverhalt"] = f"{VISIT}\n{own}"
    # back and forward again: the same proposal changes nothing the user changed
    flow.apply_proposals({"sachverhalt": f"{VISIT}\n{COPY}"})
    assert flow.values["sachverhalt"] == f"{VISIT}\n{own}"
    # a newly chosen record adds only its new line
    later = "Am 09.03.2026 rief ich beim Jobcenter an."
    flow.apply_proposals({"sachverhalt": f"{VISIT}\n{COPY}\n{later}"})
    assert flow.values["sachverhalt"].splitlines() == [VISIT, own, later]


def test_an_untouched_field_follows_the_proposal_also_to_empty() -> None:
    flow = _flow("beschwerde")
    flow.apply_proposals({"sachverhalt": VISIT})
    flow.apply_proposals({})
    assert "sachverhalt" not in flow.values


def test_merge_of_a_single_line_keeps_a_changed_text() -> None:
    assert merge_proposal("mein Text", "alt", "neu", lines=False) == "mein Text"
    assert merge_proposal("alt", "alt", "neu", lines=False) == "neu"


def test_the_request_names_what_was_ticked_and_reviewed_details() -> None:
    flow = _flow("beschwerde")
    flow.chosen = {"entries": [3], "findings": [7], "handovers": [], "letters": []}
    flow.values = {"sachverhalt": VISIT, "normen": ""}
    flow.recipient_lines = ["Aufsicht", "Straße 1", "01099 Dresden"]
    request = flow.request()
    assert request.type_id == "beschwerde" and request.reviewed
    assert request.contact_ids == [3] and request.finding_ids == [7]
    assert request.details == {"sachverhalt": VISIT}
    assert request.recipient_lines == ["Aufsicht", "Straße 1", "01099 Dresden"]
    # only a type whose address the user checks sends an edited address
    flow.select("auskunft")
    assert flow.request().recipient_lines is None


def test_a_prefilled_request_passes_on_records_the_type_does_not_offer() -> None:
    flow = LetterFlow(LETTER_TYPES)
    kind = LETTER_TYPES["erinnerung"]
    hidden = next(k for k in ("findings", "handovers", "entries") if k not in kind.uses)
    field = {"findings": "finding_ids", "handovers": "handover_ids", "entries": "contact_ids"}
    request = LetterRequest("erinnerung", letter_ids=[4], **{field[hidden]: [9]})
    assert flow.prefill(request)
    assert flow.ids(hidden) == [9] and flow.ids("letters") == [4]
    flow.select("terminbegleitung")  # another type: nothing passed on unseen
    assert flow.ids(hidden) == []
    assert not LetterFlow(LETTER_TYPES).prefill(LetterRequest("gibt-es-nicht"))
