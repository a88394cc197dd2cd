"""A book of accounts for billing runs that exercises every change a run makes: paid renewals, free
renewals far behind (several terms to catch up), accounts without auto-renew past expiry, pending sites that
start, NAVER usage; and a dump of the business tables to compare one run with another."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop_app.db import open_database
from desktop_app.models import Account, PricingPolicy, Site, SiteState, UsageCount, Vendor
from desktop_app.pricing.business_number import make_valid
from desktop_app.services.staff import ensure_owner

VOLATILE = {"uuid", "entity_uuid", "created_at", "updated_at", "at", "sent_at"}  # differ between two databases made apart, never by a run


def mixed_book(path: Path, n: int) -> Path:
    """n accounts in five kinds, each kind a fifth of the book."""
    db = open_database(path)
    with db.session() as s:
        ensure_owner(s)
        for i in range(n):
            kind = i % 5
            acc = Account(name=f"고객사 {i:05d}", business_number=make_valid(f"{200000000 + i}"),
                          pricing_policy=PricingPolicy.V4, term_months=1, auto_renew=kind != 3,
                          expires_on=dt.date(2026, 11, 25))
            if kind == 1:  # free and behind (by months, or by a month and its sites overdue): a run catches
                acc.expires_on = dt.date(2026, 8, 31) if i % 10 == 1 else dt.date(2026, 10, 20)  # up term by term
            if kind == 3:  # no auto-renew, past expiry: its sites expire (C3)
                acc.expires_on = dt.date(2026, 11, 1)
            s.add(acc)
            s.flush()
            site = Site(account_id=acc.id, name="본사", vendor=Vendor.DAOUOFFICE, package="standard",
                        edition="service", users=10 + i % 50, state=SiteState.ACTIVE, subdomain=f"mix{i:05d}")
            if kind == 1:
                site.package, site.users = "free", 5
            if kind == 2:  # a paid site plus a pending one that starts today (C4)
                s.add(Site(account_id=acc.id, name="지사", vendor=Vendor.DAOUOFFICE, package="free", users=3,
                           state=SiteState.PENDING, active_from=dt.date(2026, 11, 20), subdomain=f"mixp{i:05d}"))
            if kind == 4:  # NAVER WORKPLACE with last month's daily counts (W1)
                site = Site(account_id=acc.id, name="본사", vendor=Vendor.NAVER, package="workplace",
                            state=SiteState.ACTIVE, subdomain=f"mix{i:05d}", users=20)
            s.add(site)
            s.flush()
            if kind == 4:
                for day in range(1, 32):
                    s.add(UsageCount(site_id=site.id, day=dt.date(2026, 10, day), accounts=20 + i % 7))
    db.dispose()
    return path


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table but the schema version, every column but the volatile ones, in id order."""
    out = {}
    with sqlite3.connect(path) as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                          "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'")]
        for t in sorted(tables):
            cols = [r[1] for r in c.execute(f"PRAGMA table_info({t})")
                    if r[1] not in VOLATILE and not r[1].endswith("_uuid")]  # a made row's identity differs
            out[t] = c.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY rowid").fetchall()
    return out

