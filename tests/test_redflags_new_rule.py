"""A new red-flag rule is one TOML file in the rules folder, and nothing else.

The rule is dropped into a copy of ``app/resources/rules``; loading that folder and
checking an entry shows its finding with its texts, ordered by the severity the
file gives, next to the shipped rules' findings.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.records import ContactData
from app.redflags import by_severity, check_entry, check_text, load_rules
from app.redflags.rules import RULES_DIR, rule_ids

NEW_RULE = '''
id = "zwangsumzug"
title = "Umzug verlangt, ohne Prüfung der Kosten"
severity = "hoch"
letters = ["auskunft"]
explanation = """
Das Jobcenter hat Sie aufgefordert umzuziehen. Vorher muss es prüfen, ob ein Umzug \\
wirtschaftlich ist, und Ihnen eine Frist setzen.
"""
letter_fact = "Das Jobcenter hat mich {am} aufgefordert, meine Wohnung zu wechseln."
letter_norms = ["§ 22 Abs. 1 SGB II"]
legal_basis = [
  { norm = "§ 22 Abs. 1 SGB II", summary = "Unangemessene Kosten der Unterkunft werden in der Regel sechs Monate weiter übernommen.", source = "https://www.gesetze-im-internet.de/sgb_2/__22.html" },
]

[[text]]
name = "Umzug verlangt"
all = ["umzug*", ["verlangt", "aufgefordert", "muss"]]

[[structured]]
on = "entry"
where = { channel = "brief", "details.moving_demanded" = true }
evidence = "Umzug verlangt angekreuzt"
'''

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _rules_with_the_new_one(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    (folder / "zwangsumzug.toml").write_text(NEW_RULE, encoding="utf-8")
    return folder


def test_a_new_rule_file_is_all_it_takes(tmp_path: Path) -> None:
    folder = _rules_with_the_new_one(tmp_path)
    assert rule_ids(folder) == tuple(sorted((*rule_ids(), "zwangsumzug")))
    rules = load_rules(folder)
    rule = rules["zwangsumzug"]
    assert rule.title == "Umzug verlangt, ohne Prüfung der Kosten"
    assert rule.severity == "hoch"
    assert rule.letters == ("auskunft",)
    assert rule.explanation.startswith("Das Jobcenter hat Sie aufgefordert umzuziehen.")
    assert rule.legal_basis[0][0] == "§ 22 Abs. 1 SGB II"

    notes = "Frau K. hat gesagt, ein Umzug wird verlangt. Die Kontoauszüge wollte sie ungeschwärzt."
    contact = ContactData(
        when=WHEN, channel="brief", notes=notes, details={"moving_demanded": True}
    )
    found = by_severity(check_entry(contact, rules=folder), rules)
    assert [f.rule_id for f in found] == ["zwangsumzug", "kontoauszuege"]  # hoch, then mittel
    assert [(e.field, e.text) for e in found[0].evidence] == [
        ("notes", "Umzug"),
        ("notes", "verlangt"),
        ("details.moving_demanded", "Umzug verlangt angekreuzt"),
    ]
    assert [f.rule_id for f in check_text(notes, rules=folder)] == ["kontoauszuege", "zwangsumzug"]


def test_the_shipped_rules_do_not_know_it(tmp_path: Path) -> None:
    _rules_with_the_new_one(tmp_path)
    contact = ContactData(when=WHEN, channel="brief", notes="Ein Umzug wird verlangt.")
    assert check_entry(contact) == []
    assert "zwangsumzug" not in load_rules()
