"""Offline work on a replica (Y3–Y6): a change sequence on every synced table (stamped by a trigger on
PostgreSQL; a SQLite replica keeps what it received), registered workstations, applied operations, and a
replica's sync state, queue and conflicts.

Revision ID: 0012_sync
Revises: 0011_mail_intake
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012_sync'
down_revision = '0011_mail_intake'
branch_labels = None
depends_on = None

SYNCED = ('staff_users', 'catalog_versions', 'discount_codes', 'accounts', 'sites', 'named_users', 'seat_changes',
          'orders', 'quotes')

STAMP = """
CREATE FUNCTION stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('change_seq');
    NEW.change_xid := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('change_seq', sa.BigInteger(), nullable=True))
            batch_op.add_column(sa.Column('change_xid', sa.BigInteger(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_change_seq'), ['change_seq'], unique=False)
    op.create_table(
        'workstations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=10), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_workstations_staff_id_staff_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_workstations')),
        sa.UniqueConstraint('code', name=op.f('uq_workstations_code')),
    )
    op.create_table(
        'applied_operations',
        sa.Column('uuid', sa.Uuid(), nullable=False),
        sa.Column('workstation', sa.String(length=10), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('outcome', sa.String(length=12), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=False),
        sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('uuid', name=op.f('pk_applied_operations')),
    )
    op.create_table(
        'sync_state',
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state')),
    )
    op.create_table(
        'sync_queue',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_queue')),
        sa.UniqueConstraint('uuid', name=op.f('uq_sync_queue_uuid')),
    )
    op.create_index(op.f('ix_sync_queue_state'), 'sync_queue', ['state'], unique=False)
    op.create_table(
        'sync_conflicts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('op_uuid', sa.Uuid(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('fields', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('decided', sa.String(length=12), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
        sa.UniqueConstraint('op_uuid', name=op.f('uq_sync_conflicts_op_uuid')),
    )
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("CREATE SEQUENCE change_seq")
        op.execute(STAMP)
        for table in SYNCED:
            op.execute(f"CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION stamp_change()")
            op.execute(f"UPDATE {table} SET change_seq = NULL")  # the rows already there, stamped once


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in SYNCED:
            op.execute(f"DROP TRIGGER stamp_change ON {table}")
        op.execute("DROP FUNCTION stamp_change()")
        op.execute("DROP SEQUENCE change_seq")
    for name in ('sync_conflicts', 'sync_queue', 'sync_state', 'applied_operations', 'workstations'):
        op.drop_table(name)
    for table in SYNCED:  # plain ALTER TABLE … DROP COLUMN (SQLite 3.35+): no table copy under foreign keys
        op.drop_index(op.f(f'ix_{table}_change_seq'), table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN change_xid")
        op.execute(f"ALTER TABLE {table} DROP COLUMN change_seq")
