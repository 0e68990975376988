"""The optional device slot: a random secret kept in the OS keyring.

Only the operating system's own keyrings are used: Windows Credential Locker,
the macOS Keychain, the Secret Service (GNOME Keyring, KeePassXC) and KWallet.
A backend that keeps secrets in a plain or self-encrypted file (``keyrings.alt``
and the like) would put the key to the diary next to the diary; it is refused
with the reason. Every keyring failure — no backend (common on Linux without a
desktop), a locked keyring, an entry someone deleted — is reported as "not
available" and the program falls back to the passphrase. The passphrase itself
is never stored.
"""

from __future__ import annotations

import base64
from typing import Any, Literal

from app.i18n import N_, _

SERVICE = "Amtstagebuch"

# The keyring backends of the operating systems, by module and class name.
TRUSTED = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)

NO_BACKEND = N_(
    "Auf diesem Computer gibt es keinen Schlüsselbund des Betriebssystems, in dem das "
    "Programm einen Schlüssel sicher ablegen könnte. Sie geben daher jedes Mal Ihre "
    "Passphrase ein."
)
FILE_BACKEND = N_(
    "Der Schlüsselbund auf diesem Computer legt Schlüssel nur in einer einfachen Datei ab "
    "({name}). Dort wäre der Schlüssel zu Ihrem Tagebuch nicht sicher; das Programm nutzt "
    "ihn deshalb nicht. Sie geben jedes Mal Ihre Passphrase ein."
)


def _name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _candidates(backend: Any) -> list[Any]:
    chained = getattr(backend, "backends", None)
    return list(chained) if isinstance(chained, list | tuple) else [backend]


def trusted_backend() -> tuple[Any | None, str]:
    """The OS keyring to use, or ``None`` and the reason in German.

    A chain of several backends is looked into: the first trusted one is used
    directly, so a secret never lands in a file backend that ranks higher.
    """
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:
        return None, _(NO_BACKEND)
    refused: list[str] = []
    for candidate in _candidates(backend):
        name = _name(candidate)
        if name in TRUSTED:
            if name.endswith("WinVaultKeyring"):
                # stays on this PC; never roams with a domain profile
                candidate.persist = "local machine"
            return candidate, ""
        if not name.startswith(("keyring.backends.fail", "keyring.backends.null")):
            refused.append(name)
    if refused:
        return None, _(FILE_BACKEND).format(name=refused[0])
    return None, _(NO_BACKEND)


def availability() -> tuple[bool, str]:
    """Whether a usable keyring backend exists, and the reason if not."""
    backend, reason = trusted_backend()
    return backend is not None, reason


def store_secret(vault_id: str) -> bytes:
    """Create and store a new device secret; raises ``KeyringUnavailable``."""
    from app.errors import KeyringUnavailable

    backend, reason = trusted_backend()
    if backend is None:
        raise KeyringUnavailable(reason)
    import secrets

    secret = secrets.token_bytes(32)
    try:
        backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
    except Exception as exc:
        raise KeyringUnavailable(
            _(
                "Der Schlüsselbund des Betriebssystems hat das Speichern abgelehnt (vielleicht "
                "ist er gesperrt). Ihr Tagebuch bleibt mit der Passphrase geschützt."
            )
        ) from exc
    return secret


def _lookup(vault_id: str) -> tuple[Literal["present", "missing", "unavailable"], bytes | None]:
    backend, _reason = trusted_backend()
    if backend is None:
        return "unavailable", None
    try:
        text = backend.get_password(SERVICE, vault_id)
    except Exception:
        return "unavailable", None
    if not text:
        return "missing", None
    try:
        secret = base64.b64decode(str(text).encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return "missing", None
    return ("present", secret) if len(secret) == 32 else ("missing", None)


def load_secret(vault_id: str) -> bytes | None:
    """The stored secret, or ``None`` on any failure. Never raises."""
    return _lookup(vault_id)[1]


def secret_state(vault_id: str) -> Literal["present", "missing", "unavailable"]:
    """``missing``: the keyring works but has no (usable) entry — someone removed it.
    ``unavailable``: no trusted keyring, or it is locked; the entry may come back."""
    return _lookup(vault_id)[0]


def delete_secret(vault_id: str) -> None:
    backend, _reason = trusted_backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, vault_id)
    except Exception:
        return
