"""``verify``: is the vault authentic, its schema current, its history unbroken?"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select, text

from app.i18n import _
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
            _("Echtheit"),
            False,
            _("Die Datei auf dem Datenträger ist beschädigt oder wurde verändert."),
        )
    return Check(_("Echtheit"), True, _("Prüfsumme und Verschlüsselung sind in Ordnung."))


def _database(vault: Vault) -> Check:
    with vault.session() as session:
        integrity = session.execute(text("PRAGMA integrity_check")).scalar()
        broken_links = session.execute(text("PRAGMA foreign_key_check")).fetchall()
    if integrity != "ok":
        return Check(
            _("Datenbank"),
            False,
            _("Die Datenbank ist nicht stimmig ({integrity}).").format(integrity=integrity),
        )
    if broken_links:
        table, rowid, parent = str(broken_links[0][0]), broken_links[0][1], str(broken_links[0][2])
        what = _(WHAT.get(table, table))
        more = (
            _(" (und {count} weitere)").format(count=len(broken_links) - 1)
            if len(broken_links) > 1
            else ""
        )
        return Check(
            _("Datenbank"), False,
            _("{what} Nr. {rowid} verweist auf {parent}, den es nicht gibt{more}.").format(what=what, rowid=rowid, parent=_(WHAT.get(parent, parent)), more=more),
        )  # fmt: skip
    current = vault.schema_revision()
    if current != schema.HEAD_REVISION:
        return Check(
            _("Datenbank"), False, _("Unerwarteter Schemastand {current}.").format(current=current)
        )
    return Check(
        _("Datenbank"), True, _("Aufbau stimmig, Schemastand {current}.").format(current=current)
    )


def _rows(damage: Damage) -> list[Check]:
    """One line per row that cannot be read as it is meant."""
    if not damage.rows and not damage.dependents:
        return [Check(_("Einträge"), True, _("Alle Einträge und Angaben sind lesbar."))]
    return [Check(_("Einträge"), False, message) for message in damage.messages()]


def _history(vault: Vault, damage: Damage) -> Check:
    previous = GENESIS
    latest: dict[tuple[str, str], tuple[str, str]] = {}
    count = 0
    broken = damage.skipped("revision")
    if broken:
        return Check(
            _("Änderungsverlauf"), False,
            _("Revision {min} ist beschädigt; der Verlauf lässt sich ab dort nicht prüfen.").format(min=min(broken)),
        )  # fmt: skip
    with vault.session() as session:
        for rev in session.scalars(select(Revision).order_by(Revision.id)):
            count += 1
            expected = chain_hash(
                previous, rev.entity, rev.entity_uid, rev.seq, rev.action, rev.at, rev.content
            )
            if rev.prev_hash != previous or rev.hash != expected:
                return Check(
                    _("Änderungsverlauf"), False,
                    _("Die Kette ist bei Revision {id} unterbrochen: der Verlauf wurde verändert.").format(id=rev.id),
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
                _("Änderungsverlauf"), False,
                _("Ein Eintrag ({entity} {value}) wurde ohne Revision geändert.").format(entity=entity, value=uid[:8]),
            )  # fmt: skip
    return Check(
        _("Änderungsverlauf"), True, _("{count} Revisionen, Kette lückenlos.").format(count=count)
    )


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
            _("Anhänge"),
            False,
            _("{value} Anhang/Anhänge beschädigt oder fehlend: {join}.").format(
                value=len(bad), join=", ".join(bad[:5])
            ),
        )
    detail = _("{value} Anhänge vollständig lesbar.").format(value=len(rows))
    if orphans:
        detail += _(" {value} verwaiste Datei(en) werden beim nächsten Öffnen entfernt.").format(
            value=len(orphans)
        )
    return Check(_("Anhänge"), True, detail)


def _currency(vault: Vault) -> Check:
    """Is this the newest state of the diary known here (no old copy laid over it)?"""
    if vault.rollback is not None:
        return Check(_("Aktualität"), False, vault.rollback.message())
    if vault.rekey_pending:
        return Check(
            _("Aktualität"),
            False,
            _(
                "Eine Umschlüsselung (nach einer neuen Passphrase) ist nicht abgeschlossen. "
                "Öffnen Sie das Tagebuch einmal im Programm; dann wird sie fertiggestellt."
            ),
        )
    return Check(
        _("Aktualität"),
        True,
        _("Neuester bekannter Stand (Speicherstand {save_counter}).").format(
            save_counter=vault.save_counter
        ),
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
