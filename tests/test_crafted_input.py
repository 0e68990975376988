"""Crafted input never reaches "Unerwarteter Fehler" (issue 12, point 6).

Real files are crafted and run through the command line: (a) import files with a
wrong type in every field (a number where text belongs, a list where an object
belongs, nothing, a huge number, a lone surrogate "\\ud800", terminal escapes
"\\x1b[31m", "\\r\\n"); (b) diaries whose decrypted database holds crafted rows
(written straight into the SQLite image, as a tool outside the program would);
(c) ``check`` input with such ids and texts. Every refusal is one German line that
names what is wrong; nothing from a file reaches the terminal raw; ``verify`` and
``export`` name each bad row and go on with the others.

The key derivation is replaced by a fast stand-in here: what is tested is the
handling of the input, not Argon2 (which has its own tests).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, Result, run_cli
from tests.test_cli import SAMPLE

UNEXPECTED = "Unerwarteter Fehler"
# what must never reach a terminal raw: C0/C1 controls (newline only as a line end),
# lone surrogates, bidi overrides
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
GERMAN = re.compile(r"[äöüß„“]|\b(der|die|das|ist|nicht|kein|keine|Feld|hier|wird|fehlt)\b")

BAD_VALUES: list[Any] = [
    1,
    10**40,
    1.5,
    [],
    ["x"],
    {},
    {"a": 1},
    None,
    True,
    "\ud800",
    "\x1b[31mrot",
    "a\r\nb",
    "x" * 210_000,
]
BAD_IDS = [f"{i}" for i in range(len(BAD_VALUES))]


def _fast_kdf(passphrase: str, salt: bytes, params: object) -> bytes:
    return hashlib.blake2b(passphrase.encode("utf-8") + salt, digest_size=32).digest()


@pytest.fixture(autouse=True)
def _quick_unlock(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.vault import slots

    monkeypatch.setattr(slots, "argon2id", _fast_kdf)


def _stdin() -> str:
    return PASSPHRASE + "\n"


def _cli(*args: str) -> Result:
    return run_cli(*args, "--passphrase-stdin", stdin=_stdin())


def _assert_shown_safely(result: Result) -> None:
    assert UNEXPECTED not in result.err, result.err
    assert "Traceback" not in result.err
    for text in (result.err, result.out):
        found = RAW.search(text)
        assert found is None, f"raw {found.group()!r} in {text[:300]!r}"


# ------------------------------------------------------------------ (a) import files

PDF = base64.b64encode(b"%PDF-1.4\n% crafted\n").decode("ascii")
BASE: dict[str, Any] = copy.deepcopy(SAMPLE)
BASE["contacts"][0]["details"] = {"asked_of_me": "Kontoauszüge", "statements_months": 3}
BASE["handovers"][0]["notes"] = "Kopie gemacht"
BASE["handovers"][0]["documents"][0]["pages"] = 2
BASE["letters"] = [
    {
        "type": "auskunft", "created_at": "2026-03-03T10:00:00", "letter_date": "2026-03-03",
        "subject": "Auskunft", "recipient": {"lines": ["Jobcenter"]}, "status": "entwurf",
        "details": {"zeitraum": "2025"}, "entries": [], "handovers": [], "findings": [],
        "letters": [], "pdf": PDF,
        "deadlines": [{"kind": "antwort", "due_on": "2026-04-01", "title": "Antwort"}],
    }
]  # fmt: skip
BASE["decisions"] = [
    {"entry": "a" * 32, "rule": "ausweiskopie", "status": "verworfen", "reason": "schon geklärt"}
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


FIELDS = [p for p in _paths(BASE) if p[-1] != "pdf"] + [
    ("handovers", 0, "contact_uid"),
    ("contacts", 0, "details", "next_appointment"),
    ("contacts", 0, "details", "documents_requested"),
]


def _spot(path: tuple[Any, ...]) -> str:
    """How a message names ``path``: its last field name (``contacts[0]`` names
    "contacts", ``recipient.lines[0]`` names "lines")."""
    return str([p for p in path if isinstance(p, str)][-1])


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from app.vault import slots
    from app.vault.vault import Vault

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(slots, "argon2id", _fast_kdf)
        folder = tmp_path_factory.mktemp("vorlage") / "tagebuch"
        vault, _code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
        vault.close()
    yield folder


@pytest.fixture
def fresh(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "tagebuch"
    shutil.copytree(template, folder)
    return folder


def _import(folder: Path, tmp_path: Path, doc: Any) -> Result:
    source = tmp_path / "import.json"
    # ASCII escapes: "\ud800" reaches the program as a lone surrogate, not as bad UTF-8
    source.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    return _cli("import", str(folder), str(source))


@pytest.mark.parametrize("path", FIELDS, ids=[".".join(map(str, p)) for p in FIELDS])
def test_a_wrong_type_in_any_field_of_an_import_file_is_named_or_taken(
    fresh: Path, tmp_path: Path, path: tuple[Any, ...]
) -> None:
    taken = 0
    for value in BAD_VALUES:
        result = _import(fresh, tmp_path, _with(path, value))
        _assert_shown_safely(result)
        if result.code == 0:
            taken += 1
            continue
        assert result.code == 1, result.err
        assert result.err.count("\n") == 1, result.err  # one line
        assert GERMAN.search(result.err), result.err
        assert "Passphrase" not in result.err
        assert _spot(path) in result.err, f"{path} = {value!r}: {result.err}"
    if taken:  # what was taken is stored cleanly: export and verify stay calm
        exported = _cli("export", str(fresh))
        _assert_shown_safely(exported)
        assert exported.code == 0, exported.err
        assert json.loads(exported.out)["format"] == "amtstagebuch-export"
        verified = _cli("verify", str(fresh))
        _assert_shown_safely(verified)
        assert verified.code == 0, verified.out


@pytest.mark.parametrize("where", [(), ("contacts", 0), ("handovers", 0), ("profile",),
                                   ("handovers", 0, "documents", 0), ("jobcenter",)])  # fmt: skip
def test_unknown_fields_with_crafted_names_or_values_are_refused_or_kept_safely(
    fresh: Path, tmp_path: Path, where: tuple[Any, ...]
) -> None:
    for name, value in [
        ("\ud800", 1), ("farbe\x1b[31m", 1), ("a\r\nb", 1), ("quelle", "\ud800"),
        ("quelle", {"\ud800": 1}), ("quelle", "\x1b[2J\r\n"), ("quelle", [[[[1]]]]),
    ]:  # fmt: skip
        result = _import(fresh, tmp_path, _with((*where, name), value))
        _assert_shown_safely(result)
        assert result.code in (0, 1)
        if result.code == 1:
            assert GERMAN.search(result.err) and result.err.count("\n") == 1, result.err
    exported = _cli("export", str(fresh))
    _assert_shown_safely(exported)
    assert exported.code == 0, exported.err
    json.loads(exported.out)


@pytest.mark.parametrize(
    "value, needle",
    [
        ("\x1b[31mzwei", "\\x1b[31mzwei"),
        ("a\r\nb", "a\\x0d\\x0ab"),
        (10**40, "10000000000000000000000000000000000000000"),
        ([1], "[1]"),
    ],
)
def test_values_from_the_file_are_shown_escaped_in_the_message(
    fresh: Path, tmp_path: Path, value: Any, needle: str
) -> None:
    result = _import(fresh, tmp_path, _with(("contacts", 0, "channel"), value))
    _assert_shown_safely(result)
    assert result.code == 1
    assert "contacts[0]" in result.err and "„channel“" in result.err, result.err
    if isinstance(value, str):
        assert needle in result.err, result.err


def test_a_number_too_long_to_read_is_refused_in_german(fresh: Path, tmp_path: Path) -> None:
    source = tmp_path / "import.json"
    source.write_text('{"format": "amtstagebuch-export", "version": ' + "9" * 5000 + "}")
    result = _cli("import", str(fresh), str(source))
    _assert_shown_safely(result)
    assert result.code == 1 and "Zahl" in result.err, result.err


# ------------------------------------------------------------------ (b) crafted rows

INVALID_UTF8 = "CAST(X'EDA080' AS TEXT)"  # "\ud800" as a tool would write it: not UTF-8

# (table, column, SQL value, how the row is named)
CRAFTED_ROWS = [
    ("contact", "uid", INVALID_UTF8, "Eintrag Nr. 1"),
    ("contact", "uid", "X'00FF'", "Eintrag Nr. 1"),
    ("contact", "when", "'gestern'", "Eintrag Nr. 1"),
    ("contact", "when_utc", "'9999-99-99 99:99:99'", "Eintrag Nr. 1"),
    ("contact", "channel", "'brieftaube'", "Eintrag Nr. 1"),
    ("contact", "notes", INVALID_UTF8, "Eintrag Nr. 1"),
    ("contact", "details", "'[1]'", "Eintrag Nr. 1"),
    ("contact", "details", "5", "Eintrag Nr. 1"),
    ("contact", "details", "'{\"a\": 1'", "Eintrag Nr. 1"),
    ("contact", "details", "'\"Text\"'", "Eintrag Nr. 1"),
    ("contact", "details", '\'{"a": "\\ud800"}\'', "Eintrag Nr. 1"),
    ("contact", "details", '\'{"documents_requested": {"a": 1}}\'', "Eintrag Nr. 1"),
    ("contact", "details", INVALID_UTF8, "Eintrag Nr. 1"),
    ("contact", "extra", "'null'", "Eintrag Nr. 1"),
    ("handover", "uid", INVALID_UTF8, "Übergabe Nr. 1"),
    ("handover", "method", "'\x1b[31mrot'", "Übergabe Nr. 1"),
    ("handover", "when", "'\r\n'", "Übergabe Nr. 1"),
    ("handover_document", "pages", "'viele'", "Dokument einer Übergabe Nr. 1"),
    ("handover_document", "original", "'ja'", "Dokument einer Übergabe Nr. 1"),
    ("handover_document", "extra", "'[]'", "Dokument einer Übergabe Nr. 1"),
    ("handover_document", "remark", INVALID_UTF8, "Dokument einer Übergabe Nr. 1"),
    ("handover_document", "remark", "X'00FF'", "Dokument einer Übergabe Nr. 1"),
    ("profile", "state", "'[1]'", "Ihre Angaben (Profil)"),
    ("profile", "extra", "'\"x\"'", "Ihre Angaben (Profil)"),
    ("jobcenter", "kind", "'{}'", "Angaben zum Jobcenter"),
    ("letter", "content", "'{\"type_id\": 5}'", "Brief Nr. 1"),
    ("letter", "created_at", "'bald'", "Brief Nr. 1"),
    ("letter", "recipient", "'[\"Jobcenter\"]'", "Brief Nr. 1"),
    ("attachment", "file_id", "'../../../etc/passwd'", "Anhang Nr. 1"),
    ("attachment", "key", "X'00FF'", "Anhang Nr. 1"),
    ("finding", "status", "'\x1b[2J'", "Warnsignal Nr. 1"),
    ("finding", "evidence", "'[1]'", "Warnsignal Nr. 1"),
    ("deadline", "due_on", "'morgen'", "Frist Nr. 1"),
    ("setting", "value", "'[1]'", "Einstellung Nr. 1"),
]


@pytest.fixture(scope="module")
def filled(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary with profile, Jobcenter, two entries, a handover, a letter with its PDF,
    a Warnsignal, a deadline and a setting: one row of every kind to damage."""
    from app.vault import slots

    folder = tmp_path_factory.mktemp("gefuellt") / "tagebuch"
    shutil.copytree(template, folder)
    source = folder.parent / "import.json"
    source.write_text(json.dumps(BASE, ensure_ascii=False), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(slots, "argon2id", _fast_kdf)
        result = _cli("import", str(folder), str(source))
    assert result.code == 0, result.err
    return folder


def _damage(folder: Path, *updates: tuple[str, str, str]) -> None:
    from sqlalchemy import text

    from app.vault.vault import Vault

    with Vault.open(folder, passphrase=PASSPHRASE) as vault, vault.transaction() as session:
        for table, column, value in updates:
            session.execute(
                text(
                    f'UPDATE {table} SET "{column}" = {value} '
                    f"WHERE rowid = (SELECT min(rowid) FROM {table})"
                )
            )
    from app.vault import seen

    seen._path(None).unlink(missing_ok=True)  # the damage is the test, not a rollback


@pytest.fixture
def damaged(filled: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "tagebuch"
    shutil.copytree(filled, folder)
    return folder


def _exported(result: Result) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(result.out)
    return document


@pytest.mark.parametrize(
    "table, column, value, named",
    CRAFTED_ROWS,
    ids=[f"{t}.{c}={v[:20]}" for t, c, v, _ in CRAFTED_ROWS],
)
def test_a_crafted_row_is_named_by_verify_and_export_and_the_rest_goes_on(
    damaged: Path, table: str, column: str, value: str, named: str
) -> None:
    before = _exported(_cli("export", str(damaged)))
    _damage(damaged, (table, column, value))

    verified = _cli("verify", str(damaged))
    _assert_shown_safely(verified)
    assert verified.code == 1
    problem = [line for line in verified.out.splitlines() if line.startswith("FEHLER  Einträge")]
    assert len(problem) >= 1, verified.out
    assert named in problem[0] and f"„{column}“" in problem[0], problem
    assert GERMAN.search(problem[0])
    # the other checks still ran
    for name in ("Echtheit", "Datenbank", "Änderungsverlauf", "Anhänge"):
        assert f"  {name}:" in verified.out, verified.out
    assert "Passphrase" not in verified.err

    exported = _cli("export", str(damaged))
    _assert_shown_safely(exported)
    assert exported.code == 1
    assert f"Nicht exportiert – {named}" in exported.err and f"„{column}“" in exported.err
    assert "unvollständig" in exported.err
    after = _exported(exported)  # the rest is there, as valid JSON
    kept = {"contact": "contacts", "handover": "handovers", "letter": "letters"}
    for key in ("contacts", "handovers", "letters"):
        lost = 1 if kept.get(table) == key else 0
        if table == "handover_document" and key == "handovers":
            lost = 1  # a handover is read with its documents
        if table == "attachment" and key == "letters":
            lost = 1  # the letter's PDF is that attachment
        assert len(after[key]) == len(before[key]) - lost, key


def test_several_bad_rows_are_each_named_and_the_good_ones_exported(damaged: Path) -> None:
    from sqlalchemy import text

    from app.vault import seen
    from app.vault.vault import Vault

    with Vault.open(damaged, passphrase=PASSPHRASE) as vault, vault.transaction() as session:
        session.execute(text("UPDATE contact SET details = '[1]' WHERE rowid = 1"))
        session.execute(text(f"UPDATE contact SET uid = {INVALID_UTF8} WHERE rowid = 2"))
        session.execute(text("UPDATE handover SET method = 'x' WHERE rowid = 1"))
    seen._path(None).unlink(missing_ok=True)
    verified = _cli("verify", str(damaged))
    _assert_shown_safely(verified)
    lines = [line for line in verified.out.splitlines() if line.startswith("FEHLER  Einträge")]
    assert len(lines) == 3, verified.out
    assert "Eintrag Nr. 1" in lines[1] or "Eintrag Nr. 1" in lines[0]
    assert "Die Prüfung hat 3 Problem(e) gefunden" in verified.err
    exported = _cli("export", str(damaged))
    _assert_shown_safely(exported)
    assert exported.err.count("Nicht exportiert – ") == 3
    document = _exported(exported)
    assert document["contacts"] == [] and document["handovers"] == []
    assert len(document["letters"]) == 1 and document["profile"]["state"] == "HE"


def test_terminal_escapes_stored_in_a_row_are_escaped_in_the_export(damaged: Path) -> None:
    _damage(damaged, ("contact", "notes", "'Termin \x1b[2J\x9b heute \u202e'"))
    exported = _cli("export", str(damaged))
    _assert_shown_safely(exported)
    assert exported.code == 0, exported.err
    notes = {c["notes"] for c in _exported(exported)["contacts"]}
    assert "Termin \x1b[2J\x9b heute \u202e" in notes  # the value itself is kept


def test_a_link_to_a_missing_entry_is_named_plainly(damaged: Path) -> None:
    from sqlalchemy import text

    from app.vault import seen
    from app.vault.vault import Vault

    with Vault.open(damaged, passphrase=PASSPHRASE) as vault, vault.transaction() as session:
        session.execute(text("PRAGMA foreign_keys=OFF"))
        session.execute(text("UPDATE handover SET contact_id = 999"))
    seen._path(None).unlink(missing_ok=True)
    verified = _cli("verify", str(damaged))
    _assert_shown_safely(verified)
    assert verified.code == 1
    line = next(x for x in verified.out.splitlines() if "Datenbank" in x)
    assert "Übergabe Nr. 1" in line and "(ok)" not in line, line


# ------------------------------------------------------------------ (c) check


def test_check_goes_on_past_crafted_ids_and_texts() -> None:
    notes = [
        '{"id": "\\ud800", "text": "Sie hat meinen Personalausweis kopiert. \\ud800"}',
        '{"id": "\\u001b[2J\\r\\n", "text": "\\u001b[31mDie Sachbearbeiterin hat meinen Personalausweis kopiert."}',
        '{"id": ' + "9" * 5000 + ', "text": "x"}',
        '{"id": [1], "text": "x"}',
        '{"id": "\\u202eende", "text": "Alles gut."}',
        '{"id": 7, "text": "Sie hat meinen Personalausweis kopiert."}',
    ]  # fmt: skip
    stdin = "".join(line + "\n" for line in notes)
    report = run_cli("check", stdin=stdin)
    _assert_shown_safely(report)
    assert report.code == 1
    assert "\\ud800: 1 Warnsignal" in report.out
    assert "\\x1b[2J\\x0d\\x0a: 1 Warnsignal" in report.out
    assert "\\u202eende: keine Warnsignale" in report.out
    assert "7: 1 Warnsignal" in report.out
    assert "4 Notizen geprüft, 3 mit Warnsignalen, 2 fehlerhafte Zeilen übersprungen" in report.out
    assert "Zeile 3:" in report.err and "Zeile 4:" in report.err

    as_json = run_cli("check", "--json", stdin=stdin)
    _assert_shown_safely(as_json)
    lines = [json.loads(line) for line in as_json.out.splitlines()]
    assert [line["id"] for line in lines] == ["\ud800", "\x1b[2J\r\n", "\u202eende", 7]
    assert lines[0]["flags"] == ["ausweiskopie"]
