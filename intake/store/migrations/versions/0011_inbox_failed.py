"""inbox: a message the database refuses even quarantined is kept as failed

Revision ID: 0011
Revises: 0008

``failed_at`` set takes the row out of the live queue (no drain retries it, the
backlog does not count it), ``error`` says why and ``attempts`` how many times it
was tried; ``intake analyse --retry-failed`` puts it back.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("error", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.drop_column("attempts")
        batch_op.drop_column("error")
        batch_op.drop_column("failed_at")
