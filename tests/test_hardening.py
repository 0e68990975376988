"""No core dumps: the command line and the window, each as its own real process.

Each child starts with core dumps *allowed* (the soft limit raised to the hard one),
so the test sees the program itself switch them off, and reads the limit the
kernel applies from ``/proc/<pid>/limits`` while the child is running.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, child_env

resource = pytest.importorskip("resource")

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/limits").exists(), reason="liest /proc/<pid>/limits (Linux)"
)

_SOFT, _HARD = resource.getrlimit(resource.RLIMIT_CORE)


def _allow_core_dumps() -> None:
    """In the child before exec: core dumps on, as on a developer's machine."""
    resource.setrlimit(resource.RLIMIT_CORE, (_HARD, _HARD))


def _core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.split()[4:6]
            return soft, hard
    raise AssertionError("no core line in /proc/<pid>/limits")


def _wait_for_core_limit(child: subprocess.Popen[str], timeout: float = 60.0) -> tuple[str, str]:
    deadline = time.monotonic() + timeout
    while True:
        assert child.poll() is None, child.communicate()
        limit = _core_limit(child.pid)
        if limit == ("0", "0") or time.monotonic() > deadline:
            return limit
        time.sleep(0.02)


@contextlib.contextmanager
def _started(args: list[str], **env: str) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=child_env(**env), cwd=ROOT, preexec_fn=_allow_core_dumps,
    )  # fmt: skip
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture(autouse=True)
def _core_dumps_can_be_allowed() -> None:
    if _HARD == 0:
        pytest.skip("core dumps are forbidden on this machine already")


def test_the_child_really_starts_with_core_dumps_allowed() -> None:
    with _started(["-c", "import sys; sys.stdin.read()"]) as child:
        assert _core_limit(child.pid)[0] != "0"


def test_command_line_process_writes_no_core_dump() -> None:
    """``amtstagebuch check`` waits on its input; its limit is read meanwhile."""
    with _started(["-m", "app", "check"]) as child:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write('{"id": 1, "text": "Termin wahrgenommen."}\n')
        child.stdin.flush()
        assert child.stdout.readline().startswith("1:")  # running, and still reading
        assert _core_limit(child.pid) == ("0", "0")
        child.communicate(timeout=60)
        assert child.returncode == 0


def test_window_process_writes_no_core_dump(tmp_path: Path) -> None:
    """``amtstagebuch --demo``: the window started from the command line."""
    with _started(["-m", "app", "--demo"], TMPDIR=str(tmp_path)) as child:
        assert _wait_for_core_limit(child) == ("0", "0")


def test_window_started_directly_writes_no_core_dump() -> None:
    """``ui.main.run`` hardens too, for a window started without the command line."""
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import resource, sys\n"
        "from ui.main import run\n"
        "app = QApplication(sys.argv)\n"
        "def report():\n"
        "    print(resource.getrlimit(resource.RLIMIT_CORE), flush=True)\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, report)\n"
        "run()\n"
    )
    with _started(["-c", script]) as child:
        out, err = child.communicate(timeout=120)
    assert out.strip() == "(0, 0)", err


def test_disable_core_dumps_says_whether_it_worked() -> None:
    script = (
        "import resource\n"
        "from app.hardening import disable_core_dumps\n"
        "print(disable_core_dumps(), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    with _started(["-c", script]) as child:
        out, err = child.communicate(timeout=60)
    assert out.strip() == "True (0, 0)", err
