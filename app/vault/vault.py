"""The vault: an encrypted diary folder, unlocked into an in-memory SQLite database.

While unlocked, the whole database lives in memory. Every committed unit of work
saves it at once as one authenticated, encrypted image (see ``fileformat``),
atomically and with rotated backup generations. A passphrase change or a new
recovery code replaces the data key and re-encrypts everything in the folder
(``rekey``), so an old secret opens nothing here. See ARCHITECTURE.md, "The vault".
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import sqlite3
import sys
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

from app.atomic import atomic_write, fsync_dir, os_error, remove_stale_temps, write_private
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
from app.i18n import _
from app.model import schema
from app.vault import attachments, device, fileformat, seen
from app.vault.crypto import (
    KdfParams,
    b64d,
    b64e,
    calibrate,
    new_key,
    new_recovery_code,
    open_sealed,
    seal,
)
from app.vault.kept import (
    MAX_FILE,
    claimed_counter,
    decompress,
    generations,
    kept_files,
    open_with_key,
    read_kept,
    references,
    remap,
)
from app.vault.names import (
    ATTACHMENTS,
    BACKUPS,
    DEFAULT_UNLOCK_MS,
    LOCK_FILE,
    MIN_PASSPHRASE,
    VAULT_FILE,
    check_new_passphrase,
)
from app.vault.outcomes import RekeyResult, Rollback
from app.vault.slots import (
    Credentials,
    HeaderRefused,
    check_header,
    convert,
    device_seed,
    device_slot,
    passphrase_slot,
    public_of,
    recovery_slot,
    rewrap,
    slot_of,
    wrap_for,
)

__all__ = [
    "DEFAULT_UNLOCK_MS",
    "MIN_PASSPHRASE",
    "Credentials",
    "Unlocked",
    "Vault",
    "check_new_passphrase",
    "decrypt_file",
    "generations",
]

KEEP_GENERATIONS = 10
# zstd level 1: at 10,000 entries 3x faster than zlib level 1 and 20 % smaller.
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 1
JOURNAL_PREFIX = ".umschluesselung-"
PRIVATE_DIR = 0o700


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class Unlocked:
    """The result of reading and decrypting a vault file."""

    header: dict[str, Any]
    data_key: bytes
    image: bytes | None  # None: a new, empty database
    opened_kind: str | None = None  # the slot that opened it
    seed: bytes | None = None  # that slot's seed (to convert a format-1 slot)


def decrypt_file(data: bytes, creds: Credentials, display_path: str) -> Unlocked:
    """Open the bytes of a vault file, with the right error for each failure.

    The header is checked before any key is derived: a forged one is refused as
    damage at once, whatever it asks for.
    """
    try:
        parsed = fileformat.parse(data)
    except fileformat.TooNew as exc:
        raise VaultTooNew() from exc
    except fileformat.FormatError as exc:
        raise VaultDamaged(display_path, detail=exc.reason) from exc
    try:
        check_header(parsed.header)
    except HeaderRefused as exc:
        raise VaultDamaged(display_path, detail=exc.reason) from exc
    opened = creds.open_header(parsed.header)
    if opened is None:
        if creds.damaged_slot:
            raise VaultDamaged(display_path, detail=_("ein Schlüsselfach wurde verändert"))
        if creds.use_device and creds.passphrase is None and creds.recovery_code is None:
            raise WrongPassphrase(_("Der Schlüssel aus dem Schlüsselbund"))
        raise WrongPassphrase(creds.describe())
    payload = open_sealed(opened.data_key, parsed.nonce, parsed.ciphertext, parsed.aad)
    if payload is None:
        raise VaultDamaged(display_path, detail=_("der verschlüsselte Inhalt passt nicht zum Kopf"))
    try:
        image = decompress(payload, str(parsed.header.get("compression", "zlib")))
    except (zlib.error, zstandard.ZstdError, ValueError) as exc:
        raise VaultDamaged(display_path, detail=_("der Inhalt lässt sich nicht entpacken")) from exc
    return Unlocked(parsed.header, opened.data_key, image, opened.kind, opened.seed)


def compress(image: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=COMPRESSION_LEVEL).compress(image)


def seal_file(header: dict[str, Any], image: bytes, data_key: bytes) -> bytes:
    """The bytes of a vault file: ``header`` (compression set here) and the sealed image."""
    header["compression"] = COMPRESSION
    aad = fileformat.build_aad(header)
    nonce, ciphertext = seal(data_key, compress(image), aad)
    return fileformat.encode(header, nonce, ciphertext)


def read_vault_file(path: Path) -> bytes:
    """The bytes of a vault file, refusing one far larger than this program writes."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise VaultDamaged(str(path), detail=_("die Datei ist viel zu groß"))
        return path.read_bytes()
    except OSError as exc:
        raise VaultDamaged(str(path), detail=os_reason(exc)) from exc


def newest_good_generation(folder: Path, creds: Credentials | None) -> Path | None:
    """The newest backup generation that is intact (and opens, if credentials are given).

    With credentials that may not derive keys anew, a generation whose key is not
    derived yet counts when its header is sound.
    """
    for candidate in generations(folder):
        try:
            if candidate.stat().st_size > MAX_FILE:
                continue
            data = candidate.read_bytes()
        except OSError:
            continue
        if not fileformat.checksum_ok(data):
            continue
        if creds is None:
            return candidate
        try:
            decrypt_file(data, creds, candidate.name)
        except WrongPassphrase:
            if creds.derive:
                continue
            # Its header is sound, but its key was not derived yet (no Argon2 run
            # here): offered as it is; restoring it checks the secret.
            return candidate
        except AmtsError:
            continue
        return candidate
    return None


def remembered_on_this_pc(folder: Path) -> bool:
    """Whether the diary in ``folder`` can be opened with the key kept on this PC.

    Reads only the file's header and asks the keyring; derives nothing.
    """
    try:
        with (Path(folder) / VAULT_FILE).open("rb") as handle:
            header = fileformat.parse_header_only(handle.read(fileformat.HEADER_READ))
        check_header(header)
    except (OSError, fileformat.FormatError, fileformat.TooNew, HeaderRefused):
        return False
    if slot_of(header, "device") is None:
        return False
    return device.secret_state(str(header["vault_id"])) == "present"


class Vault:
    """An unlocked vault. Use :meth:`create` or :meth:`open`, and :meth:`close`.

    ``read_only``: for checks (``verify``) and read-outs — nothing in the folder
    changes, not even a clean-up; a save is refused.
    """

    def __init__(
        self, folder: Path, lock: FileLock, unlocked: Unlocked, *, read_only: bool = False
    ) -> None:
        self.folder = folder
        self.read_only = read_only
        self._lock = lock
        self._header = dict(unlocked.header)
        self._data_key = unlocked.data_key
        self.unsaved = False
        # Files whose rows are gone, with their keys: kept for undo in this session.
        self._pending_removal: dict[str, bytes] = {}
        # Attachment files re-encrypted by a re-keying: old id → new id and key.
        self._moved: dict[str, tuple[str, bytes]] = {}
        self.rollback: Rollback | None = None
        self.device_forgotten = False  # the keyring lost this PC's key; the slot is gone
        # Background saving (the window turns it on): the image is taken on the
        # caller's thread, compression, encryption and the atomic write happen in
        # one worker thread, newest image wins, and ``flush`` waits for it.
        self.background_saves = False
        self.save_error: SaveFailed | None = None
        self._write_lock = threading.Lock()
        # One unit of work at a time against a re-keying running in another thread.
        self._unit_lock = threading.RLock()
        self._state = threading.Condition()
        self._queued: bytes | None = None
        self._worker: threading.Thread | None = None
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        # Text that is not UTF-8 (a crafted or damaged image) is read with its bad bytes
        # kept as lone surrogates instead of failing the whole query: the row checks in
        # app.services.rows then name that one row.
        self._conn.text_factory = _read_text
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

        self._convert_opened_slot(unlocked)

    def _convert_opened_slot(self, unlocked: Unlocked) -> None:
        """A format-1 slot whose secret was just used becomes a format-2 slot (next save)."""
        if unlocked.opened_kind is None or unlocked.seed is None:
            return
        slot = slot_of(self._header, unlocked.opened_kind)
        if slot is None or "public" in slot:
            return
        new = convert(slot, unlocked.seed, self._data_key, self.vault_id)
        self._header["slots"] = [new if s is slot else s for s in self._header["slots"]]

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
            new_folder = not folder.exists()
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
            if new_folder:
                _private(folder)
            for sub in (ATTACHMENTS, BACKUPS):
                (folder / sub).mkdir(exist_ok=True, mode=PRIVATE_DIR)
                _private(folder / sub)
        except OSError as exc:
            raise SaveFailed(
                _("Der Ordner „{folder}“ kann nicht angelegt werden ({os_reason}).").format(
                    folder=folder, os_reason=os_reason(exc)
                )
            ) from exc
        lock = _acquire(folder)
        try:
            params, _seconds = calibrate(unlock_time_ms)
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
        read_only: bool = False,
    ) -> Vault:
        """Unlock a vault. ``credentials`` may carry keys already derived (off the UI thread)."""
        folder = Path(folder)
        path = folder / VAULT_FILE
        if not path.exists():
            raise VaultMissing(str(folder))
        creds = credentials or Credentials(passphrase, recovery_code, use_device)
        lock = _acquire(folder)
        try:
            data = read_vault_file(path)
            try:
                unlocked = decrypt_file(data, creds, str(path))
            except VaultDamaged as exc:
                # a readable backup, found without deriving any key anew (fast)
                good = newest_good_generation(folder, creds.without_new_derivations())
                raise VaultDamaged(
                    str(path),
                    str(good.relative_to(folder)) if good else None,
                    detail=exc.detail,
                ) from exc
            vault = cls(folder, lock, unlocked, read_only=read_only)
        except BaseException:
            lock.release()
            raise
        try:
            vault._prepare_schema()
            vault.rollback = vault._detect_rollback()
            if not read_only:
                vault._resume_rekey()
                vault._check_device_slot()
                vault.collect_garbage()
                _tighten(folder)
                if vault.rollback is None:
                    seen.remember(vault.vault_id, vault.save_counter)
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
        if self.read_only:
            self.unsaved = True  # upgraded in memory only; the file stays as it is
        else:
            self.save()

    def _check_device_slot(self) -> None:
        """ "On this PC" is off when the keyring's entry is gone (not when it is locked)."""
        if slot_of(self._header, "device") is None:
            return
        if device.secret_state(self.vault_id) == "missing":
            self._replace_slots("device", None)
            self.device_forgotten = True

    # -------------------------------------------------------------- rollback
    def _detect_rollback(self) -> Rollback | None:
        """Whether a newer state of this diary is known: remembered here, or kept."""
        current = self.save_counter
        remembered = seen.highest_seen(self.vault_id) or 0
        newer: list[tuple[int, Path]] = []
        for path in kept_files(self.folder):
            claimed = claimed_counter(path)
            if claimed is not None and claimed > current:
                newer.append((claimed, path))
        generation: tuple[int, Path] | None = None
        for claimed, path in sorted(newer, reverse=True):
            try:
                kept = read_kept(path, self._data_key, self.vault_id)
            except OSError:
                continue
            if kept is not None and kept.header.get("save_counter") == claimed:
                generation = (claimed, path)
                break
        newest = max(remembered, generation[0] if generation else 0)
        if newest <= current:
            return None
        return Rollback(current, newest, generation[1] if generation else None)

    def accept_rollback(self) -> None:
        """Go on with the state that was opened; the warning does not come back."""
        if self.rollback is None:
            return
        self.wait_idle()
        newest = self.rollback.newest
        with self._write_lock:
            self._header = {**self._header, "save_counter": newest}
        self.save()
        self.rollback = None
        seen.remember(self.vault_id, self.save_counter)

    def restore_newer_state(self) -> None:
        """After a rollback warning: go back to the newest kept generation, in place.

        The state that was opened is not lost: saving rotates it into the kept
        generations. The restored state gets a save counter above every known one.
        """
        rollback = self.rollback
        if rollback is None or rollback.generation is None:
            return
        if self.read_only:
            raise SaveFailed(_READ_ONLY)
        with self._unit_lock:
            self.wait_idle()
            try:
                newer = read_kept(rollback.generation, self._data_key, self.vault_id)
            except OSError as exc:
                raise os_error(rollback.generation, exc, _("Die Wiederherstellung")) from exc
            if newer is None:
                raise VaultDamaged(
                    str(rollback.generation),
                    detail=_("die Sicherung passt nicht zu diesem Tagebuch"),
                )
            with self._write_lock:
                self._conn.deserialize(newer.image)
                self._conn.execute("PRAGMA foreign_keys=ON")
                self._conn.execute("PRAGMA temp_store=MEMORY")
                self._header = {**self._header, "save_counter": rollback.newest}
            self._prepare_schema()
            self.save()
            self.rollback = None
            seen.remember(self.vault_id, self.save_counter)

    # ---------------------------------------------------------------- saving
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit, then save the vault at once."""
        if self.read_only:
            raise SaveFailed(_READ_ONLY)
        with self._unit_lock, Session(self.engine, expire_on_commit=False) as session:
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

    def _write(self, image: bytes) -> None:
        """Encrypt and write one image atomically; one writer at a time."""
        if self.read_only:
            raise SaveFailed(_READ_ONLY)
        with self._write_lock:
            header = dict(self._header)
            header["save_counter"] = self.save_counter + 1
            header["saved"] = _now().isoformat(timespec="seconds")
            data = seal_file(header, image, self._data_key)
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
                error = SaveFailed(
                    _("Speichern fehlgeschlagen ({name__}).").format(name__=type(exc).__name__)
                )
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
        if self.unsaved and not self.read_only:
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
            check_header(parsed.header)
        except (fileformat.FormatError, fileformat.TooNew, HeaderRefused):
            return False
        return open_sealed(self._data_key, parsed.nonce, parsed.ciphertext, parsed.aad) is not None

    def _rotate(self) -> None:
        """Keep the current file as a backup generation before it is replaced."""
        if not self.path.exists():
            return
        self.backups_dir.mkdir(exist_ok=True, mode=PRIVATE_DIR)
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
        """Add, replace or remove one slot for the same data key (the "this PC" slot)."""
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

    @property
    def recovery_code_is_old_style(self) -> bool:
        """A format-1 recovery slot: a passphrase change must issue a new code."""
        slot = slot_of(self._header, "recovery")
        return slot is not None and "public" not in slot

    def change_passphrase(
        self, new_passphrase: str, *, unlock_time_ms: int = DEFAULT_UNLOCK_MS
    ) -> RekeyResult:
        """A new passphrase, a new data key, everything in the folder re-encrypted.

        The recovery code stays valid — except in a diary made by an early version,
        whose recovery slot cannot take a new key without the code: then a new code
        is made and returned in the result (it must be shown to the user).
        """
        check_new_passphrase(new_passphrase)
        params, _seconds = calibrate(unlock_time_ms)
        return self._rekey(new_passphrase=(new_passphrase, params))

    def renew_recovery_code(self) -> RekeyResult:
        """A new recovery code (in the result), a new data key, everything re-encrypted."""
        return self._rekey(new_code=new_recovery_code())

    @property
    def device_slot_enabled(self) -> bool:
        return any(s.get("type") == "device" for s in self._header["slots"])

    def enable_device_slot(self) -> None:
        """Remember this vault on this PC; raises ``KeyringUnavailable``."""
        secret = device.store_secret(self.vault_id)
        self._replace_slots("device", device_slot(secret, self._data_key, self.vault_id))
        self.device_forgotten = False

    def disable_device_slot(self) -> None:
        self._replace_slots("device", None)
        device.delete_secret(self.vault_id)

    # ------------------------------------------------------------- re-keying
    def _new_slots(
        self,
        data_key: bytes,
        new_passphrase: tuple[str, KdfParams] | None,
        new_code: str | None,
    ) -> tuple[list[dict[str, Any]], str | None, bool]:
        """Every slot for a new data key; returns them, a new recovery code if one had to
        be made, and whether the device slot had to be dropped."""
        vault_id = self.vault_id
        slots: list[dict[str, Any]] = []
        device_dropped = False
        if new_passphrase is not None:
            slots.append(passphrase_slot(new_passphrase[0], data_key, vault_id, new_passphrase[1]))
        else:
            current = slot_of(self._header, "passphrase")
            moved = None if current is None else rewrap(current, data_key, vault_id)
            if current is not None and moved is None:
                raise InputRefused(
                    _(
                        "Dieses Tagebuch stammt aus einer frühen Version. Bitte legen Sie zuerst "
                        "eine neue Passphrase fest; danach können Sie einen neuen "
                        "Wiederherstellungscode erstellen."
                    )
                )
            if moved is not None:
                slots.append(moved)
        current = slot_of(self._header, "recovery")
        moved = None if current is None or new_code else rewrap(current, data_key, vault_id)
        if moved is None:
            new_code = new_code or new_recovery_code()
            moved = recovery_slot(new_code, data_key, vault_id)
        slots.append(moved)
        current = slot_of(self._header, "device")
        if current is not None:
            moved = rewrap(current, data_key, vault_id)
            if moved is None:
                secret = device.load_secret(vault_id)
                if secret is not None:
                    seed = device_seed(secret, b64d(str(current["salt"])))
                    moved = wrap_for(
                        "device", public_of(seed), data_key, vault_id, salt=current["salt"]
                    )
            if moved is None:
                device_dropped = True
            else:
                slots.append(moved)
        return slots, new_code, device_dropped

    def _rekey(
        self,
        *,
        new_passphrase: tuple[str, KdfParams] | None = None,
        new_code: str | None = None,
    ) -> RekeyResult:
        """Replace the data key and re-encrypt the folder, crash-safe.

        1. Prepare (nothing visible changes): every attachment file that the diary,
           a kept generation or the undo list refers to is encrypted anew (new file,
           new key) beside the old one; a journal sealed with the new key records
           the old key and the moves.
        2. Commit: the diary file is replaced atomically by the image under the new
           key, its attachment rows pointing at the new files, the header naming
           the journal. Before this instant the old state is whole and opens with
           the old secret; after it the new state is whole and opens with the new.
        3. Finish (also on the next open, if a crash came first): kept generations
           are re-encrypted under the new key, the old attachment files removed,
           the journal deleted.
        """
        if self.read_only:
            raise SaveFailed(_READ_ONLY)
        with self._unit_lock:
            return self._rekey_now(new_passphrase, new_code)

    def _rekey_now(
        self, new_passphrase: tuple[str, KdfParams] | None, new_code: str | None
    ) -> RekeyResult:
        self.wait_idle()
        fresh = new_key()
        slots, code, device_dropped = self._new_slots(fresh, new_passphrase, new_code)
        with self._write_lock:
            old_key = self._data_key
            image = self._conn.serialize()
            files = dict(references(image))
            kept_names: list[str] = []
            foreign = 0
            for path in kept_files(self.folder):
                try:
                    kept = read_kept(path, old_key, self.vault_id)
                except OSError as exc:
                    raise os_error(path, exc, _("Die Änderung")) from exc
                if kept is None:
                    foreign += 1
                    continue
                kept_names.append(path.name)
                for file_id, key in references(kept.image).items():
                    files.setdefault(file_id, key)
            for file_id, key in self._pending_removal.items():
                files.setdefault(file_id, key)
            moves: dict[str, tuple[str, bytes]] = {}
            journal_id = secrets.token_hex(16)
            journal = self.folder / f"{JOURNAL_PREFIX}{journal_id}"
            try:
                for file_id, key in sorted(files.items()):
                    if not attachments.file_path(self.attachments_dir, file_id).exists():
                        continue
                    try:
                        stored = attachments.reencrypt(self.attachments_dir, file_id, key)
                    except attachments.AttachmentDamaged:
                        continue  # stays as it is; verify names it
                    moves[file_id] = (stored.file_id, stored.key)
                _write_journal(
                    journal,
                    journal_id,
                    fresh,
                    self.vault_id,
                    {"old_key": b64e(old_key), "moves": moves, "kept": kept_names},
                )
                header = {
                    **self._header,
                    "slots": slots,
                    "save_counter": self.save_counter + 1,
                    "saved": _now().isoformat(timespec="seconds"),
                    "rekey": journal_id,
                }
                data = seal_file(header, remap(image, moves), fresh)
                atomic_write(
                    self.path, data, verify=lambda back: open_with_key(back, fresh) is not None
                )
            except BaseException:
                for new_id, _key in moves.values():
                    attachments.remove(self.attachments_dir, new_id)
                with contextlib.suppress(OSError):
                    journal.unlink()
                raise
            # committed: the new state is on disk
            self._data_key = fresh
            self._header = header
            self._conn.executemany(
                "UPDATE attachment SET file_id = ?, key = ? WHERE file_id = ?",
                [(new_id, key, old_id) for old_id, (new_id, key) in moves.items()],
            )
            self._conn.commit()
            self._pending_removal = {
                moves[i][0] if i in moves else i: moves[i][1] if i in moves else k
                for i, k in self._pending_removal.items()
            }
            self._moved.update(moves)
        self.unsaved = False
        self.save_error = None
        self._finish_rekey(journal_id, old_key, moves, kept_names)
        return RekeyResult(code, len(moves), len(kept_names), foreign, device_dropped)

    def _finish_rekey(
        self,
        journal_id: str,
        old_key: bytes,
        moves: dict[str, tuple[str, bytes]],
        kept_names: list[str],
    ) -> None:
        """Re-encrypt the kept generations under the current key; idempotent."""
        with self._write_lock:
            fresh = self._data_key
            for name in kept_names:
                path = self.backups_dir / name
                try:
                    if not path.exists():
                        continue
                    data = path.read_bytes()
                except OSError as exc:
                    raise os_error(path, exc, _("Die Umschlüsselung")) from exc
                if open_with_key(data, self._data_key) is not None:
                    continue  # done before a crash
                opened = open_with_key(data, old_key)
                if opened is None:
                    continue
                header, image = opened
                header = {**header, "slots": self._header["slots"]}
                header.pop("rekey", None)
                atomic_write(
                    path,
                    seal_file(header, remap(image, moves), fresh),
                    verify=lambda back: open_with_key(back, fresh) is not None,
                )
            for old_id in moves:
                attachments.remove(self.attachments_dir, old_id)
            header = dict(self._header)
            header.pop("rekey", None)
            self._header = header
        self.save()
        with contextlib.suppress(OSError):
            (self.folder / f"{JOURNAL_PREFIX}{journal_id}").unlink()
            fsync_dir(self.folder)

    def _resume_rekey(self) -> None:
        """Finish a re-keying a crash interrupted; drop journals of one that never committed."""
        pending = self._header.get("rekey")
        for stale in self.folder.glob(f"{JOURNAL_PREFIX}*"):
            if stale.name != f"{JOURNAL_PREFIX}{pending}":
                with contextlib.suppress(OSError):
                    stale.unlink()
        if pending is None:
            return
        journal = _read_journal(
            self.folder / f"{JOURNAL_PREFIX}{pending}", str(pending), self._data_key, self.vault_id
        )
        if journal is None:  # e.g. a generation restored from the middle of a re-keying
            header = dict(self._header)
            header.pop("rekey", None)
            self._header = header
            self.save()
            return
        old_key, moves, kept_names = journal
        self._moved.update(moves)
        self._finish_rekey(str(pending), old_key, moves, kept_names)

    @property
    def rekey_pending(self) -> bool:
        return "rekey" in self._header

    # ---------------------------------------------------------- attachments
    def store_attachment(self, source: BinaryIO) -> attachments.StoredFile:
        """Encrypt a file into ``anhaenge/``; durable before any row points to it."""
        return attachments.store(self.attachments_dir, source)

    def read_attachment(self, file_id: str, key: bytes) -> Iterator[bytes]:
        return attachments.read_chunks(self.attachments_dir, file_id, key)

    def referenced_file_ids(self) -> set[str]:
        rows = self._conn.execute("SELECT file_id FROM attachment").fetchall()
        return {str(r[0]) for r in rows}

    def remove_on_close(self, files: Iterable[tuple[str, bytes]]) -> None:
        """Attachment files whose rows are gone (id and key): released when the vault closes.

        Their keys are already out of the database; keeping the files for the
        session lets a deletion be undone. A file is only deleted when no kept
        generation refers to it either.
        """
        with self._unit_lock:
            self._pending_removal.update(files)

    def keep_files(self, file_ids: Iterable[str]) -> None:
        with self._unit_lock:
            for file_id in file_ids:
                self._pending_removal.pop(self.resolve_file(file_id, b"")[0], None)

    def resolve_file(self, file_id: str, key: bytes) -> tuple[str, bytes]:
        """Where a file known by an old id and key lives now (after a re-keying)."""
        while file_id in self._moved:
            file_id, key = self._moved[file_id]
        return file_id, key

    def collect_garbage(self) -> int:
        """Remove attachment files nothing refers to, and temp files of crashed saves.

        "Nothing" includes every kept generation: restoring one must find its files.
        While a file in ``sicherungen/`` cannot be read with this diary's key (another
        key, or damaged), no attachment file is removed at all.
        """
        if self.read_only:
            return 0
        removed = sum(
            remove_stale_temps(where)
            for where in (self.folder, self.attachments_dir, self.backups_dir)
        )  # a re-keying killed midway leaves its temp file among the kept generations
        if not self.attachments_dir.is_dir():
            return removed
        orphans = (
            attachments.stored_ids(self.attachments_dir)
            - self.referenced_file_ids()
            - set(self._pending_removal)
        )
        for path in kept_files(self.folder):
            if not orphans:
                break
            try:
                kept = read_kept(path, self._data_key, self.vault_id)
            except OSError:
                return removed
            if kept is None:
                return removed
            orphans -= set(references(kept.image))
        for file_id in orphans:
            attachments.remove(self.attachments_dir, file_id)
            removed += 1
        return removed

    # --------------------------------------------------------------- closing
    def close(self) -> None:
        """Drop the keys and the database, remove released files, release the lock.

        A background save still running is finished first. Call :meth:`flush`
        before, to learn whether everything reached the disk. A re-keying running in
        another thread is finished first.
        """
        with self._unit_lock:
            self._close()

    def _close(self) -> None:
        self.wait_idle()
        self._pending_removal.clear()
        if not self.read_only and self._data_key:
            with contextlib.suppress(Exception):
                self.collect_garbage()
            if self.rollback is None:
                with contextlib.suppress(Exception):
                    seen.remember(self.vault_id, self.save_counter)
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


_READ_ONLY = "Das Tagebuch ist nur zum Lesen geöffnet (zum Prüfen); es wurde nichts gespeichert."


def _read_text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def _private(folder: Path) -> None:
    """Owner-only permissions for a folder this program made (POSIX; Windows inherits)."""
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR)


def _tighten(folder: Path) -> None:
    """``anhaenge/`` and ``sicherungen/`` are the program's own: owner-only."""
    for sub in (ATTACHMENTS, BACKUPS):
        if (folder / sub).is_dir():
            _private(folder / sub)


def _journal_aad(vault_id: str, journal_id: str) -> bytes:
    return f"amtb-umschluesselung|{vault_id}|{journal_id}".encode()


def _write_journal(
    path: Path, journal_id: str, key: bytes, vault_id: str, content: dict[str, Any]
) -> None:
    body = {
        "old_key": content["old_key"],
        "moves": {old: [new, b64e(k)] for old, (new, k) in content["moves"].items()},
        "kept": content["kept"],
    }
    nonce, sealed = seal(key, json.dumps(body).encode("utf-8"), _journal_aad(vault_id, journal_id))
    try:
        write_private(path, nonce + sealed)
        fsync_dir(path.parent)
    except OSError as exc:
        raise os_error(path, exc, _("Die Änderung")) from exc


def _read_journal(
    path: Path, journal_id: str, key: bytes, vault_id: str
) -> tuple[bytes, dict[str, tuple[str, bytes]], list[str]] | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    plain = open_sealed(key, raw[:12], raw[12:], _journal_aad(vault_id, journal_id))
    if plain is None:
        return None
    try:
        body = json.loads(plain)
        moves = {str(old): (str(new), b64d(k)) for old, (new, k) in body["moves"].items()}
        return b64d(body["old_key"]), moves, [str(n) for n in body["kept"]]
    except (ValueError, KeyError, TypeError):
        return None


def _acquire(folder: Path) -> FileLock:
    """Take the single-writer lock (an OS lock that dies with its process)."""
    lock = FileLock(str(folder / LOCK_FILE), timeout=0, mode=0o600, is_singleton=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise VaultLocked() from exc
    except OSError as exc:
        raise SaveFailed(
            _(
                "Im Ordner „{folder}“ kann die Sperrdatei nicht angelegt werden ({os_reason})."
            ).format(folder=folder, os_reason=os_reason(exc))
        ) from exc
    return lock
