"""Dump every red-flag finding over the test corpora and the demo notes (issue 16).

Used to prove that a speed change does not change a single finding:
    .venv/bin/python scripts/redflag_golden.py > /tmp/before.json
    (change) ... > /tmp/after.json && cmp /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.demo import load_demo  # noqa: E402
from app.redflags import check_text, load_rules  # noqa: E402


def main() -> None:
    rules = load_rules()
    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "tests" / "data" / "redflags").glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                if line.strip():
                    texts.append((f"{path.name}:{n}", json.loads(line)["text"]))
    _meta, _extra, entries = load_demo()
    for n, entry in enumerate(entries):
        texts.append((f"demo:{n}", entry.notes))
        for m, h in enumerate(getattr(entry, "handovers", ()) or ()):
            texts.append((f"demo:{n}:h{m}", getattr(h, "notes", "")))
    out = []
    for name, text in texts:
        found = [
            {
                "rule": f.rule_id,
                "severity": rules[f.rule_id].severity,
                "evidence": [[e.field, e.start, e.end, e.text] for e in f.evidence],
            }
            for f in check_text(text)
        ]
        out.append({"note": name, "findings": found})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
