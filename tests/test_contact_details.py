"""The entry form's answers as a typed record (``ContactDetails`` in app/records.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.errors import InputRefused
from app.records import ContactData, ContactDetails

TZ = timezone(timedelta(hours=1))
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=TZ)


def test_stored_answers_read_with_unknown_and_missing_keys() -> None:
    stored = {
        "copied_or_scanned": True,
        "documents_requested": ["personalausweis"],
        "third_party_contacted": "Hausverwaltung",  # no field in the form: kept
        "next_appointment": "2026-03-16T09:30:00+01:00",
    }
    answers = ContactDetails.from_details(stored)
    assert answers.copied_or_scanned is True
    assert answers.asked_to_sign is None  # missing: not answered
    assert answers.documents_requested == ["personalausweis"]
    assert answers.next_appointment == datetime(2026, 3, 16, 9, 30, tzinfo=TZ)
    assert answers.other == {"third_party_contacted": "Hausverwaltung"}
    assert answers.to_details() == stored  # nothing added, nothing lost


def test_mistyped_or_broken_stored_answers_read_as_not_answered() -> None:
    answers = ContactDetails.from_details(
        {"asked_to_sign": "ja", "next_appointment": "bald", "sign_what": 3}
    )
    assert (answers.asked_to_sign, answers.next_appointment, answers.sign_what) == (
        None,
        None,
        None,
    )
    # a date typed by hand in an import is no time, but it is kept
    assert answers.to_details()["next_appointment"] == "bald"
    assert ContactDetails.from_details({}).to_details() == {"next_appointment": ""}


def test_text_answers_are_what_the_red_flag_check_reads() -> None:
    answers = ContactDetails(asked_of_me="Kontoauszüge", sign_what=" ", other={"z": "Text"})
    assert answers.text_answers() == [("asked_of_me", "Kontoauszüge"), ("z", "Text")]


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ({"copied_or_scanned": "ja"}, "details.copied_or_scanned"),
        ({"documents_requested": "personalausweis"}, "details.documents_requested"),
        ({"next_appointment": 20260316}, "details.next_appointment"),
        ({"asked_of_me": 5}, "details.asked_of_me"),
    ],
)
def test_a_record_with_a_wrong_answer_is_refused_in_german(
    details: dict[str, object], field: str
) -> None:
    with pytest.raises(InputRefused, match=field):
        ContactData(when=WHEN, channel="termin", details=details).validated()


def test_other_answers_pass_as_before() -> None:
    record = ContactData(
        when=WHEN, channel="brief", details={"statements_months": 12, "announced": False}
    ).validated()
    assert record.details == {"statements_months": 12, "announced": False}
