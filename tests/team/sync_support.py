"""Helpers of the sync tests: a shared database with a PAA who has a password and a sales user limited to
two accounts, and replicas made through the real `replica init`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.db import open_database
from desktop_app.models import Account, Feature, StaffUser
from desktop_app.services import staff
from desktop_app.services.desk import Desk
from desktop_app.sync import replica

PAA_PASSWORD = "paa-password-2026"
SALES_PASSWORD = "sales-password-2026"


def prepare(url: str) -> dict:
    """The PAA gets a password; `sales` (quotes, sites, licences) sees only the first two accounts."""
    db = open_database(url)
    try:
        with db.session() as s:
            owner = s.scalars(select(StaffUser).where(StaffUser.is_paa.is_(True))).one()
            owner.password_hash = staff.hash_password(PAA_PASSWORD)
            login = owner.login
            two = list(s.scalars(select(Account.id).order_by(Account.id).limit(2)))
        Desk(db).run(staff.add_user, staff.StaffInput(
            "sales", "김영업", frozenset({Feature.QUOTES, Feature.SITES, Feature.LICENCES}), all_accounts=False,
            account_ids=frozenset(two)), SALES_PASSWORD)
    finally:
        db.dispose()
    return {"paa": login, "two": two}


def make_replica(url: str, path: Path, login: str, password: str) -> str:
    code, _rows = replica.init(url, path, login, password)
    return code
