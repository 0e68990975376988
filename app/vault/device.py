"""The optional device slot: a random secret kept in the OS keyring.

Every keyring failure — no backend (this is common on Linux without a desktop),
a locked keyring, an entry someone deleted — is reported as "not available" and
the program falls back to the passphrase. The passphrase itself is never stored.
"""

from __future__ import annotations

import base64
import secrets

SERVICE = "Amtstagebuch"

NO_BACKEND = (
    "Auf diesem Computer gibt es keinen Schlüsselbund des Betriebssystems, in dem das "
    "Programm einen Schlüssel sicher ablegen könnte. Sie geben daher jedes Mal Ihre "
    "Passphrase ein."
)


def availability() -> tuple[bool, str]:
    """Whether a usable keyring backend exists, and the reason if not."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False, NO_BACKEND
    if isinstance(backend, fail.Keyring):
        return False, NO_BACKEND
    if getattr(backend, "backends", None) == []:  # a chainer with nothing to chain
        return False, NO_BACKEND
    return True, ""


def store_secret(vault_id: str) -> bytes:
    """Create and store a new device secret; raises ``KeyringUnavailable``."""
    from app.errors import KeyringUnavailable

    ok, reason = availability()
    if not ok:
        raise KeyringUnavailable(reason)
    secret = secrets.token_bytes(32)
    try:
        import keyring

        keyring.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
    except Exception as exc:
        raise KeyringUnavailable(
            "Der Schlüsselbund des Betriebssystems hat das Speichern abgelehnt (vielleicht "
            "ist er gesperrt). Ihr Tagebuch bleibt mit der Passphrase geschützt."
        ) from exc
    return secret


def load_secret(vault_id: str) -> bytes | None:
    """The stored secret, or ``None`` on any failure. Never raises."""
    try:
        import keyring

        text = keyring.get_password(SERVICE, vault_id)
        if not text:
            return None
        secret = base64.b64decode(text.encode("ascii"), validate=True)
    except Exception:
        return None
    return secret if len(secret) == 32 else None


def delete_secret(vault_id: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, vault_id)
    except Exception:
        return
