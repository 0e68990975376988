"""The letter wizard's preview explains the German letter in the user's language (issue 17)."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.letters.explain import notes
from app.letters.model import LetterRequest
from app.records import ContactData
from app.services.entries import EntriesService
from app.services.letters import LetterService
from app.vault.vault import Vault
from tests.ui.test_letters import _click, _fill_profile
from ui.letters.wizard import STEP_PREVIEW, LetterWizard

PRIVATE = "Mein Sohn Jonas war krank."


def _to_preview(qtbot: QtBot, vault: Vault, request: LetterRequest) -> LetterWizard:
    _fill_profile(vault)
    wizard = LetterWizard(LetterService(vault), request=request)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        if wizard.step() == STEP_PREVIEW:
            break
        _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_PREVIEW, wizard.error.text()
    return wizard


def test_the_preview_says_what_each_paragraph_says_and_what_happens_next(
    qtbot: QtBot, vault: Vault
) -> None:
    wizard = _to_preview(qtbot, vault, LetterRequest("auskunft"))
    view = wizard.preview_page.explanation
    assert view.isVisibleTo(wizard)
    assert view.accessibleName() == "Was dieser Brief sagt (Bildlaufbereich)"
    assert view.focusPolicy() != Qt.FocusPolicy.NoFocus  # reachable by keyboard
    shown = view.text()
    assert shown.startswith("Was dieser Brief sagt")
    # the start of the German paragraph, to find it on paper, then what it says
    assert "„ich bitte um Auskunft über die personenbezogenen Daten, …“" in shown
    auskunft = notes()["auskunft"]
    assert auskunft["bitte"].text in shown
    assert auskunft["kopie"].text in shown
    # only what this letter has: no e-mail given, no Schwerpunkt, no Vorgänge
    assert auskunft["schwerpunkt"].text not in shown
    assert "Was danach passiert" in shown
    assert auskunft["danach"].text in shown and notes()["frist"]["dsgvo"].text in shown
    assert shown.index("Was danach passiert") > shown.index(auskunft["frist"].text)
    # every paragraph is laid out whole and can be scrolled to, also when narrow
    painted = view.document().toPlainText()
    assert all(part in painted for part in shown.split("\n"))
    wizard.preview_page.splitter.setSizes([900, 160])
    qtbot.waitUntil(lambda: view.viewport().width() < 200)
    height = view.document().size().height()
    assert height > 4 * view.viewport().height()  # long: wrapped, not cut
    bar = view.verticalScrollBar()
    assert bar.maximum() + view.viewport().height() >= height - 1
    wizard.reject()
    assert view.text() == ""  # forgotten with the rest of the dialog


def test_the_explanation_follows_the_letters_conditional_parts(qtbot: QtBot, vault: Vault) -> None:
    request = LetterRequest(
        "kontoauszuege-begleitschreiben", details={"geschwaerzt": "ja", "originale": "ja"}
    )
    wizard = _to_preview(qtbot, vault, request)
    shown = wizard.preview_page.explanation.text()
    konto = notes()["kontoauszuege-begleitschreiben"]
    assert konto["geschwaerzt"].text in shown and konto["originale"].text in shown
    assert konto["kopien"].text not in shown
    assert "„Es sind Originale. Bitte geben Sie sie mir" in shown
    wizard.reject()


def test_private_notes_never_reach_the_explanation(qtbot: QtBot, vault: Vault) -> None:
    _fill_profile(vault)
    EntriesService(vault).add_contact(
        ContactData(
            when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
            channel="termin",
            counterpart="Frau K.",
            notes="Die Sachbearbeiterin hat meinen Personalausweis kopiert. " + PRIVATE,
        )
    )
    from app.services.findings import FindingsService

    wizard = LetterWizard(LetterService(vault), FindingsService(vault))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.select_type("beschwerde")
    _click(qtbot, wizard.next_button)
    for kind in ("entries", "findings"):
        items = wizard.lists[kind]
        for row in range(items.count()):
            items.item(row).setCheckState(Qt.CheckState.Checked)
    _click(qtbot, wizard.next_button)
    _click(qtbot, wizard.next_button)
    assert wizard.step() == STEP_PREVIEW, wizard.error.text()
    shown = wizard.preview_page.explanation.text()
    assert (
        "„Was geschehen ist: Am 02.03.2026 hatte ich einen …“" in shown
    )  # the letter's own sentence
    assert "Jonas" not in shown and "Die Sachbearbeiterin hat" not in shown
    wizard.reject()


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
        {
            notes()["auskunft"]["bitte"].text: "Here you ask the Jobcenter what data it holds.",
            notes()["frist"]["dsgvo"].text: "The Jobcenter must answer within one month.",
        }
    )
    try:
        yield
    finally:
        i18n.set_language("de")


def test_in_another_language_the_explanation_is_translated(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    wizard = _to_preview(qtbot, vault, LetterRequest("auskunft"))
    shown = wizard.preview_page.explanation.text()
    assert "Here you ask the Jobcenter what data it holds." in shown
    assert "The Jobcenter must answer within one month." in shown
    assert notes()["auskunft"]["bitte"].text not in shown
    # the German paragraph it explains stays German
    assert "„ich bitte um Auskunft über die personenbezogenen Daten, …“" in shown
    wizard.reject()


def test_right_to_left_reads_each_paragraph_in_its_own_direction(
    qtbot: QtBot, vault: Vault
) -> None:
    i18n.set_language("ar")
    arabic = "هنا تسألون Jobcenter عن البيانات المحفوظة عنكم."
    i18n._catalogue = _Catalogue({notes()["auskunft"]["bitte"].text: arabic})
    try:
        wizard = _to_preview(qtbot, vault, LetterRequest("auskunft"))
        wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        view = wizard.preview_page.explanation
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        directions = {}
        block = view.document().begin()
        while block.isValid():
            directions[block.text()] = block.textDirection()
            block = block.next()
        assert directions[arabic] == Qt.LayoutDirection.RightToLeft
        # the German opening it explains, to find on paper, stays left to right
        opening = "„ich bitte um Auskunft über die personenbezogenen Daten, …“"
        assert directions[opening] == Qt.LayoutDirection.LeftToRight
        wizard.reject()
    finally:
        i18n.set_language("de")
