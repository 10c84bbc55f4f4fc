"""Layers have a role; her own calendar's events are meetings, and a DADU knows its occurrence.

- calendar_sources.role: own (her calendar), manager or context. A layer that blocked her focus
  was a manager's calendar (manager, still blocking); every other layer is context.
- calendar_sources.address: her address as the file's ORGANIZER/ATTENDEE lines show it.
- calendar_events.declined_by / decision_line: who declined the occurrence, and the invite's
  decision line. Layers imported before this revision have neither until they are read again
  (setting a layer's role to own reads its stored copy again).
- dadu_records.event_uid / event_occurrence / meeting_start_utc: the occurrence a DADU belongs
  to (UID + original start) and its real start, so it survives refreshes and moves.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('calendar_sources', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('role', sa.String(length=16), nullable=False, server_default='context')
        )
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=True))
    op.execute("UPDATE calendar_sources SET role = 'manager' WHERE blocking")
    with op.batch_alter_table('calendar_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('declined_by', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('decision_line', sa.Text(), nullable=True))
    with op.batch_alter_table('dadu_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_uid', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('event_occurrence', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('meeting_start_utc', sa.DateTime(), nullable=True))
        batch_op.create_index(
            'ix_dadu_records_event', ['event_uid', 'event_occurrence'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('dadu_records', schema=None) as batch_op:
        batch_op.drop_index('ix_dadu_records_event')
        batch_op.drop_column('meeting_start_utc')
        batch_op.drop_column('event_occurrence')
        batch_op.drop_column('event_uid')
    with op.batch_alter_table('calendar_events', schema=None) as batch_op:
        batch_op.drop_column('decision_line')
        batch_op.drop_column('declined_by')
    with op.batch_alter_table('calendar_sources', schema=None) as batch_op:
        batch_op.drop_column('address')
        batch_op.drop_column('role')
