"""The format of a revision's content, versioned, so ``verify`` compares like with like.

A revision keeps a record as it was then (canonical JSON). When the program later
gives a record a new field (migration 0002 gave handed-over documents ``remark``),
the revisions written before do not have it, and a plain comparison with the live
record would call every such entry "changed without revision". So every revision
written now carries ``revision_format``; one without it is format 1. Before
comparing, :func:`upgraded` brings an old snapshot to the current format, one
explicit step per format (the pattern of Electrum's ``_convert_version_N``).

Adding a field to a record that revisions store: raise :data:`FORMAT` and add a
step that gives old snapshots the field's default — the value the migration gives
existing rows. A field the migration fills with anything else needs the migration
to append a revision instead (as 0002 does with ``umgestellt``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

FORMAT = 2
FORMAT_KEY = "revision_format"


def _documents_get_a_remark(entity: str, content: dict[str, Any]) -> None:
    """1 → 2: a handed-over document has a private ``remark`` (migration 0002)."""
    if entity != "handover":
        return
    for document in content.get("documents") or []:
        if isinstance(document, dict):
            document.setdefault("remark", "")


# STEPS[n] turns content of format n into format n + 1.
STEPS: dict[int, Callable[[str, dict[str, Any]], None]] = {1: _documents_get_a_remark}


def stamped(content: dict[str, Any]) -> dict[str, Any]:
    """``content`` as a revision stores it now: with the current format."""
    return {**content, FORMAT_KEY: FORMAT}


def format_of(content: dict[str, Any]) -> int:
    version = content.get(FORMAT_KEY, 1)
    return version if isinstance(version, int) and not isinstance(version, bool) else 1


def upgraded(entity: str, content: dict[str, Any]) -> dict[str, Any]:
    """A stored revision's content in the current format, without the format key.

    Content of a format this program does not know (newer) is returned as stored,
    so it compares unequal rather than being guessed at.
    """
    version = format_of(content)
    result = copy.deepcopy(content)
    result.pop(FORMAT_KEY, None)
    while version < FORMAT:
        STEPS[version](entity, result)
        version += 1
    return result
