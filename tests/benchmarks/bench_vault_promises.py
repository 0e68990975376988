"""Vault promises benchmark: prints JSON with the figures issue 12 names.

1. Every forged header of the test suite (4 GiB memory, 1000 passes, 100 slots, …):
   how long ``Vault.open`` takes to refuse it (ms; the slowest is the figure).
2. A passphrase change on a diary of 10,000 entries and 100 MB of attachments
   with its kept generations: seconds for the re-keying (the new passphrase's KDF
   at the program's default unlock time included), and how many files in the
   folder the old passphrase opens afterwards.
3. The same re-keying killed (SIGKILL) at random moments, N times: in how many
   rounds the diary afterwards opens whole (all entries, every attachment
   readable, verify clean) with exactly one of the two passphrases.

    .venv/bin/python tests/benchmarks/bench_vault_promises.py [--entries N]
        [--megabytes N] [--kills N]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

NEW_PASSPHRASE = "Ganz neue Passphrase aus vielen Wörtern"


def forged_headers(work: Path) -> dict[str, float]:
    from app.errors import VaultDamaged
    from app.services.entries import EntriesService
    from app.vault.names import VAULT_FILE
    from app.vault.vault import Vault
    from tests.conftest import PASSPHRASE
    from tests.test_vault_promises import FORGERIES, _contact, _forge

    folder = work / "gefaelscht"
    # as a user has it: the default unlock time (about 1 s of Argon2) and kept
    # generations, so that looking for a readable backup would cost a derivation
    vault, _code = Vault.create(folder, PASSPHRASE)
    with vault:
        for number in range(3):
            EntriesService(vault).add_contact(_contact(f"Eintrag {number}"))
    honest = (folder / VAULT_FILE).read_bytes()
    times: dict[str, float] = {}
    for name, change in FORGERIES.items():
        (folder / VAULT_FILE).write_bytes(honest)
        _forge(folder / VAULT_FILE, change)
        started = time.perf_counter()
        try:
            Vault.open(folder, passphrase=PASSPHRASE).close()
        except VaultDamaged:
            pass
        else:
            raise SystemExit(f"forgery {name!r} was accepted")
        times[name] = round((time.perf_counter() - started) * 1000, 1)
    return times


def build(folder: Path, entries: int, megabytes: int) -> int:
    """The diary: ``entries`` contacts, attachments of 5 MB, 10 kept generations."""
    from app.services.attachments import AttachmentService
    from app.services.entries import EntriesService
    from app.vault.vault import Vault
    from tests.benchmarks.bench_vault import PASSPHRASE
    from tests.benchmarks.bench_vault import build as build_entries

    build_entries(folder, entries, 0)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        entry_service = EntriesService(vault)
        attachment_service = AttachmentService(vault)
        uid = entry_service.contacts()[0].uid
        files = max(1, megabytes // 5)
        for number in range(files):
            attachment_service.add_attachment(
                io.BytesIO(os.urandom(5 * 1024 * 1024)), name=f"scan-{number}.pdf", contact_uid=uid
            )
    return files


def state_after(folder: Path, entries: int, files: int) -> str | None:
    """Which passphrase opens the diary whole after a kill, or ``None``."""
    from app.errors import AmtsError, WrongPassphrase
    from app.services.entries import EntriesService
    from app.services.verify import verify
    from app.vault.vault import Credentials, Vault
    from tests.benchmarks.bench_vault import PASSPHRASE
    from tests.conftest import files_opened_by

    for secret in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            vault = Vault.open(folder, passphrase=secret)
        except WrongPassphrase:
            continue
        except AmtsError:
            return None
        with vault:
            whole = (
                EntriesService(vault).count_contacts() == entries
                and len(vault.referenced_file_ids()) == files
                and all(check.ok for check in verify(vault))
            )
        other = NEW_PASSPHRASE if secret == PASSPHRASE else PASSPHRASE
        if whole and not files_opened_by(folder, Credentials(other)):
            return secret
        return None
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--kills", type=int, default=10)
    args = parser.parse_args()

    # importing the test set-up puts settings in a private temp folder (never the
    # user's) and installs the network guard
    from app.vault import seen
    from app.vault.vault import Credentials, Vault
    from tests.benchmarks.bench_vault import PASSPHRASE
    from tests.conftest import files_opened_by
    from tests.test_faults import Child
    from tests.test_vault_promises import REKEY_CHILD as CHILD

    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="amtb-bench-") as tmp:
        work = Path(tmp)
        forged = forged_headers(work)
        result["forged_headers"] = len(forged)
        result["forged_header_refused_ms_max"] = max(forged.values())
        result["forged_header_refused_ms"] = forged

        pristine = work / "vorlage"
        files = build(pristine, args.entries, args.megabytes)
        total = sum(p.stat().st_size for p in pristine.rglob("*") if p.is_file())
        result["entries"] = args.entries
        result["attachments"] = files
        result["folder_mb"] = round(total / 1e6, 1)

        timed = work / "zeit"
        shutil.copytree(pristine, timed)
        with Vault.open(timed, passphrase=PASSPHRASE) as vault:
            result["generations"] = len(list((timed / "sicherungen").glob("*.amtb")))
            started = time.perf_counter()
            change = vault.change_passphrase(NEW_PASSPHRASE)  # default unlock time
            result["rekey_s"] = round(time.perf_counter() - started, 2)
            result["rekey_reencrypted"] = {"attachments": change.attachments, "kept": change.kept}
        every = [p for p in timed.rglob("*.amtb")]
        result["old_passphrase_opens"] = (
            f"{len(files_opened_by(timed, Credentials(PASSPHRASE)))} of {len(every)}"
        )
        # the same re-keying in a child, at the test floor, to learn its length
        shutil.rmtree(timed)
        shutil.copytree(pristine, timed)
        child = Child(CHILD, str(timed), stdin_lines=(PASSPHRASE, NEW_PASSPHRASE))
        child.expect("ready", timeout=600)
        started = time.monotonic()
        child.send("go")
        child.expect("changed", timeout=600)
        duration = time.monotonic() - started
        child.expect("closed", timeout=600)
        child.proc.wait(timeout=60)
        shutil.rmtree(timed)

        rng = random.Random(12)
        survived = 0
        outcomes = {"old": 0, "new": 0}
        for round_no in range(args.kills):
            folder = work / f"runde-{round_no}"
            shutil.copytree(pristine, folder)
            seen._path(None).unlink(missing_ok=True)  # each round is a copy of one diary
            child = Child(CHILD, str(folder), stdin_lines=(PASSPHRASE, NEW_PASSPHRASE))
            child.expect("ready", timeout=600)
            child.send("go")
            time.sleep(rng.uniform(0, duration * 1.1))
            child.signal(signal.SIGKILL)
            child.kill()
            secret = state_after(folder, args.entries, files)
            if secret is not None:
                survived += 1
                outcomes["old" if secret == PASSPHRASE else "new"] += 1
            shutil.rmtree(folder)
        result["rekey_child_s"] = round(duration, 2)
        result["kills_survived"] = f"{survived} of {args.kills}"
        result["kills_ended_in"] = outcomes
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
