"""Accounts, sites, staff users and the audit log.

Revision ID: 0001_initial
Revises: None
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('business_number', sa.String(length=10), nullable=False),
    sa.Column('ceo_name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('pricing_policy', sa.Enum('4.0', 'legacy', name='pricing_policy', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('auto_renew', sa.Boolean(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('term_months IN (1, 12)', name=op.f('ck_accounts_term_months')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('uuid', name=op.f('uq_accounts_uuid'))
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_business_number'), ['business_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_accounts_name'), ['name'], unique=False)

    op.create_table('staff_users',
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('is_paa', sa.Boolean(), nullable=False),
    sa.Column('permissions', sa.Text(), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_users')),
    sa.UniqueConstraint('login', name=op.f('uq_staff_users_login')),
    sa.UniqueConstraint('uuid', name=op.f('uq_staff_users_uuid'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_audit_log_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('sites',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('vendor', sa.Enum('daouoffice', 'naver', name='vendor', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('package', sa.String(length=40), nullable=False),
    sa.Column('edition', sa.String(length=20), nullable=True),
    sa.Column('users', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('pending', 'trial', 'active', 'overdue', 'expired', 'terminated', name='site_state', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('admin_name', sa.String(length=100), nullable=False),
    sa.Column('admin_login', sa.String(length=100), nullable=False),
    sa.Column('subdomain', sa.String(length=63), nullable=False),
    sa.Column('mail_domain', sa.String(length=253), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('users >= 0', name=op.f('ck_sites_users_not_negative')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_sites_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites')),
    sa.UniqueConstraint('subdomain', name=op.f('uq_sites_subdomain')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sites_uuid'))
    )
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sites_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sites_state'), ['state'], unique=False)


def downgrade() -> None:
    for table in ("sites", "audit_log", "staff_users", "accounts"):
        op.drop_table(table)
