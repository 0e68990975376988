"""A first, minimal window: choose the diary folder, unlock it, see what it holds.

The full window (first-run wizard, diary, handovers) replaces this in a later
step; this one already goes through the same services as everything else.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.paths import default_vault_dir
from app.services.diary import DiaryService
from app.vault import VAULT_FILE, Vault


class UnlockWindow(QMainWindow):
    def __init__(self, folder: Path, passphrase: str = "") -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("Amtstagebuch"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(self.tr("<h2>Amtstagebuch</h2>"))
        intro = QLabel(
            self.tr(
                "Ihr verschlüsseltes Tagebuch für Kontakte mit dem Jobcenter. "
                "Alles bleibt auf diesem Computer."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(self.tr("Ordner des Tagebuchs"))
        self.passphrase = QLineEdit(passphrase)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Ordner:"), self.folder)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.open_button = QPushButton(self.tr("Ö&ffnen"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.open_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.resize(560, 320)

    def unlock(self) -> None:
        folder = Path(self.folder.text().strip())
        if not (folder / VAULT_FILE).exists():
            self.status.setText(
                self.tr(
                    "In diesem Ordner liegt noch kein Tagebuch. Legen Sie eines an mit: "
                    "amtstagebuch init ORDNER"
                )
            )
            return
        self.close_vault()
        try:
            self.vault = Vault.open(folder, passphrase=self.passphrase.text())
        except AmtsError as exc:
            self.status.setText(exc.message)
            return
        finally:
            self.passphrase.clear()
        service = DiaryService(self.vault)
        profile = service.profile()
        count = service.count_contacts()
        if profile and profile.name:
            text = self.tr("Geöffnet: Tagebuch von {name} mit {count} Einträgen.")
        else:
            text = self.tr("Geöffnet: Tagebuch mit {count} Einträgen.")
        self.status.setText(text.format(name=profile.name if profile else "", count=count))

    def close_vault(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def closeEvent(self, event: object) -> None:
        self.close_vault()
        super().closeEvent(event)  # type: ignore[arg-type]


def run(demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    demo_dir: Path | None = None
    folder, passphrase = default_vault_dir(), ""
    if demo:
        from app.demo import DEMO_PASSPHRASE, fill_demo

        demo_dir = Path(tempfile.mkdtemp(prefix="amtstagebuch-demo-"))
        folder, passphrase = demo_dir / "tagebuch", DEMO_PASSPHRASE
        vault, _code = Vault.create(folder, passphrase, unlock_time_ms=0, check_strength=False)
        try:
            fill_demo(vault)
        finally:
            vault.close()
    window = UnlockWindow(folder, passphrase)
    window.show()
    try:
        return int(app.exec())
    finally:
        window.close_vault()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
