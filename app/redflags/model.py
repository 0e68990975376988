"""A small statistical model beside the rules (issue 16): one logistic regression per
red-flag id over features of the words of a note, trained on the labelled corpora by
``scripts/redflag_model_eval.py`` and shipped as ``app/resources/rules/_modell.json.gz``.

Pure Python, no download: the weights are package data. The model never makes a finding
of its own kind; it only changes which of the rules' findings are reported:

- *veto*: a finding the rules made from free text is dropped when the model's probability
  for its id is below ``tau_low`` (findings from structured answers, handovers and their
  documents are never dropped);
- *add*: when no rule made a finding for an id but the model's probability is at least
  ``tau_high``, a finding is reported whose evidence is the sentence holding the strongest
  positive features; its legal basis and explanation are the rule's own, as for any finding.

``ENABLED`` switches it on for ``check_text``/``check_entry``. It is off: cross-validated
(leave one corpus file out) it gained too little (F1 0.925 → 0.928, lawful notes clean
94.9 % → 95.1 %) for the time it costs (checking about 2.5 times slower); see
``app/resources/rules/README.md`` and ``scripts/redflag_model_eval.py``.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.redflags.rules import RULES_DIR
from app.redflags.text import Analysis, Token

MODEL_FILE = RULES_DIR / "_modell.json.gz"

# The module-level switch: off unless the cross-validated figures improve (see above).
ENABLED = False

FORMAT = 1
NGRAMS = (3, 4, 5)


@lru_cache(maxsize=100_000)
def _grams(norm: str) -> tuple[str, ...]:
    """The character n-grams inside one word (with its edges marked), its word feature first."""
    out = ["w|" + norm]
    if len(norm) >= 3 and not norm.isdigit():
        padded = "<" + norm + ">"
        for n in NGRAMS:
            out.extend("c|" + padded[i : i + n] for i in range(len(padded) - n + 1))
    return tuple(out)


def token_features(tokens: Sequence[Token]) -> list[str]:
    """The features of a run of tokens (not yet unique): words, char 3–5-grams inside
    words, word bigrams within a sentence, and marked words for negation, the user's own
    act and hypothetical clauses as the engine reads them."""
    out: list[str] = []
    prev: Token | None = None
    for t in tokens:
        norm = t.norm
        out.extend(_grams(norm))
        if t.negated:
            out.append("n|" + norm)
        if t.own:
            out.append("o|" + norm)
        if t.hypothetical:
            out.append("h|" + norm)
        if prev is not None and prev.sentence == t.sentence:
            out.append("b|" + prev.norm + " " + norm)
        prev = t
    return out


def features(analyses: Iterable[Analysis]) -> set[str]:
    found: set[str] = set()
    for analysis in analyses:
        found.update(token_features(analysis.tokens))
    return found


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Model:
    flags: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature -> (flag index, weight)
    tau_low: float
    tau_high: float

    def scores(self, feats: set[str]) -> list[float]:
        """The linear scores per flag (features weighted 1/sqrt(n), as in training)."""
        z = [0.0] * len(self.flags)
        get = self.weights.get
        for f in feats:
            entry = get(f)
            if entry:
                for i, w in entry:
                    z[i] += w
        scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0
        return [b + s * scale for b, s in zip(self.bias, z, strict=True)]

    def probabilities(self, feats: set[str]) -> dict[str, float]:
        return {flag: _sigmoid(s) for flag, s in zip(self.flags, self.scores(feats), strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "flags": list(self.flags),
            "bias": [round(b, 4) for b in self.bias],
            "tau_low": self.tau_low,
            "tau_high": self.tau_high,
            "ngrams": list(NGRAMS),
            "weights": {
                f: [[i, round(w, 4)] for i, w in entry] for f, entry in sorted(self.weights.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        if data.get("format") != FORMAT or list(data.get("ngrams", [])) != list(NGRAMS):
            raise RuntimeError("unknown model format")  # a broken package, never shown
        flags = tuple(str(f) for f in data["flags"])
        bias = tuple(float(b) for b in data["bias"])
        if len(bias) != len(flags):
            raise RuntimeError("model: bias does not match flags")
        weights = {
            str(f): tuple((int(i), float(w)) for i, w in entry)
            for f, entry in data["weights"].items()
        }
        return cls(flags, bias, weights, float(data["tau_low"]), float(data["tau_high"]))


def save(model: Model, path: Path = MODEL_FILE) -> None:
    raw = json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))


@lru_cache(maxsize=4)
def load(path: Path = MODEL_FILE) -> Model:
    return Model.from_json(json.loads(gzip.decompress(path.read_bytes())))


# ------------------------------------------------------------------ combination


@dataclass(frozen=True)
class Text:
    """One text field as the engine read it: its name, analysis, and whether a rule
    finding resting only on it may be vetoed (free text, not a structured answer)."""

    name: str
    analysis: Analysis
    vetoable: bool


def _best_sentence(
    model: Model, flag: int, texts: Sequence[Text]
) -> tuple[str, int, int, str] | None:
    """The sentence with the strongest positive features for ``flag`` (field, start, end,
    text); sentences that are only the user's own act or hypothetical do not count."""
    best: tuple[float, str, int, int, str] | None = None
    for t in texts:
        a = t.analysis
        for first, stop in a.sentences:
            tokens = a.tokens[first:stop]
            if not tokens or all(tok.own or tok.hypothetical for tok in tokens):
                continue
            score = 0.0
            for f in set(token_features(tokens)):
                for i, w in model.weights.get(f, ()):
                    if i == flag and w > 0:
                        score += w
            if score > 0 and (best is None or score > best[0]):
                start, end = tokens[0].start, tokens[-1].end
                best = (score, t.name, start, end, a.text[start:end])
    return None if best is None else best[1:]


def combine(
    found: dict[str, list[Any]],
    texts: Sequence[Text],
    model: Model,
    *,
    tau_low: float | None = None,
    tau_high: float | None = None,
    evidence: Callable[[str, int, int, str], Any],
    probabilities: dict[str, float] | None = None,
) -> dict[str, list[Any]]:
    """The rules' evidence per id (``found``: id -> Evidence list) after veto and add.

    ``evidence`` makes an Evidence (field, start, end, text); an evidence with start < 0 is
    a structured fact, and one from a field that is not ``vetoable`` is protected: a finding
    with any such evidence is never dropped.
    """
    low = model.tau_low if tau_low is None else tau_low
    high = model.tau_high if tau_high is None else tau_high
    if probabilities is None:
        probabilities = model.probabilities(features(t.analysis for t in texts))
    vetoable = {t.name for t in texts if t.vetoable}
    out: dict[str, list[Any]] = {}
    for rule_id, items in found.items():
        protected = any(e.start < 0 or e.field not in vetoable for e in items)
        if protected or probabilities.get(rule_id, 1.0) >= low:
            out[rule_id] = items
    if high <= 1.0:
        for i, flag in enumerate(model.flags):
            if flag in found or probabilities[flag] < high:
                continue
            best = _best_sentence(model, i, texts)
            if best is not None:
                out[flag] = [evidence(*best)]
    return out
