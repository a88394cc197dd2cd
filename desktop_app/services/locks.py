"""Locks that serialise work two workstations must not do at once on a shared database (Y1).

On PostgreSQL a transaction-scoped advisory lock: a second workstation waits until the first commits, then
sees what it did. SQLite serialises writers itself (one file, one writer), so these are no-ops there.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

BILLING = 0x42494C4C  # "BILL": the key space of billing locks, one lock per account


def lock_account_for_billing(s: Session, account_id: int) -> None:
    """Held until this transaction ends: a concurrent billing run of the same account waits, then finds the
    invoices already issued (billing keys) and issues nothing twice."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:space, :id)"), {"space": BILLING, "id": account_id})
