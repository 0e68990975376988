"""Every text a user sees goes through Qt's translation functions.

The interface is written in German; an English translation comes later. For it
to be possible, no visible string may bypass ``tr()`` / ``translate()``, and
Qt's ``lupdate`` must find them all.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = sorted((ROOT / "ui").rglob("*.py"))
# what scripts/update_translations.py gives lupdate: ui/ and the labels defined in app/
LUPDATE_SOURCES = [*UI, ROOT / "app" / "vocabulary.py"]
# calls that put their first argument on the screen
SETTERS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setAccessibleName",
    "setTitle", "addItem", "setStatusTip", "showMessage", "setWhatsThis", "setSubTitle",
    "setButtonText", "setInformativeText", "setAccessibleDescription", "addTab", "setTabText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setFormat", "setLabelText",
}  # fmt: skip
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QListWidgetItem", "QStandardItem", "QTreeWidgetItem",
}  # fmt: skip
TRANSLATORS = {"tr", "translate", "label"}


def _is_text(node: ast.AST) -> bool:
    """A literal with letters in it (numbers, symbols and masks are no words)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = re.sub(r"<[^>]*>", "", node.value)  # markup is no text
        return any(ch.isalpha() for ch in words) and not words.isupper()
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            # lupdate does not look into f-strings: a tr() there never reaches the catalogue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _name(inner.func) in {"tr", "translate"}:
                    found.append(f"{path.name}:{inner.lineno}: tr() inside an f-string")
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node.func)
        if name in SETTERS or name in WIDGETS:
            # the visible text is the first argument, or the second of addItem(icon, text)
            for arg in node.args[:2] if name == "addItem" else node.args[:1]:
                if _is_text(arg):
                    found.append(f"{path.name}:{node.lineno}: {ast.unparse(arg)[:60]}")
        if name in {"tr"} and not isinstance(node.args[0], ast.Constant):
            arg = node.args[0]
            if not (isinstance(arg, ast.BinOp) or isinstance(arg, ast.JoinedStr)):
                found.append(
                    f"{path.name}:{node.lineno}: tr() of a variable (lupdate cannot see it)"
                )
            else:
                found.append(f"{path.name}:{node.lineno}: tr() of a built string")
    return found


@pytest.mark.parametrize("path", UI, ids=lambda p: p.name)
def test_no_visible_text_bypasses_translation(path: Path) -> None:
    assert _untranslated(path) == []


def test_lupdate_finds_the_interface_texts(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate fehlt")
    target = tmp_path / "en.ts"
    done = subprocess.run(
        [lupdate, *map(str, LUPDATE_SOURCES), "-ts", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    sources = {m.findtext("source") for m in ET.parse(target).iter("message")}
    for text in ("<h2>Tagebuch entsperren</h2>", "Termin", "Online-Portal", "persönlich abgegeben"):
        assert text in sources, text
    assert len(sources) > 300
    # the translation file in the repository is up to date with the code
    committed = ROOT / "ui" / "i18n" / "amtstagebuch_en.ts"
    have = {m.findtext("source") for m in ET.parse(committed).iter("message")}
    assert sources <= have, sorted(sources - have)[:10]
