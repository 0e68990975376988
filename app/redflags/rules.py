"""Rule files (``app/resources/rules/*.toml``): read, checked and compiled at load.

A broken rule file is refused with a German message that names the file, the
rule and the field, so whoever edits the rules sees at once what to fix. The
shared vocabulary lives in ``_begriffe.toml``; a rule file may add its own
``[concepts]``. See ``app/resources/rules/README.md`` for the format.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from app.errors import AmtsError
from app.i18n import _
from app.paths import RESOURCES
from app.redflags.lexicon import Alternative, Lexicon, term_error

RULES_DIR = RESOURCES / "rules"
CONCEPTS_FILE = "_begriffe.toml"

LETTERS_FILE = RESOURCES / "letters" / "briefe.toml"
_RULE_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def rule_ids(folder: Path = RULES_DIR) -> tuple[str, ...]:
    """The ids of the rules in ``folder``: one file ``<id>.toml`` each (not ``_…``)."""
    return tuple(sorted(p.stem for p in folder.glob("*.toml") if not p.name.startswith("_")))


def _letter_ids() -> tuple[str, ...]:
    """The letter types a rule may suggest: the ids of ``briefe.toml``."""
    with LETTERS_FILE.open("rb") as handle:
        kinds = tomllib.load(handle).get("brief", [])
    return tuple(str(kind["id"]) for kind in kinds if isinstance(kind, dict) and "id" in kind)


# The shipped rules and letters, read from their data (a new rule is one new file).
RULE_IDS = rule_ids()
LETTER_IDS = _letter_ids()
SEVERITIES = ("hoch", "mittel", "hinweis")  # most important first


def severity_rank(severity: str) -> int:
    """0 for the most important severity; an unknown one comes last."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


# Fields a structured trigger may test. Documents: one document of a handover.
DOCUMENT_FIELDS = frozenset(
    {
        "type",
        "method",
        "original",
        "copied_by_jobcenter",
        "scanned_by_jobcenter",
        "copied_or_scanned",
        "consent_asked",
        "receipt",
        "original_returned",
        "identity",
        "health",
        "description",
    }
)
ENTRY_FIELDS = frozenset({"channel", "companion", "counterpart", "location"})
OPERATORS = frozenset({"gt", "ge", "lt", "le", "ne", "nonempty", "any_of", "missing"})


class RuleFileError(AmtsError):
    """A rule file that cannot be used; the message names file, rule and field."""

    def __init__(self, file: str, problem: str, *, rule: str = "", field: str = "") -> None:
        where = f"Die Regeldatei „{file}“ ist fehlerhaft"
        if rule:
            where += f", Regel „{rule}“"
        if field:
            where += f", Feld „{field}“"
        super().__init__(f"{where}: {problem}.")
        self.file, self.rule, self.field, self.problem = file, rule, field, problem


class LegalReference(NamedTuple):
    """One entry of a rule's ``legal_basis``: the norm, what it says here, where to read it."""

    norm: str
    summary: str
    source: str  # an https:// address of the norm, the decision or the authority's report


AM = "{am}"  # the place in ``letter_fact`` where "am TT.MM.JJJJ" goes


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explanation: str
    legal_basis: tuple[tuple[str, str], ...]  # (norm, summary), as shown with the finding
    severity: str
    letters: tuple[str, ...]
    # the fact as the user states it in a letter or complaint, first person, with one
    # "{am}"; empty only for a rule that suggests no letters (see letter_fact_on)
    letter_fact: str = ""
    # the norms (a subset of legal_basis) that fit a letter or complaint about that fact
    letter_norms: tuple[str, ...] = ()
    legal_sources: tuple[str, ...] = ()  # the source of each legal_basis entry, same order

    # What the interface shows, in its language (app/i18n; the catalogue takes these
    # fields from the rule files). ``title``, ``explanation`` and ``legal_basis`` stay
    # the German source texts.
    @property
    def shown_title(self) -> str:
        return _(self.title)

    @property
    def shown_explanation(self) -> str:
        return _(self.explanation)

    @property
    def shown_legal_basis(self) -> tuple[tuple[str, str], ...]:
        return tuple((norm, _(summary)) for norm, summary in self.legal_basis)

    @property
    def references(self) -> tuple[LegalReference, ...]:
        """``legal_basis`` with the source of each entry."""
        missing = len(self.legal_basis) - len(self.legal_sources)
        sources = self.legal_sources + ("",) * max(missing, 0)
        return tuple(
            LegalReference(norm, summary, source)
            for (norm, summary), source in zip(self.legal_basis, sources, strict=False)
        )

    def source_of(self, norm: str) -> str:
        """The source address of ``norm`` (one of ``legal_basis``), or "" if not cited."""
        for ref in self.references:
            if ref.norm == norm:
                return ref.source
        return ""

    def letter_fact_on(self, day: date | None) -> str:
        """See :func:`letter_fact_on`."""
        return letter_fact_on(self, day)


def letter_fact_on(rule: Rule, day: date | None) -> str:
    """The rule's ``letter_fact`` with "am TT.MM.JJJJ" for ``{am}``, or without it.

    Without a date the placeholder is dropped and the spaces are collapsed, so
    "Das Jobcenter hat {am} meinen Ausweis kopiert." reads "Das Jobcenter hat
    meinen Ausweis kopiert." A rule without a letter fact gives "".
    """
    filled = rule.letter_fact.replace(AM, f"am {day:%d.%m.%Y}" if day is not None else "")
    return re.sub(r"\s+", " ", filled).strip()


@dataclass(frozen=True)
class Group:
    key: int  # the same vocabulary has the same key (its hits are computed once)
    label: str
    alternatives: tuple[Alternative, ...]
    exclude: frozenset[int]  # single words that look right but are not meant
    exclude_depth: dict[int, int]  # how deep in nested concepts each exclusion was written
    named_depth: dict[int, int]  # the same for the group's single words
    exclude_phrases: tuple[Alternative, ...]  # "!mann vom": excluded only as the whole phrase
    first_atoms: frozenset[int]
    by_first: dict[int, tuple[Alternative, ...]]  # the alternatives by their first word
    negated: str  # "nein": only un-negated words count, "ja": only negated, "egal"
    scope: str  # "satz", "notiz", or (only for an ``unless`` group) "teilsatz"
    not_own: bool  # a match in the user's own act ("ich habe … selbst kopiert") does not count
    not_other: bool  # a match in someone else's act ("sie hat … aufgenommen") does not count
    in_question: bool  # a match in an indirect question counts ("gefragt, welche Medikamente")
    carry: bool  # with the pattern's span, a match also counts for the following sentence(s)
    context: tuple[str, ...]  # entry facts that stand in for the words ("channel:hausbesuch")


@dataclass(frozen=True)
class TextPattern:
    name: str
    groups: tuple[Group, ...]
    window: int | None
    span: int  # the groups may be spread over this many consecutive sentences
    unless: tuple[Group, ...]
    unless_note: tuple[Group, ...]
    sentence_groups: tuple[Group, ...] = ()
    note_groups: tuple[Group, ...] = ()
    unless_sentence: tuple[Group, ...] = ()  # the exceptions that excuse their sentence
    unless_clause: tuple[Group, ...] = ()  # scope "teilsatz": they excuse only their clause

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "unless_sentence", tuple(g for g in self.unless if g.scope != "teilsatz")
        )
        object.__setattr__(
            self, "unless_clause", tuple(g for g in self.unless if g.scope == "teilsatz")
        )
        object.__setattr__(
            self, "sentence_groups", tuple(g for g in self.groups if g.scope == "satz")
        )
        object.__setattr__(self, "note_groups", tuple(g for g in self.groups if g.scope == "notiz"))


@dataclass(frozen=True)
class Condition:
    key: str
    op: str  # "eq", "in", or one of OPERATORS
    value: Any


@dataclass(frozen=True)
class StructuredTrigger:
    on: str  # "entry" or "document"
    where: tuple[Condition, ...]
    unless: tuple[Condition, ...]
    evidence: str


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    text: tuple[TextPattern, ...]
    structured: tuple[StructuredTrigger, ...]


@dataclass(frozen=True)
class RuleSet:
    rules: dict[str, CompiledRule]
    lexicon: Lexicon


def _by_first(alternatives: tuple[Alternative, ...]) -> dict[int, tuple[Alternative, ...]]:
    table: dict[int, list[Alternative]] = {}
    for alt in alternatives:
        table.setdefault(alt[0].atom, []).append(alt)
    return {atom: tuple(alts) for atom, alts in table.items()}


# ------------------------------------------------------------------ legal texts

_ADDRESSING = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")
_FIRST_PERSON = re.compile(r"\b(ich|mich|mir|mein\w*)\b", re.IGNORECASE)
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_ABBREVIATIONS = ("z. B.", "d. h.", "u. a.", "bzw.", "Abs.", "Nr.", "Art.", "ggf.", "usw.")


def _letter_fact_error(text: str) -> str:
    """Why ``text`` is not a usable letter fact, or ""."""
    if text.count(AM) != 1:
        return "es muss genau einmal {am} vorkommen (dort steht im Brief „am TT.MM.JJJJ“)"
    if re.search(r"[{}]", text.replace(AM, "")):
        return "außer {am} sind keine geschweiften Klammern erlaubt"
    at = text.index(AM)
    before, after = text[:at], text[at + len(AM) :]
    if not before.endswith(" ") or not after.startswith(" "):
        return "{am} muss zwischen zwei Wörtern stehen, damit der Satz auch ohne Datum stimmt"
    if not text[0].isupper():
        return "der Satz muss mit einem Großbuchstaben beginnen"
    if not text.endswith("."):
        return "der Satz muss mit einem Punkt enden"
    inner = text[:-1]
    for abbreviation in _ABBREVIATIONS:
        inner = inner.replace(abbreviation, abbreviation.replace(".", ""))
    if _SENTENCE_INSIDE.search(inner) or "!" in text or "?" in text:
        return "erwartet wird genau ein Satz"
    if not _FIRST_PERSON.search(text):
        return "der Satz muss in der Ich-Form stehen (ich, mich, mir, mein …)"
    if found := _ADDRESSING.search(text):
        return f"der Satz darf die Leserin nicht anreden („{found.group(0)}“); er steht in der Ich-Form"
    return ""


def _source_error(source: Any) -> str:
    if not isinstance(source, str) or not source.strip():
        return "die Quelle fehlt (die Adresse der Norm oder Entscheidung, https://…)"
    if not source.startswith("https://") or len(source) <= len("https://"):
        return "die Quelle muss eine Adresse sein, die mit https:// beginnt"
    if re.search(r"\s", source):
        return "die Adresse der Quelle darf keine Leerzeichen enthalten"
    return ""


# ------------------------------------------------------------------ reading


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(path.name, f"kein gültiges TOML ({exc})") from exc
    except OSError as exc:
        raise RuleFileError(path.name, f"nicht lesbar ({exc.strerror or exc})") from exc


class _GroupFlags(NamedTuple):
    negated: str
    scope: str
    not_own: bool
    not_other: bool
    in_question: bool
    carry: bool
    context: tuple[str, ...]


class _Compiler:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lexicon = Lexicon()
        self.global_concepts: dict[str, list[str]] = {}
        self._group_keys: dict[tuple[tuple[str, ...], ...], int] = {}
        self.file = CONCEPTS_FILE
        self.rule = ""

    def fail(self, field: str, problem: str) -> RuleFileError:
        return RuleFileError(self.file, problem, rule=self.rule, field=field)

    # ---------------------------------------------------------- vocabulary
    def load_concepts(self) -> None:
        path = self.folder / CONCEPTS_FILE
        if not path.exists():
            return
        data = _read(path)
        unknown = set(data) - {"concepts", "typos"}
        if unknown:
            raise self.fail(sorted(unknown)[0], "unbekanntes Feld")
        self.global_concepts = self._concept_table(data.get("concepts", {}), "concepts")
        typos = data.get("typos", {})
        never = typos.get("never", []) if isinstance(typos, dict) else None
        if not isinstance(never, list) or not all(isinstance(w, str) for w in never):
            raise self.fail("typos.never", "erwartet wird eine Liste von Wörtern")
        self.lexicon = Lexicon(frozenset(never))

    def _concept_table(self, table: Any, field: str) -> dict[str, list[str]]:
        if not isinstance(table, dict):
            raise self.fail(field, "erwartet wird eine Tabelle von Begriffslisten")
        result: dict[str, list[str]] = {}
        for name, terms in table.items():
            where = f"{field}.{name}"
            if not isinstance(terms, list) or not terms:
                raise self.fail(where, "erwartet wird eine nicht leere Liste von Begriffen")
            for term in terms:
                if not isinstance(term, str):
                    raise self.fail(where, "jeder Begriff muss Text sein")
                if not term.startswith("@") and (problem := term_error(term)):
                    raise self.fail(where, problem)
            result[str(name)] = list(terms)
        return result

    def expand_depth(
        self, terms: list[str], local: dict[str, list[str]], field: str, seen: tuple[str, ...] = ()
    ) -> list[tuple[str, int]]:
        """The terms with their nesting depth (0: written in the group itself)."""
        out: list[tuple[str, int]] = []
        for term in terms:
            if term.startswith(("@", "!@")):
                negate = term.startswith("!")
                name = term.lstrip("!@")
                if name in seen:
                    raise self.fail(field, f"der Begriff „@{name}“ verweist auf sich selbst")
                found = local.get(name, self.global_concepts.get(name))
                if found is None:
                    raise self.fail(field, f"der Begriff „@{name}“ ist nirgends festgelegt")
                inner = self.expand_depth(found, local, field, (*seen, name))
                if negate:
                    inner = [(t if t.startswith("!") else "!" + t, d) for t, d in inner]
                out.extend((t, d + 1) for t, d in inner)
            else:
                if problem := term_error(term):
                    raise self.fail(field, problem)
                out.append((term, 0))
        return out

    def group(self, spec: Any, local: dict[str, list[str]], field: str) -> Group:
        options = self._group_options(spec, field)
        raw = options.get("terms")
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not raw or not all(isinstance(t, str) for t in raw):
            raise self.fail(f"{field}.terms", "erwartet wird eine nicht leere Liste von Begriffen")
        deep = self.expand_depth(raw, local, f"{field}.terms")
        terms = [t for t, _ in deep]
        flags = self._group_flags(options, field)
        positive = [t for t in terms if not t.startswith("!")]
        if not positive:
            raise self.fail(f"{field}.terms", "es fehlt ein Begriff, der zutreffen soll")
        alternatives = tuple(self.lexicon.alternative(t) for t in positive)
        exclude_depth, named_depth, excluded_phrases = self._depths(deep, alternatives)
        exclude = frozenset(exclude_depth)
        exclude_phrases = tuple(excluded_phrases)
        signature = (
            *tuple(sorted(tuple(str(s.atom) for s in alt) for alt in alternatives)),
            tuple(sorted(f"{a}:{d}" for a, d in exclude_depth.items())),
            tuple(sorted(f"{a}:{d}" for a, d in named_depth.items())),
            tuple(sorted(" ".join(str(s.atom) for s in alt) for alt in exclude_phrases)),
        )
        key = self._group_keys.setdefault(signature, len(self._group_keys))
        label = ", ".join(str(t) for t in raw)
        return Group(
            key=key,
            label=label,
            alternatives=alternatives,
            exclude=exclude,
            exclude_depth=exclude_depth,
            named_depth=named_depth,
            exclude_phrases=exclude_phrases,
            first_atoms=frozenset(alt[0].atom for alt in alternatives),
            by_first=_by_first(alternatives),
            negated=flags.negated,
            scope=flags.scope,
            not_own=flags.not_own,
            not_other=flags.not_other,
            in_question=flags.in_question,
            carry=flags.carry,
            context=flags.context,
        )

    def _group_options(self, spec: Any, field: str) -> dict[str, Any]:
        """A term group as a table: a term, a list of terms or a table of options."""
        options: dict[str, Any]
        if isinstance(spec, str):
            options = {"terms": [spec]}
        elif isinstance(spec, list):
            options = {"terms": spec}
        elif isinstance(spec, dict):
            options = dict(spec)
        else:
            raise self.fail(field, "erwartet wird ein Begriff, eine Liste oder eine Tabelle")
        unknown = set(options) - {
            "terms",
            "negated",
            "scope",
            "not_own",
            "not_other",
            "in_question",
            "carry",
            "context",
        }
        if unknown:
            raise self.fail(f"{field}.{sorted(unknown)[0]}", "unbekanntes Feld")
        return options

    def _group_flags(self, options: dict[str, Any], field: str) -> _GroupFlags:
        """The options of a term group beside its terms, checked."""
        negated = options.get("negated", False)
        if negated is True:
            negated_mode = "ja"
        elif negated is False:
            negated_mode = "nein"
        elif negated == "egal":
            negated_mode = "egal"
        else:
            raise self.fail(f"{field}.negated", 'erlaubt sind true, false oder "egal"')
        scope = options.get("scope", "satz")
        if scope not in ("satz", "notiz", "teilsatz"):
            raise self.fail(f"{field}.scope", 'erlaubt sind "satz", "notiz" oder "teilsatz"')
        if scope == "teilsatz" and ".unless" not in field:
            raise self.fail(f"{field}.scope", '"teilsatz" gibt es nur für eine Ausnahme (unless)')
        not_own = options.get("not_own", False)
        if not isinstance(not_own, bool):
            raise self.fail(f"{field}.not_own", "erwartet wird true oder false")
        not_other = options.get("not_other", False)
        if not isinstance(not_other, bool):
            raise self.fail(f"{field}.not_other", "erwartet wird true oder false")
        in_question = options.get("in_question", False)
        if not isinstance(in_question, bool):
            raise self.fail(f"{field}.in_question", "erwartet wird true oder false")
        carry = options.get("carry", False)
        if not isinstance(carry, bool):
            raise self.fail(f"{field}.carry", "erwartet wird true oder false")
        context = options.get("context", [])
        if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
            raise self.fail(f"{field}.context", "erwartet wird eine Liste von Angaben")
        return _GroupFlags(
            negated_mode, scope, not_own, not_other, in_question, carry, tuple(context)
        )

    def _depths(
        self, deep: list[tuple[str, int]], alternatives: tuple[Alternative, ...]
    ) -> tuple[dict[int, int], dict[int, int], list[Alternative]]:
        """How deep each excluded and each named word sits, and the excluded phrases."""
        # an exclusion does not reach a word the group names at a shallower level
        # ("schwerbehindertenausweis*" next to "@ausweis", which excludes it);
        # a phrase ("!mann vom") excludes only where the whole phrase stands
        exclude_depth: dict[int, int] = {}
        excluded_phrases: list[Alternative] = []
        for t, d in deep:
            if t[0] != "!":
                continue
            alt = self.lexicon.alternative(t[1:], literal=True)
            if len(alt) > 1:
                excluded_phrases.append(alt)
            else:
                exclude_depth[alt[0].atom] = min(d, exclude_depth.get(alt[0].atom, d))
        named_depth: dict[int, int] = {}
        for (_t, d), alt in zip([x for x in deep if x[0][0] != "!"], alternatives, strict=True):
            if len(alt) == 1:
                named_depth[alt[0].atom] = min(d, named_depth.get(alt[0].atom, d))
        return exclude_depth, named_depth, excluded_phrases

    # ---------------------------------------------------------- rules
    def rule_file(self, path: Path) -> CompiledRule:
        self.file = path.name
        self.rule = ""
        data = _read(path)
        rule_id = data.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            raise self.fail("id", "die Kennung fehlt")
        self.rule = rule_id
        if not _RULE_ID.match(rule_id):
            raise self.fail("id", "erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche")
        allowed = {
            "id",
            "title",
            "explanation",
            "legal_basis",
            "severity",
            "letters",
            "letter_fact",
            "letter_norms",
            "concepts",
            "text",
            "structured",
        }
        unknown = set(data) - allowed
        if unknown:
            raise self.fail(sorted(unknown)[0], "unbekanntes Feld")
        for name in ("title", "explanation"):
            value = data.get(name)
            if not isinstance(value, str) or not value.strip():
                raise self.fail(name, "fehlt oder ist leer")
        severity = data.get("severity")
        if severity not in SEVERITIES:
            raise self.fail("severity", f"erlaubt sind {', '.join(SEVERITIES)}")
        letters = data.get("letters", [])
        if not isinstance(letters, list) or not all(isinstance(x, str) for x in letters):
            raise self.fail("letters", "erwartet wird eine Liste von Brief-Kennungen")
        for letter in letters:
            if letter not in LETTER_IDS:
                raise self.fail("letters", f"unbekannter Brief „{letter}“")
        basis, sources = self._legal_basis(data)
        letter_fact = self._letter_fact(data, bool(letters))
        letter_norms = self._letter_norms(data, bool(letters), [norm for norm, _ in basis])
        local = self._concept_table(data.get("concepts", {}), "concepts")
        text = tuple(
            self.text_pattern(spec, local, f"text[{i}]")
            for i, spec in enumerate(self._tables(data, "text"))
        )
        structured = tuple(
            self.structured(spec, f"structured[{i}]")
            for i, spec in enumerate(self._tables(data, "structured"))
        )
        if not text and not structured:
            raise self.fail("text", "die Regel hat keinen Auslöser")
        rule = Rule(
            id=rule_id,
            title=data["title"].strip(),
            explanation=data["explanation"].strip(),
            legal_basis=tuple(basis),
            severity=str(severity),
            letters=tuple(letters),
            letter_fact=letter_fact,
            letter_norms=letter_norms,
            legal_sources=tuple(sources),
        )
        return CompiledRule(rule, text, structured)

    def _legal_basis(self, data: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str]]:
        """``legal_basis``: (norm, summary) pairs and the source of each, checked."""
        basis_raw = data.get("legal_basis")
        if not isinstance(basis_raw, list) or not basis_raw:
            raise self.fail("legal_basis", "mindestens eine Rechtsgrundlage wird gebraucht")
        basis: list[tuple[str, str]] = []
        sources: list[str] = []
        for i, item in enumerate(basis_raw):
            field = f"legal_basis[{i}]"
            if not isinstance(item, dict) or not {"norm", "summary"} <= set(item):
                raise self.fail(
                    field, 'erwartet wird { norm = "…", summary = "…", source = "https://…" }'
                )
            if unknown_keys := set(item) - {"norm", "summary", "source"}:
                raise self.fail(f"{field}.{sorted(unknown_keys)[0]}", "unbekanntes Feld")
            for key in ("norm", "summary"):
                if not isinstance(item[key], str) or not item[key].strip():
                    raise self.fail(f"{field}.{key}", "darf nicht leer sein")
            if item["norm"] in (norm for norm, _ in basis):
                raise self.fail(f"{field}.norm", f"„{item['norm']}“ steht schon in der Liste")
            source = item.get("source")
            if source is None:
                raise self.fail(
                    f"{field}.source",
                    "die Quelle fehlt (die Adresse der Norm oder Entscheidung, https://…)",
                )
            if problem := _source_error(source):
                raise self.fail(f"{field}.source", problem)
            basis.append((item["norm"].strip(), item["summary"].strip()))
            sources.append(str(source))
        return basis, sources

    def _letter_fact(self, data: dict[str, Any], has_letters: bool) -> str:
        value = data.get("letter_fact")
        if value is None:
            raise self.fail(
                "letter_fact",
                "fehlt (ein Satz in der Ich-Form mit {am}; leer nur bei einer Regel ohne Briefe)",
            )
        if not isinstance(value, str):
            raise self.fail("letter_fact", "erwartet wird Text")
        value = " ".join(value.split())
        if not value:
            if has_letters:
                raise self.fail(
                    "letter_fact", "darf nur leer sein, wenn die Regel keine Briefe vorschlägt"
                )
            return ""
        if problem := _letter_fact_error(value):
            raise self.fail("letter_fact", problem)
        return value

    def _letter_norms(
        self, data: dict[str, Any], has_letters: bool, cited: list[str]
    ) -> tuple[str, ...]:
        value = data.get("letter_norms")
        if value is None:
            raise self.fail("letter_norms", "fehlt (die Normen für einen Brief zu diesem Fund)")
        if not isinstance(value, list) or not all(isinstance(n, str) for n in value):
            raise self.fail("letter_norms", "erwartet wird eine Liste von Normen")
        if not value and has_letters:
            raise self.fail(
                "letter_norms", "darf nur leer sein, wenn die Regel keine Briefe vorschlägt"
            )
        seen: list[str] = []
        for norm in value:
            if norm not in cited:
                raise self.fail(
                    "letter_norms",
                    f"„{norm}“ steht nicht in legal_basis (dort mit Zusammenfassung und Quelle "
                    "eintragen)",
                )
            if norm in seen:
                raise self.fail("letter_norms", f"„{norm}“ steht doppelt in der Liste")
            seen.append(norm)
        return tuple(seen)

    def _tables(self, data: dict[str, Any], name: str) -> list[dict[str, Any]]:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(name, f"erwartet wird eine Liste von Tabellen ([[{name}]])")
        return value

    def text_pattern(
        self, spec: dict[str, Any], local: dict[str, list[str]], field: str
    ) -> TextPattern:
        unknown = set(spec) - {"name", "all", "window", "span", "unless", "unless_note"}
        if unknown:
            raise self.fail(f"{field}.{sorted(unknown)[0]}", "unbekanntes Feld")
        groups_raw = spec.get("all")
        if not isinstance(groups_raw, list) or not groups_raw:
            raise self.fail(
                f"{field}.all", "erwartet wird eine nicht leere Liste von Begriffsgruppen"
            )
        groups = tuple(self.group(g, local, f"{field}.all[{i}]") for i, g in enumerate(groups_raw))
        if not any(g.scope == "satz" for g in groups):
            raise self.fail(f"{field}.all", "mindestens eine Gruppe muss im Satz gesucht werden")
        window = spec.get("window")
        if window is not None and (not isinstance(window, int) or window < 1):
            raise self.fail(f"{field}.window", "erwartet wird eine ganze Zahl ab 1")
        span = spec.get("span", 1)
        if not isinstance(span, int) or not 1 <= span <= 3:
            raise self.fail(f"{field}.span", "erwartet wird 1, 2 oder 3 (Sätze)")
        unless: list[tuple[Group, ...]] = []
        for name in ("unless", "unless_note"):
            raw = spec.get(name, [])
            if not isinstance(raw, list):
                raise self.fail(f"{field}.{name}", "erwartet wird eine Liste von Begriffsgruppen")
            unless.append(
                tuple(self.group(g, local, f"{field}.{name}[{i}]") for i, g in enumerate(raw))
            )
        name = spec.get("name", field)
        if not isinstance(name, str):
            raise self.fail(f"{field}.name", "erwartet wird Text")
        return TextPattern(name, groups, window, span, unless[0], unless[1])

    def structured(self, spec: dict[str, Any], field: str) -> StructuredTrigger:
        unknown = set(spec) - {"on", "where", "unless", "evidence"}
        if unknown:
            raise self.fail(f"{field}.{sorted(unknown)[0]}", "unbekanntes Feld")
        on = spec.get("on")
        if on not in ("entry", "document"):
            raise self.fail(f"{field}.on", 'erlaubt sind "entry" oder "document"')
        evidence = spec.get("evidence")
        if not isinstance(evidence, str) or not evidence.strip():
            raise self.fail(f"{field}.evidence", "der Hinweistext fehlt")
        where = self.conditions(spec.get("where"), str(on), f"{field}.where", required=True)
        unless = self.conditions(spec.get("unless", {}), str(on), f"{field}.unless")
        return StructuredTrigger(str(on), where, unless, evidence.strip())

    def conditions(
        self, raw: Any, on: str, field: str, *, required: bool = False
    ) -> tuple[Condition, ...]:
        if not isinstance(raw, dict) or (required and not raw):
            raise self.fail(field, "erwartet wird eine Tabelle von Bedingungen")
        result: list[Condition] = []
        for key, value in raw.items():
            where = f"{field}.{key}"
            known = DOCUMENT_FIELDS if on == "document" else ENTRY_FIELDS
            if key not in known and not (on == "entry" and key.startswith("details.")):
                raise self.fail(where, "dieses Feld gibt es nicht")
            if isinstance(value, dict):
                if len(value) != 1 or next(iter(value)) not in OPERATORS:
                    raise self.fail(
                        where, f"erlaubt ist ein Vergleich aus {', '.join(sorted(OPERATORS))}"
                    )
                op, operand = next(iter(value.items()))
                result.append(Condition(key, op, operand))
            elif isinstance(value, list):
                result.append(Condition(key, "in", tuple(value)))
            elif isinstance(value, bool | int | str):
                result.append(Condition(key, "eq", value))
            else:
                raise self.fail(where, "dieser Wert ist nicht verwendbar")
        return tuple(result)


def compile_rules(folder: Path) -> RuleSet:
    """Read and check every rule file of ``folder``; raises :class:`RuleFileError`."""
    if not folder.is_dir():
        raise RuleFileError(str(folder), "der Ordner der Regeln fehlt")
    compiler = _Compiler(folder)
    compiler.load_concepts()
    rules: dict[str, CompiledRule] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name.startswith("_"):
            continue
        compiled = compiler.rule_file(path)
        rule_id = compiled.rule.id
        if rule_id in rules:
            raise RuleFileError(
                path.name,
                "diese Kennung gibt es schon in einer anderen Datei",
                rule=rule_id,
                field="id",
            )
        if path.stem != rule_id:
            raise RuleFileError(
                path.name, f"der Dateiname muss „{rule_id}.toml“ lauten", rule=rule_id, field="id"
            )
        rules[rule_id] = compiled
    return RuleSet(dict(sorted(rules.items())), compiler.lexicon)
