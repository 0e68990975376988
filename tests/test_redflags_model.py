"""Issue 16: the small statistical model beside the rules (``app/redflags/model.py``).

The model is off by default (``model.ENABLED``); these tests check the shipped weights and
the combination with the rules, switched on where needed.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.records import ContactData, DocumentData, HandoverData
from app.redflags import RULE_IDS, Evidence, check_entry, check_text, load_rules
from app.redflags import model as m
from app.redflags.text import analyse

NOTE = "Die Frau am Schalter hat meinen Ausweis eingescannt und gesagt, das sei Pflicht."


def test_the_model_is_off_by_default() -> None:
    assert m.ENABLED is False


def test_the_shipped_model_loads_and_is_deterministic() -> None:
    assert m.MODEL_FILE.is_file()
    first = m.load()
    assert first.flags == tuple(RULE_IDS)
    assert 0.0 <= first.tau_low < first.tau_high
    feats = m.features([analyse(NOTE)])
    probs = first.probabilities(feats)
    assert set(probs) == set(RULE_IDS)
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    m.load.cache_clear()
    again = m.load()
    assert again is not first
    assert again.probabilities(m.features([analyse(NOTE)])) == probs
    assert probs["ausweiskopie"] > 0.5  # a plain case the model learnt


def test_the_model_round_trips_through_its_json() -> None:
    model = m.load()
    assert m.Model.from_json(model.to_json()).probabilities({"w|ausweis"}) == pytest.approx(
        model.probabilities({"w|ausweis"}), abs=1e-3
    )


def _stub(weights: dict[str, tuple[tuple[int, float], ...]], low: float, high: float) -> m.Model:
    flags = tuple(RULE_IDS)
    return m.Model(flags, tuple(-3.0 for _ in flags), weights, low, high)


def test_veto_drops_text_findings_but_never_structured_ones() -> None:
    text = m.Text("notes", analyse("Sie hat den Ausweis kopiert."), True)
    answer = m.Text("details.x", analyse("Kontoauszüge ohne Schwärzung"), False)
    found = {
        "ausweiskopie": [Evidence("notes", 19, 26, "Ausweis")],
        "hausbesuch": [Evidence("channel", -1, -1, "Hausbesuch unangekündigt")],
        "kontoauszuege": [Evidence("details.x", 0, 12, "Kontoauszüge")],
    }
    vetoing = _stub({}, low=1.5, high=2.0)  # every probability is below tau_low
    kept = m.combine(found, [text, answer], vetoing, evidence=Evidence)
    assert set(kept) == {"hausbesuch", "kontoauszuege"}
    assert kept["hausbesuch"] == found["hausbesuch"]


def test_veto_keeps_handover_findings_in_check_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(m, "ENABLED", True)
    monkeypatch.setattr(m, "load", lambda: _stub({}, low=1.5, high=2.0))
    handover = HandoverData(
        when=datetime(2024, 3, 3, 10, 0),
        method="persoenlich",
        documents=[DocumentData(type="personalausweis", copied_by_jobcenter=True, receipt=True)],
    )
    contact = ContactData(when=datetime(2024, 3, 3, 10, 0), channel="persoenlich", notes=NOTE)
    ids = {f.rule_id for f in check_entry(contact, [handover])}
    assert "ausweiskopie" in ids
    assert not check_text(NOTE)  # the same text finding alone is vetoed


def test_an_added_finding_has_a_span_in_the_text_and_the_rules_legal_basis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Heute war ich dort. Der Herr wollte alles ueber meine Krankheit wissen, Diagnose."
    flag = RULE_IDS.index("eigene-aufnahme")  # an id the rules do not see in this text
    stub = _stub({"w|diagnose": ((flag, 50.0),), "w|heute": ((flag, 0.1),)}, low=0.0, high=0.5)
    monkeypatch.setattr(m, "ENABLED", True)
    monkeypatch.setattr(m, "load", lambda: stub)
    findings = {f.rule_id: f for f in check_text(text)}
    assert "eigene-aufnahme" in findings
    (evidence,) = findings["eigene-aufnahme"].evidence
    assert evidence.field == "notes"
    assert 0 <= evidence.start < evidence.end <= len(text)
    assert text[evidence.start : evidence.end] == evidence.text
    assert "Diagnose" in evidence.text and "Heute" not in evidence.text
    assert load_rules()["eigene-aufnahme"].legal_basis


def test_no_finding_is_added_from_the_users_own_act() -> None:
    analysis = analyse("Ich habe das Gespräch heimlich aufgenommen.")
    for token in analysis.tokens:
        token.own = True  # as the engine marks "ich habe … selbst aufgenommen"
    flag = RULE_IDS.index("soziale-medien")
    stub = _stub({"w|aufgenommen": ((flag, 50.0),)}, low=0.0, high=0.5)
    texts = [m.Text("notes", analysis, True)]
    assert stub.probabilities(m.features([analysis]))["soziale-medien"] > 0.5
    assert "soziale-medien" not in m.combine({}, texts, stub, evidence=Evidence)
