"""Schema version handling: Alembic migrations inside the vault's SQLite image."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from app.paths import package_data

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

MIGRATIONS = package_data("app.model", "migrations")  # Alembic reads the scripts as files
# The newest migration; a test checks that it matches Alembic's head, so that
# opening an up-to-date vault does not need to load the migration scripts.
HEAD_REVISION = "0002"


def current_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def _scripts() -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def alembic_head() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision (creates it in an empty database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
