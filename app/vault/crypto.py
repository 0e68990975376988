"""Key derivation and key wrapping for the vault's key slots.

A random 256-bit data key encrypts everything. Key slots (``slots``) hold it
wrapped for a seed derived from the passphrase (Argon2id), from the printed
recovery code (HKDF) or from a device secret in the OS keyring (HKDF).
"""

from __future__ import annotations

import base64
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12

# RFC 9106, section 4, second recommended option: never go below it.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
# The calibration's ceiling: a 1-second target on a fast PC stays below it, and a
# header asking for more is refused before deriving (a forged file must not make
# the program work for minutes).
MAX_ITERATIONS = 96

# Recovery code: 32 symbols of a 32-letter alphabet = 160 bits, shown in 8 groups.
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1
RECOVERY_SYMBOLS = 32
RECOVERY_GROUP = 4


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = LANES

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so that the same word typed on another keyboard gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def argon2id(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def calibrate(target_ms: int) -> tuple[KdfParams, float]:
    """Parameters that take about ``target_ms`` here, never below the floor.

    Returns the parameters and the measured milliseconds of one floor run.
    Memory stays at the floor (old laptops have little to spare); passes scale.
    The first pass costs more than later ones (the memory is touched for the
    first time), so the cost per pass is measured between two pass counts.
    """
    floor = KdfParams()

    def timed(params: KdfParams) -> float:
        start = time.perf_counter()
        argon2id("kalibrierung", os.urandom(16), params)
        return (time.perf_counter() - start) * 1000.0

    floor_ms = timed(floor)
    if target_ms <= floor_ms:
        return floor, floor_ms
    doubled = KdfParams(FLOOR_MEMORY_KIB, 2 * FLOOR_ITERATIONS, LANES)
    per_pass = max((timed(doubled) - floor_ms) / FLOOR_ITERATIONS, 1.0)
    iterations = FLOOR_ITERATIONS + round((target_ms - floor_ms) / per_pass)
    iterations = max(FLOOR_ITERATIONS, min(MAX_ITERATIONS, iterations))
    return KdfParams(FLOOR_MEMORY_KIB, iterations, LANES), floor_ms


def hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes | None:
    """Decrypt, or ``None`` when the key is wrong or the data was changed."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        return None


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_SYMBOLS))
    groups = [symbols[i : i + RECOVERY_GROUP] for i in range(0, RECOVERY_SYMBOLS, RECOVERY_GROUP)]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> bytes | None:
    """Accept the code with or without dashes and spaces, in any case.

    Any symbol outside the alphabet makes the code invalid rather than guessed.
    """
    cleaned = "".join(ch for ch in code.upper() if not ch.isspace() and ch != "-")
    if len(cleaned) != RECOVERY_SYMBOLS or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        return None
    return cleaned.encode("ascii")


def recovery_code_groups(code: str) -> list[str]:
    """The code's 8 groups of 4 symbols, as printed and as asked back ("Gruppe 3").

    Raises ``ValueError`` for anything that is not a recovery code.
    """
    normalised = normalise_recovery_code(code)
    if normalised is None:
        raise ValueError("not a recovery code")
    symbols = normalised.decode("ascii")
    return [symbols[i : i + RECOVERY_GROUP] for i in range(0, RECOVERY_SYMBOLS, RECOVERY_GROUP)]
