"""The program window: unlock (passphrase, wrong passphrase, recovery code), lock, auto-lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.records import ContactData
from app.services.entries import EntriesService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.main import MainWindow


def _unlock(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    window.unlock_page.secret.setText(secret)
    qtbot.mouseClick(window.unlock_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.unlock_page._busy, timeout=10_000)


def _filled(folder: Path) -> str:
    from datetime import datetime

    with Vault.open(folder, passphrase=PASSPHRASE) as vault:
        EntriesService(vault).add_contact(
            ContactData(
                when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"),
                channel="termin",
                counterpart="Frau K.",
                notes="Kanarienvogel im Tagebuch",
            )
        )
    return "Kanarienvogel im Tagebuch"


def test_wrong_then_right_passphrase_then_lock(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    note = _filled(vault_dir)
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window, "falsch geraten")
    assert "Passphrase ist falsch" in window.unlock_page.message.text()
    assert window.opened is None
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None
    window.workspace.nav.setCurrentRow(1)
    assert note in window.workspace.diary.detail.toPlainText()
    assert window.unlock_page.secret.text() == ""
    window.grab().save(str(tmp_path / "tagebuch.png"))
    window.lock_action.trigger()
    assert window.opened is None and window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page
    # nothing of the diary is left in any widget of the window
    texts = [w.text() for w in window.findChildren(type(window.unlock_page.message))]
    assert not any(note in t for t in texts)


def test_recovery_code_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    vault, code = Vault.create(tmp_path / "v", PASSPHRASE, unlock_time_ms=0)
    vault.close()
    window = MainWindow(tmp_path / "v")
    qtbot.addWidget(window)
    window.unlock_page.use_code.setChecked(True)
    _unlock(qtbot, window, code.lower())
    assert window.opened is not None
    window.lock()


@pytest.mark.parametrize("round_", range(3))
def test_auto_lock_after_idle_time(qtbot: QtBot, vault_dir: Path, round_: int) -> None:
    # Several rounds: destroying the locked workspace inside the window's widget tree
    # crashed the process on the second round (segfault in QWidget::destroy).
    import shiboken6

    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    _unlock(qtbot, window, PASSPHRASE)
    assert window.opened is not None and window.idle.isActive()
    # short only now: on a busy machine unlocking alone can take longer than 0.3 s
    window.set_idle_minutes(0.005)  # 0.3 seconds
    window.idle.start()
    qtbot.waitUntil(lambda: window.opened is None, timeout=5000)
    assert window.pages.currentWidget() is window.unlock_page
    retired = window._retired
    assert retired is not None
    qtbot.waitUntil(lambda: not shiboken6.isValid(retired), timeout=5000)  # really gone


def test_damaged_file_offers_the_newest_backup(qtbot: QtBot, vault_dir: Path) -> None:
    _filled(vault_dir)
    path = vault_dir / "tagebuch.amtb"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    _unlock(qtbot, window, PASSPHRASE)
    assert "beschädigt" in window.unlock_page.message.text()
    assert window.unlock_page.backup_button.isVisibleTo(window)
    qtbot.mouseClick(window.unlock_page.backup_button, Qt.MouseButton.LeftButton)
    assert window.opened is not None
    assert list((vault_dir / "sicherungen").glob("vor-wiederherstellung-*"))
    window.lock()


def test_missing_diary_starts_the_first_run_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "leer")
    qtbot.addWidget(window)
    assert window.wizard is not None
    assert window.pages.currentWidget() is window.wizard
    window.close()  # the whole way through: tests/ui/test_wizard.py
    assert window.wizard is None


def test_delete_asks_first_and_can_be_undone(
    qtbot: QtBot, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    note = _filled(vault_dir)
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None
    window.workspace.nav.setCurrentRow(1)
    window.workspace.diary.table.selectRow(0)
    assert not window.undo_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not window.delete_entry()
    assert window.workspace.entries.count_contacts() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.delete_entry()
    assert window.workspace.diary.proxy.rowCount() == 0
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.workspace.diary.proxy.rowCount() == 1
    window.workspace.diary.table.selectRow(0)
    assert note in window.workspace.diary.detail.toPlainText()
    assert "wiederhergestellt" in window.workspace.diary.detail.toPlainText()
    window.lock()


def test_save_state_is_shown_and_a_failed_save_asks_before_locking(
    qtbot: QtBot, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from app.errors import SaveFailed
    from app.vault import vault as vault_module

    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None and window.opened is not None
    assert window.opened.background_saves
    service = window.workspace.entries
    entry = ContactData(when=datetime.fromisoformat("2026-03-02T09:30:00+01:00"), channel="fax")
    service.add_contact(entry)
    qtbot.waitUntil(lambda: "Alles gespeichert" in window.save_state.text(), timeout=5_000)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise SaveFailed("Auf dem Datenträger ist kein Platz mehr. Die Datei ist unverändert.")

    real_write = vault_module.atomic_write
    monkeypatch.setattr(vault_module, "atomic_write", refuse)
    service.add_contact(entry)
    qtbot.waitUntil(lambda: "Nicht gespeichert" in window.save_state.text(), timeout=5_000)
    assert "kein Platz" in window.save_state.text()
    assert window.retry_button.isVisible()

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        if len(asked) == 1:  # first: the disk is still full, try again
            return int(QMessageBox.StandardButton.Retry)
        monkeypatch.setattr(vault_module, "atomic_write", real_write)
        return int(QMessageBox.StandardButton.Retry)  # second: space was made, retry works

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.lock_action.trigger()
    assert len(asked) == 2 and "kein Platz" in asked[0]
    assert window.opened is None
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert EntriesService(reopened).count_contacts() == 2


_DEMO_DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.main import MainWindow, run

app = QApplication(sys.argv)
seen = {}

def drive():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = windows[-1] if windows else None
    if window is None or not window.isVisible():
        QTimer.singleShot(20, drive)
        return
    if window.workspace is None:
        if not seen:
            seen["prefilled"] = window.unlock_page.secret.text()
            seen["folder"] = str(window.unlock_page.folder_path)
            window.unlock_page.start_unlock()
        QTimer.singleShot(50, drive)
        return
    seen["entries"] = window.workspace.entries.count_contacts()
    head = (window.unlock_page.folder_path / "tagebuch.amtb").read_bytes()[:64]
    seen["plain_sqlite"] = b"SQLite" in head
    window.close()
    app.quit()

QTimer.singleShot(0, drive)
code = run(demo=True)
print(json.dumps({"code": code, **seen}))
"""


def test_demo_opens_a_throwaway_diary_and_removes_it_at_exit() -> None:
    """``amtstagebuch --demo`` in its own process, as a newcomer starts it."""
    import json
    import subprocess
    import sys

    from tests.conftest import child_env

    done = subprocess.run(
        [sys.executable, "-c", _DEMO_DRIVER],
        capture_output=True, text=True, timeout=120, env=child_env(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["prefilled"] == "demo"
    assert seen["entries"] == 47
    assert "amtstagebuch-demo-" in seen["folder"]
    assert seen["plain_sqlite"] is False  # encrypted like any other diary
    assert not Path(seen["folder"]).parent.exists()  # removed at exit


_DEMO_UNTIL_SIGNAL = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.main import MainWindow, run

app = QApplication(sys.argv)
started = []

def drive():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = windows[-1] if windows else None
    if window is None or not window.isVisible():
        QTimer.singleShot(20, drive)
        return
    if window.workspace is None:
        if not started:
            started.append(True)
            window.unlock_page.start_unlock()
        QTimer.singleShot(50, drive)
        return
    print("OFFEN", window.unlock_page.folder_path, flush=True)

QTimer.singleShot(0, drive)
raise SystemExit(run(demo=True))
"""


def _demo_folders(temp: Path) -> list[Path]:
    return sorted(temp.glob("amtstagebuch-demo-*"))


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX-Signale")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_demo_copy_is_removed_when_the_open_window_is_terminated(
    tmp_path: Path, signame: str
) -> None:
    """A logout or ``kill`` ends the demo like closing the window: its copy is gone."""
    from tests.conftest import ROOT, child_env

    temp = tmp_path / "tmp"
    temp.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-u", "-c", _DEMO_UNTIL_SIGNAL],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=child_env(TMPDIR=str(temp)), cwd=ROOT,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("OFFEN "), (line, child.poll())
        folder = Path(line.split(" ", 1)[1].strip())
        assert (folder / "tagebuch.amtb").is_file() and folder.parent in _demo_folders(temp)
        child.send_signal(getattr(signal, signame))
        code = child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert code == 128 + getattr(signal, signame), child.stderr.read() if child.stderr else ""
    assert _demo_folders(temp) == []


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX-Signale")
def test_demo_copy_is_removed_when_terminated_while_it_is_being_filled(tmp_path: Path) -> None:
    """``amtstagebuch --demo`` as started from a menu, ended before its window is up."""
    from tests.conftest import ROOT, child_env

    temp = tmp_path / "tmp"
    temp.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "--demo"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=child_env(TMPDIR=str(temp)), cwd=ROOT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not _demo_folders(temp):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "no demo folder appeared"
            time.sleep(0.005)
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err
    assert _demo_folders(temp) == []


@pytest.fixture
def no_onedrive_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_onedrive_variables")
def test_a_diary_in_onedrive_gets_a_calm_notice(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Olena" / "OneDrive" / "Dokumente" / "Tagebuch"
    Vault.create(folder, PASSPHRASE, unlock_time_ms=0)[0].close()
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    assert not window.sync_banner.isVisible()  # nothing is said before the diary is open
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None
    assert window.sync_banner.isVisible()
    text = window.sync_banner.text()
    assert "Hinweis zum Speicherort" in text and "den OneDrive mit dem Internet abgleicht" in text
    assert "Server eines Unternehmens" in text and "nur auf diesem Computer" in text
    banner_bottom = window.sync_banner.mapTo(window, window.sync_banner.rect().bottomLeft()).y()
    assert banner_bottom < window.workspace.mapTo(window, window.workspace.rect().topLeft()).y()
    window.lock()
    assert not window.sync_banner.isVisible()


@pytest.mark.usefixtures("no_onedrive_variables")
def test_a_diary_in_an_ordinary_folder_gets_no_notice(qtbot: QtBot, vault_dir: Path) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None
    assert not window.sync_banner.isVisible() and window.sync_banner.text() == ""


@pytest.mark.usefixtures("no_onedrive_variables")
def test_a_diary_in_a_renamed_dropbox_is_found_by_its_marker(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "Firmenordner"
    folder = root / "Tagebuch"
    Vault.create(folder, PASSPHRASE, unlock_time_ms=0)[0].close()
    (root / ".dropbox").write_text("")
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.sync_banner.isVisible() and "den Dropbox mit" in window.sync_banner.text()


def test_views_by_keyboard_help_with_f1_and_quit_with_ctrl_q(qtbot: QtBot, vault_dir: Path) -> None:
    from PySide6.QtGui import QKeySequence

    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    # locked: the views cannot be reached, F1 explains the unlock page
    assert [a.shortcut().toString() for a in window.view_actions] == [
        f"Ctrl+{n}" for n in range(1, 7)
    ]
    assert not any(a.isEnabled() for a in window.view_actions)
    assert window.page_help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert "Passphrase ein" in window.page_help_text()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None
    window.view_actions[3].trigger()  # Ctrl+4
    assert window.workspace.stack.currentWidget() is window.workspace.findings
    assert window.workspace.nav.currentItem().text() == "Warnsignale"
    assert window.page_help_text().startswith("Warnsignale sind Stellen")
    box = window.show_page_help()
    assert box.text() == window.page_help_text()
    box.close()
    window.view_actions[1].trigger()  # Ctrl+2
    assert "Strg+N" in window.page_help_text()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()  # saves and locks, as closing the window does
    assert window.opened is None and not window.isVisible()
