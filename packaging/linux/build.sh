#!/usr/bin/env bash
# Linux bundle: dist/Amtstagebuch/ (PyInstaller onedir) and
# dist/Amtstagebuch-<version>-linux-<arch>.tar.gz, from a fresh venv with the pinned
# build requirements. Reproducible where PyInstaller allows: SOURCE_DATE_EPOCH from the
# last commit, a fixed hash seed, a tar with sorted names, fixed owners and times (the
# system libraries' licence list is sorted and dateless). Needs dpkg (Debian, Ubuntu).
#
#   bash packaging/linux/build.sh            # needs python3 (3.11+) with venv
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
VENV=build/bundle-venv
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r packaging/requirements-build.txt
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation --force-reinstall .
rm -rf build/lib  # setuptools' staging copy; the bundle takes the installed package

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export PYTHONHASHSEED=0
# The program's modules stored, not deflated, in the bundle's archive: the first window
# comes 5-7 ms sooner (no inflating of ~180 modules), for 19 MB more on disk; the
# download and the installer are compressed anyway (tests/benchmarks/startup.py).
export PYINSTALLER_ZLIB_COMPRESSION_LEVEL=0
rm -rf dist/Amtstagebuch
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/amtstagebuch.spec

ln -s Amtstagebuch dist/Amtstagebuch/amtstagebuch-cli  # the command line: the same program

# the licences of the system libraries PyInstaller took from this machine (Debian
# packages, found with dpkg -S): _internal/app/resources/lizenzen-system/, shown in
# Hilfe → Über Amtstagebuch after the program's own list
if ! command -v dpkg >/dev/null; then
  echo "dpkg fehlt: ohne ihn sind die Systembibliotheken keinem Paket und keiner Lizenz zuzuordnen" >&2
  exit 1
fi
"$VENV/bin/python" scripts/collect_licences.py --bundle dist/Amtstagebuch

version=$("$VENV/bin/python" -c 'import app; print(app.__version__)')
archive="dist/Amtstagebuch-$version-linux-$(uname -m).tar.gz"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -C dist -cf - Amtstagebuch | gzip -n -9 > "$archive"
echo "Bundle: dist/Amtstagebuch ($(du -sh dist/Amtstagebuch | cut -f1)), Archiv: $archive ($(du -h "$archive" | cut -f1))"
