"""Generate a large database for the benchmarks: 10,000 accounts, 30,000 sites, 300,000 named users.

Usage: python benchmarks/generate.py [OUT.sqlite3] [--accounts N]
Written through the same migrations as a user's database, then bulk-filled with Core inserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT / "benchmarks" / "data" / "large.sqlite3"
_SYL = "가나다라마바사아자차카타파하한빛대성미래온누리새벽푸른숲정밀교육물류"
_SUFFIX = ("(주)", "주식회사", "상사", "소프트", "테크", "물산", "건설", "의료재단", "디자인", "유통")
_STATES = ("active",) * 12 + ("pending", "trial", "overdue", "expired", "terminated")


def generate(path: Path, n_accounts: int = 10_000, sites_per_account: int = 3, users_per_site: int = 10,
             seed: int = 7) -> Path:
    from sqlalchemy import insert

    from desktop_app.db import open_database
    from desktop_app.models import Account, NamedUser, Site
    from desktop_app.pricing.business_number import make_valid, normalize

    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    today = dt.date(2026, 11, 22)
    accounts, sites, users = [], [], []
    site_id = 0
    for a in range(1, n_accounts + 1):
        name = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 4))) + " " + rng.choice(_SUFFIX)
        accounts.append(dict(id=a, uuid=uuid.uuid4(), name=name,
                             business_number=normalize(make_valid(f"{rng.randrange(10**9):09d}")),
                             ceo_name="김대표", address="서울특별시", phone="02-000-0000", email=f"admin@c{a}.co.kr",
                             pricing_policy="legacy" if a % 9 == 0 else "4.0", term_months=12 if a % 3 else 1,
                             auto_renew=a % 5 != 0, expires_on=today + dt.timedelta(days=rng.randint(-30, 365)),
                             active=True, version=1))
        for k in range(sites_per_account):
            site_id += 1
            seats = rng.choice((5, 10, 20, 35, 50, 120, 300))
            sites.append(dict(id=site_id, uuid=uuid.uuid4(), account_id=a, name=f"회사{k + 1}",
                              vendor="naver" if site_id % 10 == 0 else "daouoffice",
                              package="collabo" if site_id % 10 == 0 else ("free" if seats < 10 else "standard"),
                              edition=None if site_id % 10 == 0 else "service", users=seats,
                              state=rng.choice(_STATES), admin_name="관리자", admin_login="admin",
                              subdomain=f"c{a}-s{k + 1}", mail_domain=f"c{a}.co.kr", opened_on=today,
                              active=True, version=1))
            for u in range(users_per_site):
                users.append(dict(uuid=uuid.uuid4(), site_id=site_id, name=f"사용자{u}",
                                  email=f"u{u}@c{a}-s{k + 1}.co.kr", status="active", version=1))
    with db.engine.begin() as conn:
        for model, rows in ((Account, accounts), (Site, sites), (NamedUser, users)):
            for i in range(0, len(rows), 20_000):
                conn.execute(insert(model), rows[i:i + 20_000])
    with db.engine.connect() as conn:
        # fold the bulk load's write-ahead log into the file: a user's database does not start with a
        # 70 MB log, and the first start that replayed it measured 280 MB instead of 135 MB
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def ensure(path: Path = DEFAULT) -> Path:
    """The large database, generated once and reused while the schema is the same."""
    from desktop_app.db import schema_revision, to_url
    from desktop_app.migrations import HEAD

    if not path.exists() or schema_revision(to_url(path))[0] != HEAD:
        generate(path)
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default=str(DEFAULT))
    ap.add_argument("--accounts", type=int, default=10_000)
    args = ap.parse_args()
    t = time.perf_counter()
    generate(Path(args.out), args.accounts)
    print(f"{args.out}: {args.accounts} accounts in {time.perf_counter() - t:.1f} s")
