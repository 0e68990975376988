"""Letter benchmark: prints JSON with the figure issue 5 names.

Median time to build and render one letter PDF in a warm process (fonts
registered, rule and letter catalogues loaded by a first round), for each of the
13 types, for
a diary with an entry, a handover of 12 documents, its Warnsignal and two
earlier letters; plus the first (cold) letter of the process on its own.
Target: median ≤ 150 ms per letter.

    .venv/bin/python tests/benchmarks/bench_letters.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "Benchmark Passphrase lang genug"


def _fill(folder: Path) -> Any:
    from sqlalchemy import select

    from app.model import Contact, Finding, Handover, Letter
    from app.records import (
        ContactData,
        DocumentData,
        HandoverData,
        JobcenterData,
        ProfileData,
    )
    from app.services.entries import EntriesService
    from app.services.handovers import HandoverService
    from app.services.profile import ProfileService
    from app.vault.vault import Vault

    vault, _code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    profile_service = ProfileService(vault)
    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    profile_service.set_profile(
        ProfileData(name="Олена Шевченко-Öztürk", street="Musterweg 1", postcode="63065",
                    city="Offenbach am Main", customer_number="123D456789",
                    bg_number="12345BG0012345", state="HE")
    )  # fmt: skip
    profile_service.set_jobcenter(
        JobcenterData(name="Jobcenter Frankfurt am Main", street="Emil-von-Behring-Str. 10",
                      postcode="60439", city="Frankfurt am Main", kind="ge", state="HE")
    )  # fmt: skip
    tz = timezone(timedelta(hours=1))
    uid = entry_service.add_contact(
        ContactData(when=datetime(2026, 3, 2, 9, 30, tzinfo=tz), channel="termin",
                    counterpart="Frau K.",
                    notes="Frau K. hat meinen Personalausweis kopiert, ohne zu fragen. " * 5)
    )  # fmt: skip
    documents = [
        DocumentData(type="kontoauszuege", period=f"{m:02d}/2026", pages=3) for m in range(1, 12)
    ]
    documents.append(DocumentData(type="personalausweis", original=True, copied_by_jobcenter=True))
    handover_service.add_handover(
        HandoverData(when=datetime(2026, 3, 2, 9, 45, tzinfo=tz), method="persoenlich",
                     contact_uid=uid, documents=documents)
    )  # fmt: skip
    now = datetime.now(UTC).replace(tzinfo=None)
    with vault.transaction() as session:
        first = Letter(type="auskunft", created_at=now, letter_date=date(2026, 9, 1),
                       sent_on=date(2026, 9, 1), due_on=date(2026, 10, 5), status="versendet",
                       subject="Antrag auf Auskunft und Kopie meiner Daten")  # fmt: skip
        second = Letter(type="erinnerung", created_at=now, letter_date=date(2026, 10, 20),
                        sent_on=date(2026, 10, 20), due_on=date(2026, 11, 3),
                        status="versendet", subject="Erinnerung")  # fmt: skip
        session.add_all([first, second])
    with vault.session() as session:
        ids = {
            "contact": [session.scalars(select(Contact.id)).one()],
            "handover": [session.scalars(select(Handover.id)).one()],
            "finding": list(session.scalars(select(Finding.id))),
            "letter": list(session.scalars(select(Letter.id).order_by(Letter.id))),
        }
    return vault, ids


def _request(type_id: str, ids: dict[str, list[int]]) -> Any:
    from app.letters import LETTER_TYPES, LetterRequest

    kind = LETTER_TYPES[type_id]
    uses = kind.uses
    details = {
        f.name: "01.10.2026" if f.kind == "date" else "Kopie meines Personalausweises"
        for f in kind.detail_fields
        if f.required
    }
    return LetterRequest(
        type_id,
        details=details,
        contact_ids=ids["contact"] if "entries" in uses else [],
        handover_ids=ids["handover"] if "handovers" in uses else [],
        finding_ids=ids["finding"] if "findings" in uses else [],
        letter_ids=(ids["letter"] if type_id == "beschwerde" else ids["letter"][:1])
        if "letters" in uses
        else [],
    )


def bench(rounds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        vault, ids = _fill(Path(tmp) / "tagebuch")
        try:
            t0 = time.perf_counter()
            from app.letters import build_letter, render_pdf

            with vault.session() as session:
                render_pdf(build_letter(session, _request("auskunft", ids)))
            cold_ms = (time.perf_counter() - t0) * 1000
            from app.letters import LETTER_TYPES

            results: dict[str, Any] = {}
            for type_id in LETTER_TYPES:
                request = _request(type_id, ids)
                times: list[float] = []
                size = pages = 0
                for _ in range(rounds):
                    start = time.perf_counter()
                    with vault.session() as session:
                        doc = build_letter(session, request)
                    pdf = render_pdf(doc)
                    times.append((time.perf_counter() - start) * 1000)
                    size = len(pdf)
                    pages = pdf.count(b"/Type /Page\n")
                results[type_id] = {
                    "median_ms": round(statistics.median(times), 1),
                    "p90_ms": round(statistics.quantiles(times, n=10)[-1], 1),
                    "max_ms": round(max(times), 1),
                    "pages": pages,
                    "pdf_kb": round(size / 1024, 1),
                }
        finally:
            vault.close()
    worst = max(r["median_ms"] for r in results.values())
    return {
        "rounds": rounds,
        "first_letter_in_process_ms": round(cold_ms, 1),
        "per_type": results,
        "worst_median_ms": worst,
        "target_median_ms": 150,
        "ok": worst <= 150,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    print(json.dumps(bench(args.rounds), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
