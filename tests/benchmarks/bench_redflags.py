"""Red-flag benchmark: prints JSON with the figures issues 4 and 16 name (targets: issue 16).

- bulk: notes per second through ``check_text`` over the labelled corpus,
  repeated to at least 5,000 notes (rules loaded beforehand; loading is timed
  on its own);
- typing: re-checking one 2,000-character note after each keystroke (the text
  changes by one character every time, so nothing can be served from a cache):
  median, 90th percentile and maximum, for ``check_text`` and for ``check_entry``
  with the note, the other text fields and a handover as the form passes them;
- the command line: ``amtstagebuch check --json`` over the corpus in a new
  process, start-up included;
- long notes (issue 12, point 5; ``--long`` prints only these): ``check_text`` on
  a 1,000,000-character note that is one word, on a 1,000,000-character ordinary
  note (the corpus repeated), and ``amtstagebuch import`` of a file with one
  200,000-character note into a fresh diary, in milliseconds. Before the fix the
  first did not end in 120 s and the import took 30 s.

    .venv/bin/python tests/benchmarks/bench_redflags.py [--notes N] [--keystrokes N] [--long]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "data" / "redflags" / "korpus.jsonl"


def _texts() -> list[str]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _long_note(texts: list[str], length: int = 2000) -> str:
    """About ``length`` characters of real notes, the incidents buried in the middle."""
    parts: list[str] = []
    for text in sorted(texts, key=len, reverse=True):
        parts.append(text)
        if sum(len(p) + 1 for p in parts) >= length:
            break
    return " ".join(parts)[:length]


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p90_ms": round(ordered[int(len(ordered) * 0.9)] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def bench(notes: int, keystrokes: int) -> dict[str, object]:
    started = time.perf_counter()
    from app.redflags import check_entry, check_text, load_rules

    load_rules()
    load_s = time.perf_counter() - started

    texts = _texts()
    batch = (texts * (notes // len(texts) + 1))[:notes]
    for text in texts:  # warm-up
        check_text(text)
    gc.collect()
    t0 = time.perf_counter()
    flagged = sum(1 for text in batch if check_text(text))
    bulk_s = time.perf_counter() - t0

    from app.records import ContactData, DocumentData, HandoverData

    note = _long_note(texts)
    typed_text: list[float] = []
    typed_entry: list[float] = []
    handover = HandoverData(
        when=datetime(2026, 3, 2, 9, 45, tzinfo=UTC),
        method="persoenlich",
        documents=[DocumentData(type="personalausweis", original=True)],
    )
    check_entry(ContactData(when=handover.when, channel="termin", notes=note), [handover])
    for i in range(keystrokes):
        current = note[: len(note) - keystrokes + i] + "x" * (i % 3)
        t0 = time.perf_counter()
        check_text(current)
        typed_text.append(time.perf_counter() - t0)
        contact = ContactData(
            when=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
            channel="termin",
            counterpart="Frau K.",
            notes=current,
            outcome="Nächster Termin in zwei Wochen, Unterlagen nachreichen.",
            details={"asked_of_me": "Kontoauszüge der letzten drei Monate"},
        )
        t0 = time.perf_counter()
        check_entry(contact, [handover])
        typed_entry.append(time.perf_counter() - t0)

    cli = _cli(texts)
    return {
        "rules_load_s": round(load_s, 3),
        "bulk": {
            "notes": notes,
            "mean_chars": round(statistics.mean(len(t) for t in batch)),
            "notes_per_s": round(notes / bulk_s),
            "with_flags": flagged,
            "target_notes_per_s": 5000,
        },
        "typing_2000_chars": {
            "keystrokes": keystrokes,
            "chars": len(note),
            "check_text": _ms(typed_text),
            "check_entry_with_handover": _ms(typed_entry),
            "target_ms": 5,
        },
        "cli": cli,
    }


def _cli(texts: list[str]) -> dict[str, float]:
    lines = "".join(
        json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
        for i, t in enumerate(texts)
    )
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", "--json"],
        input=lines.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    wall = time.perf_counter() - t0
    assert len(done.stdout.splitlines()) == len(texts)
    return {"notes": len(texts), "wall_s_including_start": round(wall, 3)}


TRIGGER = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."


def _timed_check(note: str) -> dict[str, object]:
    from app.redflags import check_text

    t0 = time.perf_counter()
    found = {f.rule_id for f in check_text(note)}
    return {
        "chars": len(note),
        "ms": round((time.perf_counter() - t0) * 1000),
        "incident_at_the_end_found": "ausweiskopie" in found,
    }


def bench_long() -> dict[str, object]:
    import tempfile

    from app.redflags import load_rules

    load_rules()
    tail = " " + TRIGGER
    size = 1_000_000 - len(tail)
    one_word = "a" * size + tail
    texts = _texts()
    ordinary = (" ".join(texts) * (size // sum(len(t) + 1 for t in texts) + 1))[:size] + tail
    result: dict[str, object] = {
        "check_1_000_000_chars_one_word": _timed_check(one_word),
        "check_1_000_000_chars_ordinary": _timed_check(ordinary),
    }

    from app.vault.vault import Vault

    passphrase = "Korrekt Pferd Batterie Heftklammer"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tagebuch"
        vault, _code = Vault.create(folder, passphrase, unlock_time_ms=0)
        vault.close()
        note = "x" * (200_000 - len(tail)) + tail
        source = Path(tmp) / "lang.json"
        document = {
            "format": "amtstagebuch-export",
            "version": 1,
            "contacts": [{"when": "2026-03-02T09:30:00+01:00", "channel": "termin", "notes": note}],
        }
        source.write_text(json.dumps(document), encoding="utf-8")
        command = [sys.executable, "-m", "app.cli", "import", str(folder), str(source)]
        t0 = time.perf_counter()
        subprocess.run(
            [*command, "--passphrase-stdin"],
            input=passphrase + "\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        wall = time.perf_counter() - t0
    result["import_200_000_chars_cli"] = {
        "chars": len(note),
        "ms_including_start": round(wall * 1000),
    }
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--keystrokes", type=int, default=300)
    parser.add_argument("--long", action="store_true", help="only the long notes")
    args = parser.parse_args()
    result = {} if args.long else bench(args.notes, args.keystrokes)
    result["long_notes"] = bench_long()
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
