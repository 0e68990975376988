"""The sealed sets of the issue-16 corpora: unchanged since they were sealed, and their floors.

``versiegelt.jsonl`` was split off the 620 notes of five outside writers before any
rule was tuned on them; its SHA-256 was committed then (tests/data/redflags/README.md).
It was measured once, after the rules and the model were final. The floors below
are those figures less a small margin, so a later change cannot quietly lose what
was reached; the issue's targets are in the closing note of issue 16.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.redflags import check_text

DATA = Path(__file__).resolve().parent / "data" / "redflags"


@dataclass(frozen=True)
class Sealed:
    name: str
    seal: str
    notes: int
    min_precision: float
    min_recall: float
    min_lawful_clean: float


SETS = [
    # Measured once, on 2026-12-07 at 73076e4: micro P 0.801, R 0.759, lawful notes clean
    # 54 of 72 (0.750). Spent since: the rules were tuned on what it showed (at 74b6af5
    # P 0.849, R 0.829); the floors stay those of the one honest measurement less 0.02.
    Sealed("versiegelt.jsonl", "95a1fbf32910298e917216b63a8f65f55e17a80dce97e24bf09c745e5445c4e9", 208, 0.78, 0.74, 0.73),
    # The second sealed set (three new writers), hash committed in c060f13 before the
    # file was added; measured once with the rules of 74b6af5: micro P 0.816, R 0.750,
    # lawful notes clean 49 of 61 (0.803). Floors: those figures less 0.02.
    Sealed("versiegelt2.jsonl", "b6a6ef4a3a11115569579eff165dbce4aa877dfc523ed460edd9d2b04eeaebae", 160, 0.79, 0.73, 0.78),
    # The third sealed set (two new writers, 2026-12-08), hash committed in ce70cbf before
    # the file was added; measured once with the rules unchanged since 74b6af5: micro
    # P 0.860, R 0.707, lawful notes clean 95 of 111 (0.856). Floors: less 0.02.
    Sealed("versiegelt3.jsonl", "c133840b4142cf4d870471870e47a0432ab8e1b4afaafc9f5b0b04ae4502737c", 260, 0.84, 0.68, 0.83),
]  # fmt: skip


def _notes(sealed: Sealed) -> list[dict[str, object]]:
    with (DATA / sealed.name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("sealed", SETS, ids=lambda s: s.name)
def test_the_sealed_file_is_the_one_sealed_before_tuning(sealed: Sealed) -> None:
    assert hashlib.sha256((DATA / sealed.name).read_bytes()).hexdigest() == sealed.seal
    notes = _notes(sealed)
    assert len(notes) == sealed.notes
    assert {str(n["lang"]) for n in notes} == {"de", "en", "uk", "ru", "tr", "ar"}


@pytest.mark.parametrize("sealed", SETS, ids=lambda s: s.name)
def test_the_sealed_corpus_stays_above_its_floors(sealed: Sealed) -> None:
    tp = fp = fn = 0
    lawful = clean = 0
    for note in _notes(sealed):
        want = set(note["flags"])  # type: ignore[call-overload]
        got = {f.rule_id for f in check_text(str(note["text"]))}
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if not want:
            lawful += 1
            clean += not got
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= sealed.min_precision, precision
    assert recall >= sealed.min_recall, recall
    assert clean / lawful >= sealed.min_lawful_clean, (clean, lawful)
