"""Über Amtstagebuch, the core: every component the program bundles is listed with its
licence, and every licence text is there, in full, as package data (readable offline)."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from app import __version__, about
from tests.conftest import ROOT


def _runtime_distributions() -> set[str]:
    """Every distribution ``amtstagebuch`` needs at run time on this platform (markers
    evaluated here, extras left out), found by walking the installed metadata."""
    env = {**default_environment(), "extra": ""}
    seen: set[str] = set()
    todo = ["amtstagebuch"]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        for line in importlib.metadata.distribution(name).requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate(env):
                todo.append(req.name)
    return seen


def _listed() -> dict[str, about.Component]:
    return {canonicalize_name(c.distribution): c for c in about.components() if c.distribution}


def test_every_runtime_dependency_is_listed_with_its_licence_text() -> None:
    needed = _runtime_distributions()
    assert {"pyside6-essentials", "shiboken6", "reportlab", "pypdfium2", "keyring"} <= needed
    listed = _listed()
    missing = sorted(needed - listed.keys())
    assert not missing, (
        f"ohne Eintrag in komponenten.toml: {missing} – scripts/collect_licences.py ausführen"
    )
    for name in needed:
        component = listed[name]
        assert component.licence, name
        assert component.version, name
        assert len(component.licence_text().strip()) > 100, name


def test_python_qt_and_the_fonts_are_listed_too() -> None:
    by_id = {c.id: c for c in about.components()}
    assert by_id["python"].licence == "PSF-2.0"
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in by_id["python"].licence_text()
    assert by_id["python"].version.startswith(f"{sys.version_info[0]}.{sys.version_info[1]}.")
    assert by_id["qt"].licence.startswith("LGPL-3.0")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in by_id["qt"].licence_text()
    dejavu = by_id["dejavu"].licence_text()
    assert dejavu == (ROOT / "app/resources/fonts/LICENSE-DejaVu.txt").read_text("utf-8").rstrip()
    # ReportLab's own fonts travel in the bundle with their licences
    reportlab = by_id["reportlab"].licence_text()
    assert "Bitstream" in reportlab and "DarkGarden" in reportlab
    # PDFium and what it is built from come with pypdfium2
    assert "pdfium" in by_id["pypdfium2"].licence_text().lower()


def test_the_program_is_under_the_real_gpl_3() -> None:
    program = about.program()
    assert program.name == "Amtstagebuch"
    assert program.version == __version__ == importlib.metadata.version("amtstagebuch")
    assert program.licence == "GPL-3.0-or-later"
    assert importlib.metadata.metadata("amtstagebuch")["License-Expression"] == program.licence
    text = program.licence_text()
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    # the whole text, not a summary: from the preamble to the appendix
    for part in ("Preamble", "TERMS AND CONDITIONS", "15. Disclaimer of Warranty.",
                 "END OF TERMS AND CONDITIONS", "How to Apply These Terms to Your New Programs"):  # fmt: skip
        assert part in text
    assert len(text) > 34_000


def test_lgpl_components_carry_the_gpl_it_builds_on() -> None:
    pyside = _listed()["pyside6-essentials"]
    assert pyside.name.startswith("PySide6") and pyside.licence == "LGPL-3.0-only"
    text = pyside.licence_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text.split("GNU LESSER GENERAL PUBLIC LICENSE")[1]


def test_every_file_named_exists_and_nothing_else_lies_there() -> None:
    data = tomllib.loads(about.COMPONENTS_FILE.read_text("utf-8"))
    named = {str(t) for entry in data["komponente"] for t in entry["texte"]}
    present = {p.name for p in about.LICENCE_DIR.glob("*.txt")}
    assert named == present
    assert all((about.LICENCE_DIR / n).read_text("utf-8").strip() for n in named)
    ids = [entry["id"] for entry in data["komponente"]]
    assert len(ids) == len(set(ids))


def test_windows_only_parts_are_listed_for_windows_only() -> None:
    windows = {c.id for c in about.components("windows")}
    linux = {c.id for c in about.components("linux")}
    assert "pywin32-ctypes" in windows and "pywin32-ctypes" not in linux
    assert "secretstorage" in linux and "secretstorage" not in windows


def test_without_package_metadata_the_recorded_version_is_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A frozen program may carry no metadata: never "nicht installiert", the version
    from the list instead."""
    data = tomllib.loads(about.COMPONENTS_FILE.read_text("utf-8"))
    recorded = {e["id"]: e["version"] for e in data["komponente"]}

    def no_metadata(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(about.importlib.metadata, "version", no_metadata)
    shown = about.components()
    assert about.program().version == __version__
    for component in shown:
        if component.id not in ("amtstagebuch", "python"):
            assert component.version == recorded[component.id]
        assert "nicht" not in component.version


def test_collect_script_finds_the_same_components(tmp_path: Path) -> None:
    """Regenerating into a copy names the same components and says which distributions
    ship no licence file."""
    out = tmp_path / "lizenzen"
    shutil.copytree(about.LICENCE_DIR, out)
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "collect_licences.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "pyside6-essentials: keine Lizenzdatei" in done.stdout
    before = tomllib.loads(about.COMPONENTS_FILE.read_text("utf-8"))
    after = tomllib.loads((out / "komponenten.toml").read_text("utf-8"))
    assert [e["id"] for e in after["komponente"]] == [e["id"] for e in before["komponente"]]


def test_qts_own_third_party_parts_are_listed_under_qt_with_their_texts() -> None:
    """Qt's libraries in PySide6 carry code of other authors (ICU, HarfBuzz, PCRE2, …):
    each part has its licence, its full text and says where the text came from."""
    linux = [c for c in about.components("linux") if c.part_of == "qt"]
    names = {c.name.removesuffix(" (Teil von Qt)") for c in linux}
    assert {"ICU", "HarfBuzz", "PCRE2", "libpng", "libjpeg-turbo", "double-conversion",
            "MD4C", "FreeType"} <= names  # fmt: skip
    ids = [c.id for c in about.components("linux")]
    assert ids.index("qt") < min(ids.index(c.id) for c in linux)  # shown under Qt
    for part in linux:
        assert part.licence and "Lizenztext aus: " in part.note, part.id
        assert len(part.licence_text()) > 1000, part.id
    icu = next(c for c in linux if c.id == "qt-icu")
    assert icu.version == "73.2" and icu.licence.startswith("Unicode-DFS-2016")
    text = icu.licence_text()
    assert "COPYRIGHT AND PERMISSION NOTICE" in text
    assert "International Business Machines Corporation" in text  # ICU's older licence part
    pcre2 = next(c for c in linux if c.id == "qt-pcre2").licence_text()
    assert "University of Cambridge" in pcre2 and "Redistribution and use" in pcre2
    small = next(c for c in linux if c.id == "qt-weitere").licence_text()
    assert "Robert Penner" in small and "Samuel Neves" in small
    assert "Apache License" in small and "Version 2.0" in small  # the full text, not a path
    # ICU comes as libraries of its own only on Linux; Qt there uses the system's zlib
    windows = {c.id for c in about.components("windows")}
    assert "qt-icu" not in windows and "qt-zlib" in windows
    assert "qt-zlib" not in {c.id for c in linux}


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs Debian's dpkg to find packages")
def test_collect_script_lists_what_a_bundle_carries_from_the_system(tmp_path: Path) -> None:
    """A built bundle holds libraries from the build machine: each gets its Debian
    copyright file in a list of their own; one of unknown origin makes the script fail.
    Windows-only requirements (pywin32-ctypes) are no reason to fail on Linux."""
    libffi = next(Path("/usr/lib").rglob("libffi.so.8"), None)
    if libffi is None:
        pytest.skip("no libffi.so.8 on this machine")
    bundle = tmp_path / "Amtstagebuch" / "_internal"
    (bundle / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    shutil.copy(libffi.resolve(), bundle / "libffi.so.8")
    qt_core = Path(importlib.metadata.distribution("PySide6_Essentials").locate_file(
        "PySide6/Qt/lib/libQt6Core.so.6"))  # fmt: skip
    shutil.copy(qt_core, bundle / "PySide6" / "Qt" / "lib")
    out = tmp_path / "lizenzen-system"  # empty: no earlier entry to fall back on
    script = [sys.executable, str(ROOT / "scripts" / "collect_licences.py"), "--out", str(out)]

    done = subprocess.run([*script, "--bundle", str(bundle.parent)], capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "pywin32" not in done.stdout
    listing = (out / "komponenten.toml").read_bytes()
    entries = {e["id"]: e for e in tomllib.loads(listing.decode())["komponente"]}
    (ffi,) = [e for key, e in entries.items() if key.startswith("system-libffi")]
    assert "libffi.so.8" in ffi["hinweis"] and ffi["plattformen"] == ["linux"]
    assert "libffi" in (out / ffi["texte"][0]).read_text("utf-8").lower()
    assert not any("qt6" in key.lower() for key in entries)  # Qt's libraries are PySide6's
    assert all(key.startswith("system-") for key in entries)  # the program's list stays
    assert {p.name for p in out.iterdir()} == {"komponenten.toml", *ffi["texte"]}

    again = subprocess.run([*script, "--bundle", str(bundle.parent)], capture_output=True,
                           text=True, timeout=120)  # fmt: skip
    assert again.returncode == 0 and (out / "komponenten.toml").read_bytes() == listing

    (bundle / "libunbekannt.so.1").write_bytes(b"\0")
    done = subprocess.run([*script, "--bundle", str(bundle.parent)], capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1
    assert "libunbekannt.so.1: Herkunft unbekannt, LIZENZ FEHLT" in done.stdout


def test_a_bundles_system_libraries_follow_the_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a built bundle, resources/lizenzen-system/ (written by build.sh) adds the system
    libraries: shown after the program's own list, each text read from that folder."""
    folder = tmp_path / "lizenzen-system"
    folder.mkdir()
    (folder / "system-libxcb1.txt").write_text("Copyright X Consortium\n", encoding="utf-8")
    (folder / "common-GPL-2.txt").write_text("GNU GENERAL PUBLIC LICENSE\n", encoding="utf-8")
    (folder / "komponenten.toml").write_text(
        '[[komponente]]\nid = "system-libxcb1"\nname = "libxcb1"\nversion = "1.15-1"\n'
        'lizenz = "MIT"\nhomepage = ""\ntexte = ["system-libxcb1.txt", "common-GPL-2.txt"]\n'
        'plattformen = ["linux"]\nhinweis = "Systembibliothek: libxcb.so.1"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(about, "SYSTEM_LICENCE_DIR", folder)
    about._entries.cache_clear()
    try:
        shown = about.components("linux")
        assert shown[-1].id == "system-libxcb1" and shown[-1].version == "1.15-1"
        assert shown[-1].licence_text() == "Copyright X Consortium\n\nGNU GENERAL PUBLIC LICENSE"
        assert shown[0].id == "amtstagebuch"
        assert "system-libxcb1" not in {c.id for c in about.components("windows")}
    finally:
        about._entries.cache_clear()
