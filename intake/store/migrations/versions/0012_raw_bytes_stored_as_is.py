"""inbox.data and raw_messages.data: stored out of line as they are, not compressed again

Revision ID: 0012
Revises: 0011

PostgreSQL compressed each message's bytes with pglz as it TOASTed them: the
inbox's raw mail on every take-in, only for the drain to decompress and delete
the row moments later, and raw_messages' zlib output, which pglz cannot shrink.
That was about a third of PostgreSQL's CPU per stored message (bench/pg_cpu.py;
README, "Many workers, one PostgreSQL"). ``EXTERNAL`` keeps them out of line,
uncompressed; it applies to rows written from now on. SQLite has no such setting: a no-op there.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: Tables whose ``data`` column holds a message's bytes.
RAW_BYTES = ("inbox", "raw_messages")


def upgrade() -> None:
    _set_storage("EXTERNAL")


def downgrade() -> None:
    _set_storage("EXTENDED")


def _set_storage(storage: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in RAW_BYTES:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN data SET STORAGE {storage}")
