"""The vault: an encrypted diary folder, unlocked into an in-memory SQLite database.

While unlocked, the whole database lives in memory. Every committed unit of work
saves it at once as one authenticated, encrypted image (see ``fileformat``),
atomically and with rotated backup generations. See ARCHITECTURE.md, "The vault".
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import zstandard
from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.errors import (
    AmtsError,
    InputRefused,
    SaveFailed,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
    os_reason,
)
from app.model import schema
from app.vault import attachments, device, fileformat
from app.vault.atomic import atomic_write, fsync_dir, remove_stale_temps
from app.vault.crypto import (
    KdfParams,
    argon2id,
    b64d,
    b64e,
    calibrate,
    hkdf,
    new_key,
    new_recovery_code,
    normalise_recovery_code,
    open_sealed,
    seal,
)
from app.vault.names import ATTACHMENTS, BACKUPS, LOCK_FILE, VAULT_FILE

KEEP_GENERATIONS = 10
# zstd level 1: at 10,000 entries 3x faster than zlib level 1 and 20 % smaller.
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 1
MIN_PASSPHRASE = 8
DEFAULT_UNLOCK_MS = 1000
_GENERATION = re.compile(r"^tagebuch-(\d{8})-(\d{8}T\d{6})\.amtb$")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise InputRefused(
            f"Die Passphrase muss mindestens {MIN_PASSPHRASE} Zeichen lang sein. Ein Satz aus "
            "mehreren Wörtern ist gut zu merken und schwer zu erraten."
        )


@dataclass
class Unlocked:
    """The result of reading and decrypting a vault file."""

    header: dict[str, Any]
    data_key: bytes
    image: bytes | None  # None: a new, empty database


def _slot_aad(vault_id: str, kind: str) -> bytes:
    return f"amtb-slot|{vault_id}|{kind}".encode()


def _wrap(kind: str, kek: bytes, data_key: bytes, vault_id: str, **fields: Any) -> dict[str, Any]:
    nonce, wrapped = seal(kek, data_key, _slot_aad(vault_id, kind))
    return {"type": kind, "nonce": b64e(nonce), "wrapped": b64e(wrapped), **fields}


def _unwrap(slot: dict[str, Any], kek: bytes, vault_id: str) -> bytes | None:
    try:
        nonce = b64d(slot["nonce"])
        wrapped = b64d(slot["wrapped"])
    except (KeyError, ValueError, TypeError):
        return None
    return open_sealed(kek, nonce, wrapped, _slot_aad(vault_id, str(slot.get("type"))))


def passphrase_slot(
    passphrase: str, data_key: bytes, vault_id: str, params: KdfParams
) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    kek = argon2id(passphrase, salt, params)
    return _wrap("passphrase", kek, data_key, vault_id, salt=b64e(salt), kdf=params.to_json())


def recovery_slot(code: str, data_key: bytes, vault_id: str) -> dict[str, Any]:
    normalised = normalise_recovery_code(code)
    assert normalised is not None
    salt = secrets.token_bytes(16)
    kek = hkdf(normalised, salt, b"amtstagebuch recovery")
    return _wrap("recovery", kek, data_key, vault_id, salt=b64e(salt))


def device_slot(secret: bytes, data_key: bytes, vault_id: str) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    kek = hkdf(secret, salt, b"amtstagebuch device")
    return _wrap("device", kek, data_key, vault_id, salt=b64e(salt))


class Credentials:
    """What the user offers to unlock: a passphrase, a recovery code or the device."""

    def __init__(
        self,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        use_device: bool = False,
    ) -> None:
        self.passphrase = passphrase
        self.recovery_code = recovery_code
        self.use_device = use_device
        self._kek_cache: dict[tuple[str, str], bytes] = {}

    def try_header(self, header: dict[str, Any]) -> bytes | None:
        """Return the data key if one of the header's slots opens."""
        vault_id = str(header.get("vault_id", ""))
        slots = header.get("slots")
        if not isinstance(slots, list):
            return None
        for slot in slots:
            if not isinstance(slot, dict):
                continue
            kek = self._kek_for(slot, vault_id)
            if kek is None:
                continue
            key = _unwrap(slot, kek, vault_id)
            if key is not None:
                return key
        return None

    def _kek_for(self, slot: dict[str, Any], vault_id: str) -> bytes | None:
        kind = slot.get("type")
        try:
            salt = b64d(str(slot["salt"]))
        except (KeyError, ValueError):
            return None
        if kind == "passphrase" and self.passphrase is not None:
            try:
                params = KdfParams.from_json(dict(slot["kdf"]))
            except (KeyError, ValueError, TypeError):
                return None
            cache_key = (str(slot["salt"]), repr(params))
            if cache_key not in self._kek_cache:
                self._kek_cache[cache_key] = argon2id(self.passphrase, salt, params)
            return self._kek_cache[cache_key]
        if kind == "recovery" and self.recovery_code is not None:
            code = normalise_recovery_code(self.recovery_code)
            return None if code is None else hkdf(code, salt, b"amtstagebuch recovery")
        if kind == "device" and self.use_device:
            secret = device.load_secret(vault_id)
            return None if secret is None else hkdf(secret, salt, b"amtstagebuch device")
        return None

    def describe(self) -> str:
        if self.recovery_code is not None and self.passphrase is None:
            return "Der Wiederherstellungscode"
        return "Die Passphrase"


def decrypt_file(data: bytes, creds: Credentials, display_path: str) -> Unlocked:
    """Open the bytes of a vault file, with the right error for each failure."""
    try:
        parsed = fileformat.parse(data)
    except fileformat.TooNew as exc:
        raise VaultTooNew() from exc
    except fileformat.FormatError as exc:
        raise VaultDamaged(display_path, detail=exc.reason) from exc
    key = creds.try_header(parsed.header)
    if key is None:
        if creds.use_device and creds.passphrase is None and creds.recovery_code is None:
            raise WrongPassphrase("Der Schlüssel aus dem Schlüsselbund")
        raise WrongPassphrase(creds.describe())
    payload = open_sealed(key, parsed.nonce, parsed.ciphertext, parsed.aad)
    if payload is None:
        raise VaultDamaged(display_path, detail="der verschlüsselte Inhalt passt nicht zum Kopf")
    try:
        image = decompress(payload, str(parsed.header.get("compression", "zlib")))
    except (zlib.error, zstandard.ZstdError, ValueError) as exc:
        raise VaultDamaged(display_path, detail="der Inhalt lässt sich nicht entpacken") from exc
    return Unlocked(parsed.header, key, image)


def compress(image: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=COMPRESSION_LEVEL).compress(image)


def decompress(payload: bytes, method: str) -> bytes:
    """Early format-1 files used zlib; the header says which method a file uses."""
    if method == "zstd":
        return zstandard.ZstdDecompressor().decompress(payload)
    if method == "zlib":
        return zlib.decompress(payload)
    raise ValueError(f"unknown compression {method}")


def generations(folder: Path) -> list[Path]:
    """Backup generations of a vault folder, newest first."""
    backups = folder / BACKUPS
    if not backups.is_dir():
        return []
    found = [p for p in backups.iterdir() if _GENERATION.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_good_generation(folder: Path, creds: Credentials | None) -> Path | None:
    """The newest backup generation that is intact (and opens, if credentials are given)."""
    for candidate in generations(folder):
        try:
            data = candidate.read_bytes()
        except OSError:
            continue
        if not fileformat.checksum_ok(data):
            continue
        if creds is None:
            return candidate
        try:
            decrypt_file(data, creds, candidate.name)
        except AmtsError:
            continue
        return candidate
    return None


class Vault:
    """An unlocked vault. Use :meth:`create` or :meth:`open`, and :meth:`close`."""

    def __init__(self, folder: Path, lock: FileLock, unlocked: Unlocked) -> None:
        self.folder = folder
        self._lock = lock
        self._header = unlocked.header
        self._data_key = unlocked.data_key
        self.unsaved = False
        self._pending_removal: set[str] = set()
        # Background saving (the window turns it on): the image is taken on the
        # caller's thread, compression, encryption and the atomic write happen in
        # one worker thread, newest image wins, and ``flush`` waits for it.
        self.background_saves = False
        self.save_error: SaveFailed | None = None
        self._write_lock = threading.Lock()
        self._state = threading.Condition()
        self._queued: bytes | None = None
        self._worker: threading.Thread | None = None
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        if unlocked.image is not None:
            self._conn.deserialize(unlocked.image)
        self._conn.execute("PRAGMA foreign_keys=ON")
        # Large sorts and indices must never spill into plaintext temp files.
        self._conn.execute("PRAGMA temp_store=MEMORY")
        self.engine: Engine = create_engine(
            "sqlite://", creator=lambda: self._conn, poolclass=StaticPool
        )

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

    # ----------------------------------------------------------------- paths
    @property
    def path(self) -> Path:
        return self.folder / VAULT_FILE

    @property
    def attachments_dir(self) -> Path:
        return self.folder / ATTACHMENTS

    @property
    def backups_dir(self) -> Path:
        return self.folder / BACKUPS

    @property
    def vault_id(self) -> str:
        return str(self._header["vault_id"])

    @property
    def save_counter(self) -> int:
        return int(self._header.get("save_counter", 0))

    @property
    def header(self) -> dict[str, Any]:
        return dict(self._header)

    # -------------------------------------------------------------- creating
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        unlock_time_ms: int = DEFAULT_UNLOCK_MS,
        check_strength: bool = True,
    ) -> tuple[Vault, str]:
        """Create a new vault; returns it unlocked and the recovery code (shown once)."""
        if check_strength:
            check_new_passphrase(passphrase)
        folder = Path(folder)
        if (folder / VAULT_FILE).exists():
            raise VaultExists(str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / ATTACHMENTS).mkdir(exist_ok=True)
            (folder / BACKUPS).mkdir(exist_ok=True)
        except OSError as exc:
            raise SaveFailed(
                f"Der Ordner „{folder}“ kann nicht angelegt werden ({os_reason(exc)})."
            ) from exc
        lock = _acquire(folder)
        try:
            params, _ = calibrate(unlock_time_ms)
            data_key = new_key()
            vault_id = secrets.token_hex(16)
            code = new_recovery_code()
            header: dict[str, Any] = {
                "vault_id": vault_id,
                "created": _now().isoformat(timespec="seconds"),
                "save_counter": 0,
                "compression": COMPRESSION,
                "slots": [
                    passphrase_slot(passphrase, data_key, vault_id, params),
                    recovery_slot(code, data_key, vault_id),
                ],
            }
            vault = cls(folder, lock, Unlocked(header, data_key, None))
        except BaseException:
            lock.release()
            raise
        try:
            with vault.engine.begin() as connection:
                schema.upgrade(connection)
            vault.save()
        except BaseException:
            vault.close()
            raise
        return vault, code

    # --------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        use_device: bool = False,
        credentials: Credentials | None = None,
    ) -> Vault:
        """Unlock a vault. ``credentials`` may carry keys already derived (off the UI thread)."""
        folder = Path(folder)
        path = folder / VAULT_FILE
        if not path.exists():
            raise VaultMissing(str(folder))
        creds = credentials or Credentials(passphrase, recovery_code, use_device)
        lock = _acquire(folder)
        try:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise VaultDamaged(str(path), detail=os_reason(exc)) from exc
            try:
                unlocked = decrypt_file(data, creds, str(path))
            except VaultDamaged as exc:
                good = newest_good_generation(folder, creds)
                raise VaultDamaged(
                    str(path),
                    str(good.relative_to(folder)) if good else None,
                    detail=exc.detail,
                ) from exc
            vault = cls(folder, lock, unlocked)
        except BaseException:
            lock.release()
            raise
        try:
            vault._prepare_schema()
            vault.collect_garbage()
        except BaseException:
            vault.close()
            raise
        return vault

    def _prepare_schema(self) -> None:
        current = schema.current_revision(self._conn)
        if current == schema.HEAD_REVISION:
            return
        if current is None or current not in schema.known_revisions():
            raise (
                VaultTooNew()
                if current is not None
                else VaultDamaged(str(self.path), detail="die Datenbank darin hat kein Schema")
            )
        with self.engine.begin() as connection:
            schema.upgrade(connection)
        self.save()

    # ---------------------------------------------------------------- saving
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit, then save the vault at once."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        if self.background_saves:
            self.request_save()
        else:
            self.save()

    def session(self) -> Session:
        """A session for reading (no save)."""
        return Session(self.engine, expire_on_commit=False)

    def image_bytes(self) -> bytes:
        return self._conn.serialize()

    def encrypted_bytes(self, header: dict[str, Any] | None = None) -> bytes:
        return self._encrypt(
            self._conn.serialize(), dict(self._header if header is None else header)
        )

    def _encrypt(self, image: bytes, header: dict[str, Any]) -> bytes:
        header["compression"] = COMPRESSION
        payload = compress(image)
        aad = fileformat.build_aad(header)
        nonce, ciphertext = seal(self._data_key, payload, aad)
        return fileformat.encode(header, nonce, ciphertext)

    def _write(self, image: bytes) -> None:
        """Encrypt and write one image atomically; one writer at a time."""
        with self._write_lock:
            header = dict(self._header)
            header["save_counter"] = self.save_counter + 1
            header["saved"] = _now().isoformat(timespec="seconds")
            data = self._encrypt(image, header)
            atomic_write(self.path, data, verify=self._verify, before_replace=self._rotate)
            self._header = header

    def save(self) -> None:
        """Write the vault atomically now; on failure the old file stays and we raise."""
        self.wait_idle()
        try:
            self._write(self._conn.serialize())
        except SaveFailed as exc:
            self.unsaved = True
            self.save_error = exc
            raise
        self.unsaved = False
        self.save_error = None

    def request_save(self) -> None:
        """Save in the background; returns after taking the image (a few ms)."""
        image = self._conn.serialize()
        with self._state:
            self._queued = image
            self.unsaved = True
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._save_loop, name="speichern", daemon=False
                )
                self._worker.start()

    def _save_loop(self) -> None:
        while True:
            with self._state:
                image, self._queued = self._queued, None
                if image is None:
                    self._worker = None
                    self._state.notify_all()
                    return
            try:
                self._write(image)
            except SaveFailed as exc:
                error: SaveFailed | None = exc
            except Exception as exc:  # never let the writer die silently
                error = SaveFailed(f"Speichern fehlgeschlagen ({type(exc).__name__}).")
            else:
                error = None
            with self._state:
                self.save_error = error
                if self._queued is None:
                    self.unsaved = error is not None

    @property
    def saving(self) -> bool:
        with self._state:
            return self._worker is not None

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no background save is running; False on timeout."""
        with self._state:
            return self._state.wait_for(lambda: self._worker is None, timeout)

    def flush(self) -> None:
        """Wait for background saves; raise ``SaveFailed`` if the last one failed."""
        self.wait_idle()
        if self.unsaved:
            self.save()

    def file_on_disk_ok(self) -> bool:
        """Re-read the saved file and check checksum and authenticity."""
        try:
            return self._verify(self.path.read_bytes())
        except OSError:
            return False

    def schema_revision(self) -> str | None:
        return schema.current_revision(self._conn)

    def _verify(self, data: bytes) -> bool:
        try:
            parsed = fileformat.parse(data)
        except (fileformat.FormatError, fileformat.TooNew):
            return False
        return open_sealed(self._data_key, parsed.nonce, parsed.ciphertext, parsed.aad) is not None

    def _rotate(self) -> None:
        """Keep the current file as a backup generation before it is replaced."""
        if not self.path.exists():
            return
        self.backups_dir.mkdir(exist_ok=True)
        stamp = _now().strftime("%Y%m%dT%H%M%S")
        target = self.backups_dir / f"tagebuch-{self.save_counter:08d}-{stamp}.amtb"
        if not target.exists():
            try:
                os.link(self.path, target)
            except OSError:
                shutil.copy2(self.path, target)
                with target.open("rb") as handle:
                    os.fsync(handle.fileno())
            fsync_dir(self.backups_dir)
        for old in generations(self.folder)[KEEP_GENERATIONS:]:
            with contextlib.suppress(OSError):
                old.unlink()

    # ------------------------------------------------------------ key slots
    def _replace_slots(self, kind: str, new_slot: dict[str, Any] | None) -> None:
        self.wait_idle()  # the writer reads the header
        slots = [s for s in self._header["slots"] if s.get("type") != kind]
        if new_slot is not None:
            slots.append(new_slot)
        old = self._header
        self._header = {**old, "slots": slots}
        try:
            self.save()
        except BaseException:
            self._header = old
            raise

    def change_passphrase(
        self, new_passphrase: str, *, unlock_time_ms: int = DEFAULT_UNLOCK_MS
    ) -> None:
        """Rewrap the data key under a new passphrase; nothing else is re-encrypted."""
        check_new_passphrase(new_passphrase)
        params, _ = calibrate(unlock_time_ms)
        self._replace_slots(
            "passphrase", passphrase_slot(new_passphrase, self._data_key, self.vault_id, params)
        )

    def renew_recovery_code(self) -> str:
        code = new_recovery_code()
        self._replace_slots("recovery", recovery_slot(code, self._data_key, self.vault_id))
        return code

    @property
    def device_slot_enabled(self) -> bool:
        return any(s.get("type") == "device" for s in self._header["slots"])

    def enable_device_slot(self) -> None:
        """Remember this vault on this PC; raises ``KeyringUnavailable``."""
        secret = device.store_secret(self.vault_id)
        self._replace_slots("device", device_slot(secret, self._data_key, self.vault_id))

    def disable_device_slot(self) -> None:
        self._replace_slots("device", None)
        device.delete_secret(self.vault_id)

    # ---------------------------------------------------------- attachments
    def store_attachment(self, source: BinaryIO) -> attachments.StoredFile:
        """Encrypt a file into ``anhaenge/``; durable before any row points to it."""
        return attachments.store(self.attachments_dir, source)

    def read_attachment(self, file_id: str, key: bytes) -> Iterator[bytes]:
        return attachments.read_chunks(self.attachments_dir, file_id, key)

    def referenced_file_ids(self) -> set[str]:
        rows = self._conn.execute("SELECT file_id FROM attachment").fetchall()
        return {str(r[0]) for r in rows}

    def remove_on_close(self, file_ids: Iterable[str]) -> None:
        """Attachment files whose rows are gone: removed when the vault closes.

        Their keys are already out of the database; keeping the files for the
        session lets a deletion be undone.
        """
        self._pending_removal.update(file_ids)

    def keep_files(self, file_ids: Iterable[str]) -> None:
        self._pending_removal.difference_update(file_ids)

    def collect_garbage(self) -> int:
        """Remove attachment files no row references, and temp files of crashed saves."""
        removed = remove_stale_temps(self.folder) + remove_stale_temps(self.attachments_dir)
        if self.attachments_dir.is_dir():
            referenced = self.referenced_file_ids()
            for file_id in attachments.stored_ids(self.attachments_dir) - referenced:
                attachments.remove(self.attachments_dir, file_id)
                removed += 1
        return removed

    # --------------------------------------------------------------- closing
    def close(self) -> None:
        """Drop the keys and the database, remove deleted files, release the lock.

        A background save still running is finished first. Call :meth:`flush`
        before, to learn whether everything reached the disk.
        """
        self.wait_idle()
        with contextlib.suppress(Exception):
            referenced = self.referenced_file_ids()
            for file_id in self._pending_removal - referenced:
                attachments.remove(self.attachments_dir, file_id)
        self._pending_removal.clear()
        with contextlib.suppress(Exception):
            self.engine.dispose()
        with contextlib.suppress(Exception):
            self._conn.close()
        self._data_key = b""
        with contextlib.suppress(Exception):
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _acquire(folder: Path) -> FileLock:
    """Take the single-writer lock (an OS lock that dies with its process)."""
    lock = FileLock(str(folder / LOCK_FILE), timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise VaultLocked() from exc
    except OSError as exc:
        raise SaveFailed(
            f"Im Ordner „{folder}“ kann die Sperrdatei nicht angelegt werden ({os_reason(exc)})."
        ) from exc
    return lock
