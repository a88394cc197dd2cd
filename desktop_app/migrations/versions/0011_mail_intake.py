"""Requests by email (T7): the mails taken in from the support mailbox, the triage list, each consulting
project's intake tag, the Message-ID of a request's confirmation, and the threading headers of outbox mail.

Revision ID: 0011_mail_intake
Revises: 0011_outbox_invoice
"""
from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = '0011_mail_intake'
down_revision = '0011_outbox_invoice'
branch_labels = None
depends_on = None


def _business() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'mail_triage', *_business(),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sender', sa.String(300), nullable=False),
        sa.Column('recipient', sa.String(300), nullable=False),
        sa.Column('subject', sa.String(500), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('why', sa.String(20), nullable=False),
        sa.Column('mail_message_id', sa.String(300), nullable=False),
        sa.Column('raw', sa.LargeBinary(), nullable=False),
        sa.Column('status', sa.String(10), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['request_id'], ['support_requests.id'],
                                name=op.f('fk_mail_triage_request_id_support_requests')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_triage')),
        sa.UniqueConstraint('uuid', name=op.f('uq_mail_triage_uuid')),
    )
    op.create_table(
        'mail_seen', *_business(),
        sa.Column('folder', sa.String(200), nullable=False),
        sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
        sa.Column('uid', sa.BigInteger(), nullable=False),
        sa.Column('outcome', sa.String(12), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=True),
        sa.Column('triage_id', sa.Integer(), nullable=True),
        sa.Column('moved', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['request_id'], ['support_requests.id'],
                                name=op.f('fk_mail_seen_request_id_support_requests')),
        sa.ForeignKeyConstraint(['triage_id'], ['mail_triage.id'], name=op.f('fk_mail_seen_triage_id_mail_triage')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_seen')),
        sa.UniqueConstraint('folder', 'uidvalidity', 'uid', name=op.f('uq_mail_seen_one_take')),
        sa.UniqueConstraint('uuid', name=op.f('uq_mail_seen_uuid')),
    )
    with op.batch_alter_table('consulting_projects', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mail_tag', sa.String(40), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_consulting_projects_mail_tag'), ['mail_tag'])
    projects = sa.table('consulting_projects', sa.column('id', sa.Integer), sa.column('mail_tag', sa.String))
    bind = op.get_bind()
    for (project_id,) in bind.execute(sa.select(projects.c.id)).all():
        bind.execute(projects.update().where(projects.c.id == project_id)
                     .values(mail_tag=secrets.token_hex(4)))
    with op.batch_alter_table('support_requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mail_message_id', sa.String(300), nullable=True))
        batch_op.create_index(batch_op.f('ix_support_requests_mail_message_id'), ['mail_message_id'], unique=False)
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mail_message_id', sa.String(300), nullable=True))
        batch_op.add_column(sa.Column('in_reply_to', sa.String(300), nullable=True))
        batch_op.add_column(sa.Column('mail_references', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('from_address', sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        for name in ('from_address', 'mail_references', 'in_reply_to', 'mail_message_id'):
            batch_op.drop_column(name)
    with op.batch_alter_table('support_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_requests_mail_message_id'))
        batch_op.drop_column('mail_message_id')
    with op.batch_alter_table('consulting_projects', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_consulting_projects_mail_tag'), type_='unique')
        batch_op.drop_column('mail_tag')
    op.drop_table('mail_seen')
    op.drop_table('mail_triage')
