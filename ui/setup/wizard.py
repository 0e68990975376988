"""The first-run wizard's pages: a window onto ``app.firstrun.FirstRun``.

Willkommen → Ordner → Passphrase → Wiederherstellungscode → Prüfung → Profil →
Jobcenter → Auf diesem PC merken → Fertig. Each "Weiter" hands the page's input to
the state machine, which checks it and moves on or says in German what is wrong.
The vault is created off the UI thread (key derivation, a few seconds) with a busy
bar, like the unlock page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AmtsError
from app.firstrun import (
    STEPS,
    Created,
    DiaryAlreadyThere,
    Finished,
    FirstRun,
    Step,
    create_vault,
    suggest_folder,
)
from app.paths import default_vault_dir, pointed_vault_dir, remember_vault_dir
from app.services.workspace import DEFAULT_UNLOCK_MS, VAULT_FILE, OpenedDiary
from ui.common.background import BackgroundTask
from ui.common.layout import Note, centred_column, em, hint_label
from ui.common.theme import themed

# The forms (and the Jobcenter catalogue, the passphrase estimate) load with the page
# that needs them: the first page shows without them.
if TYPE_CHECKING:
    from ui.common.forms import NewPassphraseForm


def existing_folder(parent: QWidget | None, caption: str, folder: Path) -> Path | None:
    """The system's folder dialog (``ui.common.filedialogs``, loaded when first asked)."""
    from ui.common.filedialogs import existing_folder as ask

    return ask(parent, caption, folder)


def _create(folder: Path, passphrase: str, unlock_time_ms: int) -> Created | AmtsError:
    """Runs in a plain Python thread (see ``ui/unlock.py``); touches no Qt object."""
    try:
        return create_vault(folder, passphrase, unlock_time_ms=unlock_time_ms)
    except AmtsError as exc:
        return exc
    except Exception as exc:  # never let a worker die silently
        return AmtsError(
            f"Das Tagebuch konnte nicht angelegt werden ({type(exc).__name__}). Es wurde "
            "nichts überschrieben; bitte versuchen Sie es noch einmal."
        )


class Page(QWidget):
    """One step: an explanation on top, the fields below, in a calm narrow column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.intro = hint_label()

    def add_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.layout_.addWidget(self.intro)
        self.layout_.addSpacing(6)

    def first_field(self) -> QWidget | None:
        return None

    def line_edits(self) -> list[QLineEdit]:
        """Fields in which Enter means "Weiter"."""
        return []


class WelcomePage(Page):
    def __init__(self, missing: Path | None) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Amtstagebuch hilft Ihnen, jeden Kontakt mit dem Jobcenter festzuhalten: Termine, "
                "Anrufe, Briefe und welche Unterlagen Sie abgegeben haben. Alles bleibt "
                "verschlüsselt auf Ihrem Computer; das Programm verbindet sich nie mit dem "
                "Internet.\n\n"
                "Die Einrichtung dauert etwa drei Minuten. Legen Sie sich bitte bereit:\n"
                "• einen Zettel und einen Stift (für Ihren Wiederherstellungscode),\n"
                "• einen Brief des Jobcenters (für Kundennummer und Anschrift).\n\n"
                "Jeder Schritt lässt sich später unter „Einstellungen“ ändern."
            )
        )
        self.missing = hint_label()
        self.missing.setAccessibleName(self.tr("Hinweis zum bisherigen Ordner"))
        if missing is not None:
            self.missing.setText(
                self.tr(
                    "Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht "
                    "zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und "
                    "wählen „Vorhandenes Tagebuch öffnen …“."
                ).format(folder=missing)
            )
        self.missing.setVisible(missing is not None)
        self.open_button = QPushButton(self.tr("&Vorhandenes Tagebuch öffnen …"))
        self.open_button.setAccessibleName(
            self.tr("Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick")
        )
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addWidget(self.missing)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(hint_label(self.tr("Sie haben schon ein Tagebuch?")))
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)


class FolderPage(Page):
    def __init__(self, default: Path) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann "
                "ohne Ihre Passphrase nichts darin lesen."
            )
        )
        self.default = default
        self.use_default = QRadioButton(
            self.tr("Auf diesem &Computer, in meinem Benutzerordner (empfohlen)")
        )
        self.use_other = QRadioButton(
            self.tr("In einem &anderen Ordner, zum Beispiel auf einem USB-Stick")
        )
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.use_default)
        self.choice.addButton(self.use_other)
        self.use_default.setChecked(True)
        self.default_label = hint_label(self.tr("Ordner: {folder}").format(folder=default))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Ordner für das Tagebuch"))
        self.browse = QPushButton(self.tr("&Ordner wählen …"))
        self.usb_hint = hint_label(
            self.tr(
                "Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem "
                "Start des Programms ein und machen Sie ab und zu eine Sicherung "
                "(unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt."
            )
        )
        self.open_button = QPushButton(self.tr("Dieses Tagebuch &öffnen"))
        self.open_button.hide()
        other = QHBoxLayout()
        other.addWidget(self.path, 1)
        other.addWidget(self.browse)
        indent = QVBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)
        indent.addLayout(other)
        indent.addWidget(self.usb_hint)
        default_box = QVBoxLayout()
        default_box.setContentsMargins(24, 0, 0, 0)
        default_box.addWidget(self.default_label)
        self.layout_.addWidget(self.use_default)
        self.layout_.addLayout(default_box)
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.use_other)
        self.layout_.addLayout(indent)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.use_other.toggled.connect(self._mode)
        self._mode(False)

    def dispose(self) -> None:
        self.use_other.toggled.disconnect(self._mode)

    def _mode(self, other: bool) -> None:
        self.path.setEnabled(other)
        self.browse.setEnabled(other)
        if other:
            self.path.setFocus()

    def folder(self) -> Path | str:
        return self.default if self.use_default.isChecked() else self.path.text()

    def set_folder(self, folder: Path) -> None:
        if folder == self.default:
            self.use_default.setChecked(True)
        else:
            self.use_other.setChecked(True)
            self.path.setText(str(folder))

    def first_field(self) -> QWidget | None:
        return self.path if self.use_other.isChecked() else self.use_default

    def line_edits(self) -> list[QLineEdit]:
        return [self.path]


class PassphrasePage(Page):
    def __init__(self, form: NewPassphraseForm) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus "
                "vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie "
                "sich gut vorstellen können. Sonderzeichen sind nicht nötig.\n"
                "Schreiben Sie die Passphrase nicht auf einen Zettel am Computer."
            )
        )
        self.form = form
        self.layout_.addWidget(form)
        self.layout_.addStretch(1)

    def first_field(self) -> QWidget | None:
        return self.form.passphrase

    def line_edits(self) -> list[QLineEdit]:
        return [self.form.confirmation]


class RecoveryPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird "
                "nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt "
                "aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen "
                "Wohnungsschlüssel."
            )
        )
        from ui.common.forms import RecoveryCodePanel

        self.panel = RecoveryCodePanel()
        self.layout_.addWidget(self.panel)
        self.layout_.addWidget(
            hint_label(
                self.tr(
                    "Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, "
                    "dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine "
                    "Eins und kein I."
                )
            )
        )
        self.layout_.addStretch(1)

    def first_field(self) -> QWidget | None:
        return self.panel.print_button


class CheckPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). "
                "Groß- und Kleinschreibung und Leerzeichen sind egal."
            )
        )
        self.labels = [QLabel(), QLabel()]
        self.answers = [QLineEdit(), QLineEdit()]
        form = QFormLayout()
        for label, edit in zip(self.labels, self.answers, strict=True):
            edit.setMaxLength(12)
            edit.setMaximumWidth(em(edit, 27))
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)

    def ask(self, numbers: tuple[int, ...]) -> None:
        for label, edit, number in zip(self.labels, self.answers, numbers, strict=True):
            label.setText(self.tr("Gruppe &{n}:").format(n=number))
            edit.setAccessibleName(self.tr("Gruppe {n} des Codes").format(n=number))

    def values(self) -> tuple[str, ...]:
        return tuple(edit.text() for edit in self.answers)

    def first_field(self) -> QWidget | None:
        return self.answers[0]

    def line_edits(self) -> list[QLineEdit]:
        return list(self.answers)


class ProfilePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. "
                "Alle Felder dürfen leer bleiben."
            )
        )
        from ui.common.forms import ProfileForm

        self.form = ProfileForm()
        self.layout_.addWidget(self.form)
        self.layout_.addStretch(1)

    def first_field(self) -> QWidget | None:
        return self.form.name

    def line_edits(self) -> list[QLineEdit]:
        return [self.form.bg_number]


class JobcenterPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei "
                "Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; "
                "das Programm schlägt die Art vor."
            )
        )
        from ui.common.forms import JobcenterForm

        self.form = JobcenterForm()
        self.layout_.addWidget(self.form)
        self.layout_.addStretch(1)

    def first_field(self) -> QWidget | None:
        return self.form.district if self.form.state_code() else self.form.state


class DevicePage(Page):
    """Filled by :meth:`show_availability` when the step comes into view: asking the
    keyring takes a while, and the wizard's first page should not wait for it."""

    def __init__(self) -> None:
        super().__init__()
        self.add_intro(
            self.tr(
                "Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die "
                "Passphrase einzugeben."
            )
        )
        self.remember = QCheckBox(self.tr("Auf diesem PC &merken"))
        self.remember.setAccessibleName(self.tr("Auf diesem PC merken"))
        self.warning = hint_label(
            self.tr(
                "Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto "
                "angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand "
                "sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr "
                "Wiederherstellungscode gelten weiter. Sie können es jederzeit unter "
                "„Einstellungen“ wieder ausschalten."
            )
        )
        self.reason = hint_label()
        self.reason.setAccessibleName(self.tr("Warum das hier nicht geht"))
        self.reason.hide()
        self.layout_.addWidget(self.remember)
        self.layout_.addWidget(self.warning)
        self.layout_.addWidget(self.reason)
        self.layout_.addStretch(1)

    def show_availability(self, available: bool, reason: str) -> None:
        self.reason.setText(reason)
        self.remember.setEnabled(available)
        self.reason.setVisible(not available)
        self.remember.setToolTip("" if available else reason)

    def first_field(self) -> QWidget | None:
        return self.remember


class DonePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.summary = hint_label()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Zusammenfassung"))
        self.layout_.addWidget(self.summary)
        self.layout_.addStretch(1)


class FirstRunWizard(QWidget):
    """Set up a new diary; emits ``completed`` with the :class:`OpenedDiary` at the end."""

    completed = Signal(object)  # OpenedDiary
    open_existing = Signal(object)  # Path of a folder with a diary in it

    def __init__(
        self,
        folder: Path | None = None,
        *,
        unlock_time_ms: int = DEFAULT_UNLOCK_MS,
        config_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        default = default_vault_dir()
        start = folder if folder is not None else default
        self.machine = FirstRun(start, unlock_time_ms=unlock_time_ms, config_dir=config_dir)
        self.config_dir = config_dir
        self.finished_with: Finished | None = None
        self._busy = False
        self._task = BackgroundTask("anlegen", self)
        self.setWindowTitle(self.tr("Einrichtung"))  # the window's title on this page
        self._default, self._start = default, start
        self._connections: list[tuple[SignalInstance, Callable[[], None]]] = []
        self._built: dict[Step, Page] = {}
        self.stack = QStackedWidget()

        self._lay_out()
        self._connect()
        self._found: Path | None = None
        self.show_step()

    # ------------------------------------------------------------------ building
    # A page is built when it first comes into view (or is asked for): the window
    # shows "Willkommen" without waiting for the other eight pages and what they load.
    def _page(self, step: Step) -> Page:
        page = self._built.get(step)
        if page is None:
            page = self._build(step)
            self._built[step] = page
            self.stack.addWidget(page)
            for edit in page.line_edits():
                self._hook(edit.returnPressed, self.next)
        return page

    def _build(self, step: Step) -> Page:
        if step == Step.WELCOME:
            pointed = pointed_vault_dir(self.config_dir)
            gone = pointed is not None and not (pointed / VAULT_FILE).exists()
            welcome = WelcomePage(pointed if gone else None)
            self._hook(welcome.open_button.clicked, self.choose_existing)
            return welcome
        if step == Step.FOLDER:
            folder_page = FolderPage(self._default)
            if self._start != self._default:
                folder_page.set_folder(self._start)
            self._hook(folder_page.browse.clicked, self.browse_folder)
            self._hook(folder_page.open_button.clicked, self._open_found)
            return folder_page
        if step == Step.PASSPHRASE:
            from ui.common.forms import NewPassphraseForm

            page = PassphrasePage(NewPassphraseForm(self.machine.user_inputs))
            # a refusal ("mindestens 8 Zeichen") goes once the person types again, so it
            # does not stand beside "Sehr gut" after the passphrase was made longer
            self._hook(page.form.changed, self._clear_message)
            return page
        builders: dict[Step, Callable[[], Page]] = {
            Step.RECOVERY: RecoveryPage,
            Step.CHECK: CheckPage,
            Step.PROFILE: ProfilePage,
            Step.JOBCENTER: JobcenterPage,
            Step.DEVICE: DevicePage,
            Step.DONE: DonePage,
        }
        return builders[step]()

    def _hook(self, signal: SignalInstance, slot: Callable[[], None]) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    @property
    def pages(self) -> dict[Step, Page]:
        """Every page, in order (built now if not yet)."""
        return {step: self._page(step) for step in STEPS}

    @property
    def welcome(self) -> WelcomePage:
        return cast(WelcomePage, self._page(Step.WELCOME))

    @property
    def folder_page(self) -> FolderPage:
        return cast(FolderPage, self._page(Step.FOLDER))

    @property
    def passphrase_page(self) -> PassphrasePage:
        return cast(PassphrasePage, self._page(Step.PASSPHRASE))

    @property
    def passphrase_form(self) -> NewPassphraseForm:
        return self.passphrase_page.form

    @property
    def recovery(self) -> RecoveryPage:
        return cast(RecoveryPage, self._page(Step.RECOVERY))

    @property
    def check(self) -> CheckPage:
        return cast(CheckPage, self._page(Step.CHECK))

    @property
    def profile(self) -> ProfilePage:
        return cast(ProfilePage, self._page(Step.PROFILE))

    @property
    def jobcenter(self) -> JobcenterPage:
        return cast(JobcenterPage, self._page(Step.JOBCENTER))

    @property
    def device(self) -> DevicePage:
        return cast(DevicePage, self._page(Step.DEVICE))

    @property
    def done(self) -> DonePage:
        return cast(DonePage, self._page(Step.DONE))

    def _lay_out(self) -> None:
        """Step, title, the page, busy bar, message and buttons in a calm column."""
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Schritt"))
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Überschrift"))
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.message = Note(self.tr("Hinweis"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Das Tagebuch wird angelegt"))
        self.busy.hide()
        self.back_button = QPushButton(self.tr("‹ &Zurück"))
        self.next_button = QPushButton(self.tr("&Weiter ›"))
        self.next_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Einrichtung (Bildlaufbereich)"))
        scroll.setWidget(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = centred_column(self, 106, 6)
        layout.addSpacing(12)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self._hook(self.back_button.clicked, self.back)
        self._hook(self.next_button.clicked, self.next)

    # ------------------------------------------------------------------ life
    def dispose(self) -> None:
        """Cut Python slots, finish a running creation, close a vault not handed over."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections.clear()
        built = self._built
        passphrase = cast(PassphrasePage | None, built.get(Step.PASSPHRASE))
        recovery = cast(RecoveryPage | None, built.get(Step.RECOVERY))
        if passphrase is not None:
            passphrase.form.dispose()
        if (jobcenter := cast(JobcenterPage | None, built.get(Step.JOBCENTER))) is not None:
            jobcenter.form.dispose()
        if (folder_page := cast(FolderPage | None, built.get(Step.FOLDER))) is not None:
            folder_page.dispose()
        if recovery is not None:
            recovery.panel.dispose()
        # A creation still running finishes (and closes its vault) before we go on.
        self._task.shutdown(wait=True)
        if recovery is not None:
            recovery.panel.clear()
        if passphrase is not None:
            passphrase.form.clear()
        from ui.common.forms import clear_secret

        clear_secret()
        self.machine.close()

    @property
    def step(self) -> Step:
        return self.machine.step

    # ------------------------------------------------------------ navigation
    def show_step(self) -> None:
        step = self.machine.step
        page = self._page(step)
        self._enter(step)
        self.stack.setCurrentWidget(page)
        self.progress.setText(
            self.tr("Schritt {n} von {total}").format(n=self.machine.index + 1, total=len(STEPS))
        )
        self.title.setText(self.titles()[step])
        self.back_button.setEnabled(self.machine.can_go_back() and not self._busy)
        self.back_button.setVisible(step not in (Step.WELCOME, Step.DONE))
        if step == Step.WELCOME:
            self.next_button.setText(self.tr("&Los geht's ›"))
        elif step == Step.DEVICE:
            self.next_button.setText(self.tr("&Fertigstellen"))
        elif step == Step.DONE:
            self.next_button.setText(self.tr("&Zum Tagebuch"))
        else:
            self.next_button.setText(self.tr("&Weiter ›"))
        field = page.first_field() or self.next_button
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def titles(self) -> dict[Step, str]:
        """The page headings (``app.firstrun.TITLES``, translatable here)."""
        return {
            Step.WELCOME: self.tr("<h2>Willkommen</h2>"),
            Step.FOLDER: self.tr("<h2>Wo soll Ihr Tagebuch liegen?</h2>"),
            Step.PASSPHRASE: self.tr("<h2>Ihre Passphrase</h2>"),
            Step.RECOVERY: self.tr("<h2>Ihr Wiederherstellungscode</h2>"),
            Step.CHECK: self.tr("<h2>Haben Sie den Code aufgeschrieben?</h2>"),
            Step.PROFILE: self.tr("<h2>Über Sie</h2>"),
            Step.JOBCENTER: self.tr("<h2>Ihr Jobcenter</h2>"),
            Step.DEVICE: self.tr("<h2>Auf diesem PC merken?</h2>"),
            Step.DONE: self.tr("<h2>Fertig</h2>"),
        }

    def _enter(self, step: Step) -> None:
        """Fill a page from the state machine as it comes into view."""
        machine = self.machine
        if step == Step.FOLDER:
            self.folder_page.open_button.hide()
        elif step == Step.RECOVERY:
            if self.recovery.panel.code != machine.recovery_code:
                self.recovery.panel.set_code(machine.recovery_code, machine.folder)
        elif step == Step.CHECK:
            from ui.common.forms import clear_secret

            clear_secret()  # typed from paper, not pasted
            self.check.ask(machine.asked)
        elif step == Step.PROFILE:
            self.recovery.panel.name = machine.profile.name
        elif step == Step.JOBCENTER:
            self.jobcenter.form.set_state_if_empty(machine.profile.state)
        elif step == Step.DEVICE:
            self.device.show_availability(machine.device_available, machine.device_reason)
        elif step == Step.DONE:
            self.done.summary.setText(self._summary())

    def _summary(self) -> str:
        from html import escape

        from app.authorities import STATES
        from ui.common.forms import kind_labels

        machine = self.machine
        jobcenter = machine.jobcenter
        lines = [
            self.tr("Ihr Tagebuch ist eingerichtet und verschlüsselt."),
            self.tr("Ordner: {folder}").format(folder=escape(str(machine.folder))),
        ]
        if machine.profile.name:
            lines.append(self.tr("Name: {name}").format(name=escape(machine.profile.name)))
        if jobcenter.name or jobcenter.district:
            where = jobcenter.name or jobcenter.district
            state = STATES.get(jobcenter.state, "")
            lines.append(
                self.tr("Jobcenter: {name}{state} – {kind}").format(
                    name=escape(where),
                    state=f" ({escape(state)})" if state else "",
                    kind=escape(kind_labels()[jobcenter.kind]),
                )
            )
        lines.append(
            self.tr("Auf diesem PC merken: {answer}").format(
                answer=self.tr("ja") if machine.remember_device else self.tr("nein")
            )
        )
        notes = self.finished_with.notes if self.finished_with else []
        body = "".join(f"<li>{line}</li>" for line in lines[1:])
        extra = "".join(f"<p>⚠ {escape(note)}</p>" for note in notes)
        return f"<p>{lines[0]}</p><ul>{body}</ul>{extra}" + self.tr(
            "<p>Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was "
            "passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.</p>"
        )

    def _clear_message(self) -> None:
        self.message.clear()

    def say(self, text: str, *, problem: bool = True) -> None:
        """Show a message above the buttons; a problem is framed and marked, not only coloured."""
        themed(
            self.message,
            lambda colours: (
                f"QLabel {{ border: 1px solid {colours.error_border}; border-radius: 4px; "
                f"padding: 6px; background: {colours.error_background}; "
                f"color: {colours.error_text}; }}"
                if problem
                else ""
            ),
        )
        self.message.setText(f"⚠ {text}" if problem and text else text)

    def back(self) -> None:
        if self._busy:
            return
        self.say("")
        self.machine.back()
        self.show_step()

    def next(self) -> None:
        """Hand this page's input to the state machine; stay and explain if refused."""
        if self._busy:
            return
        machine = self.machine
        step = machine.step
        try:
            if step == Step.WELCOME:
                machine.start()
            elif step == Step.FOLDER:
                machine.set_folder(self.folder_page.folder())
            elif step == Step.PASSPHRASE:
                machine.set_passphrase(*self.passphrase_form.values())
                self._start_creating()
                return
            elif step == Step.RECOVERY:
                machine.code_seen()
            elif step == Step.CHECK:
                machine.check_code(self.check.values())
            elif step == Step.PROFILE:
                machine.set_profile(self.profile.form.data())
            elif step == Step.JOBCENTER:
                machine.set_jobcenter(self.jobcenter.form.data())
            elif step == Step.DEVICE:
                self.finished_with = machine.set_device(self.device.remember.isChecked())
            elif step == Step.DONE:
                self._complete()
                return
        except DiaryAlreadyThere as exc:
            self._found = exc.folder
            self.folder_page.open_button.show()
            self.say(exc.message)
            return
        except AmtsError as exc:
            self.say(exc.message)
            if step == Step.CHECK:
                self.check.answers[0].setFocus()
            return
        self.say("")
        self.show_step()

    def _complete(self) -> None:
        if self.finished_with is None:
            return
        vault = self.finished_with.vault
        self.finished_with = None
        self.completed.emit(OpenedDiary(vault))

    # ----------------------------------------------------------- the slow part
    def _start_creating(self) -> None:
        passphrase = self.machine.take_passphrase()
        self.passphrase_form.clear()
        self._set_busy(True)
        self.say(
            self.tr(
                "Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert "
                "ein paar Sekunden."
            ),
            problem=False,
        )
        folder, unlock_time_ms = self.machine.folder, self.machine.unlock_time_ms
        self._task.start(lambda: _create(folder, passphrase, unlock_time_ms), self._created)

    def _created(self, result: Created | AmtsError) -> None:
        self._set_busy(False)
        if isinstance(result, AmtsError):
            self.say(result.message)
            self.passphrase_form.passphrase.setFocus()
            return
        try:
            self.machine.vault_created(result)
        except AmtsError as exc:
            self.say(exc.message)
            return
        self.say("")
        self.show_step()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.stack.setEnabled(not busy)
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy and self.machine.can_go_back())

    # ------------------------------------------------------------------ folders
    def browse_folder(self) -> None:
        start = self.folder_page.path.text().strip() or str(Path.home())
        chosen = existing_folder(self, self.tr("Ordner für das Tagebuch wählen"), Path(start))
        if chosen is None:
            return
        if (chosen / VAULT_FILE).exists():
            self.folder_page.path.setText(str(chosen))
        else:
            self.folder_page.path.setText(str(suggest_folder(chosen)))
        self.folder_page.use_other.setChecked(True)

    def choose_existing(self) -> None:
        chosen = existing_folder(self, self.tr("Ordner mit Ihrem Tagebuch wählen"), Path.home())
        if chosen is None:
            return
        candidates = [chosen, chosen / "Amtstagebuch"]
        found = next((c for c in candidates if (c / VAULT_FILE).exists()), None)
        if found is None:
            self.say(
                self.tr(
                    "Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte "
                    "wählen Sie den Ordner, in dem diese Datei liegt."
                ).format(folder=chosen, file=VAULT_FILE)
            )
            return
        self._found = found
        self._open_found()

    def _open_found(self) -> None:
        if self._found is None:
            return
        try:
            remember_vault_dir(self._found, self.config_dir)
        except AmtsError:
            pass  # opening still works; only the next start would ask again
        self.say("")
        self.open_existing.emit(self._found)
