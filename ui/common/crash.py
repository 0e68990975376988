"""The window's last line: an unexpected error becomes a calm message, not a traceback.

Installed as ``sys.excepthook`` by :func:`ui.main.run`; PySide6 hands exceptions
raised in slots and event handlers to the same hook. The traceback goes to
standard error only (a developer's terminal) — never into a file, where it could
carry private data. The diary stays open: every committed change is saved
atomically already, and an entry being typed stays in its form.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import AmtsError

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def calm_message(exc: BaseException) -> str:
    """The text shown: what happened, that nothing is lost, what to do next.

    An ``AmtsError`` carries its own German message. Any other error shows only its
    type's name: its text might quote private data or mean nothing to the reader.
    """
    if isinstance(exc, AmtsError):
        return exc.message
    return QCoreApplication.translate(
        "ExceptionHook",
        "Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten "
        "Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, "
        "sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen "
        "Fehler.",
    ).format(name=type(exc).__name__)


class ExceptionHook:
    """Callable for ``sys.excepthook``; one message box at a time."""

    def __init__(self, parent: Callable[[], QWidget | None] | None = None) -> None:
        self._parent = parent or QApplication.activeWindow
        self._showing = False
        self.previous: Hook = sys.excepthook

    def __call__(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self.previous(kind, exc, tb)
            return
        stderr = sys.__stderr__ or sys.stderr
        if stderr is not None:
            traceback.print_exception(kind, exc, tb, file=stderr)
        if self._showing or QApplication.instance() is None:
            return  # an error while the message is open: the terminal has it
        self._showing = True
        try:
            title = QCoreApplication.translate("ExceptionHook", "Unerwarteter Fehler")
            QMessageBox.critical(self._parent(), title, calm_message(exc))
        except Exception:  # the message itself failed: stay alive, the terminal has it
            pass
        finally:
            self._showing = False


def install_exception_hook(parent: Callable[[], QWidget | None] | None = None) -> ExceptionHook:
    """Install the hook for the whole window; returns it (``hook.previous`` is the old one)."""
    hook = ExceptionHook(parent)
    sys.excepthook = hook
    return hook
