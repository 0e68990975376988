"""Warnsignale stored per entry: sync after saving, decisions kept, re-check of the diary."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from app.demo import fill_demo
from app.errors import InputRefused
from app.records import ContactData, DocumentData, HandoverData
from app.redflags.rules import RULES_DIR
from app.services import findings as findings_module
from app.services.diary import insert_contact
from app.services.entries import EntriesService
from app.services.findings import (
    ACTED,
    DISMISSED,
    OPEN,
    FindingInfo,
    FindingsService,
    rules_fingerprint,
)
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

WHEN = datetime.fromisoformat("2026-03-02T09:30:00+01:00")
COPIED = "Die Sachbearbeiterin hat meinen Personalausweis kopiert."
HARMLESS = "Wir haben über Bewerbungen gesprochen. Nächster Termin im April."


def _contact(notes: str, **kw: object) -> ContactData:
    return ContactData(when=WHEN, channel="termin", counterpart="Frau K.", notes=notes, **kw)  # type: ignore[arg-type]


def _only(service: FindingsService, rule_id: str = "ausweiskopie") -> FindingInfo:
    found = [f for f in service.findings() if f.rule_id == rule_id]
    assert len(found) == 1, service.findings()
    return found[0]


def test_saving_an_entry_raises_a_finding_with_exact_evidence(vault: Vault) -> None:
    diary, findings = EntriesService(vault), FindingsService(vault)
    uid = diary.add_contact(_contact(COPIED))
    finding = _only(findings)
    assert finding.status == OPEN and finding.current
    assert finding.contact_uid == uid and finding.counterpart == "Frau K."
    assert finding.when == WHEN and finding.channel == "termin"
    spans = [e for e in finding.evidence if e.field == "notes"]
    assert spans and all(COPIED[e.start : e.end] == e.text for e in spans)
    assert {"Personalausweis", "kopiert"} <= {e.text for e in spans}
    assert findings.count(OPEN) == 1
    assert [f.id for f in findings.of_entry(uid)] == [finding.id]


def test_a_harmless_entry_raises_nothing(vault: Vault) -> None:
    EntriesService(vault).add_contact(_contact(HARMLESS))
    assert FindingsService(vault).findings() == []


def test_dismissal_keeps_its_reason_through_edits_and_refire(vault: Vault) -> None:
    diary, findings = EntriesService(vault), FindingsService(vault)
    uid = diary.add_contact(_contact(COPIED))
    finding = _only(findings)
    with pytest.raises(InputRefused, match="warum"):
        findings.dismiss(finding.id, "   ")
    findings.dismiss(finding.id, "  Ich habe selbst zugestimmt.  ")
    assert _only(findings).status == DISMISSED
    assert _only(findings).dismiss_reason == "Ich habe selbst zugestimmt."

    # still fires after an edit: same row, decision kept, evidence fresh
    edited = "Heute war es ruhig. " + COPIED
    diary.update_contact(uid, _contact(edited))
    again = _only(findings)
    assert again.id == finding.id
    assert (again.status, again.dismiss_reason, again.current) == (
        DISMISSED,
        "Ich habe selbst zugestimmt.",
        True,
    )
    assert all(edited[e.start : e.end] == e.text for e in again.evidence if e.start >= 0)

    # the words are gone: the decision stays, marked as no longer raised
    diary.update_contact(uid, _contact(HARMLESS))
    gone = _only(findings)
    assert (gone.id, gone.status, gone.current) == (finding.id, DISMISSED, False)
    assert gone.dismiss_reason == "Ich habe selbst zugestimmt."

    # the words come back: the old decision applies again
    diary.update_contact(uid, _contact(COPIED))
    back = _only(findings)
    assert (back.id, back.status, back.current) == (finding.id, DISMISSED, True)

    findings.reopen(finding.id)
    assert _only(findings).status == OPEN
    findings.mark_acted(finding.id)
    assert _only(findings).status == ACTED
    assert [f.id for f in findings.findings(ACTED)] == [finding.id]
    assert findings.findings(OPEN) == []


def test_an_open_finding_that_no_longer_fires_is_removed(vault: Vault) -> None:
    diary, findings = EntriesService(vault), FindingsService(vault)
    uid = diary.add_contact(_contact(COPIED))
    assert len(findings.findings()) == 1
    diary.save_entry(uid, _contact(HARMLESS), None)
    assert findings.findings() == []


def test_a_handover_fact_is_evidence_too(vault: Vault) -> None:
    diary, findings = EntriesService(vault), FindingsService(vault)
    handover = HandoverData(
        when=WHEN,
        method="persoenlich",
        documents=[DocumentData(type="personalausweis", copied_by_jobcenter=True)],
    )
    uid = diary.save_entry(None, _contact(HARMLESS), handover)
    finding = _only(findings)
    facts = [e for e in finding.evidence if e.start == e.end == -1]
    assert facts and facts[0].field.startswith("handover.documents[0]")
    # the form takes the handover away: the open finding goes with it
    diary.save_entry(uid, _contact(HARMLESS), None)
    assert findings.findings() == []


def test_delete_cascades_and_undo_brings_the_decision_back(vault: Vault) -> None:
    diary, findings = EntriesService(vault), FindingsService(vault)
    uid = diary.add_contact(_contact(COPIED))
    findings.dismiss(_only(findings).id, "War so abgesprochen.")
    deleted = diary.delete_contact(uid)
    assert findings.findings() == []
    new_uid = diary.undo_delete(deleted)
    back = _only(findings)
    assert back.contact_uid == new_uid
    assert (back.status, back.dismiss_reason, back.current) == (
        DISMISSED,
        "War so abgesprochen.",
        True,
    )


def test_an_engine_failure_never_stops_saving(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("Regeldatei halb bearbeitet")

    monkeypatch.setattr(findings_module, "check_entry", broken)
    uid = EntriesService(vault).add_contact(_contact(COPIED))
    assert EntriesService(vault).get_contact(uid).notes == COPIED
    assert FindingsService(vault).findings() == []


def test_decisions_survive_saving_and_reopening(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        EntriesService(vault).add_contact(_contact(COPIED))
        findings = FindingsService(vault)
        findings.dismiss(_only(findings).id, "Kopie auf meinen Wunsch.")
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        kept = _only(FindingsService(vault))
        assert (kept.status, kept.dismiss_reason) == (DISMISSED, "Kopie auf meinen Wunsch.")


def _unchecked(vault: Vault, notes: list[str]) -> None:
    """Entries written past the service (as an older program version would have)."""
    with vault.transaction() as session:
        for text in notes:
            insert_contact(session, _contact(text))


def test_recheck_all_checks_every_entry_and_remembers_the_rules(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        _unchecked(vault, [COPIED, HARMLESS, COPIED])
        findings = FindingsService(vault)
        assert findings.findings() == []
        assert findings.needs_recheck()
        seen: list[tuple[int, int]] = []
        assert findings.recheck_all(lambda done, total: seen.append((done, total))) == 3
        assert seen[-1] == (3, 3)
        assert len(findings.findings(OPEN)) == 2
        assert not findings.needs_recheck()
        # a dismissal survives a later re-check
        first = findings.findings()[0]
        findings.dismiss(first.id, "Nicht so gewesen.")
        findings.recheck_all()
        assert findings.get(first.id).dismiss_reason == "Nicht so gewesen."
        assert len(findings.findings()) == 2
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        findings = FindingsService(vault)
        assert not findings.needs_recheck()  # the fingerprint was saved with the vault
        assert len(findings.findings()) == 2
        monkeypatch.setattr(findings_module, "rules_fingerprint", lambda *_a: "neue Regeln")
        assert findings.needs_recheck()


def test_recheck_in_small_steps_gets_everywhere(vault: Vault) -> None:
    _unchecked(vault, [COPIED, HARMLESS] * 5)
    findings = FindingsService(vault)
    step = findings.recheck_step(0, budget_s=0.0, limit=3)
    steps = 1
    while not step.done:
        assert 0 < step.checked <= step.total == 10
        step = findings.recheck_step(step.last_id, budget_s=0.0, limit=3)
        steps += 1
    assert steps >= 10  # one entry per step with no time to spare
    findings.finish_recheck()
    assert len(findings.findings()) == 5
    assert not findings.needs_recheck()


def test_a_failed_recheck_is_tried_again(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _unchecked(vault, [COPIED])
    findings = FindingsService(vault)
    monkeypatch.setattr(findings_module, "check_entry", lambda *_a: 1 / 0)
    findings.recheck_all()
    assert findings.needs_recheck()


def test_fingerprint_follows_the_rule_files(tmp_path: Path) -> None:
    copy = tmp_path / "regeln"
    shutil.copytree(RULES_DIR, copy)
    before = rules_fingerprint(copy)
    assert rules_fingerprint(copy) == before
    path = next(p for p in sorted(copy.glob("*.toml")) if not p.name.startswith("_"))
    path.write_bytes(path.read_bytes() + b"\n# geaendert\n")
    assert rules_fingerprint(copy) != before


def test_the_demo_diary_shows_findings(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "demo", PASSPHRASE, unlock_time_ms=0)
    try:
        fill_demo(vault, today=date(2026, 11, 25))
        findings = FindingsService(vault)
        assert findings.count(OPEN) >= 5
        assert not findings.needs_recheck()
    finally:
        vault.close()
