"""How hard a new passphrase is to guess, told in plain German.

The estimate comes from zxcvbn; its English warnings and suggestions are
replaced here by German sentences, and words that lie close at hand for someone
dealing with a Jobcenter count as easy to guess.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import InputRefused
from app.i18n import N_, _
from app.vault.names import check_new_passphrase


def zxcvbn(password: str, **options: Any) -> dict[str, Any]:
    """zxcvbn's estimate; the library loads on the first call (the first keystroke in the
    wizard, ~30 ms), not at program start."""
    from zxcvbn import zxcvbn as estimate

    result: dict[str, Any] = estimate(password, **options)
    return result


# zxcvbn's matching grows much faster than the length of its input: ten thousand
# characters take many seconds (and zxcvbn refuses more than it is told to take).
# A passphrase whose first 100 characters are hard to guess stays hard to guess
# however it goes on, so only its beginning is estimated.
ESTIMATE_LIMIT = 100

MIN_SCORE = 3

LABELS = (N_("sehr schwach"), N_("schwach"), N_("mittel"), N_("gut"), N_("sehr gut"))

# Words a person might pick because they are in front of them: the office, the
# benefit, this program, the season. zxcvbn ranks earlier entries as likelier.
GERMAN_WEAK_WORDS: tuple[str, ...] = (
    "passwort",
    "kennwort",
    "geheim",
    "jobcenter",
    "bürgergeld",
    "buergergeld",
    "grundsicherung",
    "hartz",
    "hartz4",
    "hartziv",
    "arbeitsamt",
    "arbeitsagentur",
    "agentur",
    "arbeitslos",
    "amtstagebuch",
    "tagebuch",
    "hallo",
    "schatz",
    "liebe",
    "ichliebedich",
    "qwertz",
    "qwertzuiop",
    "sommer",
    "winter",
    "frühling",
    "fruehling",
    "herbst",
    "januar",
    "februar",
    "märz",
    "maerz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "deutschland",
    "fussball",
    "fußball",
)

# Every warning and suggestion zxcvbn 4.x can give (zxcvbn/feedback.py).
# tests/test_passphrase.py reads that file and fails when a new one appears.
GERMAN_FEEDBACK: Mapping[str, str] = {
    "Use a few words, avoid common phrases.": (
        N_("Nehmen Sie mehrere Wörter, aber keine bekannte Redewendung.")
    ),
    "No need for symbols, digits, or uppercase letters.": (
        N_("Sonderzeichen, Ziffern oder Großbuchstaben sind dafür nicht nötig.")
    ),
    "Add another word or two. Uncommon words are better.": (
        N_("Fügen Sie ein oder zwei Wörter hinzu. Seltene Wörter sind besser.")
    ),
    "Straight rows of keys are easy to guess.": (
        N_("Tasten, die auf der Tastatur nebeneinander liegen, sind leicht zu erraten.")
    ),
    "Short keyboard patterns are easy to guess.": (
        N_("Kurze Muster auf der Tastatur sind leicht zu erraten.")
    ),
    "Use a longer keyboard pattern with more turns.": (
        N_("Nehmen Sie statt eines Musters auf der Tastatur lieber mehrere Wörter.")
    ),
    'Repeats like "aaa" are easy to guess.': N_("Wiederholungen wie „aaa“ sind leicht zu erraten."),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': (
        N_("Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.")
    ),
    "Avoid repeated words and characters.": N_("Vermeiden Sie wiederholte Wörter und Zeichen."),
    'Sequences like "abc" or "6543" are easy to guess.': (
        N_("Folgen wie „abc“ oder „6543“ sind leicht zu erraten.")
    ),
    "Avoid sequences.": N_("Vermeiden Sie solche Folgen."),
    "Recent years are easy to guess.": N_("Jahreszahlen der letzten Jahre sind leicht zu erraten."),
    "Avoid recent years.": N_("Vermeiden Sie Jahreszahlen der letzten Jahre."),
    "Avoid years that are associated with you.": (
        N_("Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.")
    ),
    "Dates are often easy to guess.": N_("Ein Datum ist oft leicht zu erraten."),
    "Avoid dates and years that are associated with you.": (
        N_(
            "Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben, "
            "zum Beispiel Geburtstage."
        )
    ),
    "This is a top-10 common password.": N_("Das ist eines der zehn häufigsten Passwörter."),
    "This is a top-100 common password.": N_("Das ist eines der hundert häufigsten Passwörter."),
    "This is a very common password.": N_("Das ist ein sehr häufiges Passwort."),
    "This is similar to a commonly used password.": (
        N_("Das ähnelt einem häufig benutzten Passwort.")
    ),
    "A word by itself is easy to guess.": N_("Ein einzelnes Wort ist leicht zu erraten."),
    "Names and surnames by themselves are easy to guess.": (
        N_("Vor- und Nachnamen allein sind leicht zu erraten.")
    ),
    "Common names and surnames are easy to guess.": (
        N_("Häufige Vor- und Nachnamen sind leicht zu erraten.")
    ),
    "Capitalization doesn't help very much.": N_("Ein großer Anfangsbuchstabe hilft kaum."),
    "All-uppercase is almost as easy to guess as all-lowercase.": (
        N_("Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.")
    ),
    "Reversed words aren't much harder to guess.": (
        N_("Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.")
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": (
        N_("Naheliegende Ersetzungen wie „@“ statt „a“ helfen kaum.")
    ),
}

GENERIC_WARNING = N_("Diese Passphrase ist leicht zu erraten.")
GENERIC_SUGGESTION = N_("Ein Satz aus mehreren Wörtern ist gut zu merken und schwer zu erraten.")
EMPTY_HINT = N_(
    "Nehmen Sie einen Satz aus mehreren Wörtern. Sonderzeichen, Ziffern oder "
    "Großbuchstaben sind dafür nicht nötig."
)
PERSONAL_WARNING = N_("Wörter, die mit Ihnen zu tun haben, wie Ihr Name, sind leicht zu erraten.")
CLOSE_AT_HAND_WARNING = N_("Ein naheliegendes Wort wie „{word}“ ist leicht zu erraten.")

_MINUTE = 60.0
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_MONTH = 31 * _DAY
_YEAR = 12 * _MONTH
_CENTURY = 100 * _YEAR

# zxcvbn keeps the user's words in a module-wide dictionary while it estimates;
# two estimates at once must not see each other's words.
_zxcvbn_lock = threading.Lock()


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4 from zxcvbn
    label: str
    warning: str  # German sentence or ""
    suggestions: tuple[str, ...]  # German sentences
    acceptable: bool  # what the first-run wizard requires before "Weiter"
    crack_time: str


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Estimate how hard ``passphrase`` is to guess.

    ``user_inputs`` are words from the person's own world (name, town) that an
    attacker would try first.
    """
    if not passphrase:
        # zxcvbn fails on an empty string; nothing typed yet is simply "sehr schwach".
        return Strength(
            score=0,
            label=_(LABELS[0]),
            warning="",
            suggestions=(_(EMPTY_HINT),),
            acceptable=False,
            crack_time=crack_time_words(0.0),
        )
    # Without duplicates: zxcvbn would rank a repeated word by its last place.
    words = list(dict.fromkeys(word.lower() for word in (*user_inputs, *GERMAN_WEAK_WORDS)))
    with _zxcvbn_lock:
        result: dict[str, Any] = zxcvbn(
            passphrase[:ESTIMATE_LIMIT], user_inputs=words, max_length=ESTIMATE_LIMIT
        )
    score = int(result["score"])
    feedback: dict[str, Any] = result["feedback"]
    warning = _german(str(feedback.get("warning") or ""), GENERIC_WARNING)
    if not warning and score < MIN_SCORE:
        warning = _close_at_hand(result["sequence"], user_inputs)
    suggestions = tuple(
        dict.fromkeys(_german(str(text), GENERIC_SUGGESTION) for text in feedback["suggestions"])
    )
    seconds = float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"])
    return Strength(
        score=score,
        label=_(LABELS[score]),
        warning=warning,
        suggestions=tuple(text for text in suggestions if text),
        acceptable=score >= MIN_SCORE and _long_enough(passphrase),
        crack_time=crack_time_words(seconds),
    )


def crack_time_words(seconds: float) -> str:
    """How long guessing would take, in words rather than numbers."""
    if seconds < 1:
        return _("sofort zu erraten")
    if seconds < _MINUTE:
        return _("in Sekunden zu erraten")
    if seconds < _HOUR:
        return _("in Minuten zu erraten")
    if seconds < _DAY:
        return _("in Stunden zu erraten")
    if seconds < _MONTH:
        return _("in Tagen zu erraten")
    if seconds < _YEAR:
        return _("in Monaten zu erraten")
    if seconds < _CENTURY:
        return _("in Jahren zu erraten")
    return _("erst in Jahrhunderten zu erraten")


def _german(text: str, fallback: str) -> str:
    if not text:
        return ""
    return _(GERMAN_FEEDBACK.get(text, fallback))


def _close_at_hand(sequence: Sequence[Mapping[str, Any]], user_inputs: Sequence[str]) -> str:
    """A warning when the passphrase contains one of the words given to zxcvbn.

    zxcvbn itself says nothing about these words, so the person would not learn why
    "Jobcenter2024" is weak.
    """
    personal = {word.lower() for word in user_inputs}
    for match in sequence:
        if match.get("dictionary_name") != "user_inputs":
            continue
        if str(match.get("matched_word", "")) in personal:
            return _(PERSONAL_WARNING)
        return _(CLOSE_AT_HAND_WARNING).format(word=str(match["token"]))
    return ""


def _long_enough(passphrase: str) -> bool:
    try:
        check_new_passphrase(passphrase)
    except InputRefused:
        return False
    return True
