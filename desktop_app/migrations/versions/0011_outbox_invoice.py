"""Invoices by email: an outbox message may carry an invoice (its PDF attached) instead of a quote.

Revision ID: 0011_outbox_invoice
Revises: 0010_staff_access
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_outbox_invoice'
down_revision = '0010_staff_access'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('invoice_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_outbox_invoice_id', ['invoice_id'], unique=False)
        batch_op.create_foreign_key('fk_outbox_invoice_id_invoices', 'invoices', ['invoice_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint('fk_outbox_invoice_id_invoices', type_='foreignkey')
        batch_op.drop_index('ix_outbox_invoice_id')
        batch_op.drop_column('invoice_id')
