"""Red flags: recognise unlawful data practices in diary entries and explain them.

The rules are data (``app/resources/rules/*.toml``); this package reads them and runs
them over entries. Pure Python, no network, no Qt.
"""

from app.redflags.engine import (
    Evidence,
    Finding,
    by_severity,
    check_entry,
    check_text,
    load_rules,
    shown_fact,
)
from app.redflags.rules import RULE_IDS, LegalReference, Rule, RuleFileError, letter_fact_on

__all__ = [
    "RULE_IDS",
    "Evidence",
    "Finding",
    "LegalReference",
    "Rule",
    "RuleFileError",
    "by_severity",
    "check_entry",
    "check_text",
    "letter_fact_on",
    "load_rules",
    "shown_fact",
]
