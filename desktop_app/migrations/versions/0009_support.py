"""Support requests, status history, messages, attachments, sharing, staff teams and consulting projects
(domain.md §9).

Revision ID: 0009_support
Revises: 0007_sites_list_index
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_support'
down_revision = '0008_team_ids'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('staff_teams',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_teams')),
    sa.UniqueConstraint('name', name=op.f('uq_staff_teams_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_staff_teams_uuid'))
    )
    op.create_table('consulting_projects',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=250), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_consulting_projects_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consulting_projects')),
    sa.UniqueConstraint('uuid', name=op.f('uq_consulting_projects_uuid'))
    )
    with op.batch_alter_table('consulting_projects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consulting_projects_account_id'), ['account_id'], unique=False)

    op.create_table('staff_team_members',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_staff_team_members_staff_id_staff_users')),
    sa.ForeignKeyConstraint(['team_id'], ['staff_teams.id'], name=op.f('fk_staff_team_members_team_id_staff_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_team_members')),
    sa.UniqueConstraint('team_id', 'staff_id', name='team_staff'),
    sa.UniqueConstraint('uuid', name=op.f('uq_staff_team_members_uuid'))
    )
    with op.batch_alter_table('staff_team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_team_members_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_team_members_team_id'), ['team_id'], unique=False)

    op.create_table('support_requests',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opened_by_id', sa.Integer(), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('requester_email', sa.String(length=200), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('direction', sa.String(length=3), nullable=True),
    sa.Column('carrier', sa.String(length=100), nullable=False),
    sa.Column('tracking_number', sa.String(length=100), nullable=False),
    sa.Column('expected_on', sa.Date(), nullable=True),
    sa.Column('visit_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('visitors', sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('severity IS NULL OR severity BETWEEN 1 AND 4', name=op.f('ck_support_requests_severity')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_support_requests_account_id_accounts')),
    sa.ForeignKeyConstraint(['assignee_id'], ['staff_users.id'], name=op.f('fk_support_requests_assignee_id_staff_users')),
    sa.ForeignKeyConstraint(['opened_by_id'], ['staff_users.id'], name=op.f('fk_support_requests_opened_by_id_staff_users')),
    sa.ForeignKeyConstraint(['project_id'], ['consulting_projects.id'], name=op.f('fk_support_requests_project_id_consulting_projects')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_support_requests_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_requests')),
    sa.UniqueConstraint('number', name=op.f('uq_support_requests_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_support_requests_uuid'))
    )
    with op.batch_alter_table('support_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_requests_account_id'), ['account_id'], unique=False)
        batch_op.create_index('ix_support_requests_list', ['opened_at', 'id', 'kind', 'status', 'account_id', 'assignee_id', 'number', 'title'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_requests_project_id'), ['project_id'], unique=False)
        batch_op.create_index('ix_support_requests_status_list', ['status', 'opened_at', 'id', 'kind'], unique=False)

    op.create_table('support_messages',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('sender', sa.String(length=200), nullable=False),
    sa.Column('mail_message_id', sa.String(length=300), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['support_requests.id'], name=op.f('fk_support_messages_request_id_support_requests')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_support_messages_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_messages')),
    sa.UniqueConstraint('uuid', name=op.f('uq_support_messages_uuid'))
    )
    with op.batch_alter_table('support_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_messages_mail_message_id'), ['mail_message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_messages_request_id'), ['request_id'], unique=False)

    op.create_table('support_shares',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('(staff_id IS NULL) <> (team_id IS NULL)', name=op.f('ck_support_shares_one_target')),
    sa.ForeignKeyConstraint(['request_id'], ['support_requests.id'], name=op.f('fk_support_shares_request_id_support_requests')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_support_shares_staff_id_staff_users')),
    sa.ForeignKeyConstraint(['team_id'], ['staff_teams.id'], name=op.f('fk_support_shares_team_id_staff_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_shares')),
    sa.UniqueConstraint('uuid', name=op.f('uq_support_shares_uuid'))
    )
    with op.batch_alter_table('support_shares', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_shares_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_shares_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_shares_team_id'), ['team_id'], unique=False)

    op.create_table('support_status_changes',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('previous', sa.String(length=12), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['support_requests.id'], name=op.f('fk_support_status_changes_request_id_support_requests')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_support_status_changes_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_status_changes')),
    sa.UniqueConstraint('uuid', name=op.f('uq_support_status_changes_uuid'))
    )
    with op.batch_alter_table('support_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_status_changes_request_id'), ['request_id'], unique=False)

    op.create_table('support_attachments',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['support_messages.id'], name=op.f('fk_support_attachments_message_id_support_messages')),
    sa.ForeignKeyConstraint(['request_id'], ['support_requests.id'], name=op.f('fk_support_attachments_request_id_support_requests')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_support_attachments_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_attachments')),
    sa.UniqueConstraint('uuid', name=op.f('uq_support_attachments_uuid'))
    )
    with op.batch_alter_table('support_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_attachments_request_id'), ['request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('support_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_attachments_request_id'))

    op.drop_table('support_attachments')
    with op.batch_alter_table('support_status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_status_changes_request_id'))

    op.drop_table('support_status_changes')
    with op.batch_alter_table('support_shares', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_shares_team_id'))
        batch_op.drop_index(batch_op.f('ix_support_shares_staff_id'))
        batch_op.drop_index(batch_op.f('ix_support_shares_request_id'))

    op.drop_table('support_shares')
    with op.batch_alter_table('support_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_messages_request_id'))
        batch_op.drop_index(batch_op.f('ix_support_messages_mail_message_id'))

    op.drop_table('support_messages')
    with op.batch_alter_table('support_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_support_requests_status_list')
        batch_op.drop_index(batch_op.f('ix_support_requests_project_id'))
        batch_op.drop_index('ix_support_requests_list')
        batch_op.drop_index(batch_op.f('ix_support_requests_account_id'))

    op.drop_table('support_requests')
    with op.batch_alter_table('staff_team_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_team_members_team_id'))
        batch_op.drop_index(batch_op.f('ix_staff_team_members_staff_id'))

    op.drop_table('staff_team_members')
    with op.batch_alter_table('consulting_projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consulting_projects_account_id'))

    op.drop_table('consulting_projects')
    op.drop_table('staff_teams')
