"""Issue 16: does a small statistical model beside the rules help? Train, cross-validate, ship.

    .venv/bin/python scripts/redflag_model_eval.py [--write]

Grouped cross-validation, leave one corpus FILE out: for each of korpus, korpus2, korpus3,
mehrsprachig_dev, versiegelt and versiegelt2 a model (``app/redflags/model.py``: one
logistic regression per id, pure-Python SGD with L2, over word, bigram, char 3–5-gram and
negation/own-act/hypothetical features) is trained on the other five and measured on it.
The thresholds of the combination (veto below tau_low, add at tau_high) are chosen on the
pooled out-of-fold predictions only. Prints micro precision, recall, F1 and the share of
lawful notes without a finding for (a) the rules alone and (b) rules + model, per held-out
file and pooled, then pruefung.jsonl (never used for training or choosing) with the model
trained on all six files.

``--write`` saves the all-six model with the chosen thresholds to
``app/resources/rules/_modell.json.gz`` (whether the engine uses it is ``model.ENABLED``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.redflags import RULE_IDS  # noqa: E402
from app.redflags import model as m  # noqa: E402
from app.redflags.engine import Evidence, _check_document, _Document, _prepare, ruleset  # noqa: E402

DATA = ROOT / "tests" / "data" / "redflags"
TRAIN = [
    "korpus.jsonl",
    "korpus2.jsonl",
    "korpus3.jsonl",
    "mehrsprachig_dev.jsonl",
    "versiegelt.jsonl",
    "versiegelt2.jsonl",
]
TEST = "pruefung.jsonl"
FLAGS = tuple(RULE_IDS)
TAU_LOW = (0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
TAU_HIGH = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)  # 1.01: never add
EPOCHS = 12
MIN_DF = 2


@dataclass
class Note:
    file: str
    id: str
    want: set[str]
    found: dict[str, list[Evidence]]
    texts: list[m.Text]
    feats: set[str]


def load_notes(name: str) -> list[Note]:
    rs = ruleset()
    out = []
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            f = _prepare("notes", raw["text"], rs.lexicon)
            found = _check_document(_Document([f]), rs)
            texts = [m.Text("notes", f.analysis, True)]
            feats = m.features(t.analysis for t in texts)
            out.append(Note(name, raw["id"], set(raw["flags"]), found, texts, feats))
    return out


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(notes: list[Note], *, seed: int = 1) -> m.Model:
    """One L2-regularised logistic regression per id, plain SGD, features weighted 1/sqrt(n)."""
    df: dict[str, int] = {}
    for n in notes:
        for f in n.feats:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, c in df.items() if c >= MIN_DF)
    number = {f: i for i, f in enumerate(vocab)}
    rows = [[number[f] for f in n.feats if f in number] for n in notes]
    scale = [1.0 / math.sqrt(len(n.feats)) if n.feats else 0.0 for n in notes]
    weights: dict[str, list[tuple[int, float]]] = {}
    bias: list[float] = []
    for flag_index, flag in enumerate(FLAGS):
        rng = random.Random(seed + flag_index)
        labels = [1 if flag in n.want else 0 for n in notes]
        positives = sum(labels) or 1
        pos_weight = min(5.0, (len(notes) - positives) / positives / 3)
        u = [0.0] * len(vocab)
        s = 1.0  # the weights are s * u (L2 decay without touching every weight)
        b = -2.0
        order = list(range(len(notes)))
        step = 0
        for epoch in range(EPOCHS):
            rng.shuffle(order)
            lr = 0.8 / (1 + epoch * 0.3)
            for i in order:
                step += 1
                idx, v, y = rows[i], scale[i], labels[i]
                z = b + s * v * sum(map(u.__getitem__, idx))
                g = _sigmoid(z) - y
                if y:
                    g *= max(1.0, pos_weight)
                s *= 1 - lr * 1e-4
                if abs(g) > 1e-4:
                    d = lr * g * v / s
                    for k in idx:
                        u[k] -= d
                b -= lr * g * 0.2
            if s < 1e-3:
                u = [x * s for x in u]
                s = 1.0
        bias.append(b)
        for k, x in enumerate(u):
            w = x * s
            if abs(w) >= 0.02:
                weights.setdefault(vocab[k], []).append((flag_index, w))
    return m.Model(
        FLAGS,
        tuple(bias),
        {f: tuple(e) for f, e in weights.items()},
        tau_low=0.0,
        tau_high=1.01,
    )


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lawful: int = 0
    clean: int = 0

    def add(self, want: set[str], got: set[str]) -> None:
        self.tp += len(want & got)
        self.fp += len(got - want)
        self.fn += len(want - got)
        if not want:
            self.lawful += 1
            self.clean += not got

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    @property
    def share(self) -> float:
        return self.clean / self.lawful if self.lawful else 1.0

    def line(self) -> str:
        return (
            f"P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}  "
            f"lawful clean {self.clean}/{self.lawful} ({self.share:.1%})  "
            f"tp {self.tp} fp {self.fp} fn {self.fn}"
        )


def final(note: Note, model: m.Model, probs: dict[str, float], low: float, high: float) -> set[str]:
    out = m.combine(
        note.found,
        note.texts,
        model,
        tau_low=low,
        tau_high=high,
        evidence=Evidence,
        probabilities=probs,
    )
    return set(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="save the all-six model")
    args = parser.parse_args(argv)
    corpora = {name: load_notes(name) for name in TRAIN}
    # out-of-fold: (note, fold model, probabilities)
    oof: list[tuple[Note, m.Model, dict[str, float]]] = []
    for held in TRAIN:
        model = train([n for name in TRAIN if name != held for n in corpora[name]])
        oof += [(n, model, model.probabilities(n.feats)) for n in corpora[held]]
        print(f"trained without {held}", file=sys.stderr)

    grid: dict[tuple[float, float], Tally] = {}
    for low in TAU_LOW:
        for high in TAU_HIGH:
            t = grid[low, high] = Tally()
            for note, model, probs in oof:
                t.add(note.want, final(note, model, probs, low, high))
    rules = Tally()
    for note, _model, _probs in oof:
        rules.add(note.want, set(note.found))
    # the best F1 that keeps at least the rules' lawful-clean share; else the best F1
    keeping = [k for k, t in grid.items() if t.share >= rules.share]
    low, high = max(keeping or grid, key=lambda k: (grid[k].f1, grid[k].share, -k[0], k[1]))
    print("== tau grid (pooled out-of-fold): tau_low tau_high -> F1 / lawful clean")
    for (lo, hi), t in sorted(grid.items()):
        print(
            f"  {lo:4.2f} {hi:4.2f}  F1 {t.f1:.3f}  P {t.p:.3f}  R {t.r:.3f}  clean {t.share:.1%}"
        )
    print(f"chosen tau_low={low} tau_high={high}")
    print()
    print("== leave one file out (model trained on the other five)")
    for held in [*TRAIN, "pooled"]:
        a, b = Tally(), Tally()
        for note, model, probs in oof:
            if held in (note.file, "pooled"):
                a.add(note.want, set(note.found))
                b.add(note.want, final(note, model, probs, low, high))
        print(f"{held}")
        print(f"  rules alone    {a.line()}")
        print(f"  rules + model  {b.line()}")
    full = train([n for name in TRAIN for n in corpora[name]])
    full = m.Model(full.flags, full.bias, full.weights, tau_low=low, tau_high=high)
    a, b = Tally(), Tally()
    for note in load_notes(TEST):
        a.add(note.want, set(note.found))
        b.add(note.want, final(note, full, full.probabilities(note.feats), low, high))
    print(f"{TEST} (held out; model trained on all six)")
    print(f"  rules alone    {a.line()}")
    print(f"  rules + model  {b.line()}")
    if args.write:
        m.save(full)
        size = m.MODEL_FILE.stat().st_size
        print(
            f"wrote {m.MODEL_FILE.relative_to(ROOT)} ({size:,} bytes, {len(full.weights)} features)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
