"""Where the program finds its data files and the user's default vault folder.

The one thing remembered outside the vault is *which* folder the diary lives in
(a USB stick, say): a small JSON file in the user's configuration folder that
holds that path and nothing else.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import platformdirs

from app.atomic import atomic_write
from app.errors import SaveFailed, os_reason
from app.i18n import _


def package_data(package: str, *parts: str) -> Path:
    """A data file or folder shipped inside ``package``.

    Wheels (``pip install .``, ``pipx``) and the PyInstaller bundle both carry the
    data as files next to the modules, so this is a real folder on disk. The folder
    the import system loaded ``package`` from is asked first (what
    ``importlib.resources`` answers for such a package, without its import costs
    before the first window); otherwise ``importlib.resources`` decides. A package
    imported from a zip archive is not supported: the program says so instead of
    failing later with a missing file.
    """
    module = importlib.import_module(package)
    for folder in getattr(module, "__path__", ()):
        candidate = Path(folder).joinpath(*parts)
        if candidate.exists():
            return candidate
    from importlib.resources import files

    found = files(package).joinpath(*parts)
    if not isinstance(found, Path):
        raise RuntimeError(
            _(
                "Die Programmdaten ({package}/{join}) liegen nicht als Dateien vor; bitte "
                "installieren Sie das Programm neu."
            ).format(package=package, join="/".join(parts))
        )
    return found


RESOURCES = package_data("app", "resources")  # rules, letters, fonts, catalogues, demo
POINTER_FILE = "tagebuch-ort.json"
_POINTER_FORMAT = "amtstagebuch-ort"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir("Amtstagebuch", appauthor=False))


def config_dir() -> Path:
    """The per-user configuration folder (it holds only the pointer file)."""
    return Path(platformdirs.user_config_dir("Amtstagebuch", appauthor=False))


def pointed_vault_dir(config: Path | None = None) -> Path | None:
    """The folder remembered by :func:`remember_vault_dir`, or ``None``.

    A missing, unreadable or damaged pointer file counts as "nothing remembered":
    the worst case is that the program looks in the default folder.
    """
    pointer = (config or config_dir()) / POINTER_FILE
    try:
        text = pointer.read_text(encoding="utf-8")
    except (OSError, ValueError):  # ValueError: UnicodeDecodeError
        return None
    import json  # only when there is a pointer file

    try:
        data = json.loads(text)
    except ValueError:  # JSONDecodeError
        return None
    if not isinstance(data, dict) or data.get("format") != _POINTER_FORMAT:
        return None
    folder = data.get("vault_dir")
    if not isinstance(folder, str) or not folder.strip() or "\x00" in folder:
        return None
    path = Path(folder)
    return path if path.is_absolute() else None


def remembered_vault_dir(config: Path | None = None) -> Path:
    """The folder the diary lived in last time; the default folder if none is known."""
    return pointed_vault_dir(config) or default_vault_dir()


def remember_vault_dir(folder: Path, config: Path | None = None) -> None:
    """Remember ``folder`` for the next start; raises ``SaveFailed`` if it cannot be written."""

    import json

    target = (config or config_dir()) / POINTER_FILE
    text = json.dumps(
        {"format": _POINTER_FORMAT, "version": 1, "vault_dir": str(Path(folder).absolute())},
        ensure_ascii=False,
        indent=1,
    )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveFailed(
            _(
                "Der Ordner „{parent}“ für die Einstellungen kann nicht angelegt werden "
                "({os_reason})."
            ).format(parent=target.parent, os_reason=os_reason(exc))
        ) from exc
    atomic_write(target, (text + "\n").encode("utf-8"))
