"""The wizard's explanations of each letter (issue 17): data complete, paragraphs as printed.

Every block of every template carries a marker ``{# erklaerung: key #}`` with an
explanation in ``erklaerungen.toml``; the letter itself does not change by it.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app import i18n
from app.letters import LETTER_TYPES, LetterRequest, Paragraph
from app.letters.explain import (
    AFTER,
    ENCLOSURES,
    GENERAL,
    OWN_TEXT,
    PERIODS,
    block_keys,
    block_text,
    build_marked,
    explain_letter,
    letter_period,
    notes,
    split_marked,
)
from app.letters.markers import PRINTED
from app.vault.vault import Vault
from tests.test_letters import (  # noqa: F401  (pytest fixtures)
    MINIMAL,
    TODAY,
    Diary,
    _build,
    _full_request,
    bare,
    diary,
)

NORM = re.compile(r"(Art\. \d+|§ \d+[a-z]?)")


@pytest.fixture
def filled(request: pytest.FixtureRequest) -> Diary:
    """tests/test_letters.py's diary: an entry with a private note, a handover, letters."""
    value: Diary = request.getfixturevalue("diary")
    return value


@pytest.fixture
def plain(request: pytest.FixtureRequest) -> Vault:
    """tests/test_letters.py's vault with only the profile and the Jobcenter."""
    value: Vault = request.getfixturevalue("bare")
    return value


def test_every_block_of_every_template_is_explained_and_nothing_else() -> None:
    data = notes()
    assert set(data) == set(LETTER_TYPES) | {GENERAL, PERIODS}
    for type_id in LETTER_TYPES:
        keys = block_keys(type_id)
        assert keys, f"{type_id}: die Vorlage hat keine Erklärungs-Marken"
        assert len(keys) == len(set(keys)), f"{type_id}: doppelte Marke"
        explained = set(data[type_id]) - {AFTER}
        assert set(keys) - explained == set(), f"{type_id}: Absatz ohne Erklärung"
        assert explained - set(keys) == set(), f"{type_id}: Erklärung ohne Absatz"
        assert data[type_id][AFTER].text, f"{type_id}: „Was danach passiert“ fehlt"
        for key, note in data[type_id].items():
            assert note.text.strip(), f"{type_id}.{key}: leer"


def test_each_period_of_briefe_toml_has_its_what_happens_next() -> None:
    for type_id in LETTER_TYPES:
        period = letter_period(type_id)
        if period:
            assert period in notes()[PERIODS], f"{type_id}: Frist {period} ohne Erklärung"


def test_every_norm_an_explanation_names_has_its_source_next_to_it() -> None:
    for section, entries in notes().items():
        for key, note in entries.items():
            if note.text == notes()[GENERAL][OWN_TEXT].text and key != OWN_TEXT:
                continue
            for norm in NORM.findall(note.text):
                assert norm in note.source, f"{section}.{key}: {norm} ohne Quelle"


def test_the_legal_statements_match_the_domain_notes() -> None:
    periods = notes()[PERIODS]
    dsgvo = periods["dsgvo"].text
    assert "einem Monat" in dsgvo and "zwei weitere Monate" in dsgvo
    assert "Art. 12 Abs. 3 DSGVO" in dsgvo and "Art. 77 DSGVO" in dsgvo
    assert "Erinnerung: Antwort fehlt" in dsgvo  # the reminder letter, then the complaint
    assert "zwei Wochen" in periods["erinnerung"].text
    assert "drei Monaten" in periods["beschwerde"].text
    assert "keine feste Frist" in periods["akteneinsicht"].text
    ausweis = notes()["terminbegleitung"]["liste"].text
    assert "§ 20 Abs. 2 PAuswG" in ausweis and "Zustimmung" in ausweis
    assert "als Kopie erkennbar" in ausweis
    assert "Art. 15" in notes()["auskunft"]["bitte"].text
    assert "§ 83 SGB X" in notes()["auskunft"]["bitte"].text
    assert "§ 84 Abs. 2 SGB X" in notes()["berichtigung"]["bestreiten"].text
    assert "§ 84 Abs. 5 SGB X" in notes()["widerspruch-verarbeitung"]["danach"].text


def _strip(doc_blocks: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(b for b in doc_blocks if not (isinstance(b, Paragraph) and PRINTED.match(b.text)))


@pytest.mark.parametrize("type_id", list(MINIMAL))
def test_markers_change_nothing_in_the_letter(filled: Diary, type_id: str) -> None:
    request = _full_request(filled, type_id)
    if type_id in ("erinnerung", "eingangsbestaetigung"):
        request.details = {}
    plain = filled.build(request)
    with filled.vault.session() as session:
        marked = build_marked(session, request, today=TODAY)
    blocks, groups = split_marked(marked)
    assert blocks == plain.blocks == _strip(marked.blocks)
    assert replace(marked, blocks=blocks) == plain
    # every printed block belongs to a marker (none before the first one)
    assert all(key for key, _blocks in groups)
    with filled.vault.session() as session:
        explanation = explain_letter(session, request, today=TODAY)
    letter_text = " ".join(block_text(b) for b in plain.blocks)
    for part in explanation.parts:
        if part.key != ENCLOSURES:
            assert part.german in letter_text
    assert explanation.after, f"{type_id}: „Was danach passiert“ fehlt"


def test_only_paragraphs_in_this_letter_are_explained(plain: Vault) -> None:
    with_all = LetterRequest(
        "loeschung",
        details={
            "daten": "Kopie meines Personalausweises vom 02.03.2026",
            "unrechtmaessig": "Der Ausweis wurde ohne meine Zustimmung kopiert.",
            "kein_beweis": "ja",
        },
    )
    few = LetterRequest(
        "loeschung", details={"daten": "Kopie meines Personalausweises vom 02.03.2026"}
    )
    with plain.session() as session:
        full = explain_letter(session, with_all, today=TODAY)
        short = explain_letter(session, few, today=TODAY)
    assert [p.key for p in full.parts] == [
        "bitte",
        "grund",
        "keine_einschraenkung",
        "kein_beweis",
        "frist",
    ]
    assert [p.key for p in short.parts] == ["bitte", "grund", "frist"]
    # the German text is the paragraph as printed, the user's own words included
    assert "ohne meine Zustimmung kopiert" in full.parts[1].german
    assert full.parts[0].german.startswith("ich bitte Sie, die folgenden Daten")
    assert "Kopie meines Personalausweises" in full.parts[0].german
    assert full.parts[0].opening() == "ich bitte Sie, die folgenden Daten über mich …"
    doc = _build(plain, few)
    assert len(doc.blocks) == 4  # request, list, ground, confirmation


def test_the_users_own_paragraph_gets_the_general_explanation(plain: Vault) -> None:
    request = LetterRequest(
        "widerruf-einwilligung",
        details={"einwilligung": "Einwilligung in den Kontakt per E-Mail"},
    )
    with plain.session() as session:
        explanation = explain_letter(session, request, today=TODAY)
    own = next(p for p in explanation.parts if p.key == "einwilligung")
    assert own.german == "Einwilligung in den Kontakt per E-Mail"
    assert own.note.own and own.explanation == notes()[GENERAL][OWN_TEXT].text
    assert own.explanation.startswith("Das haben Sie selbst geschrieben")


def test_private_notes_never_appear_in_the_explanations(filled: Diary) -> None:
    # the diary's entry note: "Frau K. hat meinen Personalausweis kopiert, ohne zu fragen."
    for type_id in MINIMAL:
        request = _full_request(filled, type_id)
        if type_id in ("erinnerung", "eingangsbestaetigung"):
            request.details = {}
        with filled.vault.session() as session:
            explanation = explain_letter(session, request, today=TODAY)
        shown = " ".join(
            [p.german + " " + p.explanation for p in explanation.parts] + explanation.after_texts()
        )
        assert "ohne zu fragen" not in shown, type_id


class _Catalogue(gettext.NullTranslations):
    def __init__(self, entries: dict[str, str]) -> None:
        super().__init__()
        self.entries = entries

    def gettext(self, message: str) -> str:
        return self.entries.get(message, message)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    i18n._catalogue = _Catalogue(
        {notes()["auskunft"]["bitte"].text: "Here you ask the Jobcenter what data it holds."}
    )
    try:
        yield
    finally:
        i18n.set_language("de")


def test_the_explanation_is_shown_in_the_users_language(plain: Vault, english: None) -> None:
    with plain.session() as session:
        explanation = explain_letter(session, LetterRequest("auskunft"), today=TODAY)
    first = explanation.parts[0]
    assert first.explanation == "Here you ask the Jobcenter what data it holds."
    assert first.german.startswith("ich bitte um Auskunft")  # the letter stays German
    # untranslated texts fall back to German
    assert explanation.parts[1].explanation == notes()["auskunft"]["fragen"].text


def test_the_explanations_file_lies_next_to_the_templates() -> None:
    folder = Path(__file__).resolve().parents[1] / "app" / "resources" / "letters"
    assert (folder / "erklaerungen.toml").is_file()


def test_every_explanation_is_in_the_translation_catalogues() -> None:
    """scripts/update_translations.py extracts erklaerungen.toml (msgstr left to translators)."""
    from babel.messages.pofile import read_po

    with i18n.LOCALE_DIR.joinpath(f"{i18n.DOMAIN}.pot").open("rb") as handle:
        template = read_po(handle)
    for section, entries in notes().items():
        for key, note in entries.items():
            assert template.get(note.text) is not None, f"{section}.{key} fehlt im Katalog"
