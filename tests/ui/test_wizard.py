"""The first-run wizard, driven through its real widgets from start to finish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.firstrun import Step
from app.paths import remembered_vault_dir
from app.services.profile import ProfileService
from app.services.settings import SettingsService
from app.services.workspace import OpenedDiary
from app.settings import IDLE_MINUTES
from app.vault import device
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.common import forms
from ui.setup.wizard import FirstRunWizard

NAME = "Олена Коваленко"
CITY = "الرياض"  # any script must go through


def _wizard(qtbot: QtBot, tmp_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(unlock_time_ms=0, config_dir=tmp_path / "config")
    qtbot.addWidget(wizard)
    wizard.resize(900, 720)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


def _dispose(wizard: FirstRunWizard) -> None:
    wizard.dispose()


# The completer's popup: the offscreen platform cannot raise it or grab the keyboard.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grab"
)
def test_the_whole_first_run(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "USB-Stick" / "Amtstagebuch"
    wizard = _wizard(qtbot, tmp_path)
    assert wizard.step is Step.WELCOME
    assert "drei Minuten" in wizard.welcome.intro.text()
    _next(qtbot, wizard)

    # --- Ordner: the default is offered, another folder can be typed
    assert wizard.step is Step.FOLDER
    assert wizard.folder_page.use_default.isChecked()
    wizard.folder_page.use_other.setChecked(True)
    qtbot.keyClicks(wizard.folder_page.path, str(folder))
    qtbot.keyClick(wizard.folder_page.path, Qt.Key.Key_Return)  # Enter means "Weiter"
    assert wizard.step is Step.PASSPHRASE, wizard.message.text()

    # --- Passphrase: the German label changes while typing
    form = wizard.passphrase_form
    assert form.strength_label.text() == "Noch nichts eingegeben."
    qtbot.keyClicks(form.passphrase, "hallo")
    qtbot.waitUntil(lambda: "Sehr schwach" in form.strength_label.text(), timeout=3000)
    assert "reicht noch nicht" in form.strength_label.text()
    assert "„hallo“ ist leicht zu erraten" in form.advice.text()  # German, with the reason
    assert form.bar.value() == 0
    qtbot.keyClicks(form.passphrase, "123")
    qtbot.waitUntil(lambda: form.strength_label.text().startswith("Schwach"), timeout=3000)
    qtbot.keyClicks(form.confirmation, "hallo123")
    _next(qtbot, wizard)
    assert wizard.step is Step.PASSPHRASE
    assert "zu leicht zu erraten" in wizard.message.text()
    qtbot.keyClicks(form.passphrase, "x")  # typing again takes the refusal away
    assert not wizard.message.isVisible()
    form.passphrase.clear()
    form.confirmation.clear()
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.waitUntil(lambda: "reicht aus" in form.strength_label.text(), timeout=3000)
    assert form.strength_label.text().split(" – ")[0] in ("Gut", "Sehr gut")
    assert form.bar.value() >= 3
    qtbot.keyClicks(form.confirmation, PASSPHRASE[:-1])
    assert "noch nicht überein" in form.match.text()
    _next(qtbot, wizard)
    assert "nicht gleich" in wizard.message.text()
    qtbot.keyClicks(form.confirmation, PASSPHRASE[-1])
    assert "stimmen überein" in form.match.text()
    _next(qtbot, wizard)
    assert wizard.busy.isVisible() and not wizard.next_button.isEnabled()
    qtbot.waitUntil(lambda: wizard.step is Step.RECOVERY, timeout=30_000)
    assert not wizard.busy.isVisible()
    assert form.passphrase.text() == "" and form.confirmation.text() == ""
    assert (folder / "tagebuch.amtb").exists()

    # --- Wiederherstellungscode: shown once, printed, copied; no way back
    assert not wizard.back_button.isEnabled()
    code = wizard.recovery.panel.shown_code()
    assert re.fullmatch(r"([A-Z2-9]{4}-){7}[A-Z2-9]{4}", code)
    sheet = tmp_path / "Wiederherstellungscode"
    opened: list[object] = []
    monkeypatch.setattr(forms, "save_file_name", lambda *a, **k: sheet)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(forms.QDesktopServices, "openUrl", lambda url: opened.append(url))
    qtbot.mouseClick(wizard.recovery.panel.print_button, Qt.MouseButton.LeftButton)
    pdf = sheet.with_name(sheet.name + ".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "gespeichert" in wizard.recovery.panel.status.text()
    assert opened == []  # "No" was answered
    qtbot.mouseClick(wizard.recovery.panel.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == code
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert "30 Sekunden" in wizard.recovery.panel.status.text()
    _next(qtbot, wizard)

    # --- Prüfung: two groups asked back; a wrong answer is refused
    assert wizard.step is Step.CHECK
    assert QGuiApplication.clipboard().text() == ""  # typed from paper, not pasted
    numbers = [int(re.sub(r"\D", "", label.text())) for label in wizard.check.labels]
    assert len(numbers) == 2 and numbers[0] < numbers[1]
    groups = code.split("-")
    first, second = wizard.check.answers
    qtbot.keyClicks(first, groups[numbers[0] - 1].lower())
    qtbot.keyClicks(second, "ZZZZ" if groups[numbers[1] - 1] != "ZZZZ" else "YYYY")
    _next(qtbot, wizard)
    assert wizard.step is Step.CHECK
    assert f"Gruppe {numbers[1]} stimmt nicht" in wizard.message.text()
    assert wizard.message.isVisible()
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)  # look at the code again
    assert wizard.step is Step.RECOVERY
    assert wizard.recovery.panel.shown_code() == code
    _next(qtbot, wizard)
    second.clear()
    qtbot.keyClicks(second, " ".join(groups[numbers[1] - 1]))
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert wizard.step is Step.PROFILE, wizard.message.text()
    assert not wizard.message.isVisible()

    # --- Profil: any script
    profile = wizard.profile.form
    profile.name.setText(NAME)  # keyClicks cannot type non-Latin-1 text
    profile.city.setText(CITY)
    qtbot.keyClicks(profile.street, "Lindenweg 5")
    qtbot.keyClicks(profile.postcode, "45127")
    qtbot.keyClicks(profile.customer_number, "123D456789")
    qtbot.keyClicks(profile.bg_number, "12345BG0012345")
    profile.state.setCurrentIndex(profile.state.findData("NW"))
    _next(qtbot, wizard)

    # --- Jobcenter: the district proposes the kind, with a plain hint
    assert wizard.step is Step.JOBCENTER
    jc = wizard.jobcenter.form
    assert jc.state_code() == "NW"  # taken over from the profile
    assert "Bundesagentur für Arbeit" in jc.hint.text()  # how to tell the kinds apart
    assert jc.kind_ge.isChecked()
    qtbot.keyClicks(jc.district, "Stadt Ess")
    popup = jc.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert jc.completer.currentCompletion() == "Stadt Essen"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks the entry
    assert jc.district.text() == "Stadt Essen"
    assert not popup.isVisible()
    assert jc.kind_zkt.isChecked()
    assert jc.proposal.isVisible()
    assert "zugelassener kommunaler Träger" in jc.proposal.text()
    qtbot.keyClicks(jc.name, "Jobcenter Essen")
    qtbot.keyClicks(jc.street, "Berliner Platz 10")
    qtbot.keyClicks(jc.postcode, "45127")
    qtbot.keyClicks(jc.city, "Essen")
    _next(qtbot, wizard)

    # --- Auf diesem PC merken: no keyring here, so disabled with the reason
    assert wizard.step is Step.DEVICE
    available, reason = device.availability()
    assert not available  # this machine has no keyring
    assert not wizard.device.remember.isEnabled()
    assert wizard.device.reason.isVisible()
    assert wizard.device.reason.text() == reason
    assert "Achtung" in wizard.device.warning.text()
    _next(qtbot, wizard)

    # --- Fertig
    assert wizard.step is Step.DONE
    summary = wizard.done.summary.text()
    assert NAME in summary and "Jobcenter Essen" in summary and str(folder) in summary
    with qtbot.waitSignal(wizard.completed, timeout=3000) as signal:
        _next(qtbot, wizard)
    opened = signal.args[0]
    assert isinstance(opened, OpenedDiary) and isinstance(opened.vault, Vault)
    vault = opened.vault
    try:
        profile_service = ProfileService(vault)
        stored = profile_service.profile()
        assert stored is not None
        assert (stored.name, stored.city, stored.state) == (NAME, CITY, "NW")
        assert stored.customer_number == "123D456789"
        assert stored.bg_number == "12345BG0012345"
        jobcenter = profile_service.jobcenter()
        assert jobcenter is not None
        assert (jobcenter.kind, jobcenter.district, jobcenter.name) == (
            "zkt",
            "Stadt Essen",
            "Jobcenter Essen",
        )
        assert SettingsService(vault).get(IDLE_MINUTES) == 10
    finally:
        vault.close()
    _dispose(wizard)
    assert remembered_vault_dir(tmp_path / "config") == folder
    Vault.open(folder, passphrase=PASSPHRASE).close()
    Vault.open(folder, recovery_code=code).close()


def test_clipboard_is_cleared_and_only_of_our_secret(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    forms.copy_secret("GEHEIM-CODE", seconds=0.05)
    assert clipboard.text() == "GEHEIM-CODE"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    forms.copy_secret("GEHEIM-CODE", seconds=0.05)
    clipboard.setText("etwas anderes")  # the person copied something since
    qtbot.wait(150)
    assert clipboard.text() == "etwas anderes"
    clipboard.clear()


def test_secret_mime_on_windows_keeps_out_of_clipboard_history() -> None:
    mime = forms.secret_mime("X", windows=True)
    native = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
    assert mime.hasFormat(native)
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert mime.text() == "X"


def test_a_folder_with_a_diary_is_offered_for_opening(
    qtbot: QtBot, tmp_path: Path, vault_dir: Path
) -> None:
    before = (vault_dir / "tagebuch.amtb").read_bytes()
    wizard = _wizard(qtbot, tmp_path)
    _next(qtbot, wizard)
    wizard.folder_page.use_other.setChecked(True)
    wizard.folder_page.path.setText(str(vault_dir))
    _next(qtbot, wizard)
    assert wizard.step is Step.FOLDER
    assert "liegt schon ein Tagebuch" in wizard.message.text()
    assert wizard.folder_page.open_button.isVisible()
    with qtbot.waitSignal(wizard.open_existing) as signal:
        qtbot.mouseClick(wizard.folder_page.open_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == vault_dir
    assert remembered_vault_dir(tmp_path / "config") == vault_dir
    assert (vault_dir / "tagebuch.amtb").read_bytes() == before
    _dispose(wizard)


def test_open_an_existing_diary_from_the_welcome_page(
    qtbot: QtBot, tmp_path: Path, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.setup.wizard

    wizard = _wizard(qtbot, tmp_path)
    monkeypatch.setattr(ui.setup.wizard, "existing_folder", lambda *a, **k: tmp_path)
    qtbot.mouseClick(wizard.welcome.open_button, Qt.MouseButton.LeftButton)
    assert "liegt kein Tagebuch" in wizard.message.text()
    monkeypatch.setattr(ui.setup.wizard, "existing_folder", lambda *a, **k: vault_dir)
    with qtbot.waitSignal(wizard.open_existing) as signal:
        qtbot.mouseClick(wizard.welcome.open_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == vault_dir
    _dispose(wizard)


def test_a_missing_usb_stick_is_mentioned(qtbot: QtBot, tmp_path: Path) -> None:
    from app.paths import remember_vault_dir

    remember_vault_dir(tmp_path / "E" / "Amtstagebuch", tmp_path / "config")
    wizard = _wizard(qtbot, tmp_path)
    assert wizard.welcome.missing.isVisible()
    assert "USB-Stick" in wizard.welcome.missing.text()
    _dispose(wizard)


def test_browsing_proposes_a_folder_of_its_own(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.setup.wizard

    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "urlaub.jpg").write_bytes(b"x")
    monkeypatch.setattr(ui.setup.wizard, "existing_folder", lambda *a, **k: stick)
    wizard = _wizard(qtbot, tmp_path)
    _next(qtbot, wizard)
    wizard.folder_page.use_other.setChecked(True)
    qtbot.mouseClick(wizard.folder_page.browse, Qt.MouseButton.LeftButton)
    assert wizard.folder_page.path.text() == str(stick / "Amtstagebuch")
    _dispose(wizard)


def test_every_field_is_reachable_by_keyboard_and_named(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path)
    for page in wizard.pages.values():
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, QLineEdit | QComboBox | QAbstractButton):
                continue
            if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
                continue
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            labelled = any(
                label.buddy() is widget for label in page.findChildren(type(wizard.progress))
            )
            assert name or labelled, (type(page).__name__, widget)
    _dispose(wizard)


def test_the_window_starts_the_wizard_where_no_diary_is(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No diary in the folder: the window shows the wizard, then the new diary."""
    import ui.setup.wizard
    from app import firstrun
    from ui.main import MainWindow

    monkeypatch.setattr("app.paths.config_dir", lambda: tmp_path / "config")
    monkeypatch.setattr(
        ui.setup.wizard,
        "create_vault",
        lambda folder, passphrase, unlock_time_ms: firstrun.create_vault(
            folder, passphrase, unlock_time_ms=0
        ),
    )
    folder = tmp_path / "leer"
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None and window.pages.currentWidget() is wizard
    _next(qtbot, wizard)
    wizard.folder_page.use_other.setChecked(True)
    wizard.folder_page.path.setText(str(folder))
    _next(qtbot, wizard)
    wizard.passphrase_form.passphrase.setText(PASSPHRASE)
    wizard.passphrase_form.confirmation.setText(PASSPHRASE)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.step is Step.RECOVERY, timeout=30_000)
    code = wizard.recovery.panel.shown_code().split("-")
    _next(qtbot, wizard)
    for edit, number in zip(wizard.check.answers, wizard.machine.asked, strict=True):
        edit.setText(code[number - 1])
    for _ in range(4):  # Prüfung, Profil, Jobcenter, Auf diesem PC merken
        _next(qtbot, wizard)
    assert wizard.step is Step.DONE
    _next(qtbot, wizard)
    assert window.wizard is None
    assert window.opened is not None and window.workspace is not None
    assert window.pages.currentWidget() is window.workspace
    assert window.idle.isActive()
    window.lock()
    assert window.pages.currentWidget() is window.unlock_page
    assert str(folder) in window.unlock_page.where.text()
    assert remembered_vault_dir() == folder


def test_closing_the_window_during_the_wizard_keeps_the_new_diary(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.main import MainWindow

    monkeypatch.setattr("app.paths.config_dir", lambda: tmp_path / "config")
    wizard = FirstRunWizard(unlock_time_ms=0, config_dir=tmp_path / "config")
    qtbot.addWidget(wizard)
    wizard.machine.step = Step.PASSPHRASE
    wizard.machine.folder = tmp_path / "v"
    wizard.show_step()
    wizard.passphrase_form.passphrase.setText(PASSPHRASE)
    wizard.passphrase_form.confirmation.setText(PASSPHRASE)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.step is Step.RECOVERY, timeout=30_000)
    _dispose(wizard)  # what the window does when it is closed
    assert wizard.recovery.panel.shown_code() == "-------"
    Vault.open(tmp_path / "v", passphrase=PASSPHRASE).close()  # the folder lock is free
    window = MainWindow(tmp_path / "v")
    qtbot.addWidget(window)
    assert window.wizard is None  # a diary exists: the unlock page
