"""Collect every interface text into ui/i18n/amtstagebuch_en.ts (for translators).

    .venv/bin/python scripts/update_translations.py

Runs Qt's ``lupdate`` over ``ui/`` and ``app/vocabulary.py``; existing translations are kept, texts that
are gone are marked obsolete. ``tests/ui/test_translations.py`` fails when the
file is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# app/ modules whose labels are marked with QT_TRANSLATE_NOOP (no Qt imported there)
MARKED_IN_APP = [ROOT / "app" / "vocabulary.py"]


def main() -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    files = [*(ROOT / "ui").rglob("*.py"), *MARKED_IN_APP]
    sources = sorted(str(p.relative_to(ROOT)) for p in files)
    target = ROOT / "ui" / "i18n" / "amtstagebuch_en.ts"
    target.parent.mkdir(exist_ok=True)
    done = subprocess.run(
        [str(lupdate), "-locations", "none", "-target-language", "en", *sources, "-ts", str(target)],
        cwd=ROOT,
    )  # fmt: skip
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
