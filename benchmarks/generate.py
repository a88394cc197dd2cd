"""Generate a large database for the benchmarks (issue 20's big reseller): 10,000 accounts, 30,000 sites,
310,000 named users (one site with 10,000), 100,000 invoices, 20,000 quotes with their content, a group of
20 companies with 2,000 departments and 20,000 employees, and NAVER daily counts since last month's first.

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
BIG_SITE, BIG_SITE_USERS = 1, 10_000  # site 1 (account 1) holds 10,000 more named users
GROUP_ACCOUNT = 2  # the big group: 20 companies, 2,000 departments, 20,000 employees
N_INVOICES, N_QUOTES = 100_000, 20_000


def _chunks(conn, table, rows, size: int = 20_000) -> None:
    from sqlalchemy import insert

    for i in range(0, len(rows), size):
        conn.execute(insert(table), rows[i:i + size])


def _quote_content(number: str, customer: str, total: int, lines: int) -> dict:
    rows = [{"item": f"다우오피스 스탠다드 {k + 1}", "qty": 10 + k, "unit": 8_000, "amount": (10 + k) * 8_000,
             "note": "12개월 선납, 부가세 별도"} for k in range(lines)]
    return {"number": number, "customer": {"name": customer, "brn": "123-45-67890", "ceo": "김대표",
                                           "address": "서울특별시 강남구 테헤란로 1", "email": "admin@x.co.kr"},
            "letterhead": {"name": "리셀러데스크(주)", "address": "서울특별시 중구", "phone": "02-000-0000"},
            "lines": rows, "total": total, "terms": "발행일로부터 30일 이내 결제", "notes": "본 견적은 30일간 유효합니다."}


def _extras(conn, rng: random.Random, today: dt.date, n_accounts: int, naver_sites: list[dict]) -> None:
    """Issue 20's reseller size: invoices, quotes with content, the big group, NAVER daily counts."""
    from desktop_app.models import (ConcurrentPost, Department, Employee, GroupCompany, InvoiceRow, NumberCounter,
                                    QuoteRow, UsageCount)

    invoices = []
    for i in range(1, N_INVOICES + 1):
        issued = today - dt.timedelta(days=rng.randrange(700))
        supply = rng.choice((80_000, 160_000, 400_000, 1_200_000))
        status = rng.choice(("paid",) * 6 + ("unpaid", "partial", "void"))
        paid = supply + supply // 10 if status == "paid" else (supply // 2 if status == "partial" else 0)
        year_no = i if issued.year == today.year else i + N_INVOICES
        invoices.append(dict(uuid=uuid.uuid4(), number=f"INV-{issued.year}-{year_no:06d}", kind="renewal",
                             account_id=rng.randint(1, n_accounts), issue_date=issued,
                             due_date=issued + dt.timedelta(days=14), period_from=issued,
                             period_to=issued + dt.timedelta(days=364), supply=supply, vat=supply // 10,
                             total=supply + supply // 10, paid=paid, status=status,
                             content={"lines": [{"item": "연간 이용료", "amount": supply}]}, version=1))
    _chunks(conn, InvoiceRow, invoices)
    quotes = []
    for q in range(1, N_QUOTES + 1):
        issued = today - dt.timedelta(days=rng.randrange(365))
        number = f"Q-{issued.year}-{q:06d}"
        supply = rng.randrange(10, 500) * 8_000
        quotes.append(dict(uuid=uuid.uuid4(), number=number, revision=1, account_id=rng.randint(1, n_accounts),
                           customer_name=f"고객{q}", issue_date=issued, valid_until=issued + dt.timedelta(days=30),
                           status=rng.choice(("draft", "sent", "sent", "accepted")), supply=supply,
                           vat=supply // 10, total=supply + supply // 10,
                           content=_quote_content(number, f"고객{q}", supply, rng.randint(5, 40)), version=1))
    _chunks(conn, QuoteRow, quotes)
    counters = [dict(kind="INV", year=y, last=2 * N_INVOICES) for y in (today.year - 1, today.year)]
    counters += [dict(kind="Q", year=y, last=N_QUOTES) for y in (today.year - 1, today.year)]
    _chunks(conn, NumberCounter, counters)
    companies, departments, employees, posts = [], [], [], []
    dept_id = emp_id = 0
    for c in range(1, 21):
        companies.append(dict(id=c, uuid=uuid.uuid4(), group_account_id=GROUP_ACCOUNT,
                              member_account_id=GROUP_ACCOUNT if c == 1 else None, company_id=f"biggroup{c}",
                              name=f"그룹사{c}", user_count=1_000, card_count=c % 4, scope="group",
                              parent_company_id=None if c == 1 else 1 + (c - 2) // 4, position=c, version=1))
        first = dept_id + 1
        for d in range(100):
            dept_id += 1
            parent = None if d == 0 else first + (d - 1) // 5
            departments.append(dict(id=dept_id, uuid=uuid.uuid4(), company_id=c, name=f"부서{c}-{d}",
                                    parent_department_id=parent, position=d, active=True, version=1))
        for e in range(1_000):
            emp_id += 1
            employees.append(dict(id=emp_id, uuid=uuid.uuid4(), company_id=c, name=f"직원{c}-{e}",
                                  email=f"e{e}@g{c}.co.kr", title="사원", home_department_id=first + e % 100,
                                  active=True, version=1))
            if e % 50 == 0:  # 겸직 in the next company
                posts.append(dict(uuid=uuid.uuid4(), employee_id=emp_id, department_id=(first + 100) % 2_000 + 1))
    for table, rows in ((GroupCompany, companies), (Department, departments), (Employee, employees),
                        (ConcurrentPost, posts)):
        _chunks(conn, table, rows)
    start = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # last month's first
    days = [start + dt.timedelta(days=k) for k in range((today - start).days)]
    counts = [dict(site_id=s["id"], day=d, accounts=s["users"]) for s in naver_sites for d in days]
    _chunks(conn, UsageCount, counts)


def generate(path: Path, n_accounts: int = 10_000, sites_per_account: int = 3, users_per_site: int = 10,
             seed: int = 7, extras: bool = True) -> Path:
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
    # issue 20: one site with 10,000 named users (310,000 in all), on a paid package large enough for them
    sites[BIG_SITE - 1].update(vendor="daouoffice", package="standard", edition="service", users=20_000,
                               state="active")
    users.extend(dict(uuid=uuid.uuid4(), site_id=BIG_SITE, name=f"직원{u}", email=f"e{u}@big.co.kr",
                      status="active", version=1) for u in range(BIG_SITE_USERS))
    with db.engine.begin() as conn:
        for model, rows in ((Account, accounts), (Site, sites), (NamedUser, users)):
            for i in range(0, len(rows), 20_000):
                conn.execute(insert(model), rows[i:i + 20_000])
        if extras:
            _extras(conn, rng, today, n_accounts, [s for s in sites if s["vendor"] == "naver"])
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
    ap.add_argument("--no-extras", action="store_true", help="accounts, sites and named users only")
    args = ap.parse_args()
    t = time.perf_counter()
    generate(Path(args.out), args.accounts, extras=not args.no_extras)
    print(f"{args.out}: {args.accounts} accounts in {time.perf_counter() - t:.1f} s")
