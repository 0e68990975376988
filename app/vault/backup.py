"""Whole-vault backups as one file, and restoring them.

A backup is an uncompressed tar holding a marker, the encrypted vault file and
the attachment files exactly as they are on disk: everything in it is already
encrypted, so it opens with the same passphrase and nothing is decrypted to make
it. Writing and reading stream the files, so large scans need little memory.
"""

from __future__ import annotations

import io
import json
import os
import re
import secrets
import shutil
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock

from app.atomic import atomic_stream, atomic_write, fsync_dir, os_error
from app.errors import AmtsError, VaultDamaged, VaultExists, os_reason
from app.i18n import _, ngettext
from app.vault import attachments, fileformat, seen
from app.vault.kept import MAX_FILE, claimed_counter, kept_files, references
from app.vault.names import ATTACHMENTS, BACKUPS, VAULT_FILE
from app.vault.vault import (
    Credentials,
    Unlocked,
    Vault,
    _acquire,
    decrypt_file,
    seal_file,
)

MARKER = "amtstagebuch-sicherung.json"
_ATTACHMENT_MEMBER = re.compile(r"^anhaenge/[0-9a-f]{32}\.bin$")


class BackupRefused(AmtsError):
    pass


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S")


def write_backup(vault: Vault, out: Path) -> int:
    """Write a backup of the open vault to ``out``; returns the number of attachments."""
    if vault.unsaved:
        vault.save()
    out = Path(out)
    if out.is_dir():
        out = out / f"amtstagebuch-sicherung-{_stamp()}.amtbak"
    referenced = sorted(vault.referenced_file_ids())
    marker = json.dumps(
        {
            "format": "amtstagebuch-sicherung",
            "version": 1,
            "created": _stamp(),
            "vault_id": vault.vault_id,
            "attachments": len(referenced),
        }
    ).encode("utf-8")
    with (
        atomic_stream(out, _("Die Sicherung")) as handle,
        tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        _add_bytes(tar, MARKER, marker)
        _add_file(tar, VAULT_FILE, vault.path)
        for file_id in referenced:
            path = attachments.file_path(vault.attachments_dir, file_id)
            _add_file(tar, f"{ATTACHMENTS}/{path.name}", path)
    return len(referenced)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _add_file(tar: tarfile.TarFile, name: str, path: Path) -> None:
    info = tarfile.TarInfo(name)
    info.size = path.stat().st_size
    info.mode = 0o600
    with path.open("rb") as source:
        tar.addfile(info, source)


def _referenced_ids(image: bytes) -> set[str]:
    return set(references(image))


def _head(source: Path) -> bytes:
    """The first bytes of a backup file: enough to tell a vault file from a backup."""
    try:
        with source.open("rb") as handle:
            return handle.read(len(fileformat.MAGIC))
    except OSError as exc:
        raise BackupRefused(
            _("Die Sicherung „{source}“ lässt sich nicht lesen ({os_reason}).").format(
                source=source, os_reason=os_reason(exc)
            )
        ) from exc


def restore(source: Path, folder: Path, creds: Credentials, *, replace: bool = False) -> int:
    """Restore a backup (or one backup generation) into ``folder``.

    The backup is checked completely before anything in ``folder`` changes. An
    intact vault already there is only replaced with ``replace=True``, and is then
    kept in ``sicherungen/``. The restored state is saved with a save counter above
    every state known of this diary, so that choosing an older state on purpose is
    not taken for a rollback. Returns the number of attachments restored.
    """
    source, folder = Path(source), Path(folder)
    head = _head(source)
    if fileformat.looks_like_vault(head):
        return _restore_generation(source, folder, creds, replace)
    try:
        tar = tarfile.open(source, mode="r:")
    except (tarfile.TarError, OSError) as exc:
        raise BackupRefused(
            _("„{source}“ ist keine Sicherung von Amtstagebuch.").format(source=source)
        ) from exc
    with tar:
        try:
            members = {m.name: m for m in tar.getmembers()}
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise BackupRefused(
                _("Die Sicherung „{source}“ ist beschädigt.").format(source=source)
            ) from exc
        if MARKER not in members or VAULT_FILE not in members:
            raise BackupRefused(
                _("„{source}“ ist keine Sicherung von Amtstagebuch.").format(source=source)
            )
        vault_bytes = _read_member(tar, members[VAULT_FILE], source)
        unlocked = decrypt_file(vault_bytes, creds, f"{source} → {VAULT_FILE}")
        needed = _referenced_ids(unlocked.image or b"")
        present = {
            name[len(ATTACHMENTS) + 1 : -4] for name in members if _ATTACHMENT_MEMBER.match(name)
        }
        missing = needed - present
        if missing:
            raise BackupRefused(
                ngettext(
                    "Der Sicherung „{source}“ fehlt {count} Anhang; sie wird nicht "
                    "wiederhergestellt.",
                    "Der Sicherung „{source}“ fehlen {count} Anhänge; sie wird nicht "
                    "wiederhergestellt.",
                    len(missing),
                ).format(source=source, count=len(missing))
            )
        lock = _prepare_target(folder, replace)
        try:
            target_dir = folder / ATTACHMENTS
            for file_id in sorted(needed):
                member = members[f"{ATTACHMENTS}/{file_id}.bin"]
                _extract(tar, member, attachments.file_path(target_dir, file_id), source)
            fsync_dir(target_dir)
            _install_vault_file(folder, unlocked)
        finally:
            lock.release()
    return len(needed)


def _read_member(tar: tarfile.TarFile, member: tarfile.TarInfo, source: Path) -> bytes:
    handle = tar.extractfile(member)
    if handle is None:
        raise BackupRefused(_("Die Sicherung „{source}“ ist beschädigt.").format(source=source))
    try:
        return handle.read()
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise BackupRefused(
            _("Die Sicherung „{source}“ ist beschädigt.").format(source=source)
        ) from exc


def _extract(tar: tarfile.TarFile, member: tarfile.TarInfo, target: Path, source: Path) -> None:
    handle = tar.extractfile(member)
    if handle is None:
        raise BackupRefused(_("Die Sicherung „{source}“ ist beschädigt.").format(source=source))
    with atomic_stream(target, _("Die Wiederherstellung")) as out:
        shutil.copyfileobj(handle, out, 1024 * 1024)


def _prepare_target(folder: Path, replace: bool) -> FileLock:
    try:
        for sub in ("", ATTACHMENTS, BACKUPS):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(folder, exc, _("Die Wiederherstellung")) from exc
    lock = _acquire(folder)
    current = folder / VAULT_FILE
    try:
        if current.exists():
            intact = fileformat.checksum_ok(current.read_bytes())
            if intact and not replace:
                raise VaultExists(str(folder))
            # Nothing is lost: the file that is replaced stays in sicherungen/.
            kept = (
                folder / BACKUPS / f"vor-wiederherstellung-{_stamp()}-{secrets.token_hex(3)}.amtb"
            )
            shutil.copy2(current, kept)
            with kept.open("rb") as handle:
                os.fsync(handle.fileno())
    except OSError as exc:
        lock.release()
        raise os_error(current, exc, _("Die Wiederherstellung")) from exc
    except BaseException:
        lock.release()
        raise
    return lock


def _highest_known(folder: Path, vault_id: str) -> int:
    """The highest save counter known of ``vault_id`` here: remembered, kept or in place."""
    highest = seen.highest_seen(vault_id) or 0
    for path in [folder / VAULT_FILE, *kept_files(folder)]:
        try:
            with path.open("rb") as handle:
                header = fileformat.parse_header_only(handle.read(fileformat.HEADER_READ))
        except (OSError, fileformat.FormatError, fileformat.TooNew):
            continue
        if header.get("vault_id") == vault_id:
            claimed = claimed_counter(path)
            highest = max(highest, claimed or 0)
    return highest


def _install_vault_file(folder: Path, unlocked: Unlocked) -> None:
    """Put the restored state in place, sealed anew with a counter above every known one."""
    header = dict(unlocked.header)
    vault_id = str(header["vault_id"])
    header["save_counter"] = max(_highest_known(folder, vault_id), header["save_counter"]) + 1
    header["saved"] = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    header.pop("rekey", None)
    data = seal_file(header, unlocked.image or b"", unlocked.data_key)
    atomic_write(folder / VAULT_FILE, data, verify=fileformat.checksum_ok)
    seen.remember(vault_id, int(header["save_counter"]))


def _restore_generation(source: Path, folder: Path, creds: Credentials, replace: bool) -> int:
    try:
        if source.stat().st_size > MAX_FILE:
            raise BackupRefused(
                _("„{source}“ ist keine Tagebuch-Datei (viel zu groß).").format(source=source)
            )
        data = source.read_bytes()
    except OSError as exc:
        raise BackupRefused(
            _("„{source}“ lässt sich nicht lesen ({os_reason}).").format(
                source=source, os_reason=os_reason(exc)
            )
        ) from exc
    unlocked = decrypt_file(data, creds, str(source))
    same_file = source.resolve() == (folder / VAULT_FILE).resolve()
    if same_file:
        raise BackupRefused(_("Die Sicherung ist die Tagebuch-Datei selbst."))
    lock = _prepare_target(folder, replace)
    try:
        _install_vault_file(folder, unlocked)
    finally:
        lock.release()
    return len(_referenced_ids(unlocked.image or b""))


def verify_backup(source: Path, creds: Credentials) -> None:
    """Check that ``source`` is a backup (or vault file) that ``creds`` open.

    Slow (key derivation, about a second): call it off the UI thread. The derived
    key stays cached in ``creds``, so the restore that follows is quick. Raises
    ``AmtsError`` with a German message (wrong passphrase, damaged, not a backup).
    """
    source = Path(source)
    head = _head(source)
    if fileformat.looks_like_vault(head):
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise BackupRefused(
                _("Die Sicherung „{source}“ lässt sich nicht lesen ({os_reason}).").format(
                    source=source, os_reason=os_reason(exc)
                )
            ) from exc
    else:
        data = _vault_member(source)
    try:
        decrypt_file(data, creds, str(source))
    except VaultDamaged as exc:
        raise BackupRefused(
            _("Die Sicherung „{source}“ ist beschädigt ({value}).").format(
                source=source, value=exc.detail or "Prüfsumme falsch"
            )
        ) from exc


def _vault_member(source: Path) -> bytes:
    not_ours = BackupRefused(
        _("„{name}“ ist keine Sicherung von Amtstagebuch.").format(name=source.name)
    )
    try:
        with tarfile.open(source, mode="r:") as tar:
            names = tar.getnames()
            if MARKER not in names or VAULT_FILE not in names:
                raise not_ours
            handle = tar.extractfile(VAULT_FILE)
            if handle is None:
                raise not_ours
            return handle.read()
    except AmtsError:
        raise
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise not_ours from exc
