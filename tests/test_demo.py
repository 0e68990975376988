"""The demo year: enough, varied, fictional content that survives saving and reopening."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from app.catalogue import type_ids
from app.demo import fill_demo
from app.errors import InputRefused
from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.services.profile import ProfileService
from app.vault.vault import Vault
from app.vocabulary import CHANNELS

PASSPHRASE = "irrelevant-long-pass"
TODAY = date(2026, 11, 25)


def test_demo_fills_a_year_that_survives_reopening(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, _code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    try:
        started = time.perf_counter()
        fill_demo(vault, today=TODAY)
        assert time.perf_counter() - started < 5  # generous; the inserts take well under 1 s
    finally:
        vault.close()

    vault = Vault.open(folder, passphrase=PASSPHRASE)
    try:
        entry_service = EntriesService(vault)
        handover_service = HandoverService(vault)
        profile_service = ProfileService(vault)
        contacts = entry_service.contacts(newest_first=False)
        handovers = handover_service.handovers()
        profile = profile_service.profile()
        jobcenter = profile_service.jobcenter()
    finally:
        vault.close()

    assert len(contacts) >= 40
    first, last = contacts[0].when, contacts[-1].when
    assert (last - first).days >= 300
    assert last.date() < TODAY
    assert {c.channel for c in contacts} == set(CHANNELS)
    assert all(c.when.utcoffset() is not None for c in contacts)
    assert all(c.notes.strip() and "{" not in c.notes for c in contacts)

    assert len(handovers) >= 12
    uids = {c.uid for c in contacts}
    linked = [h for h in handovers if h.contact_uid]
    assert linked and len(linked) < len(handovers)
    assert all(h.contact_uid in uids for h in linked)
    documents = [d for h in handovers for d in h.documents]
    assert {d.type for d in documents} <= type_ids()
    assert len({d.type for d in documents}) >= 15
    assert any(
        d.type == "personalausweis" and d.copied_by_jobcenter and d.consent_asked is False
        for d in documents
    )
    # The lawful counterpart: the ID only looked at and handed back.
    assert any(
        d.type == "personalausweis" and not d.copied_by_jobcenter and d.original_returned
        for d in documents
    )
    assert any(d.receipt for d in documents) and any(not d.receipt for d in documents)

    assert profile is not None and "Beispiel" in profile.name
    assert jobcenter is not None and jobcenter.kind == "zkt" and "fiktiv" in jobcenter.name


def test_demo_is_deterministic_and_refuses_a_used_vault(tmp_path: Path) -> None:
    texts: list[list[tuple[str, str, str]]] = []
    for name in ("a", "b"):
        vault, _code = Vault.create(tmp_path / name, PASSPHRASE, unlock_time_ms=0)
        try:
            fill_demo(vault, today=TODAY)
            contacts = EntriesService(vault).contacts(newest_first=False)
            texts.append([(c.when.isoformat(), c.channel, c.notes) for c in contacts])
            if name == "b":
                with pytest.raises(InputRefused):
                    fill_demo(vault, today=TODAY)
                assert EntriesService(vault).count_contacts() == len(contacts)
        finally:
            vault.close()
    assert texts[0] == texts[1]
