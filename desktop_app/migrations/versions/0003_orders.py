"""Orders with price snapshots, discount codes, edited catalog versions; site columns for C4 and NAVER.

Revision ID: 0003_orders
Revises: 0002_licences
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_orders"
down_revision = "0002_licences"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('discount_codes',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('max_uses', sa.Integer(), nullable=True),
    sa.Column('uses', sa.Integer(), nullable=False),
    sa.Column('products', sa.String(length=400), nullable=False),
    sa.Column('min_users', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discount_codes')),
    sa.UniqueConstraint('code', name=op.f('uq_discount_codes_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_discount_codes_uuid'))
    )
    op.create_table('catalog_versions',
    sa.Column('catalog_id', sa.String(length=40), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_catalog_versions_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_versions')),
    sa.UniqueConstraint('catalog_id', 'effective_from', name='catalog_version_date'),
    sa.UniqueConstraint('uuid', name=op.f('uq_catalog_versions_uuid'))
    )
    op.create_table('orders',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=False),
    sa.Column('payment_method', sa.String(length=20), nullable=False),
    sa.Column('terms_accepted', sa.Boolean(), nullable=False),
    sa.Column('discount_code', sa.String(length=40), nullable=True),
    sa.Column('supply', sa.BigInteger(), nullable=False),
    sa.Column('vat', sa.BigInteger(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_orders_account_id_accounts')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_orders_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders')),
    sa.UniqueConstraint('uuid', name=op.f('uq_orders_uuid'))
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_account_id'), ['account_id'], unique=False)

    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('trial_ends_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('reserved_plan', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('reserved_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('requested_upgrade', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('extra_storage_tb', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('used_storage_gb', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('addons', sa.JSON(), server_default=sa.text("'{}'"), nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_column('addons')
        batch_op.drop_column('used_storage_gb')
        batch_op.drop_column('extra_storage_tb')
        batch_op.drop_column('requested_upgrade')
        batch_op.drop_column('reserved_on')
        batch_op.drop_column('reserved_plan')
        batch_op.drop_column('trial_ends_on')
        batch_op.drop_column('active_from')

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_account_id'))

    op.drop_table('orders')
    op.drop_table('catalog_versions')
    op.drop_table('discount_codes')
