"""The first-run wizard as a plain state machine (the Electrum pattern): no Qt here.

The steps, what each one checks, and what happens at the end live in this module;
``ui/wizard.py`` only shows them. Creating the vault is slow (the key derivation is
calibrated to about a second and runs more than once), so it is a separate,
thread-safe function, :func:`create_vault`, that a window runs off its UI thread;
everything else is quick and happens on the caller's thread.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AmtsError, InputRefused, KeyringUnavailable, os_reason
from app.i18n import _, ngettext
from app.paths import default_vault_dir, remember_vault_dir
from app.vault import VAULT_FILE, device
from app.vault.names import DEFAULT_UNLOCK_MS, check_new_passphrase

# The vault code (SQLAlchemy, cryptography) loads when the vault is created, not when
# the wizard's first page is shown; see tests/benchmarks/startup.py.
if TYPE_CHECKING:
    import random

    from app.passphrase import Strength
    from app.records import JobcenterData, ProfileData
    from app.vault.vault import Credentials, Vault

FOLDER_NAME = "Amtstagebuch"
CHECKED_GROUPS = 2
# Words a guesser would try first for this person; the estimate counts them as weak.
PROGRAM_WORDS = ("amtstagebuch", "tagebuch", "jobcenter", "bürgergeld")


class Step(StrEnum):
    WELCOME = "willkommen"
    FOLDER = "ordner"
    PASSPHRASE = "passphrase"
    RECOVERY = "code"
    CHECK = "pruefung"
    PROFILE = "profil"
    JOBCENTER = "jobcenter"
    DEVICE = "geraet"
    DONE = "fertig"


STEPS: tuple[Step, ...] = tuple(Step)


class DiaryAlreadyThere(InputRefused):
    """The chosen folder holds a diary already: open it instead of making a new one."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            _(
                "Im Ordner „{folder}“ liegt schon ein Tagebuch. Ein neues wird dort nicht "
                "angelegt. Wählen Sie einen anderen Ordner – oder öffnen Sie das vorhandene "
                "Tagebuch."
            ).format(folder=folder)
        )
        self.folder = folder


# --- checks, each usable on its own ------------------------------------------------


def suggest_folder(chosen: Path) -> Path:
    """Where to put the diary when someone picks ``chosen`` (a USB stick, say).

    A folder of its own, so the diary's files do not mix with others: an empty
    folder or one already called "Amtstagebuch" is used as it is, otherwise a
    subfolder "Amtstagebuch" is proposed.
    """
    chosen = Path(chosen)
    if chosen.name.casefold() == FOLDER_NAME.casefold():
        return chosen
    try:
        empty = chosen.is_dir() and not any(chosen.iterdir())
    except OSError:
        empty = False
    return chosen if empty else chosen / FOLDER_NAME


def check_folder(folder: Path | str) -> Path:
    """The folder, if a new diary can be created there; otherwise ``InputRefused``.

    Writing is tried for real (a probe file, removed at once): permissions on
    Windows and read-only USB sticks are not reliably told by ``os.access``.
    """
    text = str(folder).strip()
    if not text:
        raise InputRefused(_("Bitte wählen Sie einen Ordner für Ihr Tagebuch."))
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise InputRefused(
            _(
                "„{text}“ ist kein vollständiger Ordnerpfad. Bitte wählen Sie den Ordner mit "
                "„Ordner wählen …“."
            ).format(text=text)
        )
    if (path / VAULT_FILE).exists():
        raise DiaryAlreadyThere(path)
    if path.exists() and not path.is_dir():
        raise InputRefused(
            _("„{path}“ ist eine Datei, kein Ordner. Bitte wählen Sie einen Ordner.").format(
                path=path
            )
        )
    existing = path
    while not existing.exists():
        if existing.parent == existing:
            raise InputRefused(
                _("Den Ort „{path}“ gibt es nicht. Ist der USB-Stick eingesteckt?").format(
                    path=path
                )
            )
        existing = existing.parent
    if not existing.is_dir():
        raise InputRefused(
            _("„{existing}“ ist eine Datei, kein Ordner. Bitte wählen Sie einen Ordner.").format(
                existing=existing
            )
        )
    import secrets

    probe = existing / f".amtstagebuch-probe-{secrets.token_hex(4)}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except OSError as exc:
        raise InputRefused(
            _(
                "In den Ordner „{existing}“ kann das Programm nicht schreiben ({os_reason}). "
                "Bitte wählen Sie einen anderen Ordner."
            ).format(existing=existing, os_reason=os_reason(exc))
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return path


def check_strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """The strength of a passphrase hard enough to guess; ``InputRefused`` with why not.

    The one rule for every new passphrase: the wizard, Einstellungen and the command
    line (``init``, ``passwd``) all refuse what this refuses.
    """
    from app.passphrase import assess

    strength = assess(passphrase, (*PROGRAM_WORDS, *user_inputs))
    if not strength.acceptable:
        reason = f" {strength.warning}" if strength.warning else ""
        hint = strength.suggestions[0] if strength.suggestions else ""
        raise InputRefused(
            _("Diese Passphrase ist noch zu leicht zu erraten (Stärke: {label}).{reason} {hint}")
            .format(label=strength.label, reason=reason, hint=hint)
            .strip()
        )
    return strength


def check_passphrase(
    passphrase: str, confirmation: str, user_inputs: tuple[str, ...] = ()
) -> Strength:
    """The strength of an acceptable new passphrase; ``InputRefused`` otherwise."""
    if not passphrase:
        raise InputRefused(_("Bitte geben Sie eine Passphrase ein."))
    check_new_passphrase(passphrase)
    strength = check_strength(passphrase, user_inputs)
    if confirmation != passphrase:
        raise InputRefused(
            _(
                "Die beiden Eingaben sind nicht gleich. Bitte tippen Sie die Passphrase im zweiten "
                "Feld noch einmal genau so ein."
            )
        )
    return strength


def pick_groups(rng: random.Random | None = None, count: int = CHECKED_GROUPS) -> tuple[int, ...]:
    """Which groups of the recovery code to ask back (numbers from 1, ascending)."""
    if rng is None:
        import random

        rng = random.SystemRandom()
    return tuple(sorted(rng.sample(range(1, 9), count)))


def _plain(text: str) -> str:
    return "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")


def check_groups(code: str, asked: tuple[int, ...], answers: tuple[str, ...]) -> None:
    """Compare the typed groups with the code (case, spaces and dashes do not matter)."""
    if len(answers) != len(asked):
        raise InputRefused(_("Bitte tippen Sie alle gefragten Gruppen ab."))
    from app.recovery_sheet import groups

    code_groups = groups(code)
    wrong = [
        number
        for number, answer in zip(asked, answers, strict=True)
        if _plain(answer) != code_groups[number - 1]
    ]
    if not wrong:
        return
    empty = [n for n, a in zip(asked, answers, strict=True) if not _plain(a)]
    typed = [n for n in wrong if n not in empty]
    if not typed:
        raise InputRefused(
            _("Bitte tippen Sie Gruppe {numbers} von Ihrem Zettel ab.").format(
                numbers=_numbers(empty)
            )
        )
    wrong_text = ngettext(
        "Gruppe {numbers} stimmt nicht mit dem Code überein.",
        "Gruppe {numbers} stimmen nicht mit dem Code überein.",
        len(typed),
    ).format(numbers=_numbers(typed))
    missing = (
        " " + _("Gruppe {numbers} fehlt noch.").format(numbers=_numbers(empty)) if empty else ""
    )
    raise InputRefused(
        wrong_text
        + missing
        + " "
        + _(
            "Sehen Sie noch einmal genau auf Ihren Zettel. Sie können auch mit „Zurück“ den "
            "Code noch einmal ansehen und Ihre Abschrift verbessern."
        )
    )


def _numbers(numbers: list[int]) -> str:
    """„2“, „2 und 5“, „1, 2 und 5“ in the user's language."""
    texts = [str(n) for n in numbers]
    if len(texts) < 2:
        return "".join(texts)
    # TRANSLATORS: numbers of the code's groups, e.g. "1, 2 und 5"
    return _("{first} und {last}").format(first=", ".join(texts[:-1]), last=texts[-1])


# --- the slow part: off the UI thread ------------------------------------------------


@dataclass
class Created:
    """A new, closed vault and what is needed to open it quickly."""

    folder: Path
    recovery_code: str
    credentials: Credentials  # the passphrase's key already derived


def create_vault(
    folder: Path, passphrase: str, *, unlock_time_ms: int = DEFAULT_UNLOCK_MS
) -> Created:
    """Create the vault and derive its key once more; slow, thread-safe, touches no Qt.

    The vault is closed again in the same thread: its folder lock belongs to the
    thread that took it (``filelock`` keeps it per thread), so the caller opens the
    vault on its own thread with :meth:`FirstRun.vault_created` — quickly, because
    the key is derived here and cached in the credentials.
    """
    from app.vault.vault import Credentials, Vault

    vault, code = Vault.create(folder, passphrase, unlock_time_ms=unlock_time_ms)
    header = vault.header
    vault.close()
    creds = Credentials(passphrase=passphrase)
    creds.try_header(header)
    return Created(Path(folder), code, creds)


# --- the wizard -----------------------------------------------------------------------


@dataclass
class Finished:
    vault: Vault
    notes: list[str] = field(default_factory=list)  # German: what did not work, e.g. keyring


class FirstRun:
    """The steps of the first-run wizard and the data collected on the way.

    Each ``set_*`` method checks its step's input and moves to the next step, or
    raises ``InputRefused`` with a German message and stays. The vault is created
    after the passphrase step (:func:`create_vault`, off the UI thread, then
    :meth:`vault_created`); from then on there is no way back to the folder or the
    passphrase, which can be changed later in the settings.
    """

    def __init__(
        self,
        folder: Path | None = None,
        *,
        unlock_time_ms: int = DEFAULT_UNLOCK_MS,
        rng: random.Random | None = None,
        config_dir: Path | None = None,
    ) -> None:
        self.step = Step.WELCOME
        self.folder = Path(folder) if folder is not None else default_vault_dir()
        self.unlock_time_ms = unlock_time_ms
        self.config_dir = config_dir
        self._rng = rng
        self.passphrase = ""
        self.created: Created | None = None
        self.vault: Vault | None = None
        self.asked: tuple[int, ...] = ()
        self._profile: ProfileData | None = None  # made when first asked (app.records
        self._jobcenter: JobcenterData | None = None  # loads after the first window)
        self.remember_device = False
        self._device: tuple[bool, str] | None = None  # asked on the step, not at start
        self.idle_minutes: float | None = None  # None: the setting's default

    @property
    def profile(self) -> ProfileData:
        if self._profile is None:
            from app.records import ProfileData

            self._profile = ProfileData()
        return self._profile

    @property
    def jobcenter(self) -> JobcenterData:
        if self._jobcenter is None:
            from app.records import JobcenterData

            self._jobcenter = JobcenterData()
        return self._jobcenter

    # ------------------------------------------------------------------ the keyring
    def _device_check(self) -> tuple[bool, str]:
        """Whether this PC's keyring can keep a key, asked once when first needed (loading
        ``keyring`` and asking the OS takes a while)."""
        if self._device is None:
            self._device = device.availability()
        return self._device

    @property
    def device_available(self) -> bool:
        return self._device_check()[0]

    @device_available.setter
    def device_available(self, available: bool) -> None:
        self._device = (available, self._device[1] if self._device is not None else "")

    @property
    def device_reason(self) -> str:
        return self._device_check()[1]

    @device_reason.setter
    def device_reason(self, reason: str) -> None:
        self._device = (self._device[0] if self._device is not None else False, reason)

    # ------------------------------------------------------------------ moving
    @property
    def index(self) -> int:
        return STEPS.index(self.step)

    def can_go_back(self) -> bool:
        if self.step in (Step.WELCOME, Step.DONE):
            return False
        # The vault exists from the recovery code on: folder and passphrase are fixed.
        return not (self.step == Step.RECOVERY and self.created is not None)

    def back(self) -> Step:
        if self.can_go_back():
            self.step = STEPS[self.index - 1]
        return self.step

    def _advance(self) -> Step:
        self.step = STEPS[self.index + 1]
        return self.step

    def _expect(self, step: Step) -> None:
        if self.step != step:
            raise RuntimeError(f"wizard is at {self.step}, not {step}")

    def start(self) -> Step:
        self._expect(Step.WELCOME)
        return self._advance()

    def set_folder(self, folder: Path | str) -> Step:
        self._expect(Step.FOLDER)
        self.folder = check_folder(folder)
        return self._advance()

    def user_inputs(self) -> tuple[str, ...]:
        """Words from the person's world that a passphrase should not lean on."""
        words = [part for part in self.folder.parts[-2:] if part not in ("/", "\\")]
        for text in (self.profile.name, self.profile.city):
            words.extend(text.split())
        return tuple(word for word in words if len(word) > 2)

    def strength(self, passphrase: str) -> Strength:
        """The live estimate while someone types (German label, warning, suggestions)."""
        from app.passphrase import assess

        return assess(passphrase, (*PROGRAM_WORDS, *self.user_inputs()))

    def set_passphrase(self, passphrase: str, confirmation: str) -> Strength:
        """Check the passphrase; the vault is created next (slow, see :func:`create_vault`)."""
        self._expect(Step.PASSPHRASE)
        strength = check_passphrase(passphrase, confirmation, self.user_inputs())
        # Checked again: the folder may have changed since (a stick pulled, a diary copied in).
        check_folder(self.folder)
        self.passphrase = passphrase
        return strength

    def take_passphrase(self) -> str:
        """Hand the checked passphrase to :func:`create_vault` and forget it here."""
        passphrase, self.passphrase = self.passphrase, ""
        if not passphrase:
            raise RuntimeError("set_passphrase first")
        return passphrase

    def vault_created(self, created: Created) -> Step:
        """Open the new vault on this thread (the key is cached, so this is quick)."""
        self._expect(Step.PASSPHRASE)
        from app.vault.vault import Vault

        self.vault = Vault.open(created.folder, credentials=created.credentials)
        self.created = created
        self.asked = pick_groups(self._rng)
        return self._advance()

    def create(self) -> Step:
        """Create the vault on this thread (for the command line and tests)."""
        return self.vault_created(
            create_vault(self.folder, self.take_passphrase(), unlock_time_ms=self.unlock_time_ms)
        )

    @property
    def recovery_code(self) -> str:
        return self.created.recovery_code if self.created is not None else ""

    def code_seen(self) -> Step:
        self._expect(Step.RECOVERY)
        return self._advance()

    def check_code(self, answers: tuple[str, ...]) -> Step:
        self._expect(Step.CHECK)
        check_groups(self.recovery_code, self.asked, answers)
        return self._advance()

    def set_profile(self, profile: ProfileData) -> Step:
        self._expect(Step.PROFILE)
        self._profile = profile.validated()
        if not self.jobcenter.state and self.profile.state:
            self.jobcenter.state = self.profile.state
        return self._advance()

    def set_jobcenter(self, jobcenter: JobcenterData) -> Step:
        self._expect(Step.JOBCENTER)
        self._jobcenter = jobcenter.validated()
        return self._advance()

    def set_device(self, remember: bool) -> Finished:
        """The last choice; stores everything and hands over the open vault."""
        self._expect(Step.DEVICE)
        if remember and not self.device_available:
            raise InputRefused(self.device_reason)
        self.remember_device = remember
        return self.finish()

    # ---------------------------------------------------------------- finishing
    def finish(self) -> Finished:
        """Store profile, Jobcenter and settings, remember the folder; quick."""
        if self.vault is None:
            raise RuntimeError("the vault is not created yet")
        from app.services.diary import put_jobcenter, put_profile
        from app.services.settings import put_setting

        vault = self.vault
        notes: list[str] = []
        with vault.transaction() as session:
            put_profile(session, self.profile)
            put_jobcenter(session, self.jobcenter)
            from app.settings import IDLE_MINUTES

            idle = IDLE_MINUTES.default if self.idle_minutes is None else self.idle_minutes
            put_setting(session, IDLE_MINUTES, idle)
        if self.remember_device:
            try:
                vault.enable_device_slot()
            except KeyringUnavailable as exc:
                notes.append(exc.message)
        try:
            remember_vault_dir(vault.folder, self.config_dir)
        except AmtsError as exc:
            notes.append(
                _(
                    "{message} Beim nächsten Start wählen Sie den Ordner „{folder}“ bitte selbst aus."
                ).format(message=exc.message, folder=vault.folder)
            )
        self.step = Step.DONE
        self.vault = None  # the caller owns it now
        return Finished(vault, notes)

    def close(self) -> None:
        """Give up half-way: the vault (if already created) is closed, not deleted.

        It opens with the passphrase; profile and Jobcenter can be entered later.
        """
        self.passphrase = ""
        if self.vault is not None:
            self.vault.close()
            self.vault = None
