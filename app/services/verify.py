"""``verify``: is the vault authentic, its schema current, its history unbroken?"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select, text

from app.model import Attachment, Contact, Handover, Revision, schema
from app.records import as_dict
from app.services.diary import GENESIS, canonical, chain_hash
from app.services.entry_records import contact_record, handover_record
from app.services.revision_format import upgraded
from app.services.rows import WHAT, Damage, find_damage
from app.vault import attachments
from app.vault.vault import Vault


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _authenticity(vault: Vault) -> Check:
    if not vault.file_on_disk_ok():
        return Check(
            "Echtheit", False, "Die Datei auf dem Datenträger ist beschädigt oder wurde verändert."
        )
    return Check("Echtheit", True, "Prüfsumme und Verschlüsselung sind in Ordnung.")


def _database(vault: Vault) -> Check:
    with vault.session() as session:
        integrity = session.execute(text("PRAGMA integrity_check")).scalar()
        broken_links = session.execute(text("PRAGMA foreign_key_check")).fetchall()
    if integrity != "ok":
        return Check("Datenbank", False, f"Die Datenbank ist nicht stimmig ({integrity}).")
    if broken_links:
        table, rowid, parent = str(broken_links[0][0]), broken_links[0][1], str(broken_links[0][2])
        what = WHAT.get(table, table)
        more = f" (und {len(broken_links) - 1} weitere)" if len(broken_links) > 1 else ""
        return Check(
            "Datenbank", False,
            f"{what} Nr. {rowid} verweist auf {WHAT.get(parent, parent)}, den es nicht gibt{more}.",
        )  # fmt: skip
    current = vault.schema_revision()
    if current != schema.HEAD_REVISION:
        return Check("Datenbank", False, f"Unerwarteter Schemastand {current}.")
    return Check("Datenbank", True, f"Aufbau stimmig, Schemastand {current}.")


def _rows(damage: Damage) -> list[Check]:
    """One line per row that cannot be read as it is meant."""
    if not damage.rows and not damage.dependents:
        return [Check("Einträge", True, "Alle Einträge und Angaben sind lesbar.")]
    return [Check("Einträge", False, message) for message in damage.messages()]


def _history(vault: Vault, damage: Damage) -> Check:
    previous = GENESIS
    latest: dict[tuple[str, str], tuple[str, str]] = {}
    count = 0
    broken = damage.skipped("revision")
    if broken:
        return Check(
            "Änderungsverlauf", False,
            f"Revision {min(broken)} ist beschädigt; der Verlauf lässt sich ab dort nicht prüfen.",
        )  # fmt: skip
    with vault.session() as session:
        for rev in session.scalars(select(Revision).order_by(Revision.id)):
            count += 1
            expected = chain_hash(
                previous, rev.entity, rev.entity_uid, rev.seq, rev.action, rev.at, rev.content
            )
            if rev.prev_hash != previous or rev.hash != expected:
                return Check(
                    "Änderungsverlauf", False,
                    f"Die Kette ist bei Revision {rev.id} unterbrochen: der Verlauf wurde verändert.",
                )  # fmt: skip
            previous = rev.hash
            latest[(rev.entity, rev.entity_uid)] = (rev.action, rev.content)
        contacts = select(Contact).where(Contact.id.not_in(damage.skipped("contact")))
        live = [("contact", c.uid, as_dict(contact_record(c))) for c in session.scalars(contacts)]
        handovers = select(Handover).where(Handover.id.not_in(damage.skipped("handover")))
        live += [
            ("handover", h.uid, as_dict(handover_record(h))) for h in session.scalars(handovers)
        ]
    for entity, uid, content in live:
        action, stored = latest.get((entity, uid), ("", ""))
        if (
            action == "geloescht"
            or not stored
            or upgraded(entity, json.loads(stored)) != json.loads(canonical(content))
        ):
            return Check(
                "Änderungsverlauf", False,
                f"Ein Eintrag ({entity} {uid[:8]}) wurde ohne Revision geändert.",
            )  # fmt: skip
    return Check("Änderungsverlauf", True, f"{count} Revisionen, Kette lückenlos.")


def _attachments(vault: Vault, damage: Damage) -> Check:
    bad = []
    with vault.session() as session:
        readable = select(Attachment).where(Attachment.id.not_in(damage.skipped("attachment")))
        rows = [(a.file_id, a.key, a.sha256, a.original_name) for a in session.scalars(readable)]
    for file_id, key, sha256, name in rows:
        if not attachments.check(vault.attachments_dir, file_id, key, sha256):
            bad.append(name or file_id)
    orphans = attachments.stored_ids(vault.attachments_dir) - {r[0] for r in rows}
    if bad:
        return Check(
            "Anhänge",
            False,
            f"{len(bad)} Anhang/Anhänge beschädigt oder fehlend: {', '.join(bad[:5])}.",
        )
    detail = f"{len(rows)} Anhänge vollständig lesbar."
    if orphans:
        detail += f" {len(orphans)} verwaiste Datei(en) werden beim nächsten Öffnen entfernt."
    return Check("Anhänge", True, detail)


def _currency(vault: Vault) -> Check:
    """Is this the newest state of the diary known here (no old copy laid over it)?"""
    if vault.rollback is not None:
        return Check("Aktualität", False, vault.rollback.message())
    if vault.rekey_pending:
        return Check(
            "Aktualität",
            False,
            "Eine Umschlüsselung (nach einer neuen Passphrase) ist nicht abgeschlossen. "
            "Öffnen Sie das Tagebuch einmal im Programm; dann wird sie fertiggestellt.",
        )
    return Check(
        "Aktualität", True, f"Neuester bekannter Stand (Speicherstand {vault.save_counter})."
    )


def verify(vault: Vault) -> list[Check]:
    with vault.session() as session:
        damage = find_damage(session)
    return [
        _authenticity(vault),
        _currency(vault),
        _database(vault),
        *_rows(damage),
        _history(vault, damage),
        _attachments(vault, damage),
    ]
