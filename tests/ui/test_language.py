"""Choosing the language (issue 17): system language at first start, the stored
choice, the override, switching live with an entry being edited, right to left."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit
from pytestqt.qtbot import QtBot

from app import i18n
from app.language_choice import chosen_language, store_language, stored_language
from tests.conftest import PASSPHRASE
from ui.common import i18n as ui_i18n
from ui.common.layout import german_date
from ui.main import MainWindow

HERE = Path(__file__).parent


@pytest.fixture
def catalogue(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A test-only English catalogue with a handful of entries."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = tmp_path / "amtstagebuch_en.qm"
    subprocess.run(
        [str(lrelease), str(HERE / "data" / "amtstagebuch_en.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(ui_i18n, "I18N", tmp_path)
    monkeypatch.delenv("AMTSTAGEBUCH_SPRACHE", raising=False)
    yield tmp_path
    ui_i18n.install_translators(qapp, "de")


def test_first_start_follows_the_system_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AMTSTAGEBUCH_SPRACHE", raising=False)
    assert chosen_language("uk_UA", tmp_path) == "uk"
    assert chosen_language("fa-IR", tmp_path) == "fa"
    assert chosen_language("fr_FR", tmp_path) == "de"  # not offered: German


def test_the_stored_choice_wins_and_the_override_wins_over_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AMTSTAGEBUCH_SPRACHE", raising=False)
    store_language("tr", tmp_path)
    assert stored_language(tmp_path) == "tr"
    assert chosen_language("en_US", tmp_path) == "tr"
    monkeypatch.setenv("AMTSTAGEBUCH_SPRACHE", "ar")
    assert chosen_language("en_US", tmp_path) == "ar"
    (tmp_path / "sprache.json").write_text("kaputt", encoding="utf-8")
    monkeypatch.delenv("AMTSTAGEBUCH_SPRACHE")
    assert chosen_language("ru_RU", tmp_path) == "ru"  # damaged file: system language


def test_arabic_lays_out_right_to_left_and_keeps_dates_readable(
    qapp: QApplication, catalogue: Path
) -> None:
    app = qapp
    ui_i18n.install_translators(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.current_language() == "ar"
    # dates keep the digits 0–9 of the tables and the Jobcenter's letters (Qt's own
    # Arabic locale writes ٠٧.١٢.٢٠٢٦ in a date field)
    field = QDateEdit(QDate(2026, 12, 7))
    german_date(field)
    assert field.text() == "07.12.2026"
    ui_i18n.install_translators(app, "fa")
    assert QDateEdit(QDate(2026, 12, 7)).locale().toString(QDate(2026, 12, 7), "dd.MM.yyyy") == (
        "07.12.2026"
    )
    ui_i18n.install_translators(app, "de")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().name().startswith("de")


def test_switching_live_keeps_the_entry_being_typed(
    qtbot: QtBot, vault_dir: Path, catalogue: Path, tmp_path: Path
) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    chooser = window.language_chooser
    assert [chooser.itemText(i) for i in range(chooser.count())] == list(i18n.LANGUAGES.values())
    window.unlock_page.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert window.workspace is not None
    window.workspace.nav.setCurrentRow(5)  # Einstellungen
    dialog = window.new_entry()
    assert dialog is not None
    dialog.notes.setPlainText("Halb getippt, nicht verlieren")
    window.workspace.settings.language.setCurrentIndex(1)  # English, in Einstellungen
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.workspace.nav.item(0).text() == "Overview"
    )
    assert window.workspace.nav.currentRow() == 5
    assert window.workspace.nav.item(5).text() == "Settings"
    assert window.menuBar().actions()[0].text() == "&Diary"
    assert dialog.notes.toPlainText() == "Halb getippt, nicht verlieren"
    assert window.opened is not None  # still unlocked
    assert stored_language() == "en"
    assert chooser.currentText() == "English"
    # right to left, switched from the menu bar's chooser
    chooser.setCurrentIndex(list(i18n.LANGUAGES).index("ar"))
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "ar.png"))
    assert dialog.notes.toPlainText() == "Halb getippt, nicht verlieren"
    dialog.reject()
    window.lock()
