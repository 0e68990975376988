"""An error nobody expected: a calm German message, no traceback shown, the diary stays open."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import InputRefused
from ui.common.crash import calm_message, install_exception_hook
from ui.main import MainWindow


class _Raiser(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_shows_a_calm_message_and_the_window_goes_on(
    qtbot: QtBot,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown: list[tuple[str, str]] = []

    def critical(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(sys, "__stderr__", sys.stderr)  # the traceback, as the terminal sees it
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    install_exception_hook(lambda: window)
    window.show()

    raiser = _Raiser()

    def broken() -> None:
        raise ValueError("Geheime Notiz über Frau Muster")

    raiser.fired.connect(broken)
    raiser.fired.emit()  # a slot of the program that raises
    QTimer.singleShot(0, broken)  # and one from the event loop
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)

    title, text = shown[0]
    assert title == "Unerwarteter Fehler"
    assert "unerwarteter Fehler aufgetreten (ValueError)" in text
    assert "gespeicherten Daten sind unverändert" in text and "weiterarbeiten" in text
    assert "Traceback" not in text and "Geheime Notiz" not in text  # nothing private, no traceback
    err = capsys.readouterr().err
    assert "Traceback" in err and "ValueError" in err  # the terminal has the details
    assert QApplication.instance() is not None and window.isVisible()  # still running
    assert window.pages.currentWidget() is window.unlock_page


def test_a_known_error_keeps_its_own_german_message() -> None:
    assert calm_message(InputRefused("Bitte ein Datum angeben.")) == "Bitte ein Datum angeben."


@pytest.mark.qt_no_exception_capture
def test_an_error_while_the_message_is_open_is_not_shown_twice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = install_exception_hook(lambda: None)

    def critical(*args: Any, **_k: Any) -> None:
        shown.append(args[2])
        try:
            raise RuntimeError("noch einer")
        except RuntimeError as exc:
            hook(RuntimeError, exc, exc.__traceback__)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    try:
        raise KeyError("x")
    except KeyError as exc:
        hook(KeyError, exc, exc.__traceback__)
    assert len(shown) == 1 and "(KeyError)" in shown[0]
