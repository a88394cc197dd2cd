"""Alembic migrations. The revision ids are listed here too, so that a start with a current schema
can check the database without importing Alembic (a test keeps this list equal to the scripts)."""

REVISIONS = ("0001_initial", "0002_licences", "0003_orders", "0004_quotes", "0005_invoices", "0006_groups", "0007_sites_list_index",
             "0008_team_ids", "0009_support", "0010_staff_access",
             "0011_outbox_invoice", "0011_mail_intake", "0012_sync")
HEAD = REVISIONS[-1]
