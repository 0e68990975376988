"""The pictures in docs/bilder/: three per language, and German at 200 % text and in
Windows' high contrast (issue 17).

    .venv/bin/python scripts/docs_images.py

Runs scripts/screenshots.py once per language (offscreen) and keeps, per language, the
overview, the memory record form and the letter wizard's last step with the letter
explained beside it, in docs/bilder/<lang>/. Look at them after every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "bilder"
LANGUAGES = ("de", "en", "uk", "ru", "ar", "tr", "fa")
# the screenshot files (by their number) kept for each language, under these names
KEPT = {
    "01-": "uebersicht.png",
    "10-": "gedaechtnisprotokoll.png",
    "22-": "brief-assistent-erklaerung.png",
}


def shoot(target: Path, **env: str) -> list[Path]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(target)],
        check=True,
        env=environment,
        capture_output=True,
        timeout=600,
    )
    return sorted(target.glob("*.png"))


def pick(shots: list[Path], prefix: str) -> Path:
    return next(shot for shot in shots if shot.name.startswith(prefix))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            shots = shoot(Path(tmp) / code, AMTSTAGEBUCH_SPRACHE=code)
            (OUT / code).mkdir(parents=True, exist_ok=True)
            for prefix, name in KEPT.items():
                shutil.copyfile(pick(shots, prefix), OUT / code / name)
        large = shoot(
            Path(tmp) / "gross", AMTSTAGEBUCH_SPRACHE="de", AMTSTAGEBUCH_TEXTGROESSE="200"
        )
        shutil.copyfile(pick(large, "02-"), OUT / "de" / "tagebuch-200.png")
        contrast = shoot(
            Path(tmp) / "hc", AMTSTAGEBUCH_SPRACHE="de", AMTSTAGEBUCH_FARBEN="hc-black"
        )
        shutil.copyfile(pick(contrast, "01-"), OUT / "de" / "uebersicht-kontrast.png")
        shutil.copyfile(pick(contrast, "22-"), OUT / "de" / "brief-assistent-kontrast.png")
        dark = shoot(Path(tmp) / "dunkel", AMTSTAGEBUCH_SPRACHE="de", AMTSTAGEBUCH_FARBEN="dark")
        shutil.copyfile(pick(dark, "04-"), OUT / "de" / "warnsignale-dunkel.png")
    print(f"Bilder in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
