"""Staff access (S3, S5): account scope and the `all orders` grant, failed sign-ins and the lock, a forced
password change after a reset.

Revision ID: 0010_staff_access
Revises: 0009_support
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_staff_access'
down_revision = '0009_support'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('all_accounts', sa.Boolean(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('all_orders', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), server_default='0', nullable=False))
    op.create_table(
        'staff_accounts',
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_staff_accounts_account_id_accounts')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_staff_accounts_staff_id_staff_users')),
        sa.PrimaryKeyConstraint('staff_id', 'account_id', name=op.f('pk_staff_accounts')),
    )


def downgrade() -> None:
    op.drop_table('staff_accounts')
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        for name in ('must_change_password', 'locked_until', 'failed_logins', 'all_orders', 'all_accounts'):
            batch_op.drop_column(name)
