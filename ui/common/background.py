"""One slow job at a time off the UI thread, its result back on the UI thread.

The job runs in a plain Python thread and must not touch a Qt object; a timer
on the UI thread looks for the result and hands it to ``done``. (A QRunnable in
Qt's thread pool crashed the interpreter under load: "none_dealloc".)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")


class BackgroundTask(QObject):
    """Runs Argon2id, creating a diary, re-keying it: one job at a time."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._executor: ThreadPoolExecutor | None = None  # its thread starts with the first job
        self._future: Future[Any] | None = None
        self._done: Callable[[Any], None] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._check_done)
        self._connected = True

    @property
    def running(self) -> bool:
        return self._future is not None

    def start(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run ``work`` in the thread; ``done(result)`` follows on the UI thread."""
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        self._done = done
        self._future = self._executor.submit(work)
        self._poll.start()

    def wait(self) -> None:
        """Block until the job is done and its ``done`` has run."""
        if self._future is not None:
            self._future.result()
            self._check_done()

    def shutdown(self, *, wait: bool) -> None:
        """Stop looking for results. ``wait``: a running job finishes first; otherwise
        it finishes on its own and its result is not wanted any more."""
        self._poll.stop()
        if self._connected:
            self._poll.timeout.disconnect(self._check_done)
            self._connected = False
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=not wait)
        self._future = None
        self._done = None

    def _check_done(self) -> None:
        if self._future is None or not self._future.done():
            return
        self._poll.stop()
        future, self._future = self._future, None
        done, self._done = self._done, None
        if done is not None:
            done(future.result())
