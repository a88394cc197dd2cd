"""Demo data: a realistic small book of customers for a first start and for trying things out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import Account, NamedUser, StaffUser, UserStatus
from desktop_app.pricing.business_number import make_valid
from desktop_app.services import accounts, sites
from desktop_app.services.access import changes
from desktop_app.services.scope import every_account

_ = texts("demo")

_SURNAMES = "김이박최정강조윤장임"
_GIVEN = ("민준", "서연", "도윤", "하은", "시우", "지우", "예준", "수아", "주원", "지민", "현우", "서윤")

# (name, brn first nine, ceo, policy, term, auto_renew, expiry offset days, sites)
# site: (name, sub-domain, vendor, package, edition, users, state, named users to create)
_ACCOUNTS: list[tuple[Any, ...]] = [
    ("(주)한빛소프트웨어", "220810123", "김한빛", "4.0", 12, True, 200, [
        ("본사", "hanbit", "daouoffice", "standard", "service", 45, "active", 38),
        ("연구소", "hanbit-lab", "daouoffice", "premium", "enterprise", 20, "active", 17),
        ("부산지사", "hanbit-busan", "daouoffice", "standard", "service", 12, "pending", 0),
    ]),
    ("대성정밀 주식회사", "101810234", "박대성", "legacy", 12, True, 95, [
        ("대성정밀", "daesung", "daouoffice", "premium", "service", 150, "active", 25),
    ]),
    ("푸른숲 디자인", "314860345", "이푸름", "4.0", 1, True, 9, [
        ("푸른숲", "pureunsoop", "daouoffice", "free", None, 6, "active", 6),
    ]),
    ("새벽물류(주)", "608810456", "최새벽", "4.0", 1, False, -20, [
        ("새벽물류", "saebyeok", "daouoffice", "standard", "service", 30, "expired", 12),
    ]),
    ("온누리 헬스케어", "211870567", "정온유", "4.0", 1, True, 14, [
        ("온누리", "onnuri-health", "naver", "collabo", None, 25, "trial", 8),
    ]),
    ("미래교육재단", "105820678", "강미래", "4.0", 1, True, 40, [
        ("미래교육", "mirae-edu", "daouoffice", "standard", "enterprise", 80, "active", 31),
        ("미래교육 연수원", "mirae-campus", "daouoffice", "standard", "enterprise", 15, "overdue", 15),
    ]),
    # billing: a monthly renewal due this week (C4), and a paid NAVER site billed from daily counts (W1)
    ("(주)다온물산", "129810789", "윤다온", "4.0", 1, True, 6, [
        ("다온물산", "daon", "daouoffice", "standard", "service", 25, "active", 22),
    ]),
    ("한결건설(주)", "312810891", "임한결", "4.0", 1, True, 9, [
        ("한결건설", "hangyeol", "naver", "workplace", None, 40, "active", 38),
    ]),
]


def _person(i: int) -> str:
    return _SURNAMES[i % len(_SURNAMES)] + _GIVEN[(i * 7) % len(_GIVEN)]


@changes(None, account=every_account)  # it makes accounts: only staff with every account
def fill_demo(s: Session, actor: StaffUser) -> int:
    """Add the demo accounts; refuses a database that already has accounts. Returns how many were added.
    Any active staff user may (the database is empty: nothing of anyone's is touched)."""
    if s.query(Account.id).first() is not None:
        raise UserError(_("이 데이터베이스에는 이미 데이터가 있어 데모 데이터를 넣지 않았습니다. "
                          "데모는 빈 데이터베이스에만 넣을 수 있습니다 (--db 로 새 파일을 고르세요)."))
    today = clock.today()
    for name, nine, ceo, policy, term, renew, offset, site_specs in _ACCOUNTS:
        sub0 = site_specs[0][1]
        acc = accounts.create_account(s, actor, accounts.AccountInput(
            name=name, business_number=make_valid(nine), ceo_name=ceo, address="서울특별시 중구 세종대로 110",
            phone="02-1234-5678", email=f"admin@{sub0}.co.kr", pricing_policy=policy, term_months=term,
            auto_renew=renew, expires_on=today + dt.timedelta(days=offset)))
        for k, (sname, sub, vendor, package, edition, users, state, named) in enumerate(site_specs):
            site = sites.create_site(s, actor, acc.id, sites.SiteInput(
                name=sname, subdomain=sub, admin_name=_person(k), admin_login="admin", vendor=vendor,
                package=package, edition=edition, users=users, state=state, mail_domain=f"{sub}.co.kr"))
            if vendor == "naver" and state == "trial":  # ends in five days, nothing reserved yet: W2 warns
                site.trial_ends_on = today + dt.timedelta(days=5)
                site.used_storage_gb = 530
            for i in range(named):
                s.add(NamedUser(site_id=site.id, name=_person(i + k * 3), email=f"user{i + 1:03d}@{sub}.co.kr",
                                status=UserStatus.INACTIVE if i % 11 == 10 else UserStatus.ACTIVE))
    s.flush()
    _billing_history(s, actor, today)
    _group(s, actor)
    _expiring_quote(s, actor, today)
    _late_incident(s, actor)
    return len(_ACCOUNTS)


# company id, name, users, cards, department paths, employees (name, home path, concurrent posts "company:path")
_GROUP: list[tuple[Any, ...]] = [
    ("hangyeol", "한결건설", 40, 12, ["경영지원본부/인사팀", "경영지원본부/재무팀", "건축사업본부/설계팀",
                                     "건축사업본부/현장관리팀"],
     [("임한결", "경영지원본부", []), ("김민준", "경영지원본부/인사팀", []), ("이서연", "경영지원본부/재무팀", []),
      ("박도윤", "건축사업본부/설계팀", []), ("최하은", "건축사업본부/현장관리팀", ["hangyeol-remicon:품질관리팀"])]),
    ("hangyeol-eng", "한결엔지니어링", 18, 4, ["기술연구소", "설비팀"],
     [("정시우", "기술연구소", ["hangyeol:건축사업본부/설계팀"]), ("강지우", "설비팀", [])]),
    ("hangyeol-remicon", "한결레미콘", 25, 6, ["생산팀", "품질관리팀"],
     [("조예준", "생산팀", []), ("윤수아", "품질관리팀", ["hangyeol-eng:설비팀"])]),
]


def _group(s: Session, actor: StaffUser) -> None:
    """A group of three companies under 한결건설(주), with departments, people and concurrent posts (G1–G2)."""
    from desktop_app.services import groups

    parent = s.query(Account).filter_by(name="한결건설(주)").one()
    companies, paths = {}, {}
    for cid, name, users, cards, depts, _people in _GROUP:
        company = groups.add_company(s, actor, parent.id, cid, name, users, cards,
                                     parent.id if cid == "hangyeol" else None)
        companies[cid] = company
        groups.import_departments(s, actor, company.id, "\n".join(depts))
        for d in s.query(groups.Department).filter_by(company_id=company.id):
            parent_name = s.get_one(groups.Department, d.parent_department_id).name + "/" if d.parent_department_id else ""
            paths[(cid, parent_name + d.name)] = d.id
    for cid, _name, _users, _cards, _depts, people in _GROUP:
        for i, (person, home, posts) in enumerate(people):
            groups.add_employee(s, actor, companies[cid].id, person, f"user{i + 1}@{cid}.co.kr", paths[(cid, home)],
                                [paths[(p.split(":", 1)[0], p.split(":", 1)[1])] for p in posts])


def _billing_history(s: Session, actor: StaffUser, today: dt.date) -> None:
    """Five months of NAVER usage invoices from daily counts, all paid but last month's, half paid and so
    overdue whatever the day (I3, for Today): the history chart (I5) and the estimate (W1) have something
    to show."""
    from desktop_app.models import Site, UsageCount
    from desktop_app.services import billing, invoices
    from desktop_app.settings import Settings

    site = s.query(Site).filter_by(subdomain="hangyeol").one()
    start = (today.replace(day=1) - dt.timedelta(days=150)).replace(day=1)
    day = start
    while day < today:
        s.add(UsageCount(site_id=site.id, day=day, accounts=34 + (day.toordinal() * 7) % 9))
        day += dt.timedelta(days=1)
    s.flush()
    st = Settings()
    firsts: list[dt.date] = []
    first = today.replace(day=1)
    for _ in range(5):
        firsts.insert(0, first)
        first = (first - dt.timedelta(days=1)).replace(day=1)
    issued = []
    for run_date in firsts:
        result = billing.bill_account(s, actor, site.account_id, run_date, st)
        issued += [s.query(invoices.InvoiceRow).filter_by(number=n).one() for n in result.invoices]
    for i, inv in enumerate(issued):
        paid_on = min(inv.issue_date + dt.timedelta(days=9), today)
        amount = inv.total if i != len(issued) - 2 else inv.total // 2
        invoices.record_payment(s, actor, inv.id, inv.version, paid_on, amount, "bank_transfer" if i % 2 else "card")


def _expiring_quote(s: Session, actor: StaffUser, today: dt.date) -> None:
    """A quote for a prospect that expires in five days, for the Today list (D1); the other groups have
    theirs in the accounts above and the billing history."""
    from desktop_app.pricing.orders import Order, SiteOrder
    from desktop_app.services import quotes
    from desktop_app.settings import Settings

    st = Settings()
    order = Order("daouoffice", 12, (SiteOrder("본사", "standard", 40, "service"),), today)
    quotes.create_quote(s, actor, order, {"name": "(주)가람상사", "email": "buy@garam.co.kr"}, st.letterhead(), 5,
                        st.get("payment_terms"))


def _late_incident(s: Session, actor: StaffUser) -> None:
    """An incident of severity 1 opened three hours ago and not resolved: its two-hour clock is breached
    (T2), so Today's support group has an item whatever the hour."""
    from desktop_app.models import Site
    from desktop_app.models.support import StatusChange
    from desktop_app.services import support

    site = s.query(Site).filter_by(subdomain="mirae-edu").one()
    req = support.open_request(s, actor, support.RequestInput(
        kind="incident", account_id=site.account_id, site_id=site.id, severity=1,
        title="메일 수신 지연", description="오전부터 외부 메일이 30분 이상 늦게 들어옵니다."))
    opened = req.opened_at - dt.timedelta(hours=3)
    req.opened_at = opened
    for change in s.query(StatusChange).filter_by(request_id=req.id):
        change.at = opened
