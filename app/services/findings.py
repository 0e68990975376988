"""Warnsignale: the red flags of the diary, stored per entry with what the user decided.

The engine (``app.redflags``) is a pure function; this service keeps its results in
the ``finding`` table so that a decision ("verworfen, weil …", "erledigt") survives
edits, re-checks and locking. One finding per rule and entry.

Sync policy when an entry is checked again (after every save, and when the rules
changed):

- a rule that fires for the first time → a new finding, status ``offen``;
- a rule that still fires → same row, status and reason kept, fresh evidence;
- an ``offen`` finding whose rule no longer fires → removed (nothing was decided
  about it, and the words that raised it are gone — an open flag that cannot be
  shown any more would only confuse);
- a ``verworfen`` or ``erledigt`` finding whose rule no longer fires → kept, marked
  ``current = False``. The user's reason, or the letter sent about it, is part of
  their record; deleting it because a note was reworded would lose something the
  person wrote down. The view says "im Eintrag nicht mehr erkannt". If the rule
  fires again later, the old decision applies again.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InputRefused
from app.i18n import _
from app.model import Contact, Handover
from app.model.entities import FINDING_STATUSES, Setting
from app.model.entities import Finding as FindingRow
from app.records import ContactData, HandoverData, clean_text, for_redflag_check
from app.redflags import Evidence, check_entry
from app.redflags import Finding as RawFinding
from app.services.entry_records import contact_record, handover_record
from app.vault.vault import Vault

OPEN, DISMISSED, ACTED = FINDING_STATUSES  # "offen", "verworfen", "erledigt"
STATUSES = (OPEN, DISMISSED, ACTED)
# Key in the vault's ``setting`` table: which rule set last checked the whole diary.
FINGERPRINT_KEY = "redflags_fingerprint"
MAX_REASON = 2_000

Progress = Callable[[int, int], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# ------------------------------------------------------------------ rule set fingerprint
def _fingerprint_files(rules_dir: Path | None) -> list[Path]:
    from app.redflags import engine, lexicon, rules, text

    folder = rules_dir if rules_dir is not None else rules.RULES_DIR
    files = sorted(folder.glob("*.toml"))
    # The engine's own code decides as much as the rule files; where the sources
    # are on disk (not in a frozen build) a change in them also means "check again".
    if rules_dir is None:
        for module in (engine, lexicon, rules, text):
            if module.__file__:
                files.append(Path(module.__file__))
    return files


def rules_fingerprint(rules_dir: Path | None = None) -> str:
    """SHA-256 over the rule files (names and bytes) and, in a source tree, the engine."""
    digest = hashlib.sha256()
    for path in _fingerprint_files(rules_dir):
        try:
            data = path.read_bytes()
        except OSError:
            continue  # a frozen build has no .py files on disk; the rules decide alone
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


# ------------------------------------------------------------------ evidence as JSON
def evidence_to_json(evidence: Iterable[Evidence], *, current: bool = True) -> dict[str, Any]:
    return {
        "items": [
            {"field": e.field, "start": e.start, "end": e.end, "text": e.text} for e in evidence
        ],
        "current": current,
    }


def evidence_from_json(value: Any) -> tuple[tuple[Evidence, ...], bool]:
    """Evidence and whether the entry still raises it; odd stored values give nothing."""
    if not isinstance(value, dict):
        return (), True
    items: list[Evidence] = []
    for item in value.get("items", []):
        if not isinstance(item, dict):
            continue
        try:
            items.append(
                Evidence(
                    str(item["field"]), int(item["start"]), int(item["end"]), str(item["text"])
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(items), _current(value)


def _current(value: Any) -> bool:
    return bool(value.get("current", True)) if isinstance(value, dict) else True


# ------------------------------------------------------------------ one entry
def _check(contact: ContactData, handovers: Sequence[HandoverData]) -> list[RawFinding] | None:
    """The engine's findings, or None when it could not run.

    Saving an entry must never fail because of a rule file being edited or an
    engine error: the entry is what matters. Its findings then stay as they were
    and the next save or re-check tries again. A document's private remark is read
    together with its description (:func:`for_redflag_check`).
    """
    try:
        return check_entry(contact, [for_redflag_check(h) for h in handovers])
    except Exception:
        return None


def _linked_handovers(session: Session, contact_id: int) -> list[Handover]:
    query = select(Handover).where(Handover.contact_id == contact_id).order_by(Handover.id)
    return list(session.scalars(query))


def apply_findings(
    session: Session,
    contact_id: int,
    found: Sequence[RawFinding],
    existing: Sequence[FindingRow] | None = None,
) -> None:
    """Bring the stored findings of one entry in line with what the engine found now."""
    if existing is None:
        existing = list(
            session.scalars(select(FindingRow).where(FindingRow.contact_id == contact_id))
        )
    rows = {row.rule_id: row for row in existing}
    firing = {finding.rule_id: finding for finding in found}
    for rule_id, finding in firing.items():
        fresh = evidence_to_json(finding.evidence)
        row = rows.get(rule_id)
        if row is None:
            session.add(
                FindingRow(
                    rule_id=rule_id,
                    contact_id=contact_id,
                    # Findings belong to the entry; a handover's part is named in the
                    # evidence ("handover.documents[0]"). Tying the row to the handover
                    # as well would let the database's cascade delete a decision
                    # whenever the form replaces the handover.
                    handover_id=None,
                    evidence=fresh,
                    status=OPEN,
                    created_at=_now(),
                )
            )
        elif row.evidence != fresh:
            row.evidence = fresh
    for rule_id, row in rows.items():
        if rule_id in firing:
            continue
        if row.status == OPEN:
            session.delete(row)
        else:
            items, current = evidence_from_json(row.evidence)
            if current:
                row.evidence = evidence_to_json(items, current=False)


def sync_contact(session: Session, contact: Contact) -> bool:
    """Check one entry (with its handovers) inside an open unit of work.

    Returns False when the engine could not run (nothing changed then).
    """
    session.flush()
    handovers = [handover_record(h) for h in _linked_handovers(session, contact.id)]
    found = _check(contact_record(contact), handovers)
    if found is None:
        return False
    apply_findings(session, contact.id, found)
    return True


def saved_decisions(session: Session, contact_id: int) -> list[dict[str, Any]]:
    """The findings of an entry as plain values, so undoing a delete can bring them back."""
    rows = session.scalars(select(FindingRow).where(FindingRow.contact_id == contact_id))
    return [
        {
            "rule_id": row.rule_id,
            "evidence": dict(row.evidence),
            "status": row.status,
            "dismiss_reason": row.dismiss_reason,
            "letter_id": row.letter_id,
            "created_at": row.created_at,
        }
        for row in rows
    ]


def restore_decisions(session: Session, contact: Contact, saved: Iterable[dict[str, Any]]) -> None:
    """Put back the findings of an entry brought back by undo, then check it again."""
    for values in saved:
        session.add(FindingRow(contact_id=contact.id, handover_id=None, **values))
    sync_contact(session, contact)


# ------------------------------------------------------------ export and import
def export_decisions(
    session: Session,
    *,
    skip_findings: Collection[int] = (),
    skip_contacts: Collection[int] = (),
) -> list[dict[str, str]]:
    """The user's decisions (dismissed with a reason, acted on) for the JSON export,
    by entry uid and rule, so that another diary can put them back. Damaged rows
    (``skip_…``, see ``app.services.rows``) are left out."""
    rows = session.execute(
        select(Contact.uid, FindingRow.rule_id, FindingRow.status, FindingRow.dismiss_reason)
        .join(Contact, FindingRow.contact_id == Contact.id)
        .where(FindingRow.status != OPEN)
        .where(FindingRow.id.not_in(skip_findings), Contact.id.not_in(skip_contacts))
        .order_by(FindingRow.id)
    ).all()
    return [
        {"entry": uid, "rule": rule, "status": status, "reason": reason}
        for uid, rule, status, reason in rows
    ]


def parse_decisions(raw: Any) -> list[tuple[str, str, str, str]]:
    """Check the ``decisions`` of an import file; raise ``ImportRefused`` naming the spot."""
    from app.errors import ImportRefused

    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ImportRefused(_("Feld „decisions“: hier wird eine Liste erwartet."))
    out: list[tuple[str, str, str, str]] = []
    for index, item in enumerate(raw):
        where = f"decisions[{index}]"
        if not isinstance(item, dict) or not all(
            isinstance(item.get(key), str) for key in ("entry", "rule", "status")
        ):
            raise ImportRefused(
                _('{where}: erwartet wird {{"entry": …, "rule": …, "status": …}}.').format(
                    where=where
                )
            )
        status, reason = item["status"], item.get("reason") or ""
        if status not in (DISMISSED, ACTED):
            raise ImportRefused(
                _(
                    "{where}, Feld „status“: „{status}“ ist weder „{dismissed}“ noch „{acted}“."
                ).format(where=where, status=status, dismissed=DISMISSED, acted=ACTED)
            )
        if not isinstance(reason, str) or (status == DISMISSED and not reason.strip()):
            raise ImportRefused(
                _("{where}, Feld „reason“: ein Verwerfen braucht einen Grund.").format(where=where)
            )
        out.append((item["entry"], item["rule"], status, reason[:MAX_REASON]))
    return out


def apply_decisions(session: Session, decisions: list[tuple[str, str, str, str]]) -> int:
    """Put imported decisions on the matching open findings; returns how many took."""
    session.flush()
    open_ids = {
        (uid, rule): fid
        for fid, uid, rule in session.execute(
            select(FindingRow.id, Contact.uid, FindingRow.rule_id)
            .join(Contact, FindingRow.contact_id == Contact.id)
            .where(FindingRow.status == OPEN)
        )
    }
    applied = 0
    for uid, rule, status, reason in decisions:
        finding_id = open_ids.pop((uid, rule), None)
        if finding_id is None:
            continue  # decided already, or the rules no longer find it there
        finding = session.get_one(FindingRow, finding_id)
        finding.status = status
        finding.dismiss_reason = reason if status == DISMISSED else ""
        applied += 1
    return applied


def store_fingerprint(session: Session) -> None:
    """Note inside the vault that every entry was checked with the rules shipped now."""
    row = session.get(Setting, FINGERPRINT_KEY)
    value = {"value": rules_fingerprint()}
    if row is None:
        session.add(Setting(key=FINGERPRINT_KEY, value=value))
    else:
        row.value = value


def check_all_in(session: Session) -> None:
    """Check every entry inside an open unit of work (a new or freshly filled diary)."""
    ok = True
    for contact in list(session.scalars(select(Contact).order_by(Contact.id))):
        ok = sync_contact(session, contact) and ok
    if ok:
        store_fingerprint(session)


# ------------------------------------------------------------------ what the views read
@dataclass(frozen=True)
class FindingInfo:
    """One finding as the window shows it; ``created`` is in UTC."""

    id: int
    rule_id: str
    status: str
    dismiss_reason: str
    letter_id: int | None
    created: datetime
    stored_evidence: Any = field(repr=False, compare=False)  # JSON, read when shown
    contact_uid: str = ""
    when: datetime = datetime.min
    channel: str = ""
    counterpart: str = ""

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return evidence_from_json(self.stored_evidence)[0]

    @property
    def current(self) -> bool:
        """Does the entry, as it is now, still raise this finding?"""
        return _current(self.stored_evidence)


@dataclass(frozen=True)
class RecheckStep:
    """Where a chunked re-check stands: continue after ``last_id``."""

    last_id: int
    checked: int
    total: int
    done: bool


class FindingsService:
    """List the Warnsignale, record what the user decided, re-check the diary."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._failed = False  # an entry of the running re-check could not be checked

    # ----------------------------------------------------------- reading
    # Only the columns shown: loading whole entries (their notes) made a list of
    # 5,000 findings in a 10,000-entry diary take half a second.
    _COLUMNS = (
        FindingRow.id,
        FindingRow.rule_id,
        FindingRow.status,
        FindingRow.dismiss_reason,
        FindingRow.letter_id,
        FindingRow.created_at,
        FindingRow.evidence,
        Contact.uid,
        Contact.when,
        Contact.channel,
        Contact.counterpart,
    )

    def findings(
        self,
        status: str | None = None,
        *,
        limit: int | None = None,
        rule_ids: Iterable[str] | None = None,
    ) -> list[FindingInfo]:
        """All findings (or those with ``status``, of ``rule_ids``), newest entry first."""
        query = (
            select(*self._COLUMNS)
            .join(Contact, FindingRow.contact_id == Contact.id)
            .order_by(Contact.when_utc.desc(), Contact.id.desc(), FindingRow.rule_id)
        )
        if status is not None:
            query = query.where(FindingRow.status == status)
        if rule_ids is not None:
            query = query.where(FindingRow.rule_id.in_(list(rule_ids)))
        if limit is not None:
            query = query.limit(limit)
        return self._read(query)

    def of_entry(self, contact_uid: str) -> list[FindingInfo]:
        query = (
            select(*self._COLUMNS)
            .join(Contact, FindingRow.contact_id == Contact.id)
            .where(Contact.uid == contact_uid)
            .order_by(FindingRow.rule_id)
        )
        return self._read(query)

    def get(self, finding_id: int) -> FindingInfo:
        query = (
            select(*self._COLUMNS)
            .join(Contact, FindingRow.contact_id == Contact.id)
            .where(FindingRow.id == finding_id)
        )
        found = self._read(query)
        if not found:
            raise InputRefused(_("Dieses Warnsignal gibt es nicht mehr."))
        return found[0]

    def count_by_rule(self, status: str = OPEN) -> dict[str, int]:
        """How many findings with ``status`` each rule id has (ids without any left out)."""
        with self.vault.session() as session:
            query = (
                select(FindingRow.rule_id, func.count(FindingRow.id))
                .where(FindingRow.status == status)
                .group_by(FindingRow.rule_id)
            )
            return {str(rule_id): int(n) for rule_id, n in session.execute(query).all()}

    def count(self, status: str = OPEN) -> int:
        with self.vault.session() as session:
            query = select(func.count(FindingRow.id)).where(FindingRow.status == status)
            return int(session.scalar(query) or 0)

    def _read(self, query: Any) -> list[FindingInfo]:
        with self.vault.session() as session:
            rows = session.execute(query).all()
        found = []
        for (
            fid,
            rule_id,
            status,
            reason,
            letter_id,
            created,
            evidence,
            uid,
            when,
            channel,
            who,
        ) in rows:
            found.append(
                FindingInfo(
                    id=fid,
                    rule_id=rule_id,
                    status=status,
                    dismiss_reason=reason,
                    letter_id=letter_id,
                    created=created.replace(tzinfo=UTC),
                    stored_evidence=evidence,
                    contact_uid=uid,
                    when=datetime.fromisoformat(when),
                    channel=channel,
                    counterpart=who,
                )
            )
        return found

    @staticmethod
    def _row(session: Session, finding_id: int) -> FindingRow:
        row = session.get(FindingRow, finding_id)
        if row is None:
            raise InputRefused(_("Dieses Warnsignal gibt es nicht mehr."))
        return row

    # ----------------------------------------------------------- decisions
    def dismiss(self, finding_id: int, reason: str) -> None:
        """The user says this is not a problem, and why; the reason is kept."""
        reason = clean_text(reason, "Begründung", limit=MAX_REASON).strip()
        if not reason:
            raise InputRefused(
                _(
                    "Bitte schreiben Sie kurz auf, warum dieses Warnsignal nicht zutrifft. "
                    "So wissen Sie es auch später noch."
                )
            )
        with self.vault.transaction() as session:
            row = self._row(session, finding_id)
            row.status = DISMISSED
            row.dismiss_reason = reason

    def reopen(self, finding_id: int) -> None:
        """Back to "offen"; an earlier reason stays stored until a new one replaces it."""
        with self.vault.transaction() as session:
            self._row(session, finding_id).status = OPEN

    def mark_acted(self, finding_id: int, letter_id: int | None = None) -> None:
        with self.vault.transaction() as session:
            row = self._row(session, finding_id)
            row.status = ACTED
            if letter_id is not None:
                row.letter_id = letter_id

    # ----------------------------------------------------------- whole diary
    def stored_fingerprint(self) -> str | None:
        with self.vault.session() as session:
            row = session.get(Setting, FINGERPRINT_KEY)
            value = (
                row.value.get("value") if row is not None and isinstance(row.value, dict) else None
            )
            return value if isinstance(value, str) else None

    def needs_recheck(self) -> bool:
        """Were the entries checked with other rules than the ones shipped now?"""
        return self.stored_fingerprint() != rules_fingerprint()

    def recheck_step(
        self, after_id: int = 0, *, budget_s: float = 0.04, limit: int = 200
    ) -> RecheckStep:
        """Check the next entries (ids above ``after_id``) for about ``budget_s`` seconds.

        Findings are derived data: a chunk is committed to the open database but
        the vault is not saved for it. Only :meth:`finish_recheck` stores the
        fingerprint and saves, so a re-check cut short by locking simply runs
        again at the next unlock; a save in between (the user edits an entry)
        writes a consistent state.
        """
        started = time.perf_counter()
        checked = 0
        last_id = after_id
        failed = False
        with self.vault.session() as session:
            total = int(session.scalar(select(func.count(Contact.id))) or 0)
            contacts = list(
                session.scalars(
                    select(Contact).where(Contact.id > after_id).order_by(Contact.id).limit(limit)
                )
            )
            if contacts:
                ids = [c.id for c in contacts]
                handovers: dict[int, list[HandoverData]] = {}
                for row in session.scalars(
                    select(Handover).where(Handover.contact_id.in_(ids)).order_by(Handover.id)
                ):
                    assert row.contact_id is not None
                    handovers.setdefault(row.contact_id, []).append(handover_record(row))
                existing: dict[int, list[FindingRow]] = {}
                for finding in session.scalars(
                    select(FindingRow).where(FindingRow.contact_id.in_(ids))
                ):
                    assert finding.contact_id is not None
                    existing.setdefault(finding.contact_id, []).append(finding)
                for contact in contacts:
                    found = _check(contact_record(contact), handovers.get(contact.id, []))
                    if found is None:
                        failed = True
                    else:
                        apply_findings(session, contact.id, found, existing.get(contact.id, []))
                    last_id = contact.id
                    checked += 1
                    if time.perf_counter() - started > budget_s:
                        break
                session.commit()
            done_before = int(
                session.scalar(select(func.count(Contact.id)).where(Contact.id <= last_id)) or 0
            )
        done = not contacts or (checked == len(contacts) and len(contacts) < limit)
        if failed:
            self._failed = True
        return RecheckStep(last_id=last_id, checked=done_before, total=total, done=done)

    def finish_recheck(self) -> None:
        """Remember which rules checked the diary and save (after the last step)."""
        failed, self._failed = self._failed, False
        with self.vault.transaction() as session:
            if failed:
                return  # some entries could not be checked: try again next time
            store_fingerprint(session)

    def recheck_all(self, progress: Progress | None = None) -> int:
        """Check every entry again (the rules changed); returns how many were checked."""
        self._failed = False
        step = RecheckStep(0, 0, 0, False)
        while not step.done:
            step = self.recheck_step(step.last_id, budget_s=float("inf"))
            if progress is not None:
                progress(step.checked, step.total)
        self.finish_recheck()
        return step.checked
