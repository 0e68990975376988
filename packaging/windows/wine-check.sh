#!/usr/bin/env bash
# Check the Windows installer recipe on Linux: compile packaging/windows/amtstagebuch.iss
# with the real Inno Setup compiler under wine, then install, refuse and uninstall
# silently in a throwaway wine prefix. The program files are stand-ins (the .exe files
# come from build.ps1 on Windows); what is checked is the installer itself:
#   - ISCC compiles the script as it is (all sections, the [Code] Pascal),
#   - files land in %LOCALAPPDATA%\Programs\Amtstagebuch with the commit's time stamp,
#     a start-menu entry is made,
#   - /DIR= into the diary folder, into a folder inside it, into its parent or into a
#     folder that holds a tagebuch.amtb is refused (exit code 7), in German with /LANG=de,
#   - the uninstaller removes the installed files and the start-menu entry and leaves
#     the diary folder and a file the user put into the program folder alone.
#
#   bash packaging/windows/wine-check.sh
#
# Needs (Debian 12): `dpkg --add-architecture i386 && apt-get update && apt-get install
# wine wine32:i386 wine64 xvfb` (ISCC.exe and the setup are 32-bit programs), and Inno
# Setup: the npm package "innosetup" carries ISCC.exe and its files
# (`npm pack innosetup@6.4.1` – done below when ISCC is not given as INNO_ISCC).
#
# Two wine shortfalls the script works round (neither exists on Windows):
#   - wine 8 has no FOLDERID_UserProgramFiles, so Inno cannot expand {autopf} in a
#     per-user install; the copy compiled for the install test names the same folder
#     as {localappdata}\Programs\Amtstagebuch (the unchanged script is compiled first).
#   - setup.exe cannot build its (hidden) wizard window in a wine session that was
#     started without a display ("Error reading FPreparingMemo.Lines.Strings"): each
#     wine session here ends before the next starts, and such a run is repeated.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

export WINEDEBUG=-all
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix"
say() { printf '%s\n' "$*"; }
fail() { printf 'FEHLER: %s\n' "$*" >&2; exit 1; }

iscc=${INNO_ISCC:-}
if [ -z "$iscc" ]; then
  if [ ! -f build/inno/package/bin/ISCC.exe ]; then
    mkdir -p build/inno
    (cd build/inno && npm pack --silent innosetup@6.4.1 >/dev/null && tar -xzf innosetup-6.4.1.tgz)
  fi
  iscc=$ROOT/build/inno/package/bin/ISCC.exe
fi

# --- a stand-in checkout: the recipe, the icon, a licence text, a bundle --------------
tree="$work/tree"
mkdir -p "$tree/packaging/windows" "$tree/app/resources/icon" "$tree/app/resources/lizenzen" \
  "$tree/dist/Amtstagebuch/_internal"
cp packaging/windows/amtstagebuch.iss packaging/windows/setup-*.bmp "$tree/packaging/windows/"
cp app/resources/icon/amtstagebuch.ico "$tree/app/resources/icon/"
if [ -f app/resources/lizenzen/GPL-3.0.txt ]; then
  cp app/resources/lizenzen/GPL-3.0.txt "$tree/app/resources/lizenzen/"
else
  printf 'GNU GENERAL PUBLIC LICENSE\nVersion 3 (Platzhalter für diese Prüfung)\n' \
    > "$tree/app/resources/lizenzen/GPL-3.0.txt"
fi
for name in Amtstagebuch.exe amtstagebuch-cli.exe _internal/base_library.zip; do
  echo "Platzhalter" > "$tree/dist/Amtstagebuch/$name"
done

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
compile() {  # the .iss in the stand-in tree
  wine "$iscc" /Q "/DAppVersion=$version" /DTouchDate=2026-01-01 /DTouchTime=12:00:00 \
    'Z:'"${tree//\//\\}"'\packaging\windows\amtstagebuch.iss'
  # let this wine session end: setup.exe must start one of its own on the Xvfb display
  wineserver -w
}
wineboot -i >/dev/null 2>&1
wine winecfg -v win10 >/dev/null 2>&1  # MinVersion=10.0.17763 refuses wine's default
wineserver -w

compile || fail "ISCC übersetzt packaging/windows/amtstagebuch.iss nicht"
setup="$tree/dist/Amtstagebuch-$version-setup.exe"
[ -f "$setup" ] || fail "$setup fehlt"
say "ISCC: packaging/windows/amtstagebuch.iss übersetzt ($(du -h "$setup" | cut -f1))"

sed -i 's|^DefaultDirName={autopf}\\|DefaultDirName={localappdata}\\Programs\\|' \
  "$tree/packaging/windows/amtstagebuch.iss"
compile >/dev/null || fail "ISCC (Kopie für wine)"

run_setup() {  # arguments for setup.exe; echoes the exit code; repeats wine's glitch
  local code log="$work/setup.log"
  for _ in 1 2 3 4 5; do
    rm -f "$log"
    code=0
    xvfb-run -a wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES "$@" \
      '/LOG=Z:'"${log//\//\\}" >/dev/null 2>&1 || code=$?
    grep -q "FPreparingMemo" "$log" 2>/dev/null || break
    wineserver -k 2>/dev/null || true
  done
  cp "$log" "$work/last.log" 2>/dev/null || true
  echo "$code"
}

user=$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
local_dir="$WINEPREFIX/drive_c/users/$user/AppData/Local"
win_local="C:\\users\\$user\\AppData\\Local"
program="$local_dir/Programs/Amtstagebuch"
menu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Amtstagebuch.lnk"

# --- install ----------------------------------------------------------------------------
code=$(run_setup)
[ "$code" = 0 ] || { cat "$work/last.log" >&2; fail "Installation endete mit $code"; }
for name in Amtstagebuch.exe amtstagebuch-cli.exe _internal/base_library.zip unins000.exe; do
  [ -f "$program/$name" ] || fail "$program/$name fehlt"
done
[ -f "$menu" ] || fail "kein Eintrag im Startmenü"
stamp=$(TZ=UTC date -r "$program/Amtstagebuch.exe" +%FT%T)
[ "$stamp" = 2026-01-01T12:00:00 ] || fail "Zeitstempel $stamp statt TouchDate/TouchTime"
say "Installiert nach %LOCALAPPDATA%\\Programs\\Amtstagebuch, Startmenü-Eintrag da, Zeitstempel $stamp UTC"

# --- a diary (default folder and a chosen one), then /DIR= that must be refused ---------
mkdir -p "$local_dir/Amtstagebuch/sicherungen" "$local_dir/Amtstagebuch/anhaenge"
echo "Tagebuch" > "$local_dir/Amtstagebuch/tagebuch.amtb"
echo "Stand" > "$local_dir/Amtstagebuch/sicherungen/tagebuch-1.amtb"
mkdir -p "$local_dir/Gewaehlt"
echo "Tagebuch" > "$local_dir/Gewaehlt/tagebuch.amtb"
for dir in "$win_local\\Amtstagebuch" "$win_local\\Amtstagebuch\\Programm" "$win_local" \
           "$win_local\\Gewaehlt"; do
  code=$(run_setup "/DIR=$dir" /LANG=de)
  [ "$code" = 7 ] || fail "/DIR=$dir: Exit-Code $code statt 7 (abgelehnt)"
  grep -q "kann Amtstagebuch nicht installiert werden" "$work/last.log" \
    || fail "/DIR=$dir: keine deutsche Begründung"
  say "abgelehnt: /DIR=$dir"
done
[ "$(cat "$local_dir/Gewaehlt/tagebuch.amtb")" = Tagebuch ] || fail "gewähltes Tagebuch verändert"

# --- uninstall ----------------------------------------------------------------------------
echo "meins" > "$program/meine-notiz.txt"
xvfb-run -a wine "$program/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES >/dev/null 2>&1 \
  || fail "Deinstallation"
for _ in 1 2 3 4 5 6 7 8 9 10; do  # the uninstaller finishes in a copy of itself
  [ -f "$program/unins000.exe" ] || break
  sleep 1
done
for name in Amtstagebuch.exe amtstagebuch-cli.exe _internal/base_library.zip unins000.exe; do
  [ ! -e "$program/$name" ] || fail "$name nach der Deinstallation noch da"
done
[ ! -e "$menu" ] || fail "Startmenü-Eintrag nach der Deinstallation noch da"
[ -f "$program/meine-notiz.txt" ] || fail "eine fremde Datei im Programmordner wurde gelöscht"
[ "$(cat "$local_dir/Amtstagebuch/tagebuch.amtb")" = Tagebuch ] || fail "Tagebuch gelöscht"
[ -f "$local_dir/Amtstagebuch/sicherungen/tagebuch-1.amtb" ] || fail "Sicherungen gelöscht"
say "Deinstalliert: Programm und Startmenü-Eintrag weg, Tagebuch und fremde Datei unverändert"
say "Windows-Installer unter wine: in Ordnung"
