"""The on-disk format of ``tagebuch.amtb``.

Layout (all integers big-endian)::

    magic            8 bytes   b"AMTB\\x00\\r\\n\\x1a"
    format_version   2 bytes
    min_reader       2 bytes   oldest program format that can read this file
    header_length    4 bytes
    header           JSON (UTF-8): vault id, created, save counter, key slots
    nonce           12 bytes
    ciphertext       AES-256-GCM(data key, zstd(SQLite image)), AAD = all bytes above
    checksum        32 bytes   SHA-256 over everything before it (unkeyed)

The unkeyed checksum lets the program tell a damaged file (checksum wrong) from a
wrong passphrase (checksum right, no key slot opens).
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import _

MAGIC = b"AMTB\x00\r\n\x1a"
# Format 2: key slots wrap the data key for a public key (see ``slots``); format-1
# files still open. A format-1 program would take a format-2 slot for a wrong
# passphrase, so format-2 files say they need a format-2 reader.
FORMAT_VERSION = 2
MIN_READER_VERSION = 2
READABLE_VERSIONS = (1, 2)
_PREFIX = struct.Struct(">8sHHI")
NONCE_BYTES = 12
CHECKSUM_BYTES = 32
MAX_HEADER = 64 * 1024  # this program writes 1–2 KB
HEADER_READ = 16 + MAX_HEADER


class FormatError(Exception):
    """The bytes are not an intact vault file; ``reason`` says why (German)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TooNew(Exception):
    pass


@dataclass(frozen=True)
class Parsed:
    format_version: int
    header: dict[str, Any]
    aad: bytes  # prefix and header bytes, authenticated by the cipher
    nonce: bytes
    ciphertext: bytes


def encode(header: dict[str, Any], nonce: bytes, ciphertext: bytes) -> bytes:
    aad = build_aad(header)
    body = aad + nonce + ciphertext
    return body + hashlib.sha256(body).digest()


def build_aad(header: dict[str, Any]) -> bytes:
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, MIN_READER_VERSION, len(header_bytes))
    return prefix + header_bytes


def looks_like_vault(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def checksum_ok(data: bytes) -> bool:
    if len(data) < _PREFIX.size + NONCE_BYTES + CHECKSUM_BYTES:
        return False
    return hashlib.sha256(data[:-CHECKSUM_BYTES]).digest() == data[-CHECKSUM_BYTES:]


def parse(data: bytes) -> Parsed:
    """Split a vault file into its parts, refusing anything that is not intact."""
    if len(data) < _PREFIX.size:
        raise FormatError(_("die Datei ist zu kurz"))
    magic, version, min_reader, header_len = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise FormatError(_("die Datei ist keine Tagebuch-Datei"))
    if not checksum_ok(data):
        raise FormatError(_("die Prüfsumme stimmt nicht"))
    if min_reader > FORMAT_VERSION or version < 1:
        raise TooNew()
    if header_len > MAX_HEADER or _PREFIX.size + header_len + NONCE_BYTES > len(data):
        raise FormatError(_("der Kopf der Datei ist beschädigt"))
    header_end = _PREFIX.size + header_len
    header = _header_json(data[_PREFIX.size : header_end])
    nonce = data[header_end : header_end + NONCE_BYTES]
    ciphertext = data[header_end + NONCE_BYTES : -CHECKSUM_BYTES]
    return Parsed(version, header, data[:header_end], nonce, ciphertext)


def _header_json(raw: bytes) -> dict[str, Any]:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise FormatError(_("der Kopf der Datei ist beschädigt")) from exc
    if not isinstance(header, dict):
        raise FormatError(_("der Kopf der Datei ist beschädigt"))
    return header


def parse_header_only(head: bytes) -> dict[str, Any]:
    """The JSON header from the first bytes of a file, without checking the checksum."""
    if len(head) < _PREFIX.size:
        raise FormatError(_("die Datei ist zu kurz"))
    magic, _version, min_reader, header_len = _PREFIX.unpack_from(head)
    if magic != MAGIC:
        raise FormatError(_("die Datei ist keine Tagebuch-Datei"))
    if min_reader > FORMAT_VERSION:
        raise TooNew()
    if header_len > MAX_HEADER or _PREFIX.size + header_len > len(head):
        raise FormatError(_("der Kopf der Datei ist beschädigt"))
    return _header_json(head[_PREFIX.size : _PREFIX.size + header_len])


def names_slot(path: Path, kind: str) -> bool:
    """Whether the header of the file at ``path`` lists a key slot of ``kind`` (``device``).

    Reads only the header and checks nothing else; ``False`` for a missing or unreadable
    file. Light on purpose: the unlock page asks it before the vault code has loaded.
    """
    try:
        with path.open("rb") as handle:
            header = parse_header_only(handle.read(HEADER_READ))
    except (OSError, FormatError, TooNew):
        return False
    slots = header.get("slots")
    return isinstance(slots, list) and any(
        isinstance(slot, dict) and slot.get("type") == kind for slot in slots
    )
