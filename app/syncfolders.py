"""Is the diary's folder one that a cloud service keeps in step with the internet?

OneDrive, Dropbox, iCloud Drive, Google Drive, Nextcloud and the like copy every
file of their folder to a company's server and back. They may hold a file while
the program saves, or bring an older copy back; and the diary, although encrypted,
then lies on someone else's computer. The window says so, calmly, and recommends a
folder only on this computer.

The answer comes from the path, a few environment variables and marker files the
services leave in their folder — all of it read on this computer. Nothing is asked
over the network (the program makes no connection at all). It is a hint, not a
guarantee: a synced folder under an unusual name, or macOS syncing "Dokumente"
into iCloud without a trace in the path, goes unnoticed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PurePath

from app.i18n import N_, _

GENERIC = N_("ein Cloud-Dienst")

# a folder with exactly this name (any case) is the service's folder
_NAMES: Mapping[str, str] = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "iclouddrive": "iCloud Drive",
    "icloud drive": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
    "pclouddrive": "pCloud",
    "magentacloud": "MagentaCLOUD",
    "box sync": "Box",
    "megasync": "MEGA",
    "synologydrive": "Synology Drive",
    "seafile": "Seafile",
}
# a folder whose name starts so: "OneDrive - Firma", "Dropbox (Privat)"
_PREFIXES: tuple[tuple[str, str], ...] = (
    ("onedrive - ", "OneDrive"),
    ("dropbox (", "Dropbox"),
)
# the folders of macOS's ~/Library/CloudStorage: "OneDrive-Personal", "GoogleDrive-…"
_CLOUD_STORAGE: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("googledrive", "Google Drive"),
    ("box", "Box"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud", "pCloud"),
)
# Google Drive for desktop on Windows: a drive of its own, "G:\Meine Ablage\…"
_GOOGLE_DRIVE_ROOTS = {"my drive", "meine ablage", "shared drives", "geteilte ablagen"}

# where OneDrive's folders are, even when renamed (set by OneDrive on Windows)
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")

# files a service keeps in the top of its folder, whatever the folder is called
_MARKERS: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".nextcloudsync.log", "Nextcloud"),
    (".owncloudsync.log", "ownCloud"),
    (".SynologyWorkingDirectory", "Synology Drive"),
)
# the Nextcloud/ownCloud client's sync journal: ".sync_1a2b3c.db" or "._sync_1a2b3c.db"
_JOURNAL_PATTERNS = (".sync_*.db", "._sync_*.db")


def service_in_path(path: PurePath) -> str | None:
    """The service a folder name on ``path`` belongs to, judged by the names alone."""
    parts = path.parts
    lowered = [part.lower() for part in parts]
    for index, name in enumerate(lowered):
        if index == 0 and path.anchor:
            continue  # "/" or "C:\"
        if name in _NAMES:
            return _NAMES[name]
        for prefix, service in _PREFIXES:
            if name.startswith(prefix):
                return service
        before = lowered[index - 1] if index else ""
        if before == "library" and name == "mobile documents":
            return "iCloud Drive"
        if before == "library" and name == "cloudstorage" and index + 1 < len(parts):
            provider = lowered[index + 1]
            known = (service for start, service in _CLOUD_STORAGE if provider.startswith(start))
            return next(known, _(GENERIC))
        if index == 1 and path.drive and name in _GOOGLE_DRIVE_ROOTS:
            return "Google Drive"
    return None


def _under(folder: Path, root: str) -> bool:
    if not root.strip():
        return False
    mine = os.path.normcase(os.path.normpath(str(folder)))
    theirs = os.path.normcase(os.path.normpath(root))
    return mine == theirs or mine.startswith(theirs.rstrip(os.sep) + os.sep)


def _marked(folder: Path) -> str | None:
    """A service's marker file in ``folder`` or a folder above it."""
    for where in (folder, *folder.parents):
        try:
            if not where.is_dir():
                continue
            for marker, service in _MARKERS:
                if (where / marker).exists():
                    return service
            for pattern in _JOURNAL_PATTERNS:
                if next(where.glob(pattern), None) is not None:
                    return "Nextcloud"
        except OSError:  # a folder above that may not be read: judge by the rest
            continue
    return None


def sync_service(folder: Path, environ: Mapping[str, str] | None = None) -> str | None:
    """The name of the service that syncs ``folder`` ("OneDrive", …), or ``None``.

    ``folder`` need not exist yet. Symbolic links are followed too: a "Dokumente"
    that points into Dropbox is in Dropbox.
    """
    env = os.environ if environ is None else environ
    folder = Path(os.path.abspath(folder))
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError):
        resolved = folder
    for candidate in dict.fromkeys((folder, resolved)):
        for variable in ONEDRIVE_VARIABLES:
            if _under(candidate, env.get(variable, "")):
                return "OneDrive"
        found = service_in_path(candidate) or _marked(candidate)
        if found:
            return found
    return None


def warning_text(service: str) -> str:
    """The calm German notice for a diary in a folder that ``service`` syncs."""
    return _(
        "Ihr Tagebuch liegt in einem Ordner, den {service} mit dem Internet abgleicht. "
        "Solche Dienste können beim Speichern dazwischenkommen: Sie halten eine Datei "
        "kurz fest oder spielen einen älteren Stand zurück. Außerdem laden sie Ihr "
        "Tagebuch – verschlüsselt – auf die Server eines Unternehmens hoch. Amtstagebuch "
        "selbst sendet nichts ins Internet. Sicherer ist ein Ordner nur auf diesem "
        "Computer: Schließen Sie dazu das Programm, verschieben Sie den Tagebuch-Ordner "
        "dorthin und wählen Sie beim nächsten Start „Vorhandenes Tagebuch öffnen …“."
    ).format(service=service)
