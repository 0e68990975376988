"""Precision, recall and F1 of the red-flag rules on labelled sets of notes.

    .venv/bin/python scripts/redflag_quality.py [FILE ...] [--json] [--quiet]

Each FILE is a JSON-lines file of ``{"id", "text", "flags": [...]}`` (optionally
``"lang"``); without FILE every corpus in tests/data/redflags/ is measured. Per
file it prints a table per rule id and the micro average over all ids, the share
of lawful notes (``flags: []``) that stay without any flag, the micro figures per
language, then (unless ``--quiet``) every miss and false alarm with the note id
and the words that raised the false alarm.
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

CORPORA = ROOT / "tests" / "data" / "redflags"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)  # note ids
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


@dataclass
class Result:
    scores: dict[str, Score]
    lawful: int = 0  # notes labelled []
    lawful_clean: int = 0  # of those, without any finding
    by_lang: dict[str, Score] = field(default_factory=dict)  # micro figures per language

    @property
    def clean_share(self) -> float:
        return self.lawful_clean / self.lawful if self.lawful else 1.0


def evaluate(path: Path) -> dict[str, Score]:
    return measure(path).scores


def measure(path: Path) -> Result:
    result = Result({rule_id: Score() for rule_id in RULE_IDS})
    scores = result.scores
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            note = json.loads(line)
            note_id = str(note.get("id", f"Zeile {number}"))
            expected = set(note["flags"])
            findings = {f.rule_id: f for f in check_text(note["text"])}
            lang = result.by_lang.setdefault(str(note.get("lang", "de")), Score())
            if not expected:
                result.lawful += 1
                result.lawful_clean += not findings
            for rule_id, score in scores.items():
                got, want = rule_id in findings, rule_id in expected
                if got and want:
                    score.tp += 1
                    lang.tp += 1
                elif got:
                    score.fp += 1
                    lang.fp += 1
                    words = [e.text for e in findings[rule_id].evidence]
                    score.false_alarms.append((note_id, words))
                elif want:
                    score.fn += 1
                    lang.fn += 1
                    score.misses.append(note_id)
    return result


def micro(scores: dict[str, Score]) -> Score:
    total = Score()
    for s in scores.values():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    return total


def _as_json(result: Result) -> dict[str, object]:
    overall = micro(result.scores)
    out: dict[str, object] = {
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
        for rule_id, s in result.scores.items()
    }
    out["micro"] = {
        "precision": round(overall.precision, 3),
        "recall": round(overall.recall, 3),
        "f1": round(overall.f1, 3),
    }
    out["lawful"] = {"notes": result.lawful, "clean": result.lawful_clean}
    out["languages"] = {
        lang: {"precision": round(s.precision, 3), "recall": round(s.recall, 3)}
        for lang, s in sorted(result.by_lang.items())
    }
    return out


def _print(path: Path, result: Result, quiet: bool) -> None:
    scores = result.scores
    overall = micro(scores)
    print(f"== {path.name}")
    print(f"{'id':24} {'prec':>6} {'recall':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule_id, s in [*scores.items(), ("micro (alle)", overall)]:
        print(
            f"{rule_id:24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}"
        )
    print(
        f"rechtmäßige Notizen ohne Fund: {result.lawful_clean} von {result.lawful} "
        f"({result.clean_share:.1%})"
    )
    if len(result.by_lang) > 1:
        print(
            "je Sprache (P/R): "
            + ", ".join(
                f"{lang} {s.precision:.2f}/{s.recall:.2f}"
                for lang, s in sorted(result.by_lang.items())
            )
        )
    if not quiet:
        for rule_id, s in scores.items():
            for note_id in s.misses:
                print(f"verpasst   {rule_id:22} {note_id}")
            for note_id, words in s.false_alarms:
                print(f"Fehlalarm  {rule_id:22} {note_id}  {' | '.join(words)}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--quiet", action="store_true", help="only the tables")
    args = parser.parse_args(argv)
    paths = [Path(f) for f in args.files] or sorted(CORPORA.glob("*.jsonl"))
    results = {path: measure(path) for path in paths}
    if args.json:
        print(
            json.dumps(
                {path.name: _as_json(r) for path, r in results.items()},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for path, result in results.items():
        _print(path, result, args.quiet)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # piped into head: the reader has what it wanted
        sys.stderr.close()
        raise SystemExit(0) from None
