"""Alembic environment: runs on the connection handed over by desktop_app.db.migrate()."""

from __future__ import annotations

from alembic import context

from desktop_app.models import Base, load_all

load_all()  # every table, also those the application loads only on first use

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` command line from a checkout: use the URL of alembic.ini
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    transaction_per_migration=False,  # one transaction for the whole upgrade (PostgreSQL: DDL rolls back too)
)
with context.begin_transaction():
    context.run_migrations()
