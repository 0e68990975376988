"""Alembic environment: migrations run on the in-memory database of an unlocked vault."""

from alembic import context

from app.model.entities import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
