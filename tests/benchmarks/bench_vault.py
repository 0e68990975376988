"""Vault benchmark: prints JSON with the figures issue 2 names.

Builds a vault of 10,000 contacts (notes of about 500 characters) and 2,000
handovers, then measures in a fresh child process (so peak memory is that of a
user's session, not of the build): open without the KDF, save after one edit
(median, and its ratio to writing and fsyncing the same bytes unencrypted),
full-text search (median), peak memory, file size against the plain SQLite
file, and the KDF on its own.

    .venv/bin/python tests/benchmarks/bench_vault.py [--contacts N] [--handovers N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "Benchmark Passphrase lang genug"
WORDS = (
    "Termin Jobcenter Frau Herr Unterlagen Kontoauszüge Mietvertrag Nebenkosten Bescheid "
    "Widerspruch Antrag Weiterbewilligung Ausweis kopiert Eingangsbestätigung Beistand "
    "Vermittlung Maßnahme Bewerbung Lebenslauf Telefon Rückruf Frist Nachweis Heizkosten "
    "Arbeitsvermittlerin Leistungsabteilung vorgelegt abgegeben Kopie Original Stempel "
    "vereinbart nächster Gespräch freundlich gewartet Wartezimmer Akte Datenschutz"
).split()


def _note(rng: random.Random) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < 500:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:500]


def build(folder: Path, contacts: int, handovers: int) -> float:
    from app.records import ContactData, DocumentData, HandoverData
    from app.services.diary import insert_contact, insert_handover
    from app.vault.vault import Vault

    rng = random.Random(7)
    tz = timezone(timedelta(hours=1))
    start = datetime(2016, 1, 1, 9, 0, tzinfo=tz)
    began = time.perf_counter()
    vault, _ = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    with vault.transaction() as session:
        for i in range(contacts):
            insert_contact(
                session,
                ContactData(
                    when=start + timedelta(hours=7 * i),
                    channel=rng.choice(("termin", "telefon", "brief", "email")),
                    counterpart=rng.choice(("Frau K.", "Herr M.", "Frau Ö.")),
                    notes=_note(rng),
                ),
            )
        for i in range(handovers):
            insert_handover(
                session,
                HandoverData(
                    when=start + timedelta(hours=35 * i),
                    method="persoenlich",
                    documents=[
                        DocumentData(type="kontoauszuege", receipt=True),
                        DocumentData(type="mietvertrag", original=False),
                    ],
                ),
            )
    vault.close()
    return time.perf_counter() - began


def measure(folder: Path) -> dict[str, object]:
    import resource

    from app.atomic import write_private
    from app.services.entries import EntriesService
    from app.vault.crypto import KdfParams, argon2id, calibrate
    from app.vault.fileformat import parse
    from app.vault.vault import Credentials, Vault

    header = parse((folder / "tagebuch.amtb").read_bytes()).header
    creds = Credentials(passphrase=PASSPHRASE)
    kdf_start = time.perf_counter()
    assert creds.try_header(header) is not None  # derives the key once, cached
    kdf_ms = (time.perf_counter() - kdf_start) * 1000

    opens = []
    for _ in range(5):
        began = time.perf_counter()
        vault = Vault.open(folder, credentials=creds)
        opens.append((time.perf_counter() - began) * 1000)
        vault.close()
    vault = Vault.open(folder, credentials=creds)
    entry_service = EntriesService(vault)
    uids = [c.uid for c in entry_service.contacts(limit=50)]
    saves = []
    for i, uid in enumerate(uids[:25]):
        contact = entry_service.get_contact(uid)
        contact.notes += f" Nachtrag {i}."
        began = time.perf_counter()
        entry_service.update_contact(uid, contact)
        saves.append((time.perf_counter() - began) * 1000)
    size = vault.path.stat().st_size
    plain = []
    payload = os.urandom(size)
    for i in range(10):
        target = folder / f"plain-{i}.bin"
        began = time.perf_counter()
        write_private(target, payload)
        plain.append((time.perf_counter() - began) * 1000)
        target.unlink()
    searches = []
    queries = [
        "Kontoauszüge",
        "Ausweis kopiert",
        "mietv",
        "Frist Widerspruch",
        "Beistand",
        "Nachtrag 3",
    ]
    for _ in range(5):
        for query in queries:
            began = time.perf_counter()
            hits = entry_service.search(query)
            searches.append((time.perf_counter() - began) * 1000)
    assert hits, "search found nothing"
    image = vault.image_bytes()
    vault.close()
    floor_ms = calibrate(0)[1]
    target_params, _ = calibrate(1000)
    began = time.perf_counter()
    argon2id(PASSPHRASE, os.urandom(16), target_params)
    calibrated_ms = (time.perf_counter() - began) * 1000
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "open_excluding_kdf_ms_median": round(statistics.median(opens), 1),
        "save_after_edit_ms_median": round(statistics.median(saves), 1),
        "plain_write_fsync_same_bytes_ms_median": round(statistics.median(plain), 1),
        "save_vs_plain_ratio": round(
            statistics.median(saves) / max(statistics.median(plain), 0.01), 1
        ),
        "fts_search_ms_median": round(statistics.median(searches), 2),
        "fts_search_ms_max": round(max(searches), 2),
        "peak_memory_mb": round(peak_kib / 1024, 1),
        "vault_file_bytes": size,
        "plain_sqlite_bytes": len(image),
        "vault_vs_plain_sqlite_ratio": round(size / len(image), 3),
        "kdf_ms_this_vault": round(kdf_ms, 1),
        "kdf_ms_floor_64MiB_t3_p4": round(floor_ms, 1),
        "kdf_ms_calibrated_for_1s": round(calibrated_ms, 1),
        "kdf_calibrated_params": KdfParams.to_json(target_params),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--handovers", type=int, default=2_000)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tagebuch"
        build_s = build(folder, args.contacts, args.handovers)
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(folder)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        figures = json.loads(child.stdout)
    result = {"contacts": args.contacts, "handovers": args.handovers, "build_s": round(build_s, 1)}
    result.update(figures)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
