"""A covering index for the accounts list (sub-domains and states of each account's sites).

Revision ID: 0007_sites_list_index
Revises: 0006_groups
"""
from __future__ import annotations

from alembic import op

revision = '0007_sites_list_index'
down_revision = '0006_groups'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.create_index('ix_sites_list', ['account_id', 'active', 'subdomain', 'state', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_index('ix_sites_list')
