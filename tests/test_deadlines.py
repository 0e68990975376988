"""Answer deadlines: receipt by post, month ends, weekends and the holidays of each state.

Every weekday named here was checked with ``calendar`` and is asserted again below,
so a wrong date in a test fails loudly instead of testing the wrong thing.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.deadlines import (
    ANSWER_RULES,
    DELIVERY_METHODS,
    Counted,
    DeadlineError,
    add_months,
    answer_basis,
    answer_count,
    answer_deadline,
    complaint_deadline,
    complaint_fits,
    fmt_day,
    holiday_name,
    next_working_day,
    received_on,
    reminder_deadline,
    reminder_from,
)
from app.errors import AmtsError

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(day: date) -> int:
    return day.weekday()


# ------------------------------------------------------------------ basics
def test_delivery_methods_are_the_contracts() -> None:
    assert list(DELIVERY_METHODS) == ["post", "einschreiben", "fax", "persoenlich", "upload"]
    assert DELIVERY_METHODS["einschreiben"] == "Einschreiben mit Rückschein"


def test_weekday_names_need_no_locale() -> None:
    assert fmt_day(date(2025, 2, 7)) == "Freitag, 07.02.2025"
    assert fmt_day(date(2025, 3, 10)) == "Montag, 10.03.2025"


def test_explanation_joins_the_steps() -> None:
    counted = Counted(date(2025, 3, 7), ("a", "b"))
    assert counted.explanation == "a → b"


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 1, 30), 1, date(2028, 2, 29)),
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # year end
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2025, 2, 28), 1, date(2025, 3, 28)),  # not "the last day" again
    ],
)
def test_add_months_month_end_rule(start: date, months: int, end: date) -> None:
    assert add_months(start, months) == end


# ------------------------------------------------------------------ receipt
def test_post_from_2025_counts_the_fourth_day() -> None:
    assert received_on(date(2025, 1, 1), "post") == date(2025, 1, 5)
    assert received_on(date(2025, 2, 3), "einschreiben") == date(2025, 2, 7)


def test_the_estimate_is_the_fourth_day_whenever_the_letter_was_posted() -> None:
    # The 3-day/4-day split of § 37 Abs. 2 SGB X is about the authority's own
    # letters; for the user's letter the program only estimates, always the 4th day.
    assert received_on(date(2024, 12, 31), "post") == date(2025, 1, 4)
    assert received_on(date(2024, 12, 20), "einschreiben") == date(2024, 12, 24)


@pytest.mark.parametrize("delivery", ["fax", "persoenlich", "upload"])
def test_other_ways_arrive_the_same_day(delivery: str) -> None:
    assert received_on(date(2025, 2, 8), delivery) == date(2025, 2, 8)


def test_unknown_delivery_is_a_german_error() -> None:
    with pytest.raises(DeadlineError) as caught:
        answer_deadline(date(2025, 2, 3), "brieftaube", "BE")
    assert isinstance(caught.value, AmtsError)
    assert "Versandart" in caught.value.message


def test_the_contracts_example() -> None:
    counted = answer_deadline(date(2025, 2, 3), "post", "SN")
    assert weekday(date(2025, 2, 7)) == FRI and weekday(date(2025, 3, 7)) == FRI
    assert counted.due == date(2025, 3, 7)
    assert counted.received == date(2025, 2, 7)
    assert counted.steps[0] == "Brief am 03.02.2025 zur Post gegeben"
    assert counted.steps[1] == (
        "voraussichtlich zugegangen am Freitag, 07.02.2025; für Ihren eigenen Brief gibt "
        "es keine gesetzliche Zugangsregel, das Programm rechnet vorsichtig mit dem 4. Tag "
        "nach der Aufgabe zur Post; den Zugang belegen ein Einschreiben mit Rückschein, "
        "ein Fax-Sendebericht oder eine Eingangsbestätigung"
    )
    assert "Freitag, 07.03.2025" in counted.steps[2]
    assert len(counted.steps) == 3  # nothing to move, state known


def test_post_before_2025_is_estimated_with_the_fourth_day_too() -> None:
    # posted Fri 20.12.2024 → estimated Tue 24.12.2024 → Fri 24.01.2025
    counted = answer_deadline(date(2024, 12, 20), "post", "BE")
    assert weekday(date(2024, 12, 24)) == TUE and weekday(date(2025, 1, 24)) == FRI
    assert counted.received == date(2024, 12, 24)
    assert counted.due == date(2025, 1, 24)
    assert "4. Tag nach der Aufgabe zur Post" in counted.explanation
    assert "3. Tag" not in counted.explanation
    assert "Dienstag, 24.12.2024" in counted.explanation


def test_the_users_own_letter_has_no_statutory_deemed_day() -> None:
    # § 37 Abs. 2 SGB X is about when the authority's letter counts as made known;
    # the user's letter takes effect on receipt, which the user has to prove.
    counted = answer_deadline(date(2025, 2, 3), "post", "SN")
    assert "§ 37" not in counted.explanation
    assert "37 Abs" not in counted.explanation
    assert "gilt als" not in counted.explanation
    assert "voraussichtlich zugegangen am Freitag, 07.02.2025" in counted.steps[1]
    assert "keine gesetzliche Zugangsregel" in counted.steps[1]
    for proof in ("Rückschein", "Fax-Sendebericht", "Eingangsbestätigung"):
        assert proof in counted.steps[1]


@pytest.mark.parametrize("type_id", sorted(ANSWER_RULES))
@pytest.mark.parametrize("delivery", sorted(DELIVERY_METHODS))
def test_no_count_cites_section_37(type_id: str, delivery: str) -> None:
    counted = answer_count(type_id, date(2025, 2, 3), delivery, "SN")
    assert counted is not None
    assert "37 Abs" not in counted.explanation


def test_deemed_receipt_on_a_sunday_does_not_move() -> None:
    # posted Wed 26.02.2025 → deemed received Sun 02.03.2025 (stays) → Wed 02.04.2025.
    # Moving the receipt to Monday would wrongly give 03.04.2025.
    assert weekday(date(2025, 3, 2)) == SUN and weekday(date(2025, 4, 2)) == WED
    counted = answer_deadline(date(2025, 2, 26), "post", "NW")
    assert counted.received == date(2025, 3, 2)
    assert counted.due == date(2025, 4, 2)
    assert "Sonntag, 02.03.2025" in counted.explanation
    assert "verschiebt diesen Tag nicht" in counted.explanation


# ------------------------------------------------------------------ month ends
def test_receipt_on_31_january_ends_on_28_february() -> None:
    # posted Mon 27.01.2025 → received Fri 31.01.2025 → Fri 28.02.2025
    assert weekday(date(2025, 1, 27)) == MON and weekday(date(2025, 2, 28)) == FRI
    counted = answer_deadline(date(2025, 1, 27), "post", "NW")
    assert counted.received == date(2025, 1, 31)
    assert counted.due == date(2025, 2, 28)
    assert "Freitag, 28.02.2025" in counted.explanation
    assert "31. Februar gibt es nicht" in counted.explanation
    assert "§ 64 Abs. 2 SGG" in counted.explanation


def test_receipt_on_31_january_of_a_leap_year_ends_on_29_february() -> None:
    # posted Thu 27.01.2028 → received Mon 31.01.2028 → Tue 29.02.2028
    assert weekday(date(2028, 1, 27)) == THU and weekday(date(2028, 2, 29)) == TUE
    counted = answer_deadline(date(2028, 1, 27), "post", "BE")
    assert counted.received == date(2028, 1, 31)
    assert counted.due == date(2028, 2, 29)
    assert "Dienstag, 29.02.2028" in counted.explanation


def test_year_end_into_a_new_year_holiday() -> None:
    # posted Thu 27.11.2025 → received Mon 01.12.2025 → Thu 01.01.2026 (Neujahr) → Fri 02.01.
    assert weekday(date(2026, 1, 1)) == THU and weekday(date(2026, 1, 2)) == FRI
    counted = answer_deadline(date(2025, 11, 27), "post", "HE")
    assert counted.due == date(2026, 1, 2)
    assert "Neujahr (bundesweiter Feiertag)" in counted.explanation
    assert "Freitag, 02.01.2026" in counted.explanation


def test_year_end_plain() -> None:
    # faxed Mon 15.12.2025 → Thu 15.01.2026
    assert weekday(date(2026, 1, 15)) == THU
    assert answer_deadline(date(2025, 12, 15), "fax", "HH").due == date(2026, 1, 15)


# ------------------------------------------------------------------ weekends
def test_end_on_a_saturday_moves_to_monday() -> None:
    # posted Tue 04.02.2025 → deemed received Sat 08.02.2025 (stays) → Sat 08.03.2025 → Mon 10.03.
    assert weekday(date(2025, 3, 8)) == SAT and weekday(date(2025, 3, 10)) == MON
    counted = answer_deadline(date(2025, 2, 4), "post", "NW")
    assert counted.received == date(2025, 2, 8)
    assert counted.due == date(2025, 3, 10)
    assert counted.steps[-1] == (
        "Samstag, danach Sonntag, 09.03.2025 → nächster Werktag: Montag, 10.03.2025"
    )


def test_end_on_a_sunday_moves_to_monday() -> None:
    # faxed Sun 09.02.2025 → Sun 09.03.2025 → Mon 10.03.2025
    assert weekday(date(2025, 3, 9)) == SUN
    counted = answer_deadline(date(2025, 2, 9), "fax", "NW")
    assert counted.due == date(2025, 3, 10)
    assert counted.steps[-1] == "Sonntag → nächster Werktag: Montag, 10.03.2025"


# ------------------------------------------------------------------ national holidays
def test_end_on_tag_der_deutschen_einheit() -> None:
    # faxed Wed 03.09.2025 → Fri 03.10.2025 (holiday), Sat, Sun → Mon 06.10.2025
    assert weekday(date(2025, 10, 3)) == FRI and weekday(date(2025, 10, 6)) == MON
    counted = answer_deadline(date(2025, 9, 3), "fax", "BY")
    assert counted.due == date(2025, 10, 6)
    assert "Tag der Deutschen Einheit (bundesweiter Feiertag)" in counted.explanation
    assert "Montag, 06.10.2025" in counted.explanation


def test_end_on_christmas_runs_over_both_days_and_the_weekend() -> None:
    # faxed Tue 25.11.2025 → Thu 25.12., Fri 26.12., Sat, Sun → Mon 29.12.2025
    assert weekday(date(2025, 12, 25)) == THU and weekday(date(2025, 12, 29)) == MON
    counted = answer_deadline(date(2025, 11, 25), "fax", "NI")
    assert counted.due == date(2025, 12, 29)
    assert "Erster Weihnachtstag" in counted.explanation
    assert counted.steps[-1] == (
        "Erster Weihnachtstag (bundesweiter Feiertag), danach Freitag, 26.12.2025: "
        "Zweiter Weihnachtstag (bundesweiter Feiertag), Samstag, 27.12.2025 und "
        "Sonntag, 28.12.2025 → nächster Werktag: Montag, 29.12.2025"
    )


def test_end_on_26_december() -> None:
    # handed in Wed 26.11.2025 → Fri 26.12.2025 → Mon 29.12.2025
    counted = answer_deadline(date(2025, 11, 26), "persoenlich", "SL")
    assert counted.due == date(2025, 12, 29)
    assert counted.steps[-1].startswith("Zweiter Weihnachtstag (bundesweiter Feiertag)")


def test_end_on_easter_monday() -> None:
    # uploaded Fri 21.03.2025 → Mon 21.04.2025 (Ostermontag) → Tue 22.04.2025
    assert weekday(date(2025, 4, 21)) == MON
    counted = answer_deadline(date(2025, 3, 21), "upload", "RP")
    assert counted.due == date(2025, 4, 22)
    assert "Ostermontag (bundesweiter Feiertag) → nächster Werktag: Dienstag, 22.04.2025" in (
        counted.explanation
    )


def test_end_on_good_friday_skips_to_tuesday_after_easter() -> None:
    # faxed Tue 18.03.2025 → Fri 18.04.2025 (Karfreitag) … Ostermontag → Tue 22.04.2025
    counted = answer_deadline(date(2025, 3, 18), "fax", "HE")
    assert counted.due == date(2025, 4, 22)
    assert "Montag, 21.04.2025: Ostermontag" in counted.explanation


# ------------------------------------------------------------------ holidays of one state
@pytest.mark.parametrize(
    ("state", "due"),
    [
        ("NW", date(2025, 6, 20)),
        ("BY", date(2025, 6, 20)),
        ("BE", date(2025, 6, 19)),
        ("SN", date(2025, 6, 19)),
    ],
)
def test_fronleichnam_only_where_it_is_a_holiday(state: str, due: date) -> None:
    # faxed Mon 19.05.2025 → Thu 19.06.2025 (Fronleichnam in NW and BY, not in BE or SN)
    assert weekday(date(2025, 6, 19)) == THU
    counted = answer_deadline(date(2025, 5, 19), "fax", state)
    assert counted.due == due
    if due == date(2025, 6, 20):
        assert "Fronleichnam (Feiertag in " in counted.explanation
    else:
        assert "Fronleichnam" not in counted.explanation


def test_fronleichnam_names_the_state() -> None:
    counted = answer_deadline(date(2025, 5, 19), "fax", "NW")
    assert counted.steps[-1] == (
        "Fronleichnam (Feiertag in Nordrhein-Westfalen) → nächster Werktag: Freitag, 20.06.2025"
    )


@pytest.mark.parametrize(
    ("state", "due"),
    [
        ("SN", date(2025, 11, 3)),
        ("BB", date(2025, 11, 3)),
        ("NW", date(2025, 10, 31)),
        ("BY", date(2025, 10, 31)),
    ],
)
def test_reformationstag_only_where_it_is_a_holiday(state: str, due: date) -> None:
    # A one-month period never ends on 31.10. (there is no 31.09.); the two-week
    # period of a reminder does: posted Mon 13.10.2025 → received Fri 17.10.2025 →
    # Fri 31.10.2025 → in SN/BB over the weekend to Mon 03.11.2025.
    assert weekday(date(2025, 10, 31)) == FRI and weekday(date(2025, 11, 3)) == MON
    counted = reminder_deadline(date(2025, 10, 13), "post", state)
    assert counted.received == date(2025, 10, 17)
    assert counted.due == due
    assert "zwei Wochen später: Freitag, 31.10.2025" in counted.explanation


def test_reformationstag_step_says_sachsen() -> None:
    counted = reminder_deadline(date(2025, 10, 13), "post", "SN")
    assert "Reformationstag (Feiertag in Sachsen)" in counted.steps[-1]
    assert counted.steps[0] == "Erinnerung am 13.10.2025 zur Post gegeben"


@pytest.mark.parametrize(
    ("state", "due"),
    [("SN", date(2025, 11, 20)), ("NW", date(2025, 11, 19)), ("BE", date(2025, 11, 19))],
)
def test_buss_und_bettag_only_in_sachsen(state: str, due: date) -> None:
    # faxed Sun 19.10.2025 → Wed 19.11.2025 (Buß- und Bettag in Sachsen) → Thu 20.11.
    assert weekday(date(2025, 11, 19)) == WED
    counted = answer_deadline(date(2025, 10, 19), "fax", state)
    assert counted.due == due
    if state == "SN":
        assert counted.steps[-1] == (
            "Buß- und Bettag (Feiertag in Sachsen) → nächster Werktag: Donnerstag, 20.11.2025"
        )


def test_a_holiday_on_a_sunday_after_the_end_is_named_once() -> None:
    # Brandenburg keeps Ostersonntag as a holiday. uploaded Tue 18.03.2025 →
    # Fri 18.04.2025 (Karfreitag), Sat, Sun 20.04. (Ostersonntag), Mon 21.04. → Tue 22.04.
    counted = answer_deadline(date(2025, 3, 18), "upload", "BB")
    assert counted.due == date(2025, 4, 22)
    assert "Sonntag, 20.04.2025: Ostersonntag (Feiertag in Brandenburg)" in counted.steps[-1]
    assert "Sonntag, Ostersonntag" not in counted.steps[-1]


def test_holiday_on_a_weekend_is_named_with_the_weekday() -> None:
    # Frauentag is a holiday in Berlin only; 08.03.2025 is a Saturday anyway.
    counted = answer_deadline(date(2025, 2, 4), "post", "BE")
    assert counted.due == date(2025, 3, 10)
    assert counted.steps[-1].startswith("Samstag, Frauentag (Feiertag in Berlin)")


# ------------------------------------------------------------------ missing state
@pytest.mark.parametrize("state", ["", "XX", None])
def test_without_a_state_only_national_holidays_and_it_says_so(state: str | None) -> None:
    counted = answer_deadline(date(2025, 5, 19), "fax", state)
    assert counted.due == date(2025, 6, 19)  # Fronleichnam not counted
    assert "nur bundesweite Feiertage" in counted.steps[-1]
    # national holidays still count
    assert answer_deadline(date(2025, 9, 3), "fax", state).due == date(2025, 10, 6)


def test_state_codes_in_lower_case_count() -> None:
    assert answer_deadline(date(2025, 5, 19), "fax", "nw").due == date(2025, 6, 20)


# ------------------------------------------------------------------ helpers
def test_next_working_day() -> None:
    assert next_working_day(date(2025, 10, 31), "SN") == date(2025, 11, 3)
    assert next_working_day(date(2025, 10, 31), "NW") == date(2025, 10, 31)
    assert next_working_day(date(2025, 11, 19), "SN") == date(2025, 11, 20)
    assert next_working_day(date(2025, 6, 19), "BE") == date(2025, 6, 19)


def test_holiday_names_are_german() -> None:
    assert holiday_name(date(2025, 10, 3), None) == "Tag der Deutschen Einheit"
    assert holiday_name(date(2025, 11, 19), "SN") == "Buß- und Bettag"
    assert holiday_name(date(2025, 11, 19), "NW") is None


def test_reminder_period_is_two_weeks_from_receipt() -> None:
    # faxed Mon 03.11.2025 → Mon 17.11.2025
    counted = reminder_deadline(date(2025, 11, 3), "fax", "BE")
    assert counted.due == date(2025, 11, 17)


def test_complaint_period_is_three_months() -> None:
    # posted Mon 27.10.2025 → received Fri 31.10.2025 → 31.01.2026 is a Saturday → Mon 02.02.
    assert weekday(date(2026, 1, 31)) == SAT
    counted = complaint_deadline(date(2025, 10, 27), "post", "NW")
    assert counted.due == date(2026, 2, 2)
    assert "drei Monate später (Art. 78 Abs. 2 DSGVO): Samstag, 31.01.2026" in (counted.explanation)


# ------------------------------------------------------------------ a known day of receipt
def test_a_return_receipt_replaces_the_deemed_day() -> None:
    # registered post Mon 03.02.2025, the return receipt says Wed 05.02.2025
    # (deemed would be Fri 07.02.) → Wed 05.03.2025
    counted = answer_deadline(date(2025, 2, 3), "einschreiben", "SN", received=date(2025, 2, 5))
    assert weekday(date(2025, 3, 5)) == WED
    assert counted.received == date(2025, 2, 5)
    assert counted.due == date(2025, 3, 5)
    assert counted.steps[1] == "laut Rückschein zugegangen am Mittwoch, 05.02.2025"
    assert "§ 37" not in counted.explanation


def test_a_known_receipt_before_sending_is_refused() -> None:
    with pytest.raises(DeadlineError, match="vor dem Versand"):
        answer_deadline(date(2025, 2, 3), "einschreiben", "SN", received=date(2025, 2, 2))


def test_a_known_receipt_counts_for_the_reminder_too() -> None:
    # faxed Mon 13.10.2025, report says the same day → Mon 27.10.2025
    counted = reminder_deadline(date(2025, 10, 13), "fax", "NW", received=date(2025, 10, 13))
    assert counted.due == date(2025, 10, 27)
    assert counted.steps[1] == "laut Sendebericht zugegangen am Montag, 13.10.2025"


# ------------------------------------------------------------------ the norm each letter rests on
DATA_PROTECTION = (
    "auskunft",
    "berichtigung",
    "loeschung",
    "einschraenkung",
    "widerspruch-verarbeitung",
    "widerruf-einwilligung",
)


@pytest.mark.parametrize("type_id", DATA_PROTECTION)
def test_data_protection_letters_rest_on_art_12(type_id: str) -> None:
    assert answer_basis(type_id) == "Art. 12 Abs. 3 DSGVO"
    assert complaint_fits(type_id)
    counted = answer_count(type_id, date(2025, 2, 3), "post", "SN")
    assert counted is not None
    assert counted.due == date(2025, 3, 7)  # estimated Fri 07.02.2025 + one month
    assert "ein Monat später (Art. 12 Abs. 3 DSGVO): Freitag, 07.03.2025" in counted.steps


def test_akteneinsicht_rests_on_section_25_and_gets_the_two_weeks_of_the_letter() -> None:
    assert answer_basis("akteneinsicht") == "§ 25 SGB X"
    assert not complaint_fits("akteneinsicht")
    counted = answer_count("akteneinsicht", date(2025, 2, 3), "post", "SN")
    assert counted is not None
    # posted Mon 03.02.2025 → estimated Fri 07.02.2025 → 14 days: Fri 21.02.2025
    assert weekday(date(2025, 2, 21)) == FRI
    assert counted.received == date(2025, 2, 7)
    assert counted.due == date(2025, 2, 21)
    assert counted.steps[-1] == (
        "zwei Wochen später (von Ihnen im Brief gesetzte Frist; § 25 SGB X selbst nennt "
        "keine Frist): Freitag, 21.02.2025"
    )
    assert "Art. 12" not in counted.explanation and "Monat" not in counted.explanation


def test_akteneinsicht_handed_in_counts_from_the_same_day() -> None:
    # handed in Wed 12.11.2025 → Wed 26.11.2025
    counted = answer_count("akteneinsicht", date(2025, 11, 12), "persoenlich", "BE")
    assert counted is not None and counted.due == date(2025, 11, 26)


def test_the_reminder_keeps_its_two_weeks() -> None:
    counted = answer_count("erinnerung", date(2025, 3, 10), "post", "SN")
    assert counted is not None
    assert counted.due == date(2025, 3, 28)
    assert not complaint_fits("erinnerung")
    assert answer_basis("erinnerung") == ""  # the reminder sets its own final period


def test_letters_without_an_answer_have_no_rule() -> None:
    assert answer_count("terminbegleitung", date(2025, 2, 3), "post", "SN") is None
    assert answer_basis("terminbegleitung") == ""
    assert answer_basis("gibt-es-nicht") == ""


def test_every_letter_that_expects_an_answer_has_its_rule() -> None:
    from app.letters import LETTER_TYPES

    for type_id, kind in LETTER_TYPES.items():
        if kind.answer_expected:
            assert type_id in ANSWER_RULES, type_id


def test_a_reminder_makes_sense_from_the_day_after_the_due_date() -> None:
    assert reminder_from(date(2025, 3, 7)) == date(2025, 3, 8)
    assert reminder_from(date(2025, 12, 31)) == date(2026, 1, 1)
