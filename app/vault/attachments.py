"""Encrypted attachment files in ``anhaenge/``, streamed in chunks.

Each file has its own random key, kept only in its database row. Chunks of 1 MiB
are sealed with AES-256-GCM; the nonce is the chunk counter and the associated
data names the file, the chunk and whether it is the last one, so chunks cannot
be reordered, swapped between files or cut off unnoticed. Memory stays bounded
by the chunk size whatever the file's size.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import struct
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.atomic import atomic_stream
from app.errors import AmtsError
from app.i18n import _
from app.vault.crypto import new_key

MAGIC = b"AMTA\x00\x01"
CHUNK = 1024 * 1024
TAG = 16
NAME_PATTERN = re.compile(r"^[0-9a-f]{32}\.bin$")


class AttachmentDamaged(AmtsError):
    def __init__(self, name: str) -> None:
        super().__init__(
            _(
                "Der Anhang „{name}“ ist beschädigt oder fehlt und kann nicht geöffnet werden."
            ).format(name=name)
        )


@dataclass(frozen=True)
class StoredFile:
    file_id: str  # 32 hex digits, also the file name stem
    key: bytes
    size: int
    sha256: str


def _nonce(index: int) -> bytes:
    return struct.pack(">4xQ", index)


def _aad(file_id: str, index: int, last: bool) -> bytes:
    return file_id.encode("ascii") + struct.pack(">Q?", index, last)


def file_path(folder: Path, file_id: str) -> Path:
    return folder / f"{file_id}.bin"


def _chunks(source: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    current = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        yield current, not following
        if not following:
            return
        current = following


def store(folder: Path, source: BinaryIO) -> StoredFile:
    """Encrypt ``source`` into a new file, fsynced and durable before returning."""
    folder.mkdir(parents=True, exist_ok=True)
    file_id = uuid.uuid4().hex
    key = new_key()
    cipher = AESGCM(key)
    digest = hashlib.sha256()
    size = 0
    target = file_path(folder, file_id)
    with atomic_stream(target, _("Der Anhang")) as out:
        out.write(MAGIC)
        for index, (chunk, last) in enumerate(_chunks(source)):
            digest.update(chunk)
            size += len(chunk)
            out.write(cipher.encrypt(_nonce(index), chunk, _aad(file_id, index, last)))
    return StoredFile(file_id, key, size, digest.hexdigest())


def read_chunks(folder: Path, file_id: str, key: bytes) -> Iterator[bytes]:
    """Yield the decrypted file chunk by chunk; raise if anything was changed."""
    path = file_path(folder, file_id)
    cipher = AESGCM(key)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise AttachmentDamaged(path.name) from exc
    with handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise AttachmentDamaged(path.name)
        index = 0
        block = handle.read(CHUNK + TAG)
        while True:
            following = handle.read(CHUNK + TAG)
            last = not following
            try:
                yield cipher.decrypt(_nonce(index), block, _aad(file_id, index, last))
            except InvalidTag as exc:
                raise AttachmentDamaged(path.name) from exc
            if last:
                return
            block = following
            index += 1


def read_all(folder: Path, file_id: str, key: bytes) -> bytes:
    return b"".join(read_chunks(folder, file_id, key))


def check(folder: Path, file_id: str, key: bytes, sha256: str) -> bool:
    digest = hashlib.sha256()
    try:
        for chunk in read_chunks(folder, file_id, key):
            digest.update(chunk)
    except AttachmentDamaged:
        return False
    return digest.hexdigest() == sha256


class _ChunkReader:
    """The decrypted chunks of a stored file as a readable stream, for :func:`store`."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            try:
                self._buffer += next(self._chunks)
            except StopIteration:
                break
        if size < 0:
            size = len(self._buffer)
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out


def reencrypt(folder: Path, file_id: str, key: bytes) -> StoredFile:
    """The same content in a new file under a new key (the old file stays).

    Streamed chunk by chunk; raises :class:`AttachmentDamaged` if the old file was
    changed, and removes the half-written new one then.
    """
    reader = _ChunkReader(read_chunks(folder, file_id, key))
    return store(folder, reader)  # type: ignore[arg-type]


def remove(folder: Path, file_id: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        file_path(folder, file_id).unlink()


def stored_ids(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.name[:-4] for p in folder.iterdir() if NAME_PATTERN.match(p.name)}
