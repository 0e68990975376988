"""The sealed third of the issue-16 corpus: unchanged since it was sealed, and its floors.

``versiegelt.jsonl`` was split off the 620 notes of five outside writers before any
rule was tuned on them; its SHA-256 was committed then (tests/data/redflags/README.md).
It was measured once, after the rules and the model were final. The floors below
are those figures less a small margin, so a later change cannot quietly lose what
was reached; the issue's targets are in the closing note of issue 16.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.redflags import check_text

DATA = Path(__file__).resolve().parent / "data" / "redflags"
SEALED = DATA / "versiegelt.jsonl"
SEAL = "95a1fbf32910298e917216b63a8f65f55e17a80dce97e24bf09c745e5445c4e9"

# Measured once, on 2026-12-07 at 73076e4: micro P 0.801, R 0.759, lawful notes clean
# 54 of 72 (0.750) — far below the targets (0.95, 0.90, 0.97). The floors are
# those figures less 0.02. The set is spent for tuning: whoever improves the rules
# on what it shows needs a new sealed set to measure the result.
MIN_PRECISION = 0.78
MIN_RECALL = 0.74
MIN_LAWFUL_CLEAN = 0.73


def _notes() -> list[dict[str, object]]:
    with SEALED.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_the_sealed_file_is_the_one_sealed_before_tuning() -> None:
    assert hashlib.sha256(SEALED.read_bytes()).hexdigest() == SEAL
    notes = _notes()
    assert len(notes) == 208
    assert {str(n["lang"]) for n in notes} == {"de", "en", "uk", "ru", "tr", "ar"}


def test_the_sealed_corpus_stays_above_its_floors() -> None:
    tp = fp = fn = 0
    lawful = clean = 0
    for note in _notes():
        want = set(note["flags"])  # type: ignore[call-overload]
        got = {f.rule_id for f in check_text(str(note["text"]))}
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if not want:
            lawful += 1
            clean += not got
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= MIN_PRECISION, precision
    assert recall >= MIN_RECALL, recall
    assert clean / lawful >= MIN_LAWFUL_CLEAN, (clean, lawful)
