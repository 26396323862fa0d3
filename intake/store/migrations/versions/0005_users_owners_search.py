"""web app: users and their clients, case owners, who recorded an event, full-text search

Revision ID: 0005
Revises: 0003

The search index is not in the models (SQLAlchemy cannot declare it):
on SQLite an FTS5 table over messages kept in step by triggers, on
PostgreSQL a GIN index over the same to_tsvector expression the search
query uses (``intake.store.search``). A later migration that recreates
``messages`` on SQLite (batch mode "recreate") must create the triggers again.
"""

import sqlalchemy as sa
from alembic import op

from intake.store.search import PG_DOCUMENT, SQLITE_FTS_DDL

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "user_clients",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "client"),
    )
    op.create_table(
        "case_owners",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id"),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actor", sa.String(length=100), nullable=True))
    op.create_index("ix_messages_client_newest", "messages", ["client_id", "id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS_DDL:
            op.execute(statement)
    else:
        op.execute(f"CREATE INDEX ix_messages_search ON messages USING gin ({PG_DOCUMENT})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("message_fts_ai", "message_fts_ad", "message_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS message_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_messages_search")
    op.drop_index("ix_messages_client_newest", table_name="messages")
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_column("actor")
    op.drop_table("case_owners")
    op.drop_table("user_clients")
    op.drop_table("users")
