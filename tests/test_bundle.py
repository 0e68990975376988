"""The frozen Linux bundle (PyInstaller, ``packaging/linux/build.sh``) works on its own.

CI builds the bundle and points ``AMTSTAGEBUCH_BUNDLE`` at its ``.tar.gz``; the archive
is unpacked into a temporary folder outside the source tree and run with an empty
HOME, a bare PATH and no Python variables: no venv and no source file can help it.
Without the variable (a developer's run) the tests are skipped with the command that
builds the bundle.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

BUNDLE = os.environ.get("AMTSTAGEBUCH_BUNDLE", "")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux-Bundle"),
    pytest.mark.skipif(
        not BUNDLE, reason="kein Bundle gebaut (bash packaging/linux/build.sh, dann "
        "AMTSTAGEBUCH_BUNDLE=dist/Amtstagebuch-…-linux-x86_64.tar.gz)",
    ),
]  # fmt: skip

STRONG = "Kaffeetasse Regenschirm Wolkenkratzer 1987"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unpacked folder ``Amtstagebuch/``, far from the source tree."""
    archive = Path(BUNDLE)
    base = tmp_path_factory.mktemp("bundle")
    assert ROOT not in base.parents
    with tarfile.open(archive) as tar:
        tar.extractall(base, filter="tar")
    folder = base / "Amtstagebuch"
    assert (folder / "Amtstagebuch").is_file()
    assert (folder / "amtstagebuch-cli").is_symlink()
    return folder


def _env(work: Path) -> dict[str, str]:
    home = work / "home"
    home.mkdir(exist_ok=True)
    return {
        "HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": str(work),
        "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(work),
    }  # fmt: skip


def _cli(
    bundle: Path, work: Path, *args: str, stdin: str = "", trace: Path | None = None
) -> subprocess.CompletedProcess[str]:
    command = [str(bundle / "amtstagebuch-cli"), *args]
    if trace is not None:
        command = [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=execve,socket,connect",
            "-o",
            str(trace),
            *command,
        ]
    return subprocess.run(command, cwd=work, env=_env(work), input=stdin,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


def _internet_sockets(trace: Path) -> list[str]:
    return [line for line in trace.read_text().splitlines() if re.search(r"AF_INET6?\b", line)]


def test_the_command_line_works_from_the_unpacked_bundle(bundle: Path, tmp_path: Path) -> None:
    version = _cli(bundle, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("amtstagebuch "), version

    demo = _cli(bundle, tmp_path, "demo", "beispiel")
    assert demo.returncode == 0, demo.stderr
    exported = _cli(bundle, tmp_path, "export", "beispiel", "--passphrase-stdin", "--out",
                    "beispiel.json", stdin="demo\n")  # fmt: skip
    assert exported.returncode == 0, exported.stderr

    init = _cli(bundle, tmp_path, "init", "neu", "--passphrase-stdin", "--unlock-time-ms", "0",
                stdin=STRONG + "\n")  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert "Wiederherstellungscode" in init.stdout
    imported = _cli(bundle, tmp_path, "import", "neu", "beispiel.json", "--passphrase-stdin",
                    stdin=STRONG + "\n")  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert "47" in imported.stdout, imported.stdout  # the demo's contacts, all taken over

    check = _cli(bundle, tmp_path, "check", "--json",
                 stdin='{"id": 1, "text": "Die Sachbearbeiterin hat meinen Ausweis kopiert."}\n')  # fmt: skip
    assert check.returncode == 0 and '"ausweiskopie"' in check.stdout, check

    verify = _cli(bundle, tmp_path, "verify", "neu", "--passphrase-stdin", stdin=STRONG + "\n")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "Kette lückenlos" in verify.stdout


def test_a_letter_from_the_bundle_embeds_its_fonts_and_opens_no_socket(
    bundle: Path, tmp_path: Path
) -> None:
    assert _cli(bundle, tmp_path, "demo", "beispiel").returncode == 0
    trace = tmp_path / "strace.log" if shutil.which("strace") else None
    letter = _cli(bundle, tmp_path, "letter", "auskunft", "beispiel", "--passphrase-stdin",
                  "--out", "auskunft.pdf", stdin="demo\n", trace=trace)  # fmt: skip
    assert letter.returncode == 0, letter.stderr
    pdf = (tmp_path / "auskunft.pdf").read_bytes()
    assert pdf.count(b"/FontFile2") >= 1 and b"DejaVuSans" in pdf
    assert b"/BaseFont /Helvetica" not in pdf  # no font the printer would have to guess
    if trace is None:
        pytest.skip("strace fehlt: Netzwerkzugriffe nicht mitgeschnitten")
    assert "execve(" in trace.read_text(), "strace hat nichts mitgeschnitten"
    assert _internet_sockets(trace) == []


def test_selbsttest_finds_german_dialogs_fonts_and_data(bundle: Path, tmp_path: Path) -> None:
    done = _cli(bundle, tmp_path, "selbsttest")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK      Deutsche Dialoge: Qt beschriftet „Yes“ mit „Ja“" in done.stdout
    assert "OK      Schriften: DejaVu Sans" in done.stdout
    assert "13 Briefarten" in done.stdout
    assert re.search(r"OK      Bildschirm: .*qxcb", done.stdout), done.stdout


@pytest.mark.skipif(
    not (shutil.which("gnome-keyring-daemon") and shutil.which("dbus-run-session")),
    reason="gnome-keyring und dbus fehlen (apt-get install gnome-keyring dbus)",
)
def test_the_frozen_program_finds_the_secret_service(bundle: Path, tmp_path: Path) -> None:
    """keyring finds its backends through entry points, which a frozen program loses
    unless the metadata travels with it: with a Secret Service running, it is found."""
    script = (
        "echo geheim | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f"'{bundle / 'amtstagebuch-cli'}' selbsttest"
    )
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], cwd=tmp_path,
                          env=_env(tmp_path), capture_output=True, text=True, timeout=120)  # fmt: skip
    assert "OK      Schlüsselbund: vorhanden: Secret Service" in done.stdout, done


def _shared_libraries(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file() and (
        p.name.endswith(".so") or ".so." in p.name))  # fmt: skip


def _python_files(bundle: Path) -> set[str]:
    """File names that come in a Python distribution (their RECORD travels along) or
    with Python itself (its library and compiled modules)."""
    names = {lib.name for lib in _shared_libraries(bundle)
             if ".cpython-" in lib.name or ".abi3." in lib.name or lib.name.startswith("libpython")}  # fmt: skip
    for record in (bundle / "_internal").glob("*.dist-info/RECORD"):
        names |= {line.split(",")[0].rsplit("/", 1)[-1] for line in record.read_text().splitlines()}
    return names


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg fehlt (kein Debian/Ubuntu)")
def test_the_bundle_carries_the_licences_of_its_system_libraries(bundle: Path) -> None:
    """Every shared library PyInstaller took from the build machine's Debian packages
    (libxcb, libfontconfig, …) is named in the bundle's list, with its package's
    copyright file next to it."""
    folder = bundle / "_internal" / "app" / "resources" / "lizenzen-system"
    entries = tomllib.loads((folder / "komponenten.toml").read_text("utf-8"))["komponente"]
    listed = {name: entry for entry in entries
              for name in entry["hinweis"].split(": ", 1)[1].split(", ")}  # fmt: skip
    python = _python_files(bundle)
    from_debian: dict[str, str] = {}
    for library in _shared_libraries(bundle):
        if library.name in python:
            continue
        done = subprocess.run(["dpkg", "-S", f"*/{library.name}"], capture_output=True, text=True)
        if done.returncode == 0:
            from_debian[library.name] = done.stdout.split(":", 1)[0].split(",")[0].strip()
    assert {"libxcb-cursor.so.0", "libfontconfig.so.1", "libffi.so.8"} <= from_debian.keys()
    assert sorted(from_debian.keys() - listed.keys()) == []
    for name, package in from_debian.items():
        entry = listed[name]
        assert entry["name"] == package and entry["plattformen"] == ["linux"]
        text = "\n".join((folder / t).read_text("utf-8") for t in entry["texte"])
        assert "Copyright" in text or "copyright" in text, name
    fontconfig = listed["libfontconfig.so.1"]
    assert fontconfig["texte"][0] == f"system-{fontconfig['name']}.txt"
    # the list names its texts and nothing else lies there
    named = {t for entry in entries for t in entry["texte"]}
    assert named | {"komponenten.toml"} == {p.name for p in folder.iterdir()}


def _traced(pid: int) -> int:
    """The program's pid: under strace, strace's child (a signal to strace would only
    detach it); otherwise the process itself."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = children.read_text().split() if children.exists() else []
    return int(found[0]) if found else pid


def test_the_demo_window_starts_and_cleans_up(bundle: Path, tmp_path: Path) -> None:
    """``Amtstagebuch --demo`` offscreen: the throwaway diary appears, the window stays
    up, and a SIGTERM (logout) ends it with the copy removed — no internet socket."""
    command = [str(bundle / "Amtstagebuch"), "--demo"]
    trace = tmp_path / "strace.log"
    if shutil.which("strace"):
        command = [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=execve,socket,connect",
            "-o",
            str(trace),
            *command,
        ]
    child = subprocess.Popen(command, cwd=tmp_path, env=_env(tmp_path),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob("amtstagebuch-demo-*/*/tagebuch.amtb")):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "kein Beispiel-Tagebuch nach 120 s"
            time.sleep(0.2)
        time.sleep(3)  # filled and shown; still running
        assert child.poll() is None, child.communicate()
        os.kill(_traced(child.pid), signal.SIGTERM)
        _out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signal.SIGTERM, err  # ended on purpose, not crashed
    assert "Traceback" not in err, err
    assert list(tmp_path.glob("amtstagebuch-demo-*")) == []
    if trace.exists():
        assert _internet_sockets(trace) == []
