"""The list of zugelassene kommunale Träger and the routing to the supervisory authority."""

from __future__ import annotations

import pytest

from app.authorities import (
    KIND_HINT,
    STATES,
    find_traeger,
    propose_kind,
    supervisory_authority,
    traeger,
)

VALID_STATES = {
    "BW",
    "BY",
    "BE",
    "BB",
    "HB",
    "HH",
    "HE",
    "MV",
    "NI",
    "NW",
    "RP",
    "SL",
    "SN",
    "ST",
    "SH",
    "TH",
}


def test_exactly_104_traeger_with_unique_names() -> None:
    entries = traeger()
    assert len(entries) == 104
    assert len({item.name for item in entries}) == 104


def test_every_state_code_is_valid() -> None:
    assert set(STATES) == VALID_STATES
    assert {item.state for item in traeger()} <= VALID_STATES


def test_city_states_have_no_zkt() -> None:
    assert not [item for item in traeger() if item.state in {"BE", "HB", "HH"}]


def test_counts_per_state_follow_the_komtrzv_annex() -> None:
    counts: dict[str, int] = {}
    for item in traeger():
        counts[item.state] = counts.get(item.state, 0) + 1
    assert counts == {
        "BW": 11,
        "BY": 10,
        "BB": 7,
        "HE": 16,
        "MV": 1,
        "NI": 16,
        "NW": 18,
        "RP": 5,
        "SL": 3,
        "SN": 5,
        "ST": 6,
        "SH": 2,
        "TH": 4,
    }


@pytest.mark.parametrize(
    ("district", "state", "kind"),
    [
        ("Stadt Offenbach", "HE", "zkt"),
        ("offenbach am main", "HE", "zkt"),
        ("Kreis Offenbach", "HE", "zkt"),
        ("Frankfurt am Main", "HE", "ge"),
        ("LK München", "BY", "zkt"),
        ("Landkreis Muenchen", "BY", "zkt"),
        ("landkreis munchen", "BY", "zkt"),
        ("München", "BY", "ge"),
        ("Schweinfurt", "BY", "ge"),
        ("Stadt Schweinfurt", "BY", "zkt"),
        ("St. Wendel", "SL", "zkt"),
        ("Sankt Wendel", "SL", "zkt"),
        ("Rotenburg Wümme", "NI", "zkt"),
        ("Kreis Borken", "NW", "zkt"),
        ("Jobcenter Kreis Borken", "NW", "zkt"),
        ("Spree-Neisse", "BB", "zkt"),
        ("Berlin", "BE", "ge"),
        ("Hamburg", "HH", "ge"),
        ("LK München", None, "zkt"),
        ("LK München", "HE", "ge"),  # on the list, but not in that state
    ],
)
def test_propose_kind(district: str, state: str | None, kind: str) -> None:
    assert propose_kind(district, state) == kind


@pytest.mark.parametrize("district", ["", "   "])
def test_propose_kind_without_a_district(district: str) -> None:
    assert propose_kind(district, "BY") is None


def test_every_listed_name_and_spelling_is_proposed_as_zkt() -> None:
    for item in traeger():
        for text in (item.name, *item.search):
            assert propose_kind(text, item.state) == "zkt", text


@pytest.mark.parametrize("state", sorted(VALID_STATES))
def test_ge_goes_to_the_bfdi_in_every_state(state: str) -> None:
    authority, reason = supervisory_authority("ge", state)
    assert authority.id == "bfdi"
    assert "Graurheindorfer Str. 153" in authority.address_lines
    assert "53117 Bonn" in authority.address_lines
    assert authority.verified is True
    assert "gemeinsame Einrichtung" in reason
    assert "§ 50 Abs. 4 SGB II" in reason


def test_zkt_in_bavaria_goes_to_the_baylfd_not_the_landesamt() -> None:
    authority, reason = supervisory_authority("zkt", "BY")
    assert authority.name == "Der Bayerische Landesbeauftragte für den Datenschutz"
    assert "Landesamt" not in authority.name
    assert "80502 München" in authority.address_lines
    assert "zugelassener kommunaler Träger" in reason
    assert "BayLfD" in reason


@pytest.mark.parametrize(
    ("state", "city"),
    [("HE", "Wiesbaden"), ("NW", "Düsseldorf"), ("SN", "Dresden")],
)
def test_zkt_goes_to_the_state_authority(state: str, city: str) -> None:
    authority, reason = supervisory_authority("zkt", state)
    assert authority.id != "bfdi"
    assert city in authority.address_lines[-1]
    assert "zugelassener kommunaler Träger" in reason
    assert STATES[state] in reason


def test_only_the_bfdi_address_is_verified() -> None:
    for state in VALID_STATES:
        authority, _reason = supervisory_authority("zkt", state)
        assert authority.verified is False, state
        assert authority.name and authority.address_lines
    assert supervisory_authority("ge", "BY")[0].verified is True


def test_zkt_in_a_city_state_warns() -> None:
    _authority, reason = supervisory_authority("zkt", "HB")
    assert "keine zugelassenen kommunalen Träger" in reason


@pytest.mark.parametrize(("kind", "state"), [("arge", "BY"), ("ge", "XX"), ("zkt", "")])
def test_unknown_kind_or_state_is_refused(kind: str, state: str) -> None:
    with pytest.raises(ValueError):
        supervisory_authority(kind, state)


def test_find_traeger_finds_both_offenbachs() -> None:
    names = [item.name for item in find_traeger("offen")]
    assert "Stadt Offenbach" in names
    assert "Kreis Offenbach" in names


def test_find_traeger_is_case_and_umlaut_insensitive() -> None:
    for query in ("GÜNZ", "guenz", "gunz"):
        assert [item.name for item in find_traeger(query)] == ["LK Günzburg"], query
    assert [item.name for item in find_traeger("meissen")] == ["Meißen"]


def test_find_traeger_puts_prefix_matches_first() -> None:
    names = [item.name for item in find_traeger("offen")]
    assert names[0] == "Stadt Offenbach"  # "Offenbach am Main" starts with the query
    names = [item.name for item in find_traeger("bur")]
    assert names[0] == "Burgenlandkreis"
    assert {"LK Günzburg", "Schaumburg", "Rotenburg (Wümme)"} <= set(names[1:])


def test_find_traeger_filters_by_state() -> None:
    assert {item.state for item in find_traeger("", "NW")} == {"NW"}
    assert find_traeger("München", "HE") == []
    assert len(find_traeger("")) == 104


def test_kind_hint_names_both_signs() -> None:
    assert "Bundesagentur für Arbeit" in KIND_HINT
    assert "Wappen" in KIND_HINT
