"""The catalogue of document types (``app/resources/dokumente.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.i18n import _
from app.paths import RESOURCES

CATALOGUE = RESOURCES / "dokumente.toml"


@dataclass(frozen=True)
class DocumentType:
    id: str
    label: str
    note: str
    identity: bool = False
    health: bool = False

    def shown_label(self) -> str:
        """The name in the user's language, for the window; receipts, letters and the
        export keep ``label``, the German name the Jobcenter reads."""
        return _(self.label)

    def shown_note(self) -> str:
        """What the Jobcenter may do with it, in the user's language (the window)."""
        return _(self.note)


def load(path: Path = CATALOGUE) -> dict[str, DocumentType]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    types: dict[str, DocumentType] = {}
    for entry in data.get("dokument", []):
        doc = DocumentType(
            id=str(entry["id"]),
            label=str(entry["label"]),
            note=str(entry["hinweis"]),
            identity=bool(entry.get("ausweis", False)),
            health=bool(entry.get("gesundheit", False)),
        )
        if doc.id in types:
            raise ValueError(f"doppelte Dokumentart {doc.id}")
        types[doc.id] = doc
    return types


@cache
def document_types() -> dict[str, DocumentType]:
    return load()


def type_ids() -> set[str]:
    return set(document_types())
