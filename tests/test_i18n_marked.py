"""Every text from app/ that a user sees is marked for translation (issue 17).

An AST check over ``app/**/*.py``: a string literal or f-string with words in it
that is raised in an exception, printed, given to argparse (``help=``,
``description=``, …), passed as a ``message=``/``hint=`` or returned as a message
must be wrapped in ``_()``, ``N_()`` or ``ngettext()``.  Texts that must stay German
(letters and PDFs for the authority, § 19 SGB X; log lines; file formats) are listed
in ``ALLOWED`` with the reason.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.cli import main
from tests.conftest import ROOT

APP = ROOT / "app"
MARKERS = {"_", "N_", "ngettext"}
# keyword arguments whose value a user reads
SHOWN_KEYWORDS = {
    "help",
    "description",
    "epilog",
    "message",
    "hint",
    "label",
    "status",
    "title",
    "explanation",
    "question",
    "warning",
}
# calls whose positional text arguments a user reads
SHOWN_CALLS = {
    "print",
    "error",
    "exit",
    "write",
    "_say",
    "_getpass",
    "_command",
    "__init__",
    "append",
    "atomic_stream",
    "os_error",
    "Check",
    "add_argument_group",
    "add_subparsers",
}
# raised only by a programming error: English, never shown
PROGRAMMING_ERRORS = {"RuntimeError", "AttributeError", "AssertionError", "TypeError"}
# variables that hold a message being put together
SHOWN_NAMES = {
    "text",
    "detail",
    "message",
    "summary",
    "hint",
    "warning",
    "reason",
    "notice",
    "line",
    "why",
}
# functions whose returned text is a message (by name)
MESSAGE_FUNCTIONS = re.compile(
    r"(message|hint|text|label|warning|explain|describe|problem|allowed|possible|words|summary)",
    re.I,
)
# an exception made (raised or returned to be raised) with a text
EXCEPTION_CLASS = re.compile(r"(Error|Refused|Failed|Damaged|Missing|Exists|Locked|Passphrase)$")
WORDS = re.compile(r"[^\W\d_]{3,}")

# module (relative to app/, without .py) or "module:function": why its texts stay German
ALLOWED: dict[str, str] = {
    "letters/proposals": "letter sentences for the Jobcenter (§ 19 SGB X: German)",
    "letters/render": "the DIN 5008 PDF letter for the Jobcenter",
    "recovery_sheet": "the printed recovery sheet (PDF), kept German like every PDF",
    "pdf/text": "PDF layout helpers",
    "i18n": "the translation machinery itself",
    "deadlines:_holiday_label": "a step of the deadline count: stored in the diary, cited in letters",
    "deadlines:_received_step": "a step of the deadline count: stored in the diary",
    "deadlines:_month_step": "a step of the deadline count: stored in the diary",
    "deadlines:count_days": "a step of the deadline count: stored in the diary",
    "deadlines:_finish": "a step of the deadline count: stored in the diary",
    "letters/build:_reminder": "the reminder's reference line: printed in the letter",
    "letters/build:build_letter": "the letter's information block: printed in the letter",
    "deadlines:_shift_step": "a step of the deadline count: stored in the diary",
    # checks of the data files shipped with the program: read by whoever edits them
    "authorities:load": "checks behoerden.toml (shipped data, tested)",
    "authorities:supervisory_authority": "checks behoerden.toml (shipped data, tested)",
    "catalogue:load": "checks dokumente.toml (shipped data, tested)",
    "letters/catalogue:load": "checks briefe.toml (shipped data, tested)",
    "deadlines:load_answer_rules": "checks the [frist.*] tables of briefe.toml",
    "redflags/rules:_concept_table": "checks a red-flag rule file (written by developers)",
    "redflags/rules:_group_flags": "checks a red-flag rule file (written by developers)",
    "redflags/rules:_group_options": "checks a red-flag rule file (written by developers)",
    "redflags/rules:_legal_basis": "checks a red-flag rule file (written by developers)",
    "redflags/rules:_letter_fact": "checks a red-flag rule file (written by developers)",
    "redflags/rules:_letter_norms": "checks a red-flag rule file (written by developers)",
    "redflags/rules:_read": "checks a red-flag rule file (written by developers)",
    "redflags/rules:_tables": "checks a red-flag rule file (written by developers)",
    "redflags/rules:compile_rules": "checks a red-flag rule file (written by developers)",
    "redflags/rules:conditions": "checks a red-flag rule file (written by developers)",
    "redflags/rules:expand_depth": "checks a red-flag rule file (written by developers)",
    "redflags/rules:group": "checks a red-flag rule file (written by developers)",
    "redflags/rules:load_concepts": "checks a red-flag rule file (written by developers)",
    "redflags/rules:rule_file": "checks a red-flag rule file (written by developers)",
    "redflags/rules:structured": "checks a red-flag rule file (written by developers)",
    "redflags/rules:text_pattern": "checks a red-flag rule file (written by developers)",
    # programming errors (English, never reach a user)
    "vault/kept:decompress": "an unknown compression id (caught, file reported damaged)",
    "vault/crypto:recovery_code_groups": "caught by the callers",
    "letters/hooks:register": "a letter step registered twice (programming error)",
}


def _is_marked(node: ast.AST) -> bool:
    """``_("…")``, ``N_("…")``, ``ngettext(…)`` or ``_("…").format(…)``."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id in MARKERS:
            return True
        if isinstance(func, ast.Attribute) and func.attr in {"format", "strip", "rstrip"}:
            return _is_marked(func.value)
    return False


def _text_nodes(node: ast.AST) -> Iterator[ast.Constant | ast.JoinedStr]:
    """The literal text parts of an expression that a user would read unmarked."""
    if _is_marked(node):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        yield node
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from _text_nodes(node.left)
        yield from _text_nodes(node.right)
    elif isinstance(node, ast.Tuple):
        for element in node.elts:
            yield from _text_nodes(element)
    elif isinstance(node, ast.IfExp):
        yield from _text_nodes(node.body)
        yield from _text_nodes(node.orelse)
    elif isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "printable":  # app.errors: escapes only
            for arg in node.args:
                yield from _text_nodes(arg)
        if isinstance(func, ast.Attribute) and func.attr in {"format", "join", "replace", "strip"}:
            yield from _text_nodes(func.value)


def literal_text(node: ast.Constant | ast.JoinedStr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return "".join(
        v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
    )


def _words(text: str) -> bool:
    """A sentence or label, not an identifier, format string or path."""
    return bool(WORDS.search(text)) and " " in text


def _functions(tree: ast.AST) -> Iterator[tuple[str, ast.AST]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node.name, node


def _shown_nodes(tree: ast.Module) -> Iterator[tuple[ast.AST, str, str]]:
    """(text node, enclosing function, what) for every place a text reaches a user."""
    owner: dict[ast.AST, str] = {}
    for name, function in _functions(tree):
        for child in ast.walk(function):
            owner[child] = name  # innermost wins: ast.walk visits outer functions first
    for node in ast.walk(tree):
        where = owner.get(node, "<module>")
        if (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and not (isinstance(node.exc.func, ast.Name) and node.exc.func.id in PROGRAMMING_ERRORS)
        ):
            for arg in node.exc.args:
                yield arg, where, "raise"
            for kw in node.exc.keywords:
                yield kw.value, where, "raise"
        elif isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name in SHOWN_CALLS or (
                EXCEPTION_CLASS.search(name) and name not in PROGRAMMING_ERRORS
            ):
                for arg in node.args:
                    yield arg, where, name
            for kw in node.keywords:
                if kw.arg in SHOWN_KEYWORDS:
                    yield kw.value, where, f"{kw.arg}="
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if node.value is not None and any(
                isinstance(t, ast.Name) and t.id in SHOWN_NAMES for t in targets
            ):
                yield node.value, where, "assigned"
        elif (
            isinstance(node, ast.Return)
            and node.value is not None
            and MESSAGE_FUNCTIONS.search(where)
        ):
            yield node.value, where, "return"


def unmarked_nodes(path: Path, root: Path = APP) -> list[tuple[ast.Constant | ast.JoinedStr, str]]:
    """(text node, "module:function") of every unmarked visible text in ``path``."""
    module = path.relative_to(root).with_suffix("").as_posix()
    if module in ALLOWED:
        return []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[int, tuple[ast.Constant | ast.JoinedStr, str]] = {}
    for node, where, _what in _shown_nodes(tree):
        if f"{module}:{where}" in ALLOWED:
            continue
        for text_node in _text_nodes(node):
            if _words(literal_text(text_node)):
                found[id(text_node)] = (text_node, f"{module}:{where}")  # once per text
    return list(found.values())


def unmarked(path: Path, root: Path = APP) -> list[str]:
    return [
        f"app/{where.split(':')[0]}.py:{node.lineno} ({where}) {literal_text(node)!r}"
        for node, where in unmarked_nodes(path, root)
    ]


def test_every_visible_text_in_app_is_marked() -> None:
    found = [line for path in sorted(APP.rglob("*.py")) for line in unmarked(path)]
    assert not found, "unmarked texts (wrap in _()/N_()):\n" + "\n".join(found)


def test_the_check_finds_an_unmarked_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from app.i18n import _\n"
        "def f(x):\n"
        "    if x:\n"
        "        raise ValueError(f'Das Datum {x} ist ungültig.')\n"
        "    print(_('Alles gut.'))\n"
        "    raise ValueError(_('Das Datum {x} ist ungültig.').format(x=x))\n",
        encoding="utf-8",
    )
    found = unmarked(sample, root=tmp_path)
    assert len(found) == 1 and "Das Datum" in found[0] and "sample:f" in found[0]


def test_every_allowlisted_module_exists() -> None:
    for entry in ALLOWED:
        module = entry.split(":")[0]
        assert (APP / f"{module}.py").exists(), entry


ENGLISH_ARGPARSE = ("usage:", "options", "positional arguments", "show this help", "error:")


@pytest.mark.parametrize("command", [[], ["init"], ["letter"], ["restore"], ["check"]])
def test_the_command_line_help_is_german(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: amtstagebuch")
    for english in ENGLISH_ARGPARSE:
        assert english not in out.lower(), english


def test_argparse_errors_are_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init"]) == 2
    err = capsys.readouterr().err
    assert "Aufruf fehlerhaft: diese Angaben fehlen: TAGEBUCH" in err
    assert not any(english in err.lower() for english in ENGLISH_ARGPARSE)


def test_the_command_line_speaks_the_chosen_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse's headings and the program's help go through the catalogue."""
    babel = pytest.importorskip("babel.messages.catalog")
    from babel.messages.mofile import write_mo

    catalog = babel.Catalog(locale="en", domain=i18n.DOMAIN)
    catalog.add("Optionen", "Options")
    catalog.add("Aufruf: ", "Usage: ")
    catalog.add("der Ordner des Tagebuchs", "the diary's folder")
    target = tmp_path / "en" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as out:
        write_mo(out, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setenv("AMTSTAGEBUCH_SPRACHE", "en")
    try:
        assert main(["init", "--help"]) == 0
    finally:
        i18n.set_language("de")
    out = capsys.readouterr().out
    assert out.startswith("Usage: amtstagebuch init")
    assert "Options:" in out and "the diary's folder" in out
