"""Consulting projects from the online-consulting product (domain.md T6), through orders and billing runs."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.errors import ValidationError
from desktop_app.models import Account, InvoiceRow, Site
from desktop_app.models.support import ConsultingProject
from desktop_app.services import billing, orders, support
from desktop_app.services.catalog import catalogs
from desktop_app.services.support import RequestInput
from desktop_app.settings import Settings
from tests.conftest import TODAY
from tests.support.screens import account_version
from tests.support.versions import shown

DAON = "(주)다온물산"  # monthly term, auto-renew, expires 2026-11-28; one site 다온물산 (standard, 25 users)


def daon(db):
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == DAON)).one()
        site = s.scalars(select(Site).where(Site.account_id == acc.id)).one()
        return acc.id, site.id


def set_consulting(desk, db, quantity):
    acc, site = daon(db)
    change = orders.SiteChange(site, "standard", 25, "service", addons={"online-consulting": quantity} if quantity
                               else {}, version=shown(desk, Site, site))
    desk.run(orders.place_order, orders.OrderInput(acc, changes=[change], terms_accepted=True,
                                                   account_version=account_version(desk, acc)))


def projects(db):
    with db.session() as s:
        return [(p.id, p.name, p.status, p.ends_on) for p in s.scalars(select(ConsultingProject))]


def test_T6_the_product_is_a_monthly_sample_priced_catalog_product(db):
    with db.session() as s:
        addon = catalogs(s)["daouoffice"].version_on(TODAY).addons["online-consulting"]
    assert (addon.name, addon.billing, addon.unit_price, addon.sample) == ("온라인 컨설팅", "monthly", 150_000, True)


def test_T6_buying_creates_the_project_and_consulting_requests_need_it(demo_desk, db):
    acc, _ = daon(db)
    with pytest.raises(ValidationError) as refused:
        demo_desk.run(support.open_request, RequestInput("consulting", acc, "결재선 설정 문의"))
    assert "T6" in refused.value.errors["project_id"]
    set_consulting(demo_desk, db, 1)
    ((pid, name, status, ends_on),) = projects(db)
    assert (name, status, ends_on) == ("(주)다온물산 컨설팅 프로젝트", "active", None)
    req = demo_desk.run(support.open_request, RequestInput("consulting", acc, "결재선 설정 문의", project_id=pid))
    assert req.kind == "consulting" and req.project_id == pid


def test_T6_cancelling_keeps_the_project_until_the_paid_period_ends_and_stops_renewal(demo_desk, db):
    set_consulting(demo_desk, db, 1)
    set_consulting(demo_desk, db, 0)  # cancelled before the renewal run
    ((pid, _, status, ends_on),) = projects(db)
    assert (status, ends_on) == ("ending", dt.date(2026, 11, 28))  # the account's paid period ends 2026-11-28
    acc, _ = daon(db)
    demo_desk.run(support.open_request, RequestInput("consulting", acc, "아직 쓸 수 있나요", project_id=pid))
    report = billing.run(db, TODAY, Settings())
    with db.session() as s:
        renewal = s.scalars(select(InvoiceRow).where(InvoiceRow.number.in_(report.invoices),
                                                     InvoiceRow.kind == "renewal",
                                                     InvoiceRow.account_id == acc)).one()
    assert renewal.supply == 100_000  # 25 users × 4,000 won; no consulting line any more
    assert projects(db)[0][2] == "ending"
    billing.run(db, dt.date(2026, 11, 29), Settings())
    assert projects(db)[0][2] == "ended"
    with pytest.raises(ValidationError, match="T6"):
        demo_desk.run(support.open_request, RequestInput("consulting", acc, "끝났나요", project_id=pid))


def test_T6_the_renewal_bills_the_product_while_it_is_kept(demo_desk, db):
    set_consulting(demo_desk, db, 1)
    report = billing.run(db, TODAY, Settings())
    acc, _ = daon(db)
    with db.session() as s:
        renewal = s.scalars(select(InvoiceRow).where(InvoiceRow.number.in_(report.invoices),
                                                     InvoiceRow.kind == "renewal",
                                                     InvoiceRow.account_id == acc)).one()
    assert renewal.supply == 250_000  # 100,000 won of licences + 150,000 won of consulting for the month


def test_T6_buying_again_links_the_old_project(demo_desk, db):
    set_consulting(demo_desk, db, 1)
    set_consulting(demo_desk, db, 0)
    billing.run(db, dt.date(2026, 11, 29), Settings())
    ((pid, _, status, _),) = projects(db)
    assert status == "ended"
    set_consulting(demo_desk, db, 1)
    assert projects(db) == [(pid, "(주)다온물산 컨설팅 프로젝트", "active", None)]
