"""The red-flag engine: quality on the labelled corpus, rule files, and behaviour.

The behaviour tests use small sentences written for this file, not taken from the
corpus. The held-out set (pruefung.jsonl) is never read here.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from app.records import ContactData, DocumentData, HandoverData
from app.redflags import (
    RULE_IDS,
    Evidence,
    Finding,
    RuleFileError,
    check_entry,
    check_text,
    load_rules,
)
from app.redflags.rules import LETTER_IDS, RULES_DIR, SEVERITIES

ROOT = Path(__file__).resolve().parent.parent
KORPUS = ROOT / "tests" / "data" / "redflags" / "korpus.jsonl"
# Second development corpus in other voices (counsellors, letters, chat, DaZ, protocols).
KORPUS2 = ROOT / "tests" / "data" / "redflags" / "korpus2.jsonl"
# Micro F1 reached on korpus2 when it was added (0.983) minus a margin for rule edits.
KORPUS2_MIN_MICRO_F1 = 0.95
CATALOGUE = ROOT.parent / "shared" / "domain" / "RED-FLAGS.md"
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


def ids(text: str) -> set[str]:
    return {f.rule_id for f in check_text(text)}


# ------------------------------------------------------------------ quality


def _corpus(path: Path = KORPUS) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_each_rule_reaches_precision_and_recall_on_the_corpus() -> None:
    notes = _corpus()
    tp = dict.fromkeys(RULE_IDS, 0)
    false_alarms: dict[str, list[str]] = {r: [] for r in RULE_IDS}
    misses: dict[str, list[str]] = {r: [] for r in RULE_IDS}
    for note in notes:
        expected = set(note["flags"])  # type: ignore[call-overload]
        got = ids(str(note["text"]))
        for rule_id in RULE_IDS:
            if rule_id in got and rule_id in expected:
                tp[rule_id] += 1
            elif rule_id in got:
                false_alarms[rule_id].append(str(note["id"]))
            elif rule_id in expected:
                misses[rule_id].append(str(note["id"]))
    problems = []
    for rule_id in RULE_IDS:
        fp, fn = len(false_alarms[rule_id]), len(misses[rule_id])
        precision = tp[rule_id] / (tp[rule_id] + fp) if tp[rule_id] + fp else 1.0
        recall = tp[rule_id] / (tp[rule_id] + fn) if tp[rule_id] + fn else 1.0
        if precision < MIN_PRECISION or recall < MIN_RECALL:
            problems.append(
                f"{rule_id}: precision {precision:.3f}, recall {recall:.3f}; "
                f"false alarms {false_alarms[rule_id]}, misses {misses[rule_id]}"
            )
    assert not problems, "\n".join(problems)


def test_korpus2_in_other_voices_stays_above_its_micro_f1_floor() -> None:
    tp = fp = fn = 0
    wrong: list[str] = []
    for note in _corpus(KORPUS2):
        expected = set(note["flags"])  # type: ignore[call-overload]
        got = ids(str(note["text"]))
        tp += len(got & expected)
        fp += len(got - expected)
        fn += len(expected - got)
        if got != expected:
            wrong.append(f"{note['id']}: +{sorted(got - expected)} -{sorted(expected - got)}")
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= KORPUS2_MIN_MICRO_F1, f"micro F1 {f1:.3f}\n" + "\n".join(wrong)


# ------------------------------------------------------------------ rule files


def test_every_catalogue_id_has_a_rule_file_that_loads() -> None:
    if CATALOGUE.exists():
        catalogue_ids = set(re.findall(r"^\| `([a-z-]+)` \|", CATALOGUE.read_text("utf-8"), re.M))
        assert catalogue_ids == set(RULE_IDS)
    rules = load_rules()
    assert set(rules) == set(RULE_IDS)
    for rule_id, rule in rules.items():
        assert (RULES_DIR / f"{rule_id}.toml").is_file()
        assert rule.id == rule_id
        assert rule.title.strip()
        assert rule.explanation.strip()
        assert rule.legal_basis and all(norm and summary for norm, summary in rule.legal_basis)
        assert rule.severity in SEVERITIES
        assert set(rule.letters) <= set(LETTER_IDS)
    assert rules["eigene-aufnahme"].letters == ()
    assert all(rules[r].letters for r in RULE_IDS if r != "eigene-aufnahme")


# ------------------------------------------------------------------ reading German


@pytest.mark.parametrize(
    "text",
    [
        "Die Sachbearbeiterin hat meinen Personalausweis kopiert.",
        "DIE SACHBEARBEITERIN HAT MEINEN PERSONALAUSWEIS KOPIERT.",
        "die sachbearbeiterin hat meinen personalausweis kopiert",
        "Mein Ausweis wurde gestern eingescannt.",  # inflected form
        "Sie haben meinen Reisepass abfotografiert.",
        "die vom amt ham meinen perso eingescannt lol",  # colloquial
        "Der Vermittler hat meinen Ausweis kopeirt.",  # a common typo
        "Am 03.03. wurde mein Personalausweis ohne meine Einwilligung abgelichtet.",
    ],
)
def test_id_copy_is_found_however_it_is_written(text: str) -> None:
    assert "ausweiskopie" in ids(text)


def test_umlauts_and_their_spelled_out_forms_are_the_same_word() -> None:
    with_umlaut = "Sie wollte die Kontoauszüge ungeschwärzt für ein ganzes Jahr."
    spelled_out = "sie wollte die kontoauszuege ungeschwaerzt fuer ein ganzes jahr."
    assert "kontoauszuege" in ids(with_umlaut)
    assert "kontoauszuege" in ids(spelled_out)


@pytest.mark.parametrize(
    "text",
    [
        "Die Sachbearbeiterin hat meinen Ausweis nicht kopiert.",
        "Vom Perso wurde keine Kopie gemacht.",
        "Eine Kopie vom Ausweis hat sie nicht gemacht.",
        "Sie hat den Ausweis nur angesehen und gleich zurückgegeben.",
        "Der Personalausweis lag vor, das hat sie so vermerkt.",
        "Ich habe Angst, dass sie beim nächsten Termin meinen Ausweis kopieren.",
        "Im Fernsehen kam, dass Jobcenter Ausweise scannen.",
    ],
)
def test_negation_lawful_cases_and_fears_do_not_flag_an_id_copy(text: str) -> None:
    assert "ausweiskopie" not in ids(text)


def test_three_months_blacked_out_and_accepted_is_lawful() -> None:
    text = "Drei Monate Kontoauszüge abgegeben, Ausgaben geschwärzt, sie hat sie so angenommen."
    assert ids(text) == set()


def test_an_ordinary_appointment_raises_nothing() -> None:
    text = (
        "Termin beim Jobcenter um 10 Uhr. Wir haben über Bewerbungen gesprochen, "
        "ich bekomme zwei Vermittlungsvorschläge. Nächster Termin in vier Wochen."
    )
    assert check_text(text) == []


def test_evidence_points_at_the_words_that_triggered() -> None:
    text = "Heute war alles ruhig. Dann hat die Frau meinen Perso eingescannt."
    (finding,) = [f for f in check_text(text) if f.rule_id == "ausweiskopie"]
    assert finding.evidence
    words = set()
    for evidence in finding.evidence:
        assert isinstance(evidence, Evidence)
        assert evidence.field == "notes"
        assert text[evidence.start : evidence.end] == evidence.text
        words.add(evidence.text.casefold())
    assert {"perso", "eingescannt"} <= words


def test_several_flags_in_one_note() -> None:
    text = (
        "Sie hat meinen Ausweis kopiert. Danach wollte sie die Kontoauszüge ungeschwärzt. "
        "Meine Freundin als Beistand musste draußen warten."
    )
    assert {"ausweiskopie", "kontoauszuege", "beistand-abgewiesen"} <= ids(text)


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        (
            "Der Berater fragte mich, welche Medikamente ich nehme und was meine Diagnose ist.",
            "gesundheitsdaten",
        ),
        ("Ich habe das Gespräch heimlich mit dem Handy aufgenommen.", "eigene-aufnahme"),
        ("Sie sagte, ohne meine Einwilligung gibt es kein Geld.", "einwilligung-druck"),
        (
            "Ich bat um eine Eingangsbestätigung. Das machen wir hier nicht, sagte er.",
            "eingangsbestaetigung",
        ),
        (
            "Das Jobcenter hat dem Jugendamt gemeldet, dass ich alleinerziehend bin.",
            "datenweitergabe",
        ),
        (
            "Die Ratsuchende berichtet, ihr Begleiter sei vor die Tür geschickt worden.",
            "beistand-abgewiesen",
        ),
    ],
)
def test_other_voices_are_understood(text: str, rule_id: str) -> None:
    assert rule_id in ids(text)


def test_own_acts_and_questions_are_not_the_jobcenter_acting() -> None:
    assert "ausweiskopie" not in ids("Ich habe meinen Ausweis selbst kopiert und mitgebracht.")
    assert "ausweiskopie" not in ids("Ich habe gefragt, ob sie den Ausweis kopieren darf.")
    assert "eigene-aufnahme" not in ids(
        "Ich wollte das Gespräch aufnehmen, sie hat nein gesagt, also habe ich es gelassen."
    )


@pytest.mark.parametrize(
    ("text", "rule_id", "expected"),
    [
        # "nicht nur … auch" negates nothing
        (
            "Meine Begleiterin durfte nicht nur rein, sie durfte auch Fragen stellen.",
            "beistand-abgewiesen",
            False,
        ),
        # "muss nicht" lifts the duty
        (
            "Der Hausbesuch war angekündigt, die Frau sagte, ich muss sie nicht reinlassen.",
            "hausbesuch",
            False,
        ),
        # in a counsellor's note the client ("sie") is the user
        (
            "Die Ratsuchende berichtet, sie habe das Gespräch heimlich mit dem Handy in der Tasche aufgezeichnet.",
            "eigene-aufnahme",
            True,
        ),
        # the particle of a separable verb may close the clause
        (
            "Beim Termin lief das Handy die ganze Zeit in meiner Jackentasche mit, heimlich.",
            "eigene-aufnahme",
            True,
        ),
        # a word the concept names itself beats the exclusion of a nested concept
        ("Sie hat meinen Schwerbehindertenausweis einbehalten.", "eingangsbestaetigung", True),
        # a phrase exclusion ("!mann vom") excludes only the whole phrase
        (
            "Ich bringe meinen Mann mit, die Sachbearbeiterin sagt, er muss draußen warten.",
            "beistand-abgewiesen",
            True,
        ),
        (
            "Die Frau vom Amt war nett, sie sagte, der Mann vom Empfang sei gegangen.",
            "beistand-abgewiesen",
            False,
        ),
        # chat spellings
        ("hab n stempel verlangt, die meinte brauchst du nich", "eingangsbestaetigung", True),
        # a label before a colon is its own sentence ("Vermerk" is no "lag vor")
        ("Vermerk: Der Sachbearbeiter hat den Personalausweis eingescannt.", "ausweiskopie", True),
        # "keins" at the end negates the verb before it
        (
            "Ich habe nach dem Datenschutzmerkblatt gefragt, bekommen habe ich keins.",
            "transparenz",
            True,
        ),
        # "konnte" is not a typo of "koennte" (a hypothetical)
        (
            "Was sie mit dem Ausweis machte, konnte ich nicht sehen; sie nahm ihn mit nach hinten.",
            "ausweiskopie",
            True,
        ),
    ],
)
def test_reading_features(text: str, rule_id: str, expected: bool) -> None:
    assert (rule_id in ids(text)) is expected


def test_same_input_same_output() -> None:
    text = "Sie hat meinen Perso gescannt und die Kontoauszüge für ein ganzes Jahr verlangt."
    first = check_text(text)
    assert all(check_text(text) == first for _ in range(3))
    assert [f.rule_id for f in first] == sorted(f.rule_id for f in first)


def test_field_name_is_kept_in_the_evidence() -> None:
    findings = check_text("Ausweis wurde kopiert.", field="outcome")
    assert findings and all(e.field == "outcome" for f in findings for e in f.evidence)


# ------------------------------------------------------------------ structured input


def _contact(**kwargs: object) -> ContactData:
    return ContactData(
        when=datetime(2024, 3, 3, 10, 0),
        channel=str(kwargs.pop("channel", "persoenlich")),
        **kwargs,
    )  # type: ignore[arg-type]


def test_identity_document_copied_by_the_jobcenter_flags_without_text() -> None:
    handover = HandoverData(
        when=datetime(2024, 3, 3, 10, 0),
        method="persoenlich",
        documents=[DocumentData(type="personalausweis", copied_by_jobcenter=True, receipt=True)],
    )
    findings = check_entry(_contact(), [handover])
    by_id = {f.rule_id: f for f in findings}
    assert "ausweiskopie" in by_id
    evidence = by_id["ausweiskopie"].evidence
    assert any(e.start == -1 and e.end == -1 and e.field.startswith("handover") for e in evidence)
    assert all(isinstance(f, Finding) for f in findings)


def test_identity_document_only_looked_at_does_not_flag() -> None:
    handover = HandoverData(
        when=datetime(2024, 3, 3, 10, 0),
        method="persoenlich",
        documents=[DocumentData(type="personalausweis", receipt=True, original_returned=True)],
    )
    assert "ausweiskopie" not in {f.rule_id for f in check_entry(_contact(), [handover])}


def test_unannounced_home_visit_flags_from_the_form() -> None:
    contact = _contact(channel="hausbesuch", details={"announced": False})
    findings = {f.rule_id: f for f in check_entry(contact)}
    assert "hausbesuch" in findings
    assert any(e.start == -1 for e in findings["hausbesuch"].evidence)
    announced = _contact(
        channel="hausbesuch",
        details={"announced": True, "reason_given": True, "told_voluntary": True},
    )
    assert "hausbesuch" not in {f.rule_id for f in check_entry(announced)}


def test_entry_texts_are_checked_with_their_field_names() -> None:
    contact = _contact(notes="Alles gut.", outcome="Sie hat den Ausweis eingescannt.")
    (finding,) = [f for f in check_entry(contact) if f.rule_id == "ausweiskopie"]
    assert {e.field for e in finding.evidence} == {"outcome"}


# ------------------------------------------------------------------ rule validation


def _folder(tmp_path: Path, name: str, content: str) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(RULES_DIR / "_begriffe.toml", folder / "_begriffe.toml")
    (folder / name).write_text(content, encoding="utf-8")
    return folder


GOOD = """
id = "ausweiskopie"
title = "Ausweis kopiert"
severity = "hoch"
letters = ["loeschung"]
explanation = "Erklärung."
legal_basis = [
  { norm = "§ 20 PAuswG", summary = "Kurz.", source = "https://www.gesetze-im-internet.de/pauswg/__20.html" },
]
letter_fact = "Das Jobcenter hat {am} meinen Ausweis kopiert."
letter_norms = ["§ 20 PAuswG"]

[[text]]
all = ["@ausweis", "@kopieren"]
"""


def test_a_valid_folder_loads(tmp_path: Path) -> None:
    rules = load_rules(_folder(tmp_path, "ausweiskopie.toml", GOOD))
    assert set(rules) == {"ausweiskopie"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('id = "ausweiskopie"\ntitle = "kaputt', ["ausweiskopie.toml", "TOML"]),
        (GOOD.replace('id = "ausweiskopie"\n', ""), ["ausweiskopie.toml", "„id“", "fehlt"]),
        (GOOD + 'farbe = "rot"\n', ["ausweiskopie.toml", "farbe", "unbekannt"]),
        (GOOD.replace('"hoch"', '"sehr hoch"'), ["ausweiskopie.toml", "severity"]),
        (GOOD.replace('"@kopieren"', '"@gibtsnicht"'), ["ausweiskopie.toml", "@gibtsnicht"]),
    ],
    ids=["syntax", "missing-id", "unknown-field", "bad-severity", "unknown-concept"],
)
def test_broken_rule_files_are_refused_in_german(
    tmp_path: Path, content: str, words: list[str]
) -> None:
    folder = _folder(tmp_path, "ausweiskopie.toml", content)
    with pytest.raises(RuleFileError) as caught:
        load_rules(folder)
    message = str(caught.value)
    assert message.startswith("Die Regeldatei")
    for word in words:
        assert word in message
