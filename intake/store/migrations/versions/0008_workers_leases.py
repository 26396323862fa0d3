"""workers: the registry of running ``intake run`` processes and a lease per IMAP account

Revision ID: 0008
Revises: 0007

``workers`` holds one row per live worker (its heartbeat), ``account_leases``
one row per IMAP account someone holds or held: the holder's worker name and
when the lease runs out. ``intake.daemon.leases`` explains the protocol.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workers",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "account_leases",
        sa.Column("account", sa.String(length=300), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account"),
    )
    op.create_index("ix_account_leases_holder", "account_leases", ["holder"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_account_leases_holder", table_name="account_leases")
    op.drop_table("account_leases")
    op.drop_table("workers")
