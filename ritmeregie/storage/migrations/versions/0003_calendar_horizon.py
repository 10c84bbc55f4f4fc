"""Imported calendars are kept expanded for a long horizon (a year back, two years ahead).

- calendar_sources.longest_minutes: the planner asks for the occurrences that overlap a day;
  with years stored, "starts before the day's end and ends after its start" scanned half the
  table. Each layer's longest occurrence bounds the start from below too, so a day is an index
  range. NULL (a layer imported before this revision) means "not known": the planner then
  scans as before until the layer is expanded again (the app does that within a day).
- calendar_copies: a layer's raw .ics copy moves out of calendar_sources. SQLite walks a long
  value's overflow pages to reach every column stored after it, so each look at the layers read
  the whole file (megabytes) again.

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
    op.create_table('calendar_copies',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('raw_ics', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['calendar_sources.id'], name=op.f('fk_calendar_copies_source_id_calendar_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('source_id', name=op.f('pk_calendar_copies'))
    )
    op.execute(
        "INSERT INTO calendar_copies (source_id, raw_ics) "
        "SELECT id, raw_ics FROM calendar_sources WHERE raw_ics IS NOT NULL"
    )
    with op.batch_alter_table('calendar_sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('longest_minutes', sa.Integer(), nullable=True))
        batch_op.drop_column('raw_ics')


def downgrade() -> None:
    with op.batch_alter_table('calendar_sources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('raw_ics', sa.Text(), nullable=True))
        batch_op.drop_column('longest_minutes')
    op.execute(
        "UPDATE calendar_sources SET raw_ics = "
        "(SELECT raw_ics FROM calendar_copies WHERE calendar_copies.source_id = calendar_sources.id)"
    )
    op.drop_table('calendar_copies')
