"""The network guard: nothing leaves the computer.

An audit hook refuses internet sockets, connects and name look-ups for the whole
process. Local (AF_UNIX) sockets stay allowed, because the OS keyring on Linux
talks over the local D-Bus socket. Audit hooks cannot be removed once set.
"""

from __future__ import annotations

# The C module, not ``socket``: socket.py turns its constants into enums when it is
# imported, milliseconds before the first window that the guard does not need.
import _socket
import sys
from typing import Any

from app.errors import NetworkRefused

_INET_FAMILIES = {int(_socket.AF_INET), int(_socket.AF_INET6)}
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.gethostbyname_ex",
}
_installed = False


def _is_inet(family: Any) -> bool:
    try:
        return int(family) in _INET_FAMILIES
    except (TypeError, ValueError):
        return True


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event in _LOOKUPS:
        raise NetworkRefused(event)
    if event == "socket.__new__" and args and _is_inet(args[1]):
        raise NetworkRefused(event)
    if event in ("socket.connect", "socket.sendto", "socket.bind") and args:
        sock = args[0]
        if _is_inet(getattr(sock, "family", _socket.AF_INET)):
            raise NetworkRefused(event)


def install() -> None:
    """Install the guard once per process (idempotent)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def installed() -> bool:
    return _installed
