"""Regenerate app/resources/lizenzen/ from the installed venv: one licence text per bundled
component and the list ``komponenten.toml`` that Hilfe → Über Amtstagebuch shows.

    .venv/bin/python scripts/collect_licences.py [--wheels DIR] [--debian-doc DIR] [--out DIR]
    python scripts/collect_licences.py --bundle dist/Amtstagebuch [--out DIR]

Walks the runtime requirements of the installed ``amtstagebuch`` distribution (markers
evaluated for Linux, Windows and macOS, so platform-only dependencies such as
pywin32-ctypes are listed too) and copies the licence files each distribution ships
(``*.dist-info/licenses/``, ``LICENSE*``/``COPYING*`` in the dist-info and licence files
inside the package, e.g. ReportLab's fonts). A dependency that is not installed here is
read from a wheel in ``--wheels`` (``pip download --no-deps --platform win_amd64
--only-binary=:all: -d DIR pywin32-ctypes``); without one, its earlier text is kept.

Qt's own third-party parts (``QT_PARTS``: ICU, HarfBuzz, PCRE2, …) take their texts from
Debian's copyright files of the same libraries; those of packages not installed come from
``--debian-doc`` (``apt-get download libmd4c0 && dpkg-deb -x libmd4c0_*.deb x`` gives
``x/usr/share/doc``); without them the earlier text is kept.

With ``--bundle`` only the shared libraries a built bundle carries from the build machine
(libffi, libxcb, …: whatever Python's and Qt's modules link to) are listed, each with the
copyright file of the Debian package it comes from, into the bundle's
``_internal/app/resources/lizenzen-system/`` (``packaging/linux/build.sh`` does this);
only this platform's requirements count there.

Components that are no Python distribution (Python itself, Qt, the DejaVu fonts) and
distributions whose metadata is poor get their entry from ``CURATED`` below. It prints
which distributions ship no licence file and what was used instead, and exits with 1
when a component is left without a licence text ("LIZENZ FEHLT"). Run it after every
dependency update and commit the result. The output is sorted and carries no date: the
same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import email.message
import gzip
import importlib.metadata as md
import json
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "app" / "resources" / "lizenzen"
LIST_FILE = OUT / "komponenten.toml"
PROGRAM = "amtstagebuch"

PLATFORMS: dict[str, dict[str, str]] = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}

GPL = "GPL-3.0.txt"
LGPL = "LGPL-3.0.txt"
# Licence texts that no distribution ships: taken from the system (Debian's
# common-licenses hold the verbatim FSF texts); kept as they are where it has none.
GENERIC_TEXTS: dict[str, list[Path]] = {
    GPL: [Path("/usr/share/common-licenses/GPL-3")],
    LGPL: [Path("/usr/share/common-licenses/LGPL-3")],
}

QT_NOTE = (
    "Das Paket PySide6 bringt keine eigenen Lizenzdateien mit; gezeigt werden die "
    "LGPL-3.0 und die GPL-3.0, auf die sie aufbaut. Qt ist auch unter GPL-2.0 und "
    "GPL-3.0 erhältlich; Amtstagebuch nutzt es unter der LGPL-3.0. Qt enthält Teile "
    "anderer Urheber (u. a. ICU); ihre Lizenzen stehen in den folgenden Einträgen "
    "„… (Teil von Qt)“, die Übersicht: https://doc.qt.io/qt-6/licenses-used-in-qt.html"
)

# By hand: what metadata cannot say. Keys are canonical distribution names, or ids of
# components that are no distribution (those need "texts" and "source").
CURATED: dict[str, dict[str, object]] = {
    PROGRAM: {"name": "Amtstagebuch", "texts": [GPL], "homepage": ""},
    "python": {
        "name": "Python",
        "licence": "PSF-2.0",
        "homepage": "https://www.python.org/",
        "source": "python",
        "note": "Die Programmiersprache, in der Amtstagebuch geschrieben ist.",
    },
    "qt": {
        "name": "Qt",
        "distribution": "PySide6_Essentials",
        "licence": "LGPL-3.0-only",
        "homepage": "https://www.qt.io/",
        "texts": [LGPL, GPL],
        "note": QT_NOTE,
    },
    "pyside6-essentials": {
        "name": "PySide6 (Qt for Python)",
        "licence": "LGPL-3.0-only",
        "texts": [LGPL, GPL],
        "note": "Auch unter GPL-2.0 und GPL-3.0 erhältlich; Amtstagebuch nutzt es unter der "
        "LGPL-3.0. Das Paket bringt keine eigenen Lizenzdateien mit.",
    },
    "shiboken6": {
        "name": "Shiboken6",
        "licence": "LGPL-3.0-only",
        "texts": [LGPL, GPL],
        "note": "Teil von PySide6; auch unter GPL-2.0 und GPL-3.0 erhältlich. Das Paket "
        "bringt keine eigenen Lizenzdateien mit.",
    },
    "dejavu": {
        "name": "DejaVu-Schriften",
        "version": "2.37",
        "licence": "Bitstream-Vera AND Arev",
        "homepage": "https://dejavu-fonts.github.io/",
        "source": "app/resources/fonts/LICENSE-DejaVu.txt",
        "note": "Die Schrift der Briefe (PDF).",
    },
    "reportlab": {
        "licence": "BSD-3-Clause",
        "note": "Enthält Schriften (Bitstream Vera, DarkGarden) mit eigenen Lizenzen; "
        "alle Texte stehen hier.",
    },
    "pypdfium2": {
        "licence": "Apache-2.0 OR BSD-3-Clause",
        "note": "Enthält PDFium (BSD-3-Clause) und dessen Bestandteile (u. a. FreeType, "
        "HarfBuzz, ICU, libjpeg-turbo, libpng, OpenJPEG, LittleCMS, zlib); alle Texte "
        "stehen hier.",
    },
    "uharfbuzz": {
        "licence": "Apache-2.0 AND MIT-Modern-Variant",
        "note": "Verbindet die arabischen und persischen Buchstaben in den PDFs. Enthält "
        "HarfBuzz (MIT-Modern-Variant, https://github.com/harfbuzz/harfbuzz); dessen "
        "Lizenztext steht beim Eintrag „HarfBuzz (Teil von Qt)“.",
    },
    "pillow": {"note": "Enthält Bibliotheken für Bildformate; ihre Lizenzen stehen hier."},
    "cryptography": {"note": "Enthält OpenSSL (Apache-2.0)."},
    "python-dateutil": {"licence": "Apache-2.0 AND BSD-3-Clause"},
    "jinja2": {"licence": "BSD-3-Clause"},
    "jaraco-classes": {"licence": "MIT"},
    "backports-tarfile": {"licence": "MIT"},
    "zxcvbn": {"licence": "MIT"},
    "six": {"licence": "MIT"},
    "charset-normalizer": {"licence": "MIT"},
    "pywin32-ctypes": {"licence": "BSD-3-Clause"},
}
# Qt's own third-party parts in the Qt build PySide6 ships (checked in its libraries and
# plugins: ICU 73 as libraries of its own on Linux; PCRE2, double-conversion, TinyCBOR, …
# in QtCore; HarfBuzz, libpng, md4c, FreeType's rasteriser in QtGui; libjpeg-turbo,
# LibTIFF, WebP in the image plugins). Zlib and FreeType are the system's on Linux.
# Sources of the texts: "debian:PACKAGE" is that package's /usr/share/doc/PACKAGE/copyright
# (the same library as packaged by Debian; packages not installed can be unpacked with
# `apt-get download PKG && dpkg-deb -x PKG.deb DIR` and passed as --debian-doc
# DIR/usr/share/doc), "debian:PACKAGE:FILES,…" only the paragraphs for those source files
# (Debian's qt6-base lists the parts of Qt's src/3rdparty), "dist:DIST:PATH" a licence
# file of an installed distribution. Without a source the earlier text is kept.
QT_HOME = "https://doc.qt.io/qt-6/licenses-used-in-qt.html"
QT_PART_NOTE = "Teil von Qt, in den Qt-Bibliotheken von PySide6 enthalten."
QT_SMALL_PARTS = [
    "src/3rdparty/easing/*",
    "src/3rdparty/forkfd/*",
    "src/3rdparty/tinycbor/*",
    "src/3rdparty/sha3/*",
    "src/3rdparty/sha3/brg_endian.h",
    "src/3rdparty/rfc6234/*",
    "src/3rdparty/md4/*",
    "src/3rdparty/icc/sRGB2014.icc",
]
# Parts newer than Debian's qt6-base 6.4: from Qt's qt_attribution.json files (qtbase,
# src/3rdparty/<part>/qt_attribution.json); their licence texts follow from Debian's list.
QT_NEWER_PARTS = """\
Files: src/3rdparty/blake2/*
Comment: BLAKE2 (reference implementation), in Qt Core (QCryptographicHash)
Copyright: 2012 Samuel Neves <sneves@dei.uc.pt>
License: CC0-1.0 or Apache-2.0

Files: src/3rdparty/siphash/*
Comment: SipHash Algorithm, in Qt Core (QHash)
Copyright: 2012-2014 Jean-Philippe Aumasson
           2012-2014 Daniel J. Bernstein <djb@cr.yp.to>
           2016 Intel Corporation
License: CC0-1.0

Files: src/3rdparty/emoji-segmenter/*
Comment: Emoji Segmenter 0.4.0, in Qt Gui
Copyright: 2019 Google LLC
License: Apache-2.0

Files: src/3rdparty/freebsd/*
Comment: FreeBSD strtoll and strtoull, in Qt Core
Copyright: 1992, 1993 The Regents of the University of California
           2011 The FreeBSD Foundation (portions by David Chisnall)
License: BSD-3-clause
"""
ALL = ["linux", "windows", "macos"]
QT_PARTS: dict[str, dict[str, object]] = {
    "qt-icu": {
        "name": "ICU (Teil von Qt)",
        "version": "73.2",
        "licence": "Unicode-DFS-2016 AND ICU AND BSD-3-Clause AND NAIST-2003",
        "homepage": "https://icu.unicode.org/",
        "platforms": ["linux"],
        "sources": ["dist:pypdfium2:licenses/BUILD_LICENSES/icu.txt"],
        "note": "Unicode-Unterstützung von Qt Core (libicu*.so.73 im Paket PySide6). Text: die "
        "Lizenzdatei von ICU, wie sie pypdfium2 mitbringt (eine neuere ICU-Fassung; dort "
        "heißt die Unicode-Lizenz „Unicode License V3“, die Bedingungen sind dieselben).",
    },
    "qt-unicode": {
        "name": "Unicode-Daten: UCD und CLDR (Teil von Qt)",
        "licence": "Unicode-3.0",
        "homepage": "https://www.unicode.org/",
        "platforms": ALL,
        "sources": ["debian:unicode-data", "debian:unicode-cldr-core"],
        "note": "Zeicheneigenschaften und Länderdaten (Datum, Zahlen) in Qt Core.",
    },
    "qt-harfbuzz": {
        "name": "HarfBuzz (Teil von Qt)",
        "licence": "MIT-Modern-Variant",
        "homepage": "https://harfbuzz.github.io/",
        "platforms": ALL,
        "sources": ["debian:libharfbuzz0b"],
        "note": "Textsatz in Qt Gui.",
    },
    "qt-pcre2": {
        "name": "PCRE2 (Teil von Qt)",
        "version": "10.49",
        "licence": "BSD-3-Clause WITH PCRE2-exception AND BSD-2-Clause",
        "homepage": "https://pcre2project.github.io/pcre2/",
        "platforms": ALL,
        "sources": ["debian:libpcre2-8-0"],
        "note": "Reguläre Ausdrücke in Qt Core.",
    },
    "qt-double-conversion": {
        "name": "double-conversion (Teil von Qt)",
        "licence": "BSD-3-Clause",
        "homepage": "https://github.com/google/double-conversion",
        "platforms": ALL,
        "sources": ["debian:libdouble-conversion3"],
        "note": "Umwandlung von Zahlen in Text und zurück, in Qt Core.",
    },
    "qt-libpng": {
        "name": "libpng (Teil von Qt)",
        "version": "1.6.59",
        "licence": "libpng-2.0",
        "homepage": "http://www.libpng.org/pub/png/libpng.html",
        "platforms": ALL,
        "sources": ["debian:libpng16-16"],
        "note": "PNG-Bilder in Qt Gui.",
    },
    "qt-libjpeg": {
        "name": "libjpeg-turbo (Teil von Qt)",
        "version": "3.2.0",
        "licence": "IJG AND BSD-3-Clause AND Zlib",
        "homepage": "https://libjpeg-turbo.org/",
        "platforms": ALL,
        "sources": ["debian:libjpeg62-turbo"],
        "note": "JPEG-Bilder (Qt-Modul für Bildformate).",
    },
    "qt-libtiff": {
        "name": "LibTIFF (Teil von Qt)",
        "version": "4.7.2",
        "licence": "libtiff",
        "homepage": "https://libtiff.gitlab.io/libtiff/",
        "platforms": ALL,
        "sources": ["debian:libtiff6"],
        "note": "TIFF-Bilder (Qt-Modul für Bildformate).",
    },
    "qt-libwebp": {
        "name": "WebP (Teil von Qt)",
        "licence": "BSD-3-Clause",
        "homepage": "https://developers.google.com/speed/webp",
        "platforms": ALL,
        "sources": ["debian:libwebp7"],
        "note": "WebP-Bilder (Qt-Modul für Bildformate).",
    },
    "qt-md4c": {
        "name": "MD4C (Teil von Qt)",
        "licence": "MIT",
        "homepage": "https://github.com/mity/md4c",
        "platforms": ALL,
        "sources": ["debian:libmd4c0"],
        "note": "Markdown in Qt Gui.",
    },
    "qt-freetype": {
        "name": "FreeType (Teil von Qt)",
        "licence": "FTL OR GPL-2.0-only",
        "homepage": "https://freetype.org/",
        "platforms": ALL,
        "sources": ["debian:libfreetype6"],
        "note": "Unter Linux enthält Qt Gui nur den Kantenglätter aus FreeType (die "
        "Bibliothek selbst ist die des Systems); die Qt-Bibliotheken für Windows und macOS "
        "können FreeType ganz enthalten.",
    },
    "qt-zlib": {
        "name": "zlib (Teil von Qt)",
        "licence": "Zlib",
        "homepage": "https://zlib.net/",
        "platforms": ["windows", "macos"],
        "sources": ["debian:zlib1g"],
        "note": "Unter Linux nutzt Qt die zlib des Systems.",
    },
    "qt-weitere": {
        "name": "Weitere kleine Teile von Qt",
        "licence": "BSD-3-Clause AND MIT AND CC0-1.0 AND Apache-2.0 AND ICC AND "
        "LicenseRef-public-domain",
        "homepage": QT_HOME,
        "platforms": ALL,
        "sources": ["debian:libqt6core6:" + ",".join(QT_SMALL_PARTS)],
        "note": "Easing-Kurven (Robert Penner), forkfd, TinyCBOR, SHA-3, SHA-2 (RFC 6234), "
        "MD4, das sRGB-Farbprofil, BLAKE2, SipHash, Emoji-Segmenter, strtoll aus FreeBSD. "
        "Urheber und Lizenzen nach Debians Paket qt6-base und Qts qt_attribution.json.",
    },
}
# Order in the dialog: the program, then what it stands on (Qt with its parts), then the
# rest by name.
FIRST = [PROGRAM, "python", "qt", *QT_PARTS, "pyside6-essentials", "shiboken6", "dejavu"]
URL_KEYS = ("homepage", "home", "source", "source code", "repository", "code", "documentation")
TEXT_SUFFIXES = {"", ".txt", ".md", ".rst", ".ijg"}


@dataclass
class Found:
    """One distribution as installed (or read from a wheel)."""

    name: str
    version: str
    meta: email.message.Message
    licence_files: dict[str, str]  # path -> text
    platforms: set[str] = field(default_factory=set)


def _is_licence_file(path: str) -> bool:
    base = PurePosixPath(path)
    parts = base.parts
    stem = base.name.upper()
    if parts[0].endswith(".dist-info"):  # what the wheel declares: all of licenses/
        return (len(parts) > 2 and parts[1] == "licenses") or stem.startswith(
            ("LICENSE", "LICENCE", "COPYING", "NOTICE")
        )
    # inside the package (ReportLab's fonts): text files named so, never code
    return base.suffix.lower() in TEXT_SUFFIXES and any(
        word in stem for word in ("LICENSE", "LICENCE", "COPYING")
    )


def _installed(name: str) -> Found | None:
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        return None
    texts: dict[str, str] = {}
    for file in dist.files or []:
        if _is_licence_file(str(file)):
            texts[str(file)] = Path(str(file.locate())).read_text("utf-8", errors="replace")
    return Found(dist.metadata["Name"], dist.version, dist.metadata, texts)  # type: ignore[arg-type]


def _from_wheel(name: str, wheels: list[Path]) -> Found | None:
    key = canonicalize_name(name)
    for folder in wheels:
        for wheel in sorted(folder.glob("*.whl")):
            if canonicalize_name(wheel.name.split("-")[0]) != key:
                continue
            with zipfile.ZipFile(wheel) as zf:
                meta_name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
                meta = email.message_from_bytes(zf.read(meta_name))
                texts = {
                    n: zf.read(n).decode("utf-8", errors="replace")
                    for n in zf.namelist()
                    if _is_licence_file(n)
                }
            return Found(meta["Name"], meta["Version"], meta, texts)
    return None


def current_platform() -> str:
    if sys.platform == "win32":
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def walk(
    wheels: list[Path], platforms: list[str] | None = None
) -> tuple[dict[str, Found], list[str]]:
    """Every distribution the program needs at run time on ``platforms`` (all three by
    default): a requirement counts where its marker holds, so a bundle built here does not
    need pywin32-ctypes (``sys_platform == "win32"``)."""
    found: dict[str, Found] = {}
    missing: list[str] = []
    for platform in platforms or list(PLATFORMS):
        markers = PLATFORMS[platform]
        env = {**default_environment(), **markers, "extra": ""}
        todo = [PROGRAM]
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            key = canonicalize_name(name)
            if key in seen:
                continue
            seen.add(key)
            if key not in found:
                dist = _installed(name) or _from_wheel(name, wheels)
                if dist is None:
                    if key not in missing:
                        missing.append(key)
                    continue
                found[key] = dist
            found[key].platforms.add(platform)
            for line in found[key].meta.get_all("Requires-Dist") or []:
                req = Requirement(line)
                if req.marker is None or req.marker.evaluate(env):
                    todo.append(req.name)
    return found, missing


# ------------------------------------------------------------ a built bundle
# A PyInstaller bundle also carries shared libraries from the build machine (libffi,
# OpenSSL's libcrypto, SQLite, …, whatever Python's and Qt's modules link to). Those of a
# Python distribution or of Python itself are covered above; for the others the Debian
# package they come from is looked up and its copyright file taken as their licence.
LIBRARY_SUFFIXES = (".so", ".dll", ".dylib")
# where in the bundle the list goes: next to the program's own (app.about reads both)
BUNDLE_OUT = Path("_internal/app/resources/lizenzen-system")
SYSTEM_PREFIX = "system-"


def _is_library(path: Path) -> bool:
    name = path.name
    return path.is_file() and (name.endswith(LIBRARY_SUFFIXES) or ".so." in name)


def _python_files() -> set[str]:
    """File names that come with Python itself: its library, its compiled modules, and on
    Windows the DLLs of its installation (python.org's LICENSE.txt covers those)."""
    dynload = Path(str(sysconfig.get_config_var("DESTSHARED") or "lib-dynload"))
    names = {p.name for p in dynload.iterdir()} if dynload.is_dir() else set()
    return names | {p.name for p in Path(sys.base_prefix).rglob("*") if _is_library(p)}


def _uncovered_libraries(bundle: Path, found: dict[str, Found]) -> list[Path]:
    covered = _python_files()
    for dist_found in found.values():
        try:
            files = md.distribution(dist_found.name).files or []
        except md.PackageNotFoundError:  # read from a wheel: not in this bundle
            continue
        covered.update(PurePosixPath(str(f)).name for f in files)
    return sorted(p for p in bundle.rglob("*") if _is_library(p) and p.name not in covered)


def _debian_package(library: str) -> str | None:
    if shutil.which("dpkg") is None:
        return None
    done = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout:
        return None
    return done.stdout.split(":", 1)[0].split(",")[0].strip()


def common_licences(text: str) -> dict[str, Path]:
    """The full texts ``text`` refers to in /usr/share/common-licenses, by name (a bundle
    travels to machines that have no such folder)."""
    found = {}
    for name in sorted(set(re.findall(r"/usr/share/common-licenses/([A-Za-z0-9.+-]+)", text))):
        common = Path("/usr/share/common-licenses") / name.rstrip(".")
        if common.is_file():
            found[common.name] = common
    return found


def with_common_licences(text: str) -> str:
    """``text`` and, after it, the full texts it refers to in /usr/share/common-licenses."""
    for common in common_licences(text).values():
        text += f"\n\n==> {common} <==\n\n" + common.read_text("utf-8")
    return text


COMMON_PREFIX = "common-"  # a text of /usr/share/common-licenses, once for all packages


def _debian_entry(
    package: str, libraries: list[str]
) -> tuple[dict[str, object], dict[str, str]] | None:
    """The entry of one Debian package and its texts: its copyright file, then the common
    licences it names (shared by all packages: written once)."""
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    if not copyright_file.is_file():
        return None
    text = copyright_file.read_text("utf-8", errors="replace")
    licence = ""
    source = ""
    for stanza in text.split("\n\n"):
        fields = dict(
            line.split(":", 1) for line in stanza.splitlines() if ":" in line and line[:1] != " "
        )
        source = source or fields.get("Source", "").strip()
        if fields.get("Files", "").strip() == "*" and not licence:
            licence = fields.get("License", "").strip()
    texts = {f"{SYSTEM_PREFIX}{package}.txt": text}
    for name, common in common_licences(text).items():
        texts[f"{COMMON_PREFIX}{name}.txt"] = f"==> {common} <==\n\n" + common.read_text("utf-8")
    version = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    ).stdout.strip()
    entry: dict[str, object] = {
        "id": SYSTEM_PREFIX + package,
        "name": package,
        "version": version,
        "lizenz": licence or "siehe Text",
        "homepage": source if source.startswith("http") else "",
        "texte": list(texts),
        "plattformen": ["linux"],
        "hinweis": "Systembibliothek (Debian-Paket), im Programmpaket mitgeliefert: "
        + ", ".join(sorted(set(libraries))),
    }
    return entry, texts


def system_libraries(
    bundle: Path, found: dict[str, Found], report: list[str]
) -> tuple[dict[str, dict[str, object]], dict[str, str]]:
    """Entries and texts for the shared libraries in ``bundle`` that no distribution
    covers."""
    by_package: dict[str, list[str]] = {}
    for library in _uncovered_libraries(bundle, found):
        package = _debian_package(library.name)
        if package is None:
            report.append(f"{library.relative_to(bundle)}: Herkunft unbekannt, LIZENZ FEHLT")
            continue
        by_package.setdefault(package, []).append(library.name)
    entries: dict[str, dict[str, object]] = {}
    files: dict[str, str] = {}
    for package, libraries in sorted(by_package.items()):
        made = _debian_entry(package, libraries)
        if made is None:
            report.append(f"{package} ({', '.join(libraries)}): kein copyright, LIZENZ FEHLT")
            continue
        entries[str(made[0]["id"])] = made[0]
        files.update(made[1])
    return entries, files


# ------------------------------------------------------------ Qt's third-party parts
def _paragraphs(text: str) -> list[str]:
    """The paragraphs of a Debian copyright file (comment lines left out)."""
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return [p.strip("\n") for p in re.split(r"\n[ \t]*\n", "\n".join(lines)) if p.strip()]


def _field(paragraph: str, name: str) -> str:
    """One field of a paragraph, with its continuation lines."""
    value: list[str] = []
    inside = False
    for line in paragraph.splitlines():
        if line[:1] not in (" ", "\t"):
            inside = line.startswith(name + ":")
            if inside:
                value.append(line[len(name) + 1 :].strip())
        elif inside:
            value.append(line.strip())
    return "\n".join(value)


def debian_extract(text: str, files: list[str], extra: str = "") -> str:
    """The paragraphs of ``text`` about the source ``files`` (as Debian names them), then
    ``extra`` paragraphs, then the full texts of every licence they name."""
    paragraphs = _paragraphs(text)
    chosen = [p for p in paragraphs if set(_field(p, "Files").split()) & set(files)]
    chosen += _paragraphs(extra)
    names: set[str] = set()
    for paragraph in chosen:
        expression = _field(paragraph, "License").split("\n")[0]
        names.update(n.strip() for n in re.split(r"\s+(?:or|and)\s+", expression) if n.strip())
    texts = [
        p
        for p in paragraphs
        if not _field(p, "Files") and _field(p, "License").split("\n")[0] in names
    ]
    return "\n\n".join(chosen + texts)


def _debian_copyright(package: str, roots: list[Path]) -> tuple[Path, str] | None:
    """A package's copyright file and its version (from the Debian changelog, so an
    unpacked package that is not installed names its version too)."""
    for root in [*roots, Path("/usr/share/doc")]:
        copyright_file = root / package / "copyright"
        if not copyright_file.is_file():
            continue
        version = ""
        changelog = root / package / "changelog.Debian.gz"
        if changelog.is_file():
            with gzip.open(changelog, "rt", encoding="utf-8", errors="replace") as log:
                head = log.readline()
            version = head.split("(", 1)[-1].split(")", 1)[0] if "(" in head else ""
        return copyright_file, version
    return None


def qt_part_text(spec: str, debian_docs: list[Path], extra: str = "") -> tuple[str, str] | None:
    """The licence text from one source of ``QT_PARTS`` and where it came from; None when
    the source is not on this machine."""
    kind, _, rest = spec.partition(":")
    if kind == "dist":
        dist_name, _, suffix = rest.partition(":")
        try:
            dist = md.distribution(dist_name)
        except md.PackageNotFoundError:
            return None
        for file in dist.files or []:
            if str(file).endswith(suffix):
                text = Path(str(file.locate())).read_text("utf-8", errors="replace")
                where = f"{dist.metadata['Name']} {dist.version} (Wheel), {file}"
                return f"==> {where} <==\n\n{text.strip()}\n", where
        return None
    package, _, files = rest.partition(":")
    found = _debian_copyright(package, debian_docs)
    if found is None:
        return None
    copyright_file, version = found
    text = copyright_file.read_text("utf-8", errors="replace")
    where = f"Debian-Paket {package} {version}, /usr/share/doc/{package}/copyright".replace(
        "  ", " "
    )
    if files:
        text = debian_extract(text, files.split(","), extra)
        where += " (Auszug: die Teile aus Qts src/3rdparty)"
    return f"==> {where} <==\n\n{with_common_licences(text.strip())}\n", where


def qt_parts(
    debian_docs: list[Path], old: dict[str, dict[str, object]], out: Path, report: list[str]
) -> tuple[dict[str, dict[str, object]], dict[str, str]]:
    """Entries and texts for Qt's third-party parts; a part whose sources are not all on
    this machine keeps its earlier entry and text (or is reported as missing)."""
    entries: dict[str, dict[str, object]] = {}
    files: dict[str, str] = {}
    for key, part in QT_PARTS.items():
        extra = QT_NEWER_PARTS if key == "qt-weitere" else ""
        made = [qt_part_text(str(s), debian_docs, extra) for s in part["sources"]]  # type: ignore[attr-defined]
        if any(m is None for m in made):
            previous = old.get(key)
            if previous is not None and (out / f"{key}.txt").is_file():
                entries[key] = previous
                files[f"{key}.txt"] = (out / f"{key}.txt").read_text("utf-8")
                report.append(
                    f"{key}: Quelle fehlt hier ({part['sources']}), der bisherige Text bleibt"
                )
            else:
                report.append(
                    f"{key}: Quelle fehlt ({part['sources']}), LIZENZ FEHLT – Debian-Paket mit "
                    "apt-get download holen, mit dpkg-deb -x auspacken, --debian-doc angeben"
                )
            continue
        texts = [m[0] for m in made if m is not None]
        wheres = [m[1] for m in made if m is not None]
        entry: dict[str, object] = {
            "id": key,
            "name": part["name"],
            "version": part.get("version", ""),
            "lizenz": part["licence"],
            "homepage": part["homepage"],
            "texte": [f"{key}.txt"],
            "plattformen": part["platforms"],
            "hinweis": f"{part['note']} {QT_PART_NOTE} Lizenztext aus: {'; '.join(wheres)}.",
            "teil_von": "qt",
        }
        entries[key] = entry
        files[f"{key}.txt"] = "\n\n".join(texts)
    return entries, files


def _homepage(meta: email.message.Message) -> str:
    urls: dict[str, str] = {}
    for line in meta.get_all("Project-URL") or []:
        label, _, url = line.partition(",")
        urls.setdefault(label.strip().lower(), url.strip())
    for key in URL_KEYS:
        if key in urls:
            return urls[key]
    return str(meta.get("Home-page") or "")


def _spdx(key: str, meta: email.message.Message) -> str:
    expression = meta.get("License-Expression")
    curated = CURATED.get(key, {}).get("licence")
    return str(curated or expression or "")


def _joined(texts: dict[str, str]) -> str:
    """All licence files of one component in one text, each under its path."""
    parts = []
    for path in sorted(texts):
        body = texts[path].replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        parts.append(f"==> {path} <==\n\n{body}\n" if len(texts) > 1 else body + "\n")
    return "\n\n".join(parts)


def _python_licence() -> str:
    for folder in (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix)):
        candidate = folder / "LICENSE.txt"
        if candidate.is_file():
            return candidate.read_text("utf-8")
    raise SystemExit("Die Lizenz von Python (LICENSE.txt) ist nicht zu finden.")


def _old_entries(out: Path) -> dict[str, dict[str, object]]:
    if not (out / LIST_FILE.name).exists():
        return {}
    data = tomllib.loads((out / LIST_FILE.name).read_text("utf-8"))
    return {str(entry["id"]): entry for entry in data.get("komponente", [])}


def _toml_value(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def _write(out: Path, files: dict[str, str], entries: dict[str, dict[str, object]],
           order: list[str], header: list[str]) -> None:  # fmt: skip
    """The texts and the list, sorted and without dates: the same input gives the same
    bytes (the bundle is built reproducibly)."""
    lines = [*header, ""]
    for key in order:
        lines.append("[[komponente]]")
        lines.extend(f"{k} = {_toml_value(v)}" for k, v in entries[key].items())
        lines.append("")
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.txt"):
        if stale.name not in files:
            stale.unlink()
    for name in sorted(files):
        (out / name).write_text(files[name].rstrip("\n") + "\n", encoding="utf-8", newline="\n")
    (out / LIST_FILE.name).write_text("\n".join(lines), encoding="utf-8", newline="\n")


BUNDLE_HEADER = [
    "# Erzeugt von scripts/collect_licences.py --bundle beim Bau des Programmpakets: die",
    "# Systembibliotheken (Debian-Pakete), die PyInstaller vom Bau-Rechner mitgenommen hat,",
    "# je mit der copyright-Datei ihres Pakets. Hilfe → Über Amtstagebuch zeigt sie mit an.",
    "# hinweis: die Dateien dieses Pakets im Programmpaket.",
]


def collect_bundle(bundle: Path, wheels: list[Path], out: Path) -> int:
    """Only the system libraries of a built bundle, into ``out`` (a folder of the bundle);
    the requirements are those of this platform, the one the bundle is built for."""
    found, missing = walk(wheels, [current_platform()])
    report = [f"{key}: nicht installiert, LIZENZ FEHLT" for key in missing]
    entries, files = system_libraries(bundle, found, report)
    _write(out, files, entries, sorted(entries), BUNDLE_HEADER)
    print(f"{len(entries)} Systembibliotheken-Pakete, {len(files)} Lizenztexte in {out}")
    for line in report:
        print("  " + line)
    return 1 if any("LIZENZ FEHLT" in line for line in report) else 0


def collect(wheels: list[Path], out: Path = OUT, debian_docs: list[Path] | None = None) -> int:
    """Write the texts and the list; 1 if a component is left without its licence."""
    found, missing = walk(wheels)
    old = _old_entries(out)
    files: dict[str, str] = {}
    entries: dict[str, dict[str, object]] = {}
    report: list[str] = []

    for name, candidates in GENERIC_TEXTS.items():
        source = next((p for p in candidates if p.is_file()), None)
        if source is not None:
            files[name] = source.read_text("utf-8")
        elif (out / name).is_file():
            files[name] = (out / name).read_text("utf-8")
            report.append(f"{name}: keine Quelle auf diesem System, der bisherige Text bleibt")
        else:
            raise SystemExit(f"{name}: kein Text gefunden ({', '.join(map(str, candidates))})")

    all_platforms = list(PLATFORMS)
    for key, dist in found.items():
        curated = CURATED.get(key, {})
        texts = curated.get("texts")
        if texts is None:
            if not dist.licence_files:
                raise SystemExit(f"{key}: keine Lizenzdatei und kein Eintrag in CURATED")
            files[f"{key}.txt"] = _joined(dist.licence_files)
            texts = [f"{key}.txt"]
        elif key != PROGRAM:
            report.append(f"{key}: keine Lizenzdatei in der Distribution, verwendet: {texts}")
        entry: dict[str, object] = {
            "id": key,
            "name": curated.get("name", dist.name),
            "distribution": dist.name,
            "version": dist.version,
            "lizenz": _spdx(key, dist.meta),
            "homepage": curated.get("homepage", _homepage(dist.meta)),
            "texte": texts,
            "plattformen": [p for p in all_platforms if p in dist.platforms],
        }
        if "note" in curated:
            entry["hinweis"] = curated["note"]
        if not entry["lizenz"]:
            raise SystemExit(f"{key}: keine SPDX-Lizenzangabe; bitte in CURATED nachtragen")
        entries[key] = entry

    part_entries, part_files = qt_parts(debian_docs or [], old, out, report)
    entries.update(part_entries)
    files.update(part_files)

    for key in missing:
        if key in old and all((out / str(t)).is_file() for t in old[key]["texte"]):  # type: ignore[attr-defined]
            entries[key] = old[key]
            for text in old[key]["texte"]:  # type: ignore[attr-defined]
                files[str(text)] = (out / str(text)).read_text("utf-8")
            what = (
                "aus dem letzten Programmpaket"
                if key.startswith(SYSTEM_PREFIX)
                else "nicht installiert"
            )
            report.append(f"{key}: {what}, der bisherige Eintrag bleibt")
        else:
            report.append(
                f"{key}: nicht installiert, LIZENZ FEHLT – mit --wheels nachholen "
                f"(pip download --no-deps --only-binary=:all: --platform … {key})"
            )

    for key, curated in CURATED.items():
        if "source" not in curated:
            if key not in entries and key not in found and "texts" in curated:
                # not a distribution of its own (Qt lives in PySide6's)
                dist_name = str(curated["distribution"])
                dist = found.get(canonicalize_name(dist_name))
                entries[key] = {
                    "id": key,
                    "name": curated["name"],
                    "distribution": dist_name,
                    "version": dist.version if dist else "",
                    "lizenz": curated["licence"],
                    "homepage": curated["homepage"],
                    "texte": curated["texts"],
                    "plattformen": all_platforms,
                    "hinweis": curated["note"],
                }
            continue
        source = str(curated["source"])
        text = _python_licence() if source == "python" else (ROOT / source).read_text("utf-8")
        files[f"{key}.txt"] = text
        entries[key] = {
            "id": key,
            "name": curated["name"],
            "version": curated.get("version", f"{sys.version_info[0]}.{sys.version_info[1]}"),
            "lizenz": curated["licence"],
            "homepage": curated["homepage"],
            "texte": [f"{key}.txt"],
            "plattformen": all_platforms,
            "hinweis": curated["note"],
        }

    order = [k for k in FIRST if k in entries] + sorted(
        (k for k in entries if k not in FIRST), key=lambda k: str(entries[k]["name"]).lower()
    )
    header = [
        "# Erzeugt von scripts/collect_licences.py aus den installierten Paketen – nicht von",
        "# Hand ändern, sondern das Skript nach jeder Aktualisierung der Abhängigkeiten",
        "# erneut ausführen. Hilfe → Über Amtstagebuch liest diese Liste.",
        "# version: die beim Erzeugen installierte Fassung (angezeigt, wenn das Programm",
        "# selbst keine Paketdaten findet, etwa im fertigen Programmpaket).",
        "# teil_von: ein Bestandteil von Qt (in PySide6s Qt-Bibliotheken enthalten).",
    ]
    _write(out, files, entries, order, header)

    print(f"{len(entries)} Komponenten, {len(files)} Lizenztexte in {out}")
    for line in report:
        print("  " + line)
    return 1 if any("LIZENZ FEHLT" in line for line in report) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--wheels",
        type=Path,
        action="append",
        default=[],
        help="Ordner mit Wheels für Abhängigkeiten, die hier nicht installiert sind",
    )
    parser.add_argument(
        "--out", type=Path, default=OUT, help="Zielordner (sonst app/resources/lizenzen)"
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        help="ein gebautes Programmpaket (dist/Amtstagebuch): nur seine Systembibliotheken, "
        f"nach --out (sonst {BUNDLE_OUT} darin)",
    )
    parser.add_argument(
        "--debian-doc",
        type=Path,
        action="append",
        default=[],
        help="ein ausgepacktes usr/share/doc mit copyright-Dateien nicht installierter "
        "Debian-Pakete (für Qts Bestandteile)",
    )
    args = parser.parse_args()
    if args.bundle is not None:
        out = args.out if args.out != OUT else args.bundle / BUNDLE_OUT
        return collect_bundle(args.bundle, args.wheels, out)
    return collect(args.wheels, args.out, args.debian_doc)


if __name__ == "__main__":
    raise SystemExit(main())
