"""The red-flag engine: a pure function from an entry (or a text) to findings.

Text triggers look for groups of words in one sentence; a word in the scope of a
negation ("nicht kopiert", "keine Kopie") does not count unless the rule asks for
it ("ohne Ankündigung"), nor does a word in a question clause ("…, ob sie den
Ausweis kopieren darf"). Lawful cases named by the rule ("nur angesehen", "lag
vor") excuse the sentence. Structured triggers read the fields of the entry and
its handovers. Every finding carries the exact spans that raised it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import app.redflags.model as model
from app.i18n import _
from app.records import ContactData, DocumentData, HandoverData
from app.redflags.lexicon import PHRASE_GAP, Lexicon
from app.redflags.rules import (
    RULES_DIR,
    SEVERITIES,
    Condition,
    Group,
    Rule,
    RuleSet,
    StructuredTrigger,
    TextPattern,
    compile_rules,
    severity_rank,
)
from app.redflags.text import NEGATORS, Analysis, Token, analyse


@dataclass(frozen=True)
class Evidence:
    """Where a finding comes from: ``text[start:end]`` of ``field``; -1 for a structured fact."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    rule_id: str
    evidence: tuple[Evidence, ...]


# ------------------------------------------------------------------ loading


@lru_cache(maxsize=8)
def _ruleset(folder: Path) -> RuleSet:
    rs = compile_rules(folder)
    rs.lexicon.match("jobcenter")  # build the lookup tables now, not on the first note
    return rs


_DEFAULT_DIR = RULES_DIR.resolve()


def ruleset(folder: Path | None = None) -> RuleSet:
    return _ruleset(_DEFAULT_DIR if folder is None else folder.resolve())


def by_severity(findings: Iterable[Finding], rules: Mapping[str, Rule]) -> list[Finding]:
    """``findings`` most important first (the rule's ``severity``), then by rule id."""
    return sorted(
        findings,
        key=lambda f: (
            severity_rank(rules[f.rule_id].severity) if f.rule_id in rules else len(SEVERITIES),
            f.rule_id,
        ),
    )


def load_rules(folder: Path | None = None) -> dict[str, Rule]:
    """The rules by id (cached); raises ``RuleFileError`` with a German message."""
    return {rule_id: c.rule for rule_id, c in ruleset(folder).rules.items()}


@lru_cache(maxsize=1)
def _fact_templates() -> tuple[str, ...]:
    """The shipped rules' facts, longest first (so „{label}: Original nicht zurückgegeben“
    is tried before „{label}: nicht zurückgegeben“)."""
    facts = {t.evidence for c in ruleset().rules.values() for t in c.structured}
    return tuple(sorted(facts, key=len, reverse=True))


def shown_fact(text: str) -> str:
    """A fact a structured trigger recorded (stored with the finding in German, e.g.
    „Kontoauszüge ungeschwärzt verlangt“, „Dokument „Reisepass“ kopiert“) in the user's
    language; any other text unchanged."""
    for template in _fact_templates():
        head, placeholder, tail = template.partition("{label}")
        if not placeholder:
            if text == template:
                return _(template)
            continue
        if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail):
            label = text[len(head) : len(text) - len(tail)]
            return _(template).replace("{label}", _(label))  # a document type's name
    return text


# ------------------------------------------------------------------ one field of text


@dataclass(frozen=True, slots=True)
class _Hit:
    field: int
    sentence: int
    clause: int
    first: int
    last: int
    negated: bool
    hypothetical: bool
    own: bool
    other: bool


@dataclass
class _Field:
    name: str
    analysis: Analysis
    atoms: list[frozenset[int]]
    index: dict[int, list[int]]
    present: frozenset[int] = frozenset()  # the atoms of its words
    hits: dict[tuple[int, int, bool], _Hit] = field(default_factory=dict)  # spans made so far
    _counts: tuple[list[int], list[int], list[int]] | None = None

    def counts(self) -> tuple[list[int], list[int], list[int]]:
        """Negators and negated words before each position (running totals), and the
        last negator before each position in its clause (-1): a hit asks these instead
        of walking its clause, which grew with the square of a long clause."""
        if self._counts is None:
            tokens = self.analysis.tokens
            negators = [0] * (len(tokens) + 1)
            negated = [0] * (len(tokens) + 1)
            negator_before = [-1] * len(tokens)
            last = -1
            for k, t in enumerate(tokens):
                if k and t.clause != tokens[k - 1].clause:
                    last = -1
                negator_before[k] = last
                is_negator = t.norm in NEGATORS
                if is_negator:
                    last = k
                negators[k + 1] = negators[k] + is_negator
                negated[k + 1] = negated[k] + t.negated
            self._counts = (negators, negated, negator_before)
        return self._counts


def _prepare(name: str, text: str, lexicon: Lexicon) -> _Field:
    analysis = analyse(text)
    atoms: list[frozenset[int]] = []
    index: dict[int, list[int]] = {}
    for position, token in enumerate(analysis.tokens):
        found = lexicon.match(token.norm)
        atoms.append(found)
        for atom in found:
            index.setdefault(atom, []).append(position)
    return _Field(name, analysis, atoms, index, frozenset(index))


@dataclass
class _Document:
    fields: list[_Field]
    context: frozenset[str] = frozenset()
    present: set[int] = field(default_factory=set)
    _raw: dict[int, list[_Hit]] = field(default_factory=dict)
    _filtered: dict[tuple[int, bool, str, bool, bool], list[_Hit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for f in self.fields:
            self.present.update(f.index)

    def raw_hits(self, group: Group) -> list[_Hit]:
        cached = self._raw.get(group.key)
        if cached is not None:
            return cached
        hits: list[_Hit] = []
        if not group.first_atoms.isdisjoint(self.present):
            for number, f in enumerate(self.fields):
                hits.extend(_field_hits(group, number, f))
        self._raw[group.key] = hits
        return hits

    def hits(self, group: Group) -> list[_Hit]:
        key = (group.key, group.in_question, group.negated, group.not_own, group.not_other)
        cached = self._filtered.get(key)
        if cached is not None:
            return cached
        raw = self.raw_hits(group)
        found = (
            [
                h
                for h in raw
                if (not h.hypothetical or group.in_question)
                and (group.negated == "egal" or h.negated == (group.negated == "ja"))
                and not (group.not_own and h.own)
                and not (group.not_other and h.other)
            ]
            if raw
            else raw
        )
        self._filtered[key] = found
        return found


_TAILS: dict[int, tuple[tuple[Any, ...], frozenset[int]]] = {}


def _tail(alternative: tuple[Any, ...]) -> frozenset[int]:
    """The atoms of a phrase after its first word (kept per phrase, they never change)."""
    known = _TAILS.get(id(alternative))
    if known is None or known[0] is not alternative:
        known = _TAILS[id(alternative)] = (alternative, frozenset(s.atom for s in alternative[1:]))
    return known[1]


def _field_hits(group: Group, number: int, f: _Field) -> list[_Hit]:
    tokens = f.analysis.tokens
    index = f.index
    present = f.present
    found: list[_Hit] = []
    seen: set[tuple[int, int, bool]] = set()
    for atom in sorted(group.first_atoms & present):
        starts = index[atom]
        for alternative in group.by_first[atom]:
            single = len(alternative) == 1
            # a phrase whose other words are not in the field cannot match anywhere
            if not single and not _tail(alternative) <= present:
                continue
            # a separable verb whose particle stands far away ("rief … an"): of several
            # verbs before one particle only the nearest counts, so that "rief rief … an"
            # does not make a span for every verb, each reaching to the same particle
            particle = not single and alternative[-1].particle
            # a negator between the words of a phrase is no part of it ("vorher [nicht] gefragt")
            own_negator = single or any(step.negator for step in alternative)
            nearest: dict[int, int] = {}
            for start in starts:
                if group.exclude and _excluded_word(group, f.atoms[start]):
                    continue
                if group.exclude_phrases and _excluded_phrase(group, start, f):
                    continue
                last = start
                if not single and (last := _follow(alternative, start, index, tokens)) < 0:
                    continue
                if particle:
                    nearest[last] = start  # the starts come in order: the nearest wins
                    continue
                _add_hit(number, f, start, last, seen, found, own_negator)
            for last, start in nearest.items():
                _add_hit(number, f, start, last, seen, found, own_negator)
    return found


def _add_hit(
    number: int,
    f: _Field,
    start: int,
    last: int,
    seen: set[tuple[int, int, bool]],
    found: list[_Hit],
    own_negator: bool = True,
) -> None:
    key = (start, last, own_negator)
    if key in seen:
        return
    seen.add(key)
    hit = f.hits.get(key)
    if hit is None:
        hit = f.hits[key] = _make_hit(number, f, start, last, own_negator)
    found.append(hit)


def _excluded_word(group: Group, atoms: frozenset[int]) -> bool:
    """Whether an exclusion reaches this word: it is not named at a shallower level."""
    hit = group.exclude.intersection(atoms)
    if not hit:
        return False
    depth = min(group.exclude_depth[a] for a in hit)
    named = min((group.named_depth.get(a, depth + 1) for a in atoms), default=depth + 1)
    return depth <= named


def _excluded_phrase(group: Group, start: int, f: _Field) -> bool:
    """Whether an excluded phrase ("!mann vom") begins at ``start``."""
    atoms = f.atoms[start]
    return any(
        alt[0].atom in atoms and _follow(alt, start, f.index, f.analysis.tokens) >= 0
        for alt in group.exclude_phrases
    )


def _follow(
    alternative: tuple[Any, ...], start: int, index: dict[int, list[int]], tokens: list[Token]
) -> int:
    """The position of the last word of a phrase that begins at ``start``, or -1."""
    last = start
    for step in alternative[1:]:
        positions = index.get(step.atom)
        if not positions:
            return -1
        k = bisect_right(positions, last)
        if k >= len(positions):
            return -1
        nxt = positions[k]
        if step.joined:
            ok = nxt == last + 1 and tokens[nxt].joined
        elif step.particle:
            # a separable verb's particle closes its clause: "lief es in meiner Tasche mit"
            ok = tokens[nxt].clause == tokens[last].clause
        else:
            ok = nxt - last - 1 <= PHRASE_GAP and tokens[nxt].sentence == tokens[last].sentence
        if not ok:
            return -1
        last = nxt
    return last


def _make_hit(number: int, f: _Field, start: int, last: int, own_negator: bool = True) -> _Hit:
    tokens = f.analysis.tokens
    first = tokens[start]
    if start == last:
        negated = _negated_from_outside(f, start) if first.norm in NEGATORS else first.negated
    else:
        negators, negated_words, _ = f.counts()
        # a term that carries its own negator ("ohne Anmeldung", "kann ich nicht sagen")
        # is negated only from outside, i.e. by a negator before it
        if own_negator and negators[last + 1] > negators[start]:
            negated = _negated_from_outside(f, start)
        else:
            negated = negated_words[last + 1] > negated_words[start]
    return _Hit(
        field=number,
        sentence=first.sentence,
        clause=first.clause,
        first=start,
        last=last,
        negated=negated,
        hypothetical=first.hypothetical,
        own=first.own,
        other=first.other,
    )


def _negated_from_outside(f: _Field, start: int) -> bool:
    """Whether a negator before the term, in its clause, reaches its first word."""
    if not f.analysis.tokens[start].negated:
        return False
    return f.counts()[2][start] >= 0


def _covers(lists: list[list[_Hit]], window: int | None) -> list[_Hit] | None:
    """The hits of one sentence if each group has one (within ``window`` words)."""
    if window is None:
        return [h for hits in lists for h in hits]
    # the smallest span that holds one hit of every group
    events = sorted(
        ((h.first, g, h) for g, hits in enumerate(lists) for h in hits), key=lambda e: e[:2]
    )
    need = len(lists)
    counts = [0] * need
    have = 0
    left = 0
    best: tuple[int, int] | None = None
    for right, (pos, g, _h) in enumerate(events):
        counts[g] += 1
        if counts[g] == 1:
            have += 1
        while have == need:
            lpos, lg, _ = events[left]
            if best is None or pos - lpos < best[1] - best[0]:
                best = (left, right)
            counts[lg] -= 1
            if counts[lg] == 0:
                have -= 1
            left += 1
    if best is None or events[best[1]][0] - events[best[0]][0] > window:
        return None
    return [h for _, _, h in events[best[0] : best[1] + 1]]


def _pattern_hits(pattern: TextPattern, doc: _Document) -> list[_Hit]:
    sentence_groups = pattern.sentence_groups
    present = doc.present
    for g in sentence_groups:
        if g.first_atoms.isdisjoint(present):
            return []
    note_hits: list[_Hit] = []
    for g in pattern.note_groups:
        found = doc.hits(g)
        if not found and not (doc.context & set(g.context)):
            return []
        note_hits.extend(found)
    for g in pattern.unless_note:
        if doc.hits(g):
            return []
    # an exception with scope "teilsatz" excuses only its clause ("Der Vermieter hat mir
    # erzählt, | das Jobcenter habe ihm … geschickt": the reporting clause, not the report)
    clauses_excused = {(h.field, h.clause) for g in pattern.unless_clause for h in doc.hits(g)}
    per_group: list[dict[tuple[int, int], list[_Hit]]] = []
    for g in sentence_groups:
        by_sentence: dict[tuple[int, int], list[_Hit]] = {}
        for h in doc.hits(g):
            # (the words that only set the scene, "carry", stay: "der Vermieter" above)
            if clauses_excused and not g.carry and (h.field, h.clause) in clauses_excused:
                continue
            # with span 2, a word also counts for the next sentence ("Mittwoch ruft die
            # Chefin an. Sie sagt, das Jobcenter habe angerufen.")
            for later in range(pattern.span if g.carry else 1):
                by_sentence.setdefault((h.field, h.sentence + later), []).append(h)
        if not by_sentence:
            return []
        per_group.append(by_sentence)
    common = set(per_group[0])
    for other in per_group[1:]:
        common &= set(other)
    if not common:
        return []
    excused: set[tuple[int, int]] = set()
    for g in pattern.unless_sentence:
        for h in doc.hits(g):
            # an exception marked "carry" also excuses the following sentence(s)
            for later in range(pattern.span if g.carry else 1):
                excused.add((h.field, h.sentence + later))

    result: list[_Hit] = []
    for place in sorted(common - excused):
        covered = _covers([groups[place] for groups in per_group], pattern.window)
        if covered:
            result.extend(covered)
    if result:
        result.extend(note_hits)
    return result


def _evidence(doc: _Document, hits: Iterable[_Hit]) -> list[Evidence]:
    out: list[Evidence] = []
    for h in hits:
        f = doc.fields[h.field]
        tokens = f.analysis.tokens
        start, end = tokens[h.first].start, tokens[h.last].end
        out.append(Evidence(f.name, start, end, f.analysis.text[start:end]))
    return out


@dataclass(frozen=True)
class _Plan:
    """The text patterns in order, and for each word's atom the patterns it may start:
    a pattern needs a word of each of its sentence groups, so it is tried only when a word
    of its rarest group is in the note (most notes touch few of the many patterns)."""

    patterns: tuple[tuple[str, TextPattern], ...]
    by_atom: dict[int, tuple[int, ...]]


def _plan(rs: RuleSet) -> _Plan:
    cached = getattr(rs, "_plan", None)
    if isinstance(cached, _Plan):
        return cached
    patterns = tuple(
        (rule_id, pattern) for rule_id, compiled in rs.rules.items() for pattern in compiled.text
    )
    table: dict[int, list[int]] = {}
    for number, (_rule_id, pattern) in enumerate(patterns):
        key = min(pattern.sentence_groups, key=lambda g: len(g.first_atoms))
        for atom in key.first_atoms:
            table.setdefault(atom, []).append(number)
    plan = _Plan(patterns, {atom: tuple(numbers) for atom, numbers in table.items()})
    object.__setattr__(rs, "_plan", plan)
    return plan


def _check_document(doc: _Document, rs: RuleSet) -> dict[str, list[Evidence]]:
    found: dict[str, list[Evidence]] = {}
    plan = _plan(rs)
    candidates: set[int] = set()
    by_atom = plan.by_atom
    for atom in doc.present:
        numbers = by_atom.get(atom)
        if numbers:
            candidates.update(numbers)
    for number in sorted(candidates):
        rule_id, pattern = plan.patterns[number]
        hits = _pattern_hits(pattern, doc)
        if hits:
            found.setdefault(rule_id, []).extend(_evidence(doc, hits))
    return found


def _findings(found: Mapping[str, list[Evidence]], order: Sequence[str]) -> list[Finding]:
    rank = {name: i for i, name in enumerate(order)}
    result: list[Finding] = []
    for rule_id in sorted(found):
        unique = sorted(
            set(found[rule_id]),
            key=lambda e: (rank.get(e.field, len(rank)), e.start, e.end, e.text),
        )
        result.append(Finding(rule_id, tuple(unique)))
    return result


def check_text(text: str, *, field: str = "notes", rules: Path | None = None) -> list[Finding]:
    """Findings in one free text (pure and deterministic); ``rules``: another rules folder."""
    rs = ruleset(rules)
    doc = _Document([_prepare(field, text, rs.lexicon)])
    found = _check_document(doc, rs)
    if model.ENABLED:
        found = _with_model(found, doc, {field})
    return _findings(found, [field])


_FREE_TEXT = frozenset({"notes", "outcome", "follow_up"})


def _with_model(
    found: dict[str, list[Evidence]], doc: _Document, vetoable: Iterable[str]
) -> dict[str, list[Evidence]]:
    """The rules' findings after the model's veto and additions (``model.ENABLED``)."""
    free = set(vetoable)
    texts = [model.Text(f.name, f.analysis, f.name in free) for f in doc.fields]
    return model.combine(found, texts, model.load(), evidence=Evidence)


# ------------------------------------------------------------------ structured


def _value(record: Mapping[str, Any], key: str) -> Any:
    if key.startswith("details."):
        details = record.get("details")
        return details.get(key[8:]) if isinstance(details, Mapping) else None
    return record.get(key)


def _holds(condition: Condition, record: Mapping[str, Any]) -> bool:
    value = _value(record, condition.key)
    op, want = condition.op, condition.value
    if op == "missing":
        return (value is None) == bool(want)
    if op == "eq":
        return bool(value is want if isinstance(want, bool) else value == want)
    if op == "in":
        return bool(value in want)
    if op == "ne":
        return bool(value != want)
    if op == "nonempty":
        filled = bool(value.strip()) if isinstance(value, str) else bool(value)
        return filled == bool(want)
    if op == "any_of":
        return isinstance(value, list | tuple) and any(v in want for v in value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return bool(
        {"gt": value > want, "ge": value >= want, "lt": value < want, "le": value <= want}[op]
    )


def _matches(trigger: StructuredTrigger, record: Mapping[str, Any]) -> bool:
    return all(_holds(c, record) for c in trigger.where) and not (
        trigger.unless and all(_holds(c, record) for c in trigger.unless)
    )


def _document_record(doc: DocumentData, method: str) -> dict[str, Any]:
    from app.catalogue import document_types

    kind = document_types().get(doc.type)
    return {
        "type": doc.type,
        "label": kind.label if kind else doc.type,
        "method": method,
        "original": doc.original,
        "copied_by_jobcenter": doc.copied_by_jobcenter,
        "scanned_by_jobcenter": doc.scanned_by_jobcenter,
        "copied_or_scanned": doc.copied_by_jobcenter or doc.scanned_by_jobcenter,
        "consent_asked": doc.consent_asked,
        "receipt": doc.receipt,
        "original_returned": doc.original_returned,
        "identity": bool(kind and kind.identity),
        "health": bool(kind and kind.health),
        "description": doc.description,
    }


def _handover_name(index: int) -> str:
    return "handover" if index == 0 else f"handover[{index}]"


def check_entry(
    contact: ContactData, handovers: Sequence[HandoverData] = (), *, rules: Path | None = None
) -> list[Finding]:
    """Findings for one diary entry: its texts, its structured answers and its handovers.

    ``rules`` is the folder of rule files (default: the shipped ``app/resources/rules``).
    """
    rs = ruleset(rules)
    texts: list[tuple[str, str]] = [
        ("notes", contact.notes),
        ("outcome", contact.outcome),
        ("follow_up", contact.follow_up),
    ]
    texts += [(f"details.{key}", value) for key, value in contact.answers.text_answers()]
    for i, handover in enumerate(handovers):
        name = _handover_name(i)
        texts.append((f"{name}.notes", handover.notes))
        for j, document in enumerate(handover.documents):
            texts.append((f"{name}.documents[{j}].description", document.description))
    fields = [_prepare(name, text, rs.lexicon) for name, text in texts if text]
    context = {f"channel:{contact.channel}"}
    if contact.companion.strip():
        context.add("companion")
    doc = _Document(fields, frozenset(context))
    found = _check_document(doc, rs)

    entry = {
        "channel": contact.channel,
        "companion": contact.companion,
        "counterpart": contact.counterpart,
        "location": contact.location,
        "details": contact.details,
    }
    order = [name for name, _ in texts]
    for rule_id, compiled in rs.rules.items():
        for trigger in compiled.structured:
            if trigger.on == "entry":
                if _matches(trigger, entry):
                    name = next(
                        (c.key for c in trigger.where if c.key.startswith("details.")),
                        trigger.where[0].key,
                    )
                    found.setdefault(rule_id, []).append(Evidence(name, -1, -1, trigger.evidence))
                continue
            for i, handover in enumerate(handovers):
                for j, document in enumerate(handover.documents):
                    record = _document_record(document, handover.method)
                    if _matches(trigger, record):
                        text = trigger.evidence.replace("{label}", str(record["label"]))
                        name = f"{_handover_name(i)}.documents[{j}]"
                        found.setdefault(rule_id, []).append(Evidence(name, -1, -1, text))
                        order.append(name)
    if model.ENABLED:
        found = _with_model(found, doc, _FREE_TEXT)
    return _findings(found, order)
