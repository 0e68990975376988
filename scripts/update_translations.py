"""Refresh every translation catalogue with one command (issue 17).

    .venv/bin/python scripts/update_translations.py

1. Qt (``ui/``): ``pyside6-lupdate`` over ``ui/`` and ``app/vocabulary.py`` writes
   ``ui/i18n/amtstagebuch_<lang>.ts`` for every language but German (existing
   translations are kept, texts that are gone are marked obsolete), then
   ``pyside6-lrelease`` compiles each to ``.qm``.
2. gettext (``app/``): Babel extracts ``_()``, ``N_()`` and ``ngettext()`` from
   ``app/**.py`` and the shown fields of the red-flag rules
   (``app/resources/rules/*.toml``: ``title``, ``explanation``, ``legal_basis.summary``)
   and the wizard's explanations of the letters (``app/resources/letters/erklaerungen.toml``:
   every ``text``; the letters themselves stay German)
   into ``app/locale/amtstagebuch.pot``, updates ``app/locale/<lang>/LC_MESSAGES/amtstagebuch.po``
   (translations kept) and compiles ``amtstagebuch.mo`` next to it.

German is the source language of both layers.  ``tests/ui/test_translations.py`` and
``tests/test_i18n.py`` fail when a catalogue is out of date.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.i18n import DOMAIN, LANGUAGES, LOCALE_DIR  # noqa: E402

# app/ modules whose labels are marked with QT_TRANSLATE_NOOP (no Qt imported there)
MARKED_IN_APP = [ROOT / "app" / "vocabulary.py"]
TRANSLATED = [code for code in LANGUAGES if code != "de"]
POT = LOCALE_DIR / f"{DOMAIN}.pot"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# the fields of a rule file that the interface shows (letter_fact goes into letters: German)
RULE_FIELDS = ("title", "explanation")
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)


# what the letter wizard shows of a letter type (the letter itself stays German)
LETTER_FIELDS = ("title", "summary", "warning")
DETAIL_FIELDS = ("label", "help")


def extract_letters_toml(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extractor for ``briefe.toml``: the titles, summaries, warnings and the
    field labels and help texts the wizard shows (never subject or letter text)."""
    data = tomllib.loads(fileobj.read().decode("utf-8"))
    for kind in data.get("brief", ()):
        where = f"letter {kind.get('id', '?')}"
        for field in LETTER_FIELDS:
            if isinstance(kind.get(field), str) and kind[field].strip():
                yield 0, "_", kind[field].strip(), [f"{where}: {field}"]
        for detail in kind.get("detail", ()):
            for field in DETAIL_FIELDS:
                if isinstance(detail.get(field), str) and detail[field].strip():
                    yield (
                        0,
                        "_",
                        detail[field].strip(),
                        [f"{where}, field {detail.get('name')}: {field}"],
                    )


def extract_rules_toml(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extractor for a red-flag rule file: the texts shown with a finding,
    stripped as ``app/redflags/rules.py`` reads them."""
    data = tomllib.loads(fileobj.read().decode("utf-8"))
    for field in RULE_FIELDS:
        if isinstance(data.get(field), str):
            yield 0, "_", data[field].strip(), [f"rule {data.get('id', '?')}: {field}"]
    for i, trigger in enumerate(data.get("structured", ())):
        if isinstance(trigger, dict) and isinstance(trigger.get("evidence"), str):
            yield (
                0,
                "_",
                trigger["evidence"],
                [f"rule {data.get('id', '?')}: fact shown as evidence ({{label}}: a document type)"]
                if "{label}" in trigger["evidence"]
                else [f"rule {data.get('id', '?')}: fact shown as evidence, structured[{i}]"],
            )
    for item in data.get("legal_basis", ()):
        if isinstance(item, dict) and isinstance(item.get("summary"), str):
            yield (
                0,
                "_",
                item["summary"].strip(),
                [f"rule {data.get('id', '?')}: {item.get('norm')}"],
            )


def extract_explanations_toml(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extractor for the letters' explanations (issue 17): every ``text`` as
    ``app/letters/explain.py`` reads it, with the letter, the block and the legal
    source for the translator."""
    data = tomllib.loads(fileobj.read().decode("utf-8"))
    for section, entries in data.items():
        if not isinstance(entries, dict):
            continue
        for key, entry in entries.items():
            if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                comments = [f"letter explanation {section}: {key}"]
                source = str(entry.get("quelle", "")).strip()
                if source:
                    comments.append(f"Quelle: {source}")
                yield 0, "_", entry["text"].strip(), comments


def extract_documents_toml(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extractor for the document catalogue (``dokumente.toml``): each type's name
    and its note, as the window shows them (receipts and letters keep the German name)."""
    data = tomllib.loads(fileobj.read().decode("utf-8"))
    for entry in data.get("dokument", ()):
        where = f"document type {entry.get('id', '?')}"
        for field in ("label", "hinweis"):
            if isinstance(entry.get(field), str) and entry[field].strip():
                yield 0, "_", entry[field], [f"{where}: {field}"]


def extracted() -> Any:
    """The template catalogue of everything ``app/`` shows (a babel Catalog)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="Amtstagebuch", domain=DOMAIN, fuzzy=False)
    method_map = [
        ("resources/rules/_*.toml", "ignore"),
        ("resources/rules/*.toml", extract_rules_toml),
        ("resources/letters/erklaerungen.toml", extract_explanations_toml),
        ("resources/letters/briefe.toml", extract_letters_toml),
        ("resources/dokumente.toml", extract_documents_toml),
        ("**.py", "python"),
    ]
    for _file, _line, message, comments, context in extract_from_dir(
        str(ROOT / "app"), method_map=method_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        catalog.add(message, None, auto_comments=comments, context=context)
    return catalog


def _write(catalog: Any, path: Path, **options: Any) -> None:
    from babel.messages.pofile import write_po

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(
            out, catalog, width=88, omit_header=False, sort_output=True, no_location=True, **options
        )


def update_gettext() -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    template = extracted()
    # a fixed date: the files change only when a text does
    template.creation_date = template.revision_date = FIXED_DATE
    _write(template, POT)
    for code in TRANSLATED:
        po = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po.exists():
            with po.open("rb") as f:
                catalog = read_po(f, locale=code, domain=DOMAIN)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=code, domain=DOMAIN, project="Amtstagebuch")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.creation_date = catalog.revision_date = FIXED_DATE
        _write(catalog, po, ignore_obsolete=True)
        with po.open("rb") as f:
            catalog = read_po(f, locale=code, domain=DOMAIN)
        for message in list(catalog):
            # an untranslated plural would go into the .mo with empty forms (Babel)
            if message.id and not isinstance(message.string, str) and not any(message.string):
                del catalog[message.id]
        with po.with_suffix(".mo").open("wb") as out:
            write_mo(out, catalog)


def update_qt() -> int:
    bindir = Path(sys.executable).parent
    files = [*(ROOT / "ui").rglob("*.py"), *MARKED_IN_APP]
    sources = sorted(str(p.relative_to(ROOT)) for p in files)
    for code in TRANSLATED:
        target = ROOT / "ui" / "i18n" / f"amtstagebuch_{code}.ts"
        target.parent.mkdir(exist_ok=True)
        done = subprocess.run(
            [str(bindir / "pyside6-lupdate"), "-silent", "-locations", "none", "-target-language", code,
             *sources, "-ts", str(target)],
            cwd=ROOT,
        )  # fmt: skip
        if done.returncode:
            return done.returncode
        done = subprocess.run(
            [str(bindir / "pyside6-lrelease"), "-silent", str(target), "-qm", str(target.with_suffix(".qm"))],
            cwd=ROOT,
        )  # fmt: skip
        if done.returncode:
            return done.returncode
    return 0


def main() -> int:
    update_gettext()
    return update_qt()


if __name__ == "__main__":
    raise SystemExit(main())
