"""The installer recipes in packaging/: what can be checked here, without Windows or a Mac.

- Windows (Inno Setup): the program goes to a per-user folder that can never be, hold
  or lie in the diary folder app/paths.py computes on Windows, and the uninstaller has
  no way to delete anything but the installed files.
- The names the recipes rely on agree with each other and with the PyInstaller spec.
- Linux: the .desktop file parses and names what a launcher needs; the AppImage
  recipe builds a working AppDir (with a stand-in bundle, so no PyInstaller run).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "amtstagebuch.iss"
SPEC = PACKAGING / "amtstagebuch.spec"

# Inno Setup's folder constants in non-administrative install mode (PrivilegesRequired=
# lowest), for a user whose %LOCALAPPDATA% and %APPDATA% are these:
LOCAL = PureWindowsPath(r"C:\Users\Erika Mustermann\AppData\Local")
ROAMING = PureWindowsPath(r"C:\Users\Erika Mustermann\AppData\Roaming")
INNO_CONSTANTS = {
    "{autopf}": LOCAL / "Programs",  # = {userpf}
    "{userpf}": LOCAL / "Programs",
    "{localappdata}": LOCAL,
    "{userappdata}": ROAMING,
    "{autoappdata}": ROAMING,
}


def _iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, flags=re.MULTILINE))


def _sections(text: str) -> dict[str, list[str]]:
    """Lines of each [Section], without comments and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading.group(1)
            sections.setdefault(current, [])
        elif current is not None:
            sections[current].append(line)
    return sections


def _setup() -> dict[str, str]:
    text = _iss()
    defines = _defines(text)
    values = {}
    for line in _sections(text)["Setup"]:
        key, _, value = line.partition("=")
        for name, defined in defines.items():
            value = value.replace("{#" + name + "}", defined)
        values[key.strip()] = value.strip()
    return values


def _windows_path(inno: str) -> PureWindowsPath:
    constant = re.match(r"\{\w+\}", inno)
    assert constant, f"{inno} beginnt mit keiner Inno-Konstante"
    assert constant.group(0) in INNO_CONSTANTS, f"unbekannte Konstante {constant.group(0)}"
    return PureWindowsPath(str(INNO_CONSTANTS[constant.group(0)]) + inno[constant.end() :])


@pytest.fixture
def windows_dirs(monkeypatch: pytest.MonkeyPatch) -> tuple[PureWindowsPath, PureWindowsPath]:
    """(diary folder, config folder) as app/paths.py computes them on that Windows."""
    from app import paths

    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(LOCAL))
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", str(ROAMING))
    return PureWindowsPath(str(paths.default_vault_dir())), PureWindowsPath(str(paths.config_dir()))


def test_the_windows_diary_folder_is_the_one_the_installer_keeps_clear_of(
    windows_dirs: tuple[PureWindowsPath, PureWindowsPath],
) -> None:
    diary, config = windows_dirs
    assert diary == LOCAL / "Amtstagebuch"
    assert config == diary  # platformdirs: on Windows the config folder is the data folder
    guarded = re.search(r"ExpandConstant\('(\{localappdata\}[^']*)'\)", _iss())
    assert guarded, "PrepareToInstall prüft keinen Tagebuch-Ordner"
    assert _windows_path(guarded.group(1)) == diary


def test_the_program_folder_is_per_user_and_never_the_diary_folder(
    windows_dirs: tuple[PureWindowsPath, PureWindowsPath],
) -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"  # no admin rights, {autopf} = {userpf}
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for everyone"
    program = _windows_path(setup["DefaultDirName"])
    assert program == LOCAL / "Programs" / "Amtstagebuch"
    for folder in windows_dirs:
        assert program != folder
        assert not program.is_relative_to(folder)
        assert not folder.is_relative_to(program)


def test_the_user_cannot_pick_another_folder_and_a_diary_folder_is_refused() -> None:
    from app.vault.names import VAULT_FILE

    text = _iss()
    assert _setup()["DisableDirPage"] == "yes"
    code = "\n".join(_sections(text)["Code"])
    # /DIR= on the command line bypasses the hidden page: PrepareToInstall checks it
    assert "function PrepareToInstall(" in code
    assert "DiaryClash(ExpandConstant('{app}'))" in code
    assert f"'{VAULT_FILE}'" in code


def test_the_uninstaller_removes_only_what_was_installed() -> None:
    sections = _sections(_iss())
    assert "UninstallDelete" not in sections
    assert "UninstallRun" not in sections
    whole = "\n".join(line for lines in sections.values() for line in lines).lower()
    for dangerous in ("filesandordirs", "deltree", "deletefile", "removedir"):
        assert dangerous not in whole


def test_installer_names_agree_with_the_spec_and_the_build_script() -> None:
    text = _iss()
    defines = _defines(text)
    spec = SPEC.read_text(encoding="utf-8")
    window = re.search(r'^window = EXE\(.*?name="([^"]+)"', spec, re.S | re.M)
    executables = set(re.findall(r'EXE\(.*?name="([^"]+)"', spec, re.S))
    assert window
    collected = re.search(r'COLLECT\(.*?name="([^"]+)"', spec, re.S)
    assert collected
    assert defines["AppExe"] == window.group(1) + ".exe"
    files = _sections(text)["Files"]
    assert any(f'"{{#Root}}\\dist\\{collected.group(1)}\\*"' in line for line in files)
    # {#Root} is the checkout seen from packaging\windows\, where ISCC runs the script
    root = (ISS.parent / PureWindowsPath(defines["Root"]).as_posix()).resolve()
    assert root == ROOT
    setup = _setup()
    assert _in_checkout(setup["SetupIconFile"]).is_file()
    assert setup["OutputBaseFilename"] == "Amtstagebuch-{#AppVersion}-setup"
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert r'"dist\Amtstagebuch-$version-setup.exe"' in build
    assert r'"/DAppVersion=$version"' in build
    assert executables == {"Amtstagebuch", "amtstagebuch-cli"}  # window, console (Windows)
    assert r"dist\Amtstagebuch\amtstagebuch-cli.exe" in build


def _in_checkout(inno: str) -> Path:
    """A file the .iss names relative to itself (ISCC's SourceDir), as a path here."""
    path = (ISS.parent / PureWindowsPath(inno).as_posix()).resolve()
    assert path.is_relative_to(ROOT), f"{inno} liegt außerhalb des Quellbaums"
    return path


def test_the_licence_page_shows_the_gpl_shipped_with_the_program() -> None:
    licence = _in_checkout(_setup()["LicenseFile"])
    assert licence.name == "GPL-3.0.txt"
    if not licence.parent.is_dir():
        pytest.skip("app/resources/lizenzen/ kommt mit „Über Amtstagebuch“ (Issue 15)")
    assert "GNU GENERAL PUBLIC LICENSE" in licence.read_text(encoding="utf-8")
    assert "Version 3" in licence.read_text(encoding="utf-8")


def test_the_mac_build_checks_the_info_plist_the_spec_writes() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    build = (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")
    identifier = re.search(r'bundle_identifier="([^"]+)"', spec)
    assert identifier and identifier.group(1).startswith("de.amtstagebuch.")
    assert f"want CFBundleIdentifier {identifier.group(1)}\n" in build
    minimum = re.search(r'"LSMinimumSystemVersion": "([^"]+)"', spec)
    assert minimum
    assert f"want LSMinimumSystemVersion {minimum.group(1)}\n" in build
    assert '"NSHighResolutionCapable": True' in spec
    assert "want NSHighResolutionCapable true\n" in build
    assert "--deep" not in build.replace("`codesign --deep`", "")  # named only to warn


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "amtstagebuch.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_names_what_a_launcher_needs() -> None:
    entry = _desktop()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Amtstagebuch"
    assert "Jobcenter" in entry["Comment"] and "verschlüsselt" in entry["Comment"]
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Categories"].endswith(";")
    # Exec is the window program of the bundle, Icon the committed PNG by name
    assert entry["Exec"].split()[0] == "Amtstagebuch"
    assert (ROOT / "app" / "resources" / "icon" / f"{entry['Icon']}.png").is_file()


def test_the_desktop_entry_is_valid_for_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate (Debian: desktop-file-utils) fehlt")
    done = subprocess.run(
        [tool, str(PACKAGING / "linux" / "amtstagebuch.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="bash-Rezept für Linux")
def test_the_appimage_recipe_builds_an_appdir_that_runs(tmp_path: Path) -> None:
    """appimage.sh --appdir-only with a stand-in bundle: the program is the venv's."""
    bundle = tmp_path / "Amtstagebuch"
    bundle.mkdir()
    stand_in = bundle / "Amtstagebuch"
    stand_in.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m app "$@"\n', encoding="utf-8")
    stand_in.chmod(0o755)
    appdir = tmp_path / "Amtstagebuch.AppDir"
    epoch = "1767225600"  # 2026-01-01 00:00 UTC
    env = {
        **os.environ,
        "BUNDLE": str(bundle),
        "APPDIR": str(appdir),
        "SOURCE_DATE_EPOCH": epoch,
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        ["bash", str(PACKAGING / "linux" / "appimage.sh"), "--appdir-only"],
        capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Smoke-Test in Ordnung" in done.stdout
    app_run = appdir / "AppRun"
    assert app_run.stat().st_mode & stat.S_IXUSR
    assert (appdir / "usr" / "lib" / "amtstagebuch" / "Amtstagebuch").is_file()
    assert (appdir / "amtstagebuch.desktop").read_bytes() == (
        PACKAGING / "linux" / "amtstagebuch.desktop"
    ).read_bytes()
    assert os.readlink(appdir / ".DirIcon") == "amtstagebuch.png"
    assert (appdir / "amtstagebuch.png").is_file()
    # every file carries the commit's time, so the image does not depend on the day
    times = {p.lstat().st_mtime for p in [appdir, *appdir.rglob("*")]}
    assert times == {float(epoch)}
    # AppRun hands every argument on, from any folder
    said = subprocess.run([str(app_run), "--version"], capture_output=True, text=True, env=env)
    assert said.stdout.strip() == f"amtstagebuch {_version()}"


def _version() -> str:
    from app import __version__

    return __version__


def test_the_workflow_pins_every_action_and_calls_the_build_scripts() -> None:
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)", workflow)
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
    for script in ("packaging/windows/build.ps1", "packaging/macos/build.sh",
                   "packaging/linux/build.sh", "packaging/linux/appimage.sh"):  # fmt: skip
        assert script in workflow
        assert (ROOT / script).is_file()
    for runner in ("windows-latest", "macos-latest", "ubuntu-22.04"):
        assert f"runs-on: {runner}" in workflow


def _inno_compiler() -> Path | None:
    given = os.environ.get("INNO_ISCC")
    found = Path(given) if given else ROOT / "build" / "inno" / "package" / "bin" / "ISCC.exe"
    return found if found.is_file() else None


@pytest.mark.slow
@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("wine", "wineserver", "xvfb-run"))
    or _inno_compiler() is None,
    reason="wine, Xvfb und Inno Setup (INNO_ISCC oder build/inno/) fehlen; "
    "siehe packaging/windows/wine-check.sh",
)
def test_the_windows_installer_installs_refuses_and_uninstalls_under_wine() -> None:
    """The real Inno Setup compiler and setup.exe, in a throwaway wine prefix."""
    done = subprocess.run(
        ["bash", str(PACKAGING / "windows" / "wine-check.sh")],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "INNO_ISCC": str(_inno_compiler())},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Windows-Installer unter wine: in Ordnung" in done.stdout
