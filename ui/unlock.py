"""The unlock page: passphrase or recovery code, the key derived off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError, VaultDamaged, WrongPassphrase
from app.vault import VAULT_FILE, Credentials, Vault, fileformat


class _Signals(QObject):
    done = Signal(object)  # Credentials with the key derived, or an AmtsError


class _DeriveKey(QRunnable):
    """Runs Argon2id (about one second) in the thread pool; the GIL is released."""

    def __init__(self, path: Path, creds: Credentials) -> None:
        super().__init__()
        # Python owns this object (kept on the page); Qt must not delete it after run().
        self.setAutoDelete(False)
        self.path, self.creds = path, creds
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            data = self.path.read_bytes()
            parsed = fileformat.parse(data)
            self.creds.try_header(parsed.header)  # caches the derived key
            self.signals.done.emit(self.creds)
        except (OSError, fileformat.FormatError, fileformat.TooNew):
            self.signals.done.emit(self.creds)  # Vault.open gives the precise message
        except Exception as exc:  # never let a worker die silently
            self.signals.done.emit(AmtsError(f"Entsperren fehlgeschlagen ({type(exc).__name__})."))


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Vault

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_path = folder
        self._busy = False
        heading = QLabel(self.tr("<h2>Tagebuch entsperren</h2>"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.use_passphrase = QRadioButton(self.tr("mit meiner &Passphrase"))
        self.use_code = QRadioButton(self.tr("mit dem &Wiederherstellungscode"))
        self.use_passphrase.setChecked(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase oder Wiederherstellungscode"))
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
        self.backup_button = QPushButton(self.tr("Neueste lesbare &Sicherung öffnen"))
        self.backup_button.hide()
        self._backup: str | None = None

        choice = QHBoxLayout()
        choice.addWidget(self.use_passphrase)
        choice.addWidget(self.use_code)
        choice.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Eingabe:"), self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.where)
        layout.addLayout(choice)
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.backup_button)
        layout.addStretch(1)

        self.open_button.clicked.connect(self.start_unlock)
        self.secret.returnPressed.connect(self.start_unlock)
        self.use_code.toggled.connect(self._mode_changed)
        self.backup_button.clicked.connect(self.restore_backup)
        self.set_folder(folder)

    def set_folder(self, folder: Path) -> None:
        self.folder_path = folder
        self.where.setText(self.tr("Tagebuch im Ordner: {folder}").format(folder=folder))

    def reset(self) -> None:
        self.secret.clear()
        self.message.clear()
        self.backup_button.hide()
        self.secret.setFocus()

    def _mode_changed(self, code: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if code else "")

    def start_unlock(self) -> None:
        if self._busy:
            return
        secret = self.secret.text()
        if not secret:
            self.message.setText(self.tr("Bitte geben Sie zuerst Ihre Passphrase ein."))
            return
        if self.use_code.isChecked():
            creds = Credentials(recovery_code=secret)
        else:
            creds = Credentials(passphrase=secret)
        self.secret.clear()
        self._set_busy(True)
        self.message.setText(self.tr("Einen Moment bitte – das Tagebuch wird entsperrt …"))
        job = _DeriveKey(self.folder_path / VAULT_FILE, creds)
        job.signals.done.connect(self._derived)
        self._job = job  # keep the signals object alive
        QThreadPool.globalInstance().start(job)

    def _derived(self, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, AmtsError):
            self.message.setText(result.message)
            return
        assert isinstance(result, Credentials)
        try:
            vault = Vault.open(self.folder_path, credentials=result)
        except VaultDamaged as exc:
            self.message.setText(exc.message)
            self._backup = exc.newest_backup
            self.backup_button.setVisible(exc.newest_backup is not None)
            self._pending = result
            return
        except WrongPassphrase as exc:
            self.message.setText(exc.message)
            self.secret.setFocus()
            return
        except AmtsError as exc:
            self.message.setText(exc.message)
            return
        self.message.clear()
        self.unlocked.emit(vault)

    def restore_backup(self) -> None:
        """Put the newest good generation in place; the damaged file is kept aside."""
        from app.vault.backup import restore

        if self._backup is None:
            return
        try:
            restore(self.folder_path / self._backup, self.folder_path, self._pending, replace=True)
            vault = Vault.open(self.folder_path, credentials=self._pending)
        except AmtsError as exc:
            self.message.setText(exc.message)
            return
        self.backup_button.hide()
        self.message.setText(
            self.tr("Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.")
        )
        self.unlocked.emit(vault)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)
