"""grouping index (case_keys), case team and seller's last mail, reasons per message

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "kind", "value", name="uq_case_keys_case_kind_value"),
    )
    with op.batch_alter_table("case_keys", schema=None) as batch_op:
        batch_op.create_index("ix_case_keys_lookup", ["client_id", "kind", "value"], unique=False)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team", sa.String(length=320), nullable=True))
        batch_op.add_column(
            sa.Column("last_outgoing_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("last_request_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            "ix_cases_client_status_updated", ["client_id", "status", "updated_at"], unique=False
        )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_reason", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("case_uncertain", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index("ix_messages_client_sent", ["client_id", "sent_at"], unique=False)
    _index_existing_cases()


def _index_existing_cases() -> None:
    """Case IDs and ASINs of existing cases into the index; the rest comes with a regroup."""
    bind = op.get_bind()
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer),
        sa.column("client_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("amazon_case_ids", sa.JSON),
        sa.column("asins", sa.JSON),
    )
    keys = sa.table(
        "case_keys",
        sa.column("client_id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("value", sa.String),
    )
    rows = []
    for case in bind.execute(sa.select(cases).where(cases.c.kind == "notice")):
        for kind, values in (("case", case.amazon_case_ids), ("asin", case.asins)):
            for value in dict.fromkeys(values or ()):
                rows.append(
                    {
                        "client_id": case.client_id,
                        "case_id": case.id,
                        "kind": kind,
                        "value": str(value)[:200],
                    }
                )
    if rows:
        bind.execute(sa.insert(keys), rows)


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_client_sent")
        batch_op.drop_column("case_uncertain")
        batch_op.drop_column("case_reason")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_client_status_updated")
        batch_op.drop_column("last_request_at")
        batch_op.drop_column("last_outgoing_at")
        batch_op.drop_column("team")
    with op.batch_alter_table("case_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_case_keys_lookup")
    op.drop_table("case_keys")
