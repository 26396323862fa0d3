"""cases.status renamed grouping_state: whether grouping still joins new notices to the case

Revision ID: 0006
Revises: 0005

The column never held the status users see (``intake.cases.state`` derives that
from the timeline); it says whether a case takes new notices (open), was closed
to them by a reinstatement (closed), or is the client's general case (general).
Values are unchanged; the two indexes over it are renamed with it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _rename("status", "grouping_state", "status", "grouping")


def downgrade() -> None:
    _rename("grouping_state", "status", "grouping", "status")


def _rename(old: str, new: str, old_index: str, new_index: str) -> None:
    # ALTER TABLE ... RENAME COLUMN, which SQLite (3.25+) and PostgreSQL both have, not a
    # batch "recreate": on SQLite with foreign keys on, dropping the old table would cascade
    # to case_keys and detach every message from its case.
    op.drop_index(f"ix_cases_client_{old_index}_updated", table_name="cases")
    op.drop_index(f"ix_cases_client_{old_index}", table_name="cases")
    op.execute(sa.text(f"ALTER TABLE cases RENAME COLUMN {old} TO {new}"))
    op.create_index(f"ix_cases_client_{new_index}", "cases", ["client_id", new], unique=False)
    op.create_index(
        f"ix_cases_client_{new_index}_updated",
        "cases",
        ["client_id", new, "updated_at"],
        unique=False,
    )
