"""No visible text bypasses the catalogues (issue 17), proved with a pseudo-translation.

Every text that goes through a catalogue — Qt's ``tr()`` for the window, gettext's
``_()`` for ``app/`` — is wrapped in ⟦…⟧ here. Then the demo diary is opened and every
view, the entry form and each step of the letter wizard are read as a user would see
them: labels, buttons, group titles, table titles and cells, list items, menus, read-only
texts. What is left after removing the wrapped parts and the diary's own content (the
demo data, which the user wrote and which stays as written) must not contain a word:
a word there is a text that no translator can reach.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.authorities import STATES, _data
from app.demo import DEMO_PASSPHRASE, fill_demo
from app.paths import RESOURCES
from app.vault.vault import Vault
from ui.letters.pages.explanation_view import ExplanationView
from ui.main import MainWindow

OPEN, CLOSE = "⟦", "⟧"


def _wrap(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}" if text else text


ROOT = Path(__file__).resolve().parents[2]
# what a translator gets: the committed catalogues (a text missing there stays German)
QT_TEXTS = {
    (context.findtext("name") or "", message.findtext("source") or "")
    for context in ET.parse(ROOT / "ui" / "i18n" / "amtstagebuch_en.ts").iter("context")
    for message in context.iter("message")
}
GETTEXT_TEXTS = {
    message.id if isinstance(message.id, str) else message.id[0]
    for message in read_po((ROOT / "app" / "locale" / "amtstagebuch.pot").open("rb"))
}


class _PseudoQt(QTranslator):
    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return _wrap(source) if (context, source) in QT_TEXTS else ""


class _PseudoGettext:
    def gettext(self, message: str) -> str:
        return _wrap(message) if message in GETTEXT_TEXTS else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        shown = singular if n == 1 else plural
        return _wrap(shown) if singular in GETTEXT_TEXTS else shown


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = _PseudoQt(qapp)
    qapp.installTranslator(translator)
    i18n.set_language("en")
    i18n._catalogue = _PseudoGettext()  # type: ignore[assignment]
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        i18n.set_language("de")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


# names, norms and abbreviations that are the same in every language
SAME_EVERYWHERE = {
    "Amtstagebuch", "Jobcenter", "Bürgergeld", "DSGVO", "SGB", "SGG", "PAuswG", "PassG",
    "BDSG", "StGB", "BSG", "PDF", "Art", "Abs", "lit", "Nr", "Strg", "Esc", "Umschalt",
    "BfDI", "LfDI", "VerBIS", "Fax", "E-Mail",
    # each language's name in itself, in the language chooser
    "Deutsch", "English", "Українська", "Русский", "العربية", "Türkçe", "فارسی",
}  # fmt: skip
# names of Länder, authorities and norms, as on the letters (a norm may be a guideline
# of an authority, named as it names itself)
NAMES = {
    *STATES.values(),
    *(authority.name for authority in (_data().federal, *_data().by_state.values())),
    *(
        str(basis.get("norm", ""))
        for path in (RESOURCES / "rules").glob("*.toml")
        for basis in tomllib.loads(path.read_text("utf-8")).get("legal_basis", [])
    ),
}
WORD = re.compile(r"[^\W\d_]{3,}")


def _bare(text: str, data: str) -> str:
    """``text`` without its catalogue parts, markup and the diary's own content."""
    text = re.sub(r"<[^>]*>", "\n", text).replace("&nbsp;", " ").replace("&amp;", "&")
    previous = None
    while previous != text:
        previous = text
        text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", "\n", text)
    for name in sorted(NAMES, key=len, reverse=True):  # a norm's name holds commas
        if name:
            text = text.replace(name, "\n")
    kept = []
    # the program joins what the user wrote with its own words and signs: each piece alone
    for piece in re.split(r"\n|\s[–-]\s|[:()…,;„“]", text):
        piece = " ".join(piece.split()).strip(" .")
        if piece and piece not in data:
            kept.append(piece)
    return "\n".join(kept)


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user can read in ``root`` right now."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        if widget.isWindow():
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield where, widget.placeholderText()
        elif isinstance(widget, ExplanationView):
            # the openings quoted from the German letter stay German on purpose
            yield where, re.sub(r"„[^“]*“", " ", widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            yield where, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield where, widget.itemText(row)
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield where, widget.tabText(tab)
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)  # its table reads the titles
            and widget.model() is not None
        ):
            yield from ((where, text) for text in _model_texts(widget))
        for action in widget.actions():
            if action.isVisible() and action.text():
                yield where, action.text()
                menu = action.menu()
                if menu is not None:
                    for item in menu.actions():
                        yield where, item.text()


def _model_texts(view: QAbstractItemView) -> Iterable[str]:
    model = view.model()

    def columns(parent: QModelIndex) -> int:
        try:
            return int(model.columnCount(parent))
        except TypeError:  # a list model: one column, its count private
            return 1

    for column in range(columns(QModelIndex())):
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if title is not None:
            yield str(title)

    def walk(parent: QModelIndex) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), 60)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                shown = index.data(Qt.ItemDataRole.DisplayRole)
                if shown is not None:
                    yield str(shown)
                if column == 0 and columns(index) > 1 and model.rowCount(index):
                    yield from walk(index)

    yield from walk(QModelIndex())


class _Reader:
    """Reads what a user sees; reports each untranslated text once."""

    def __init__(self, data: str) -> None:
        self.data = data
        self.seen: set[str] = set()
        self.found: list[str] = []

    def read(self, root: QWidget, place: str) -> None:
        for where, text in _visible_texts(root):
            words = [w for w in WORD.findall(_bare(text, self.data)) if w not in SAME_EVERYWHERE]
            if words and text not in self.seen:
                self.seen.add(text)
                self.found.append(f"{place} / {where}: {' '.join(words[:8])!r} in {text[:300]!r}")


def _user_content(vault: Vault) -> str:
    """Everything the user wrote (here: the demo story), as the export holds it: it is
    shown as written, in whatever language, whole or shortened („…“)."""
    from app.services.interchange import export_document

    return " ".join(" ".join(_strings(export_document(vault))).split())


def test_every_visible_text_comes_from_a_catalogue(
    qtbot: QtBot, tmp_path: Path, pseudo: None
) -> None:
    folder = tmp_path / "demo"
    vault, _code = Vault.create(folder, DEMO_PASSPHRASE, unlock_time_ms=0, check_strength=False)
    fill_demo(vault, today=date.today())
    reader = _Reader(_user_content(vault))
    vault.close()
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    reader.read(window, "Entsperren")
    window.unlock_page.secret.setText(DEMO_PASSPHRASE)
    window.unlock_page.start_unlock()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    workspace = window.workspace
    assert workspace is not None
    for row in range(workspace.nav.count()):
        workspace.nav.setCurrentRow(row)
        QCoreApplication.processEvents()
        view = workspace.nav.item(row).text()
        reader.read(window, view)
        # each item chosen in turn (up to 25 per list), so its details show too
        tables = [
            table
            for table in workspace.stack.currentWidget().findChildren(QAbstractItemView)
            if table.isVisible()
            and not isinstance(table, QHeaderView)
            and table.model() is not None
        ]
        for table in tables:
            for item in range(min(25, table.model().rowCount(QModelIndex()))):
                table.setCurrentIndex(table.model().index(item, 0))
                QCoreApplication.processEvents()
                reader.read(window, f"{view} (Zeile {item + 1})")
    dialog = window.new_entry()
    assert dialog is not None
    QCoreApplication.processEvents()
    reader.read(dialog, "Neuer Eintrag")
    dialog.reject()
    wizard = window.new_letter()
    assert wizard is not None
    wizard.select_type("auskunft")
    for step in ("Briefart", "Worum", "Angaben", "Vorschau"):
        QCoreApplication.processEvents()
        reader.read(wizard, f"Brief-Assistent {step}")
        wizard.forward()
    wizard.reject()
    window.lock()
    assert reader.found == [], "\n".join(reader.found)
