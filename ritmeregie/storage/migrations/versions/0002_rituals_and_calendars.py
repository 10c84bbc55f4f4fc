"""Checklists, review notes, the DADU link on must-dos, block times in the nudge log, imported calendars.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('must_dos', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dadu_row_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_must_dos_dadu_row_id'), ['dadu_row_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_must_dos_dadu_row_id_dadu_rows'), 'dadu_rows', ['dadu_row_id'], ['id'],
            ondelete='SET NULL',
        )

    with op.batch_alter_table('nudge_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('block_start_utc', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('block_end_utc', sa.DateTime(), nullable=True))

    op.create_table('checklists',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('friction_id', sa.Integer(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['friction_id'], ['frictions.id'], name=op.f('fk_checklists_friction_id_frictions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklists'))
    )
    with op.batch_alter_table('checklists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklists_friction_id'), ['friction_id'], unique=False)

    op.create_table('checklist_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checklist_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklists.id'], name=op.f('fk_checklist_items_checklist_id_checklists'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_items'))
    )
    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_items_checklist_id'), ['checklist_id'], unique=False)

    op.create_table('review_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_utc', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('weekly_review', 'competence_mirror')", name=op.f('ck_review_notes_kind_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_notes'))
    )
    with op.batch_alter_table('review_notes', schema=None) as batch_op:
        batch_op.create_index('uq_review_notes_kind_period', ['kind', 'period_start'], unique=True)

    op.create_table('calendar_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('blocking', sa.Boolean(), nullable=False),
    sa.Column('visible', sa.Boolean(), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('refresh_minutes', sa.Integer(), nullable=True),
    sa.Column('raw_ics', sa.Text(), nullable=True),
    sa.Column('raw_sha256', sa.String(length=64), nullable=True),
    sa.Column('imported_utc', sa.DateTime(), nullable=True),
    sa.Column('last_attempt_utc', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('expanded_from', sa.Date(), nullable=True),
    sa.Column('expanded_to', sa.Date(), nullable=True),
    sa.Column('event_count', sa.Integer(), nullable=False),
    sa.Column('skipped_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_calendar_sources_name'))
    )
    op.create_table('calendar_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Text(), nullable=False),
    sa.Column('recurrence_id', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('start_utc', sa.DateTime(), nullable=False),
    sa.Column('end_utc', sa.DateTime(), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('tentative', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['calendar_sources.id'], name=op.f('fk_calendar_events_source_id_calendar_sources'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_events'))
    )
    with op.batch_alter_table('calendar_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_events_source_id'), ['source_id'], unique=False)
        batch_op.create_index('ix_calendar_events_start_end', ['start_utc', 'end_utc'], unique=False)


def downgrade() -> None:
    op.drop_table('calendar_events')
    op.drop_table('calendar_sources')
    op.drop_table('review_notes')
    op.drop_table('checklist_items')
    op.drop_table('checklists')
    with op.batch_alter_table('nudge_log', schema=None) as batch_op:
        batch_op.drop_column('block_end_utc')
        batch_op.drop_column('block_start_utc')
    with op.batch_alter_table('must_dos', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_must_dos_dadu_row_id_dadu_rows'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_must_dos_dadu_row_id'))
        batch_op.drop_column('dadu_row_id')
