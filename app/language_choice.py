"""Where the chosen interface language is kept (issue 17).

A display preference, needed before a diary is unlocked, so it lives beside the
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


def stored_language(config: Path | None = None) -> str | None:
    """The language chosen earlier, or ``None`` (missing or damaged file)."""
    try:
        raw = ((config or config_dir()) / LANGUAGE_FILE).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    import json  # only when a choice was stored (start-up time, issue 15)

    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    code = data.get("language")
    return code if isinstance(code, str) and code in LANGUAGES else None


def store_language(code: str, config: Path | None = None) -> None:
    """Remember ``code``; raises ``SaveFailed`` if it cannot be written."""
    if code not in LANGUAGES:
        raise ValueError(code)
    target = (config or config_dir()) / LANGUAGE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    import json

    text = json.dumps({"format": _FORMAT, "version": 1, "language": code})
    atomic_write(target, (text + "\n").encode("utf-8"))


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
