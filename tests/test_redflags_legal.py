"""The legal side of the rule files: letter facts, letter norms, sources, and the law they state.

A finding's ``letter_fact`` goes into first-person letters to the Jobcenter and into
complaints to the data-protection authority; ``letter_norms`` are the norms such a
letter cites. Every legal statement names its source. The texts must state the law as
it stands (ID copies with consent, which Jobcenters a BA instruction binds, the 2026
renaming of the benefit) and say no more than the norms and decisions say.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.redflags import RULE_IDS, Rule, RuleFileError, letter_fact_on, load_rules
from app.redflags.rules import RULES_DIR

RULES = load_rules()
WITH_LETTERS = [r for r in RULE_IDS if RULES[r].letters]
FIRST_PERSON = re.compile(r"\b(ich|mich|mir|mein\w*)\b", re.IGNORECASE)
ADDRESSING = re.compile(r"\bSie\b|\bIhr\w*\b|\bIhnen\b")


def texts(rule: Rule) -> list[str]:
    """Every text of a rule a person reads (not the matching terms)."""
    return [
        rule.title,
        rule.explanation,
        rule.letter_fact,
        *(f"{norm} {summary}" for norm, summary in rule.legal_basis),
    ]


# ------------------------------------------------------------------ letter_fact


@pytest.mark.parametrize("rule_id", WITH_LETTERS)
def test_every_rule_with_letters_states_its_fact_in_the_first_person(rule_id: str) -> None:
    fact = RULES[rule_id].letter_fact
    assert fact.count("{am}") == 1
    assert FIRST_PERSON.search(fact), fact
    assert not ADDRESSING.search(fact), fact  # the user speaks; nobody addresses the user
    assert fact[0].isupper() and fact.endswith(".")
    # not the finding's title (addressed to the user) pasted into a letter
    assert fact != RULES[rule_id].title


@pytest.mark.parametrize("rule_id", WITH_LETTERS)
def test_the_fact_reads_right_with_and_without_a_date(rule_id: str) -> None:
    rule = RULES[rule_id]
    dated = letter_fact_on(rule, date(2025, 3, 4))
    undated = letter_fact_on(rule, None)
    assert "am 04.03.2025" in dated
    assert "{" not in dated and "{" not in undated
    assert "  " not in dated and "  " not in undated
    assert " ," not in undated and " ." not in undated
    assert undated == " ".join(rule.letter_fact.replace("{am}", "").split())
    assert dated.replace("am 04.03.2025 ", "") == undated
    assert rule.letter_fact_on(date(2025, 3, 4)) == dated  # the method does the same


def test_the_example_of_the_brief_reads_right() -> None:
    rule = RULES["ausweiskopie"]
    assert letter_fact_on(rule, date(2024, 1, 9)).startswith("Das Jobcenter hat am 09.01.2024 ")
    assert letter_fact_on(rule, None).startswith("Das Jobcenter hat meinen ")


def test_a_caution_for_the_user_has_no_letter_fact() -> None:
    rule = RULES["eigene-aufnahme"]
    assert rule.letters == ()
    assert rule.letter_fact == "" and rule.letter_norms == ()
    assert letter_fact_on(rule, date(2025, 1, 1)) == ""


# ------------------------------------------------------------------ letter_norms and sources


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_letter_norms_are_cited_in_legal_basis(rule_id: str) -> None:
    rule = RULES[rule_id]
    cited = [norm for norm, _ in rule.legal_basis]
    assert set(rule.letter_norms) <= set(cited)
    assert len(set(rule.letter_norms)) == len(rule.letter_norms)
    assert bool(rule.letter_norms) == bool(rule.letters)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_legal_statement_has_an_https_source(rule_id: str) -> None:
    rule = RULES[rule_id]
    assert len(rule.legal_sources) == len(rule.legal_basis)
    for ref in rule.references:
        assert ref.source.startswith("https://") and len(ref.source) > len("https://")
        assert not re.search(r"\s", ref.source)
        assert rule.source_of(ref.norm) == ref.source
    assert rule.source_of("§ 999 SGB XX") == ""


def test_norms_that_do_not_fit_are_not_cited_in_letters() -> None:
    # a complaint about a home visit is about collecting data, not about the home
    assert not {"Art. 13 GG", "§ 60 SGB I"} & set(RULES["hausbesuch"].letter_norms)
    assert "§ 67a Abs. 1 SGB X" in RULES["hausbesuch"].letter_norms
    assert "Art. 5 Abs. 1 lit. c DSGVO" in RULES["hausbesuch"].letter_norms
    # the letter fact is about an ID card, not a passport
    assert not any("PassG" in n for n in RULES["ausweiskopie"].letter_norms)
    assert not any("§ 60 SGB I" in n for n in RULES["eingangsbestaetigung"].letter_norms)
    # the claimant's own duties are no argument in the claimant's letter
    for rule_id in WITH_LETTERS:
        assert not any(n.startswith("§ 60") for n in RULES[rule_id].letter_norms), rule_id


# ------------------------------------------------------------------ the law the texts state


def test_id_copies_are_about_consent_and_marking_not_a_ban() -> None:
    rule = RULES["ausweiskopie"]
    every = " ".join(texts(rule))
    assert "Zustimmung" in rule.explanation or "Einwilligung" in rule.explanation
    assert "als Kopie" in rule.explanation
    summary = dict(rule.legal_basis)["§ 20 Abs. 2 PAuswG"]
    assert "Zustimmung" in summary and "als Kopie" in summary and "15.07.2017" in summary
    assert "zugestimmt" in rule.letter_fact or "Einwilligung" in rule.letter_fact
    assert "Ausweis lag vor" in every


def test_the_receipt_instruction_binds_only_joint_jobcenters() -> None:
    rule = RULES["eingangsbestaetigung"]
    for text in (rule.explanation, dict(rule.legal_basis)[rule.letter_norms[0]]):
        assert "gemeinsame Einrichtung" in text
        assert "kommunale Jobcenter" in text


def test_bank_statements_follow_what_the_decisions_say() -> None:
    rule = RULES["kontoauszuege"]
    basis = dict(rule.legal_basis)
    assert "drei Monate" in basis["BSG, 19.09.2008, B 14 AS 45/07 R"]
    assert "Beträge" in basis["BSG, 19.09.2008, B 14 AS 45/07 R"]
    assert "Gutschriften" in basis["BSG, 14.05.2020, B 14 AS 7/19 R"]
    assert "Beträge bleiben lesbar" in rule.explanation


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_no_text_names_the_benefit_that_was_renamed_in_2026(rule_id: str) -> None:
    compiled = load_rules()[rule_id]
    for text in texts(compiled):
        assert not re.search(r"b(ü|ue)rgergeld", text, re.IGNORECASE), text
    raw = (RULES_DIR / f"{rule_id}.toml").read_text("utf-8")
    for line in raw.splitlines():
        if line.startswith("evidence"):
            assert "rgergeld" not in line.lower(), line


# ------------------------------------------------------------------ the loader refuses


def _folder(tmp_path: Path, content: str) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "_begriffe.toml").write_text(
        (RULES_DIR / "_begriffe.toml").read_text("utf-8"), encoding="utf-8"
    )
    (folder / "ausweiskopie.toml").write_text(content, encoding="utf-8")
    return folder


SOURCE = "https://www.gesetze-im-internet.de/pauswg/__20.html"
GOOD = f"""
id = "ausweiskopie"
title = "Ausweis kopiert"
severity = "hoch"
letters = ["loeschung"]
explanation = "Erklärung."
letter_fact = "Das Jobcenter hat {{am}} meinen Ausweis kopiert."
letter_norms = ["§ 20 PAuswG"]
legal_basis = [{{ norm = "§ 20 PAuswG", summary = "Kurz.", source = "{SOURCE}" }}]

[[text]]
all = ["@ausweis", "@kopieren"]
"""


def test_the_good_file_loads(tmp_path: Path) -> None:
    rule = load_rules(_folder(tmp_path, GOOD))["ausweiskopie"]
    assert rule.letter_fact == "Das Jobcenter hat {am} meinen Ausweis kopiert."
    assert rule.letter_norms == ("§ 20 PAuswG",)
    assert rule.legal_sources == (SOURCE,)


def _fact(text: str) -> str:
    return GOOD.replace("Das Jobcenter hat {am} meinen Ausweis kopiert.", text)


@pytest.mark.parametrize(
    ("content", "field", "words"),
    [
        (GOOD.replace(f', source = "{SOURCE}"', ""), "legal_basis[0].source", ["Quelle fehlt"]),
        (GOOD.replace(SOURCE, ""), "legal_basis[0].source", ["Quelle fehlt"]),
        (GOOD.replace("https://", "http://"), "legal_basis[0].source", ["https://"]),
        (GOOD.replace("https://", "www."), "legal_basis[0].source", ["https://"]),
        (
            GOOD.replace('summary = "Kurz."', 'summary = "Kurz.", farbe = "rot"'),
            "legal_basis[0].farbe",
            ["unbekannt"],
        ),
        (
            GOOD.replace('letter_fact = "Das Jobcenter hat {am} meinen Ausweis kopiert."\n', ""),
            "letter_fact",
            ["fehlt"],
        ),
        (_fact(""), "letter_fact", ["keine Briefe"]),
        (_fact("Das Jobcenter hat meinen Ausweis kopiert."), "letter_fact", ["{am}"]),
        (_fact("Das Jobcenter hat {am} {am} meinen Ausweis kopiert."), "letter_fact", ["{am}"]),
        (_fact("Das Jobcenter hat {am}, meinen Ausweis kopiert."), "letter_fact", ["Wörtern"]),
        (_fact("Das Jobcenter hat {am} Ihren Ausweis kopiert."), "letter_fact", ["Ich-Form"]),
        (
            _fact("Das Jobcenter hat {am} meinen Ausweis kopiert, obwohl Sie nein sagten."),
            "letter_fact",
            ["„Sie“"],
        ),
        (
            _fact("Das Jobcenter hat {am} meinen Ausweis kopiert. Ich war dagegen."),
            "letter_fact",
            ["ein Satz"],
        ),
        (
            _fact("das Jobcenter hat {am} meinen Ausweis kopiert."),
            "letter_fact",
            ["Großbuchstaben"],
        ),
        (_fact("Das Jobcenter hat {am} meinen Ausweis kopiert"), "letter_fact", ["Punkt"]),
        (_fact("Das Jobcenter hat {am} meinen Ausweis {kopiert}."), "letter_fact", ["Klammern"]),
        (GOOD.replace('letter_norms = ["§ 20 PAuswG"]\n', ""), "letter_norms", ["fehlt"]),
        (
            GOOD.replace('letter_norms = ["§ 20 PAuswG"]', "letter_norms = []"),
            "letter_norms",
            ["keine Briefe"],
        ),
        (
            GOOD.replace('letter_norms = ["§ 20 PAuswG"]', 'letter_norms = ["Art. 13 GG"]'),
            "letter_norms",
            ["Art. 13 GG", "legal_basis"],
        ),
        (
            GOOD.replace('letter_norms = ["§ 20 PAuswG"]', 'letter_norms = "§ 20 PAuswG"'),
            "letter_norms",
            ["Liste"],
        ),
    ],
    ids=[
        "source-missing",
        "source-empty",
        "source-http",
        "source-no-scheme",
        "basis-unknown-key",
        "fact-missing",
        "fact-empty-with-letters",
        "fact-without-am",
        "fact-two-am",
        "fact-am-before-comma",
        "fact-addresses-user",
        "fact-sie",
        "fact-two-sentences",
        "fact-lower-case",
        "fact-no-full-stop",
        "fact-braces",
        "norms-missing",
        "norms-empty-with-letters",
        "norms-not-in-basis",
        "norms-not-a-list",
    ],
)
def test_the_loader_refuses_in_german_naming_file_and_field(
    tmp_path: Path, content: str, field: str, words: list[str]
) -> None:
    with pytest.raises(RuleFileError) as caught:
        load_rules(_folder(tmp_path, content))
    message = str(caught.value)
    assert message.startswith("Die Regeldatei „ausweiskopie.toml“ ist fehlerhaft")
    assert f"Feld „{field}“" in message
    for word in words:
        assert word in message, message


def test_a_rule_without_letters_may_have_an_empty_fact_and_no_norms(tmp_path: Path) -> None:
    content = (
        GOOD.replace('letters = ["loeschung"]', "letters = []")
        .replace("Das Jobcenter hat {am} meinen Ausweis kopiert.", "")
        .replace('letter_norms = ["§ 20 PAuswG"]', "letter_norms = []")
    )
    rule = load_rules(_folder(tmp_path, content))["ausweiskopie"]
    assert rule.letter_fact == "" and rule.letter_norms == ()


def test_the_example_in_the_readme_loads(tmp_path: Path) -> None:
    readme = (RULES_DIR / "README.md").read_text("utf-8")
    example = readme.split("## Example", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    rule = load_rules(_folder(tmp_path, example))["ausweiskopie"]
    assert rule.letter_norms == ("§ 20 Abs. 2 PAuswG",)
    assert letter_fact_on(rule, None).startswith("Das Jobcenter hat meinen ")
