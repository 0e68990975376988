#!/usr/bin/env bash
# macOS build: dist/Amtstagebuch.app (PyInstaller BUNDLE from packaging/amtstagebuch.spec)
# and dist/Amtstagebuch-<version>-macos-<arch>.dmg (the .app plus a link to
# /Applications, so the user drags one onto the other), then a smoke run.
#
#   bash packaging/macos/build.sh
#
# Needs: macOS 11 or newer, Xcode command line tools (`xcode-select --install`: git,
# codesign, hdiutil and PlistBuddy come with macOS/them), Python 3.11 from
# https://www.python.org/downloads/macos/ (universal2 installer) or `brew install
# python@3.11`; set PYTHON=/path/to/python3.11 if `python3.11` is not on PATH.
#
# The bundle is built for the architecture of that Python: on Apple silicon (GitHub's
# macos-latest) an arm64 .app. For Intel Macs build on an Intel Mac (or macos-13).
#
# The same steps as packaging/linux/build.sh: a fresh venv in build/bundle-venv with
# packaging/requirements-build.txt, the project without further dependencies,
# SOURCE_DATE_EPOCH from the last commit, PYTHONHASHSEED=0. The Info.plist keys are
# set in the spec's BUNDLE(): CFBundleIdentifier de.amtstagebuch.Amtstagebuch,
# CFBundleShortVersionString (app/__init__.py), NSHighResolutionCapable true,
# LSMinimumSystemVersion 13.0, CFBundleDevelopmentRegion de. This script checks them.
#
# Signing and notarisation (optional; without them the user opens the app once via
# right click → Öffnen, see README). Set MACOS_SIGN_IDENTITY to a "Developer ID
# Application: …" identity from the login keychain to sign; set also
# MACOS_NOTARY_PROFILE (made once with `xcrun notarytool store-credentials <name>
# --apple-id … --team-id … --password <app-specific password>`) to notarise.
# - Not `codesign --deep`: it signs nested code in an order and with options it picks
#   itself and breaks PyInstaller bundles (Apple's TN2206 advises against it, and
#   PyInstaller's docs say so too). Sign inside-out: every Mach-O file in
#   Contents/Frameworks and Contents/MacOS first, then the .app.
# - `--options runtime` (hardened runtime) and `--timestamp` are what notarisation
#   demands; packaging/macos/entitlements.plist allows what CPython's ctypes/cffi
#   need under the hardened runtime.
# - Then notarise the .dmg (`xcrun notarytool submit … --wait`) and staple the ticket
#   to it (`xcrun stapler staple`), so Gatekeeper also accepts it offline.
# None of this is tested here (no Mac in this project's CI runs it yet).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

PYTHON=${PYTHON:-python3.11}
VENV=build/bundle-venv
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r packaging/requirements-build.txt
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation --force-reinstall .
rm -rf build/lib  # setuptools' staging copy; the bundle takes the installed package

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export PYTHONHASHSEED=0
# The program's modules stored, not deflated, in the bundle's archive: the first window
# comes 5-7 ms sooner (no inflating of ~180 modules), for 19 MB more on disk; the
# download and the installer are compressed anyway (tests/benchmarks/startup.py).
export PYINSTALLER_ZLIB_COMPRESSION_LEVEL=0
rm -rf dist/Amtstagebuch dist/Amtstagebuch.app
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/amtstagebuch.spec

version=$("$VENV/bin/python" -c 'import app; print(app.__version__)')
APP=dist/Amtstagebuch.app
# On macOS the spec makes one program for the window and the command line (no
# argument: the window; a command: the command line), as on Linux.
CLI="$APP/Contents/MacOS/Amtstagebuch"
[ -x "$CLI" ] || { echo "$CLI fehlt" >&2; exit 1; }

# --- Info.plist as the spec promises ---------------------------------------------------
plist="$APP/Contents/Info.plist"
plutil -lint "$plist"
want() {  # key, expected value
  got=$(/usr/libexec/PlistBuddy -c "Print :$1" "$plist")
  [ "$got" = "$2" ] || { echo "Info.plist: $1 ist '$got', erwartet '$2'" >&2; exit 1; }
}
want CFBundleIdentifier de.amtstagebuch.Amtstagebuch
want CFBundleShortVersionString "$version"
want NSHighResolutionCapable true
want LSMinimumSystemVersion 13.0

# --- signing (only with MACOS_SIGN_IDENTITY) --------------------------------------------
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  sign() {
    codesign --force --timestamp --options runtime \
      --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$@"
  }
  # inside-out: loose libraries and extension modules, then framework bundles (Qt),
  # then the .app itself (which signs its main executable, Contents/MacOS/Amtstagebuch)
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q 'Mach-O'; then sign "$file"; fi
  done < <(find "$APP/Contents/Frameworks" "$APP/Contents/Resources" -type f \
             -not -path '*.framework/*' -print0)
  while IFS= read -r -d '' framework; do sign "$framework"; done \
    < <(find "$APP/Contents/Frameworks" -type d -name '*.framework' -prune -print0)
  sign "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

# --- smoke run of the .app's command line, outside the source tree ----------------------
# HOME is a temp folder, so the seen-counter file lands there, not in the builder's
# ~/Library/Application Support/Amtstagebuch.
smoke=$(mktemp -d -t amtstagebuch-smoke)
trap 'rm -rf "$smoke"' EXIT
(
  cd "$smoke"
  export HOME="$smoke"
  said=$("$ROOT/$CLI" --version)
  [ "$said" = "amtstagebuch $version" ] || { echo "--version sagt '$said'" >&2; exit 1; }
  "$ROOT/$CLI" demo "$smoke/tagebuch"
  flags=$(echo '{"id": 1, "text": "Die Sachbearbeiterin hat meinen Kontoauszug kopiert und ich soll ungeschwärzt abgeben."}' \
    | "$ROOT/$CLI" check --json)
  case $flags in *'"kontoauszuege"'*) ;; *) echo "check erkennt nichts: $flags" >&2; exit 1 ;; esac
  echo demo | "$ROOT/$CLI" verify --passphrase-stdin "$smoke/tagebuch"
)
echo "Smoke-Test des Bundles: in Ordnung"

# --- the .dmg ---------------------------------------------------------------------------
dmg="dist/Amtstagebuch-$version-macos-$(uname -m).dmg"
stage=$(mktemp -d -t amtstagebuch-dmg)
ditto "$APP" "$stage/Amtstagebuch.app"  # ditto keeps symlinks, modes and signatures
ln -s /Applications "$stage/Programme"  # the Applications link, named in German like the app
rm -f "$dmg"
hdiutil create -volname "Amtstagebuch $version" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
rm -rf "$stage"
hdiutil verify "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  fi
fi
echo "App: $APP ($(du -sh "$APP" | cut -f1)), Disk-Image: $dmg ($(du -h "$dmg" | cut -f1))"
