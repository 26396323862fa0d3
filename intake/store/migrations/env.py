"""Alembic environment: runs on the connection intake hands it (never reads alembic.ini)."""

from alembic import context

from intake.store.models import Base
from intake.store.search import is_search_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=lambda name, type_, parent: not is_search_object(name, type_, parent),
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
