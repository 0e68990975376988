"""Which folders a cloud service syncs: by name, by OneDrive's variables, by marker files."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from app.syncfolders import GENERIC, service_in_path, sync_service, warning_text

NO_ONEDRIVE: dict[str, str] = {}


@pytest.mark.parametrize(
    ("parts", "service"),
    [
        (("OneDrive", "Dokumente", "Tagebuch"), "OneDrive"),
        (("OneDrive - Stadtwerke Offenbach", "Tagebuch"), "OneDrive"),
        (("Dropbox",), "Dropbox"),
        (("Dropbox (Privat)", "amt"), "Dropbox"),
        (("iCloudDrive", "Tagebuch"), "iCloud Drive"),
        (("iCloud Drive", "Tagebuch"), "iCloud Drive"),
        (("Library", "Mobile Documents", "com~apple~CloudDocs", "Tagebuch"), "iCloud Drive"),
        (("Library", "CloudStorage", "OneDrive-Personal", "Tagebuch"), "OneDrive"),
        (("Library", "CloudStorage", "GoogleDrive-olena@example.org", "My Drive"), "Google Drive"),
        (("Library", "CloudStorage", "Irgendwas-Neues", "Tagebuch"), GENERIC),
        (("Google Drive", "Tagebuch"), "Google Drive"),
        (("nextcloud", "Tagebuch"), "Nextcloud"),
        (("ownCloud",), "ownCloud"),
        (("pCloud Drive", "Tagebuch"), "pCloud"),
        (("MagentaCLOUD", "Tagebuch"), "MagentaCLOUD"),
    ],
)
def test_service_folders_are_known_by_name(
    tmp_path: Path, parts: tuple[str, ...], service: str
) -> None:
    folder = tmp_path.joinpath(*parts)
    assert service_in_path(PurePosixPath("/home/olena", *parts)) == service
    assert service_in_path(PureWindowsPath("C:\\Users\\Olena", *parts)) == service
    assert sync_service(folder, NO_ONEDRIVE) == service  # the folder need not exist
    folder.mkdir(parents=True)
    assert sync_service(folder, NO_ONEDRIVE) == service


@pytest.mark.parametrize(
    "parts",
    [
        ("Dokumente", "Tagebuch"),
        ("Amtstagebuch",),
        ("OneDriveBackup-Anleitung",),  # a name that only looks alike
        ("dropboxen",),
        ("Library", "Application Support", "Amtstagebuch"),
    ],
)
def test_ordinary_folders_are_not_synced(tmp_path: Path, parts: tuple[str, ...]) -> None:
    folder = tmp_path.joinpath(*parts)
    assert service_in_path(PurePosixPath("/home/olena", *parts)) is None
    assert sync_service(folder, NO_ONEDRIVE) is None
    folder.mkdir(parents=True)
    assert sync_service(folder, NO_ONEDRIVE) is None


def test_google_drive_for_desktop_is_a_drive_of_its_own() -> None:
    assert service_in_path(PureWindowsPath("G:\\Meine Ablage\\Tagebuch")) == "Google Drive"
    assert service_in_path(PureWindowsPath("G:\\My Drive\\Tagebuch")) == "Google Drive"
    assert service_in_path(PureWindowsPath("D:\\Daten\\Meine Ablage")) is None


@pytest.mark.parametrize("variable", ["OneDrive", "OneDriveConsumer", "OneDriveCommercial"])
def test_a_renamed_onedrive_is_found_by_its_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    root = tmp_path / "Firmenablage"
    folder = root / "Privat" / "Tagebuch"
    folder.mkdir(parents=True)
    for name in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        monkeypatch.delenv(name, raising=False)
    assert sync_service(folder) is None
    monkeypatch.setenv(variable, str(root))
    assert sync_service(folder) == "OneDrive"
    assert sync_service(root) == "OneDrive"
    assert sync_service(tmp_path / "Firmenablage-alt" / "Tagebuch") is None  # no prefix trick
    monkeypatch.setenv(variable, "")
    assert sync_service(folder) is None


@pytest.mark.parametrize(
    ("marker", "service"),
    [
        (".dropbox", "Dropbox"),
        (".nextcloudsync.log", "Nextcloud"),
        (".owncloudsync.log", "ownCloud"),
        (".sync_1a2b3c4d5e6f.db", "Nextcloud"),
        ("._sync_1a2b3c4d5e6f.db", "Nextcloud"),
        (".SynologyWorkingDirectory", "Synology Drive"),
    ],
)
def test_a_renamed_service_folder_is_found_by_its_marker(
    tmp_path: Path, marker: str, service: str
) -> None:
    root = tmp_path / "Meine Dateien"
    folder = root / "Amt" / "Tagebuch"
    folder.mkdir(parents=True)
    assert sync_service(folder, NO_ONEDRIVE) is None
    (root / marker).write_text("")
    assert sync_service(folder, NO_ONEDRIVE) == service
    assert sync_service(folder / "noch-nicht-da", NO_ONEDRIVE) == service


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolische Links")
def test_a_link_into_a_synced_folder_counts(tmp_path: Path) -> None:
    real = tmp_path / "Dropbox" / "Tagebuch"
    real.mkdir(parents=True)
    link = tmp_path / "Dokumente"
    try:
        link.symlink_to(real, target_is_directory=True)
    except OSError:
        pytest.skip("symbolische Links sind hier nicht erlaubt")
    assert sync_service(link, NO_ONEDRIVE) == "Dropbox"


def test_the_warning_says_what_can_go_wrong_and_what_to_do() -> None:
    text = warning_text("OneDrive")
    assert text.startswith("Ihr Tagebuch liegt in einem Ordner, den OneDrive")
    for needle in ("Speichern", "verschlüsselt", "Server eines Unternehmens",
                   "nur auf diesem Computer", "Vorhandenes Tagebuch öffnen"):  # fmt: skip
        assert needle in text
    assert "sendet nichts ins Internet" in text
