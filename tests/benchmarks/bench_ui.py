"""Window benchmark: prints JSON with the figures issue 3 names.

1. Process start to first painted window, for ``amtstagebuch`` (unlock page of an
   existing diary) and for a bare PySide6 window started the same way; medians of
   several cold-ish starts and their ratio.
2. With a 10,000-contact diary: search as you type in the Tagebuch view — the
   time from a keystroke (the search running) until the filtered table has
   painted, per keystroke (median and max).
3. The longest stall of the UI thread while the vault saves in the background
   after edits (a 2 ms timer records the gaps between its ticks).
4. Building the window's views after unlock, and refreshing each view (median of
   three), as happens after every save or letter change.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui.py [--contacts N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vault import PASSPHRASE, build  # noqa: E402

# The child reports the moment its first window paints, then exits.
_FIRST_PAINT = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            print(repr(time.time()), flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv)
spy = FirstPaint()
app.installEventFilter(spy)
if sys.argv[1] == "bare":
    window = QWidget()
    window.resize(1100, 700)
    window.show()
    app.exec()
else:
    from app.cli import main
    sys.argv = ["amtstagebuch"]
    main()
"""


def first_paint_s(kind: str, env: dict[str, str]) -> float:
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, kind],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True,
    )  # fmt: skip
    return float(done.stdout.strip().splitlines()[-1]) - began


def start_up(rounds: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            PYTHONPATH=str(ROOT),
        )
        # an existing diary in the default folder: the program starts at the unlock page
        from app.vault.vault import Vault

        folder = Path(tmp) / "data" / "Amtstagebuch"
        vault, _ = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
        vault.close()
        first_paint_s("bare", env)  # warm the OS file cache once for both
        first_paint_s("app", env)
        bare, program = [], []
        for _ in range(rounds):
            bare.append(first_paint_s("bare", env))
            program.append(first_paint_s("app", env))
    return {
        "start_to_first_paint_s_median": round(statistics.median(program), 3),
        "start_to_first_paint_s_max": round(max(program), 3),
        "bare_pyside6_window_s_median": round(statistics.median(bare), 3),
        "ratio_to_bare_window": round(statistics.median(program) / statistics.median(bare), 2),
    }


def in_window(folder: Path) -> dict[str, object]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.attachments import AttachmentService
    from app.services.entries import EntriesService
    from app.vault.vault import Vault
    from ui.diary.view import DiaryView
    from ui.main import settle_after_unlock

    app = QApplication.instance() or QApplication([])
    vault = Vault.open(folder, passphrase=PASSPHRASE)
    entry_service = EntriesService(vault)
    view = DiaryView(entry_service, AttachmentService(vault))
    view.resize(1100, 700)
    view.show()
    view.reload()
    settle_after_unlock()  # as MainWindow.show_workspace does
    app.processEvents()

    keystrokes: list[float] = []
    for word in ("Kontoauszüge", "Widerspruch", "Eingangsbestätigung", "Frau K"):
        for end in range(1, len(word) + 1):
            began = time.perf_counter()
            view.search.setText(word[:end])
            view.apply_search()  # what the debounce timer calls
            app.processEvents()  # the filtered table is painted here
            keystrokes.append((time.perf_counter() - began) * 1000)
        view.search.clear()
        view.apply_search()
    shown = view.proxy.rowCount()

    # UI stall while saving: edits through the service, saves in the background.
    vault.background_saves = True
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(2)
    last = [0]

    def on_tick() -> None:
        now = clock.elapsed()
        gaps.append(float(now - last[0]))
        last[0] = now

    tick.timeout.connect(on_tick)
    uids = [c.uid for c in entry_service.contacts(limit=10)]
    # The window compiles the red-flag rules while it builds its views at unlock
    # (Warnsignale); without this the first edit here would carry that 0.3-0.8 s.
    from app.redflags.engine import ruleset

    ruleset()
    edit_ms: list[float] = []
    writes_before = vault.save_counter
    clock.start()
    tick.start()
    for i, uid in enumerate(uids):
        contact = entry_service.get_contact(uid)
        contact.notes += f" Nachtrag {i}."
        began = time.perf_counter()
        entry_service.update_contact(uid, contact)  # commit + image; the write runs in a thread
        edit_ms.append((time.perf_counter() - began) * 1000)
        deadline = time.perf_counter() + 0.4
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
    tick.stop()
    vault.flush()
    writes = vault.save_counter - writes_before
    view.dispose()

    # Every view of the window refreshed, as after a save or a letter change.
    from app.services.workspace import OpenedDiary
    from ui.main import Workspace

    began = time.perf_counter()
    workspace = Workspace(OpenedDiary(vault))
    workspace_ms = (time.perf_counter() - began) * 1000
    reloads: dict[str, float] = {}
    for name in ("overview", "diary", "documents", "findings", "letters"):
        reload = getattr(workspace, name).reload
        times = []
        for _ in range(3):
            began = time.perf_counter()
            reload()
            times.append((time.perf_counter() - began) * 1000)
        reloads[name] = round(statistics.median(times), 1)
    workspace.dispose()
    vault.close()
    return {
        "search_keystroke_ms_median": round(statistics.median(keystrokes), 1),
        "search_keystroke_ms_max": round(max(keystrokes), 1),
        "search_keystroke_ms_p90": round(sorted(keystrokes)[int(0.9 * len(keystrokes))], 1),
        "search_keystroke_ms_all": [round(k) for k in keystrokes],
        "keystrokes_measured": len(keystrokes),
        "rows_after_clearing_search": shown,
        "edits_while_saving": len(uids),
        "background_writes": writes,
        "ui_thread_per_edit_ms_median": round(statistics.median(edit_ms), 1),
        "ui_thread_per_edit_ms_max": round(max(edit_ms), 1),
        "ui_thread_per_edit_ms_all": [round(e) for e in edit_ms],
        "longest_ui_stall_while_saving_ms": round(max(gaps[1:]), 1),
        "workspace_built_after_unlock_ms": round(workspace_ms),
        "view_reload_ms_median": reloads,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--handovers", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result: dict[str, object] = {"contacts": args.contacts}
    result.update(start_up(args.rounds))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tagebuch"
        build(folder, args.contacts, args.handovers)
        result.update(in_window(folder))
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
