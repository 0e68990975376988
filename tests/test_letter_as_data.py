"""A letter type defined only in data (briefe.toml and its template) is built and printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.letters import build, render_pdf
from app.letters.catalogue import load
from app.letters.model import LetterRequest
from app.vault.vault import Vault
from tests.ui.test_letters import _fill_profile

ENTRY = """
[[brief]]
id = "probebrief"
title = "Probebrief"
summary = "Ein Brief, den es nur als Daten gibt."
basis = "Art. 15 DSGVO"
subject = "Probe an {{ jobcenter.the }}"
recipient = "datenschutz"
uses = ["entries"]
answer_expected = false
warning = ""

[[brief.detail]]
name = "anliegen"
label = "Ihr Anliegen"
kind = "text"
required = true
help = "Ein Satz."
"""
TEMPLATE = """ich schreibe Ihnen wegen: {{ anliegen }}

- erster Punkt
- zweiter Punkt

@anlagen
- Kopie meines Schreibens
"""


def test_a_type_only_in_data_is_built_without_code(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "briefe"
    folder.mkdir()
    (folder / "briefe.toml").write_text(ENTRY, encoding="utf-8")
    (folder / "probebrief.txt").write_text(TEMPLATE, encoding="utf-8")
    catalogue = load(folder / "briefe.toml")
    assert list(catalogue.types) == ["probebrief"]
    monkeypatch.setattr(build, "catalogue", lambda: catalogue)
    _fill_profile(vault)
    request = LetterRequest("probebrief", details={"anliegen": "meine Akte"})
    with vault.session() as session:
        doc = build.build_letter(session, request)
    assert doc.subject == "Probe an das Jobcenter Leipzig"
    assert doc.recipient_lines[:2] == (
        "Jobcenter Leipzig",
        "z. Hd. der/des behördlichen Datenschutzbeauftragten",
    )
    assert doc.enclosures == ("Kopie meines Schreibens",)
    assert render_pdf(doc).startswith(b"%PDF")
    with vault.session() as session, pytest.raises(build.LetterError, match="Ihr Anliegen"):
        build.build_letter(session, LetterRequest("probebrief"))


def test_a_new_letter_type_gets_its_answer_period_from_the_data(tmp_path: Path) -> None:
    from app.deadlines import answer_count, load_answer_rules

    data = tmp_path / "briefe.toml"
    data.write_text(
        ENTRY.replace("answer_expected = false", 'answer_expected = true\nfrist = "kurz"')
        + '\n[frist.kurz]\nbasis = "§ 99 Probe"\ndays = 10\nwhat = "Probebrief"\n',
        encoding="utf-8",
    )
    rules = load_answer_rules(data)
    assert rules["probebrief"].basis == "§ 99 Probe"
    assert rules["probebrief"].days == 10
    # the shipped types keep their periods (the data file is the only place they live)
    counted = answer_count("auskunft", date(2026, 12, 1), "fax", "BE")
    assert counted is not None and counted.due == date(2027, 1, 4)


def test_a_letter_naming_an_unknown_answer_period_is_refused(tmp_path: Path) -> None:
    from app.deadlines import load_answer_rules

    data = tmp_path / "briefe.toml"
    data.write_text(ENTRY + '\n[[brief]]\nid = "x"\nfrist = "gibtsnicht"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unbekannte Frist"):
        load_answer_rules(data)
