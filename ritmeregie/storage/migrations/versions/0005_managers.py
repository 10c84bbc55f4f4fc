"""Several managers: managers, a request's manager and intake answers, agreements about conflicts.

- managers: name, colour, calendar layers (JSON list of layer names), weekly review slot, and
  which one is the default for a new request.
- must_dos: the request's manager, its estimate in minutes and the intake's answers (goal, for
  whom, what moving it affects, speed or completeness). All optional: a must-do of her own, or
  one stored before this revision, has none of them.
- agreements: the text agreed about a conflict, kept with both requests.

Revision ID: 0005
Revises: 0003 (0004, layer roles, once that lands)
Create Date: 2026-12-06

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('managers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=True),
    sa.Column('layers', sa.Text(), nullable=False),
    sa.Column('review_weekday', sa.Integer(), nullable=True),
    sa.Column('review_time', sa.String(length=5), nullable=True),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.CheckConstraint('review_weekday IS NULL OR review_weekday BETWEEN 0 AND 6', name=op.f('ck_managers_review_weekday_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_managers')),
    sa.UniqueConstraint('name', name=op.f('uq_managers_name'))
    )
    with op.batch_alter_table('must_dos', schema=None) as batch_op:
        batch_op.add_column(sa.Column('manager_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('estimate_minutes', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('goal', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('needed_for', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('impact', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('prefer', sa.String(length=16), nullable=True))
        batch_op.create_index(batch_op.f('ix_must_dos_manager_id'), ['manager_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_must_dos_manager_id_managers'), 'managers', ['manager_id'], ['id'],
            ondelete='SET NULL',
        )
        batch_op.create_check_constraint(
            'prefer_known', "prefer IS NULL OR prefer IN ('speed', 'completeness')"
        )
        batch_op.create_check_constraint(
            'estimate_positive', 'estimate_minutes IS NULL OR estimate_minutes >= 0'
        )
    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('first_must_do_id', sa.Integer(), nullable=True),
    sa.Column('second_must_do_id', sa.Integer(), nullable=True),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['first_must_do_id'], ['must_dos.id'], name=op.f('fk_agreements_first_must_do_id_must_dos'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['second_must_do_id'], ['must_dos.id'], name=op.f('fk_agreements_second_must_do_id_must_dos'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_created_utc'), ['created_utc'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_first_must_do_id'), ['first_must_do_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_second_must_do_id'), ['second_must_do_id'], unique=False)


def downgrade() -> None:
    op.drop_table('agreements')
    with op.batch_alter_table('must_dos', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_must_dos_estimate_positive'), type_='check')
        batch_op.drop_constraint(op.f('ck_must_dos_prefer_known'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_must_dos_manager_id_managers'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_must_dos_manager_id'))
        batch_op.drop_column('prefer')
        batch_op.drop_column('impact')
        batch_op.drop_column('needed_for')
        batch_op.drop_column('goal')
        batch_op.drop_column('estimate_minutes')
        batch_op.drop_column('manager_id')
    op.drop_table('managers')
