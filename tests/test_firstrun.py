"""The first-run wizard's state machine, without any window."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from app.errors import InputRefused
from app.firstrun import (
    STEPS,
    DiaryAlreadyThere,
    FirstRun,
    Step,
    check_folder,
    check_groups,
    check_passphrase,
    create_vault,
    pick_groups,
    suggest_folder,
)
from app.paths import remembered_vault_dir
from app.records import JobcenterData, ProfileData
from app.recovery_sheet import groups
from app.services.profile import ProfileService
from app.services.settings import SettingsService
from app.settings import IDLE_MINUTES
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

NAME = "Олена Коваленко"


def _wizard(tmp_path: Path, seed: int = 7) -> FirstRun:
    return FirstRun(
        tmp_path / "Tagebuch",
        unlock_time_ms=0,
        rng=random.Random(seed),
        config_dir=tmp_path / "config",
    )


def test_the_steps_in_order() -> None:
    assert STEPS[0] is Step.WELCOME and STEPS[-1] is Step.DONE
    assert STEPS.index(Step.PASSPHRASE) + 1 == STEPS.index(Step.RECOVERY)


def test_the_whole_way_through(tmp_path: Path) -> None:
    wizard = _wizard(tmp_path)
    assert not wizard.can_go_back()
    assert wizard.start() is Step.FOLDER
    assert wizard.set_folder(tmp_path / "Tagebuch") is Step.PASSPHRASE
    wizard.set_passphrase(PASSPHRASE, PASSPHRASE)
    assert not (tmp_path / "Tagebuch" / "tagebuch.amtb").exists()  # not before create
    assert wizard.create() is Step.RECOVERY
    assert wizard.passphrase == ""  # forgotten once used
    assert not wizard.can_go_back()  # the vault exists: no way back to the passphrase
    code = wizard.recovery_code
    assert len(groups(code)) == 8
    wizard.code_seen()
    assert wizard.can_go_back()
    assert len(wizard.asked) == 2 and wizard.asked[0] < wizard.asked[1]
    first, second = (groups(code)[n - 1] for n in wizard.asked)
    with pytest.raises(InputRefused, match=f"Gruppe {wizard.asked[1]} stimmt nicht"):
        wizard.check_code((first, "ZZZZ" if second != "ZZZZ" else "YYYY"))
    assert wizard.step is Step.CHECK
    assert wizard.check_code((f" {first.lower()[:2]} {first.lower()[2:]}", second)) is Step.PROFILE
    wizard.set_profile(
        ProfileData(name=NAME, city="München", customer_number="123D456789", state="BY")
    )
    assert wizard.jobcenter.state == "BY"  # proposed from the profile
    wizard.set_jobcenter(
        JobcenterData(name="Jobcenter München Land", district="LK München", kind="zkt", state="BY")
    )
    finished = wizard.set_device(False)
    assert wizard.step is Step.DONE and not wizard.can_go_back()
    assert finished.notes == []
    vault = finished.vault
    try:
        profile_service = ProfileService(vault)
        assert profile_service.profile() is not None and profile_service.profile().name == NAME  # type: ignore[union-attr]
        assert profile_service.jobcenter().kind == "zkt"  # type: ignore[union-attr]
        assert SettingsService(vault).stored(IDLE_MINUTES) == 10
        assert not vault.device_slot_enabled
    finally:
        vault.close()
    assert remembered_vault_dir(tmp_path / "config") == tmp_path / "Tagebuch"
    # the diary opens with the passphrase and with the recovery code shown
    Vault.open(tmp_path / "Tagebuch", passphrase=PASSPHRASE).close()
    Vault.open(tmp_path / "Tagebuch", recovery_code=code.lower().replace("-", " ")).close()


def test_back_and_forth_keeps_what_was_entered(tmp_path: Path) -> None:
    wizard = _wizard(tmp_path)
    wizard.start()
    wizard.set_folder(tmp_path / "a")
    assert wizard.back() is Step.FOLDER
    assert wizard.folder == tmp_path / "a"
    assert wizard.back() is Step.WELCOME
    assert wizard.back() is Step.WELCOME
    with pytest.raises(RuntimeError):
        wizard.set_passphrase(PASSPHRASE, PASSPHRASE)  # not at that step


def test_folder_checks(tmp_path: Path) -> None:
    with pytest.raises(InputRefused, match="wählen Sie einen Ordner"):
        check_folder("  ")
    with pytest.raises(InputRefused, match="kein vollständiger Ordnerpfad"):
        check_folder("nur/relativ")
    a_file = tmp_path / "datei.txt"
    a_file.write_text("x")
    with pytest.raises(InputRefused, match="eine Datei, kein Ordner"):
        check_folder(a_file)
    with pytest.raises(InputRefused, match="eine Datei, kein Ordner"):
        check_folder(a_file / "darunter")
    deep = tmp_path / "neu" / "tiefer"
    assert check_folder(deep) == deep
    assert not (tmp_path / "neu").exists()  # checking creates nothing
    assert list(tmp_path.iterdir()) == [a_file]  # and leaves no probe behind


def test_an_existing_diary_is_never_overwritten(tmp_path: Path, vault_dir: Path) -> None:
    before = (vault_dir / "tagebuch.amtb").read_bytes()
    with pytest.raises(DiaryAlreadyThere) as info:
        check_folder(vault_dir)
    assert info.value.folder == vault_dir
    assert "liegt schon ein Tagebuch" in info.value.message
    assert (vault_dir / "tagebuch.amtb").read_bytes() == before


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permissions do not bind the superuser",
)
def test_a_folder_without_write_permission_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "gesperrt"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(InputRefused, match="kann das Programm nicht schreiben"):
            check_folder(locked / "Amtstagebuch")
    finally:
        locked.chmod(0o700)


def test_a_read_only_folder_is_refused_even_as_superuser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kw: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.firstrun.os.open", refuse)
    with pytest.raises(InputRefused, match="keine Berechtigung"):
        check_folder(tmp_path / "stick")


def test_suggest_folder(tmp_path: Path) -> None:
    (tmp_path / "voll").mkdir()
    (tmp_path / "voll" / "foto.jpg").write_bytes(b"x")
    (tmp_path / "leer").mkdir()
    assert suggest_folder(tmp_path / "voll") == tmp_path / "voll" / "Amtstagebuch"
    assert suggest_folder(tmp_path / "leer") == tmp_path / "leer"
    assert suggest_folder(tmp_path / "amtstagebuch") == tmp_path / "amtstagebuch"


def test_passphrase_checks() -> None:
    with pytest.raises(InputRefused, match="Bitte geben Sie eine Passphrase ein"):
        check_passphrase("", "")
    with pytest.raises(InputRefused, match="mindestens 8 Zeichen"):
        check_passphrase("kurz", "kurz")
    with pytest.raises(InputRefused, match="zu leicht zu erraten") as weak:
        check_passphrase("passwort123", "passwort123")
    assert "Stärke:" in weak.value.message
    with pytest.raises(InputRefused, match="nicht gleich"):
        check_passphrase(PASSPHRASE, PASSPHRASE.lower())
    assert check_passphrase(PASSPHRASE, PASSPHRASE).acceptable


def test_a_personal_word_weakens_the_passphrase(tmp_path: Path) -> None:
    wizard = _wizard(tmp_path)
    plain = wizard.strength("Jobcenter2024")
    assert not plain.acceptable and plain.warning


def test_pick_groups_is_two_distinct_numbers_from_one_to_eight() -> None:
    rng = random.Random(1)
    seen = set()
    for _ in range(200):
        a, b = pick_groups(rng)
        assert 1 <= a < b <= 8
        seen.update((a, b))
    assert seen == set(range(1, 9))


def test_check_groups_messages() -> None:
    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    check_groups(code, (2, 8), ("efgh", "67 89"))
    check_groups(code, (2, 8), ("E-F-G-H", "6789"))
    with pytest.raises(InputRefused, match="Bitte tippen Sie Gruppe 2 und 8"):
        check_groups(code, (2, 8), ("", " "))
    with pytest.raises(InputRefused, match="Gruppe 2 und 8 stimmen nicht"):
        check_groups(code, (2, 8), ("ABCD", "2345"))
    with pytest.raises(InputRefused, match=r"Gruppe 2 stimmt nicht.*Gruppe 8 fehlt noch"):
        check_groups(code, (2, 8), ("EFGX", ""))
    with pytest.raises(InputRefused, match="alle gefragten Gruppen"):
        check_groups(code, (2, 8), ("EFGH",))


def test_create_vault_leaves_the_folder_unlocked_for_the_caller(tmp_path: Path) -> None:
    """The lock taken in a worker thread is released there, so the UI thread can open."""
    import threading

    box: list[object] = []
    thread = threading.Thread(
        target=lambda: box.append(create_vault(tmp_path / "v", PASSPHRASE, unlock_time_ms=0))
    )
    thread.start()
    thread.join()
    created = box[0]
    wizard = _wizard(tmp_path)
    wizard.start()
    wizard.set_folder(tmp_path / "w")
    wizard.set_passphrase(PASSPHRASE, PASSPHRASE)
    wizard.take_passphrase()
    wizard.vault_created(created)  # type: ignore[arg-type]
    assert wizard.vault is not None and wizard.vault.folder == tmp_path / "v"
    wizard.close()
    Vault.open(tmp_path / "v", passphrase=PASSPHRASE).close()


def test_remember_device_without_keyring_is_refused_with_the_reason(tmp_path: Path) -> None:
    wizard = _wizard(tmp_path)
    wizard.device_available, wizard.device_reason = False, "Kein Schlüsselbund hier."
    wizard.start()
    wizard.set_folder(tmp_path / "v")
    wizard.set_passphrase(PASSPHRASE, PASSPHRASE)
    wizard.create()
    wizard.code_seen()
    wizard.check_code(tuple(groups(wizard.recovery_code)[n - 1] for n in wizard.asked))
    wizard.set_profile(ProfileData())
    wizard.set_jobcenter(JobcenterData())
    with pytest.raises(InputRefused, match="Kein Schlüsselbund hier"):
        wizard.set_device(True)
    finished = wizard.set_device(False)
    finished.vault.close()


def test_a_keyring_that_fails_late_is_a_note_not_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import KeyringUnavailable

    def refuse(_vault_id: str) -> bytes:
        raise KeyringUnavailable("Der Schlüsselbund ist gesperrt.")

    monkeypatch.setattr("app.vault.device.store_secret", refuse)
    wizard = _wizard(tmp_path)
    wizard.device_available = True
    wizard.step = Step.PASSPHRASE
    wizard.folder = tmp_path / "v"
    wizard.set_passphrase(PASSPHRASE, PASSPHRASE)
    wizard.create()
    wizard.step = Step.DEVICE
    finished = wizard.set_device(True)
    try:
        assert finished.notes == ["Der Schlüsselbund ist gesperrt."]
        assert not finished.vault.device_slot_enabled
    finally:
        finished.vault.close()


def test_closing_half_way_keeps_the_new_diary(tmp_path: Path) -> None:
    wizard = _wizard(tmp_path)
    wizard.start()
    wizard.set_folder(tmp_path / "v")
    wizard.set_passphrase(PASSPHRASE, PASSPHRASE)
    wizard.create()
    wizard.close()
    Vault.open(tmp_path / "v", passphrase=PASSPHRASE).close()
