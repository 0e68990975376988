"""The program window: unlock first, then the workspace with its views.

Locking (Ctrl+L, or after the idle time) closes the diary, clears every view and
brings the unlock page back.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import SaveFailed
from app.paths import RESOURCES, remembered_vault_dir
from app.services.workspace import VAULT_FILE
from ui.common.crash import install_exception_hook
from ui.common.i18n import install_translators, label
from ui.common.theme import themed

# The workspace and the vault code (SQLAlchemy and all) load on first unlock, so
# the unlock page paints quickly; see tests/benchmarks/bench_ui.py.
if TYPE_CHECKING:
    from app.letters.model import LetterRequest
    from app.services.entries import DeletedContact
    from app.services.findings import FindingsService
    from app.services.letters import DeletedLetter
    from app.services.workspace import Credentials, OpenedDiary
    from ui.diary.entry_form import EntryDialog
    from ui.help.about import AboutDialog
    from ui.letters.wizard import LetterWizard
    from ui.setup.unlock import UnlockPage
    from ui.setup.wizard import FirstRunWizard

DEFAULT_IDLE_MINUTES = 10
# The views in the order of the list on the left (Ctrl+1 … Ctrl+6) and what each is for
# (F1); translated where they are shown, with ui.common.i18n.label.
VIEW_NAMES = (
    QT_TRANSLATE_NOOP("Bezeichnung", "Übersicht"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Tagebuch"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Unterlagen"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Warnsignale"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Briefe"),
    QT_TRANSLATE_NOOP("Bezeichnung", "Einstellungen"),
)
VIEW_HELP = (
    QT_TRANSLATE_NOOP(
        "Bezeichnung",
        "Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale "
        "(die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die "
        "letzten Einträge. Ein Klick auf einen Link führt zur Stelle.",
    ),
    QT_TRANSLATE_NOOP(
        "Bezeichnung",
        "Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, "
        "E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten "
        "gleich nach dem Termin auf, was gesagt und verlangt wurde.",
    ),
    QT_TRANSLATE_NOOP(
        "Bezeichnung",
        "Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie "
        "dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste "
        "zum Abstempeln schreiben.",
    ),
    QT_TRANSLATE_NOOP(
        "Bezeichnung",
        "Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt "
        "sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die "
        "Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, "
        "verwerfen Sie mit einer kurzen Begründung.",
    ),
    QT_TRANSLATE_NOOP(
        "Bezeichnung",
        "Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht "
        "(zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine "
        "Antwort kommen muss.",
    ),
    QT_TRANSLATE_NOOP(
        "Bezeichnung",
        "In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die "
        "Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten "
        "das Tagebuch sich von selbst sperrt.",
    ),
)
UNLOCK_HELP = QT_TRANSLATE_NOOP(
    "Bezeichnung",
    "Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben "
    "Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen "
    "den Code von Ihrem Notfallblatt ab.",
)
WIZARD_HELP = QT_TRANSLATE_NOOP(
    "Bezeichnung",
    "Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase "
    "und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.",
)
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class ActivityFilter(QObject):
    """Restarts the idle timer on input to the windows it is installed on.

    It sits on the top-level QWindow handles (main window, open dialogs), not on
    the whole application: an application-wide Python event filter also sees
    objects while Qt destroys them, which crashed PySide under load.
    """

    def __init__(self, timer: QTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


def settle_after_unlock() -> None:
    """Move the diary just loaded out of the garbage collector's way.

    With 10,000 entries in memory, each full collection walks every object and
    stalls the window for tens of milliseconds, at random keystrokes. The loaded
    records live until locking, so they are frozen (still freed by reference
    counting) and thawed again on lock.
    """
    gc.collect()
    gc.freeze()


def thaw_after_lock() -> None:
    gc.unfreeze()
    gc.collect()


class Workspace(QWidget):
    """Left navigation and the views of an unlocked diary."""

    def __init__(self, opened: OpenedDiary, parent: QWidget | None = None) -> None:
        from ui.diary.documents_view import DocumentsView
        from ui.diary.view import DiaryView
        from ui.findings.view import FindingsView
        from ui.letters.view import LettersView
        from ui.overview.view import OverviewView
        from ui.settings.view import SettingsView

        super().__init__(parent)
        self.opened = opened
        self.profiles = opened.profile
        self.entries = opened.entries
        self.handovers = opened.handovers
        self.attachments = opened.attachments
        from PySide6.QtWidgets import QListWidget  # with the first diary opened

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Bereiche"))
        self.stack = QStackedWidget()
        self.findings_service = opened.findings
        self.letter_service = opened.letters
        self.overview = OverviewView(
            self.profiles, self.entries, self.handovers, self.findings_service, self.letter_service
        )
        self.diary = DiaryView(self.entries, self.attachments)
        self.documents = DocumentsView(self.handovers)
        self.findings = FindingsView(self.findings_service)
        self.letters = LettersView(self.letter_service, self.findings_service)
        self.settings = SettingsView(opened)
        views = (
            self.overview,
            self.diary,
            self.documents,
            self.findings,
            self.letters,
            self.settings,
        )
        for name, view in zip(VIEW_NAMES, views, strict=True):
            self.nav.addItem(label(name))
            self.stack.addWidget(view)
        self._fit_nav()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.findings.open_entry.connect(self.show_entry)
        self.findings.changed.connect(self.overview.reload)
        self.overview.finding_chosen.connect(self.show_finding)
        self.overview.letter_chosen.connect(self.show_letter)
        self.findings.letter_requested.connect(self.write_letter)
        self.documents.receipt_requested.connect(self.write_receipt)
        self.letters.changed.connect(self._letters_changed)
        # Re-checking the diary when the rules changed runs in small steps on the UI
        # thread (the engine is pure Python; a thread would hold the GIL anyway).
        self.recheck = FindingsRecheck(self.findings_service, self)
        self.recheck.finished.connect(self._recheck_finished)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.setCurrentRow(0)
        self.reload()

    def _fit_nav(self) -> None:
        """The list of views as wide as its longest name in this language and text size."""
        metrics = self.nav.fontMetrics()
        names = [self.nav.item(row).text() for row in range(self.nav.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        self.nav.setFixedWidth(widest + 3 * metrics.horizontalAdvance("M"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_nav()
        super().changeEvent(event)

    def reload(self) -> None:
        self.overview.reload()
        self.diary.reload()
        self.documents.reload()
        self.findings.reload()
        self.letters.reload()

    def clear(self) -> None:
        self.recheck.stop()
        self.overview.clear()
        self.diary.clear()
        self.documents.clear()
        self.findings.clear()
        self.letters.clear()
        self.settings.clear()

    def dispose(self) -> None:
        """Cut every Python slot before the views are destroyed (see DiaryView.dispose)."""
        self.recheck.stop()
        self.recheck.finished.disconnect(self._recheck_finished)
        self.findings.open_entry.disconnect(self.show_entry)
        self.overview.finding_chosen.disconnect(self.show_finding)
        self.overview.letter_chosen.disconnect(self.show_letter)
        self.findings.letter_requested.disconnect(self.write_letter)
        self.documents.receipt_requested.disconnect(self.write_receipt)
        self.letters.changed.disconnect(self._letters_changed)
        self.letters.dispose()
        self.diary.dispose()
        self.documents.dispose()
        self.findings.dispose()
        self.overview.dispose()
        self.settings.dispose()

    def show_entry(self, uid: str) -> None:
        """Open Tagebuch with this entry chosen."""
        self.nav.setCurrentRow(self.stack.indexOf(self.diary))
        self.diary.select_uid(uid)

    def show_finding(self, finding_id: int) -> None:
        """Open Warnsignale with this finding chosen (0: just the view)."""
        self.nav.setCurrentRow(self.stack.indexOf(self.findings))
        if finding_id:
            self.findings.select(finding_id)
        self.findings.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_letter(self, letter_id: int) -> None:
        """Open Briefe with this letter chosen (0: just the view)."""
        self.nav.setCurrentRow(self.stack.indexOf(self.letters))
        if letter_id:
            self.letters.select(letter_id)
        self.letters.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def write_letter(
        self, request: LetterRequest | None, suggested: list[str] | None = None
    ) -> LetterWizard | None:
        """The letter wizard, prefilled (from a Warnsignal, a handover, or empty)."""
        self.nav.setCurrentRow(self.stack.indexOf(self.letters))
        return self.letters.open_wizard(request, suggested)

    def write_receipt(self, handover_uid: str) -> LetterWizard | None:
        """An Eingangsbestätigung for one handover."""
        from app.letters.model import LetterRequest

        chosen = self.letter_service.handover_id(handover_uid)
        return self.write_letter(
            LetterRequest("eingangsbestaetigung", handover_ids=[chosen] if chosen else [])
        )

    def _letters_changed(self) -> None:
        self.overview.reload()
        self.findings.reload()  # a sent letter settles its Warnsignale

    def _recheck_finished(self) -> None:
        self.overview.reload()
        self.findings.reload()


class FindingsRecheck(QObject):
    """Checks the whole diary again in small steps, so the window never freezes."""

    progress = Signal(str)
    finished = Signal(str)
    BUDGET_S = 0.03  # per step; keystrokes between steps stay immediate
    STEP_LIMIT = 40

    def __init__(self, service: FindingsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)
        self.last_id = 0
        self.started = 0.0

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start_if_needed(self) -> bool:
        if not self.service.needs_recheck():
            return False
        self.last_id = 0
        self.started = time.perf_counter()
        self.timer.start()
        return True

    def stop(self) -> None:
        self.timer.stop()

    def _step(self) -> None:
        step = self.service.recheck_step(
            self.last_id, budget_s=self.BUDGET_S, limit=self.STEP_LIMIT
        )
        self.last_id = step.last_id
        if not step.done:
            self.progress.emit(
                self.tr(
                    "Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …"
                ).format(done=step.checked, n=step.total)
            )
            return
        self.timer.stop()
        self.service.finish_recheck()
        self.finished.emit(
            self.tr("Alle {n} Einträge sind auf Warnsignale geprüft.").format(n=step.total)
        )


class MainWindow(QMainWindow):
    def __init__(self, folder: Path, *, idle_minutes: int = DEFAULT_IDLE_MINUTES) -> None:
        super().__init__()
        self.opened: OpenedDiary | None = None
        self.workspace: Workspace | None = None
        self.rollback_box: QMessageBox | None = None
        self.about_dialog: AboutDialog | None = None
        self.pages = QStackedWidget()
        self._folder = folder
        self._unlock_page: UnlockPage | None = None
        self.wizard: FirstRunWizard | None = None
        self._deleted: list[DeletedContact | DeletedLetter] = []  # newest last, for Strg+Z
        self._retired: QWidget | None = None  # the last page taken out, until Qt deletes it
        self._make_central()
        self.pages.currentChanged.connect(self._name_page)
        self._make_actions()
        self._make_language_chooser()
        self._update_actions()
        self._make_timers_and_status(idle_minutes)
        self.resize(1100, 700)
        if (folder / VAULT_FILE).exists():
            self.pages.setCurrentWidget(self.unlock_page)
        else:
            self.start_wizard(folder)  # the unlock page is built when first needed
        self._name_page()

    @property
    def unlock_page(self) -> UnlockPage:
        """The unlock page (the first page of the stack), built on first use."""
        if self._unlock_page is None:
            from ui.setup.unlock import UnlockPage

            self._unlock_page = UnlockPage(self._folder)
            self.pages.insertWidget(0, self._unlock_page)
            self._unlock_page.unlocked.connect(self.show_workspace)
        return self._unlock_page

    # ------------------------------------------------------------ building
    def _name_page(self, _index: object = None) -> None:
        """The window's title names the page (unlock, set-up); the workspace has none."""
        page = self.pages.currentWidget()
        name = page.windowTitle() if page is not None else ""
        self.setWindowTitle(
            self.tr("{page} – Amtstagebuch").format(page=name) if name else self.tr("Amtstagebuch")
        )

    def _make_central(self) -> None:
        """The pages, and a calm notice above every page while the diary lies in a synced
        folder."""
        self.sync_notice = QWidget()
        self.sync_banner = QLabel()
        self.sync_banner.setObjectName("syncBanner")
        self.sync_banner.setWordWrap(True)
        self.sync_banner.setTextFormat(Qt.TextFormat.RichText)
        self.sync_banner.setAccessibleName(self.tr("Hinweis zum Speicherort"))
        themed(
            self.sync_banner,
            lambda colours: (
                f"QLabel#syncBanner {{ background: {colours.info_background}; "
                f"color: {colours.info_text}; border: 1px solid {colours.info_border}; "
                "border-radius: 4px; padding: 8px 10px; }"
            ),
        )
        notice_layout = QVBoxLayout(self.sync_notice)
        notice_layout.setContentsMargins(8, 8, 8, 0)
        notice_layout.addWidget(self.sync_banner)
        self.sync_notice.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.sync_notice)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _make_actions(self) -> None:
        """Tagebuch menu and its shortcuts, which work on every page; the Hilfe menu."""
        self.lock_action = QAction(self.tr("&Sperren"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        self.new_action = QAction(self.tr("&Neuer Eintrag …"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_action.triggered.connect(self.new_entry)
        self.new_action.setEnabled(False)
        self.letter_action = QAction(self.tr("Neuer &Brief …"), self)
        self.letter_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.letter_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.letter_action.triggered.connect(self.new_letter)
        self.letter_action.setEnabled(False)
        self.delete_action = QAction(self.tr("Eintrag &löschen …"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_entry)
        self.undo_action = QAction(self.tr("Löschen &rückgängig machen"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo_delete)
        menu = self.menuBar().addMenu(self.tr("&Tagebuch"))
        menu.addAction(self.new_action)
        menu.addAction(self.letter_action)
        menu.addAction(self.delete_action)
        menu.addAction(self.undo_action)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        # closing saves and locks, as the window's own close button does
        self.quit_action = QAction(self.tr("B&eenden"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.quit_action)
        # Ctrl+1 … Ctrl+6: the views of an open diary, in the order of the list on the left
        self.view_actions: list[QAction] = []
        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        for number, name in enumerate(VIEW_NAMES, start=1):
            action = QAction(label(name), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_view(row))
            view_menu.addAction(action)
            self.view_actions.append(action)
        # the text size: larger, smaller, back to normal (issue 17); also in Einstellungen
        view_menu.addSeparator()
        self.size_actions: list[QAction] = []  # on every page, locked or not
        for text, keys, steps in (
            (self.tr("Schrift &größer"), QKeySequence.StandardKey.ZoomIn, 1),
            (self.tr("Schrift &kleiner"), QKeySequence.StandardKey.ZoomOut, -1),
            (self.tr("&Normale Schriftgröße"), QKeySequence("Ctrl+0"), 0),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, n=steps: self.step_text_size(n))
            view_menu.addAction(action)
            self.size_actions.append(action)
        for action in (
            self.new_action,
            self.letter_action,
            self.delete_action,
            self.undo_action,
            self.lock_action,
            self.quit_action,
            *self.view_actions,
            *self.size_actions,
        ):
            self.addAction(action)
        # on every page, locked or not: it shows nothing of the diary
        self.page_help_action = QAction(self.tr("&Wozu diese Ansicht?"), self)
        self.page_help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.page_help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.page_help_action.triggered.connect(self.show_page_help)
        self.addAction(self.page_help_action)
        self.about_action = QAction(self.tr("Ü&ber Amtstagebuch …"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self.page_help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _make_language_chooser(self) -> None:
        """The language on every page (unlock, set-up, workspace): a person who cannot
        read German gets out of German before anything else (issue 17)."""
        from ui.common.language import LanguageChooser

        self.language_chooser = LanguageChooser(self.menuBar())
        self.menuBar().setCornerWidget(self.language_chooser)
        self.language_chooser.changed.connect(self.language_changed)

    def step_text_size(self, steps: int) -> None:
        from ui.common.textsize import step_text_size

        app = QApplication.instance()
        if isinstance(app, QApplication):
            size = step_text_size(app, steps)
            self.statusBar().showMessage(
                self.tr("Schriftgröße: {percent} %").format(percent=size), 4000
            )
        # the views are built again, so every width measured in characters grows too
        self.language_changed()

    def language_changed(self, _code: str = "") -> None:
        """Show the new language once the chooser's own slot has returned."""
        QTimer.singleShot(0, self.retranslate)

    def retranslate(self) -> None:
        """Rebuild what is on screen in the language now installed: the menus, the
        unlock page (keeping what was typed) and the workspace (keeping the view; the
        diary stays unlocked). An open entry dialog stays as it is, with its text."""
        for action in self.actions():
            self.removeAction(action)
        self.menuBar().clear()
        self._make_actions()
        self._update_actions()
        self.language_chooser.show_current()
        if self._unlock_page is not None:
            old = self._unlock_page
            was_current = self.pages.currentWidget() is old
            secret = old.secret.text()
            self._unlock_page = None
            self._retire(old)
            page = self.unlock_page
            page.secret.setText(secret)
            if was_current:
                self.pages.setCurrentWidget(page)
        if self.workspace is not None and self.opened is not None:
            row = self.workspace.nav.currentRow()
            old_workspace = self.workspace
            old_workspace.dispose()
            self._retire(old_workspace)
            self.workspace = None
            self._show_workspace_views(self.opened).nav.setCurrentRow(row)
        self._name_page()

    def show_view(self, row: int) -> None:
        """Ctrl+1 … Ctrl+6: one of the views of the open diary (nothing while locked)."""
        if self.workspace is not None and 0 <= row < self.workspace.nav.count():
            self.workspace.nav.setCurrentRow(row)
            if (view := self.workspace.stack.currentWidget()) is not None:
                view.setFocus()

    def page_help_text(self) -> str:
        """What the view in front of the person is for, in a few plain sentences."""
        if self.workspace is not None:
            row = self.workspace.nav.currentRow()
            if 0 <= row < len(VIEW_HELP):
                return label(VIEW_HELP[row])
        if self.wizard is not None and self.pages.currentWidget() is self.wizard:
            return label(WIZARD_HELP)
        return label(UNLOCK_HELP)

    def show_page_help(self) -> QMessageBox:
        """F1: a calm explanation of this view; it shows nothing of the diary."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Wozu diese Ansicht?"),
            self.page_help_text(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box

    def show_about(self) -> AboutDialog:
        """Hilfe → Über Amtstagebuch: version, licence, the bundled components' licences."""
        from ui.help.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()  # a dialog of the window: it stays in front of it
        self.about_dialog.activateWindow()
        return self.about_dialog

    def _make_timers_and_status(self, idle_minutes: float) -> None:
        """The idle lock, and the status bar's save state (saving runs in the background)."""
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.set_idle_minutes(idle_minutes)
        self.idle.timeout.connect(self.lock)
        self.activity = ActivityFilter(self.idle, self)
        # Saving runs in the background; this label says where things stand.
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Speicherstand"))
        self.retry_button = QPushButton(self.tr("Erneut &speichern"))
        self.retry_button.clicked.connect(self.retry_save)
        self.retry_button.hide()
        self._status_bar_ready = False  # made with the first diary opened (not needed before)
        self.save_poll = QTimer(self)
        self.save_poll.setInterval(250)
        self.save_poll.timeout.connect(self.show_save_state)

    # ------------------------------------------------------------ first run
    def start_wizard(self, folder: Path) -> None:
        """No diary in ``folder`` yet: set one up (or open one elsewhere)."""
        from ui.setup.wizard import FirstRunWizard

        self.wizard = FirstRunWizard(folder)
        self.wizard.completed.connect(self._wizard_completed)
        self.wizard.open_existing.connect(self._open_existing)
        self.pages.addWidget(self.wizard)
        self.pages.setCurrentWidget(self.wizard)

    def _end_wizard(self) -> None:
        if self.wizard is None:
            return
        self.wizard.completed.disconnect(self._wizard_completed)
        self.wizard.open_existing.disconnect(self._open_existing)
        self.wizard.dispose()
        self._retire(self.wizard)
        self.wizard = None

    def _retire(self, page: QWidget) -> None:
        """Take a page out of the window and have Qt delete it once control returns.

        It leaves the window's widget tree first: destroying the workspace later as a
        child of the window crashed Qt now and then (segfault in QWidget::destroy, on the
        second auto-lock in one process). The reference is kept until Qt has deleted it,
        because this may run inside one of the page's own slots.
        """
        self.pages.removeWidget(page)
        page.setParent(None)
        page.deleteLater()
        self._retired = page

    def _wizard_completed(self, opened: OpenedDiary) -> None:
        self._end_wizard()
        self.unlock_page.set_folder(opened.folder)
        self.show_workspace(opened)

    def _open_existing(self, folder: Path) -> None:
        self._end_wizard()
        self.unlock_page.set_folder(folder)
        self.unlock_page.reset()
        self.pages.setCurrentWidget(self.unlock_page)

    def set_idle_minutes(self, minutes: float) -> None:
        self.idle.setInterval(max(1, int(minutes * 60_000)))

    def watch_activity(self, widget: QWidget) -> None:
        handle = widget.windowHandle()
        if handle is not None:
            handle.installEventFilter(self.activity)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch_activity(self)

    def _ready_status_bar(self) -> None:
        """The status bar with the save state; the wizard and the unlock page do without it,
        so the first window does not wait for it."""
        if not self._status_bar_ready:
            self.statusBar().addPermanentWidget(self.save_state)
            self.statusBar().addPermanentWidget(self.retry_button)
            self._status_bar_ready = True

    def show_save_state(self) -> None:
        self._ready_status_bar()
        opened = self.opened
        if opened is None:
            self.save_state.clear()
            self.retry_button.hide()
            return
        if opened.save_error is not None and not opened.saving:
            self.save_state.setText(
                self.tr("⚠ Nicht gespeichert: {reason}").format(reason=opened.save_error.message)
            )
            self.retry_button.show()
        elif opened.saving:
            self.save_state.setText(self.tr("Wird gespeichert …"))
            self.retry_button.hide()
        else:
            self.save_state.setText(self.tr("✓ Alles gespeichert"))
            self.retry_button.hide()

    def retry_save(self) -> bool:
        if self.opened is None:
            return True
        try:
            self.opened.flush()
        except SaveFailed:
            pass
        self.show_save_state()
        return self.opened.save_error is None

    def show_sync_notice(self, folder: Path | None) -> str | None:
        """Show the notice when ``folder`` is synced by a cloud service; the service."""
        from html import escape

        from app.syncfolders import sync_service, warning_text

        service = sync_service(folder) if folder is not None else None
        if service is None:
            self.sync_notice.hide()
            self.sync_banner.clear()
            return None
        self.sync_banner.setText(
            "<b>{}</b><br>{}".format(
                escape(self.tr("Hinweis zum Speicherort")), escape(warning_text(service))
            )
        )
        self.sync_notice.show()
        return service

    def show_workspace(self, opened: OpenedDiary) -> None:
        self.opened = opened
        self.show_sync_notice(opened.folder)
        opened.background_saves = True
        self.save_poll.start()
        self.show_save_state()
        self._show_workspace_views(opened)
        from app.settings import IDLE_MINUTES

        # A diary that has never stored the setting keeps the window's own value.
        minutes = opened.settings.stored(IDLE_MINUTES)
        if minutes is not None:
            self.set_idle_minutes(minutes)
        self._update_actions()
        self.idle.start()
        settle_after_unlock()
        assert self.workspace is not None
        self.workspace.recheck.start_if_needed()
        if opened.rollback is not None:
            self.rollback_box = self._warn_rollback(opened)

    def _show_workspace_views(self, opened: OpenedDiary) -> Workspace:
        self.workspace = Workspace(opened)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.workspace.diary.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.workspace.diary.new_requested.connect(self.new_entry)
        self.workspace.settings.idle_minutes_changed.connect(self.set_idle_minutes)
        self.workspace.settings.restore_requested.connect(self.restore_backup)
        self.workspace.settings.data_changed.connect(self.workspace.overview.reload)
        self.workspace.recheck.progress.connect(self.statusBar().showMessage)
        self.workspace.recheck.finished.connect(self._show_for_a_while)
        # writing a long letter in the wizard is activity too
        self.workspace.letters.dialog_opened.connect(self.watch_activity)
        self.workspace.findings.dialog_opened.connect(self.watch_activity)
        self.workspace.letters.deleted.connect(self._letter_deleted)
        self.workspace.settings.language.changed.connect(self.language_changed)
        self.workspace.settings.text_size.changed.connect(self.language_changed)
        return self.workspace

    def _warn_rollback(self, opened: OpenedDiary) -> QMessageBox:
        """An older copy lies over the diary: offer the newer kept state, or going on.

        Never locks the user out: the diary is open behind the question, and
        "Später entscheiden" leaves everything as it is (the question comes back).
        """
        assert opened.rollback is not None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Älterer Stand geöffnet"),
            opened.rollback.message(),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        back = None
        if opened.rollback.generation is not None:
            back = box.addButton(
                self.tr("&Neueren Stand wiederherstellen"), QMessageBox.ButtonRole.AcceptRole
            )
        go_on = box.addButton(
            self.tr("Mit diesem Stand &weiterarbeiten"), QMessageBox.ButtonRole.DestructiveRole
        )
        later = box.addButton(self.tr("&Später entscheiden"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back or later)
        box.setEscapeButton(later)

        def chosen(button: object) -> None:
            from app.errors import AmtsError

            if self.opened is not opened or self.workspace is None:
                return
            try:
                if button is back:
                    opened.restore_newer_state()
                    self.workspace.reload()
                    self.workspace.settings.reload()
                    self.statusBar().showMessage(
                        self.tr("Der neuere Stand ist wiederhergestellt."), 10_000
                    )
                elif button is go_on:
                    opened.accept_rollback()
                    self.statusBar().showMessage(
                        self.tr("Sie arbeiten mit diesem Stand weiter."), 10_000
                    )
            except AmtsError as exc:
                QMessageBox.warning(self, self.tr("Nicht gelungen"), exc.message)

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def _show_for_a_while(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def new_entry(self) -> EntryDialog | None:
        return self._open_entry(None)

    def new_letter(self) -> LetterWizard | None:
        """Neuer Brief (Strg+Umschalt+B): the letter wizard in the Briefe view."""
        if self.workspace is None:
            return None
        return self.workspace.write_letter(None)

    def edit_entry(self) -> EntryDialog | None:
        if self.workspace is None:
            return None
        uid = self.workspace.diary.selected_uid()
        return None if uid is None else self._open_entry(uid)

    def _open_entry(self, uid: str | None) -> EntryDialog | None:
        if self.workspace is None:
            return None
        from ui.diary.entry_form import EntryDialog

        dialog = EntryDialog(self.workspace.entries, uid, self)
        dialog.accepted.connect(self._entry_saved)
        dialog.open()
        self.watch_activity(dialog)  # typing a long record is activity too
        return dialog

    def _update_actions(self) -> None:
        unlocked = self.opened is not None
        for action in (
            self.new_action,
            self.letter_action,
            self.delete_action,
            self.lock_action,
            *self.view_actions,
        ):
            action.setEnabled(unlocked)
        self.undo_action.setEnabled(unlocked and bool(self._deleted))

    def delete_entry(self, *, confirm: bool = True) -> bool:
        """Ask first, then delete the chosen entry; Ctrl+Z brings it back."""
        if self.workspace is None:
            return False
        uid = self.workspace.diary.selected_uid()
        if uid is None:
            return False
        contact = self.workspace.entries.get_contact(uid)
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Eintrag löschen?"),
                self.tr(
                    "Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim "
                    "Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen "
                    "mit Strg+Z rückgängig machen."
                ).format(date=contact.when.strftime("%d.%m.%Y")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._deleted.append(self.workspace.entries.delete_contact(uid))
        self.workspace.reload()
        self.statusBar().showMessage(self.tr("Eintrag gelöscht. Rückgängig mit Strg+Z."), 10_000)
        self._update_actions()
        return True

    def _letter_deleted(self, deleted: DeletedLetter) -> None:
        self._deleted.append(deleted)
        self._update_actions()

    def undo_delete(self) -> None:
        """Bring back what was deleted last in this session: an entry or a letter."""
        from app.services.letters import DeletedLetter

        if self.workspace is None or not self._deleted:
            return
        deleted = self._deleted.pop()
        if isinstance(deleted, DeletedLetter):
            letter_id = self.workspace.letter_service.undo_delete(deleted)
            self.workspace.reload()
            self.workspace.show_letter(letter_id)
            self.statusBar().showMessage(self.tr("Brief wiederhergestellt."), 10_000)
        else:
            self.workspace.entries.undo_delete(deleted)
            self.workspace.reload()
            self.statusBar().showMessage(self.tr("Eintrag wiederhergestellt."), 10_000)
        self._update_actions()

    def _entry_saved(self) -> None:
        if self.workspace is not None:
            self.workspace.reload()
            self.workspace.nav.setCurrentRow(1)

    def _saved_before_closing(self) -> bool:
        """Everything on disk? If a save fails, ask before anything is dropped."""
        while self.opened is not None:
            try:
                self.opened.flush()
                return True
            except SaveFailed as exc:
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Nicht gespeichert"),
                    self.tr(
                        "Ihre letzten Änderungen konnten nicht gespeichert werden:\n{reason}\n\n"
                        "Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und "
                        "versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese "
                        "Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten."
                    ).format(reason=exc.message),
                    QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
                    self,
                )
                box.setDefaultButton(QMessageBox.StandardButton.Retry)
                box.button(QMessageBox.StandardButton.Retry).setText(self.tr("Erneut versuchen"))
                box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Trotzdem sperren"))
                if box.exec() != QMessageBox.StandardButton.Retry:
                    return False
        return True

    def lock(self) -> None:
        """Drop keys and data, clear every view, show the unlock page."""
        self.idle.stop()
        self.save_poll.stop()
        if self.workspace is not None:
            # a re-keying in Einstellungen finishes before the diary closes
            self.workspace.settings.wait()
        self._saved_before_closing()
        if self.rollback_box is not None:
            self.rollback_box.done(0)  # the question belongs to the diary being closed
            self.rollback_box.deleteLater()
            self.rollback_box = None
        if self.workspace is not None:
            self.workspace.clear()
            self.workspace.recheck.finished.disconnect(self._show_for_a_while)
            self.workspace.letters.dialog_opened.disconnect(self.watch_activity)
            self.workspace.findings.dialog_opened.disconnect(self.watch_activity)
            self.workspace.letters.deleted.disconnect(self._letter_deleted)
            self.workspace.dispose()
            self.statusBar().clearMessage()
            self._retire(self.workspace)
            self.workspace = None
        if self.opened is not None:
            self.opened.close()
            self.opened = None
            thaw_after_lock()
        self.show_sync_notice(None)
        from ui.diary.entry_form import EntryDialog

        for dialog in self.findChildren(EntryDialog):
            dialog.reject()
            dialog.deleteLater()
        self._deleted.clear()  # undo lasts for the session; closing destroys deleted files
        self._update_actions()
        self.unlock_page.reset()
        self.pages.setCurrentWidget(self.unlock_page)
        self.show_save_state()

    def restore_backup(self, source: Path, creds: Credentials) -> None:
        """Lock, put the checked backup in place (the current file is kept), ask to unlock."""
        from app.errors import AmtsError
        from app.services.workspace import restore_backup

        if self.opened is None:
            return
        folder = self.opened.folder
        self.lock()
        try:
            restore_backup(source, folder, creds)
        except AmtsError as exc:
            self.unlock_page.message.setText(
                self.tr("Die Sicherung wurde nicht wiederhergestellt: {reason}").format(
                    reason=exc.message
                )
            )
            return
        self.unlock_page.message.setText(
            self.tr(
                "Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner "
                "„sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung."
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_wizard()
        self.lock()
        super().closeEvent(event)


class Termination(QObject):
    """SIGTERM (logging out, ``kill``, a service manager), SIGHUP and Ctrl+C end the
    program the way closing the window does: the diary is saved and locked, a demo
    copy removed.

    Python's own handlers run only when Python code runs, and Qt's loop may sleep for
    hours; the signal's wake-up byte on a pipe wakes the loop at once. Before the loop
    runs (the demo diary is still being filled) a signal raises ``SystemExit``, so the
    same ``finally`` cleans up. Once the program is ending, further signals are ignored:
    the cleanup is on its way and must not be cut short. Windows ends a process without
    a signal Python could catch, so there is nothing to install there.
    """

    NAMES = ("SIGTERM", "SIGHUP", "SIGINT")

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.state = "starting"  # "running" inside app.exec(), "ending" after
        self.received: int | None = None
        self._previous: dict[int, object] = {}
        self._fds: tuple[int, int] | None = None
        self._notifier: QSocketNotifier | None = None
        if sys.platform == "win32":
            return
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)
        self._fds = (read_fd, write_fd)
        self._old_wakeup = signal.set_wakeup_fd(write_fd)
        self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for name in self.NAMES:
            signum = getattr(signal, name)
            self._previous[signum] = signal.signal(signum, self._handle)

    def _drain(self) -> None:
        # Python runs the pending handler while this slot runs; the bytes only woke us
        assert self._fds is not None
        try:
            while os.read(self._fds[0], 512):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _handle(self, signum: int, _frame: object) -> None:
        if self.received is not None or self.state == "ending":
            return
        self.received = signum
        code = 128 + signum
        if self.state == "running":
            self.app.exit(code)
            return
        raise SystemExit(code)

    def uninstall(self) -> None:
        if self._fds is None:
            return
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._old_wakeup)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.activated.disconnect(self._drain)
        for fd in self._fds:
            os.close(fd)
        self._fds = None


def program_icon() -> QIcon:
    """The diary icon for every window (title bar, task bar; the files in the bundle)."""
    return QIcon(str(RESOURCES / "icon" / "amtstagebuch.png"))


def run(demo: bool = False) -> int:
    from app.hardening import disable_core_dumps

    disable_core_dumps()  # again, for a window started without app.cli.entry
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("Amtstagebuch")
    app.setWindowIcon(program_icon())
    termination = Termination(app)
    demo_dir: Path | None = None
    window: MainWindow | None = None
    previous_hook = sys.excepthook
    try:
        install_translators(app)
        from ui.common.textsize import apply_text_size

        apply_text_size(app)  # the size chosen earlier, 100 % at first
        install_exception_hook()  # a slot that raises: a calm message, the diary stays open
        folder = remembered_vault_dir()
        if demo:
            import tempfile

            from app.demo import DEMO_PASSPHRASE
            from app.services.workspace import create_demo_diary

            demo_dir = Path(tempfile.mkdtemp(prefix="amtstagebuch-demo-"))
            folder = demo_dir / "tagebuch"
            create_demo_diary(folder)
        window = MainWindow(folder)
        if demo:
            window.unlock_page.secret.setText(DEMO_PASSPHRASE)
        window.show()
        gc.enable()  # off while the program loaded (app.cli.entry)
        termination.state = "running"
        code = int(app.exec())
        termination.state = "ending"
        return code
    finally:
        termination.state = "ending"
        try:
            if window is not None:
                window.lock()
        finally:
            if demo_dir is not None:
                import shutil

                shutil.rmtree(demo_dir, ignore_errors=True)
            termination.uninstall()
            sys.excepthook = previous_hook
