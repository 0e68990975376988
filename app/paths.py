"""Where the program finds its data files and the user's default vault folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir("Amtstagebuch", appauthor=False))
