"""Issue 16, optional part: would a small statistical model beside the rules help?

    .venv/bin/python scripts/redflag_model_experiment.py [TEST_FILE]

Trains one logistic regression per red-flag id on hashed character 3–5-grams and words
of the development corpora (korpus, korpus2, korpus3, mehrsprachig_dev), in pure Python,
and measures on TEST_FILE (default: the held-out pruefung.jsonl) what happens when the
model may raise an id that the rules *almost* found: a pattern with all its sentence
groups but one in one sentence. Prints precision/recall of the rules alone and with the
model at several thresholds, and of the model alone.

Nothing here is used by the program; the result decides whether a model is worth
shipping (see the report of issue 16).
"""

from __future__ import annotations

import json
import math
import random
import sys
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.redflags import RULE_IDS, check_text  # noqa: E402
from app.redflags.engine import _Document, _prepare, ruleset  # noqa: E402
from app.redflags.text import fold  # noqa: E402

DATA = ROOT / "tests" / "data" / "redflags"
TRAIN = ["korpus.jsonl", "korpus2.jsonl", "korpus3.jsonl", "mehrsprachig_dev.jsonl"]
BUCKETS = 1 << 18


def features(text: str) -> dict[int, float]:
    folded = " " + " ".join(fold(w) for w in text.split()) + " "
    found: dict[int, float] = {}
    for n in (3, 4, 5):
        for i in range(len(folded) - n + 1):
            found[zlib.crc32(folded[i : i + n].encode()) & (BUCKETS - 1)] = 1.0
    for word in folded.split():
        found[zlib.crc32(("w:" + word).encode()) & (BUCKETS - 1)] = 1.0
    norm = math.sqrt(len(found)) or 1.0
    return {k: v / norm for k, v in found.items()}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(notes: list[dict[str, Any]]) -> dict[str, tuple[dict[int, float], float]]:
    rows = [features(n["text"]) for n in notes]
    models: dict[str, tuple[dict[int, float], float]] = {}
    rng = random.Random(1)
    for rule_id in RULE_IDS:
        weights: dict[int, float] = {}
        bias = 0.0
        labels = [1 if rule_id in n["flags"] else 0 for n in notes]
        order = list(range(len(rows)))
        for _epoch in range(8):
            rng.shuffle(order)
            for i in order:
                z = bias + sum(weights.get(k, 0.0) * v for k, v in rows[i].items())
                grad = _sigmoid(z) - labels[i]
                if labels[i]:
                    grad *= 3.0  # a flag is rare: weigh the positives up
                for k, v in rows[i].items():
                    w = weights.get(k, 0.0)
                    weights[k] = w - 0.5 * (grad * v + 1e-5 * w)
                bias -= 0.5 * grad
        models[rule_id] = (weights, bias)
    return models


def almost(text: str) -> set[str]:
    """The ids with a pattern whose sentence groups all but one hit one sentence."""
    rs = ruleset()
    doc = _Document([_prepare("notes", text, rs.lexicon)])
    out: set[str] = set()
    for rule_id, compiled in rs.rules.items():
        for pattern in compiled.text:
            groups = pattern.sentence_groups
            if len(groups) < 2:
                continue
            places = [{(h.field, h.sentence) for h in doc.hits(g)} for g in groups]
            for place in set().union(*places):
                if sum(place in p for p in places) >= len(groups) - 1:
                    out.add(rule_id)
                    break
            if rule_id in out:
                break
    return out


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> int:
    test_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA / "pruefung.jsonl"
    notes = [n for name in TRAIN if (DATA / name).exists() for n in _load(DATA / name)]
    models = train(notes)
    rows = []
    for note in _load(test_path):
        got = {f.rule_id for f in check_text(note["text"])}
        feats = features(note["text"])
        probs = {
            r: _sigmoid(b + sum(w.get(k, 0.0) * v for k, v in feats.items()))
            for r, (w, b) in models.items()
        }
        rows.append((set(note["flags"]), got, almost(note["text"]), probs))

    def report(label: str, pick: Any) -> None:
        tp = fp = fn = 0
        for want, got, near, probs in rows:
            final = pick(got, near, probs)
            tp, fp, fn = tp + len(final & want), fp + len(final - want), fn + len(want - final)
        print(
            f"{label:28} tp={tp:3} fp={fp:3} fn={fn:3} P={tp / (tp + fp):.3f} R={tp / (tp + fn):.3f}"
        )

    report("rules alone", lambda got, near, probs: got)
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
        report(
            f"rules + model >= {threshold}",
            lambda got, near, probs, t=threshold: got | {r for r in near if probs[r] >= t},
        )
    report("model alone >= 0.5", lambda got, near, probs: {r for r in probs if probs[r] >= 0.5})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
