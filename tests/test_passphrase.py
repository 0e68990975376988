"""The passphrase estimate as a person sees it in the first-run wizard: German only."""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path
from typing import Any

import pytest
import zxcvbn
import zxcvbn.feedback

import app.passphrase as passphrase
from app.passphrase import (
    GENERIC_SUGGESTION,
    GENERIC_WARNING,
    GERMAN_FEEDBACK,
    LABELS,
    PERSONAL_WARNING,
    Strength,
    assess,
    crack_time_words,
)

WEAK_INPUTS = [
    "passwort",
    "Passwort1",
    "PASSWORT",
    "passwort123",
    "password",
    "P@ssw0rd",
    "drowssap",
    "sommer2024",
    "Winter2023!",
    "jobcenter",
    "Bürgergeld2025",
    "hartz4",
    "qwertz",
    "asdfghjkl",
    "qwerty",
    "aaaaaaaa",
    "abcabcabc",
    "abcdefgh",
    "12345678",
    "87654321",
    "01.01.1990",
    "1990",
    "michael",
    "Michael1985",
    "a",
    "",
    " ",
]

ENGLISH = re.compile(
    r"\b(password|add|avoid|use|easy|guess|common|word|words|the|this|is|are|"
    r"sequences?|repeats?|dates?|years?|names?|keyboard|predictable|reversed)\b",
    re.IGNORECASE,
)

# Long enough that no dictionary or pattern explains it, like a sentence a person
# would really pick.
SENTENCE = "Meine Katze frisst dienstags gern blauen Käse am Fenster"


def _feedback_strings() -> set[str]:
    """Every string zxcvbn's feedback module passes to gettext."""
    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def test_every_zxcvbn_message_has_a_german_sentence() -> None:
    english = _feedback_strings()
    assert len(english) >= 25  # the parser really found zxcvbn's messages
    assert english <= set(GERMAN_FEEDBACK), english - set(GERMAN_FEEDBACK)
    for german in GERMAN_FEEDBACK.values():
        assert german.endswith("."), german
        assert not ENGLISH.search(german), german


def test_passwort123_is_weak_and_says_why_in_german() -> None:
    s = assess("passwort123")
    assert s.label in ("sehr schwach", "schwach")
    assert not s.acceptable
    assert s.warning == "Ein naheliegendes Wort wie „passwort“ ist leicht zu erraten."
    assert "Fügen Sie ein oder zwei Wörter hinzu. Seltene Wörter sind besser." in s.suggestions
    assert s.crack_time in ("sofort zu erraten", "in Sekunden zu erraten")


def test_sommer2024_is_weak_and_names_the_word() -> None:
    s = assess("sommer2024")
    assert s.label in ("sehr schwach", "schwach")
    assert not s.acceptable
    assert s.warning == "Ein naheliegendes Wort wie „sommer“ ist leicht zu erraten."


def test_a_common_english_password_is_explained_in_german() -> None:
    s = assess("password")
    assert s.label == "sehr schwach"
    assert s.warning == "Das ist eines der zehn häufigsten Passwörter."


def test_own_words_count_as_guessable() -> None:
    s = assess("Olena1985", user_inputs=["Olena"])
    assert not s.acceptable
    assert s.warning == PERSONAL_WARNING


def test_a_long_sentence_of_words_is_acceptable() -> None:
    s = assess("Fünf blaue Elefanten tanzen leise")
    assert s.acceptable
    assert s.label in ("gut", "sehr gut")
    assert s.warning == ""
    assert s.suggestions == ()


def test_a_sentence_is_very_good_and_guessing_takes_centuries() -> None:
    s = assess(SENTENCE)
    assert s == Strength(
        score=4,
        label="sehr gut",
        warning="",
        suggestions=(),
        acceptable=True,
        crack_time="erst in Jahrhunderten zu erraten",
    )


def test_seven_characters_are_refused_even_when_zxcvbn_likes_them() -> None:
    # Spaces around count for zxcvbn but not for the vault's minimum length.
    s = assess("   Kq8#Zp7   ")
    assert s.score >= 3
    assert not s.acceptable


def test_seven_characters_are_refused_whatever_the_score(monkeypatch: pytest.MonkeyPatch) -> None:
    real = passphrase.zxcvbn

    def generous(password: str, **kwargs: Any) -> dict[str, Any]:
        result: dict[str, Any] = real(password, **kwargs)
        result["score"] = 4
        return result

    monkeypatch.setattr(passphrase, "zxcvbn", generous)
    s = assess("Kq8#Zp7")
    assert s.score == 4
    assert s.label == "sehr gut"
    assert not s.acceptable
    assert assess("Kq8#Zp7x").acceptable


@pytest.mark.parametrize("text", WEAK_INPUTS)
def test_weak_inputs_get_only_german_feedback(text: str) -> None:
    s = assess(text)
    assert not s.acceptable
    assert s.label in LABELS
    assert s.warning or s.suggestions, "a weak passphrase deserves a hint"
    for sentence in (s.warning, *s.suggestions, s.label, s.crack_time):
        assert not ENGLISH.search(sentence), sentence
    for sentence in (s.warning, *s.suggestions):
        assert sentence == "" or sentence.endswith("."), sentence


def test_an_unknown_english_message_falls_back_to_german(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = passphrase.zxcvbn

    def newer(password: str, **kwargs: Any) -> dict[str, Any]:
        result: dict[str, Any] = real(password, **kwargs)
        result["feedback"] = {
            "warning": "This is a brand new warning.",
            "suggestions": ["Try something new.", "Avoid sequences."],
        }
        return result

    monkeypatch.setattr(passphrase, "zxcvbn", newer)
    s = assess("abc")
    assert s.warning == GENERIC_WARNING
    assert s.suggestions == (GENERIC_SUGGESTION, "Vermeiden Sie solche Folgen.")


def test_nothing_typed_yet() -> None:
    s = assess("")
    assert s.score == 0
    assert s.label == "sehr schwach"
    assert not s.acceptable
    assert s.suggestions and not ENGLISH.search(s.suggestions[0])


@pytest.mark.parametrize(
    "text",
    [
        "Олена пише довгі листи до джерела",
        "محمد يحب القهوة في الصباح الباكر",
        "🐱🐶🐭🐹🐰🦊🐻🐼🐨🐯",
        "Ünïcödé – „Anführungszeichen“ und ß",
        "漢字とひらがなの長い文章です",
    ],
)
def test_any_script_works(text: str) -> None:
    s = assess(text)
    assert s.label == LABELS[s.score]
    assert s.crack_time


def test_a_cyrillic_sentence_is_acceptable() -> None:
    assert assess("Олена пише довгі листи до джерела").acceptable


def test_ten_thousand_characters_return_and_are_acceptable() -> None:
    rng = random.Random(7)
    words = ["Fenster", "Himmel", "Brot", "Rad", "Wolke", "leise", "grün", "Tisch", "Zug"]
    text = " ".join(rng.choice(words) for _ in range(2000))[:10_000]
    assert len(text) == 10_000
    s = assess(text)
    assert s.acceptable
    assert s.score == 4


def test_ten_thousand_same_characters_return_and_are_weak() -> None:
    s = assess("x" * 10_000)
    assert not s.acceptable
    assert s.warning == "Wiederholungen wie „aaa“ sind leicht zu erraten."


def test_labels_follow_the_score() -> None:
    assert LABELS == ("sehr schwach", "schwach", "mittel", "gut", "sehr gut")


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0.2, "sofort zu erraten"),
        (5, "in Sekunden zu erraten"),
        (600, "in Minuten zu erraten"),
        (7200, "in Stunden zu erraten"),
        (3 * 86400, "in Tagen zu erraten"),
        (90 * 86400, "in Monaten zu erraten"),
        (20 * 365 * 86400, "in Jahren zu erraten"),
        (1e12, "erst in Jahrhunderten zu erraten"),
    ],
)
def test_crack_time_in_words(seconds: float, words: str) -> None:
    assert crack_time_words(seconds) == words
