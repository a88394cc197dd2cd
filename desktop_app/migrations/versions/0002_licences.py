"""Licences: seat count history and named users.

Revision ID: 0002_licences
Revises: 0001_initial
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_licences'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('named_users',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('active', 'inactive', name='user_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_named_users_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_named_users')),
    sa.UniqueConstraint('uuid', name=op.f('uq_named_users_uuid'))
    )
    with op.batch_alter_table('named_users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_named_users_site_id'), ['site_id'], unique=False)

    op.create_table('seat_changes',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('seats_before', sa.Integer(), nullable=False),
    sa.Column('seats_after', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_seat_changes_site_id_sites')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_seat_changes_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seat_changes')),
    sa.UniqueConstraint('uuid', name=op.f('uq_seat_changes_uuid'))
    )
    with op.batch_alter_table('seat_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seat_changes_site_id'), ['site_id'], unique=False)


def downgrade() -> None:
    op.drop_table("seat_changes")
    op.drop_table("named_users")
