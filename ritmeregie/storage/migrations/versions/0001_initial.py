"""Initial schema: agenda, must-dos, calls, DADU, reflections, frictions, settings, nudge log.

Instants are stored as naive UTC text (ritmeregie.storage.utc.UTCDateTime); dates as ISO text.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('start_utc', sa.DateTime(), nullable=False),
    sa.Column('end_utc', sa.DateTime(), nullable=False),
    sa.Column('tz', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('decision_question', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.Column('updated_utc', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_items_start_end', ['start_utc', 'end_utc'], unique=False)

    op.create_table('calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('who', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calls'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calls_date'), ['date'], unique=False)

    op.create_table('frictions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('resolved_utc', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('open', 'fixed', 'checklist', 'dropped')", name=op.f('ck_frictions_status_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_frictions'))
    )
    op.create_table('must_dos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('important', sa.Boolean(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('planned_for', sa.Date(), nullable=True),
    sa.Column('deferred_to', sa.Date(), nullable=True),
    sa.Column('done_utc', sa.DateTime(), nullable=True),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_must_dos'))
    )
    op.create_table('nudge_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('planned_utc', sa.DateTime(), nullable=False),
    sa.Column('shown_utc', sa.DateTime(), nullable=True),
    sa.Column('nudge_kind', sa.String(length=32), nullable=False),
    sa.Column('block_kind', sa.String(length=32), nullable=False),
    sa.Column('block_title', sa.Text(), nullable=False),
    sa.Column('answer', sa.String(length=16), nullable=True),
    sa.Column('answered_utc', sa.DateTime(), nullable=True),
    sa.CheckConstraint("answer IS NULL OR answer IN ('started', 'snoozed', 'skipped', 'missed')", name=op.f('ck_nudge_log_answer_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nudge_log'))
    )
    with op.batch_alter_table('nudge_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nudge_log_planned_utc'), ['planned_utc'], unique=False)

    op.create_table('reflections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('satisfied', sa.Text(), nullable=False),
    sa.Column('less_satisfied', sa.Text(), nullable=False),
    sa.Column('differently', sa.Text(), nullable=False),
    sa.Column('energy', sa.Integer(), nullable=True),
    sa.Column('updated_utc', sa.DateTime(), nullable=False),
    sa.CheckConstraint('energy IS NULL OR energy BETWEEN 1 AND 5', name=op.f('ck_reflections_energy_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflections')),
    sa.UniqueConstraint('date', name=op.f('uq_reflections_date'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('dadu_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_title', sa.Text(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('meeting_date', sa.Date(), nullable=False),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_dadu_records_agenda_item_id_agenda_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dadu_records'))
    )
    with op.batch_alter_table('dadu_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dadu_records_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dadu_records_meeting_date'), ['meeting_date'], unique=False)

    op.create_table('dadu_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('owner', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('update_note', sa.Text(), nullable=False),
    sa.Column('update_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['record_id'], ['dadu_records.id'], name=op.f('fk_dadu_rows_record_id_dadu_records'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dadu_rows'))
    )
    with op.batch_alter_table('dadu_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dadu_rows_record_id'), ['record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dadu_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dadu_rows_record_id'))

    op.drop_table('dadu_rows')
    with op.batch_alter_table('dadu_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dadu_records_meeting_date'))
        batch_op.drop_index(batch_op.f('ix_dadu_records_agenda_item_id'))

    op.drop_table('dadu_records')
    op.drop_table('settings')
    op.drop_table('reflections')
    with op.batch_alter_table('nudge_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nudge_log_planned_utc'))

    op.drop_table('nudge_log')
    op.drop_table('must_dos')
    op.drop_table('frictions')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calls_date'))

    op.drop_table('calls')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_items_start_end')

    op.drop_table('agenda_items')
