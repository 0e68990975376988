"""Process hardening at start-up: no core dumps of a process holding an open diary.

While a diary is open its keys and the decrypted database are in memory. A crash
must not write that memory to disk (a ``core`` file, ``/var/lib/systemd/coredump``)
where it would lie unencrypted for anyone who finds it later.

What is done, and what deliberately not:

* POSIX: the core file size limit, soft and hard, is set to 0. The kernel then
  writes no core file, and systemd-coredump and apport, which the kernel hands a
  crash to through a pipe, honour the crashed process's limit and keep nothing.
  Lowering the hard limit cannot be undone by this process, so no library can raise
  it again later. Children inherit it.
* Linux ``prctl(PR_SET_DUMPABLE, 0)`` is **not** used, although it would also keep
  other processes of the same user from reading this one's memory: it makes
  ``/proc/<pid>/root`` unreadable to them, and xdg-desktop-portal then refuses every
  request of the program — file dialogs simply fail to open (KeePassXC and Bitwarden
  ran into exactly that: flatpak/xdg-desktop-portal#1490, bitwarden/clients#20915).
  A diary nobody can attach files to is the worse outcome.
* Windows: the "program has stopped working" dialog of Windows Error Reporting is
  suppressed (``SetErrorMode``), so nobody is invited to send a crash report with the
  process's memory to Microsoft. Windows may still keep a report when an
  administrator configured ``LocalDumps``; a program cannot refuse that for itself
  without changing settings for every program of the user, so it does not try.
"""

from __future__ import annotations

import contextlib
import sys

# SetErrorMode flags (winbase.h)
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def disable_core_dumps() -> bool:
    """Forbid core dumps for this process and its children; ``True`` when in force.

    Never raises: a system that refuses is no reason not to start.
    """
    if sys.platform == "win32":
        return _suppress_windows_error_reporting()
    try:
        import resource
    except ImportError:  # pragma: no cover - every POSIX Python has it
        return False
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with contextlib.suppress(ValueError, OSError):
        return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    return False  # pragma: no cover


def _suppress_windows_error_reporting() -> bool:  # pragma: no cover - Windows only
    import ctypes

    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        mode = int(kernel32.GetErrorMode())
        kernel32.SetErrorMode(mode | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    except (AttributeError, OSError):
        return False
    return True
