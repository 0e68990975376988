"""The errors the program shows to people, each with one plain German sentence.

Every failure that can reach a user is one of these; the command line prints
``message`` and the window shows it in a dialog. Nothing else is ever shown.
"""

from __future__ import annotations

import re
from typing import Any

from app.i18n import N_, _


class AmtsError(Exception):
    """Base class: ``message`` is the German text a user sees."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(AmtsError):
    def __init__(self, what: str | None = None) -> None:
        super().__init__(
            _(
                "{what} ist falsch. Bitte prüfen Sie Groß- und Kleinschreibung und die "
                "Feststelltaste und versuchen Sie es erneut."
            ).format(what=_("Die Passphrase") if what is None else what)
        )


class VaultDamaged(AmtsError):
    """The file's checksum or structure is broken: a backup is the way out."""

    def __init__(self, path: str, newest_backup: str | None = None, detail: str = "") -> None:
        text = _("Die Tagebuch-Datei „{path}“ ist beschädigt oder wurde verändert").format(
            path=path
        )
        if detail:
            text += f" ({detail})"
        text += "."
        if newest_backup:
            text += " " + _(
                "Die neueste lesbare Sicherung ist „{backup}“. Sie können sie mit "
                "„amtstagebuch restore“ wiederherstellen."
            ).format(backup=newest_backup)
        else:
            text += " " + _("Es wurde keine lesbare Sicherung gefunden.")
        super().__init__(text)
        self.path = path
        self.newest_backup = newest_backup
        self.detail = detail


class VaultLocked(AmtsError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "Das Tagebuch ist gerade in einem anderen Fenster oder Programm geöffnet. "
                "Schließen Sie es dort und versuchen Sie es dann erneut."
            )
        )


class VaultMissing(AmtsError):
    def __init__(self, folder: str) -> None:
        super().__init__(_("Im Ordner „{folder}“ liegt kein Tagebuch.").format(folder=folder))


class VaultExists(AmtsError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            _(
                "Im Ordner „{folder}“ liegt bereits ein Tagebuch. Es wird nicht überschrieben."
            ).format(folder=folder)
        )


class VaultTooNew(AmtsError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "Dieses Tagebuch wurde mit einer neueren Version von Amtstagebuch gespeichert. "
                "Bitte installieren Sie die aktuelle Version; die Datei bleibt unverändert."
            )
        )


class SaveFailed(AmtsError):
    """Writing failed; the file on disk still holds the previous state."""


class ImportRefused(AmtsError):
    pass


class InputRefused(AmtsError):
    """A value a person typed or a file they chose cannot be taken."""


class KeyringUnavailable(AmtsError):
    pass


class NetworkRefused(AmtsError):
    def __init__(self, event: str) -> None:
        super().__init__(
            _(
                "Amtstagebuch baut keine Netzwerkverbindungen auf; ein Versuch wurde blockiert "
                "({event})."
            ).format(event=event)
        )


_OS_REASONS = {
    "ENOENT": N_("nicht gefunden"),
    "EACCES": N_("keine Berechtigung"),
    "EPERM": N_("keine Berechtigung"),
    "EISDIR": N_("das ist ein Ordner, keine Datei"),
    "ENOTDIR": N_("ein Teil des Pfads ist kein Ordner"),
    "ENOSPC": N_("der Datenträger ist voll"),
    "EROFS": N_("der Datenträger ist schreibgeschützt"),
    "EIO": N_("Lesefehler des Datenträgers"),
    "ENAMETOOLONG": N_("der Pfad ist zu lang"),
}


def os_reason(exc: OSError) -> str:
    """A short German reason for an OS error (the system's own text may be English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if name in _OS_REASONS:
        return _(_OS_REASONS[name])
    return _("Systemfehler {number}").format(number=exc.errno) if exc.errno else _("Systemfehler")


# Characters a terminal must never receive raw from a file: C0 and C1 controls (ESC starts
# colour and cursor sequences, CR overwrites the line, LF starts a false new one), lone
# surrogates (not encodable; the output would fail), and bidi and line separators
# that reorder or break what is shown.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe for a terminal line: every unsafe character shown as an escape
    ("\\x1b", "\\r", "\\ud800"), so what came from a file is visible and inert."""
    return _UNSAFE.sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def safe_json(value: object, **options: Any) -> str:
    """JSON text (``ensure_ascii=False``: umlauts and other scripts stay readable) in
    which what a terminal would act on is escaped: json escapes C0 controls itself,
    this escapes DEL, C1 controls, bidi marks and lone surrogates (``\\ud800``), so the
    text can always be written as UTF-8 and reads back to the same value."""
    import json  # not before the first window: only the command line writes JSON

    return _JSON_UNSAFE.sub(_json_escape, json.dumps(value, ensure_ascii=False, **options))
