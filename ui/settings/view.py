"""Einstellungen: profile, Jobcenter, passphrase, recovery code, this PC, auto-lock, backup.

Each section saves on its own button. Slow work (key derivation for a new
passphrase, writing or checking a backup) runs in a plain Python thread polled by
a timer, as on the unlock page; the view is inert meanwhile.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError, InputRefused
from app.firstrun import check_passphrase
from app.i18n import _ as app_text
from app.records import JobcenterData, ProfileData
from app.services.workspace import (
    DEFAULT_UNLOCK_MS,
    OpenedDiary,
    RekeyResult,
    check_backup,
    credentials,
    device_availability,
)
from app.settings import IDLE_MINUTES
from ui.common.background import BackgroundTask

if TYPE_CHECKING:
    from app.services.workspace import Credentials
from ui.common.filedialogs import open_file_name, save_file_name
from ui.common.forms import (
    JobcenterForm,
    NewPassphraseForm,
    ProfileForm,
    RecoveryCodePanel,
    clear_secret,
)
from ui.common.layout import Note, em, hint_label, unique_access_keys

# Profil and Jobcenter are stored this long after the last keystroke
AUTOSAVE_DELAY_MS = 800


def size_words(size: int) -> str:
    """A file size the German way: "2,4 MB", "812 KB"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def _job(work: Callable[[], Any]) -> Callable[[], Any]:
    """Wrap work for the worker thread: every failure comes back as an AmtsError."""

    def run() -> Any:
        try:
            return work()
        except AmtsError as exc:
            return exc
        except Exception as exc:  # never let a worker die silently
            return AmtsError(f"Das hat nicht geklappt ({type(exc).__name__}).")

    return run


class SettingsView(QWidget):
    idle_minutes_changed = Signal(int)
    restore_requested = Signal(object, object)  # Path of the backup, Credentials that open it
    data_changed = Signal()  # profile or Jobcenter saved

    def __init__(
        self,
        opened: OpenedDiary,
        parent: QWidget | None = None,
        *,
        unlock_time_ms: int = DEFAULT_UNLOCK_MS,
    ) -> None:
        super().__init__(parent)
        self.opened = opened
        self.service = opened.profile
        self.settings = opened.settings
        self.unlock_time_ms = unlock_time_ms
        self._task = BackgroundTask("einstellungen", self)
        self._progress: QProgressDialog | None = None
        self._on_done: Callable[[Any], None] | None = None

        self._make_widgets()
        self._lay_out()
        unique_access_keys(self)  # the profile's and the Jobcenter's forms share labels
        self._connect()
        self.reload()

    # ------------------------------------------------------------ building
    def _make_widgets(self) -> None:
        # --- Profil
        self.profile = ProfileForm()
        self.profile_status = self._status(self.tr("Profil: Hinweis"))
        # --- Jobcenter
        self.jobcenter = JobcenterForm()
        self.jobcenter_status = self._status(self.tr("Jobcenter: Hinweis"))
        # --- Passphrase
        self.passphrase = NewPassphraseForm(self._user_inputs)
        self.passphrase_save = QPushButton(self.tr("Passphrase &ändern"))
        self.passphrase_status = self._status(self.tr("Passphrase: Hinweis"))
        # --- Wiederherstellungscode
        self.renew_button = QPushButton(self.tr("Neuen Wiederherstellungscode &erstellen …"))
        self.code_panel = RecoveryCodePanel()
        self.code_panel.hide()
        self.code_status = self._status(self.tr("Wiederherstellungscode: Hinweis"))
        # --- Auf diesem PC merken
        self.remember = QCheckBox(self.tr("Auf diesem PC &merken (ohne Passphrase öffnen)"))
        self.remember.setAccessibleName(self.tr("Auf diesem PC merken"))
        self.remember_reason = Note(self.tr("Warum das hier nicht geht"))
        self.remember_status = self._status(self.tr("Auf diesem PC merken: Hinweis"))
        # --- Automatisch sperren
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MINUTES.minimum or 1, IDLE_MINUTES.maximum or 120)
        self.idle.setSuffix(self.tr(" Minuten"))
        self.idle.setAccessibleName(self.tr("Automatisch sperren nach Minuten ohne Eingabe"))
        # --- Sicherung
        self.backup_button = QPushButton(self.tr("Sicherung je&tzt erstellen …"))
        self.restore_button = QPushButton(self.tr("Sicherung &wiederherstellen …"))
        self.backup_status = self._status(self.tr("Sicherung: Hinweis"))

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Bitte warten"))
        self.busy.hide()

    def _lay_out(self) -> None:
        """One column of sections in a scroll area, the busy bar below it."""
        column = QWidget()
        column.setMaximumWidth(em(column, 126))
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel(self.tr("<h2>Einstellungen</h2>")))
        self._add_diary_sections(layout)
        self._add_key_sections(layout)
        self._add_lock_and_backup_sections(layout)
        self._add_language_section(layout)
        layout.addStretch(1)

        self.scroll_area = scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Einstellungen (Bildlaufbereich)"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.busy)

    def _add_diary_sections(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self._section(self.tr("Profil"), self.profile, self.profile_status))
        layout.addWidget(self._section(self.tr("Jobcenter"), self.jobcenter, self.jobcenter_status))

    def _add_key_sections(self, layout: QVBoxLayout) -> None:
        """Passphrase, recovery code and "on this PC": the ways into the diary."""
        layout.addWidget(
            self._section(
                self.tr("Passphrase ändern"),
                hint_label(
                    self.tr(
                        "Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist "
                        "gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig."
                    )
                ),
                self.passphrase,
                self.passphrase_save,
                self.passphrase_status,
            )
        )
        layout.addWidget(
            self._section(
                self.tr("Wiederherstellungscode"),
                hint_label(
                    self.tr(
                        "Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann "
                        "erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr."
                    )
                ),
                self.renew_button,
                self.code_panel,
                self.code_status,
            )
        )
        layout.addWidget(
            self._section(
                self.tr("Auf diesem PC merken"),
                self.remember,
                hint_label(
                    self.tr(
                        "Achtung: Dann kann jeder, der an diesem Computer mit Ihrem "
                        "Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur "
                        "ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt."
                    )
                ),
                self.remember_reason,
                self.remember_status,
            )
        )

    def _add_lock_and_backup_sections(self, layout: QVBoxLayout) -> None:
        idle_row = QHBoxLayout()
        idle_label = QLabel(self.tr("A&utomatisch sperren nach"))
        idle_label.setBuddy(self.idle)
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addWidget(QLabel(self.tr("ohne Eingabe")))
        idle_row.addStretch(1)
        layout.addWidget(
            self._section(
                self.tr("Automatisch sperren"),
                idle_row,
                hint_label(app_text(IDLE_MINUTES.description)),  # marked in app/settings.py
            )
        )
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        layout.addWidget(
            self._section(
                self.tr("Sicherung"),
                hint_label(
                    self.tr(
                        "Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt "
                        "wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem "
                        "USB-Stick und bewahren Sie den Stick getrennt vom Computer auf."
                    )
                ),
                backup_row,
                self.backup_status,
            )
        )

    def _add_language_section(self, layout: QVBoxLayout) -> None:
        """Sprache and Schriftgröße (issue 17): applied at once, kept for the next start."""
        from ui.common.language import LanguageChooser
        from ui.common.textsize import TextSizeChooser

        self.language = LanguageChooser()
        self.text_size = TextSizeChooser()
        row = QHBoxLayout()
        language_label = QLabel(self.tr("Sp&rache"))
        language_label.setBuddy(self.language)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addSpacing(24)
        size_label = QLabel(self.tr("Schrift&größe"))
        size_label.setBuddy(self.text_size)
        row.addWidget(size_label)
        row.addWidget(self.text_size)
        row.addStretch(1)
        layout.addWidget(
            self._section(
                self.tr("Sprache und Schrift"),
                row,
                hint_label(
                    self.tr("Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).")
                ),
            )
        )

    def _connect(self) -> None:
        self._connections: list[tuple[Any, Callable[..., Any]]] = [
            (self.passphrase_save.clicked, self.change_passphrase),
            (self.passphrase.confirmation.returnPressed, self.change_passphrase),
            (self.renew_button.clicked, self.renew_code),
            (self.remember.toggled, self.set_remember),
            (self.idle.valueChanged, self.set_idle_minutes),
            (self.backup_button.clicked, self.backup_now),
            (self.restore_button.clicked, self.restore),
        ]
        # Profil and Jobcenter save by themselves, like every other part of the program:
        # a short pause after the last change, and at once when the view is left or locked
        self._profile_timer = self._autosave_timer(self.save_profile)
        self._jobcenter_timer = self._autosave_timer(self.save_jobcenter)
        for form, timer in (
            (self.profile, self._profile_timer),
            (self.jobcenter, self._jobcenter_timer),
        ):
            for line in form.findChildren(QLineEdit):
                self._connections.append((line.textEdited, lambda _t, t=timer: t.start()))
            for combo in form.findChildren(QComboBox):
                self._connections.append((combo.activated, lambda _i, t=timer: t.start()))
            for radio in form.findChildren(QRadioButton):
                self._connections.append((radio.clicked, lambda _c, t=timer: t.start()))
        for signal, slot in self._connections:
            signal.connect(slot)

    def _autosave_timer(self, save: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(AUTOSAVE_DELAY_MS)
        timer.timeout.connect(save)
        return timer

    def save_pending(self) -> None:
        """Store a change to Profil or Jobcenter that is still waiting for its pause."""
        for timer, save in (
            (self._profile_timer, self.save_profile),
            (self._jobcenter_timer, self.save_jobcenter),
        ):
            if timer.isActive():
                timer.stop()
                save()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_pending()
        super().hideEvent(event)

    def _status(self, accessible: str) -> Note:
        return Note(accessible)

    def _section(self, title: str, *parts: Any) -> QWidget:
        """A heading, then the section's content in a light frame."""
        section = QWidget()
        section.setAccessibleName(title)
        outer = QVBoxLayout(section)
        outer.setContentsMargins(0, 8, 0, 4)
        heading = QLabel(f"<h3>{title}</h3>")
        outer.addWidget(heading)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        outer.addWidget(box)
        layout = QVBoxLayout(box)
        for part in parts:
            if isinstance(part, QPushButton):
                layout.addSpacing(4)
                row = QHBoxLayout()
                row.addWidget(part)
                row.addStretch(1)
                layout.addLayout(row)
            elif isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        return section

    def _user_inputs(self) -> tuple[str, ...]:
        data = self.profile.data()
        return tuple(word for word in (*data.name.split(), data.city) if len(word) > 2)

    # ----------------------------------------------------------- life cycle
    def reload(self) -> None:
        self.profile.set_data(self.service.profile())
        self.jobcenter.set_data(self.service.jobcenter())
        available, reason = device_availability()
        self.remember.blockSignals(True)
        self.remember.setChecked(self.opened.device_slot_enabled)
        self.remember.setEnabled(available or self.opened.device_slot_enabled)
        self.remember.blockSignals(False)
        self.remember_reason.setText(reason)
        self.remember_reason.setVisible(not available)
        if self.opened.device_forgotten:
            self.remember_status.setText(
                self.tr(
                    "Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. "
                    "„Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten."
                )
            )
        self.idle.blockSignals(True)
        self.idle.setValue(self.settings.get(IDLE_MINUTES))
        self.idle.blockSignals(False)

    def clear(self) -> None:
        """Nothing of the diary stays in a widget once the vault is locked."""
        self.save_pending()
        self.profile.clear()
        self.jobcenter.clear()
        self.passphrase.clear()
        self.code_panel.clear()
        self.code_panel.hide()
        clear_secret()
        for label in (
            self.profile_status,
            self.jobcenter_status,
            self.passphrase_status,
            self.code_status,
            self.remember_status,
            self.backup_status,
        ):
            label.clear()

    def dispose(self) -> None:
        """Cut the Python slots before Qt destroys the widgets."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections.clear()
        with warnings.catch_warnings():  # a signal nobody listens to warns on disconnect()
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (self.idle_minutes_changed, self.restore_requested, self.data_changed):
                signal.disconnect()
        self.passphrase.dispose()
        self.jobcenter.dispose()
        self.code_panel.dispose()
        # A job still running finishes on its own; its result is not wanted any more.
        self._task.shutdown(wait=False)
        self._on_done = None

    # ------------------------------------------------------------ the worker
    @property
    def working(self) -> bool:
        return self._task.running

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        status: QLabel,
        text: str,
        *,
        modal: bool = False,
    ) -> None:
        """Run ``work`` in the worker thread. ``modal``: the window waits (re-keying the
        diary must not meet another change), with a progress dialog that cannot be
        cancelled halfway."""
        status.setText(text)
        self._set_busy(True)
        self._on_done = done
        if modal:
            self._progress = QProgressDialog(text, "", 0, 0, self)
            self._progress.setWindowTitle(self.tr("Bitte warten"))
            self._progress.setCancelButton(None)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(0)
            self._progress.setAccessibleName(self.tr("Das Tagebuch wird neu verschlüsselt"))
            self._progress.show()
        self._task.start(_job(work), self._finished)

    def wait(self) -> None:
        """Block until the worker is done (the window closes; the diary must stay whole)."""
        self._task.wait()

    def _finished(self, result: Any) -> None:
        done, self._on_done = self._on_done, None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(False)
        if done is not None:
            done(result)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (
            self.passphrase_save,
            self.renew_button,
            self.backup_button,
            self.restore_button,
        ):
            button.setEnabled(not busy)

    # --------------------------------------------------------- profile, Jobcenter
    def save_profile(self) -> None:
        if self.profile.data() == (self.service.profile() or ProfileData()):
            return
        try:
            self.service.set_profile(self.profile.data())
        except AmtsError as exc:
            self.profile_status.setText(exc.message)
            return
        self.profile_status.setText(self.tr("✓ Profil gespeichert (das geschieht von selbst)."))
        self.data_changed.emit()

    def save_jobcenter(self) -> None:
        if self.jobcenter.data() == (self.service.jobcenter() or JobcenterData()):
            return
        try:
            self.service.set_jobcenter(self.jobcenter.data())
        except AmtsError as exc:
            self.jobcenter_status.setText(exc.message)
            return
        self.jobcenter_status.setText(
            self.tr("✓ Jobcenter gespeichert (das geschieht von selbst).")
        )
        self.data_changed.emit()

    # ------------------------------------------------------------- passphrase
    def change_passphrase(self) -> None:
        if self.working:
            return
        new, again = self.passphrase.values()
        try:
            check_passphrase(new, again, self._user_inputs())
        except InputRefused as exc:
            self.passphrase_status.setText(exc.message)
            return
        self.passphrase.clear()
        opened, unlock_ms = self.opened, self.unlock_time_ms
        self._run(
            lambda: opened.change_passphrase(new, unlock_time_ms=unlock_ms),
            self._passphrase_changed,
            self.passphrase_status,
            self.tr(
                "Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch "
                "mit einem neuen Schlüssel verschlüsselt …"
            ),
            modal=True,
        )

    def _passphrase_changed(self, result: object) -> None:
        if isinstance(result, AmtsError):
            self.passphrase_status.setText(
                self.tr("Die Passphrase wurde nicht geändert: {reason}").format(
                    reason=result.message
                )
            )
            return
        assert isinstance(result, RekeyResult)
        text = self.tr(
            "✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen "
            "Passphrase."
        )
        if result.recovery_code is not None:
            # an early diary: its recovery slot could not take the new key
            self._show_new_code(result.recovery_code)
            text += " " + self.tr(
                "Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen "
                "Wiederherstellungscode (unten); der alte gilt nicht mehr."
            )
        self.passphrase_status.setText(text + " " + result.notice())

    # ---------------------------------------------------------- recovery code
    def renew_code(self, *, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Neuen Wiederherstellungscode erstellen?"),
                self.tr(
                    "Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal "
                    "angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt "
                    "aus.\n\nJetzt einen neuen Code erstellen?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.working:
            return
        self._run(
            self.opened.renew_recovery_code,
            self._code_renewed,
            self.code_status,
            self.tr(
                "Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem "
                "neuen Schlüssel verschlüsselt …"
            ),
            modal=True,
        )

    def _code_renewed(self, result: object) -> None:
        if isinstance(result, AmtsError):
            self.code_status.setText(result.message)
            return
        assert isinstance(result, RekeyResult) and result.recovery_code is not None
        self._show_new_code(result.recovery_code)
        self.code_status.setText(
            self.tr(
                "Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – "
                "schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr."
            )
            + " "
            + result.notice()
        )

    def _show_new_code(self, code: str) -> None:
        profile = self.service.profile()
        self.code_panel.set_code(code, self.opened.folder, profile.name if profile else "")
        self.code_panel.show()

    # ----------------------------------------------------------------- this PC
    def set_remember(self, remember: bool) -> None:
        try:
            if remember:
                self.opened.enable_device_slot()
            else:
                self.opened.disable_device_slot()
        except AmtsError as exc:
            self.remember_status.setText(exc.message)
            self.remember.blockSignals(True)
            self.remember.setChecked(self.opened.device_slot_enabled)
            self.remember.blockSignals(False)
            return
        self.remember_status.setText(
            self.tr("✓ Dieser PC merkt sich Ihr Tagebuch.")
            if remember
            else self.tr("✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.")
        )
        if not remember:
            self.reload()

    # ---------------------------------------------------------------- auto-lock
    def set_idle_minutes(self, minutes: int) -> None:
        try:
            stored = self.settings.set(IDLE_MINUTES, minutes)
        except AmtsError as exc:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), exc.message)
            return
        self.idle_minutes_changed.emit(stored)

    # ------------------------------------------------------------------ backups
    def backup_now(self) -> None:
        if self.working:
            return
        suggested = Path.home() / f"Amtstagebuch-Sicherung-{date.today():%Y-%m-%d}.amtbak"
        target = save_file_name(
            self,
            self.tr("Sicherung speichern"),
            suggested,
            self.tr("Sicherungen von Amtstagebuch (*.amtbak)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".amtbak":
            target = target.with_name(target.name + ".amtbak")
        opened = self.opened

        def work() -> tuple[Path, int, int]:
            count = opened.write_backup(target)
            return target, count, target.stat().st_size

        self._run(
            work,
            self._backup_written,
            self.backup_status,
            self.tr("Einen Moment bitte – die Sicherung wird geschrieben …"),
        )

    def _backup_written(self, result: object) -> None:
        if isinstance(result, AmtsError) or not isinstance(result, tuple):
            self.backup_status.setText(getattr(result, "message", ""))
            return
        target, count, size = result
        attachments = self.tr("1 Anhang") if count == 1 else self.tr("{n} Anhänge").format(n=count)
        self.backup_status.setText(
            self.tr(
                "✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist "
                "verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie "
                "getrennt vom Computer auf."
            ).format(path=target, size=size_words(size), attachments=attachments)
        )

    def restore(self) -> None:
        """Explain, choose the file, ask its passphrase, check it; then ask the window."""
        if self.working:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sicherung wiederherstellen?"),
            self.tr(
                "Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung "
                "ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht "
                "nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.\n\n"
                "Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung "
                "gemacht wurde.\n\nEine Sicherung auswählen?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        source = open_file_name(
            self,
            self.tr("Sicherung auswählen"),
            Path.home(),
            self.tr("Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)"),
        )
        if source is None:
            return
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase der Sicherung"),
            self.tr(
                "Mit welcher Passphrase wurde die Sicherung gemacht?\n"
                "Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige."
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not secret:
            return
        creds = credentials(passphrase=secret)
        self._run(
            lambda: check_backup(source, creds),
            lambda result: self._backup_checked(result, source, creds),
            self.backup_status,
            self.tr("Einen Moment bitte – die Sicherung wird geprüft …"),
        )

    def _backup_checked(self, result: object, source: Path, creds: Credentials) -> None:
        if isinstance(result, AmtsError):
            self.backup_status.setText(
                self.tr("Die Sicherung wurde nicht wiederhergestellt: {reason}").format(
                    reason=result.message
                )
            )
            return
        self.backup_status.setText(self.tr("Die Sicherung ist in Ordnung."))
        self.restore_requested.emit(source, creds)
