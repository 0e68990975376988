"""Revisions carry a format version: a field added later is no false "changed".

Migration 0002 gave handed-over documents a ``remark``. A revision written before
has no such key; ``verify`` must bring it to the current format before comparing
it with the live record, and still see a real change made outside the program.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from app.model import HandoverDocument, Revision
from app.records import DocumentData, HandoverData
from app.services.diary import GENESIS, canonical, chain_hash
from app.services.handovers import HandoverService
from app.services.revision_format import FORMAT, FORMAT_KEY, upgraded
from app.services.verify import verify
from app.vault.vault import Vault

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _in_the_old_format(vault: Vault) -> None:
    """Rewrite every revision as a program before migration 0002 wrote it."""
    with vault.transaction() as session:
        previous = GENESIS
        for rev in session.scalars(select(Revision).order_by(Revision.id)):
            content = json.loads(rev.content)
            content.pop(FORMAT_KEY, None)
            for document in content.get("documents", []):
                del document["remark"]
            rev.content = canonical(content)
            rev.prev_hash = previous
            rev.hash = chain_hash(
                previous, rev.entity, rev.entity_uid, rev.seq, rev.action, rev.at, rev.content
            )
            previous = rev.hash


def _problems(vault: Vault) -> list[str]:
    return [c.detail for c in verify(vault) if not c.ok]


def test_new_revisions_carry_the_current_format(vault: Vault) -> None:
    HandoverService(vault).add_handover(
        HandoverData(when=WHEN, method="persoenlich", documents=[DocumentData(type="mietvertrag")])
    )
    with vault.session() as session:
        (rev,) = session.scalars(select(Revision))
        assert json.loads(rev.content)[FORMAT_KEY] == FORMAT


def test_an_old_format_revision_is_no_false_change_and_a_real_change_still_shows(
    vault: Vault,
) -> None:
    uid = HandoverService(vault).add_handover(
        HandoverData(
            when=WHEN,
            method="persoenlich",
            documents=[DocumentData(type="kontoauszuege", description="Girokonto")],
        )
    )
    _in_the_old_format(vault)
    with vault.session() as session:
        (rev,) = session.scalars(select(Revision))
        assert "remark" not in json.loads(rev.content)["documents"][0]
    assert _problems(vault) == []  # no false "geändert ohne Revision"

    with vault.transaction() as session:  # changed outside the program: no revision
        (document,) = session.scalars(select(HandoverDocument))
        document.remark = "heimlich ergänzt"
    assert _problems(vault) == [f"Ein Eintrag (handover {uid[:8]}) wurde ohne Revision geändert."]


def test_upgrading_fills_only_what_the_format_step_declares() -> None:
    old = {"documents": [{"type": "mietvertrag", "description": ""}], "notes": "x"}
    assert upgraded("handover", old) == {
        "documents": [{"type": "mietvertrag", "description": "", "remark": ""}],
        "notes": "x",
    }
    assert "remark" not in old["documents"][0]  # the stored content is left alone
    assert upgraded("contact", {"notes": "x"}) == {"notes": "x"}
    current = {FORMAT_KEY: FORMAT, "documents": [{"type": "a"}]}
    assert upgraded("handover", current) == {"documents": [{"type": "a"}]}
