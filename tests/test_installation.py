"""``amtstagebuch selbsttest``: a complete installation says so, a broken one says what."""

from __future__ import annotations

import io
import json

import pytest

from app import cli


@pytest.fixture(autouse=True)
def _german(monkeypatch: pytest.MonkeyPatch) -> None:
    """The self-test speaks German here, whatever language an earlier test chose."""
    monkeypatch.setenv("AMTSTAGEBUCH_SPRACHE", "de")


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(["selbsttest", *argv], stdout=out)
    return code, out.getvalue()


def test_a_complete_installation_passes_every_check() -> None:
    code, text = _run()
    assert code == cli.EXIT_OK, text
    assert "Die Installation ist vollständig." in text
    assert "OK      Deutsche Dialoge: Qt beschriftet „Yes“ mit „Ja“" in text
    assert "OK      Schriften: DejaVu Sans" in text
    assert "OK      Netzwerk: gesperrt" in text
    assert "Bestandteile, jeder mit seinem Lizenztext" in text
    assert "FEHLER" not in text


def test_json_names_each_area_once() -> None:
    code, text = _run("--json")
    checks = json.loads(text)
    assert code == cli.EXIT_OK
    areas = [c["area"] for c in checks]
    assert areas == [
        "Programmdaten", "Schriften", "Lizenzen", "Schlüsselbund", "Netzwerk",
        "Sprache", "Fenster", "Deutsche Dialoge", "Bildschirm",
    ]  # fmt: skip
    programme = checks[0]["text"]
    assert "Warnsignal-Regeln" in programme and "13 Briefarten" in programme


def test_missing_letter_types_fail_with_a_plain_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.letters.catalogue as catalogue

    def gone() -> object:
        raise FileNotFoundError("briefe.toml")

    monkeypatch.setattr(catalogue, "catalogue", gone)
    code, text = _run()
    assert code == cli.EXIT_FAILED
    assert "FEHLER  Programmdaten: unvollständig (FileNotFoundError: briefe.toml)" in text
    assert "bitte installieren Sie das Programm neu" in text


def test_qt_without_its_german_texts_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.common.i18n as i18n

    monkeypatch.setattr(i18n, "install_translators", lambda *args, **kwargs: [])
    code, text = _run()
    assert code == cli.EXIT_FAILED
    assert "FEHLER  Deutsche Dialoge: Qt beschriftet „Yes“ mit „Yes“ (Übersetzung fehlt)" in text


def test_a_missing_keyring_is_a_note_not_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.vault.device as device

    monkeypatch.setattr(device, "trusted_backend", lambda: (None, "Kein Schlüsselbund."))
    code, text = _run()
    assert code == cli.EXIT_OK
    assert "HINWEIS Schlüsselbund: Kein Schlüsselbund." in text


def test_a_missing_licence_text_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.about as about

    def gone(self: about.Component) -> str:
        raise FileNotFoundError(f"lizenzen/{self.texts[0]}")

    monkeypatch.setattr(about.Component, "licence_text", gone)
    code, text = _run()
    assert code == cli.EXIT_FAILED
    assert "FEHLER  Lizenzen: unvollständig (FileNotFoundError: lizenzen/GPL-3.0.txt)" in text


def test_a_guard_that_is_not_there_is_reported() -> None:
    """In a fresh process whose guard never got installed, the check fails plainly."""
    import subprocess
    import sys

    from tests.conftest import child_env

    script = (
        "import app.netguard as g\n"
        "g.install = lambda: None\n"
        "from app.services.installation import _network\n"
        "c = _network(); print(c.ok, c.text)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=child_env(), timeout=60)  # fmt: skip
    assert done.stdout.strip() == "False die Netzwerksperre greift nicht", done.stderr
