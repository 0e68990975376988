"""The command line, as a user or a script calls it: every subcommand, every exit code."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, ROOT, child_env, run_cli, snapshot

SAMPLE = {
    "format": "amtstagebuch-export",
    "version": 1,
    "profile": {"name": "Олена Шевченко-Öztürk", "street": "Musterweg 1", "postcode": "63065",
                "city": "Offenbach am Main", "customer_number": "123D456789",
                "bg_number": "12345BG0012345", "state": "HE", "lieblingsfarbe": "grün"},
    "jobcenter": {"name": "MainArbeit", "street": "Berliner Str. 190", "postcode": "63067",
                  "city": "Offenbach am Main", "kind": "zkt", "district": "Stadt Offenbach"},
    "contacts": [
        {"when": "2026-03-02T09:30:00+01:00", "channel": "termin", "counterpart": "Frau K.",
         "companion": "", "notes": "Sie hat meinen Perso kopiert. 🙁 مرحبا"},
        {"when": "2026-04-14T11:00:00+02:00", "channel": "telefon", "counterpart": "Herr M.",
         "companion": "", "notes": "Rückruf wegen Nebenkosten."},
    ],
    "handovers": [
        {"when": "2026-03-02T09:45:00+01:00", "method": "persoenlich",
         "documents": [{"type": "personalausweis", "original": True, "copied_by_jobcenter": True,
                        "consent_asked": False, "receipt": False}]}],
    "quelle": "Beratungsstelle",
}  # fmt: skip


def _stdin(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "import.json"
    path.write_text(json.dumps(SAMPLE, ensure_ascii=False), encoding="utf-8")
    return path


def test_round_trip_through_every_subcommand(tmp_path: Path, sample_file: Path) -> None:
    folder = tmp_path / "tagebuch"
    created = run_cli(
        "init", str(folder), "--passphrase-stdin", "--unlock-time-ms", "0", stdin=_stdin(PASSPHRASE)
    )
    assert created.code == 0, created.err
    code = re.search(r"([A-Z2-9]{4}-){7}[A-Z2-9]{4}", created.out)
    assert code, created.out

    imported = run_cli(
        "import", str(folder), str(sample_file), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert (imported.code, imported.out.strip()) == (0, "2 Kontakte und 1 Übergaben importiert.")
    again = run_cli(
        "import", str(folder), str(sample_file), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert "3 bereits vorhandene übersprungen" in again.out

    exported = run_cli("export", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert exported.code == 0
    document = json.loads(exported.out)
    assert document["profile"]["name"] == "Олена Шевченко-Öztürk"
    assert document["profile"]["lieblingsfarbe"] == "grün"  # unknown fields are kept
    assert document["quelle"] == "Beratungsstelle"
    assert [c["notes"] for c in document["contacts"]] == [c["notes"] for c in SAMPLE["contacts"]]
    assert document["handovers"][0]["documents"][0]["copied_by_jobcenter"] is True

    verified = run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert verified.code == 0 and verified.out.count("OK") == 6

    backup = tmp_path / "sicherung.amtbak"
    assert (
        run_cli(
            "backup",
            str(folder),
            "--out",
            str(backup),
            "--passphrase-stdin",
            stdin=_stdin(PASSPHRASE),
        ).code
        == 0
    )
    assert b"Shevchenko" not in backup.read_bytes() and "Öztürk".encode() not in backup.read_bytes()

    restored_dir = tmp_path / "wiederhergestellt"
    restored = run_cli(
        "restore", str(backup), str(restored_dir), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert restored.code == 0, restored.err
    again_exported = run_cli(
        "export", str(restored_dir), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert json.loads(again_exported.out) == document

    changed = run_cli("passwd", str(folder), "--passphrase-stdin", "--unlock-time-ms", "0",
                      stdin=_stdin(PASSPHRASE, "ein neuer langer Satz"))  # fmt: skip
    assert changed.code == 0
    assert run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)).code == 1
    assert (
        run_cli(
            "verify", str(folder), "--passphrase-stdin", stdin=_stdin("ein neuer langer Satz")
        ).code
        == 0
    )
    by_code = run_cli("verify", str(folder), "--recovery-stdin", stdin=_stdin(code.group(0)))
    assert by_code.code == 0, by_code.err

    out_file = tmp_path / "export.json"
    run_cli(
        "export",
        str(folder),
        "--out",
        str(out_file),
        "--passphrase-stdin",
        stdin=_stdin("ein neuer langer Satz"),
    )
    assert json.loads(out_file.read_text(encoding="utf-8"))["contacts"] == document["contacts"]


def test_demo_creates_a_full_fictional_diary(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    made = run_cli("demo", str(folder))
    assert made.code == 0, made.err
    exported = json.loads(
        run_cli("export", str(folder), "--passphrase-stdin", stdin=_stdin("demo")).out
    )
    assert len(exported["contacts"]) >= 40
    assert {c["channel"] for c in exported["contacts"]} >= {
        "termin",
        "telefon",
        "brief",
        "hausbesuch",
    }
    assert run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin("demo")).code == 0


def test_wrong_passphrase_exit_1_one_german_line(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    result = run_cli("export", str(vault_dir), "--passphrase-stdin", stdin=_stdin("falsch geraten"))
    assert result.code == 1
    assert result.out == ""
    assert result.err.count("\n") == 1 and "Passphrase ist falsch" in result.err
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["verify"], "Aufruf fehlerhaft"),
        (["unbekannt"], "Aufruf fehlerhaft"),
        (["backup", "ordner"], "Aufruf fehlerhaft"),
    ],
)
def test_usage_errors_exit_2(args: list[str], needle: str) -> None:
    result = run_cli(*args)
    assert result.code == 2 and needle in result.err


def test_missing_passphrase_is_a_usage_error(vault_dir: Path) -> None:
    result = run_cli("verify", str(vault_dir), "--passphrase-stdin", stdin="")
    assert result.code == 2 and "Passphrase fehlt" in result.err
    without_flag = run_cli("verify", str(vault_dir))
    assert without_flag.code == 2 and "--passphrase-stdin" in without_flag.err


WEAK = "aaaaaaaa"  # long enough, and guessed at once


def test_init_refuses_a_weak_passphrase_like_the_window_does(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    refused = run_cli(
        "init", str(folder), "--passphrase-stdin", "--unlock-time-ms", "0", stdin=_stdin(WEAK)
    )
    assert refused.code == 2, refused.err
    assert "zu leicht zu erraten" in refused.err and "kein Tagebuch angelegt" in refused.err
    assert "--schwache-passphrase-erlauben" in refused.err
    assert refused.err.count("\n") == 1 and refused.out == ""
    assert not (folder / "tagebuch.amtb").exists()
    too_short = run_cli("init", str(folder), "--passphrase-stdin", "--allow-weak-passphrase",
                        "--unlock-time-ms", "0", stdin=_stdin("kurz"))  # fmt: skip
    assert too_short.code == 2 and "mindestens 8 Zeichen" in too_short.err
    assert "--schwache-passphrase-erlauben" not in too_short.err  # no flag helps there


@pytest.mark.parametrize("flag", ["--schwache-passphrase-erlauben", "--allow-weak-passphrase"])
def test_init_takes_a_weak_passphrase_only_when_asked_to(tmp_path: Path, flag: str) -> None:
    folder = tmp_path / "tagebuch"
    created = run_cli("init", str(folder), "--passphrase-stdin", "--unlock-time-ms", "0", flag,
                      stdin=_stdin(WEAK))  # fmt: skip
    assert created.code == 0, created.err
    assert run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(WEAK)).code == 0


def test_passwd_refuses_a_weak_new_passphrase(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    refused = run_cli("passwd", str(vault_dir), "--passphrase-stdin", "--unlock-time-ms", "0",
                      stdin=_stdin(PASSPHRASE, WEAK))  # fmt: skip
    assert refused.code == 2, refused.err
    assert "zu leicht zu erraten" in refused.err and "nicht geändert" in refused.err
    assert snapshot(vault_dir) == before
    allowed = run_cli("passwd", str(vault_dir), "--passphrase-stdin", "--unlock-time-ms", "0",
                      "--allow-weak-passphrase", stdin=_stdin(PASSPHRASE, WEAK))  # fmt: skip
    assert allowed.code == 0, allowed.err
    assert run_cli("verify", str(vault_dir), "--passphrase-stdin", stdin=_stdin(WEAK)).code == 0


def test_weak_passphrase_refused_by_the_real_program(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    done = subprocess.run(
        [sys.executable, "-m", "app", "init", str(folder), "--passphrase-stdin"],
        input=WEAK + "\n", capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "zu leicht zu erraten" in done.stderr and "Traceback" not in done.stderr
    assert not folder.exists() or not any(folder.iterdir())


@pytest.mark.parametrize("command", ["init", "passwd"])
@pytest.mark.parametrize("value", ["-5", "10001", "abc", "1.5", ""])
def test_unlock_time_outside_its_range_is_a_usage_error(
    tmp_path: Path, command: str, value: str
) -> None:
    folder = tmp_path / "tagebuch"
    result = run_cli(command, str(folder), "--passphrase-stdin", "--unlock-time-ms", value,
                     stdin=_stdin(PASSPHRASE, PASSPHRASE))  # fmt: skip
    assert result.code == 2
    assert "--unlock-time-ms" in result.err and "0 bis 10000" in result.err
    assert "argument" not in result.err  # German, not argparse's English
    assert not folder.exists()


def test_unlock_time_range_ends_are_taken() -> None:
    from app.cli import DEFAULT_UNLOCK_MS, build_parser
    from app.vault.vault import DEFAULT_UNLOCK_MS as VAULT_DEFAULT

    parser = build_parser()
    for value in (0, 10000):
        args = parser.parse_args(["init", "ordner", "--unlock-time-ms", str(value)])
        assert args.unlock_time_ms == value
    assert parser.parse_args(["passwd", "ordner"]).unlock_time_ms == DEFAULT_UNLOCK_MS
    assert DEFAULT_UNLOCK_MS == VAULT_DEFAULT


def test_missing_vault_and_existing_vault(tmp_path: Path, vault_dir: Path) -> None:
    missing = run_cli(
        "verify", str(tmp_path / "nichts"), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert missing.code == 1 and "liegt kein Tagebuch" in missing.err
    twice = run_cli(
        "init",
        str(vault_dir),
        "--passphrase-stdin",
        "--unlock-time-ms",
        "0",
        stdin=_stdin(PASSPHRASE),
    )
    assert twice.code == 1 and "bereits ein Tagebuch" in twice.err


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"\xff\xfe kein utf8 \x80", "keine UTF-8-Textdatei"),
        (b'{"format": "amtstagebuch-export", "version": 1, ', "kein gültiges JSON (Zeile 1"),
        (b"[1, 2, 3]", "kein JSON-Objekt"),
        (b'{"format": "etwas-anderes", "version": 1}', "nicht das Format"),
        (b'{"format": "amtstagebuch-export", "version": 7}', "Version „7“"),
        (b"[" * 100000 + b"]" * 100000, "verschachtelt"),
    ],
)
def test_unreadable_import_files_have_their_own_message(
    vault_dir: Path, tmp_path: Path, content: bytes, needle: str
) -> None:
    path = tmp_path / "kaputt.json"
    path.write_bytes(content)
    before = snapshot(vault_dir)
    result = run_cli(
        "import", str(vault_dir), str(path), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert result.code == 1
    assert needle in result.err, result.err
    assert "Traceback" not in result.err
    assert snapshot(vault_dir) == before


def test_import_file_that_does_not_exist(vault_dir: Path, tmp_path: Path) -> None:
    result = run_cli(
        "import",
        str(vault_dir),
        str(tmp_path / "fehlt.json"),
        "--passphrase-stdin",
        stdin=_stdin(PASSPHRASE),
    )
    assert result.code == 1 and "lässt sich nicht lesen" in result.err


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d["contacts"].append({"when": "gestern", "channel": "termin"}), "contacts[2]: Feld „when“"),
        (lambda d: d["contacts"][1].update(channel="brieftaube"), "contacts[1]: Feld „channel“: unbekannter Wert „brieftaube“"),
        (lambda d: d["handovers"][0]["documents"][0].update(type="perso"), "handovers[0].documents[0]: Feld „type“"),
        (lambda d: d["handovers"][0]["documents"][0].update(original="ja"), "handovers[0].documents[0]: Feld „original“"),
        (lambda d: d["handovers"][0].update(method="taube"), "handovers[0]: Feld „method“"),
        (lambda d: d["jobcenter"].update(kind="weiss nicht"), "jobcenter: Feld „kind“"),
        (lambda d: d["profile"].update(state="XX"), "profile: Feld „state“"),
        (lambda d: d["contacts"][0].update(notes="a\x00b"), "contacts[0]: Feld „notes“ enthält unsichtbare Steuerzeichen"),
        (lambda d: d["contacts"][0].update(notes="x" * 300_000), "contacts[0]: Feld „notes“ ist zu lang"),
        (lambda d: d["contacts"].__setitem__(0, "text"), "contacts[0]: hier wird ein JSON-Objekt erwartet"),
        (lambda d: d["contacts"][0].pop("channel"), "contacts[0]: das Pflichtfeld „channel“ fehlt"),
    ],
)  # fmt: skip
def test_import_is_all_or_nothing_and_names_position_and_field(
    vault_dir: Path, tmp_path: Path, mutate: object, needle: str
) -> None:
    document = json.loads(json.dumps(SAMPLE))
    mutate(document)  # type: ignore[operator]
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = snapshot(vault_dir)
    result = run_cli(
        "import", str(vault_dir), str(path), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert result.code == 1
    assert needle in result.err, result.err
    assert snapshot(vault_dir) == before


def test_restore_refuses_to_overwrite_an_intact_vault(tmp_path: Path, vault_dir: Path) -> None:
    backup = tmp_path / "s.amtbak"
    run_cli(
        "backup",
        str(vault_dir),
        "--out",
        str(backup),
        "--passphrase-stdin",
        stdin=_stdin(PASSPHRASE),
    )
    before = snapshot(vault_dir)
    refused = run_cli(
        "restore", str(backup), str(vault_dir), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert refused.code == 1 and "bereits ein Tagebuch" in refused.err
    assert snapshot(vault_dir) == before
    replaced = run_cli(
        "restore",
        str(backup),
        str(vault_dir),
        "--replace",
        "--passphrase-stdin",
        stdin=_stdin(PASSPHRASE),
    )
    assert replaced.code == 0
    assert list((vault_dir / "sicherungen").glob("vor-wiederherstellung-*.amtb"))


def test_restore_refuses_wrong_passphrase_and_foreign_files(
    tmp_path: Path, vault_dir: Path
) -> None:
    backup = tmp_path / "s.amtbak"
    run_cli(
        "backup",
        str(vault_dir),
        "--out",
        str(backup),
        "--passphrase-stdin",
        stdin=_stdin(PASSPHRASE),
    )
    target = tmp_path / "neu"
    wrong = run_cli(
        "restore", str(backup), str(target), "--passphrase-stdin", stdin=_stdin("nicht richtig")
    )
    assert wrong.code == 1 and "Passphrase ist falsch" in wrong.err
    assert not (target / "tagebuch.amtb").exists()
    foreign = tmp_path / "urlaub.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0 kein Backup")
    result = run_cli(
        "restore", str(foreign), str(target), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    assert result.code == 1 and "keine Sicherung" in result.err


def test_locked_vault_has_its_own_message(vault: object) -> None:
    folder = vault.folder  # type: ignore[attr-defined]
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 1 and "gerade in einem anderen Fenster" in result.err


def test_unexpected_errors_never_show_a_traceback(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("interner Fehler")

    monkeypatch.setattr("app.services.verify.verify", boom)
    result = run_cli("verify", str(vault_dir), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 1
    assert "Unerwarteter Fehler" in result.err and "Traceback" not in result.err


def test_tampered_history_fails_verify(vault_dir: Path, tmp_path: Path, sample_file: Path) -> None:
    from sqlalchemy import text

    from app.vault.vault import Vault

    run_cli(
        "import", str(vault_dir), str(sample_file), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)
    )
    copy = tmp_path / "kopie"
    shutil.copytree(vault_dir, copy)
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault, vault.transaction() as session:
        # a silent overwrite, bypassing the service
        session.execute(text("UPDATE contact SET notes = 'nie passiert' WHERE channel = 'telefon'"))
    result = run_cli("verify", str(vault_dir), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 1 and "ohne Revision geändert" in result.out
    with Vault.open(copy, passphrase=PASSPHRASE) as vault, vault.transaction() as session:
        session.execute(
            text("UPDATE revision SET content = replace(content, 'Perso', 'Pass') WHERE id = 3")
        )
    result = run_cli("verify", str(copy), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 1 and "Kette ist bei Revision 3 unterbrochen" in result.out


# ------------------------------------------------------------------ check


def _notes(*notes: object) -> str:
    return "".join(
        (n if isinstance(n, str) else json.dumps(n, ensure_ascii=False)) + "\n" for n in notes
    )


def test_check_json_one_line_per_note_in_input_order() -> None:
    notes = [
        {"id": "a", "text": "Die Sachbearbeiterin hat meinen Perso kopiert."},
        {"id": "b", "text": "Heute nur Termin vereinbart, alles freundlich."},
        {"id": 7, "text": "Kontoauszüge für drei Monate, Ausgaben geschwärzt, wurden angenommen."},
        {"id": "d", "text": "Олена: Sie hat den Ausweis nur angesehen und zurückgegeben. 🙂 مرحبا"},
    ]
    result = run_cli("check", "--json", stdin=_notes(*notes))
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", 7, "d"]
    assert lines[0]["flags"] == ["ausweiskopie"]
    # the evidence is the user's own words, exactly as written
    assert set(lines[0]["evidence"]["ausweiskopie"]) <= {"Perso", "kopiert", "Perso kopiert"}
    assert "kopiert" in " ".join(lines[0]["evidence"]["ausweiskopie"])
    assert [line["flags"] for line in lines[1:]] == [[], [], []]
    assert all(set(line) == {"id", "flags", "evidence"} for line in lines)


def test_check_malformed_lines_are_named_and_the_others_still_checked() -> None:
    stdin = _notes(
        {"id": "a", "text": "Mein Personalausweis wurde eingescannt."},
        "das ist kein JSON",
        "",
        '["eine", "Liste"]',
        {"id": "ohne-text"},
        {"text": "ohne id"},
        {"id": "z", "text": "Er hat meinen Ausweis kopiert."},
    )
    result = run_cli("check", "--json", stdin=stdin)
    assert result.code == 1
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == ["a", "z"]
    errors = result.err.splitlines()
    assert [e.split(":")[1].strip() for e in errors] == ["Zeile 2", "Zeile 4", "Zeile 5", "Zeile 6"]
    assert "kein gültiges JSON" in errors[0]
    assert "„text“" in errors[2] and "„id“" in errors[3]
    assert "Traceback" not in result.err


def test_check_readable_report_names_rule_title_and_words() -> None:
    result = run_cli(
        "check",
        stdin=_notes(
            {"id": "n1", "text": "Frau K. hat meinen Personalausweis kopiert."},
            {"id": "n2", "text": "Nur Termin vereinbart."},
        ),
    )
    assert result.code == 0, result.err
    assert "n1: 1 Warnsignal" in result.out
    assert "ausweiskopie – Ausweis" in result.out
    assert "„kopiert“" in result.out or "kopiert“" in result.out
    assert "n2: keine Warnsignale" in result.out
    assert result.out.rstrip().endswith("2 Notizen geprüft, 1 mit Warnsignalen.")


def test_check_reads_bytes_a_bom_and_refuses_lines_that_are_not_utf8(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import child_env

    data = (
        b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "Perso kopiert"}).encode() + b"\n"
        + b'{"id": "b", "text": "\xff\xfe kaputt"}\n'
        + json.dumps({"id": "c", "text": "Kopie vom Ausweis gemacht, €"}, ensure_ascii=False).encode("utf-8")
        + b"\n"
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", "--json"],
        input=data,
        capture_output=True,
        env=child_env(PYTHONIOENCODING="cp1252"),
        timeout=120,
    )
    assert done.returncode == 1
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", "c"]
    assert out[0]["flags"] == ["ausweiskopie"]
    assert "Zeile 2: die Zeile ist kein UTF-8-Text" in done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("command", [[], ["export"], ["backup"], ["letter"], ["check"]])
def test_help_is_german_throughout(command: list[str]) -> None:
    """argparse's own headings and help lines too, not only the program's texts."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "app", *command, "--help"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Aufruf: amtstagebuch")
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    for english in (
        "usage:",
        "options:",
        "positional arguments",
        "show this help",
        " OUT",
        "vault_dir",
    ):
        assert english not in out, english


def test_argparse_errors_are_german() -> None:
    result = run_cli("verify")
    assert result.code == 2
    assert "diese Angaben fehlen: TAGEBUCH" in result.err
    assert "required" not in result.err and "usage" not in result.err
