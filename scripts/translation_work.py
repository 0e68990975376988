"""Move translations between the catalogues and a plain JSON work file (issue 17).

    .venv/bin/python scripts/translation_work.py export uk [--all] > uk.json
    .venv/bin/python scripts/translation_work.py import uk uk.json
    .venv/bin/python scripts/translation_work.py check uk

A translator (or a reviewer) can work on the ``.ts`` and ``.po`` files directly, in Qt
Linguist, Poedit or Weblate.  This tool is for work in batches: ``export`` writes the
texts of one language that still lack a translation (``--all``: every text) as a JSON
list of ``{"layer", "context", "source", "translation"}``; ``import`` fills each text
whose layer, context and source match and then compiles ``.qm`` and ``.mo`` through
``scripts/update_translations.py``.  ``check`` lists what is missing and every
translation whose placeholders, accelerators or line breaks differ from the German.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.i18n import DOMAIN, LOCALE_DIR  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%[0-9]*[snd]|%L?[0-9]+")


def ts_path(code: str) -> Path:
    return ROOT / "ui" / "i18n" / f"amtstagebuch_{code}.ts"


def po_path(code: str) -> Path:
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_entries(code: str) -> list[dict[str, Any]]:
    """Every text of one language, both layers, in catalogue order."""
    from babel.messages.pofile import read_po

    entries: list[dict[str, Any]] = []
    for context in ET.parse(ts_path(code)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"obsolete", "vanished"}:
                continue
            done = translation.get("type") != "unfinished"
            entry = {
                "layer": "qt",
                "context": name,
                "source": message.findtext("source") or "",
                "translation": (translation.text or "") if done else "",
            }
            comment = message.findtext("comment") or message.findtext("extracomment")
            if comment:
                entry["note"] = comment
            entries.append(entry)
    with po_path(code).open("rb") as f:
        catalog = read_po(f, locale=code, domain=DOMAIN)
    for message in catalog:
        if not message.id:
            continue
        plural = isinstance(message.id, tuple)
        entry = {
            "layer": "gettext",
            "context": message.context or "",
            "source": list(message.id) if plural else message.id,
            "translation": list(message.string) if plural else (message.string or ""),
        }
        if plural:
            entry["note"] = f"plural: give {catalog.num_plurals} forms ({catalog.plural_expr})"
        if message.auto_comments:
            entry["where"] = "; ".join(message.auto_comments)
        entries.append(entry)
    return entries


def _key(entry: dict[str, Any]) -> tuple[str, str, str]:
    source = entry["source"]
    return entry["layer"], entry["context"], json.dumps(source, ensure_ascii=False)


def _filled(translation: Any) -> bool:
    if isinstance(translation, list):
        return bool(translation) and all(translation)
    return bool(translation)


def import_entries(code: str, entries: list[dict[str, Any]]) -> tuple[int, int]:
    """Fill the catalogues of one language; returns (filled, not found)."""
    from babel.messages.pofile import read_po

    wanted = {_key(e): e["translation"] for e in entries if _filled(e.get("translation"))}
    filled = 0
    tree = ET.parse(ts_path(code))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = ("qt", name, json.dumps(message.findtext("source") or "", ensure_ascii=False))
            translation = message.find("translation")
            if key in wanted and translation is not None:
                translation.text = str(wanted.pop(key))
                translation.attrib.pop("type", None)
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(code).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    with po_path(code).open("rb") as f:
        catalog = read_po(f, locale=code, domain=DOMAIN)
    for message in catalog:
        if not message.id:
            continue
        source = list(message.id) if isinstance(message.id, tuple) else message.id
        key = ("gettext", message.context or "", json.dumps(source, ensure_ascii=False))
        if key in wanted:
            value = wanted.pop(key)
            message.string = tuple(value) if isinstance(value, list) else value
            message.flags.discard("fuzzy")
            filled += 1
    import update_translations

    update_translations._write(catalog, po_path(code), ignore_obsolete=True)
    return filled, len(wanted)


def problems(entry: dict[str, Any]) -> list[str]:
    """What differs between a German text and its translation besides the words."""
    sources = entry["source"] if isinstance(entry["source"], list) else [entry["source"]]
    translations = entry["translation"]
    if not isinstance(translations, list):
        translations = [translations]
    found = []
    for translation in translations:
        if not translation:
            continue
        source = sources[-1] if len(sources) > 1 else sources[0]
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            found.append("placeholders differ")
        if ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")):
            found.append("accelerator (&) differs")
        if source.count("\n") and not translation.count("\n"):
            found.append("line breaks lost")
        if source != source.strip() and translation.strip() == translation:
            found.append("leading or trailing space lost")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export")
    export.add_argument("lang")
    export.add_argument("--all", action="store_true")
    imp = sub.add_parser("import")
    imp.add_argument("lang")
    imp.add_argument("file", type=Path)
    imp.add_argument("--no-compile", action="store_true")
    check = sub.add_parser("check")
    check.add_argument("lang")
    args = parser.parse_args(argv)
    if args.command == "export":
        entries = [e for e in read_entries(args.lang) if args.all or not _filled(e["translation"])]
        json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if args.command == "import":
        entries = json.loads(args.file.read_text(encoding="utf-8"))
        filled, missing = import_entries(args.lang, entries)
        print(f"{filled} filled, {missing} not found in the catalogues")
        if not args.no_compile:
            import update_translations

            return update_translations.main()
        return 0
    entries = read_entries(args.lang)
    todo = [e for e in entries if not _filled(e["translation"])]
    bad = [(e, p) for e in entries for p in problems(e)]
    for entry, problem in bad:
        print(f"{problem}: {entry['context']} | {entry['source']!r} -> {entry['translation']!r}")
    print(f"{args.lang}: {len(entries)} texts, {len(todo)} untranslated, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
