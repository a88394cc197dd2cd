"""Sites of an account: open, edit, list (domain.md O2, O3, O4, P1, C1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import NotFound, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Feature, NamedUser, SeatChange, Site, SiteState, StaffUser, UserStatus, Vendor
from desktop_app.pricing import limits
from desktop_app.pricing.names import domain_problem, subdomain_problem
from desktop_app.pricing.packages import EDITIONS, FREE, PACKAGES, seats_problem
from desktop_app.services.access import changes
from desktop_app.services.accounts import get_account
from desktop_app.services.audit import record, snapshot
from desktop_app.services.inputs import count_problem, name_problem
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import account_arg, row_arg

_ = texts("sites")

FIELDS = ("name", "vendor", "package", "edition", "users", "state", "admin_name", "admin_login",
          "subdomain", "mail_domain", "opened_on")


@dataclass
class SiteInput:
    name: str
    subdomain: str
    admin_name: str
    admin_login: str
    vendor: str = "daouoffice"
    package: str = FREE
    edition: str | None = "service"
    users: int = 0
    state: str = "active"
    mail_domain: str = ""


@dataclass(frozen=True)
class SiteRow:
    id: int
    version: int
    name: str
    vendor: str
    package: str
    edition: str | None
    users: int
    state: str
    subdomain: str
    admin_name: str
    admin_login: str
    mail_domain: str
    opened_on: dt.date | None
    named_users: int  # active named users


def default_site_name(existing: list[str]) -> str:
    """O3: 회사1, 회사2 … the first number not taken by a site of the account."""
    n = 1
    while f"회사{n}" in existing:
        n += 1
    return f"회사{n}"


def next_site_name(s: Session, account_id: int) -> str:
    names = s.scalars(select(Site.name).where(Site.account_id == account_id)).all()
    return default_site_name(list(names))


def validate(s: Session, data: SiteInput, site: Site | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = _("사이트(회사) 이름을 입력하세요.")
    elif p := name_problem(data.name, _("사이트 이름")):
        errors["name"] = p
    if data.vendor not in PACKAGES:
        errors["vendor"] = _("공급사는 다우오피스(daouoffice) 또는 네이버웍스(naver)입니다.")
    elif data.package not in PACKAGES[data.vendor]:
        errors["package"] = _("패키지는 {choices} 중 하나입니다.", choices=", ".join(PACKAGES[data.vendor]))
    elif EDITIONS[data.vendor] and data.package != FREE and data.edition not in EDITIONS[data.vendor]:
        errors["edition"] = _("유료 패키지는 서비스형 또는 엔터프라이즈형 에디션을 고르세요.")
    if not isinstance(data.users, int) or isinstance(data.users, bool):
        errors["users"] = _("사용자 수는 0 이상의 정수입니다.")
    elif (p := count_problem(data.users, _("사용자 수"), 0, limits.MAX_USERS)) or "package" not in errors and "vendor" not in errors and (p := seats_problem(data.vendor, data.package,
                                                                                        data.users)):
        errors["users"] = p
    if data.state not in {st.value for st in SiteState}:
        errors["state"] = _("알 수 없는 사이트 상태입니다.")
    if not data.admin_name.strip():
        errors["admin_name"] = _("대표 관리자 이름을 입력하세요 (O4).")
    elif p := name_problem(data.admin_name, _("대표 관리자 이름")):
        errors["admin_name"] = p
    if not data.admin_login.strip():
        errors["admin_login"] = _("대표 관리자 로그인 ID를 입력하세요 (O4).")
    sub = data.subdomain.strip()
    if site is not None and site.opened_on is not None and sub != site.subdomain:
        errors["subdomain"] = _("개설된 사이트의 접속 주소는 바꿀 수 없습니다 (O4). 원래 주소로 되돌리세요.")
    elif p := subdomain_problem(sub):
        errors["subdomain"] = _("{problem} (O4)", problem=p)
    else:
        taken = s.scalar(select(Site.id).where(Site.subdomain == sub))
        if taken is not None and (site is None or taken != site.id):
            errors["subdomain"] = _("접속 주소 '{subdomain}' 는 이미 다른 사이트가 쓰고 있습니다. 다른 주소를 고르세요.",
                                     subdomain=sub)
    if data.mail_domain.strip() and (p := domain_problem(data.mail_domain)):
        errors["mail_domain"] = p
    return errors


def _apply(site: Site, data: SiteInput) -> None:
    site.name = data.name.strip()
    site.vendor = Vendor(data.vendor)
    site.package = data.package
    site.edition = data.edition if EDITIONS.get(data.vendor) else None
    site.users = data.users
    site.state = SiteState(data.state)
    site.admin_name = data.admin_name.strip()
    site.admin_login = data.admin_login.strip()
    site.subdomain = data.subdomain.strip()
    site.mail_domain = data.mail_domain.strip().lower()
    if site.opened_on is None and site.state != SiteState.PENDING:
        site.opened_on = clock.today()


@changes(Feature.SITES, account=account_arg())
def create_site(s: Session, actor: StaffUser, account_id: int, data: SiteInput) -> Site:
    account = get_account(s, account_id)
    if errors := validate(s, data):
        raise ValidationError(errors)
    site = Site(account_id=account.id)
    _apply(site, data)
    s.add(site)
    s.flush()
    s.add(SeatChange(site_id=site.id, changed_on=clock.today(), seats_before=0, seats_after=site.users,
                     reason="사이트 개설", staff_id=actor.id))
    record(s, actor, "create", "site", site.id, None, snapshot(site, FIELDS))
    return site


def get_site(s: Session, site_id: int) -> Site:
    site = s.get(Site, site_id)
    if site is None or not site.active:
        raise NotFound(_("그 사이트를 찾을 수 없습니다. 목록을 새로 고치세요."))
    return site


@changes(Feature.SITES, account=row_arg("site_id", "Site"))
def update_site(s: Session, actor: StaffUser, site_id: int, expected_version: int, data: SiteInput,
                reason: str = "") -> Site:
    load_for_change(s, Site, site_id, expected_version)
    site = get_site(s, site_id)  # refused when deactivated
    if errors := validate(s, data, site):
        raise ValidationError(errors)
    before = snapshot(site, FIELDS)
    seats_before = site.users
    _apply(site, data)
    if site.users != seats_before:
        s.add(SeatChange(site_id=site.id, changed_on=clock.today(), seats_before=seats_before,
                         seats_after=site.users, reason=reason or "사이트 정보 수정", staff_id=actor.id))
    s.flush()
    record(s, actor, "update", "site", site.id, before, snapshot(site, FIELDS))
    return site


def site_rows(s: Session, account_id: int) -> list[SiteRow]:
    named = (
        select(NamedUser.site_id, func.count(NamedUser.id).label("n"))
        .where(NamedUser.status == UserStatus.ACTIVE)
        .group_by(NamedUser.site_id)
        .subquery()
    )
    q = (
        select(Site, func.coalesce(named.c.n, 0))
        .outerjoin(named, named.c.site_id == Site.id)
        .where(Site.account_id == account_id, Site.active.is_(True))
        .order_by(Site.id)
    )
    return [
        SiteRow(x.id, x.version, x.name, x.vendor.value, x.package, x.edition, x.users, x.state.value,
                x.subdomain, x.admin_name, x.admin_login, x.mail_domain, x.opened_on, n)
        for x, n in s.execute(q)
    ]


def site_input(site: Site | SiteRow) -> SiteInput:
    """The form values of an existing site (edit dialogs start from these)."""
    vendor = site.vendor if isinstance(site.vendor, str) else site.vendor.value
    state = site.state if isinstance(site.state, str) else site.state.value
    return SiteInput(name=site.name, subdomain=site.subdomain, admin_name=site.admin_name,
                     admin_login=site.admin_login, vendor=vendor, package=site.package, edition=site.edition,
                     users=site.users, state=state, mail_domain=site.mail_domain)
