"""clients.generation: bumped by every change to a client's cases, keys or resent keys

Revision ID: 0009
Revises: 0008

A process keeping a client's grouping index and re-send histories in memory
across batches (``intake.store.clientmemory``) compares it with the generation
it read them at, and reads them again when another writer changed them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("generation", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("generation")
