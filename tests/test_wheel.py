"""A normal install works: the wheel carries every data file, and the installed program
runs from outside the source tree (``pip install .``, ``pipx install``, a wheel).

Builds the wheel from the files git tracks (what a fresh clone has), installs it with
its dependencies into a new venv and runs the command line there, with an empty
HOME, a bare PATH and no PYTHONPATH: nothing of the source tree can help it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

# where the program's data lives in the source tree: all of it must be in the wheel
DATA = ("app/resources/", "app/model/migrations/", "app/locale/", "ui/i18n/")
# translators' sources, not read at run time: the compiled .qm and .mo are shipped
SOURCES_ONLY = (".ts", ".po", ".pot")


def _tracked() -> list[str]:
    done = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the built wheel, the new venv's bin folder)."""
    if shutil.which("git") is None:
        pytest.skip("git fehlt")
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    for name in _tracked():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(base / "dist"), str(source)],
                   check=True, timeout=600)  # fmt: skip
    (wheel,) = (base / "dist").glob("amtstagebuch-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bindir / "python"), "-m", "pip", "--disable-pip-version-check", "-q",
                    "install", str(wheel)], check=True, timeout=900)  # fmt: skip
    return wheel, bindir


def test_the_wheel_carries_every_data_file(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [n for n in _tracked() if n.startswith(DATA) and not n.endswith(SOURCES_ONLY)]
    assert any(n.endswith("en/LC_MESSAGES/amtstagebuch.mo") for n in wanted)
    assert len(wanted) > 40
    missing = [n for n in wanted if n not in names]
    assert not missing, missing
    assert not [n for n in names if n.startswith("tests/")]


def _run(bindir: Path, cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(cwd / "home"),
        "PATH": os.pathsep.join(["/usr/bin", "/bin"]),
        "LANG": "C.UTF-8",
        "TMPDIR": str(cwd),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(cwd),
    }
    if os.name == "nt":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", "")
    exe = bindir / ("amtstagebuch.exe" if os.name == "nt" else "amtstagebuch")
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


def test_the_installed_program_runs_outside_the_source_tree(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, bindir = installed
    (tmp_path / "home").mkdir()
    where = subprocess.run([str(bindir / "python"), "-c", "import app, ui; print(app.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True)  # fmt: skip
    assert "site-packages" in where.stdout and str(ROOT) not in where.stdout

    demo = _run(bindir, tmp_path, "demo", "tagebuch")
    assert demo.returncode == 0, demo.stderr
    assert "Beispiel-Tagebuch angelegt" in demo.stdout

    check = _run(bindir, tmp_path, "check", "--json",
                 stdin='{"id": 1, "text": "Die Sachbearbeiterin hat meinen Ausweis kopiert."}\n')  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert '"ausweiskopie"' in check.stdout

    letter = _run(bindir, tmp_path, "letter", "auskunft", "tagebuch", "--passphrase-stdin",
                  "--out", "auskunft.pdf", stdin="demo\n")  # fmt: skip
    assert letter.returncode == 0, letter.stderr
    pdf = (tmp_path / "auskunft.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # the font travels with it

    verify = _run(bindir, tmp_path, "verify", "tagebuch", "--passphrase-stdin", stdin="demo\n")
    assert verify.returncode == 0, verify.stderr
    assert "Kette lückenlos" in verify.stdout

    selftest = _run(bindir, tmp_path, "selbsttest")
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "Die Installation ist vollständig." in selftest.stdout
