"""Team mode ids: a UUID for concurrent posts, the entity's UUID in the audit log, and a quote number that only
live rows hold (a re-priced draft is kept as a "discarded" tombstone instead of being deleted).

Revision ID: 0008_team_ids
Revises: 0007_sites_list_index
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0008_team_ids'
down_revision = '0007_sites_list_index'
branch_labels = None
depends_on = None

# audit_log.entity -> the table whose id entity_id is ("group" is the group's parent account)
ENTITY_TABLES = {
    "account": "accounts", "group": "accounts", "catalog_version": "catalog_versions",
    "discount_code": "discount_codes", "group_company": "group_companies", "department": "departments",
    "employee": "employees", "invoice": "invoices", "named_user": "named_users", "mail": "outbox",
    "site": "sites", "order": "orders", "quote": "quotes", "staff_user": "staff_users",
}
LIVE = sa.text("status <> 'discarded'")


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table('concurrent_posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uuid', sa.Uuid(), nullable=True))
    posts = sa.table('concurrent_posts', sa.column('id', sa.Integer), sa.column('uuid', sa.Uuid))
    for (post_id,) in conn.execute(sa.select(posts.c.id)).all():
        conn.execute(posts.update().where(posts.c.id == post_id).values(uuid=uuid.uuid4()))
    with op.batch_alter_table('concurrent_posts', schema=None) as batch_op:
        batch_op.alter_column('uuid', existing_type=sa.Uuid(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_concurrent_posts_uuid'), ['uuid'])

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entity_uuid', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_log_entity_uuid'), ['entity_uuid'], unique=False)
    audit = sa.table('audit_log', sa.column('entity', sa.String), sa.column('entity_id', sa.Integer),
                     sa.column('entity_uuid', sa.Uuid))
    for entity, table in ENTITY_TABLES.items():
        target = sa.table(table, sa.column('id', sa.Integer), sa.column('uuid', sa.Uuid))
        found = sa.select(target.c.uuid).where(target.c.id == audit.c.entity_id).scalar_subquery()
        conn.execute(audit.update().where(audit.c.entity == entity, audit.c.entity_id.is_not(None))
                     .values(entity_uuid=found))

    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_constraint('quote_number_revision', type_='unique')
        batch_op.create_index('uq_quotes_number_revision_live', ['number', 'revision'], unique=True,
                              sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('uq_quotes_number_revision_live')
        batch_op.create_unique_constraint('quote_number_revision', ['number', 'revision'])
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_uuid'))
        batch_op.drop_column('entity_uuid')
    with op.batch_alter_table('concurrent_posts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_concurrent_posts_uuid'), type_='unique')
        batch_op.drop_column('uuid')
