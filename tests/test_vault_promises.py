"""The vault keeps its promises against a hostile file, after a passphrase change and
after a restore (issue 12).

Real files throughout: headers are forged the way an attacker would (the trailing
SHA-256 recomputed), generations are copied over the diary by hand, children are
killed with SIGKILL in the middle of re-keying.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import textwrap
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.atomic import TEMP_SUFFIX
from app.errors import VaultDamaged, WrongPassphrase
from app.records import ContactData
from app.services.attachments import AttachmentService
from app.services.entries import EntriesService
from app.services.verify import verify
from app.vault import attachments, fileformat, kept, seen, slots
from app.vault.backup import restore
from app.vault.names import BACKUPS, VAULT_FILE
from app.vault.vault import Credentials, Vault, generations
from tests.conftest import PASSPHRASE, files_opened_by, run_cli, snapshot
from tests.test_faults import READY_TIMEOUT, Child

NEW_PASSPHRASE = "Ein ganz anderer Satz für später"
WHEN = datetime.fromisoformat("2026-03-02T09:30:00+01:00")


def _contact(notes: str) -> ContactData:
    return ContactData(when=WHEN, channel="termin", notes=notes)


def _stdin(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


def _make(folder: Path, entries: int = 3, files: int = 2) -> str:
    """A diary with entries, attachments and several kept generations; returns the code."""
    vault, code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    with vault:
        entry_service = EntriesService(vault)
        attachment_service = AttachmentService(vault)
        uid = entry_service.add_contact(_contact("Erster Termin"))
        for number in range(files):
            attachment_service.add_attachment(
                io.BytesIO(f"Bescheid {number} ".encode() + os.urandom(70_000)),
                name=f"bescheid-{number}.pdf",
                contact_uid=uid,
            )
        for number in range(entries):
            entry_service.add_contact(_contact(f"Eintrag {number}"))
    return code


def _notes(vault: Vault) -> list[str]:
    return sorted(c.notes for c in EntriesService(vault).contacts())


def _readable_attachments(vault: Vault) -> int:
    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    readable = 0
    for contact in entry_service.contacts():
        for attachment in attachment_service.attachment_list(contact.uid):
            assert attachment_service.attachment_bytes(attachment.id)
            readable += 1
    return readable


def _failed(vault: Vault) -> list[str]:
    return [f"{c.name}: {c.detail}" for c in verify(vault) if not c.ok]


def _forge(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change the header as an attacker can: the checksum is recomputed, so it passes."""
    parsed = fileformat.parse(path.read_bytes())
    header = parsed.header
    change(header)
    path.write_bytes(fileformat.encode(header, parsed.nonce, parsed.ciphertext))


def _passphrase_slot(header: dict[str, Any]) -> dict[str, Any]:
    slot = slots.slot_of(header, "passphrase")
    assert slot is not None
    return slot


def _set_kdf(name: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        _passphrase_slot(header)["kdf"][name] = value

    return change


def _extra_slots(count: int) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        original = _passphrase_slot(header)
        for _ in range(count):
            header["slots"].append({**original, "salt": slots.b64e(os.urandom(16))})

    return change


def _replace(name: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        header[name] = value

    return change


def _slot_field(name: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        _passphrase_slot(header)[name] = value

    return change


FORGERIES: dict[str, Callable[[dict[str, Any]], None]] = {
    "4 GiB Speicher": _set_kdf("memory_kib", 4 * 1024 * 1024),
    "1000 Durchläufe": _set_kdf("iterations", 1000),
    "64 Spuren": _set_kdf("lanes", 64),
    "Speicher als Text": _set_kdf("memory_kib", "65536"),
    "Durchläufe als Wahrheitswert": _set_kdf("iterations", True),
    "anderes Verfahren": _set_kdf("alg", "scrypt"),
    "100 Fächer mehr": _extra_slots(100),
    "zwei Passphrase-Fächer": _extra_slots(1),
    "keine Fächer": _replace("slots", []),
    "Fächer kein Liste": _replace("slots", {"type": "passphrase"}),
    "riesiges Salz": _slot_field("salt", "A" * 1_000_000),
    "Salz falsche Länge": _slot_field("salt", slots.b64e(os.urandom(17))),
    "Salz keine Base64": _slot_field("salt", "!!!!" * 6),
    "unbekannte Fachart": _slot_field("type", "generalschluessel"),
    "Kennung verändert": _replace("vault_id", "../../etc"),
    "Zähler negativ": _replace("save_counter", -5),
    "Zähler riesig": _replace("save_counter", 10**30),
    "unbekannte Verdichtung": _replace("compression", "bzip9"),
}


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_forged_header_is_refused_before_any_key_is_derived(
    tmp_path: Path, forgery: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=0, files=0)
    _forge(folder / VAULT_FILE, FORGERIES[forgery])
    derived: list[object] = []
    real = slots.argon2id
    monkeypatch.setattr(slots, "argon2id", lambda *a: derived.append(a) or real(*a))
    before = snapshot(folder)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(folder, passphrase=PASSPHRASE)
    assert "beschädigt oder wurde verändert" in caught.value.message
    # the generations are intact: the message names the newest to restore (one run per
    # generation tried, each with the checked, real parameters)
    assert caught.value.newest_backup is not None
    assert len(derived) <= 1
    derived.clear()
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 1
    assert "beschädigt oder wurde verändert" in result.err
    assert "Unerwarteter Fehler" not in result.err and "Traceback" not in result.err
    assert snapshot(folder) == before


def test_forged_header_costs_no_argon2_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.vault.vault import decrypt_file

    folder = tmp_path / "tagebuch"
    _make(folder, entries=0, files=0)
    runs: list[object] = []
    real = slots.argon2id
    monkeypatch.setattr(slots, "argon2id", lambda *a: runs.append(a) or real(*a))
    honest = (folder / VAULT_FILE).read_bytes()
    decrypt_file(honest, Credentials(passphrase=PASSPHRASE), "x")
    assert len(runs) == 1  # the honest file: exactly one derivation
    for name, change in FORGERIES.items():
        runs.clear()
        (folder / VAULT_FILE).write_bytes(honest)
        _forge(folder / VAULT_FILE, change)
        with pytest.raises(VaultDamaged):
            decrypt_file((folder / VAULT_FILE).read_bytes(), Credentials(PASSPHRASE), "x")
        assert runs == [], name


def test_changed_key_slot_is_damage_not_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=0, files=0)

    def flip_wrapped(header: dict[str, Any]) -> None:
        slot = _passphrase_slot(header)
        wrapped = bytearray(slots.b64d(slot["wrapped"]))
        wrapped[5] ^= 0x40
        slot["wrapped"] = slots.b64e(bytes(wrapped))

    _forge(folder / VAULT_FILE, flip_wrapped)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(folder, passphrase=PASSPHRASE)
    assert "Schlüsselfach" in caught.value.message
    assert "Passphrase ist falsch" not in caught.value.message
    with pytest.raises(WrongPassphrase):  # a wrong passphrase is still called that
        Vault.open(folder, passphrase="ganz und gar falsch geraten")


# ------------------------------------------------------- passphrase change
def _old_secrets(vault: Vault) -> tuple[bytes, dict[str, bytes]]:
    """The data key and every attachment key of the state now open."""
    return vault._data_key, kept.references(vault.image_bytes())


def _opens_with_key(folder: Path, key: bytes) -> list[str]:
    return [
        str(p.relative_to(folder))
        for p in sorted(folder.rglob("*.amtb"))
        if kept.open_with_key(p.read_bytes(), key) is not None
    ]


def _attachments_opened_by(folder: Path, keys: dict[str, bytes]) -> int:
    """How many files in anhaenge/ any of ``keys`` decrypts."""
    opened = 0
    for file_id in attachments.stored_ids(folder / "anhaenge"):
        for key in keys.values():
            try:
                attachments.read_all(folder / "anhaenge", file_id, key)
            except attachments.AttachmentDamaged:
                continue
            opened += 1
    return opened


def test_passphrase_change_locks_the_old_passphrase_out_of_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    code = _make(folder)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        old_key, old_files = _old_secrets(vault)
        assert len(files_opened_by(folder, Credentials(PASSPHRASE))) >= 7
        before = len(generations(folder))
        result = vault.change_passphrase(NEW_PASSPHRASE, unlock_time_ms=0)
        assert result.recovery_code is None and result.attachments == 2
        assert result.kept == before  # every one re-encrypted (the save after adds one)
        assert "USB-Stick" in result.notice()  # what happened to copies elsewhere
        EntriesService(vault).add_contact(_contact("Nach der Änderung geschrieben"))
        assert _failed(vault) == []
    every = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.amtb"))
    assert len(every) >= 7
    assert files_opened_by(folder, Credentials(PASSPHRASE)) == []
    assert _opens_with_key(folder, old_key) == []  # the old data key opens nothing
    assert _attachments_opened_by(folder, old_files) == 0
    assert not set(old_files) & attachments.stored_ids(folder / "anhaenge")
    assert files_opened_by(folder, Credentials(NEW_PASSPHRASE)) == every
    assert files_opened_by(folder, Credentials(recovery_code=code)) == every  # code kept
    with Vault.open(folder, passphrase=NEW_PASSPHRASE) as vault:
        assert "Nach der Änderung geschrieben" in _notes(vault)
        assert _readable_attachments(vault) == 2
        assert _failed(vault) == []
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase=PASSPHRASE)


def test_new_recovery_code_locks_the_old_code_out(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    old_code = _make(folder)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        old_key, old_files = _old_secrets(vault)
        result = vault.renew_recovery_code()
        assert result.recovery_code is not None and result.recovery_code != old_code
    assert files_opened_by(folder, Credentials(recovery_code=old_code)) == []
    assert _opens_with_key(folder, old_key) == []
    assert _attachments_opened_by(folder, old_files) == 0
    every = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.amtb"))
    assert files_opened_by(folder, Credentials(recovery_code=result.recovery_code)) == every
    assert files_opened_by(folder, Credentials(PASSPHRASE)) == every  # passphrase kept


def test_cli_passwd_says_what_happened_to_older_backups(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, files=1)
    changed = run_cli(
        "passwd", str(folder), "--passphrase-stdin", "--unlock-time-ms", "0",
        stdin=_stdin(PASSPHRASE, NEW_PASSPHRASE),
    )  # fmt: skip
    assert changed.code == 0, changed.err
    assert "Wiederherstellungscode gilt weiter" in changed.out
    assert "öffnen hier nichts mehr" in changed.out and "USB-Stick" in changed.out
    assert files_opened_by(folder, Credentials(PASSPHRASE)) == []


def test_diary_of_format_1_gets_a_new_code_with_a_new_passphrase(tmp_path: Path) -> None:
    from tests.test_vault import FROZEN

    folder = tmp_path / "alt"
    shutil.copytree(FROZEN, folder)
    old_code = (folder / "WIEDERHERSTELLUNGSCODE.txt").read_text().strip()
    (folder / "WIEDERHERSTELLUNGSCODE.txt").unlink()
    with Vault.open(folder, passphrase="eingefroren-format-1") as vault:
        assert vault.recovery_code_is_old_style
        result = vault.change_passphrase(NEW_PASSPHRASE, unlock_time_ms=0)
        assert result.recovery_code is not None
        assert not vault.recovery_code_is_old_style
    assert files_opened_by(folder, Credentials(recovery_code=old_code)) == []
    assert files_opened_by(folder, Credentials("eingefroren-format-1")) == []
    with Vault.open(folder, recovery_code=result.recovery_code) as vault:
        assert _failed(vault) == []
        (attachment,) = AttachmentService(vault).attachment_list(
            EntriesService(vault).contacts()[0].uid
        )
        assert AttachmentService(vault).attachment_bytes(attachment.id) == (
            b"%PDF-1.4 eingefrorener Anhang"
        )


# ------------------------------------------------------ kill -9 while re-keying
REKEY_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from app.services.attachments import AttachmentService

    from app.services.entries import EntriesService
    from app.vault.vault import Credentials, Vault

    folder = Path(sys.argv[1])
    old, new = sys.stdin.readline().rstrip("\\n"), sys.stdin.readline().rstrip("\\n")
    vault = Vault.open(folder, passphrase=old)
    EntriesService(vault).contacts()
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        sys.exit(0)
    vault.change_passphrase(new, unlock_time_ms=0)
    print("changed", flush=True)
    vault.close()
    print("closed", flush=True)
    """
)


def _state_after_kill(folder: Path) -> tuple[str, list[str], int]:
    """Which secret opens the diary after the kill, its notes and readable attachments."""
    for secret in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            vault = Vault.open(folder, passphrase=secret)
        except WrongPassphrase:
            continue
        with vault:
            assert _failed(vault) == [], secret
            return secret, _notes(vault), _readable_attachments(vault)
    raise AssertionError("neither the old nor the new passphrase opens the diary")


@pytest.mark.slow
def test_kill_9_at_any_moment_of_a_rekeying_leaves_old_or_new_state_whole(
    tmp_path: Path,
) -> None:
    rounds = int(os.environ.get("AMTB_REKEY_KILLS", "12"))
    rng = random.Random(20261206)
    pristine = tmp_path / "vorlage"
    _make(pristine, entries=5, files=3)
    with Vault.open(pristine, passphrase=PASSPHRASE) as vault:
        expected_notes = _notes(vault)
    # how long one re-keying takes here, to kill across the whole of it
    timing = tmp_path / "zeit"
    shutil.copytree(pristine, timing)
    child = Child(REKEY_CHILD, str(timing), stdin_lines=(PASSPHRASE, NEW_PASSPHRASE))
    child.expect("ready")
    started = time.monotonic()
    child.send("go")
    child.expect("changed")
    duration = time.monotonic() - started
    child.expect("closed")
    child.proc.wait(timeout=READY_TIMEOUT)
    outcomes = {PASSPHRASE: 0, NEW_PASSPHRASE: 0}
    for round_no in range(rounds):
        folder = tmp_path / f"runde-{round_no}"
        shutil.copytree(pristine, folder)
        _forget_seen()  # every round is a copy of one diary: only its own saves count
        child = Child(REKEY_CHILD, str(folder), stdin_lines=(PASSPHRASE, NEW_PASSPHRASE))
        child.expect("ready")
        child.send("go")
        time.sleep(rng.uniform(0, duration * 1.1))
        child.signal(signal.SIGKILL)
        child.kill()
        secret, notes, readable = _state_after_kill(folder)
        assert notes == expected_notes, round_no
        assert readable == 3, round_no
        outcomes[secret] += 1
        # once opened (and so finished), the other secret opens nothing in the folder
        other = NEW_PASSPHRASE if secret == PASSPHRASE else PASSPHRASE
        assert files_opened_by(folder, Credentials(other)) == [], round_no
        assert not list(folder.glob(".umschluesselung-*")), round_no
        assert not list(folder.rglob(f"*{TEMP_SUFFIX}")), round_no
        shutil.rmtree(folder)
    assert sum(outcomes.values()) == rounds


# ------------------------------------------------------ restore and attachments
def test_restoring_an_older_generation_keeps_the_newer_attachments(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=2, files=0)
    older = generations(folder)[0]  # newest generation: before the attachment came
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        entry_service = EntriesService(vault)
        attachment_service = AttachmentService(vault)
        uid = entry_service.add_contact(_contact("Mit Scan"))
        attachment_service.add_attachment(
            io.BytesIO(b"%PDF-1.4 Scan"), name="scan.pdf", contact_uid=uid
        )
        (newer_file,) = vault.referenced_file_ids()
    restore(older, folder, Credentials(PASSPHRASE), replace=True)
    set_aside = sorted((folder / BACKUPS).glob("vor-wiederherstellung-*.amtb"))
    assert len(set_aside) == 1
    assert run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)).code == 0
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert "Mit Scan" not in _notes(vault)
        assert newer_file not in vault.referenced_file_ids()
    # the file the set-aside state uses is still there ...
    assert attachments.file_path(folder / "anhaenge", newer_file).exists()
    # ... so going back to it gives a whole diary
    restore(set_aside[0], folder, Credentials(PASSPHRASE), replace=True)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert "Mit Scan" in _notes(vault)
        assert _failed(vault) == []
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 0, result.out + result.err


def test_verify_changes_nothing_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=1, files=1)
    # leftovers of a crash: an orphaned attachment and a stale temporary file
    (folder / "anhaenge" / ("ab" * 16 + ".bin")).write_bytes(b"Rest eines Absturzes")
    (folder / f"{VAULT_FILE}{TEMP_SUFFIX}").write_bytes(b"halb geschrieben")
    before = snapshot(folder)
    stamps = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.name != ".lock"}
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 0, result.out + result.err
    exported = run_cli("export", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert exported.code == 0, exported.err
    assert snapshot(folder) == before
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.name != ".lock"} == stamps


# ------------------------------------------------------------------ rollback
def _forget_seen() -> None:
    path = seen._path(None)
    if path.exists():
        path.unlink()


def _roll_back(folder: Path, steps: int = 3) -> Path:
    """Copy an older generation over the diary, by hand (not with restore)."""
    old = generations(folder)[steps - 1]
    shutil.copyfile(old, folder / VAULT_FILE)
    return old


def test_old_copy_over_the_diary_is_noticed_and_still_opens(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=6, files=0)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        newest_notes = _notes(vault)
        newest = vault.save_counter
    _roll_back(folder)
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE))
    assert result.code == 1
    assert "Warnung" in result.err and "älter als ein Stand" in result.err
    assert "FEHLER  Aktualität" in result.out
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:  # never locked out
        assert vault.rollback is not None and vault.rollback.newest == newest
        assert vault.rollback.generation is not None  # a newer kept state to go back to
        assert len(_notes(vault)) < len(newest_notes)
        restore(
            folder / BACKUPS / vault.rollback.generation.name,
            tmp_path / "zurueck",
            Credentials(PASSPHRASE),
        )


def test_going_back_to_the_newer_state_from_the_warning_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=6, files=2)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        newest_notes = _notes(vault)
    _roll_back(folder)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        older_notes = _notes(vault)
        assert vault.rollback is not None and len(older_notes) < len(newest_notes)
        vault.restore_newer_state()
        assert vault.rollback is None
        # the copy destroyed the state of the very last save; the newest kept
        # generation holds the one before it
        newest_notes.remove("Eintrag 5")
        assert _notes(vault) == newest_notes
        EntriesService(vault).add_contact(_contact("Nach der Rückkehr geschrieben"))
        assert _failed(vault) == []
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback is None  # the warning does not come back
        assert _notes(vault) == sorted([*newest_notes, "Nach der Rückkehr geschrieben"])
        assert _readable_attachments(vault) == 2
    # the older state that was opened is kept as a generation, not thrown away
    kept_notes = []
    for number, path in enumerate(generations(folder)):
        look = tmp_path / f"blick-{number}"
        look.mkdir()
        shutil.copyfile(path, look / VAULT_FILE)
        with Vault.open(look, passphrase=PASSPHRASE, read_only=True) as kept_state:
            kept_notes.append(_notes(kept_state))
    assert older_notes in kept_notes
    assert run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)).code == 0


def test_rollback_is_noticed_with_the_remembered_counter_alone(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=6, files=0)
    _roll_back(folder)
    shutil.rmtree(folder / BACKUPS)  # no newer generation left to compare with
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback is not None and vault.rollback.generation is None
        assert "Sicherung mit dem neueren Stand" in vault.rollback.message()


def test_rollback_is_noticed_with_the_generations_alone(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=6, files=0)
    _roll_back(folder)
    _forget_seen()  # another computer, or the settings were wiped
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback is not None and vault.rollback.generation is not None


def test_choosing_to_go_on_with_the_old_state_ends_the_warning(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=6, files=0)
    _roll_back(folder)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback is not None
        vault.accept_rollback()
        EntriesService(vault).add_contact(_contact("Weiter mit dem alten Stand"))
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback is None
        assert "Weiter mit dem alten Stand" in _notes(vault)
    assert run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)).code == 0


def test_restoring_an_older_state_on_purpose_is_no_rollback(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=6, files=0)
    restore(generations(folder)[3], folder, Credentials(PASSPHRASE), replace=True)
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback is None
    assert run_cli("verify", str(folder), "--passphrase-stdin", stdin=_stdin(PASSPHRASE)).code == 0


def test_a_forged_counter_in_a_generation_is_no_rollback_alarm(tmp_path: Path) -> None:
    """Only an authentic kept state counts: a header edited to claim a huge counter
    (the checksum recomputed) does not raise a false alarm."""
    folder = tmp_path / "tagebuch"
    _make(folder, entries=2, files=0)
    _forge(generations(folder)[0], _replace("save_counter", 10**9))
    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        assert vault.rollback is None


# --------------------------------------------------------------- folder rights
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folder_and_files_are_private_to_the_user(tmp_path: Path) -> None:
    folder = tmp_path / "tagebuch"
    _make(folder, entries=1, files=1)
    for sub in (folder, folder / "anhaenge", folder / BACKUPS):
        assert sub.stat().st_mode & 0o777 == 0o700, sub
    for path in folder.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, path
