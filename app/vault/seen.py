"""The highest save counter seen of each diary, remembered outside the diary folder.

If someone (or a careless copy) puts an older ``tagebuch.amtb`` in place, the
file itself is intact and opens — only a memory kept elsewhere can tell that
newer data existed. This file in the user's configuration folder holds, per
diary id, the highest counter this computer has seen. It names no content; its
loss only means a rollback goes unnoticed here (the backup generations in
``sicherungen/`` are the second witness). Nothing here ever refuses to open a
diary: a failure to read or write it is ignored.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

from app.errors import AmtsError

SEEN_FILE = "gesehene-staende.json"
_FORMAT = "amtstagebuch-staende"
KEEP = 200  # diaries remembered, most recently seen first


def _path(config: Path | None) -> Path:
    from app.paths import config_dir

    return (config or config_dir()) / SEEN_FILE


def _load(config: Path | None) -> dict[str, tuple[int, float]]:
    try:
        data = json.loads(_path(config).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return {}
    vaults = data.get("vaults")
    if not isinstance(vaults, dict):
        return {}
    found: dict[str, tuple[int, float]] = {}
    for vault_id, item in vaults.items():
        if (
            isinstance(item, list)
            and len(item) == 2
            and isinstance(item[0], int)
            and not isinstance(item[0], bool)
            and isinstance(item[1], int | float)
        ):
            found[str(vault_id)] = (item[0], float(item[1]))
    return found


def highest_seen(vault_id: str, config: Path | None = None) -> int | None:
    item = _load(config).get(vault_id)
    return None if item is None else item[0]


def remember(vault_id: str, counter: int, config: Path | None = None) -> None:
    """Raise the remembered counter of ``vault_id`` to ``counter`` (never lowers it)."""
    from app.atomic import atomic_write

    known = _load(config)
    previous = known.get(vault_id, (0, 0.0))[0]
    known[vault_id] = (max(previous, counter), time.time())
    newest = sorted(known.items(), key=lambda kv: kv[1][1], reverse=True)[:KEEP]
    text = json.dumps(
        {"format": _FORMAT, "version": 1, "vaults": {k: list(v) for k, v in newest}},
        separators=(",", ":"),
    )
    target = _path(config)
    with contextlib.suppress(OSError, AmtsError):
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, text.encode("utf-8"))
