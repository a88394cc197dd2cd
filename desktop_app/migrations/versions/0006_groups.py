"""Group companies, departments, employees and concurrent posts (G1–G4).

Revision ID: 0006_groups
Revises: 0005_invoices
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_groups'
down_revision = '0005_invoices'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('group_companies',
    sa.Column('group_account_id', sa.Integer(), nullable=False),
    sa.Column('member_account_id', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.String(length=63), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('user_count', sa.Integer(), nullable=False),
    sa.Column('card_count', sa.Integer(), nullable=False),
    sa.Column('scope', sa.String(length=10), nullable=False),
    sa.Column('parent_company_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['group_account_id'], ['accounts.id'], name=op.f('fk_group_companies_group_account_id_accounts')),
    sa.ForeignKeyConstraint(['member_account_id'], ['accounts.id'], name=op.f('fk_group_companies_member_account_id_accounts')),
    sa.ForeignKeyConstraint(['parent_company_id'], ['group_companies.id'], name=op.f('fk_group_companies_parent_company_id_group_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_companies')),
    sa.UniqueConstraint('company_id', name=op.f('uq_group_companies_company_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_group_companies_uuid'))
    )
    with op.batch_alter_table('group_companies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_companies_group_account_id'), ['group_account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_companies_member_account_id'), ['member_account_id'], unique=False)

    op.create_table('departments',
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_department_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['group_companies.id'], name=op.f('fk_departments_company_id_group_companies')),
    sa.ForeignKeyConstraint(['parent_department_id'], ['departments.id'], name=op.f('fk_departments_parent_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departments')),
    sa.UniqueConstraint('uuid', name=op.f('uq_departments_uuid'))
    )
    with op.batch_alter_table('departments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_departments_company_id'), ['company_id'], unique=False)

    op.create_table('employees',
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('home_department_id', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['group_companies.id'], name=op.f('fk_employees_company_id_group_companies')),
    sa.ForeignKeyConstraint(['home_department_id'], ['departments.id'], name=op.f('fk_employees_home_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employees')),
    sa.UniqueConstraint('uuid', name=op.f('uq_employees_uuid'))
    )
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employees_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_employees_home_department_id'), ['home_department_id'], unique=False)

    op.create_table('concurrent_posts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_concurrent_posts_department_id_departments')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_concurrent_posts_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concurrent_posts')),
    sa.UniqueConstraint('employee_id', 'department_id', name='post_employee_department')
    )
    with op.batch_alter_table('concurrent_posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concurrent_posts_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_concurrent_posts_employee_id'), ['employee_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('concurrent_posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concurrent_posts_employee_id'))
        batch_op.drop_index(batch_op.f('ix_concurrent_posts_department_id'))

    op.drop_table('concurrent_posts')
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employees_home_department_id'))
        batch_op.drop_index(batch_op.f('ix_employees_company_id'))

    op.drop_table('employees')
    with op.batch_alter_table('departments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_departments_company_id'))

    op.drop_table('departments')
    with op.batch_alter_table('group_companies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_companies_member_account_id'))
        batch_op.drop_index(batch_op.f('ix_group_companies_group_account_id'))

    op.drop_table('group_companies')
