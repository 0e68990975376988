"""Shared test set-up: offscreen Qt, the network guard, small vault helpers."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, remembered folders and Qt's own QtProject.conf go to a private place
# for the test session, never into the real home (tests look there for traces).
_PRIVATE = Path(tempfile.mkdtemp(prefix="amtstagebuch-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_PRIVATE / _name.lower())

from app import netguard  # noqa: E402

# The tests run under the same guard as the program: no socket, no DNS.
netguard.install()

import keyring  # noqa: E402

# Pin the machine's real keyring backend now: test modules define fake backends,
# and keyring would otherwise pick one of those up as the "system" keyring.
keyring.get_keyring()

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "Korrekt Pferd Batterie Heftklammer"


@pytest.fixture(autouse=True)
def _own_config_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test has its own settings folder (platformdirs reads XDG_CONFIG_HOME), so a
    language or text size chosen in one test, or on this computer, never reaches another."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _no_states_seen(_own_config_dir: None) -> None:
    """Each test starts on a computer that has seen no diary save yet.

    Copies of one frozen or template diary share its id; without this, a save
    counter remembered in one test would make the next copy look rolled back.
    """
    from app.vault import seen

    seen._path(None).unlink(missing_ok=True)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """A fresh vault folder (created with the KDF floor, for speed)."""
    from app.vault.vault import Vault

    folder = tmp_path / "tagebuch"
    vault, _code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    vault.close()
    return folder


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[object]:
    from app.vault.vault import Vault

    opened = Vault.open(vault_dir, passphrase=PASSPHRASE)
    try:
        yield opened
    finally:
        opened.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, stdin: str = "") -> Result:
    """Run the command line in this process and capture what a user would see."""
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    old_err = sys.stderr
    sys.stderr = err
    try:
        code = main(list(args), stdin=io.StringIO(stdin), stdout=out)
    finally:
        sys.stderr = old_err
    return Result(code, out.getvalue(), err.getvalue())


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def files_opened_by(folder: Path, creds: object) -> list[str]:
    """Every vault file below ``folder`` (diary and kept generations) that ``creds`` open."""
    from app.errors import AmtsError
    from app.vault.vault import decrypt_file

    opened = []
    for path in sorted(folder.rglob("*.amtb")):
        try:
            decrypt_file(path.read_bytes(), creds, path.name)  # type: ignore[arg-type]
        except AmtsError:
            continue
        opened.append(str(path.relative_to(folder)))
    return opened
