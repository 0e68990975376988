"""The red-flag check is linear in the length of the text (issue 12, point 5).

One 200,000-character word took 30 s to import and a 1,000,000-character note never
finished: the lexicon looked up every suffix of a word as a fresh slice, and the
negation marks ran back and forth over a whole clause for every negator. The tests
here count work instead of timing it (characters hashed by the lexicon, Python lines
run by the engine for a text and for one four times as long, characters of evidence);
where the old work was done inside C (a slice per colon) they compare the time for a
text with the time for one four times as long, never a time against a clock. They
check the rewritten parts against the old code kept below as a reference, and run the
real command line on 1,000,000 characters. The absolute times are printed by
``tests/benchmarks/bench_redflags.py --long``.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redflags import check_text, engine
from app.redflags.engine import ruleset
from app.redflags.lexicon import FUZZY_MIN_WORD, Lexicon
from app.redflags.text import (
    _COORDINATORS,
    _FORWARD_ONLY,
    CLAUSE_WORDS,
    LIGHT_VERBS,
    MODALS,
    NEG_SUBJECTS,
    NEGATORS,
    OBLIGATION,
    Token,
    analyse,
)
from tests.conftest import PASSPHRASE, ROOT, child_env

TRIGGER = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."
HANG = 300.0  # seconds: only a guard against a hang, no measurement (a check takes ~2)


def _rules() -> set[str]:
    return {f.rule_id for f in check_text(TRIGGER)}


# ------------------------------------------------------------------ the lexicon


class _CountingDict(dict[str, list[int]]):
    """A lookup table that adds up the length of every key it is asked for."""

    def __init__(self, data: dict[str, list[int]], tally: list[int]) -> None:
        super().__init__(data)
        self.tally = tally

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self.tally[0] += len(key)
        return super().get(key, default)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Lexicon, list[int]]]:
    lexicon = ruleset().lexicon
    lexicon.match("jobcenter")  # built
    tally = [0]
    for name in ("_exact", "_literal", "_prefix", "_suffix"):
        monkeypatch.setattr(lexicon, name, _CountingDict(getattr(lexicon, name), tally))
    yield lexicon, tally


@pytest.mark.parametrize("length", [1_000, 20_000])
def test_looking_up_one_long_word_hashes_a_bounded_number_of_characters_per_letter(
    counted: tuple[Lexicon, list[int]], length: int
) -> None:
    lexicon, tally = counted
    word = "q" * (length - 5) + "kopie"  # a new word each length, so nothing is cached
    found = lexicon.match(word)
    # the old suffix loop hashed every suffix: about length² characters
    assert tally[0] <= 120 * length, f"{tally[0]:,} characters hashed for {length:,} letters"
    suffix_kopie = {i for i, atom in enumerate(lexicon.atoms) if atom == _atom("suffix", "kopie")}
    assert suffix_kopie and suffix_kopie <= found  # "*kopie" still matches its compound


def _atom(kind: str, value: str) -> Any:
    from app.redflags.lexicon import Atom

    return Atom(kind, value)


def _reference_match(lexicon: Lexicon, norm: str) -> frozenset[int]:
    """``Lexicon.match`` as it was before issue 12 (every suffix sliced and looked up)."""
    from app.redflags.text import stem

    hits: set[int] = set()
    s = stem(norm)
    for key in (norm, s):
        hits.update(lexicon._exact.get(key, ()))
    hits.update(lexicon._literal.get(norm, ()))
    for length in lexicon._prefix_lengths:
        if length > len(norm):
            break
        hits.update(lexicon._prefix.get(norm[:length], ()))
    for k in range(len(norm)):
        hits.update(lexicon._suffix.get(norm[k:], ()))
    for k in range(len(s)):
        hits.update(lexicon._suffix.get(s[k:], ()))
    for value, i in lexicon._infix:
        if value in norm:
            hits.add(i)
    if not hits and len(norm) >= FUZZY_MIN_WORD and norm not in lexicon.never_fuzzy:
        hits = lexicon._fuzzy_match(norm, s)
    return frozenset(hits)


def _pieces() -> list[str]:
    lexicon = ruleset().lexicon
    values = sorted({atom.value for atom in lexicon.atoms if atom.value.isalpha()})
    return [*values, "en", "e", "s", "n", "innen", "er", "ung", "personal", "farb", "x"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_pieces()), min_size=1, max_size=4), st.integers(0, 3))
def test_a_word_matches_the_same_terms_as_before(parts: list[str], cut: int) -> None:
    lexicon = ruleset().lexicon
    word = "".join(parts)
    word = word[cut:] or word
    assert lexicon.match(word) == _reference_match(lexicon, word)


@pytest.mark.parametrize(
    "note, rule_id",
    [
        ("Sie hat eine Personalausweiskopie angefertigt.", "ausweiskopie"),
        ("Die Sachbearbeiterin machte eine Ausweiskopie.", "ausweiskopie"),
        ("Sie wollte die Kontoauszugskopien von drei Monaten ungeschwärzt.", "kontoauszuege"),
    ],
)
def test_compounds_still_match(note: str, rule_id: str) -> None:
    assert rule_id in {f.rule_id for f in check_text(note)}


# ------------------------------------------------------------------ lines run


def _lines_run(call: Callable[[], object]) -> int:
    """How many lines of the red-flag package run for ``call`` (a count, not a time)."""
    folder = str(ROOT / "app" / "redflags")
    count = 0

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(folder):
            return None
        if event == "line":
            count += 1
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(old)
    return count


# Texts that made the old code run over a clause or sentence again for each word.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "nicht": lambda n: "nicht " * n,
    "nicht nur": lambda n: "nicht nur " * n,
    "weder noch": lambda n: "weder " + "noch " * n,
    "niemand darf": lambda n: "niemand darf " * n,
    "ohne Anmeldung": lambda n: "ohne Anmeldung " * n,
    "Kopie nicht gemacht": lambda n: "Kopie hat sie nicht gemacht " * n,
    "muss nicht": lambda n: "muss " + "nicht " * n,
    "rief an": lambda n: "rief " * n + "an",
    "rief rief an": lambda n: "Das Jobcenter hat meinen Vermieter " + "rief " * n + "an.",
    "Überschriften": lambda n: "Vermerk: " * n,
    "Überschrift nach Satz": lambda n: "Ab. Cd: " * n,
    "Prosa": lambda n: (
        (TRIGGER + " Ich habe nicht zugestimmt, aber sie hat nicht gefragt. ") * (n // 16 + 1)
    ),
    "ein Wort": lambda n: "kopier" * n,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_work_grows_linearly_with_the_text(name: str) -> None:
    make = ADVERSARIAL[name]
    check_text(make(10))  # warm: rules loaded, caches of common words filled
    small = _lines_run(lambda: check_text(make(400) + " Ende"))
    large = _lines_run(lambda: check_text(make(1600) + " Ende"))
    # four times the text: four times the lines (plus a little); the old code ran 16 times
    assert large <= 4.6 * small, f"{name}: {small:,} → {large:,} lines"


def _evidence_chars(note: str) -> int:
    return sum(len(e.text) for f in check_text(note) for e in f.evidence)


def test_evidence_grows_linearly_with_the_text() -> None:
    # every "rief" reached the one "an": a span per verb, each as long as the rest
    make = ADVERSARIAL["rief rief an"]
    small, large = _evidence_chars(make(400)), _evidence_chars(make(1600))
    assert small > 0
    assert large <= 4.6 * small, f"{small:,} → {large:,} characters of evidence"
    # the nearest verb still makes the span
    assert any(
        e.text == "rief an"
        for f in check_text("Das Jobcenter hat meinen Vermieter rief rief an.")
        for e in f.evidence
    )


def _best_time(note: str, rounds: int = 5) -> float:
    import time

    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        check_text(note)
        best = min(best, time.perf_counter() - t0)
    return best


def test_colons_in_one_long_sentence_cost_time_in_proportion() -> None:
    """The old heading test copied the sentence so far for every colon (work in C,
    invisible to a line count): four times the text took 11 to 16 times as long."""
    make: Callable[[int], str] = lambda n: "a : " * n + "Ende"  # noqa: E731
    check_text(make(100))
    ratio = _best_time(make(16_000)) / _best_time(make(4_000))
    assert ratio < 8, f"four times the text took {ratio:.1f} times as long"


# ---------------------------------------------------------- same marks as the old code


def _reference_not_only(tokens: list[Token]) -> None:
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if tok.norm == "nicht" and tokens[i + 1].norm == "nur":
            later = (t.norm for t in tokens[i + 2 :] if t.sentence == tok.sentence)
            if any(w in ("auch", "sondern") for w in later):
                tok.norm = "nichtnur"
                tokens[i + 1].norm = "nur_"  # issue 16: no "nur Kontaktdaten" after "nicht"


def _reference_negation(tokens: list[Token]) -> None:
    """``_mark_negation`` as it was before issue 12 (quadratic in the clause), with the
    negated subject of issue 16."""
    n = len(tokens)
    weder_in: set[int] = set()
    for i, tok in enumerate(tokens):
        norm = tok.norm
        if norm == "noch" and tok.sentence in weder_in:
            pass
        elif norm not in NEGATORS:
            continue
        if norm == "weder":
            weder_in.add(tok.sentence)
        clause = tok.clause
        k = i - 1
        while k >= 0 and tokens[k].clause == clause:
            if tokens[k].norm in OBLIGATION:
                tokens[k].negated = True
                break
            k -= 1
        j = i + 1
        found_content = 0
        while j < n and tokens[j].clause == clause:
            nxt = tokens[j]
            if nxt.norm in NEGATORS and nxt.norm != "noch":
                break
            nxt.negated = True
            if nxt.content and nxt.norm not in _COORDINATORS:
                found_content += 1
                if not (j + 1 < n and tokens[j + 1].norm in _COORDINATORS):
                    break
            j += 1
        if (
            j < n
            and tokens[j].clause == clause
            and (
                tokens[j].norm in MODALS
                or (j + 1 < n and tokens[j + 1].clause == clause and tokens[j + 1].norm in MODALS)
            )
        ):
            k = j + 1
            while k < n and tokens[k].clause == clause:
                tokens[k].negated = True
                k += 1
        if norm == "ohne" and i + 1 < n and tokens[i + 1].norm == "dass":
            # issue 16: "…, ohne dass man uns gefragt hätte" negates the clause after it
            k = i + 1
            while k < n and tokens[k].clause == tokens[i + 1].clause:
                tokens[k].negated = True
                k += 1
        if (
            norm in NEG_SUBJECTS
            and not (
                j < n
                and tokens[j].clause == clause
                and (
                    tokens[j].norm in MODALS
                    or (
                        j + 1 < n
                        and tokens[j + 1].clause == clause
                        and tokens[j + 1].norm in MODALS
                    )
                )
            )
            and all(t.norm in CLAUSE_WORDS for t in tokens[:i] if t.clause == clause)
        ):
            # issue 16: "Keiner vom Jobcenter hat … angerufen" negates its whole clause
            k = i + 1
            while k < n and tokens[k].clause == clause:
                tokens[k].negated = True
                k += 1
        if norm in _FORWARD_ONLY:
            continue
        rest = 0
        k = j + 1
        while k < n and tokens[k].clause == clause:
            if tokens[k].content:
                rest += 1
            k += 1
        light = found_content == 1 and j < n and tokens[j].norm in LIGHT_VERBS
        if rest == 0 and (found_content == 0 or light):
            k = i - 1
            while k >= 0 and tokens[k].clause == clause:
                opens = k == 0 or tokens[k - 1].clause != clause
                # issue 16: the clause word that opens the clause stays ("sonst … nix")
                if not (opens and tokens[k].norm in CLAUSE_WORDS):
                    tokens[k].negated = True
                k -= 1


WORDS = (
    "nicht nur auch sondern kein keine ohne dass weder noch oder bzw niemand keiner nichts nie "
    "muss brauchst darf durfte kann soll gemacht gegeben genommen hat sie er ich wir "
    "Kopie Ausweis kopiert Termin Jobcenter mit rein erlaubt , . ; : ? und weil ob"
).split()


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_negation_marks_are_the_same_as_before(words: list[str]) -> None:
    note = " ".join(words)
    new = analyse(note).tokens
    old = [dataclasses.replace(t, negated=False) for t in new]
    for t in old:
        if t.norm == "nichtnur":
            t.norm = "nicht"
        if t.norm == "nur_":
            t.norm = "nur"
    _reference_not_only(old)
    _reference_negation(old)
    assert [(t.text, t.norm, t.negated) for t in new] == [(t.text, t.norm, t.negated) for t in old]


def _reference_make_hit(
    number: int, tokens: list[Token], start: int, last: int, own_negator: bool = True
) -> Any:
    first = tokens[start]

    def outside() -> bool:
        if not tokens[start].negated:
            return False
        k = start - 1
        while k >= 0 and tokens[k].clause == tokens[start].clause:
            if tokens[k].norm in NEGATORS:
                return True
            k -= 1
        return False

    if start == last:
        negated = outside() if first.norm in NEGATORS else first.negated
    else:
        span = tokens[start : last + 1]
        negated = (
            outside()
            if own_negator and any(t.norm in NEGATORS for t in span)
            else any(t.negated for t in span)
        )
    return engine._Hit(
        field=number, sentence=first.sentence, clause=first.clause, first=start, last=last,
        negated=negated,
        hypothetical=first.hypothetical, own=first.own, other=first.other,
    )  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "rief", "an", "angerufen", "Nachbarin"]), max_size=40))
def test_findings_are_the_same_as_before(words: list[str]) -> None:
    note = " ".join(words)
    new = check_text(note)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            engine,
            "_make_hit",
            lambda number, f, start, last, own_negator=True: _reference_make_hit(
                number, f.analysis.tokens, start, last, own_negator
            ),
        )
        old = check_text(note)
    assert new == old


# ------------------------------------------------------ 1,000,000 characters, for real


def _mixed(length: int) -> str:
    """Letters of many scripts with combining marks, emoji and bidi marks, no spaces."""
    chunk = "Прив\u0435\u0301тمرحباשָׁלוֹם中文😀e\u0301\u200fﬁÅ\u0308ß𝔘𝔫𝔦👩\u200d👩\u200d👧ǅ"
    return (chunk * (length // len(chunk) + 1))[:length]


def _check_cli(note: str) -> dict[str, Any]:
    line = json.dumps({"id": "lang", "text": note}, ensure_ascii=False) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", "--json"],
        input=line.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        env=child_env(),
        timeout=HANG,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "a" * n, id="one word of one letter"),
        pytest.param(_mixed, id="one word of mixed scripts"),
    ],
)
def test_a_note_of_1_000_000_characters_is_checked_and_the_incident_after_it_found(
    make: Callable[[int], str],
) -> None:
    tail = " " + TRIGGER
    note = make(1_000_000 - len(tail))[: 1_000_000 - len(tail)] + tail
    assert len(note) == 1_000_000
    result = _check_cli(note)
    assert result["id"] == "lang"
    assert _rules() <= set(result["flags"])
    assert "Personalausweis" in result["evidence"]["ausweiskopie"]


def test_a_note_of_200_000_characters_is_imported_and_checked(
    vault_dir: Path, tmp_path: Path
) -> None:
    note = "x" * (200_000 - len(TRIGGER) - 1) + " " + TRIGGER
    data = {
        "format": "amtstagebuch-export",
        "version": 1,
        "contacts": [{"when": "2026-03-02T09:30:00+01:00", "channel": "termin", "notes": note}],
    }
    source = tmp_path / "lang.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "import", str(vault_dir), str(source),
         "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        timeout=HANG,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    from app.services.findings import FindingsService
    from app.vault.vault import Vault

    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    try:
        assert "ausweiskopie" in {f.rule_id for f in FindingsService(vault).findings()}
    finally:
        vault.close()
