"""Precision, recall and F1 of the red-flag rules on a labelled set of notes.

    .venv/bin/python scripts/redflag_quality.py [FILE] [--json] [--quiet]

FILE is a JSON-lines file of ``{"id", "text", "flags": [...]}`` (default:
tests/data/redflags/korpus.jsonl). Prints a table per rule id and the micro
average over all ids, then every miss and false alarm with the note id and the
words that raised the false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.redflags import RULE_IDS, check_text  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "redflags" / "korpus.jsonl"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(path: Path) -> dict[str, Score]:
    scores = {rule_id: Score() for rule_id in RULE_IDS}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            note = json.loads(line)
            note_id = str(note.get("id", f"Zeile {number}"))
            expected = set(note["flags"])
            findings = {f.rule_id: f for f in check_text(note["text"])}
            for rule_id, score in scores.items():
                got, want = rule_id in findings, rule_id in expected
                if got and want:
                    score.tp += 1
                elif got:
                    score.fp += 1
                    words = [e.text for e in findings[rule_id].evidence]
                    score.false_alarms.append((note_id, words))
                elif want:
                    score.fn += 1
                    score.misses.append(note_id)
    return scores


def micro(scores: dict[str, Score]) -> Score:
    total = Score()
    for s in scores.values():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--quiet", action="store_true", help="only the table")
    args = parser.parse_args(argv)
    scores = evaluate(Path(args.file))
    overall = micro(scores)
    if args.json:
        out = {
            rule_id: {
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "f1": round(s.f1, 3),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "misses": s.misses,
                "false_alarms": [n for n, _ in s.false_alarms],
            }
            for rule_id, s in scores.items()
        }
        out["micro"] = {
            "precision": round(overall.precision, 3),
            "recall": round(overall.recall, 3),
            "f1": round(overall.f1, 3),
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{'id':24} {'prec':>6} {'recall':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule_id, s in [*scores.items(), ("micro (alle)", overall)]:
        print(
            f"{rule_id:24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}"
        )
    if not args.quiet:
        for rule_id, s in scores.items():
            for note_id in s.misses:
                print(f"verpasst   {rule_id:22} {note_id}")
            for note_id, words in s.false_alarms:
                print(f"Fehlalarm  {rule_id:22} {note_id}  {' | '.join(words)}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # piped into head: the reader has what it wanted
        sys.stderr.close()
        raise SystemExit(0) from None
