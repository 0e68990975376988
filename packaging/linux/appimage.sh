#!/usr/bin/env bash
# AppImage from the Linux bundle: build/Amtstagebuch.AppDir and
# dist/Amtstagebuch-<version>-<arch>.AppImage (one file; chmod +x, double-click).
#
#   bash packaging/linux/build.sh                 # first: dist/Amtstagebuch/
#   bash packaging/linux/appimage.sh              # AppDir, smoke run, appimagetool
#   bash packaging/linux/appimage.sh --appdir-only  # AppDir and smoke run only
#
# The AppDir (tested here):
#   AppRun                      starts usr/lib/amtstagebuch/Amtstagebuch with all
#                               arguments (on Linux that executable is the window
#                               and the command line: `Amtstagebuch.AppImage init …`)
#   amtstagebuch.desktop        packaging/linux/amtstagebuch.desktop
#   amtstagebuch.png, .DirIcon  the 256 px icon
#   usr/lib/amtstagebuch/       dist/Amtstagebuch/ as it is (both executables, _internal/)
#   usr/share/applications/, usr/share/icons/hicolor/256x256/apps/  the same two files
#                               where desktop integration tools look for them
#
# appimagetool (NOT tested here: it is in no registry this project reaches – not in
# Debian, not on PyPI; the PyPI "appimage" tools download it at run time). Where it
# comes from: https://github.com/AppImage/appimagetool/releases (the maintained successor
# of AppImageKit's appimagetool), a fixed release rather than "continuous", which is
# rebuilt at any time: .github/workflows/build.yml takes 1.9.1,
# appimagetool-x86_64.AppImage, sha256
# ed4ce84f0d9caff66f50bcca6ff6f35aae54ce8135408b3fa33abfc3cb384eb0.
# It embeds the AppImage type-2 runtime, which it would otherwise download itself: for an offline build fetch runtime-<arch> from
# https://github.com/AppImage/type2-runtime/releases (also "continuous") beforehand and
# set RUNTIME_FILE to it. Set APPIMAGETOOL to the tool's path if it is not on PATH as
# `appimagetool`. It is an AppImage itself; APPIMAGE_EXTRACT_AND_RUN=1 (set below) lets
# it run where FUSE is missing (containers, CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

appdir_only=false
[ "${1:-}" = "--appdir-only" ] && appdir_only=true

BUNDLE=${BUNDLE:-dist/Amtstagebuch}
APPDIR=${APPDIR:-$ROOT/build/Amtstagebuch.AppDir}  # absolute from here on
case $APPDIR in /*) ;; *) APPDIR=$ROOT/$APPDIR ;; esac
ICON=app/resources/icon/amtstagebuch.png
DESKTOP=packaging/linux/amtstagebuch.desktop
[ -x "$BUNDLE/Amtstagebuch" ] || {
  echo "$BUNDLE/Amtstagebuch fehlt: zuerst bash packaging/linux/build.sh" >&2
  exit 1
}

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" \
  "$APPDIR/usr/share/icons/hicolor/256x256/apps"
cp -a "$BUNDLE" "$APPDIR/usr/lib/amtstagebuch"
install -m 644 "$DESKTOP" "$APPDIR/amtstagebuch.desktop"
install -m 644 "$DESKTOP" "$APPDIR/usr/share/applications/amtstagebuch.desktop"
install -m 644 "$ICON" "$APPDIR/amtstagebuch.png"
install -m 644 "$ICON" "$APPDIR/usr/share/icons/hicolor/256x256/apps/amtstagebuch.png"
ln -s amtstagebuch.png "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'APPRUN'
#!/bin/sh
# Started by the AppImage runtime from the mounted image (or from an unpacked AppDir).
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/amtstagebuch/Amtstagebuch" "$@"
APPRUN
chmod 755 "$APPDIR/AppRun"
# one time stamp for every file (the commit's), so the image does not change with the
# day it was built (mksquashfs also takes SOURCE_DATE_EPOCH for its own time)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
find "$APPDIR" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

# --- smoke run of the AppDir, outside the source tree, HOME empty -------------------------
version=$("$APPDIR/AppRun" --version | awk '{print $2}')
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
(
  cd "$smoke"
  export HOME="$smoke/home"
  unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME
  mkdir "$HOME"
  "$APPDIR/AppRun" demo "$smoke/tagebuch" >/dev/null
  flags=$(echo '{"id": 1, "text": "Die Sachbearbeiterin hat meinen Kontoauszug kopiert und ich soll ungeschwärzt abgeben."}' \
    | "$APPDIR/AppRun" check --json)
  case $flags in *'"kontoauszuege"'*) ;; *) echo "check erkennt nichts: $flags" >&2; exit 1 ;; esac
  echo demo | "$APPDIR/AppRun" verify --passphrase-stdin "$smoke/tagebuch" >/dev/null
)
echo "AppDir: $APPDIR (Amtstagebuch $version, $(du -sh "$APPDIR" | cut -f1)); Smoke-Test in Ordnung"
$appdir_only && exit 0

# --- appimagetool --------------------------------------------------------------------------
tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
  echo "appimagetool nicht gefunden. Herkunft und Aufruf: siehe Kopf dieser Datei;" >&2
  echo "APPIMAGETOOL=/pfad/appimagetool-$(uname -m).AppImage bash $0" >&2
  exit 2
fi
export APPIMAGE_EXTRACT_AND_RUN=1
out="dist/Amtstagebuch-$version-$(uname -m).AppImage"
rm -f "$out"
runtime=()
[ -n "${RUNTIME_FILE:-}" ] && runtime=(--runtime-file "$RUNTIME_FILE")
ARCH=$(uname -m) "$tool" "${runtime[@]}" "$APPDIR" "$out"
chmod 755 "$out"
"$out" --version
echo "AppImage: $out ($(du -h "$out" | cut -f1))"
