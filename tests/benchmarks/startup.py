"""Start to the first window, measured from outside the process, side by side.

Under an Xvfb of its own (a free display number), in alternating rounds:

- ``bare``: a bare PySide6 window (QApplication, QMainWindow with a label, show, exec),
- ``erststart``: ``amtstagebuch`` from the venv with empty HOME/XDG folders (the
  first-run wizard),
- ``entsperren``: ``amtstagebuch`` from the venv with a diary made beforehand by
  ``amtstagebuch init`` (the unlock page),
- with ``--frozen PATH`` the same two for that executable (the PyInstaller bundle,
  ``dist/Amtstagebuch/Amtstagebuch``; any executable is run the same way).

"First window" is the moment the X server reports a top-level window of the process
(or of a child it started) as mapped – seen from outside by a client of its own
(SubstructureNotify on the root window, no polling). The window's title tells which
page it shows; a wrong title is reported. The process is then killed. The diary of
``entsperren`` is hashed before and after every start: it must stay untouched.

    .venv/bin/python tests/benchmarks/startup.py [--rounds 7] [--frozen PATH] [--json]

Prints a table with median, min and max per case, the ratio of the medians to the
bare window (and of the minimums, less moved by other load on the machine) and whether
the goal of issue 15 (at most 1.5×, on the medians) is met.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import hashlib
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL = 1.5
PASSPHRASE = "Kaffeetasse Regenschirm Fahrradklingel 42"
TIMEOUT_S = 60.0

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare PySide6")
window.setCentralWidget(QLabel("Hallo"))
window.resize(1100, 700)
window.show()
sys.exit(app.exec())
"""

# What the window title must contain for each page (MainWindow names the page).
TITLE_WIZARD = "Einrichtung"
TITLE_UNLOCK = "entsperren"


# ---------------------------------------------------------------- X11 by ctypes
class _X:
    """The few Xlib calls needed to watch windows being mapped."""

    MAP_NOTIFY = 19
    SUBSTRUCTURE_NOTIFY_MASK = 1 << 19

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x = x
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open display {display}")
        self.root = x.XDefaultRootWindow(self.dpy)
        x.XSelectInput(self.dpy, self.root, self.SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self.dpy, 0)
        self.fd = x.XConnectionNumber(self.dpy)
        self.atom_pid = x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        self.atom_name = x.XInternAtom(self.dpy, b"_NET_WM_NAME", 0)
        self.atom_utf8 = x.XInternAtom(self.dpy, b"UTF8_STRING", 0)
        self._event = (ctypes.c_long * 24)()

    def drain(self) -> None:
        self.x.XSync(self.dpy, 0)
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, self._event)

    def _property(self, window: int, atom: int, kind: int) -> bytes | None:
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        items = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.x.XGetWindowProperty(
            self.dpy, window, atom, 0, 1024, 0, kind, ctypes.byref(actual_type),
            ctypes.byref(actual_format), ctypes.byref(items), ctypes.byref(after),
            ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data.value:
            return None
        try:
            if actual_format.value == 32:  # Xlib hands 32-bit items as longs
                return bytes(
                    ctypes.string_at(data.value, items.value * ctypes.sizeof(ctypes.c_long))
                )
            return bytes(ctypes.string_at(data.value, items.value * actual_format.value // 8))
        finally:
            self.x.XFree(data)

    def pid_of(self, window: int) -> int | None:
        raw = self._property(window, self.atom_pid, 6)  # XA_CARDINAL
        return int.from_bytes(raw[:8], sys.byteorder) if raw else None

    def title_of(self, window: int) -> str:
        raw = self._property(window, self.atom_name, self.atom_utf8)
        if raw is None:
            raw = self._property(window, 39, 31) or b""  # WM_NAME, XA_STRING
        return raw.decode("utf-8", "replace")

    def wait_mapped(
        self, accept: Callable[[int], bool], alive: Callable[[], bool], deadline: float
    ) -> tuple[float, int]:
        """Wait for a top-level window whose _NET_WM_PID ``accept`` takes; return (time, id)."""
        event = self._event
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, event)
                seen = time.perf_counter()
                if event[0] & 0xFFFFFFFF != self.MAP_NOTIFY:
                    continue
                window, override_redirect = event[5], event[6] & 0xFFFFFFFF
                if override_redirect:  # tooltips, menus, splash helpers
                    continue
                pid = self.pid_of(window)
                if pid is not None and accept(pid):
                    return seen, window
            left = deadline - time.perf_counter()
            if left <= 0 or not alive():
                raise TimeoutError("no window")
            select.select([self.fd], [], [], min(left, 0.05))

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


# ---------------------------------------------------------------- processes
def _descendants(pid: int) -> set[int]:
    """``pid`` and every process below it (a frozen bootloader may start a child)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    family = {pid}
    grew = True
    while grew:
        grew = False
        for child, parent in parents.items():
            if parent in family and child not in family:
                family.add(child)
                grew = True
    return family


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for number in range(91, 200):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        display = f":{number}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(200):
            if server.poll() is not None:
                break
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                try:
                    _X(display).close()
                    return server, display
                except RuntimeError:
                    pass
            time.sleep(0.025)
        server.kill()
        server.wait()
    raise RuntimeError("no free X display for Xvfb")


@dataclass
class Case:
    name: str
    command: list[str]
    env: Callable[[], dict[str, str]]
    title: str | None  # the window title must contain this
    guard: Path | None = None  # a folder that must stay byte for byte the same
    times: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            stat = path.stat()
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run_once(case: Case, watcher: _X) -> None:
    watcher.drain()
    env = case.env()
    before = _tree_hash(case.guard) if case.guard else None
    began = time.perf_counter()
    proc = subprocess.Popen(
        case.command, env=env, cwd=env["HOME"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    family: set[int] = {proc.pid}

    def accept(pid: int) -> bool:
        nonlocal family
        if pid not in family:
            family = _descendants(proc.pid)
        return pid in family

    try:
        seen, window = watcher.wait_mapped(accept, lambda: proc.poll() is None, began + TIMEOUT_S)
        title = watcher.title_of(window)
    except TimeoutError:
        case.problems.append(f"kein Fenster (Ende oder nach {TIMEOUT_S:.0f} s)")
        seen, title = float("nan"), ""
    finally:
        for pid in sorted(_descendants(proc.pid), reverse=True):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, err = proc.communicate()
    if case.title is not None and case.title not in title:
        case.problems.append(f"Fenstertitel {title!r} ohne {case.title!r}")
    if before is not None and case.guard is not None and _tree_hash(case.guard) != before:
        case.problems.append("das Tagebuch wurde verändert")
    if seen != seen and err:  # no window: show why
        case.problems.append(err.decode("utf-8", "replace").strip()[-500:])
    case.times.append(seen - began)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--frozen", type=Path, help="a frozen executable, run like the venv one")
    parser.add_argument(
        "--program",
        type=Path,
        default=ROOT / ".venv" / "bin" / "amtstagebuch",
        help="the venv program (default: .venv/bin/amtstagebuch)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    missing = [tool for tool in ("Xvfb",) if shutil.which(tool) is None]
    if missing or ctypes.util.find_library("X11") is None:
        print(
            "SKIPPED: needs Xvfb and libX11 (apt-get install -y xvfb x11-utils); "
            "nothing was measured.",
            file=sys.stderr,
        )
        return 0
    if not args.program.exists():
        print(f"SKIPPED: {args.program} does not exist (pip install -e . first).", file=sys.stderr)
        return 0
    if args.frozen is not None and not os.access(args.frozen, os.X_OK):
        print(f"{args.frozen} is not an executable file.", file=sys.stderr)
        return 2

    server, display = start_xvfb()
    work = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    try:
        watcher = _X(display)
        base = {
            "PATH": "/usr/bin:/bin",
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
        }
        counter = [0]

        def fresh_home() -> dict[str, str]:
            counter[0] += 1
            home = work / f"leer-{counter[0]}"
            home.mkdir()
            return base | {
                "HOME": str(home),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_CACHE_HOME": str(home / ".cache"),
            }

        existing = work / "mit-tagebuch"
        existing.mkdir()
        diary_env = base | {
            "HOME": str(existing),
            "XDG_DATA_HOME": str(existing / ".local" / "share"),
            "XDG_CONFIG_HOME": str(existing / ".config"),
            "XDG_CACHE_HOME": str(existing / ".cache"),
        }
        folder = existing / ".local" / "share" / "Amtstagebuch"
        made = subprocess.run(
            [str(args.program), "init", "--passphrase-stdin", "--unlock-time-ms", "0", str(folder)],
            input=PASSPHRASE + "\n", text=True, capture_output=True, env=diary_env,
        )  # fmt: skip
        if made.returncode != 0:
            print(f"init failed: {made.stderr}", file=sys.stderr)
            return 1

        bare = Case("bare PySide6", [sys.executable, "-c", BARE], fresh_home, "Bare PySide6")
        cases = [
            bare,
            Case("venv erststart", [str(args.program)], fresh_home, TITLE_WIZARD),
            Case("venv entsperren", [str(args.program)], lambda: dict(diary_env), TITLE_UNLOCK, folder),
        ]  # fmt: skip
        if args.frozen is not None:
            frozen = str(args.frozen.resolve())
            cases += [
                Case("frozen erststart", [frozen], fresh_home, TITLE_WIZARD),
                Case("frozen entsperren", [frozen], lambda: dict(diary_env), TITLE_UNLOCK, folder),
            ]  # fmt: skip
        for case in cases:  # one start each to warm the file cache, not counted
            run_once(case, watcher)
            case.times.clear()
        for _ in range(args.rounds):
            for case in cases:
                run_once(case, watcher)
        watcher.close()
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)

    bare_median = statistics.median(bare.times)
    bare_min = min(bare.times)
    rows = []
    for case in cases:
        median = statistics.median(case.times)
        rows.append(
            {
                "case": case.name,
                "median_s": round(median, 3),
                "min_s": round(min(case.times), 3),
                "max_s": round(max(case.times), 3),
                "ratio_to_bare": round(median / bare_median, 2),
                "ratio_of_minimums": round(min(case.times) / bare_min, 2),
                "goal_met": case is bare or median / bare_median <= GOAL,
                "problems": sorted(set(case.problems)),
            }
        )
    if args.json:
        print(json.dumps({"rounds": args.rounds, "goal_ratio": GOAL, "rows": rows}, indent=2))
    else:
        print(f"start to first window under Xvfb, {args.rounds} alternating rounds")
        print(
            f"{'case':<20} {'median s':>9} {'min s':>7} {'max s':>7} {'× bare':>7} "
            f"{'min×min':>8}  ≤{GOAL}×"
        )
        for row in rows:
            print(
                f"{row['case']:<20} {row['median_s']:>9.3f} {row['min_s']:>7.3f} "
                f"{row['max_s']:>7.3f} {row['ratio_to_bare']:>7.2f} "
                f"{row['ratio_of_minimums']:>8.2f}  "
                f"{'–' if row['case'] == bare.name else ('ja' if row['goal_met'] else 'NEIN')}"
            )
            for problem in row["problems"]:
                print(f"    ! {problem}")
    problems = any(row["problems"] for row in rows)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
