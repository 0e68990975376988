"""Atomic file replacement: the old file or the new one, never half of either.

The pattern (Electrum's wallet storage, hardened): a temporary file in the same
folder, created with owner-only permissions before any data is written, flushed
and fsynced, read back and verified, then moved over the target with
``os.replace`` and the folder fsynced. On Windows the move uses ``MoveFileExW``
with write-through. A move refused for a moment — a virus scanner, the search
indexer or OneDrive holding the file — is retried for up to about two seconds;
every save of the program (diary, attachments, backups, exports, settings) moves
its file with :func:`replace_file`.

This is the program's one writer of files: :func:`atomic_write` for bytes in
memory, :func:`atomic_stream` for files written piece by piece (attachments,
backups, restored files, exports). It sits below the vault, so the folder
pointer, the recovery sheet and the window use it without loading the vault.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import SaveFailed
from app.i18n import _

TEMP_SUFFIX = ".tmp-speichern"
WINDOWS = sys.platform == "win32"
REPLACE_RETRIES = 20
REPLACE_RETRY_SECONDS = 0.1  # 19 pauses: a little under two seconds in all
# The ENOSPC check before writing leaves this much headroom.
SPACE_MARGIN = 64 * 1024


def _disk_full_message(path: Path, what: str | None = None) -> SaveFailed:
    what = _("Ihre Änderung") if what is None else what
    return SaveFailed(
        _(
            "Auf dem Datenträger von „{parent}“ ist nicht genug Platz. {what} wurde nicht "
            "gespeichert; der vorherige Stand ist unverändert erhalten. Schaffen Sie Platz "
            "und versuchen Sie es erneut."
        ).format(parent=path.parent, what=what)
    )


class FileHeld(PermissionError):
    """The move was refused again and again: another program holds the file."""


def os_error(path: Path, exc: OSError, what: str | None = None) -> SaveFailed:
    """A German message for a failed write; the previous state is always kept."""
    what = _("Ihre Änderung") if what is None else what
    if isinstance(exc, FileHeld):
        return SaveFailed(
            _(
                "Die Datei „{name}“ in „{parent}“ wird gerade von einem anderen Programm "
                "festgehalten (zum Beispiel einem Virenscanner, der Windows-Suche oder einem "
                "Dienst wie OneDrive). {what} wurde nicht gespeichert; der vorherige Stand ist "
                "unverändert erhalten. Bitte versuchen Sie es in einem Moment noch einmal."
            ).format(name=path.name, parent=path.parent, what=what)
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _disk_full_message(path, what)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return SaveFailed(
            _(
                "In den Ordner „{parent}“ darf nicht geschrieben werden. {what} wurde nicht "
                "gespeichert; der vorherige Stand ist unverändert erhalten."
            ).format(parent=path.parent, what=what)
        )
    return SaveFailed(
        _(
            "Speichern nach „{path}“ ist fehlgeschlagen (Fehler {errno}). {what} wurde nicht "
            "gespeichert; der vorherige Stand ist unverändert erhalten."
        ).format(path=path, errno=exc.errno, what=what)
    )


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX only; Windows has no directory handles for it)."""
    if WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes) -> None:
    """Create ``path`` with owner-only permissions set before any byte is written."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _windows_replace(source: Path, target: Path) -> None:
    import ctypes

    movefile_replace_existing = 0x1
    movefile_write_through = 0x8
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    ok = kernel32.MoveFileExW(
        str(source), str(target), movefile_replace_existing | movefile_write_through
    )
    if not ok:
        code = ctypes.get_last_error()  # type: ignore[attr-defined]
        raise OSError(errno.EACCES, ctypes.FormatError(code).strip(), str(target))  # type: ignore[attr-defined]


def replace_file(
    source: Path,
    target: Path,
    *,
    windows: bool = WINDOWS,
    mover: Callable[[Path, Path], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Move ``source`` over ``target``; retried for a moment while the file is held.

    Windows refuses the move while another program has the file open (a virus
    scanner, the indexer, a sync client). Elsewhere a refused rename is rare and
    then lasting, but trying it again costs nothing there. When every attempt was
    refused, :class:`FileHeld` is raised (a ``PermissionError``) and ``target`` is
    untouched.
    """
    move = mover or (_windows_replace if windows else os.replace)
    for attempt in range(REPLACE_RETRIES):
        try:
            move(source, target)
            return
        except OSError as exc:
            # ERROR_SHARING_VIOLATION / ERROR_ACCESS_DENIED arrive as EACCES
            held = isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM)
            if not held:
                raise
            if attempt == REPLACE_RETRIES - 1:
                raise FileHeld(exc.errno or errno.EACCES, exc.strerror, str(target)) from exc
            sleep(REPLACE_RETRY_SECONDS)


def temp_path_for(target: Path) -> Path:
    import secrets  # loads OpenSSL's hashing; not needed before the first write

    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def atomic_write(
    target: Path,
    data: bytes,
    *,
    verify: Callable[[bytes], bool] | None = None,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Write ``data`` to ``target`` atomically, or raise :class:`SaveFailed`.

    ``verify`` gets the bytes read back from the temporary file; ``before_replace``
    runs after verification and before the move (the vault rotates its backup
    generations there). On any failure the temporary file is removed and the
    target is untouched.
    """
    folder = target.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < len(data) + SPACE_MARGIN:
        raise _disk_full_message(target)
    tmp = temp_path_for(target)
    try:
        write_private(tmp, data)
        if verify is not None:
            back = tmp.read_bytes()
            if back != data or not verify(back):
                raise SaveFailed(
                    _(
                        "Beim Prüfen der gerade geschriebenen Datei ist ein Fehler aufgefallen. "
                        "Der vorherige Stand ist unverändert erhalten. Bitte prüfen Sie den "
                        "Datenträger."
                    )
                )
        if before_replace is not None:
            before_replace()
        replace_file(tmp, target)
        fsync_dir(folder)
    except OSError as exc:
        raise os_error(target, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError, OSError):
            if tmp.exists():
                tmp.unlink()


@contextlib.contextmanager
def atomic_stream(target: Path, what: str | None = None) -> Iterator[BinaryIO]:
    """Write ``target`` piece by piece: it appears complete or not at all.

    The body writes to the yielded handle (a private temporary file in the same
    folder). When it returns, the file is flushed, fsynced and moved over
    ``target`` with :func:`replace_file`, and the folder fsynced. An ``OSError``
    becomes a :class:`SaveFailed` naming ``what``; any failure, the body's own
    exceptions included, removes the temporary file and leaves ``target`` untouched.
    """
    tmp = temp_path_for(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        replace_file(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error(target, exc, what) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def remove_stale_temps(folder: Path) -> int:
    """Delete temporary files a crashed save left behind; returns how many."""
    count = 0
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            count += 1
    return count
