"""How the engine reads German as people write it: tokens, sentences, clauses, negation.

Every token keeps its character offsets in the original field text, so a finding
can highlight exactly the words that triggered it. Matching happens on a folded
form: lower case, umlauts and ß written out (ä → ae, ß → ss), so "Kontoauszüge"
and "Kontoauszuege" are one word to the rules; "Kontoauszuge" (dots left off)
is matched on longer words by the lexicon (see ``lexicon.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# ------------------------------------------------------------------ folding

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The matching form of one word: "Ausweiskopie" → "ausweiskopie", "Schwärzung" and
    "Schwaerzung" → "schwaerzung". Accents other than umlauts are dropped (é → e)."""
    low = word.casefold().translate(_UMLAUTS)
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return low


_SUFFIXES = ("innen", "ern", "em", "en", "er", "es", "in", "e", "s", "n")


@lru_cache(maxsize=200_000)
def stem(folded: str) -> str:
    """A light inflection strip for nouns and adjectives ("Kopien" ~ "Kopie",
    "Nachbarin" ~ "Nachbar"). Used on both sides, so it only needs to be consistent."""
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            folded = folded[: -len(suffix)]
            break
    if folded.endswith("e") and len(folded) > 4:
        folded = folded[:-1]
    return folded


# ------------------------------------------------------------------ word classes
# Function words: negation scope runs over them to the next content word.
FUNCTION_WORDS = frozenset(
    fold(w)
    for w in """
    der die das den dem des ein eine einen einem einer eines
    mein meine meinen meinem meiner meines dein deine sein seine seinen ihr ihre ihren ihrem
    ihrer unser unsere euer
    ich du er sie es wir ihr man mich mir dich dir sich uns euch ihn ihm ihnen
    zu zum zur im in am an auf aus bei mit nach von vom vor für über unter um durch gegen
    bis seit ab ins ans aufs beim
    hat habe hatte hatten haben hab hast hätte wurde wurden wird werden worden war waren ist
    sind sei bin bist wäre würde würden
    so auch nur noch schon mal einfach mehr gleich sofort extra immer wirklich direkt erst
    ganz gar sehr richtig eben halt ja doch denn wohl etwa bitte gern gerne vorher dabei
    dort da hier dann jetzt heute damit davon dafür dazu darauf daran drin drinnen drauf dran
    """.split()
    # English, Russian, Ukrainian, Turkish, Arabic: notes in other languages (issue 16)
    + """
    the a an my his her their our your its to of in at on for with by from into about
    was were is are am be been being has have had did do does will would it they he she
    i we you me us them him that this these those there then so also just only even
    and or but very really already still again
    make made making take took taken get got
    и в во на с со к по за из от у о об а но же ли бы что это этот эта мой моя мои
    мою моего меня мне мной он она они оно его её ее их ему ей им я мы вы ты был была
    было были есть уже ещё еще только тоже даже там тут потом сделал сделала сделали
    і й та до від про з зі мене мені моя мій мої мою моє його її їх їм вона воно вони
    був була було були вже ще лише теж навіть зробив зробила зробили робив робила робили
    делал делала делали done одна один одно одну одне
    ve bir bu şu o ben sen biz siz onlar beni bana benim benden onu ona onun onların
    da de ile için gibi daha çok sonra şimdi zaten sadece bile hem
    في من على إلى الى عن مع هذا هذه ذلك تلك أنا انا نحن هو هي هم لي لنا له لها كان
    كانت قد ثم أيضا فقط
    """.split()
)
NEGATORS = frozenset(
    fold(w)
    for w in """nicht nich net kein keine keinen keinem keiner keines keins nie niemals nirgends
    nirgendwo nichts nix nüscht niemand niemandem niemanden keiner keinerlei ohne weder""".split()
    # English, Russian/Ukrainian, Turkish, Arabic
    + """not no never without nobody nothing none neither nor didn't didnt don't dont
    doesn't doesnt wasn't wasnt weren't haven't havent hasn't hasnt hadn't won't
    wouldn't couldn't can't cant cannot isn't isnt aren't
    не ні ни нет немає нема никто ніхто нічого ничего никогда ніколи без жодного
    жодних никаких никакой никакого
    değil degil yok hiç hic hiçbir hicbir kimse asla hiçkimse
    لا لم لن ما ليس ليست بدون دون ولم فلم ولن فلن ولا فلا وليس وما فما مش ومش مو بلا""".split()
)
_FORWARD_ONLY = frozenset(
    {"ohne", "kein", "keine", "keinen", "keinem", "keiner", "keines", "no", "without", "без"}
    | {fold(w) for w in "بدون دون hiçbir".split()}
)
# Turkish and post-posed negators ("fotokopi yok", "kopya değil") stand after their word:
# they negate backwards over the clause when no content word follows them.
# A negated subject ("Keiner vom Jobcenter hat angerufen", "nobody called") negates the
# whole clause it opens.
NEG_SUBJECTS = frozenset(
    fold(w) for w in """niemand keiner nobody noone никто ніхто kimse hiçkimse""".split()
)
CLAUSE_WORDS = frozenset(
    fold(w)
    for w in """und aber sondern jedoch obwohl weil dass daß als nachdem bevor ob falls wer
    während sodass trotzdem deshalb deswegen danach anschließend wobei sonst ansonsten
    andernfalls warum wieso weshalb
    and but because although though that if whether when after before
    и но а что чтобы потому если ли когда хотя і але що щоб тому якщо коли чи хоча
    ve ama fakat çünkü ancak eğer sonra لكن لأن لان إذا اذا لو عندما ثم أن ان""".split()
)
HYPOTHETICAL = frozenset(
    fold(w)
    for w in """ob falls sofern wer welche welcher welches welchen wen wem wohin warum
    wann weshalb wieso woher whether whom why ли чи هل""".split()
)
# "…, an wen sie weitergegeben wurden", "…, bei wem sie angerufen haben": a question word
# after a preposition still leads an indirect question
_LEAD_PREPOSITIONS = frozenset(
    fold(w) for w in "an von mit bei für über zu wegen seit aus nach to with from about".split()
)
# "Eine Kopie hat sie nicht gemacht": the negation reaches back over the noun.
LIGHT_VERBS = frozenset(
    fold(w)
    for w in """gemacht machen macht machte gegeben geben gibt gab erstellt angefertigt angelegt
    genommen nehmen nahm bekommen bekam kriegen gekriegt erhalten erfolgt stattgefunden
    passiert gesehen gehabt haben hatte hatten gekommen kam
    gave given made done дали дала дал выдали видали надали зробили сделали""".split()
)
MODALS = frozenset(
    fold(w)
    for w in """darf durfte durften dürfe dürfen dürfte kann konnte konnten könne können soll
    sollte sollten solle will wollte wollten wolle muss musste mussten müsse""".split()
)
_COORDINATORS = frozenset({"oder", "noch", "bzw", "beziehungsweise"})

# First person, third-party agents and demands: a clause like "ich habe den Ausweis
# selbst kopiert" is the user's own act, "ich soll den Ausweis kopieren lassen" is not.
FIRST_PERSON = frozenset(fold(w) for w in "ich wir i we я мы ми ben biz أنا انا نحن".split())
# "hab gefragt", "bin hin": the subject "ich" is often left out at the start of a clause
DROPPED_I = frozenset(
    {"hab", "habe", "hatte", "bin", "frag", "fragte", "sag", "sagte", "hab's", "wollte", "musste"}
)
SELF_MARKERS = frozenset(
    fold(w)
    for w in "selbst selber myself ourselves сам сама сами самостійно kendim kendimiz".split()
)
THIRD_AGENTS = frozenset(
    fold(w)
    for w in """er sie man jobcenter amt behörde sachbearbeiter sachbearbeiterin frau herr
    mitarbeiter mitarbeiterin vermittler vermittlerin fallmanager fallmanagerin kollegin
    kollege jc dame mann berater beraterin sb pap prüfdienst außendienst ermittlungsdienst
    ermittler ermittlerin prüfer prüferin integrationsfachkraft arbeitsvermittler
    arbeitsvermittlerin leistungsträger mitarbeitende
    he she they officer caseworker staff clerk advisor adviser worker woman man lady
    он она они сотрудник сотрудница сотрудники инспектор працівник працівниця вона вони
    інспектор o onlar memur memure görevli danışman هو هي هم الموظف الموظفة موظف موظفة
    الموظفين""".split()
)
# Staff words in any of their forms ("des Jobcenters", "vom Sachbearbeiter").
AGENT_PREFIXES = (
    "jobcenter",
    "sachbearbeit",
    "mitarbeiter",
    "fallmanag",
    "vermittler",
    "arbeitsvermittl",
    "aussendienst",
    "pruefdienst",
    "ermittlungsdienst",
    "leistungsabteil",
    # other languages (issue 16)
    "джобцентр",
    "сотрудни",
    "працівни",
    "консультант",
    "memur",
    "gorevli",
    "danisman",
    "موظف",
    "الموظف",
    "الجوب",
    "caseworker",
    "officer",
    "clerk",
)


@lru_cache(maxsize=100_000)
def is_agent(norm: str) -> bool:
    """Whether a folded word names the Jobcenter or its staff (or another actor)."""
    return norm in THIRD_AGENTS or norm.startswith(AGENT_PREFIXES)


# A counsellor's file note speaks of the user in the third person: "Die Ratsuchende
# berichtet, sie habe …". In a sentence that names the client, "sie"/"er" is the user.
CLIENT_PREFIXES = ("ratsuchend", "klient", "mandant")
CLIENT_PRONOUNS = frozenset({"sie", "er"})
# Colloquial and chat spellings read as the standard word ("nich" = "nicht", "ham" = "haben").
COLLOQUIAL = {
    "nich": "nicht",
    "ham": "haben",
    "hamm": "haben",
    "hamse": "haben",
    "isch": "ich",
    "is": "ist",
    "nen": "einen",
    "nem": "einem",
    "ner": "einer",
    "n": "ein",
    "grad": "gerade",
    "dat": "das",
    "wat": "was",
    "wolln": "wollen",
    "solln": "sollen",
}
# "muss nicht", "brauchst du nicht": a negation after a verb of obligation lifts the duty.
OBLIGATION = frozenset(
    fold(w)
    for w in """muss musst musste mussten müsse müssen müsst brauchst braucht brauche
    brauchen must""".split()
)
DEMAND_WORDS = frozenset(
    fold(w)
    for w in """soll sollte sollten sollen solle muss musste mussten müsse müssen muesse
    verlangt verlangte gefordert forderte aufgefordert lassen ließ liess gebeten
    must should demanded required asked told""".split()
)
# Sending to the Jobcenter is the writer's act: "An die Leistungsabteilung gefaxt".
_TO = frozenset(fold(w) for w in "an ans zum zur to".split())
# Asking for information: "…, was …" after these is an indirect question.
INFO_REQUEST = frozenset(
    fold(w)
    for w in """auskunft frage fragen gefragt fragte nachgefragt wissen mitteilung erklärung
    information informationen asked ask asking know wondered""".split()
)
# The writer's own requests ("Ich beantrage, …", "Ich bitte um …"): what follows in the
# sentence is asked for, not told.
REQUESTS = frozenset(fold(w) for w in "beantrage ersuche erbitte".split())
_SUBORDINATE = frozenset(
    fold(w) for w in "dass daß weil ob obwohl nachdem bevor that because".split()
)
# Subjects that make a clause stand on its own (it does not continue the one before).
_SUBJECTS = frozenset(fold(w) for w in "du ihr man es er sie you they he she".split())
# "…, was …", "asked if …": an indirect question only after a word of asking
_ASKED_LEADS = frozenset({"was", "if"})
_CONDITIONAL_V1 = frozenset({"sollte", "sollten", "sollt"})


_ABBREVIATIONS = frozenset(
    """z b bzw ca nr abs hr fr dr str usw etc ggf evtl inkl u a d h vgl s sog tel jan feb
    mär mar apr jun jul aug sep sept okt nov dez geb max min std bzgl lt gem zzgl o.ä ä
    prof art""".split()
)

# a word may hold combining marks (Arabic shadda and vowel signs, a decomposed "й")
_MARKS = "\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670"
_WORD = rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*"
_TOKEN = re.compile(rf"{_WORD}(?:['’]{_WORD})*|[.!?;:,()\[\]\"„“”«»‚‘’'\n–—/]|(?<=\s)-(?=\s)")
_QUOTE_OPEN = frozenset("„«‚")
_QUOTE_CLOSE = frozenset("”»’")
_QUOTE_TOGGLE = frozenset('"“')
_CLAUSE_PUNCT = frozenset(";:,()[]\"„“”«»‚‘’'–—/-")
_SENTENCE_END = frozenset(".!?\n")


@dataclass(slots=True)
class Token:
    text: str
    norm: str
    start: int
    end: int
    sentence: int = 0
    clause: int = 0
    content: bool = True
    negated: bool = False
    hypothetical: bool = False
    own: bool = False  # the clause is the user's own act ("ich habe … selbst kopiert")
    other: bool = False  # someone else acts in the clause and the user does not
    quoted: bool = False  # inside quotation marks: someone else's words ("ich kann nicht …")
    joined: bool = False  # glued to the previous word by a hyphen ("Ausweis-Kopie")


@dataclass(slots=True)
class Analysis:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token index ranges


def _is_sentence_end(text: str, words: list[Token], mark: str, at: int) -> bool:
    if mark in "!?":
        # '„Was haben Sie?“, fragte sie', '"teşhisiniz ne?" diye sordu': the question is
        # quoted inside the sentence that goes on
        after = text[at + 1 : at + 8].lstrip("!?")
        if after[:1] not in ('"', "“", "”", "»", "«", "'", "’"):
            return True
        after = after[1:].lstrip(" \t")
        return not (after[:1] == "," or after[:1].islower())
    if mark == "\n":
        return True
    if not words:
        return False
    prev = words[-1]
    if prev.end != at:  # "Herr M ." is odd; a stand-alone full stop ends the sentence
        return True
    if mark == "." and text[at + 1 : at + 2].isalnum():  # "jobcenter.digital", "z.B."
        return False
    low = prev.text.casefold()
    if low in _ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isalpha()):
        return False
    if prev.text.isdigit() and len(prev.text) <= 2:  # "12.03.2024", "am 3. Mai"
        return text[at + 1 : at + 2] in ("", "\n")
    return True


def _is_heading(tokens: list[Token], sentence_start: int, line_first: set[int]) -> bool:
    """ "Vermerk:", "Anlass:", "Mo:", "Protokoll 14.03.:" at the start of a line is a label,
    not part of the sentence after it (one to three capitalised words or numbers).
    ``line_first``: the tokens with nothing but blanks before them on their line."""
    size = len(tokens) - sentence_start
    if not 1 <= size <= 3 or not tokens[sentence_start].content:  # "Im Fernsehen:" is no label
        return False
    label = tokens[sentence_start:]
    if not all(t.text[0].isupper() or t.text[0].isdigit() for t in label):
        return False
    return sentence_start in line_first


# the folded form of each word seen and whether it is a content word: folding is the
# largest single cost of a bulk check and most notes share their words (issue 16)
_WORDS: dict[str, tuple[str, bool]] = {}
_WORDS_MAX = 200_000


def analyse(text: str) -> Analysis:
    """Tokens with sentence and clause numbers, negation and hypothetical marks."""
    result = Analysis(text)
    tokens = result.tokens
    sentence_start = 0
    sentence = clause = 0
    clause_start = 0
    prev_end = -2
    quoted = False
    # whether the line so far holds only blanks, and from where that is not yet known;
    # kept as we go, so a long line is not searched again for every colon on it
    line_blank = True
    unseen = 0
    line_first: set[int] = set()
    for match in _TOKEN.finditer(text):
        piece = match.group()
        start, end = match.span()
        if line_blank and text[unseen:start].strip():
            line_blank = False
        if piece[0].isalnum():
            if line_blank:
                line_first.add(len(tokens))
            line_blank = False
            known = _WORDS.get(piece)
            if known is None:
                if len(_WORDS) >= _WORDS_MAX:
                    _WORDS.clear()
                norm = fold(piece.replace("’", "'"))
                norm = COLLOQUIAL.get(norm, norm)
                known = _WORDS[piece] = (norm, norm not in FUNCTION_WORDS and not piece.isdigit())
            norm = known[0]
            token = Token(piece, norm, start, end, sentence, clause)
            token.quoted = quoted
            token.content = known[1]
            token.joined = prev_end >= 0 and text[prev_end:start] == "-"
            if norm in CLAUSE_WORDS and tokens and len(tokens) > clause_start:
                clause += 1
                clause_start = len(tokens)
                token.clause = clause
            tokens.append(token)
            prev_end = end
            continue
        prev_end = -2
        line_blank = piece == "\n"
        unseen = end
        if piece in _QUOTE_OPEN:
            quoted = True
        elif piece in _QUOTE_CLOSE or piece == "\n":
            quoted = False
        elif piece in _QUOTE_TOGGLE:
            quoted = not quoted
        if (piece in _SENTENCE_END and _is_sentence_end(text, tokens, piece, start)) or (
            piece == ":" and _is_heading(tokens, sentence_start, line_first)
        ):
            if len(tokens) > sentence_start:
                result.sentences.append((sentence_start, len(tokens)))
                sentence += 1
                clause += 1
                sentence_start = clause_start = len(tokens)
        elif piece in _CLAUSE_PUNCT and len(tokens) > clause_start:
            clause += 1
            clause_start = len(tokens)
    if len(tokens) > sentence_start:
        result.sentences.append((sentence_start, len(tokens)))
    _mark_not_only(tokens)
    _mark_clauses(tokens)
    _mark_negation(tokens)
    if _is_turkish(text, tokens):
        _mark_turkish_negation(tokens)
    return result


# Turkish negates the verb itself ("kopyala-ma-dı": did not copy), at the end of its clause:
# the negation reaches back over the clause. "-madan/-meden" ("without …ing") is left out.
_TURKISH_NEGATIVE = re.compile(
    r"^\w{2,}?m(?:[ae](?:d(?:ue|[ıiu])|m(?:ue|[ıiu])s|z|y[ae]c[ae][kg]|m[ae](?:m|l[ıi]|s[ıi]))"
    r"|(?:ue|[ıiu])yor)"
)
_TURKISH_LETTERS = re.compile("[ışğİŞĞ]")
_TURKISH_WORDS = frozenset(
    fold(w) for w in "ve bir bu ben beni bana benim için çok dedi söyledi değil yok ama".split()
)


def _is_turkish(text: str, tokens: list[Token]) -> bool:
    """Whether the note is written in Turkish (its letters, or two of its common words)."""
    if _TURKISH_LETTERS.search(text):
        return True
    return len({t.norm for t in tokens if t.norm in _TURKISH_WORDS}) >= 2


def _mark_turkish_negation(tokens: list[Token]) -> None:
    begin = 0
    done = 0  # tokens before this are marked already (many negated verbs in one clause)
    for i, tok in enumerate(tokens):
        if i and tok.clause != tokens[i - 1].clause:
            begin = i
        if _TURKISH_NEGATIVE.match(tok.norm):
            # "yaşayıp yaşamadığımı": "whether or not", no negation
            before = tokens[i - 1].norm if i > begin else ""
            if before.endswith(("ip", "ıp", "up", "uep")) and before[:3] == tok.norm[:3]:
                continue
            for k in range(max(begin, done), i + 1):
                tokens[k].negated = True
            done = i + 1


def _mark_not_only(tokens: list[Token]) -> None:
    """ "nicht nur rein, sie durfte auch fragen" negates nothing: "nicht" is read as
    "nichtnur", which no term and no negation rule knows."""
    last_also: dict[int, int] = {}  # sentence → position of its last "auch"/"sondern"
    for i, tok in enumerate(tokens):
        if tok.norm in ("auch", "sondern"):
            last_also[tok.sentence] = i
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if tok.norm == "nicht" and tokens[i + 1].norm == "nur":
            if last_also.get(tok.sentence, -1) >= i + 2:
                tok.norm = "nichtnur"
                # "nicht nur meine Kontaktdaten, sondern …" is no "nur Kontaktdaten"
                tokens[i + 1].norm = "nur_"


def _clause_ranges(tokens: list[Token]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].clause != tokens[start].clause:
            ranges.append((start, i))
            start = i
    return ranges


def _client_sentences(tokens: list[Token]) -> set[int]:
    return {t.sentence for t in tokens if t.norm.startswith(CLIENT_PREFIXES)}


def _mark_clauses(tokens: list[Token]) -> None:
    client = _client_sentences(tokens)
    sentence_start: dict[int, int] = {}
    for k, t in enumerate(tokens):
        sentence_start.setdefault(t.sentence, k)
    self_act = -1  # the sentence whose last clause was the writer's own act ("selbst")
    previous_act: tuple[bool, bool] | None = None
    asked = request = -1  # sentences with a request for information, a request of the writer
    for start, end in _clause_ranges(tokens):
        norms = [t.norm for t in tokens[start:end]]
        # "…, ob ich einverstanden bin" is a question, not an event; so is "falls …".
        lead = norms[0] if norms[0] not in CLAUSE_WORDS or len(norms) < 2 else norms[1]
        if lead in _LEAD_PREPOSITIONS and len(norms) > norms.index(lead) + 1:
            lead = norms[norms.index(lead) + 1]  # "…, an wen sie es weitergegeben haben"
        hypothetical = (
            lead in HYPOTHETICAL
            or norms[0] in HYPOTHETICAL
            # "Sollte das Amt bei meinem Vermieter anrufen, …": a condition, not an event
            or (norms[0] in _CONDITIONAL_V1 and start == sentence_start.get(tokens[start].sentence))
            # "Auskunft, was bei der Hausverwaltung erfragt wurde": an indirect question
            or (
                (lead in _ASKED_LEADS or norms[0] in _ASKED_LEADS)
                and asked == tokens[start].sentence
            )
            # "Ich bitte um Mitteilung, …, und um Auskunft, …": what the writer asks for
            or request == tokens[start].sentence
        )
        words = set(norms)
        if words & INFO_REQUEST:
            asked = tokens[start].sentence
        if lead in DROPPED_I:
            words.add("ich")
        if tokens[start].sentence in client:
            # the client of a counsellor's note is the user: "sie habe … aufgenommen"
            clients = {w for w in words if w.startswith(CLIENT_PREFIXES)}
            if clients or words & CLIENT_PRONOUNS:
                words = (words - CLIENT_PRONOUNS - clients) | {"ich"}
        agents = {w for w in words if is_agent(w)}
        # "An die Leistungsabteilung des Jobcenters gefaxt": the Jobcenter is the addressee,
        # the writer the sender; its words do not make the clause someone else's act
        addressed = _addressees(norms)
        if addressed and not agents - addressed and not words & DEMAND_WORDS:
            words.add("ich")
            agents = set()
        # "ich" inside quotation marks is the person quoted, not the writer; "selbst
        # angefertigt" with nobody else named is the writer's act as well
        # a short quotation is a label or a word ("KOPIE" draufgeschrieben), nobody's speech
        speech = tokens[start].quoted and end - start > 2
        own = not speech and (
            (bool(words & FIRST_PERSON) or (bool(words & SELF_MARKERS) and not agents))
            and (bool(words & SELF_MARKERS) or not (agents or words & DEMAND_WORDS))
        )
        other = not own and (speech or (bool(agents) and not words & FIRST_PERSON))
        if tokens[start].quoted and not speech and previous_act is not None:
            own, other = previous_act
        previous_act = (own, other)
        # "Selbst kopiert, als Kopie gekennzeichnet und mitgeschickt": a clause that names
        # nobody continues the writer's own act ("selbst") of the clause before it
        if (
            not own
            and not other
            and self_act == tokens[start].sentence
            and not words & (FIRST_PERSON | _SUBJECTS)
            and norms[0] not in _SUBORDINATE
        ):
            own = True
        if words & REQUESTS or (own and "bitte" in words and "um" in words):
            request = tokens[start].sentence
        if own and words & SELF_MARKERS:
            self_act = tokens[start].sentence
        elif not own:
            self_act = -1
        for t in tokens[start:end]:
            t.hypothetical = hypothetical
            t.own = own
            t.other = other


def _addressees(norms: list[str]) -> set[str]:
    """Staff words that stand as the addressee of a sending: "an das Jobcenter", "an die
    Datenschutzbeauftragte des Jobcenters", "ans Amt"."""
    found: set[str] = set()
    if _TO.isdisjoint(norms):
        return found
    for i, norm in enumerate(norms):
        if norm not in _TO:
            continue
        found.update(
            later
            for later in norms[i + 1 : i + 6]
            if is_agent(later) or later.startswith(("datenschutzbeauftragt", "amt", "behoerde"))
        )
    return found


def _clause_tables(tokens: list[Token]) -> tuple[list[int], list[int], list[int]]:
    """Where each token's clause begins and ends, and the content words before each."""
    n = len(tokens)
    clause_start = [0] * n
    clause_end = [0] * n
    for begin, finish in _clause_ranges(tokens):
        for k in range(begin, finish):
            clause_start[k] = begin
            clause_end[k] = finish
    content_before = [0] * (n + 1)
    for k, t in enumerate(tokens):
        content_before[k + 1] = content_before[k] + t.content
    return clause_start, clause_end, content_before


def _forward_reach(tokens: list[Token]) -> tuple[list[int], list[int], list[int]]:
    """For a forward scan that reaches position p (in its clause): where it stops, the
    end of the words it marks, and how many content words it counts."""
    n = len(tokens)
    stop = [n] * (n + 1)
    mark_end = [n] * (n + 1)
    counted = [0] * (n + 1)
    for p in range(n - 1, -1, -1):
        tok = tokens[p]
        content = tok.content and tok.norm not in _COORDINATORS
        listed = p + 1 < n and tokens[p + 1].norm in _COORDINATORS
        if tok.norm in NEGATORS and tok.norm != "noch":
            stop[p], mark_end[p], counted[p] = p, p, 0
        elif content and not listed:
            stop[p], mark_end[p], counted[p] = p, p + 1, 1
        elif p + 1 < n and tokens[p + 1].clause == tok.clause:
            stop[p], mark_end[p], counted[p] = (
                stop[p + 1],
                mark_end[p + 1],
                content + counted[p + 1],
            )
        else:
            stop[p], mark_end[p], counted[p] = p + 1, p + 1, int(content)
    return stop, mark_end, counted


def _heads_clause(tokens: list[Token], i: int, begin: int) -> bool:
    """Whether only clause words ("und", "aber") stand before token ``i`` in its clause."""
    for k in range(begin, i):  # stops at the first other word: no slice of a long clause
        if tokens[k].norm not in CLAUSE_WORDS:
            return False
    return True


def _mark_negation(tokens: list[Token]) -> None:
    """Mark the words a negator reaches (see the comments below for how far).

    Each negator's reach is read from tables made in one pass from the right, and the
    reaches are added up in one pass at the end: walking a clause again for every
    negator in it ("nicht nicht nicht …") grew with the square of the clause."""
    n = len(tokens)
    if not n:
        return
    clause_start, clause_end, content_before = _clause_tables(tokens)
    stop, mark_end, counted = _forward_reach(tokens)

    reach = [0] * (n + 1)  # +1 where a marked range begins, -1 where it ends

    def mark(begin: int, finish: int) -> None:
        if begin < finish:
            reach[begin] += 1
            reach[finish] -= 1

    weder_in: set[int] = set()
    duty = -1  # the last verb of obligation in the current clause
    for i, tok in enumerate(tokens):
        norm = tok.norm
        if i and tok.clause != tokens[i - 1].clause:
            duty = -1
        negator = norm in NEGATORS or (norm == "noch" and tok.sentence in weder_in)
        # "weder … noch …": the second part is negated as well
        if norm == "weder":
            weder_in.add(tok.sentence)
        if not negator:
            if norm in OBLIGATION:
                duty = i
            continue
        end = clause_end[i]
        # "ich muss sie nicht reinlassen": the duty itself is negated
        if duty >= 0:
            mark(duty, duty + 1)
        if norm in OBLIGATION:
            duty = i
        # forward: up to and including the first content word, across "oder"/"noch" lists
        if i + 1 < end:
            j, found_content = stop[i + 1], counted[i + 1]
            mark(i + 1, mark_end[i + 1])
        else:
            j, found_content = i + 1, 0
        # "Niemand durfte mit rein", "nicht mal meine Mutter durfte mit": a negated subject
        # before a modal verb negates the whole predicate
        # "…, ohne dass man uns gefragt hätte": the whole clause after "ohne dass" is negated
        if norm == "ohne" and i + 1 < n and tokens[i + 1].norm in ("dass", "daß"):
            mark(i + 1, clause_end[i + 1])
        if j < end and (tokens[j].norm in MODALS or (j + 1 < end and tokens[j + 1].norm in MODALS)):
            mark(j + 1, end)
        # "Keiner vom Jobcenter hat beim Vermieter angerufen", "nobody asked my landlord":
        # a negated subject at the head of its clause negates the whole clause
        elif (
            norm in NEG_SUBJECTS or (norm == "no" and i + 1 < n and tokens[i + 1].norm == "one")
        ) and _heads_clause(tokens, i, clause_start[i]):
            mark(i + 1, end)
        if norm in _FORWARD_ONLY:
            continue
        # backward: "Kopiert hat sie nichts.", "Eine Kopie hat sie nicht gemacht." — only when
        # nothing but a light verb follows; "Schwärzen ist nicht erlaubt" negates "erlaubt" only.
        rest = content_before[end] - content_before[j + 1] if j + 1 < end else 0
        light = found_content == 1 and j < n and tokens[j].norm in LIGHT_VERBS
        if rest == 0 and (found_content == 0 or light):
            # not the word that opens the clause: "…, sonst kann sie nix machen" keeps "sonst"
            begin = clause_start[i]
            mark(begin + 1 if begin < i and tokens[begin].norm in CLAUSE_WORDS else begin, i)
    depth = 0
    for k, t in enumerate(tokens):
        depth += reach[k]
        if depth > 0:
            t.negated = True
