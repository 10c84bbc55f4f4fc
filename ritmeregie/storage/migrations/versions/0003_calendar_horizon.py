"""Imported calendars are kept expanded for a long horizon: the longest occurrence per layer.

The planner asks for the occurrences that overlap a day. With a year back and two years ahead
stored, "starts before the day's end and ends after its start" scanned half the table; knowing
each layer's longest occurrence bounds the start from below too, so a day is an index range.
NULL (a layer imported before this revision) means "not known": the planner then scans as before
until the layer is expanded again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('calendar_sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('longest_minutes', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('calendar_sources', schema=None) as batch_op:
        batch_op.drop_column('longest_minutes')
