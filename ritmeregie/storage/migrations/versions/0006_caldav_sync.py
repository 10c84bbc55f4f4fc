"""CalDAV sync (issue 20): accounts, bound collections with their sync tokens, and per object the
UID, href, ETag and the last agreed fields (the base of a three-way merge), with tombstones.

Chained to 0003 while 0004 (layer roles) and 0005 (managers) are being written; the merge
re-chains down_revision to the newest revision on main.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('caldav_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('username', sa.Text(), nullable=False),
    sa.Column('created_utc', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_caldav_accounts')),
    sa.UniqueConstraint('name', name=op.f('uq_caldav_accounts_name'))
    )
    op.create_table('caldav_collections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('with_rhythm', sa.Boolean(), nullable=False),
    sa.Column('layer_name', sa.Text(), nullable=True),
    sa.Column('sync_token', sa.Text(), nullable=True),
    sa.Column('last_sync_utc', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.CheckConstraint("purpose IN ('agenda', 'tasks', 'layer')", name=op.f('ck_caldav_collections_purpose_known')),
    sa.ForeignKeyConstraint(['account_id'], ['caldav_accounts.id'], name=op.f('fk_caldav_collections_account_id_caldav_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_caldav_collections'))
    )
    op.create_index(op.f('ix_caldav_collections_account_id'), 'caldav_collections', ['account_id'], unique=False)
    op.create_index('uq_caldav_collections_account_purpose_path', 'caldav_collections', ['account_id', 'purpose', 'path'], unique=True)
    op.create_table('caldav_objects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collection_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Text(), nullable=False),
    sa.Column('href', sa.Text(), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('local_kind', sa.String(length=16), nullable=False),
    sa.Column('local_id', sa.Integer(), nullable=True),
    sa.Column('base_json', sa.Text(), nullable=False),
    sa.Column('raw_ics', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['collection_id'], ['caldav_collections.id'], name=op.f('fk_caldav_objects_collection_id_caldav_collections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_caldav_objects'))
    )
    op.create_index(op.f('ix_caldav_objects_collection_id'), 'caldav_objects', ['collection_id'], unique=False)
    op.create_index('uq_caldav_objects_collection_uid', 'caldav_objects', ['collection_id', 'uid'], unique=True)
    op.create_index('ix_caldav_objects_local', 'caldav_objects', ['local_kind', 'local_id'], unique=False)


def downgrade() -> None:
    op.drop_table('caldav_objects')
    op.drop_table('caldav_collections')
    op.drop_table('caldav_accounts')
