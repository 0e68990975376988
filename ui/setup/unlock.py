"""The unlock page: passphrase or recovery code, the key derived off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.errors import AmtsError, VaultDamaged, WrongPassphrase
from app.services.workspace import (
    credentials,
    derive_key,
    open_diary,
    remembered_on_this_pc,
    restore_generation_and_open,
)
from ui.common.background import BackgroundTask
from ui.common.layout import centred_column

if TYPE_CHECKING:
    from app.services.workspace import Credentials


class UnlockPage(QWidget):
    unlocked = Signal(object)  # OpenedDiary

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_path = folder
        self._busy = False
        self._task = BackgroundTask("schluessel", self)
        self.setWindowTitle(self.tr("Tagebuch entsperren"))  # the window's title on this page
        heading = QLabel(self.tr("<h2>Tagebuch entsperren</h2>"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.use_passphrase = QRadioButton(self.tr("mit meiner &Passphrase"))
        self.use_code = QRadioButton(self.tr("mit dem &Wiederherstellungscode"))
        self.use_passphrase.setChecked(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        # named after what is asked for, not "Eingabe" (follows the choice above it)
        self.secret_label = QLabel(self.tr("Passphrase:"))
        self.secret_label.setBuddy(self.secret)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.open_button = QPushButton(self.tr("&Entsperren"))
        self.open_button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Wird entsperrt"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Hinweis"))
        # Only where "Auf diesem PC merken" is on and this PC's keyring still has the key.
        self.device_button = QPushButton(self.tr("&Ohne Eingabe öffnen (auf diesem PC gemerkt)"))
        self.device_button.setAccessibleName(self.tr("Ohne Passphrase öffnen"))
        self.device_button.hide()
        self.backup_button = QPushButton(self.tr("Neueste lesbare &Sicherung öffnen"))
        self.backup_button.hide()
        self._backup: str | None = None

        choice = QHBoxLayout()
        choice.addWidget(self.use_passphrase)
        choice.addWidget(self.use_code)
        choice.addStretch(1)
        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        layout = centred_column(self, 93, 4)
        layout.addSpacing(24)
        layout.addWidget(heading)
        layout.addWidget(self.where)
        layout.addLayout(choice)
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addWidget(self.device_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.backup_button)
        layout.addStretch(1)

        self.open_button.clicked.connect(self.start_unlock)
        self.secret.returnPressed.connect(self.start_unlock)
        self.use_code.toggled.connect(self._mode_changed)
        self.backup_button.clicked.connect(self.restore_backup)
        self.device_button.clicked.connect(self.unlock_with_device)
        self.set_folder(folder)

    def set_folder(self, folder: Path) -> None:
        self.folder_path = folder
        self.where.setText(self.tr("Tagebuch im Ordner: {folder}").format(folder=folder))
        self.device_button.hide()
        # after the window has painted: the check loads the vault code and asks the keyring
        QTimer.singleShot(0, self, self.refresh_device)  # not after the page is gone

    def reset(self) -> None:
        self.secret.clear()
        self.message.clear()
        self.backup_button.hide()
        self.secret.setFocus()
        self.refresh_device()

    def refresh_device(self) -> None:
        """Offer opening without typing only when this PC can really do it."""
        self.device_button.setVisible(remembered_on_this_pc(self.folder_path))

    def unlock_with_device(self) -> None:
        if self._busy:
            return
        self._open_with(credentials(use_device=True))

    def _mode_changed(self, code: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if code else "")
        what = self.tr("Wiederherstellungscode") if code else self.tr("Passphrase")
        self.secret_label.setText(self.tr("{what}:").format(what=what))
        self.secret.setAccessibleName(what)

    def start_unlock(self) -> None:
        if self._busy:
            return
        secret = self.secret.text()
        if not secret:
            self.message.setText(
                self.tr("Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.")
                if self.use_code.isChecked()
                else self.tr("Bitte geben Sie zuerst Ihre Passphrase ein.")
            )
            return
        code = self.use_code.isChecked()
        self.secret.clear()
        self._set_busy(True)
        self.message.setText(self.tr("Einen Moment bitte – das Tagebuch wird entsperrt …"))
        folder = self.folder_path
        passphrase, recovery_code = (None, secret) if code else (secret, None)
        self._task.start(lambda: derive_key(folder, passphrase, recovery_code), self._derived)

    def _derived(self, result: Credentials | AmtsError) -> None:
        self._set_busy(False)
        if isinstance(result, AmtsError):
            self.message.setText(result.message)
            return
        self._open_with(result)

    def _open_with(self, creds: Credentials) -> None:
        try:
            opened = open_diary(self.folder_path, creds)
        except VaultDamaged as exc:
            self.message.setText(exc.message)
            self._backup = exc.newest_backup
            self.backup_button.setVisible(exc.newest_backup is not None)
            self._pending = creds
            return
        except WrongPassphrase as exc:
            if creds.use_device:
                self.device_button.hide()
                self.message.setText(
                    self.tr(
                        "Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben "
                        "Sie Ihre Passphrase ein."
                    )
                )
            else:
                self.message.setText(exc.message)
            self.secret.setFocus()
            return
        except AmtsError as exc:
            self.message.setText(exc.message)
            return
        self.message.clear()
        self.unlocked.emit(opened)

    def restore_backup(self) -> None:
        """Put the newest good generation in place; the damaged file is kept aside."""
        if self._backup is None:
            return
        try:
            opened = restore_generation_and_open(self.folder_path, self._backup, self._pending)
        except AmtsError as exc:
            self.message.setText(exc.message)
            return
        self.backup_button.hide()
        self.message.setText(
            self.tr("Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.")
        )
        self.unlocked.emit(opened)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)
