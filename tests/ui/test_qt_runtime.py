"""Guards against a broken Qt binding: the whole window relies on these basics."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_process_events_keeps_none_alive(qapp: QApplication) -> None:
    # PySide6 6.12.0 drops a reference to None on every call; on Python 3.11 the
    # interpreter aborts ("none_dealloc") once the count runs out, e.g. while a
    # test waits or the unlock page polls. pyproject.toml therefore excludes it.
    before = sys.getrefcount(None)
    for _ in range(20_000):
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -1000
