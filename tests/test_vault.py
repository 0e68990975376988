"""The vault: key slots, the file format, damage, atomic saving, attachments, keyring."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import stat
import sys
import tracemalloc
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked
from sqlalchemy import text

from app.atomic import REPLACE_RETRIES, atomic_write, replace_file
from app.errors import (
    InputRefused,
    KeyringUnavailable,
    SaveFailed,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultTooNew,
    WrongPassphrase,
)
from app.model import schema
from app.records import ContactData
from app.services.attachments import AttachmentService
from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.services.profile import ProfileService
from app.services.verify import verify
from app.vault import attachments, device, fileformat
from app.vault.crypto import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, calibrate
from app.vault.names import VAULT_FILE
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE, run_cli, snapshot

FROZEN = Path(__file__).parent / "data" / "vault-format-1"
FROZEN_2 = Path(__file__).parent / "data" / "vault-format-2"


def _contact(notes: str = "Termin wahrgenommen.") -> ContactData:
    from datetime import datetime

    return ContactData(
        when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"), channel="termin", notes=notes
    )


# ------------------------------------------------------------- key slots
def test_passphrase_and_recovery_code_open_the_same_diary(tmp_path: Path) -> None:
    vault, code = Vault.create(tmp_path / "v", PASSPHRASE, unlock_time_ms=0)
    EntriesService(vault).add_contact(_contact("Олена Шевченко-Öztürk مرحبا 🙂"))
    vault.close()
    assert len(code.replace("-", "")) == 32  # 160 bits in a 32-symbol alphabet
    for kwargs in ({"passphrase": PASSPHRASE}, {"recovery_code": code.lower().replace("-", " ")}):
        with Vault.open(tmp_path / "v", **kwargs) as opened:  # type: ignore[arg-type]
            notes = EntriesService(opened).contacts()[0].notes
        assert notes == "Олена Шевченко-Öztürk مرحبا 🙂"


def test_wrong_passphrase_and_wrong_code_are_told_apart_from_damage(vault_dir: Path) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(vault_dir, passphrase="nicht die richtige")
    assert "Passphrase ist falsch" in caught.value.message
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(vault_dir, recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert "Wiederherstellungscode ist falsch" in caught.value.message


def test_kdf_never_below_the_rfc9106_floor_and_calibrates_upwards() -> None:
    floor, floor_ms = calibrate(0)
    assert (floor.memory_kib, floor.iterations, floor.lanes) == (
        FLOOR_MEMORY_KIB,
        FLOOR_ITERATIONS,
        4,
    )
    slower, _ = calibrate(int(floor_ms * 3))
    assert slower.iterations > FLOOR_ITERATIONS
    assert slower.memory_kib == FLOOR_MEMORY_KIB


def test_passphrase_change_keeps_the_recovery_code_and_replaces_the_key(
    tmp_path: Path,
) -> None:
    vault, code = Vault.create(tmp_path / "v", PASSPHRASE, unlock_time_ms=0)
    EntriesService(vault).add_contact(_contact())
    before = fileformat.parse(vault.path.read_bytes()).header
    result = vault.change_passphrase("eine ganz neue Passphrase", unlock_time_ms=0)
    after = fileformat.parse(vault.path.read_bytes()).header
    assert result.recovery_code is None  # the printed code stays valid
    assert before["vault_id"] == after["vault_id"]
    old_slots = {s["type"]: s for s in before["slots"]}
    new_slots = {s["type"]: s for s in after["slots"]}
    # same recovery code (same public key), the data key wrapped anew for it
    assert new_slots["recovery"]["public"] == old_slots["recovery"]["public"]
    assert new_slots["recovery"]["wrapped"] != old_slots["recovery"]["wrapped"]
    assert new_slots["passphrase"]["public"] != old_slots["passphrase"]["public"]
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase=PASSPHRASE)
    with Vault.open(folder, passphrase="eine ganz neue Passphrase") as reopened:
        assert EntriesService(reopened).count_contacts() == 1
    with Vault.open(folder, recovery_code=code) as reopened:
        assert EntriesService(reopened).count_contacts() == 1


def test_short_passphrase_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as caught:
        Vault.create(tmp_path / "v", "kurz", unlock_time_ms=0)
    assert "mindestens 8 Zeichen" in caught.value.message
    assert not (tmp_path / "v" / "tagebuch.amtb").exists()


def test_existing_vault_is_never_overwritten(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, unlock_time_ms=0)
    assert snapshot(vault_dir) == before


def test_second_open_in_the_same_process_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultLocked) as caught:
        Vault.open(vault.folder, passphrase=PASSPHRASE)
    assert "geöffnet" in caught.value.message


# ------------------------------------------------------- damaged files
def _regions(data: bytes) -> dict[str, tuple[int, int]]:
    parsed = fileformat.parse(data)
    slots_at = parsed.aad.index(b'"slots"')
    return {
        "magic-and-version": (0, fileformat._PREFIX.size),
        "header": (fileformat._PREFIX.size, slots_at),
        "slots": (slots_at, len(parsed.aad)),
        "nonce-and-ciphertext": (len(parsed.aad), len(data) - 32),
        "checksum": (len(data) - 32, len(data)),
    }


@pytest.fixture(scope="module")
def damaged_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("schaden") / "tagebuch"
    vault, _ = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    entry_service = EntriesService(vault)
    for i in range(3):
        entry_service.add_contact(_contact(f"Eintrag {i}"))
    vault.close()
    return folder


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(region=st.sampled_from(["magic-and-version", "header", "slots", "nonce-and-ciphertext", "checksum"]),
       where=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))  # fmt: skip
def test_any_flipped_bit_is_reported_as_damage_and_changes_nothing(
    damaged_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    region: str,
    where: float,
    bit: int,
) -> None:
    folder = tmp_path_factory.mktemp("flip") / "tagebuch"
    shutil.copytree(damaged_template, folder)
    path = folder / "tagebuch.amtb"
    data = bytearray(path.read_bytes())
    start, end = _regions(bytes(data))[region]
    index = start + int(where * (end - start))
    data[index] ^= 1 << bit
    path.write_bytes(bytes(data))
    before = snapshot(folder)
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 1
    assert "beschädigt" in result.err
    assert "sicherungen/tagebuch-" in result.err  # the newest generation that opens
    assert "Traceback" not in result.err
    assert snapshot(folder) == before


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(keep=st.floats(0, 1, exclude_max=True))
def test_truncated_file_is_reported_as_damage(
    damaged_template: Path, tmp_path_factory: pytest.TempPathFactory, keep: float
) -> None:
    folder = tmp_path_factory.mktemp("kurz") / "tagebuch"
    shutil.copytree(damaged_template, folder)
    path = folder / "tagebuch.amtb"
    data = path.read_bytes()
    path.write_bytes(data[: int(keep * len(data))])
    before = snapshot(folder)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(folder, passphrase=PASSPHRASE)
    assert caught.value.newest_backup is not None
    assert snapshot(folder) == before


def test_damage_without_backups_says_so(vault_dir: Path) -> None:
    shutil.rmtree(vault_dir / "sicherungen")
    path = vault_dir / "tagebuch.amtb"
    path.write_bytes(path.read_bytes()[:-1])
    result = run_cli("verify", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 1
    assert "keine lesbare Sicherung" in result.err


def test_file_from_a_newer_program_is_refused_unchanged(vault_dir: Path) -> None:
    path = vault_dir / "tagebuch.amtb"
    data = bytearray(path.read_bytes())
    data[10:12] = (99).to_bytes(2, "big")  # minimum reader version
    body = bytes(data[:-32])
    path.write_bytes(body + hashlib.sha256(body).digest())
    result = run_cli("verify", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 1
    assert "neueren Version" in result.err


# -------------------------------------------------------------- saving
def test_saved_files_are_private_and_backups_rotate(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    for i in range(14):
        entry_service.add_contact(_contact(f"Eintrag {i}"))
    if os.name == "posix":
        assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    generations = sorted(p.name for p in vault.backups_dir.iterdir())
    assert len(generations) == 10
    assert not list(vault.folder.glob("*.tmp-speichern"))


def test_failed_verification_keeps_the_old_file(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    EntriesService(vault).add_contact(_contact())
    before = vault.path.read_bytes()
    monkeypatch.setattr(vault, "_verify", lambda data: False)
    with pytest.raises(SaveFailed) as caught:
        EntriesService(vault).add_contact(_contact("zweiter"))
    assert "vorherige Stand" in caught.value.message
    assert vault.path.read_bytes() == before
    assert vault.unsaved


def test_windows_replace_retries_while_the_file_is_held(tmp_path: Path) -> None:
    calls: list[tuple[Path, Path]] = []
    sleeps: list[float] = []

    def held_twice(src: Path, dst: Path) -> None:
        calls.append((src, dst))
        if len(calls) < 3:
            raise PermissionError(errno.EACCES, "Der Prozess kann nicht auf die Datei zugreifen")
        os.replace(src, dst)

    src, dst = tmp_path / "neu", tmp_path / "alt"
    src.write_bytes(b"neu")
    dst.write_bytes(b"alt")
    replace_file(src, dst, windows=True, mover=held_twice, sleep=sleeps.append)
    assert dst.read_bytes() == b"neu" and len(calls) == 3 and len(sleeps) == 2


def test_windows_replace_gives_up_after_a_short_while(tmp_path: Path) -> None:
    sleeps: list[float] = []

    def always_held(src: Path, dst: Path) -> None:
        raise PermissionError(errno.EACCES, "gesperrt")

    with pytest.raises(PermissionError):
        replace_file(
            tmp_path / "a", tmp_path / "b", windows=True, mover=always_held, sleep=sleeps.append
        )
    assert len(sleeps) == REPLACE_RETRIES - 1
    assert sum(sleeps) <= 2.0


def test_atomic_write_turns_a_held_file_into_a_german_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "datei"
    target.write_bytes(b"alt")

    def refuse(src: Path, dst: Path, **_: object) -> None:
        raise PermissionError(errno.EACCES, "Zugriff verweigert")

    monkeypatch.setattr("app.atomic.replace_file", refuse)
    with pytest.raises(SaveFailed) as caught:
        atomic_write(target, b"neu")
    assert "nicht gespeichert" in caught.value.message
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == ["datei"]


class _HeldFor:
    """``os.replace`` refused ``times`` times (a scanner holding the file), then real."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.calls = 0
        self.real = os.replace

    def __call__(self, src: object, dst: object) -> None:
        self.calls += 1
        if self.calls <= self.times:
            raise PermissionError(errno.EACCES, "Der Prozess kann nicht auf die Datei zugreifen")
        self.real(src, dst)  # type: ignore[arg-type]


def test_a_save_waits_for_a_scanner_that_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.replace refused twice, then allowed: the save goes through, nothing is left over."""
    target = tmp_path / "datei"
    target.write_bytes(b"alt")
    held = _HeldFor(2)
    monkeypatch.setattr(os, "replace", held)
    atomic_write(target, b"neu")
    assert target.read_bytes() == b"neu" and held.calls == 3
    assert [p.name for p in tmp_path.iterdir()] == ["datei"]


def test_a_file_held_for_good_is_a_clear_german_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    target = tmp_path / "datei"
    target.write_bytes(b"alt")
    held = _HeldFor(10**6)
    monkeypatch.setattr(os, "replace", held)
    started = time.monotonic()
    with pytest.raises(SaveFailed) as caught:
        atomic_write(target, b"neu")
    waited = time.monotonic() - started
    assert held.calls == REPLACE_RETRIES and 1.0 <= waited <= 4.0
    message = caught.value.message
    assert "anderen Programm festgehalten" in message and "Virenscanner" in message
    assert "OneDrive" in message and "vorherige Stand ist unverändert" in message
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == ["datei"]


def test_other_rename_errors_are_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []

    def full(src: object, dst: object) -> None:
        calls.append(src)
        raise OSError(errno.ENOSPC, "kein Platz")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError) as caught:
        replace_file(tmp_path / "a", tmp_path / "b", sleep=lambda _s: None)
    assert caught.value.errno == errno.ENOSPC and len(calls) == 1


def test_attachments_and_exports_wait_for_a_held_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every place that moves a finished file over its name goes through replace_file."""
    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(_contact())
    monkeypatch.setattr(os, "replace", _HeldFor(2))
    attachment_id = attachment_service.add_attachment(io.BytesIO(b"%PDF-1.4 Bescheid"), name="b.pdf",
                                           contact_uid=uid)  # fmt: skip
    monkeypatch.setattr(os, "replace", _HeldFor(2))
    out = tmp_path / "ausgabe" / "b.pdf"
    out.parent.mkdir()
    attachment_service.export_attachment(attachment_id, out)
    assert out.read_bytes() == b"%PDF-1.4 Bescheid"
    monkeypatch.setattr(os, "replace", _HeldFor(2))
    backup = tmp_path / "sicherung.amtbak"
    from app.vault.backup import write_backup

    write_backup(vault, backup)
    assert backup.is_file()
    monkeypatch.undo()
    assert not [p for p in tmp_path.rglob("*.tmp-speichern")]


@pytest.mark.skipif(sys.platform != "win32", reason="nur unter Windows")
def test_real_windows_replace(tmp_path: Path) -> None:  # pragma: no cover
    src, dst = tmp_path / "neu", tmp_path / "alt"
    src.write_bytes(b"neu")
    dst.write_bytes(b"alt")
    replace_file(src, dst)
    assert dst.read_bytes() == b"neu"


# --------------------------------------------------------- attachments
class _Stream(io.RawIOBase):
    """A large file that never exists in memory at once."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left)
        chunk = (b"scan" * (n // 4 + 1))[:n]
        buffer[:n] = chunk
        self.digest.update(chunk)
        self.left -= n
        return n


def test_large_attachment_streams_in_bounded_memory(vault: Vault) -> None:
    size = 48 * 1024 * 1024
    source = _Stream(size)
    tracemalloc.start()
    stored = vault.store_attachment(io.BufferedReader(source, 1024 * 1024))  # type: ignore[arg-type]
    _, peak_write = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    digest = hashlib.sha256()
    for chunk in vault.read_attachment(stored.file_id, stored.key):
        digest.update(chunk)
    _, peak_read = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert stored.size == size and digest.hexdigest() == source.digest.hexdigest() == stored.sha256
    assert peak_write < 12 * 1024 * 1024, peak_write
    assert peak_read < 12 * 1024 * 1024, peak_read


def test_attachment_round_trip_delete_and_orphans(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(_contact())
    content = b"%PDF-1.4 Quittung vom Jobcenter " + os.urandom(3000)
    attachment_id = attachment_service.add_attachment(
        io.BytesIO(content), name="Quittung äöü.pdf", contact_uid=uid
    )
    assert attachment_service.attachment_bytes(attachment_id) == content
    (file_id,) = vault.referenced_file_ids()
    with vault.session() as session:
        key = session.execute(text("SELECT key FROM attachment")).scalar_one()
    attachment_service.delete_attachment(attachment_id)
    # the key is gone from the database image at once, so even a copy is unreadable
    assert key not in vault.image_bytes()
    assert key not in vault.path.read_bytes()
    orphan = vault.attachments_dir / ("ab" * 16 + ".bin")
    orphan.write_bytes(b"Rest eines Absturzes")
    foreign = vault.attachments_dir / "notiz-des-nutzers.txt"
    foreign.write_bytes(b"nicht von uns")
    assert vault.collect_garbage() == 1  # the orphan
    assert not orphan.exists() and foreign.exists()
    # the generations from before the deletion still refer to the file: it stays, so
    # that restoring one of them finds its scan
    deleted = attachments.file_path(vault.attachments_dir, file_id)
    assert deleted.exists()
    for i in range(11):  # every generation that knew the file rotates out
        entry_service.add_contact(_contact(f"später {i}"))
    assert deleted.exists()  # kept for undo while the diary is open
    vault.close()
    assert not deleted.exists()


def test_tampered_attachment_is_detected(vault: Vault) -> None:
    entry_service = EntriesService(vault)
    attachment_service = AttachmentService(vault)
    uid = entry_service.add_contact(_contact())
    attachment_id = attachment_service.add_attachment(
        io.BytesIO(b"x" * 5000), name="a.png", contact_uid=uid
    )
    (file_id,) = vault.referenced_file_ids()
    path = attachments.file_path(vault.attachments_dir, file_id)
    data = bytearray(path.read_bytes())
    data[100] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(attachments.AttachmentDamaged):
        attachment_service.attachment_bytes(attachment_id)
    assert not {c.name: c.ok for c in verify(vault)}["Anhänge"]


# -------------------------------------------------------------- keyring
class _MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class _LockedKeyring(_MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("gesperrt")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("gesperrt")


@pytest.fixture
def restore_keyring(monkeypatch: pytest.MonkeyPatch) -> object:
    """The test's keyrings count as the operating system's own (device.TRUSTED)."""
    original = keyring.get_keyring()
    monkeypatch.setattr(
        device,
        "TRUSTED",
        device.TRUSTED | {f"{__name__}.{c.__qualname__}" for c in (_MemoryKeyring, _LockedKeyring)},
    )
    yield
    keyring.set_keyring(original)


def test_no_keyring_backend_here_disables_the_option(vault: Vault) -> None:
    available, reason = device.availability()
    assert not available and "Schlüsselbund" in reason
    with pytest.raises(KeyringUnavailable):
        vault.enable_device_slot()
    assert not vault.device_slot_enabled


def test_device_slot_opens_without_passphrase_and_survives_keyring_loss(
    vault: Vault, restore_keyring: object
) -> None:
    backend = _MemoryKeyring()
    keyring.set_keyring(backend)
    EntriesService(vault).add_contact(_contact("bleibt erhalten"))
    vault.enable_device_slot()
    folder = vault.folder
    vault.close()
    with Vault.open(folder, use_device=True) as opened:
        assert EntriesService(opened).count_contacts() == 1
    # entry deleted by someone else: the device slot fails, the passphrase still works
    backend.store.clear()
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(folder, use_device=True)
    assert "Schlüsselbund" in caught.value.message
    with Vault.open(folder, passphrase=PASSPHRASE, use_device=True) as opened:
        assert EntriesService(opened).contacts()[0].notes == "bleibt erhalten"
    # locked keyring: same fallback, nothing lost
    keyring.set_keyring(_LockedKeyring())
    with Vault.open(folder, passphrase=PASSPHRASE, use_device=True) as opened:
        assert EntriesService(opened).count_contacts() == 1
        with pytest.raises(KeyringUnavailable):
            opened.enable_device_slot()
        opened.disable_device_slot()
        assert not opened.device_slot_enabled


# ------------------------------------------------------- frozen format
@pytest.mark.parametrize(
    ("frozen", "passphrase"),
    [(FROZEN, "eingefroren-format-1"), (FROZEN_2, "eingefroren-format-2")],
    ids=["format-1", "format-2"],
)
def test_frozen_vaults_open_with_passphrase_and_code(
    tmp_path: Path, frozen: Path, passphrase: str
) -> None:
    """Diaries written by earlier versions keep opening, with either secret, intact."""
    folder = tmp_path / "alt"
    shutil.copytree(frozen, folder)
    code = (folder / "WIEDERHERSTELLUNGSCODE.txt").read_text().strip()
    for kwargs in ({"passphrase": passphrase}, {"recovery_code": code}):
        with Vault.open(folder, **kwargs) as opened:  # type: ignore[arg-type]
            profile_service = ProfileService(opened)
            entry_service = EntriesService(opened)
            handover_service = HandoverService(opened)
            attachment_service = AttachmentService(opened)
            profile = profile_service.profile()
            assert profile is not None and profile.name == "Олена Шевченко-Öztürk"
            (contact,) = entry_service.contacts()
            assert contact.notes == "Der Ausweis wurde am Schalter kopiert. مرحبا 🙂"
            assert [h[1] for h in entry_service.history("contact", contact.uid)] == [
                "angelegt",
                "geaendert",
            ]
            (handover,) = handover_service.handovers()
            assert handover.documents[0].type == "personalausweis"
            (attachment,) = attachment_service.attachment_list(contact.uid)
            assert (
                attachment_service.attachment_bytes(attachment.id)
                == b"%PDF-1.4 eingefrorener Anhang"
            )
            assert [c.name for c in verify(opened) if not c.ok] == []
    if frozen == FROZEN_2:  # written with X25519 slots: nothing to convert
        header = fileformat.parse((frozen / VAULT_FILE).read_bytes()).header
        assert {s["type"] for s in header["slots"]} == {"passphrase", "recovery"}
        assert all("public" in s for s in header["slots"])


def test_schema_head_constant_matches_the_migrations() -> None:
    assert schema.alembic_head() == schema.HEAD_REVISION


def test_database_never_spills_into_temp_files(vault: Vault) -> None:
    with vault.session() as session:
        assert session.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY


def test_schema_from_a_newer_program_is_refused_and_kept(vault: Vault) -> None:
    with vault.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    folder = vault.folder
    vault.close()
    before = snapshot(folder)
    with pytest.raises(VaultTooNew):
        Vault.open(folder, passphrase=PASSPHRASE)
    assert snapshot(folder) == before


# ------------------------------------------------------- background saving
def test_background_saves_reach_the_disk_and_the_newest_state_wins(vault_dir: Path) -> None:
    from app.records import ContactData
    from app.services.entries import EntriesService

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        vault.background_saves = True
        start = vault.save_counter
        entry_service = EntriesService(vault)
        for number in range(20):
            entry_service.add_contact(
                ContactData(
                    when="2026-03-02T09:30:00+01:00", channel="telefon", notes=f"Nr. {number}"
                )
            )
        vault.flush()
        assert not vault.unsaved and vault.save_error is None
        # rapid changes are coalesced: fewer writes than changes, at least one
        assert start < vault.save_counter <= start + 20
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        notes = sorted(c.notes for c in EntriesService(reopened).contacts())
        assert notes == sorted(f"Nr. {n}" for n in range(20))


def test_a_failed_background_save_is_kept_in_memory_and_retried(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import SaveFailed
    from app.records import ContactData
    from app.services.entries import EntriesService
    from app.vault import vault as vault_module

    real_write = vault_module.atomic_write

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise SaveFailed("Der Datenträger ist voll. Die gespeicherte Datei ist unverändert.")

    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        vault.background_saves = True
        monkeypatch.setattr(vault_module, "atomic_write", refuse)
        EntriesService(vault).add_contact(
            ContactData(when="2026-03-02T09:30:00+01:00", channel="brief", notes="wichtig")
        )
        vault.wait_idle()
        assert vault.unsaved and vault.save_error is not None
        assert "voll" in vault.save_error.message
        with pytest.raises(SaveFailed):
            vault.flush()
        monkeypatch.setattr(vault_module, "atomic_write", real_write)
        vault.flush()
        assert not vault.unsaved and vault.save_error is None
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert [c.notes for c in EntriesService(reopened).contacts()] == ["wichtig"]
