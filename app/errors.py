"""The errors the program shows to people, each with one plain German sentence.

Every failure that can reach a user is one of these; the command line prints
``message`` and the window shows it in a dialog. Nothing else is ever shown.
"""

from __future__ import annotations

import re
from typing import Any


class AmtsError(Exception):
    """Base class: ``message`` is the German text a user sees."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(AmtsError):
    def __init__(self, what: str = "Die Passphrase") -> None:
        super().__init__(
            f"{what} ist falsch. Bitte prüfen Sie Groß- und Kleinschreibung und die "
            "Feststelltaste und versuchen Sie es erneut."
        )


class VaultDamaged(AmtsError):
    """The file's checksum or structure is broken: a backup is the way out."""

    def __init__(self, path: str, newest_backup: str | None = None, detail: str = "") -> None:
        text = f"Die Tagebuch-Datei „{path}“ ist beschädigt oder wurde verändert"
        if detail:
            text += f" ({detail})"
        text += "."
        if newest_backup:
            text += (
                f" Die neueste lesbare Sicherung ist „{newest_backup}“. Sie können sie mit "
                "„amtstagebuch restore“ wiederherstellen."
            )
        else:
            text += " Es wurde keine lesbare Sicherung gefunden."
        super().__init__(text)
        self.path = path
        self.newest_backup = newest_backup
        self.detail = detail


class VaultLocked(AmtsError):
    def __init__(self) -> None:
        super().__init__(
            "Das Tagebuch ist gerade in einem anderen Fenster oder Programm geöffnet. "
            "Schließen Sie es dort und versuchen Sie es dann erneut."
        )


class VaultMissing(AmtsError):
    def __init__(self, folder: str) -> None:
        super().__init__(f"Im Ordner „{folder}“ liegt kein Tagebuch.")


class VaultExists(AmtsError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            f"Im Ordner „{folder}“ liegt bereits ein Tagebuch. Es wird nicht überschrieben."
        )


class VaultTooNew(AmtsError):
    def __init__(self) -> None:
        super().__init__(
            "Dieses Tagebuch wurde mit einer neueren Version von Amtstagebuch gespeichert. "
            "Bitte installieren Sie die aktuelle Version; die Datei bleibt unverändert."
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
            "Amtstagebuch baut keine Netzwerkverbindungen auf; ein Versuch wurde blockiert "
            f"({event})."
        )


_OS_REASONS = {
    "ENOENT": "nicht gefunden",
    "EACCES": "keine Berechtigung",
    "EPERM": "keine Berechtigung",
    "EISDIR": "das ist ein Ordner, keine Datei",
    "ENOTDIR": "ein Teil des Pfads ist kein Ordner",
    "ENOSPC": "der Datenträger ist voll",
    "EROFS": "der Datenträger ist schreibgeschützt",
    "EIO": "Lesefehler des Datenträgers",
    "ENAMETOOLONG": "der Pfad ist zu lang",
}


def os_reason(exc: OSError) -> str:
    """A short German reason for an OS error (the system's own text may be English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name, f"Systemfehler {exc.errno}" if exc.errno else "Systemfehler")


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
