"""Bundle benchmark (issue 15): size of the Linux bundle on disk and packed, its parts.

    bash packaging/linux/build.sh
    .venv/bin/python tests/benchmarks/bench_bundle.py [dist/Amtstagebuch]

Prints JSON: the folder's size (bytes of the files, and as ``du`` counts blocks),
the ``.tar.gz`` beside it, the number of files and the ten largest parts of
``_internal/``. Start-up times, frozen beside the venv and a bare PySide6 window,
are printed by ``tests/benchmarks/startup.py --frozen dist/Amtstagebuch/Amtstagebuch``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _size(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "Amtstagebuch"))
    args = parser.parse_args()
    bundle = Path(args.bundle)
    if not (bundle / "_internal").is_dir():
        parser.error(f"kein Bundle in {bundle}: bash packaging/linux/build.sh")
    du = subprocess.run(["du", "-sk", str(bundle)], capture_output=True, text=True, check=True)
    archives = sorted(bundle.parent.glob("Amtstagebuch-*.tar.gz"))
    internal = bundle / "_internal"
    parts = sorted(((_size(p), p.name) for p in internal.iterdir()), reverse=True)[:10]
    qt = internal / "PySide6" / "Qt"
    result = {
        "bundle": str(bundle),
        "files": sum(1 for p in bundle.rglob("*") if p.is_file()),
        "size_mb": round(_size(bundle) / 1e6, 1),
        "du_mb": round(int(du.stdout.split()[0]) * 1024 / 1e6, 1),
        "tar_gz": archives[-1].name if archives else None,
        "tar_gz_mb": round(archives[-1].stat().st_size / 1e6, 1) if archives else None,
        "qt_libs_mb": round(_size(qt / "lib") / 1e6, 1),
        "qt_plugins_mb": round(_size(qt / "plugins") / 1e6, 1),
        "qt_translations": sorted(p.name for p in (qt / "translations").glob("*.qm")),
        "largest_parts_mb": {name: round(size / 1e6, 1) for size, name in parts},
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
