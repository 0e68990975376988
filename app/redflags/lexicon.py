"""Terms of the rule files and how a single word matches them.

A term is written the way a person would explain it:

- ``kopie``      the word, inflected or not ("Kopie", "Kopien");
- ``kopier*``    words that begin so ("kopiert", "kopierte", "Kopierer");
- ``*kopie``     words that end so, e.g. compounds ("Ausweiskopie", "Farbkopien");
- ``*scan*``     words that contain it ("eingescannt", "Scanner");
- ``lag vor``    words in this order, at most three other words between them;
- ``rief* an``   a separable verb: a final particle (an, auf, mit …) after a ``*`` word may
  stand anywhere later in the clause ("rief gestern meinen Vermieter an");
- ``e-mail``     words joined by a hyphen (or written as one, see ``email``);
- ``!dienstausweis*`` (in a concept) a word that looks right but is not meant.

Umlauts typed without dots ("Kontoauszuge", "zuruckgegeben") match terms of eight
letters or more. Typing errors are tolerated on longer words only: one letter wrong, missing,
extra or swapped (two from twelve letters on), never on the first letter, and
never for words listed as too close to an ordinary word ("kapiert" ≠ "kopiert"; the
same list keeps "koennten" from matching "konnten" without dots).
The distance is computed with rapidfuzz (optimal string alignment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from app.redflags.text import NEGATORS, fold, stem

_TERM_PART = re.compile(r"^\*?[^\W_]+(?:['-][^\W_]+)*\*?$")
PHRASE_GAP = 3
DOTLESS_MIN = 8
_DIGRAPH = re.compile(r"([aou])e")
FUZZY_MIN_TERM = 6
FUZZY_MIN_WORD = 6


@dataclass(frozen=True, slots=True)
class Atom:
    kind: str  # "exact", "prefix", "suffix", "infix", "literal"
    value: str  # folded


@dataclass(frozen=True, slots=True)
class Step:
    atom: int
    joined: bool  # must follow the previous step directly, joined by a hyphen
    particle: bool = False  # the last word is a verb particle: anywhere later in the clause
    negator: bool = False  # the word is a negator ("kein Geld", "ohne Anmeldung")


# Particles of separable verbs ("nahm … auf", "rief … an", "lief … mit"): as the last word
# of a term after a verb they may stand at the end of the clause, however far away.
PARTICLES = frozenset("an auf ab mit weg raus rein zurueck aus ein".split())
# English and German contractions keep their apostrophe ("didn't", "doctor's", "gibt's").
_CONTRACTIONS = frozenset("s t m d ll re ve".split())


Alternative = tuple[Step, ...]


def term_error(term: str) -> str | None:
    """Why a term cannot be used, in German, or ``None``."""
    body = term[1:] if term.startswith("!") else term
    parts = body.split()
    if not parts:
        return "ein Begriff ist leer"
    for part in parts:
        if not _TERM_PART.match(part) or part in ("*", "**"):
            return (
                f"der Begriff „{term}“ ist nicht lesbar (erlaubt: Buchstaben, Ziffern, "
                "Bindestrich, * am Anfang oder Ende)"
            )
    return None


def _atom(part: str) -> Atom:
    head = part.startswith("*")
    tail = part.endswith("*")
    core = fold(part.strip("*"))
    if head and tail:
        return Atom("infix", core)
    if tail:
        return Atom("prefix", core)
    if head:
        return Atom("suffix", core)
    return Atom("exact", core)


class Lexicon:
    """All atoms of all rules; a word's matching atoms are computed once and cached."""

    def __init__(self, never_fuzzy: frozenset[str] = frozenset()) -> None:
        self.atoms: list[Atom] = []
        self._ids: dict[Atom, int] = {}
        self.never_fuzzy = frozenset(fold(w) for w in never_fuzzy)
        self._cache: dict[str, frozenset[int]] = {}
        self.fuzzy_words: dict[str, frozenset[int]] = {}
        self._built = False

    # ---------------------------------------------------------- building
    def _intern(self, atom: Atom) -> int:
        found = self._ids.get(atom)
        if found is None:
            found = len(self.atoms)
            self.atoms.append(atom)
            self._ids[atom] = found
            self._built = False
        return found

    def alternative(self, term: str, *, literal: bool = False) -> Alternative:
        """One term (without a leading "!") as a sequence of steps. ``literal``: a plain
        word matches only as written (used for exclusions: "!ausweisen" must not
        exclude "Ausweis")."""
        steps: list[Step] = []
        parts = term.split()
        for n, part in enumerate(parts):
            for k, piece in enumerate(part.split("-")):
                atom = _atom(piece)
                if literal and atom.kind == "exact":
                    atom = Atom("literal", atom.value)
                particle = (
                    n == len(parts) - 1 > 0
                    and atom.kind == "exact"
                    and atom.value in PARTICLES
                    and parts[n - 1].endswith("*")
                )
                steps.append(
                    Step(
                        self._intern(atom),
                        joined=k > 0,
                        particle=particle,
                        negator=atom.value in NEGATORS,
                    )
                )
        return tuple(steps)

    def _build(self) -> None:
        self._exact: dict[str, list[int]] = {}
        self._literal: dict[str, list[int]] = {}
        self._prefix: dict[str, list[int]] = {}
        self._suffix: dict[str, list[int]] = {}
        self._infix: list[tuple[str, int]] = []
        self._fuzzy: dict[str, list[tuple[int, Atom]]] = {}
        for i, atom in enumerate(self.atoms):
            values = {atom.value}
            if len(atom.value) >= DOTLESS_MIN and _DIGRAPH.search(atom.value):
                dotless = _DIGRAPH.sub(r"\1", atom.value)
                # "koennten" without dots is "konnten", an ordinary word of its own
                if dotless not in self.never_fuzzy:
                    values.add(dotless)
            for value in values:
                if atom.kind == "literal":
                    self._literal.setdefault(value, []).append(i)
                elif atom.kind == "exact":
                    for key in {value, stem(value)}:
                        self._exact.setdefault(key, []).append(i)
                elif atom.kind == "prefix":
                    self._prefix.setdefault(value, []).append(i)
                elif atom.kind == "suffix":
                    for key in {value, stem(value)}:
                        self._suffix.setdefault(key, []).append(i)
                else:
                    self._infix.append((value, i))
            if len(atom.value) >= FUZZY_MIN_TERM and atom.kind in ("exact", "prefix", "suffix"):
                self._fuzzy.setdefault(atom.value[0], []).append((i, atom))
        self._prefix_lengths = sorted({len(k) for k in self._prefix})
        # a word's suffixes are looked up by the lengths the table holds, not one by one:
        # slicing every suffix of a long word ("aaaa…") made a lookup grow with its square
        self._suffix_lengths = sorted({len(k) for k in self._suffix if k})
        self._cache.clear()
        self.fuzzy_words.clear()
        self._built = True

    # ---------------------------------------------------------- matching
    def match(self, norm: str) -> frozenset[int]:
        """The atoms one folded word matches (exactly, by affix, or as a typo)."""
        found = self._cache.get(norm)
        if found is not None:
            return found
        if not self._built:
            self._build()
        hits: set[int] = set()
        s = stem(norm)
        for key in (norm, s):
            hits.update(self._exact.get(key, ()))
        hits.update(self._literal.get(norm, ()))
        for length in self._prefix_lengths:
            if length > len(norm):
                break
            hits.update(self._prefix.get(norm[:length], ()))
        for word in (norm, s):
            for length in self._suffix_lengths:
                if length > len(word):
                    break
                hits.update(self._suffix.get(word[-length:], ()))
        for value, i in self._infix:
            if value in norm:
                hits.add(i)
        if "'" in norm:
            # Turkish case endings after an apostrophe: "Jobcenter'dan", "Jugendamt'a"
            base, _, ending = norm.partition("'")
            if len(base) >= 3 and ending and ending not in _CONTRACTIONS:
                hits.update(self.match(base))
        if not hits and len(norm) >= FUZZY_MIN_WORD and norm not in self.never_fuzzy:
            hits = self._fuzzy_match(norm, s)
            if hits:
                self.fuzzy_words[norm] = frozenset(hits)
        result = frozenset(hits)
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[norm] = result
        return result

    def _fuzzy_match(self, norm: str, s: str) -> set[int]:
        hits: set[int] = set()
        for i, atom in self._fuzzy.get(norm[0], ()):
            value = atom.value
            limit = 1 if len(value) < 12 else 2
            if atom.kind == "exact":
                candidates = [norm, s]
            elif atom.kind == "prefix":
                size = len(value)
                candidates = [norm[: size + d] for d in (-1, 0, 1) if 0 < size + d <= len(norm)]
            else:  # suffix
                size = len(value)
                candidates = [norm[-(size + d) :] for d in (-1, 0, 1) if 0 < size + d <= len(norm)]
            for candidate in candidates:
                if abs(len(candidate) - len(value)) > limit:
                    continue
                if OSA.distance(candidate, value, score_cutoff=limit) <= limit:
                    hits.add(i)
                    break
        return hits
