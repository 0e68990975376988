"""The files a vault folder keeps in ``sicherungen/``: backup generations and the
states put aside by a restore (``vor-wiederherstellung-*``).

They matter beyond a restore: an attachment file is only deleted when no kept
file refers to it any more (restoring a generation must find its scans), a
passphrase change re-encrypts them, and the newest of them tells whether the
diary file was replaced by an older one (rollback).
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

from app.vault import fileformat
from app.vault.crypto import open_sealed
from app.vault.names import BACKUPS
from app.vault.slots import HeaderRefused, check_header

GENERATION = re.compile(r"^tagebuch-(\d{8})-(\d{8}T\d{6})\.amtb$")
SET_ASIDE = re.compile(r"^vor-wiederherstellung-[0-9T]+-[0-9a-f]+\.amtb$")
# A vault file larger than this is not one this program wrote (diaries are a few MB).
MAX_FILE = 1 << 30


def generations(folder: Path) -> list[Path]:
    """Backup generations of a vault folder, newest first."""
    backups = folder / BACKUPS
    if not backups.is_dir():
        return []
    found = [p for p in backups.iterdir() if GENERATION.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def kept_files(folder: Path) -> list[Path]:
    """Generations and set-aside states, in a stable order."""
    backups = folder / BACKUPS
    if not backups.is_dir():
        return []
    return sorted(
        p for p in backups.iterdir() if GENERATION.match(p.name) or SET_ASIDE.match(p.name)
    )


def decompress(payload: bytes, method: str) -> bytes:
    """Early format-1 files used zlib; the header says which method a file uses."""
    if method == "zstd":
        return zstandard.ZstdDecompressor().decompress(payload)
    if method == "zlib":
        return zlib.decompress(payload)
    raise ValueError(f"unknown compression {method}")


@dataclass(frozen=True)
class KeptImage:
    path: Path
    header: dict[str, Any]
    image: bytes


def open_with_key(data: bytes, data_key: bytes) -> tuple[dict[str, Any], bytes] | None:
    """Header and database image of vault bytes sealed with ``data_key``; else ``None``."""
    try:
        parsed = fileformat.parse(data)
        check_header(parsed.header)
    except (fileformat.FormatError, fileformat.TooNew, HeaderRefused):
        return None
    payload = open_sealed(data_key, parsed.nonce, parsed.ciphertext, parsed.aad)
    if payload is None:
        return None
    try:
        image = decompress(payload, str(parsed.header.get("compression", "zlib")))
    except (zlib.error, zstandard.ZstdError, ValueError):
        return None
    return parsed.header, image


def read_kept(path: Path, data_key: bytes, vault_id: str) -> KeptImage | None:
    """A kept file of this vault, opened with its data key; ``None`` if it is not one.

    ``OSError`` passes through: a file that cannot be read now may be fine later.
    """
    if path.stat().st_size > MAX_FILE:
        return None
    opened = open_with_key(path.read_bytes(), data_key)
    if opened is None or opened[0].get("vault_id") != vault_id:
        return None
    return KeptImage(path, opened[0], opened[1])


def claimed_counter(path: Path) -> int | None:
    """The save counter a kept file's header names, unauthenticated (cheap)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(fileformat.HEADER_READ)
        header = fileformat.parse_header_only(head)
        check_header(header)
    except (OSError, fileformat.FormatError, fileformat.TooNew, HeaderRefused):
        return None
    return int(header["save_counter"])


def references(image: bytes) -> dict[str, bytes]:
    """The attachment files a database image refers to, with their keys."""
    conn = sqlite3.connect(":memory:")
    conn.text_factory = lambda raw: raw.decode("utf-8", "surrogateescape")
    try:
        conn.deserialize(image)
        rows = conn.execute("SELECT file_id, key FROM attachment").fetchall()
    except sqlite3.DatabaseError:
        return {}
    finally:
        conn.close()
    return {str(r[0]): bytes(r[1]) for r in rows if isinstance(r[1], bytes | memoryview)}


def remap(image: bytes, moves: dict[str, tuple[str, bytes]]) -> bytes:
    """The image with attachment rows pointing at re-encrypted files (new id and key)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(image)
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.executemany(
            "UPDATE attachment SET file_id = ?, key = ? WHERE file_id = ?",
            [(new_id, key, old_id) for old_id, (new_id, key) in moves.items()],
        )
        conn.commit()
        return conn.serialize()
    finally:
        conn.close()
