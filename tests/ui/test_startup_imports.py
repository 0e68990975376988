"""The first window comes up without the heavy libraries (issue 15: start to first window).

The program is started as ``amtstagebuch`` starts it (``app.cli.main`` with no command),
in a fresh process with its own HOME. When the window first paints, and again a moment
later (after the work deferred with ``QTimer.singleShot(0, …)`` has run), the process
writes down which modules are loaded and exits. None of the libraries that are needed
only for an open diary, a letter or a new vault may be among them: they load after
unlock or when the person gets that far. The speed itself is measured by
``tests/benchmarks/startup.py``, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Needed only after unlock, for a new vault, a letter or a PDF – never for the first window.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "zxcvbn",
    "reportlab",
    "jinja2",
    "holidays",
    "rapidfuzz",
    "pypdfium2",
    "PIL",
    "cryptography",
    "keyring",
    "zstandard",
)
# Standard modules and parts of the program that the first window does not need either;
# each cost a few milliseconds before it (measured with ``python -X importtime``).
DEFERRED = (
    "socket",  # the network guard takes its constants from _socket
    "getpass",  # only commands that ask for a passphrase
    "json",  # only a remembered folder or JSON output (and the unlock page: the file header)
    "html",  # only the synced-folder notice
    "app.records",  # the forms' data: with the wizard's second page
    "app.services.entries",
)

_CHILD = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

seen = {}

def loaded():
    return sorted({name.split(".")[0] for name in sys.modules} | {
        name for name in sys.modules if name.startswith(("app.", "ui."))
    })

def finish():
    import json  # not before: the program's own imports are what is looked at

    seen["later"] = loaded()
    print(json.dumps(seen), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (
            "painted" not in seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QMainWindow)
        ):
            seen["painted"] = loaded()
            seen["title"] = watched.windowTitle()
            QTimer.singleShot(200, finish)
        return False

app = QApplication(sys.argv)
spy = FirstPaint()
app.installEventFilter(spy)
from app.cli import main
sys.exit(main([]))
"""


def _first_window(home: Path) -> dict[str, object]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PYTEST", "COV"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        capture_output=True, text=True, env=env, cwd=home, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _heavy(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [name for name in modules if name in HEAVY]


@pytest.mark.parametrize("situation", ["first run", "existing diary"])
def test_the_first_window_shows_before_the_heavy_libraries_load(
    tmp_path: Path, situation: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    if situation == "existing diary":
        from app.vault.vault import Vault

        folder = home / "data" / "Amtstagebuch"
        vault, _code = Vault.create(folder, "Kaffeetasse Regenschirm 42", unlock_time_ms=0)
        vault.close()
        page = "Tagebuch entsperren – Amtstagebuch"
    else:
        page = "Einrichtung – Amtstagebuch"

    seen = _first_window(home)

    assert seen["title"] == page  # the window really shows the wizard / the unlock page
    assert _heavy(seen["painted"]) == [], "loaded before the first window painted"
    assert _heavy(seen["later"]) == [], "loaded right after the first window painted"
    painted = seen["painted"]
    assert isinstance(painted, list)
    deferred = [n for n in DEFERRED if not (n == "json" and situation == "existing diary")]
    assert [name for name in deferred if name in painted] == []
    if situation == "first run":
        assert not (home / "data" / "Amtstagebuch").exists()  # nothing created yet
