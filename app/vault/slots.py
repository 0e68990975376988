"""Key slots: the data key wrapped for the passphrase, the recovery code and this PC.

Each slot turns its secret into a 32-byte seed (Argon2id for the passphrase, HKDF
for the recovery code and the device secret). Since file format 2 the seed is an
X25519 private key and the slot stores its public key: the data key is wrapped
for that public key with a fresh ephemeral key (ECIES). So a new data key can be
wrapped for every slot without knowing any secret — which is what a passphrase
change needs, because it replaces the data key (see ``Vault.rekey``) and the
recovery code is not at hand then. The public key also tells a wrong passphrase
(the seed gives another public key) from a damaged slot (the right seed, but the
wrapped key does not open).

Format-1 slots (no public key) wrap the data key directly under the seed; they
still open, and are converted when their secret is known.

Everything in a header is checked before any key is derived: a forged header
cannot make the program run Argon2 with 4 GiB or a thousand passes, or once per
slot of a list of hundreds (``check_header``).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.i18n import _
from app.vault import device
from app.vault.crypto import (
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    KEY_BYTES,
    LANES,
    MAX_ITERATIONS,
    NONCE_BYTES,
    KdfParams,
    argon2id,
    b64d,
    b64e,
    hkdf,
    normalise_recovery_code,
    open_sealed,
    seal,
)

KINDS = ("passphrase", "recovery", "device")
SALT_BYTES = 16
WRAPPED_BYTES = KEY_BYTES + 16  # the data key and the GCM tag
PUBLIC_BYTES = 32
_VAULT_ID = re.compile(r"^[0-9a-f]{32}$")
_HEX_ID = re.compile(r"^[0-9a-f]{32}$")
_COMPRESSIONS = ("zstd", "zlib")
MAX_COUNTER = 2**53  # JSON numbers stay exact below this

_INFO = {
    "recovery": b"amtstagebuch recovery",
    "device": b"amtstagebuch device",
}


class HeaderRefused(Exception):
    """The header is not one this program writes; ``reason`` says why (German)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ----------------------------------------------------------------- checking
def _bytes_field(slot: dict[str, Any], name: str, size: int) -> None:
    value = slot.get(name)
    if not isinstance(value, str) or len(value) > 4 * size:
        raise HeaderRefused(
            _("ein Schlüsselfeld („{name}“) fehlt oder ist verändert").format(name=name)
        )
    try:
        raw = b64d(value)
    except (ValueError, UnicodeEncodeError) as exc:
        raise HeaderRefused(
            _("ein Schlüsselfeld („{name}“) ist verändert").format(name=name)
        ) from exc
    if len(raw) != size:
        raise HeaderRefused(
            _("ein Schlüsselfeld („{name}“) hat die falsche Länge").format(name=name)
        )


def check_kdf(data: object) -> KdfParams:
    """The Argon2id parameters of a passphrase slot, if they are ones this program writes.

    Memory and lanes are fixed (the program never writes others); passes lie between
    the RFC 9106 floor and the calibration's ceiling. Anything else is refused
    before a single byte of memory is allocated for Argon2.
    """
    if not isinstance(data, dict) or data.get("alg") != "argon2id":
        raise HeaderRefused(_("das Verfahren der Passphrase ist unbekannt"))
    memory, iterations, lanes = data.get("memory_kib"), data.get("iterations"), data.get("lanes")
    for value in (memory, iterations, lanes):
        if not isinstance(value, int) or isinstance(value, bool):
            raise HeaderRefused(_("die Einstellungen der Passphrase sind verändert"))
    assert isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)
    if memory != FLOOR_MEMORY_KIB or lanes != LANES:
        raise HeaderRefused(_("die Einstellungen der Passphrase sind verändert"))
    if not FLOOR_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise HeaderRefused(_("die Einstellungen der Passphrase sind verändert"))
    return KdfParams(memory, iterations, lanes)


def check_slot(slot: object) -> str:
    """Check one slot's shape; returns its kind."""
    if not isinstance(slot, dict):
        raise HeaderRefused(_("ein Schlüsselfach ist verändert"))
    kind = slot.get("type")
    if kind not in KINDS:
        raise HeaderRefused(_("ein Schlüsselfach hat eine unbekannte Art"))
    _bytes_field(slot, "salt", SALT_BYTES)
    _bytes_field(slot, "nonce", NONCE_BYTES)
    _bytes_field(slot, "wrapped", WRAPPED_BYTES)
    if "public" in slot or "ephemeral" in slot:
        _bytes_field(slot, "public", PUBLIC_BYTES)
        _bytes_field(slot, "ephemeral", PUBLIC_BYTES)
    if kind == "passphrase":
        check_kdf(slot.get("kdf"))
    return str(kind)


def check_header(header: dict[str, Any]) -> None:
    """Refuse a header this program would never write, before any key is derived."""
    vault_id = header.get("vault_id")
    if not isinstance(vault_id, str) or not _VAULT_ID.match(vault_id):
        raise HeaderRefused(_("die Kennung des Tagebuchs ist verändert"))
    counter = header.get("save_counter")
    if not isinstance(counter, int) or isinstance(counter, bool) or not 0 <= counter < MAX_COUNTER:
        raise HeaderRefused(_("der Speicherzähler ist verändert"))
    for name in ("created", "saved"):
        value = header.get(name)
        if value is not None and (not isinstance(value, str) or len(value) > 40):
            raise HeaderRefused(_("das Feld „{name}“ ist verändert").format(name=name))
    if header.get("compression", "zlib") not in _COMPRESSIONS:
        raise HeaderRefused(_("die Art der Verdichtung ist unbekannt"))
    rekey = header.get("rekey")
    if rekey is not None and (not isinstance(rekey, str) or not _HEX_ID.match(rekey)):
        raise HeaderRefused(_("das Feld „rekey“ ist verändert"))
    slots = header.get("slots")
    if not isinstance(slots, list) or not 1 <= len(slots) <= len(KINDS):
        raise HeaderRefused(_("die Schlüsselfächer sind verändert"))
    kinds = [check_slot(slot) for slot in slots]
    if len(set(kinds)) != len(kinds):
        raise HeaderRefused(_("ein Schlüsselfach ist doppelt vorhanden"))


# ----------------------------------------------------------------- wrapping
def _aad(vault_id: str, kind: str) -> bytes:
    return f"amtb-slot|{vault_id}|{kind}".encode()


def public_of(seed: bytes) -> bytes:
    return (
        X25519PrivateKey.from_private_bytes(seed)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def _ecies_kek(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return hkdf(shared, ephemeral + public, b"amtstagebuch slot v2")


def wrap_for(
    kind: str, public: bytes, data_key: bytes, vault_id: str, **fields: Any
) -> dict[str, Any]:
    """A slot that wraps ``data_key`` for the holder of ``public``'s private key."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    kek = _ecies_kek(shared, ephemeral_public, public)
    nonce, wrapped = seal(kek, data_key, _aad(vault_id, kind))
    return {
        "type": kind,
        **fields,
        "public": b64e(public),
        "ephemeral": b64e(ephemeral_public),
        "nonce": b64e(nonce),
        "wrapped": b64e(wrapped),
    }


def rewrap(slot: dict[str, Any], data_key: bytes, vault_id: str) -> dict[str, Any] | None:
    """The same slot for a new data key, without its secret; ``None`` for a format-1 slot."""
    if "public" not in slot:
        return None
    kept = {k: v for k, v in slot.items() if k in ("salt", "kdf")}
    return wrap_for(str(slot["type"]), b64d(str(slot["public"])), data_key, vault_id, **kept)


class SlotDamaged(Exception):
    """The right secret, but the wrapped key does not open: the slot was changed."""


def unwrap(slot: dict[str, Any], seed: bytes, vault_id: str) -> bytes | None:
    """The data key, ``None`` for a wrong secret; ``SlotDamaged`` for a changed slot."""
    aad = _aad(vault_id, str(slot["type"]))
    nonce, wrapped = b64d(str(slot["nonce"])), b64d(str(slot["wrapped"]))
    if "public" not in slot:  # format 1: the seed is the key-encryption key
        return open_sealed(seed, nonce, wrapped, aad)
    public = b64d(str(slot["public"]))
    if not secrets.compare_digest(public_of(seed), public):
        return None
    ephemeral = b64d(str(slot["ephemeral"]))
    try:
        shared = X25519PrivateKey.from_private_bytes(seed).exchange(
            X25519PublicKey.from_public_bytes(ephemeral)
        )
    except ValueError as exc:  # a low-order point: never written by this program
        raise SlotDamaged() from exc
    key = open_sealed(_ecies_kek(shared, ephemeral, public), nonce, wrapped, aad)
    if key is None:
        raise SlotDamaged()
    return key


def recovery_seed(code: str, salt: bytes) -> bytes | None:
    normalised = normalise_recovery_code(code)
    return None if normalised is None else hkdf(normalised, salt, _INFO["recovery"])


def device_seed(secret: bytes, salt: bytes) -> bytes:
    return hkdf(secret, salt, _INFO["device"])


def passphrase_slot(
    passphrase: str, data_key: bytes, vault_id: str, params: KdfParams
) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_BYTES)
    seed = argon2id(passphrase, salt, params)
    return wrap_for(
        "passphrase", public_of(seed), data_key, vault_id, salt=b64e(salt), kdf=params.to_json()
    )


def recovery_slot(code: str, data_key: bytes, vault_id: str) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_BYTES)
    seed = recovery_seed(code, salt)
    assert seed is not None
    return wrap_for("recovery", public_of(seed), data_key, vault_id, salt=b64e(salt))


def device_slot(secret: bytes, data_key: bytes, vault_id: str) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_BYTES)
    seed = device_seed(secret, salt)
    return wrap_for("device", public_of(seed), data_key, vault_id, salt=b64e(salt))


def convert(slot: dict[str, Any], seed: bytes, data_key: bytes, vault_id: str) -> dict[str, Any]:
    """A format-1 slot in format 2, for its known seed (same salt, same secret)."""
    kept = {k: v for k, v in slot.items() if k in ("salt", "kdf")}
    return wrap_for(str(slot["type"]), public_of(seed), data_key, vault_id, **kept)


def slot_of(header: dict[str, Any], kind: str) -> dict[str, Any] | None:
    for slot in header.get("slots", []):
        if isinstance(slot, dict) and slot.get("type") == kind:
            return slot
    return None


# ----------------------------------------------------------------- opening
@dataclass(frozen=True)
class Opened:
    """The data key, and which slot gave it with the slot's seed (to convert format 1)."""

    data_key: bytes
    kind: str
    seed: bytes


class Credentials:
    """What the user offers to unlock: a passphrase, a recovery code or the device.

    At most one key derivation per slot kind; a derived seed is cached, so the key
    can be derived off the UI thread and the vault opened quickly afterwards.
    """

    def __init__(
        self,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        use_device: bool = False,
    ) -> None:
        self.passphrase = passphrase
        self.recovery_code = recovery_code
        self.use_device = use_device
        self._seed_cache: dict[tuple[str, str, str], bytes] = {}
        self.damaged_slot = False  # the right secret met a changed slot
        self.derive = True  # False: only keys already derived are tried (no Argon2 run)

    def without_new_derivations(self) -> Credentials:
        """The same secrets and derived keys, but no further Argon2 run.

        Used to look for a readable backup after a file was refused, so that a
        forged or damaged file never costs a second of key derivation.
        """
        view = Credentials(self.passphrase, self.recovery_code, self.use_device)
        view._seed_cache = self._seed_cache
        view.derive = False
        return view

    def open_header(self, header: dict[str, Any]) -> Opened | None:
        """The data key if one of the (checked) header's slots opens, else ``None``."""
        vault_id = str(header["vault_id"])
        for slot in header["slots"]:
            seed = self._seed_for(slot, vault_id)
            if seed is None:
                continue
            try:
                key = unwrap(slot, seed, vault_id)
            except SlotDamaged:
                self.damaged_slot = True
                continue
            if key is not None:
                return Opened(key, str(slot["type"]), seed)
        return None

    def try_header(self, header: dict[str, Any]) -> bytes | None:
        """Derive (and cache) the key for a header; ``None`` if nothing opens or it is forged."""
        try:
            check_header(header)
        except HeaderRefused:
            return None
        opened = self.open_header(header)
        return None if opened is None else opened.data_key

    def _seed_for(self, slot: dict[str, Any], vault_id: str) -> bytes | None:
        kind = slot["type"]
        salt = b64d(str(slot["salt"]))
        if kind == "passphrase" and self.passphrase is not None:
            params = check_kdf(slot["kdf"])
            cache_key = (kind, str(slot["salt"]), repr(params))
            if cache_key not in self._seed_cache:
                if not self.derive:
                    return None
                self._seed_cache[cache_key] = argon2id(self.passphrase, salt, params)
            return self._seed_cache[cache_key]
        if kind == "recovery" and self.recovery_code is not None:
            return recovery_seed(self.recovery_code, salt)
        if kind == "device" and self.use_device:
            secret = device.load_secret(vault_id)
            return None if secret is None else device_seed(secret, salt)
        return None

    def describe(self) -> str:
        if self.recovery_code is not None and self.passphrase is None:
            return _("Der Wiederherstellungscode")
        return _("Die Passphrase")
