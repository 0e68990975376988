"""A letter saved as PDF goes through the one atomic writer: complete or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.common import filedialogs
from ui.letters.pdf_view import LetterPdfError, save_pdf_as


def test_the_pdf_is_written_whole(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief"
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *_args: target)
    assert save_pdf_as(None, b"%PDF-1.4 Brief", "brief.pdf", tmp_path) == tmp_path / "brief.pdf"
    assert (tmp_path / "brief.pdf").read_bytes() == b"%PDF-1.4 Brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]  # no temporary file


def test_a_failed_save_says_where_and_leaves_nothing_half_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fehlt" / "brief.pdf"  # the folder does not exist
    monkeypatch.setattr(filedialogs, "save_file_name", lambda *_args: target)
    with pytest.raises(LetterPdfError) as caught:
        save_pdf_as(None, b"%PDF-1.4 Brief", "brief.pdf", tmp_path)
    assert f"unter „{target}“ gespeichert werden" in caught.value.message
    assert "anderen Ort" in caught.value.message
    assert list(tmp_path.iterdir()) == []
