"""Settings declared once, stored inside the vault; the remembered vault folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InputRefused, WrongPassphrase
from app.model.entities import Setting
from app.paths import (
    POINTER_FILE,
    default_vault_dir,
    pointed_vault_dir,
    remember_vault_dir,
    remembered_vault_dir,
)
from app.services.settings import SettingsService
from app.settings import IDLE_MINUTES, SETTINGS, spec
from app.vault.backup import BackupRefused, verify_backup, write_backup
from app.vault.vault import Credentials, Vault
from tests.conftest import PASSPHRASE


def test_every_setting_is_declared_with_type_default_and_german_description() -> None:
    assert "idle_minutes" in SETTINGS
    for setting in SETTINGS.values():
        assert isinstance(setting.default, setting.kind)
        assert setting.validate(setting.default) == setting.default
        assert setting.label and len(setting.description) > 20
    assert IDLE_MINUTES.default == 10
    assert (IDLE_MINUTES.minimum, IDLE_MINUTES.maximum) == (1, 120)
    assert spec("idle_minutes") is IDLE_MINUTES
    with pytest.raises(InputRefused, match="Unbekannte Einstellung"):
        spec("farbe")


@pytest.mark.parametrize("value", [0, 121, -5, True, "10", 10.5, None])
def test_out_of_range_or_wrong_type_is_refused_in_german(value: object) -> None:
    with pytest.raises(InputRefused) as info:
        IDLE_MINUTES.validate(value)
    assert "Automatisch sperren nach" in info.value.message
    if isinstance(value, int) and not isinstance(value, bool):
        assert "von 1 bis 120 Minuten" in info.value.message


def test_stored_inside_the_vault_and_survives_reopening(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        service = SettingsService(vault)
        assert service.stored(IDLE_MINUTES) is None
        assert service.get(IDLE_MINUTES) == 10
        assert service.set(IDLE_MINUTES, 25) == 25
        with pytest.raises(InputRefused):
            service.set(IDLE_MINUTES, 500)
        assert service.all() == {"idle_minutes": 25}
    raw = (vault_dir / "tagebuch.amtb").read_bytes()
    assert b"idle_minutes" not in raw  # inside the encrypted image only
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        assert SettingsService(vault).get(IDLE_MINUTES) == 25


def test_a_damaged_stored_value_falls_back_to_the_default(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        for junk in ({"value": "zehn"}, {"value": 9999}, {}, {"value": True}):
            with vault.transaction() as session:
                session.merge(Setting(key="idle_minutes", value=junk))
            assert SettingsService(vault).get(IDLE_MINUTES) == 10
            assert SettingsService(vault).stored(IDLE_MINUTES) is None


# --- the remembered folder -------------------------------------------------------------


def test_remembers_only_the_folder(tmp_path: Path) -> None:
    config = tmp_path / "config"
    assert pointed_vault_dir(config) is None
    assert remembered_vault_dir(config) == default_vault_dir()
    stick = tmp_path / "USB-Stick" / "Amtstagebuch Ünïcode"
    remember_vault_dir(stick, config)
    assert remembered_vault_dir(config) == stick
    text = (config / POINTER_FILE).read_text(encoding="utf-8")
    assert str(stick) in text and set(__import__("json").loads(text)) == {
        "format",
        "version",
        "vault_dir",
    }
    remember_vault_dir(tmp_path / "anders", config)  # replaced atomically
    assert remembered_vault_dir(config) == tmp_path / "anders"
    assert [p.name for p in config.iterdir()] == [POINTER_FILE]  # no temp files left


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{kaputt",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'{"format": "amtstagebuch-ort", "vault_dir": 5}',
        b'{"format": "amtstagebuch-ort", "vault_dir": "relativ/pfad"}',
        b'{"format": "amtstagebuch-ort", "vault_dir": ""}',
        b'{"format": "etwas anderes", "vault_dir": "/tmp"}',
    ],
)
def test_a_damaged_pointer_falls_back_without_traceback(tmp_path: Path, content: bytes) -> None:
    (tmp_path / POINTER_FILE).write_bytes(content)
    assert remembered_vault_dir(tmp_path) == default_vault_dir()


def test_an_unreadable_pointer_falls_back(tmp_path: Path) -> None:
    (tmp_path / POINTER_FILE).mkdir()  # a folder where the file should be
    assert remembered_vault_dir(tmp_path) == default_vault_dir()


# --- checking a backup before restoring it ----------------------------------------------


def test_verify_backup(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "sicherung.amtbak"
    write_backup(vault, out)
    creds = Credentials(passphrase=PASSPHRASE)
    verify_backup(out, creds)
    verify_backup(vault.path, Credentials(passphrase=PASSPHRASE))  # a plain vault file too
    with pytest.raises(WrongPassphrase):
        verify_backup(out, Credentials(passphrase="falsch falsch falsch"))
    other = tmp_path / "brief.pdf"
    other.write_bytes(b"%PDF-1.4 nichts")
    with pytest.raises(BackupRefused, match="keine Sicherung"):
        verify_backup(other, creds)
    with pytest.raises(BackupRefused, match="nicht lesen"):
        verify_backup(tmp_path / "fehlt.amtbak", creds)
    damaged = tmp_path / "kaputt.amtb"
    data = bytearray(vault.path.read_bytes())
    data[-40] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupRefused, match="beschädigt"):
        verify_backup(damaged, creds)
