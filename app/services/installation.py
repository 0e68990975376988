"""``amtstagebuch selbsttest``: is this installation complete? (no diary needed)

A counsellor installing the program on a new computer, and the bundle's smoke test,
ask the same questions: are the program's data files there (rules, letter types,
migrations, fonts, licence texts), does a PDF carry its fonts, is a keyring there for
the optional device slot, does the network guard hold. The window's part (Qt's German texts, the
platform plugins) is checked in ``ui/selftest.py``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date

from app import netguard
from app.errors import NetworkRefused
from app.i18n import _


@dataclass(frozen=True)
class Check:
    area: str  # German, e.g. "Programmdaten"
    ok: bool
    text: str  # German: what was found, or what is missing
    required: bool = True  # False: a missing part is a note, not a failure


def _program_data() -> Check:
    from app.letters.catalogue import catalogue
    from app.model.schema import HEAD_REVISION, known_revisions
    from app.redflags.engine import load_rules

    try:
        rules = load_rules()
        letters = catalogue().types
        revisions = known_revisions()
    except Exception as exc:  # any missing or damaged file: say which kind, do not crash
        return Check(
            _("Programmdaten"),
            False,
            _("unvollständig ({name__}: {exc})").format(name__=type(exc).__name__, exc=exc),
        )
    if HEAD_REVISION not in revisions:
        return Check(
            _("Programmdaten"),
            False,
            _("Datenbank-Schritt {revision} fehlt").format(revision=HEAD_REVISION),
        )
    return Check(
        _("Programmdaten"),
        bool(rules) and bool(letters),
        _("{value} Warnsignal-Regeln, {value2} Briefarten, {value3} Datenbank-Schritte").format(
            value=len(rules), value2=len(letters), value3=len(revisions)
        ),
    )


def _fonts() -> Check:
    from app.recovery_sheet import recovery_sheet_pdf
    from app.vault.crypto import new_recovery_code

    try:
        pdf = recovery_sheet_pdf(new_recovery_code(), folder="Probe", created=date(2026, 1, 1))
    except Exception as exc:
        return Check(
            _("Schriften"),
            False,
            _("kein PDF möglich ({name__}: {exc})").format(name__=type(exc).__name__, exc=exc),
        )
    embedded = pdf.count(b"/FontFile2")
    if embedded == 0 or b"DejaVu" not in pdf:
        return Check(_("Schriften"), False, _("die Schrift wird nicht in das PDF eingebettet"))
    return Check(
        _("Schriften"),
        True,
        _("DejaVu Sans, {embedded} Schriftschnitte im PDF eingebettet").format(embedded=embedded),
    )


# the keyrings app.vault.device trusts, as their owners call them
_KEYRINGS = {
    "Windows.WinVaultKeyring": "Windows-Anmeldeinformationsverwaltung",
    "macOS.Keyring": "macOS-Schlüsselbund",
    "SecretService.Keyring": "Secret Service (GNOME-Schlüsselbund, KeePassXC …)",
    "libsecret.Keyring": "Secret Service über libsecret",
    "kwallet.DBusKeyring": "KDE-Brieftasche (KWallet)",
    "kwallet.DBusKeyringKWallet4": "KDE-Brieftasche (KWallet 4)",
}


def _licences() -> Check:
    """Hilfe → Über Amtstagebuch shows every bundled component's licence: all texts there?"""
    from app.about import components

    try:
        listed = components()
        missing = [c.name for c in listed if not c.licence_text().strip()]
    except (OSError, ValueError, KeyError) as exc:  # the list or a text is gone or damaged
        return Check(
            _("Lizenzen"),
            False,
            _("unvollständig ({name__}: {exc})").format(name__=type(exc).__name__, exc=exc),
        )
    if missing:
        return Check(_("Lizenzen"), False, _("Lizenztext fehlt: ") + ", ".join(missing))
    return Check(
        _("Lizenzen"),
        True,
        _("{value} Bestandteile, jeder mit seinem Lizenztext").format(value=len(listed)),
    )


def _keyring() -> Check:
    from app.vault.device import trusted_backend

    backend, reason = trusted_backend()
    if backend is None:  # allowed: the passphrase is asked every time
        return Check(_("Schlüsselbund"), False, reason, required=False)
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    shown = _KEYRINGS.get(name.removeprefix("keyring.backends."), name)
    return Check(_("Schlüsselbund"), True, _("vorhanden: {shown}").format(shown=shown))


def _network() -> Check:
    """The guard refuses what a name look-up would announce; no socket is made for it."""
    netguard.install()
    try:
        sys.audit("socket.getaddrinfo", "selbsttest.invalid", 0, 0, 0, 0)
    except NetworkRefused:
        return Check(_("Netzwerk"), True, _("gesperrt: das Programm baut keine Verbindung auf"))
    return Check(_("Netzwerk"), False, _("die Netzwerksperre greift nicht"))


def check_installation() -> list[Check]:
    """Every check that needs no window, in the order they are shown."""
    return [_program_data(), _fonts(), _licences(), _keyring(), _network()]
