"""Private Notiz eines Dokuments getrennt von der gedruckten Beschreibung

Until now a handed-over document had one text, ``description``, which served both
as the label printed on letters (the Eingangsbestätigung the Jobcenter stamps) and
as the user's own remark ("vom Sachbearbeiter kopiert, ohne zu fragen"). From here
on ``description`` is only the neutral, printed label and the new ``remark`` is the
private note that no letter prints.

Which part of an old text was meant for the Jobcenter cannot be known, so every
existing text moves into ``remark`` and ``description`` becomes empty: nothing old
is printed, nothing is lost.

The revision history is not rewritten (it is one SHA-256 chain, and a printed or
exported history must stay verifiable). Instead, every handover gets one more
revision, action ``umgestellt``, whose content is its last stored revision converted
in the same way. ``verify`` then compares the live record with a revision of the
same shape, and reaches the same verdict as before the migration: a handover that
matched its history still matches, one changed outside the program still shows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTION = "umgestellt"  # a revision written by a schema migration, not by the user

_REVISION = sa.table(
    "revision",
    sa.column("id", sa.Integer),
    sa.column("entity", sa.String),
    sa.column("entity_uid", sa.String),
    sa.column("seq", sa.Integer),
    sa.column("action", sa.String),
    sa.column("at", sa.DateTime),
    sa.column("content", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)
GENESIS = "0" * 64


# Frozen copies of app.services.diary.canonical and chain_hash as of this revision: a
# migration must keep doing what it did when it was written (a test checks that they
# still agree with the program's own).
def canonical(content: Any) -> str:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(
    prev_hash: str, entity: str, uid: str, seq: int, action: str, at: datetime, content: str
) -> str:
    material = "\n".join([prev_hash, entity, uid, str(seq), action, at.isoformat(), content])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def split_document(doc: dict[str, Any]) -> dict[str, Any]:
    """An old document record: its one text becomes the private remark."""
    old = doc.get("description", "")
    if not isinstance(old, str):
        return doc
    remark = doc.get("remark", "")
    joined = "\n".join(t for t in (old, remark if isinstance(remark, str) else "") if t)
    return {**doc, "description": "", "remark": joined}


def join_document(doc: dict[str, Any]) -> dict[str, Any]:
    """Back to one text (downgrade): the printed label, then the remark."""
    out = dict(doc)
    remark = out.pop("remark", "")
    description = out.get("description", "")
    if isinstance(remark, str) and isinstance(description, str):
        out["description"] = " – ".join(t for t in (description, remark) if t)
    return out


def _restate(convert: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """Append one revision per live handover: its last revision, documents converted."""
    bind = op.get_bind()
    live = {
        str(uid)
        for (uid,) in bind.execute(sa.text("SELECT uid FROM handover"))
        if isinstance(uid, str)
    }
    latest: dict[str, tuple[int, str, str]] = {}
    for uid, seq, action, content in bind.execute(
        sa.text(
            "SELECT entity_uid, seq, action, content FROM revision "
            "WHERE entity = 'handover' ORDER BY id"
        )
    ):
        if isinstance(uid, str) and isinstance(seq, int):
            latest[uid] = (max(seq, latest.get(uid, (0, "", ""))[0]), action, content)
    last = bind.execute(sa.text("SELECT hash FROM revision ORDER BY id DESC LIMIT 1")).first()
    previous = str(last[0]) if last is not None and last[0] is not None else GENESIS
    at = datetime.now(UTC).replace(tzinfo=None)
    for uid in sorted(live & latest.keys()):
        seq, action, content = latest[uid]
        if action == "geloescht" or not isinstance(content, str):
            continue
        try:
            record = json.loads(content)
        except ValueError:
            continue  # a damaged revision: verify names it, as before
        documents = record.get("documents") if isinstance(record, dict) else None
        if not isinstance(documents, list):
            continue
        converted = {
            **record,
            "documents": [convert(d) if isinstance(d, dict) else d for d in documents],
        }
        body = canonical(converted)
        if body == canonical(record):
            continue
        digest = chain_hash(previous, "handover", uid, seq + 1, ACTION, at, body)
        bind.execute(
            _REVISION.insert().values(
                entity="handover",
                entity_uid=uid,
                seq=seq + 1,
                action=ACTION,
                at=at,
                content=body,
                prev_hash=previous,
                hash=digest,
            )
        )
        previous = digest


def upgrade() -> None:
    with op.batch_alter_table("handover_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("remark", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "UPDATE handover_document SET remark = description, description = '' "
        "WHERE typeof(description) = 'text' AND description != ''"
    )
    _restate(split_document)


def downgrade() -> None:
    op.execute(
        "UPDATE handover_document SET description = CASE "
        "WHEN description = '' THEN remark WHEN remark = '' THEN description "
        "ELSE description || ' – ' || remark END "
        "WHERE typeof(description) = 'text' AND typeof(remark) = 'text'"
    )
    _restate(join_document)
    with op.batch_alter_table("handover_document", schema=None) as batch_op:
        batch_op.drop_column("remark")
