"""Where the chosen interface language and text size are kept (issue 17).

Display preferences, needed before a diary is unlocked, so they live beside the
pointer file in :func:`app.paths.config_dir` — never any diary content.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.atomic import atomic_write
from app.i18n import LANGUAGES
from app.paths import config_dir

LANGUAGE_FILE = "sprache.json"
_FORMAT = "amtstagebuch-sprache"
OVERRIDE = "AMTSTAGEBUCH_SPRACHE"


TEXT_SIZE_FILE = "textgroesse.json"
_TEXT_SIZE_FORMAT = "amtstagebuch-textgroesse"
# the text sizes offered, in per cent of the system's own size
TEXT_SIZES = (100, 125, 150, 175, 200)


def _read(name: str, file_format: str, config: Path | None) -> dict[str, object] | None:
    """A stored choice, or ``None`` (missing or damaged file)."""
    try:
        raw = ((config or config_dir()) / name).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    import json  # only when a choice was stored (start-up time, issue 15)

    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != file_format:
        return None
    return data


def _write(name: str, file_format: str, values: dict[str, object], config: Path | None) -> None:
    target = (config or config_dir()) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    import json

    text = json.dumps({"format": file_format, "version": 1, **values})
    atomic_write(target, (text + "\n").encode("utf-8"))


def stored_language(config: Path | None = None) -> str | None:
    """The language chosen earlier, or ``None`` (missing or damaged file)."""
    code = (_read(LANGUAGE_FILE, _FORMAT, config) or {}).get("language")
    return code if isinstance(code, str) and code in LANGUAGES else None


def store_language(code: str, config: Path | None = None) -> None:
    """Remember ``code``; raises ``SaveFailed`` if it cannot be written."""
    if code not in LANGUAGES:
        raise ValueError(code)
    _write(LANGUAGE_FILE, _FORMAT, {"language": code}, config)


def stored_text_size(config: Path | None = None) -> int:
    """The text size chosen earlier in per cent (100 if none or damaged)."""
    size = (_read(TEXT_SIZE_FILE, _TEXT_SIZE_FORMAT, config) or {}).get("percent")
    return size if isinstance(size, int) and size in TEXT_SIZES else 100


def store_text_size(percent: int, config: Path | None = None) -> None:
    """Remember the text size; raises ``SaveFailed`` if it cannot be written."""
    if percent not in TEXT_SIZES:
        raise ValueError(percent)
    _write(TEXT_SIZE_FILE, _TEXT_SIZE_FORMAT, {"percent": percent}, config)


def supported(code: str) -> str | None:
    """``code`` (``"en"``, ``"en_GB"``, ``"fa-IR"``) as one of LANGUAGES, else ``None``."""
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def chosen_language(system: str, config: Path | None = None) -> str:
    """The override variable, else the stored choice, else the system language
    (``system``, e.g. ``QLocale.system().name()``) if supported, else German."""
    override = supported(os.environ.get(OVERRIDE, ""))
    if override:
        return override
    return stored_language(config) or supported(system) or "de"
