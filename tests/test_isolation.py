"""The split between core and window, and the network guard."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import NetworkRefused
from tests.conftest import PASSPHRASE, ROOT, child_env

BLOCK_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError("Qt ist in diesem Test gesperrt: " + name)
    sys.meta_path.insert(0, Block())
    import app
    names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.") if m.name != "app.__main__"]
    for name in names:
        importlib.import_module(name)
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules)
    print(len(names))
    """
)


def test_every_app_module_imports_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15


def test_guard_refuses_internet_sockets_and_name_lookups() -> None:
    with pytest.raises(NetworkRefused):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkRefused):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    with pytest.raises(NetworkRefused):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkRefused):
        socket.gethostbyname("localhost")
    if hasattr(socket, "AF_UNIX"):  # the local keyring bus stays reachable
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()


AUDIT_CHILD = textwrap.dedent(
    """
    import io, sys
    seen = []
    sys.addaudithook(lambda event, args: seen.append(event) if event.startswith("socket.") else None)
    from app.cli import main
    folder = sys.argv[1]
    pw = sys.argv[2] + "\\n"
    codes = [
        main(["init", folder, "--passphrase-stdin", "--unlock-time-ms", "0"], stdin=io.StringIO(pw), stdout=io.StringIO()),
        main(["verify", folder, "--passphrase-stdin"], stdin=io.StringIO(pw), stdout=io.StringIO()),
        main(["export", folder, "--passphrase-stdin"], stdin=io.StringIO(pw), stdout=io.StringIO()),
        main(["backup", folder, "--out", folder + ".bak", "--passphrase-stdin"], stdin=io.StringIO(pw), stdout=io.StringIO()),
    ]
    before = list(seen)
    import socket
    try:
        socket.create_connection(("127.0.0.1", 9))
        refused = False
    except Exception as exc:
        refused = type(exc).__name__ == "NetworkRefused"
    import json
    print(json.dumps({"codes": codes, "events": before, "refused": refused}))
    """
)


def test_command_line_runs_under_the_guard_and_opens_no_socket(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", AUDIT_CHILD, str(tmp_path / "t"), PASSPHRASE],
        capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["codes"] == [0, 0, 0, 0]
    assert report["events"] == []  # init, verify, export, backup: not one socket event
    assert report["refused"] is True  # and a deliberate attempt is stopped by the guard
