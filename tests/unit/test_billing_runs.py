"""Billing runs and payments on accounts made for each case (C1, C3, C4, O2, W1, W4, I2, I3), on a real
SQLite file. Every expected amount and date is worked out by hand from domain.md and the catalog's prices
(service Standard 4,000; ehr 1,000 a user; storage-10gb 10,000; approval-doc 300,000 once; NAVER WORKPLACE
3,000 a user a month; extra storage 60,000 a TB a month). Renewal lead and due days: 14 (the settings' default)."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app import clock
from desktop_app.errors import ValidationError
from desktop_app.models import (
    Account,
    InvoiceRow,
    NamedUser,
    PricingPolicy,
    Site,
    SiteState,
    UsageCount,
    UserStatus,
    Vendor,
)
from desktop_app.services import billing, invoices
from desktop_app.services.invoices import InvoiceFilter
from desktop_app.settings import Settings
from tests.conftest import TODAY
from tests.support.versions import shown

D = dt.date


def make_account(db, expires_on, term=1, auto_renew=True, name="한빛상사", sites=()):
    """An account with its sites: each site a dict of Site columns (vendor, package, users, state …)."""
    with db.session() as s:
        acc = Account(name=name, business_number="2208162517", pricing_policy=PricingPolicy("4.0"),
                      term_months=term, auto_renew=auto_renew, expires_on=expires_on)
        s.add(acc)
        s.flush()
        for i, kw in enumerate(sites):
            kw = {"vendor": Vendor.DAOUOFFICE, "package": "standard", "edition": "service", "users": 20,
                  "state": SiteState.ACTIVE, **kw}
            s.add(Site(account_id=acc.id, name=f"회사{i + 1}", subdomain=f"{name_key(name)}-{i + 1}",
                       admin_name="김관리", admin_login="admin", **kw))
        return acc.id


def name_key(name):
    return "a" + str(abs(hash(name)) % 10**8)


def run(db, day):
    return billing.run(db, day, Settings())


def invoices_of(db, account_id):
    with db.session() as s:
        rows = s.scalars(select(InvoiceRow).where(InvoiceRow.account_id == account_id).order_by(InvoiceRow.id))
        return [(r.number, r.kind, r.status) for r in rows]


def the_invoice(db, account_id, kind="renewal"):
    with db.session() as s:
        return s.scalars(select(InvoiceRow).where(InvoiceRow.account_id == account_id,
                                                  InvoiceRow.kind == kind)).one()


def states(db, account_id):
    with db.session() as s:
        return [x.state.value for x in s.get(Account, account_id).sites]


def expiry(db, account_id):
    with db.session() as s:
        return s.get(Account, account_id).expires_on


# --- C4: renewals ----------------------------------------------------------------------------------------

def test_c4_the_renewal_keeps_every_monthly_and_per_licence_addon(desk, db):
    acc = make_account(db, D(2026, 12, 5), sites=[{"addons": {"ehr": 1, "storage-10gb": 2, "approval-doc": 1}}])
    report = run(db, TODAY)  # the next term starts 2026-12-06; 14 days before it is 2026-11-22
    assert report.failures == [] and len(report.invoices) == 1
    inv = the_invoice(db, acc)
    assert (inv.period_from, inv.period_to) == (D(2026, 12, 6), D(2027, 1, 5))
    # licence 20 × 4,000 = 80,000; ehr 20 × 1,000 = 20,000; storage 2 × 10,000 = 20,000; the one-time
    # approval-doc was paid when it was bought and is not charged again
    assert (inv.supply, inv.vat, inv.total) == (120_000, 12_000, 132_000)
    amounts = [(ln.get("rule", ""), ln["amount"]) for ln in inv.content["sites"][0]["lines"]]
    assert sorted(a for _, a in amounts) == [20_000, 20_000, 80_000]
    assert (inv.issue_date, inv.due_date) == (TODAY, D(2026, 12, 6))


def test_c4_a_renewal_is_not_invoiced_before_its_lead_days(desk, db):
    acc = make_account(db, D(2026, 12, 5), sites=[{}])
    assert run(db, D(2026, 11, 20)).invoices == []
    assert run(db, D(2026, 11, 21)).invoices == []  # 15 days before 2026-12-06
    assert invoices_of(db, acc) == []
    [number] = run(db, TODAY).invoices
    assert invoices_of(db, acc) == [(number, "renewal", "unpaid")]
    assert run(db, D(2026, 11, 23)).invoices == []  # never twice for one term


def test_c4_a_twelve_month_renewal_from_a_leap_day(desk, db):
    acc = make_account(db, D(2028, 2, 28), term=12, sites=[{"users": 31}])
    clock.fix_today(D(2028, 2, 15))
    run(db, D(2028, 2, 15))  # 14 days before 2028-02-29
    inv = the_invoice(db, acc)
    assert (inv.period_from, inv.period_to) == (D(2028, 2, 29), D(2029, 2, 27))
    # 31 users × 4,000 × 12 = 1,488,000; volume 2,400; annual 5 % of 1,485,600 = 74,280
    assert inv.supply == 1_411_320


def test_c4_pending_sites_become_active_on_their_first_day(desk, db):
    acc = make_account(db, D(2026, 12, 31), sites=[{}, {"state": SiteState.PENDING, "active_from": D(2026, 11, 23)},
                                                  {"state": SiteState.PENDING, "active_from": D(2026, 11, 30)}])
    report = run(db, TODAY)
    assert states(db, acc) == ["active", "pending", "pending"] and report.states == 0
    report = run(db, D(2026, 11, 23))
    assert states(db, acc) == ["active", "active", "pending"] and report.states == 1
    run(db, D(2026, 11, 30))
    assert states(db, acc) == ["active", "active", "active"]


# --- C3: accounts that do not renew ----------------------------------------------------------------------

def test_c3_sites_of_a_non_renewing_account_expire_the_day_after_expiry_without_an_invoice(desk, db):
    acc = make_account(db, D(2026, 11, 30), auto_renew=False, sites=[{}, {"state": SiteState.OVERDUE}])
    run(db, TODAY)
    run(db, D(2026, 11, 30))
    assert states(db, acc) == ["active", "overdue"]
    report = run(db, D(2026, 12, 1))
    assert states(db, acc) == ["expired", "expired"] and report.states == 2
    assert invoices_of(db, acc) == [] and expiry(db, acc) == D(2026, 11, 30)


def test_o2_an_auto_renew_account_unpaid_goes_overdue_then_expired(desk, db):
    acc = make_account(db, D(2026, 11, 30), sites=[{}])
    run(db, D(2026, 12, 1))
    assert states(db, acc) == ["overdue"]
    run(db, D(2026, 12, 14))  # day 14 after expiry
    assert states(db, acc) == ["overdue"]
    run(db, D(2026, 12, 15))
    assert states(db, acc) == ["expired"]


# --- W1, W4: NAVER WORKPLACE usage -----------------------------------------------------------------------

def naver_site(**kw):
    return {"vendor": Vendor.NAVER, "package": "workplace", "edition": None, "users": 25, **kw}


def test_w1_a_run_records_the_day_count_once_from_the_active_named_users(desk, db):
    acc = make_account(db, None, sites=[naver_site(), naver_site()])
    with db.session() as s:
        first, second = s.get(Account, acc).sites
        for i, status in enumerate([UserStatus.ACTIVE, UserStatus.ACTIVE, UserStatus.INACTIVE]):
            s.add(NamedUser(site_id=first.id, name=f"사용자{i}", email=f"u{i}@hanbit.co.kr", status=status))
        ids = first.id, second.id
    run(db, TODAY)
    run(db, TODAY)
    with db.session() as s:
        counts = sorted((c.site_id, c.day, c.accounts) for c in s.scalars(select(UsageCount)))
    # two active named users on the first site; no named users on the second: its 25 seats
    assert counts == [(ids[0], TODAY, 2), (ids[1], TODAY, 25)]


def usage_account(db, storage_tb=0):
    acc = make_account(db, None, sites=[naver_site(extra_storage_tb=storage_tb)])
    with db.session() as s:
        site_id = s.get(Account, acc).sites[0].id
        s.add(UsageCount(site_id=site_id, day=D(2026, 10, 31), accounts=1_000))  # October: not this bill
        for day in range(1, 31):
            s.add(UsageCount(site_id=site_id, day=D(2026, 11, day), accounts=60 if day == 30 else 30))
    return acc


def test_w1_the_usage_bill_covers_the_whole_month_to_its_last_day(desk, db):
    acc = usage_account(db)
    report = run(db, D(2026, 12, 1))
    inv = the_invoice(db, acc, "usage")
    assert inv.number in report.invoices
    assert (inv.period_from, inv.period_to) == (D(2026, 11, 1), D(2026, 11, 30))
    # 29 days × 30 × 3,000 ÷ 30 = 87,000 and 2026-11-30: 60 × 3,000 ÷ 30 = 6,000
    assert (inv.supply, inv.vat, inv.total) == (93_000, 9_300, 102_300)
    [line] = inv.content["sites"][0]["lines"]
    assert (line["rule"], line["amount"]) == ("W1", 93_000)
    assert run(db, D(2026, 12, 2)).invoices == []  # one bill a month


def test_w4_extra_storage_is_billed_with_the_usage(desk, db):
    acc = usage_account(db, storage_tb=2)
    run(db, D(2026, 12, 1))
    inv = the_invoice(db, acc, "usage")
    storage = [ln for ln in inv.content["sites"][0]["lines"] if ln["rule"] == "W4"]
    assert [ln["amount"] for ln in storage] == [120_000]  # 2 TB × 60,000
    assert inv.supply == 213_000  # 93,000 + 120,000


def test_w1_the_estimate_covers_the_first_of_this_month_to_yesterday(desk, db):
    usage_account(db)
    clock.fix_today(D(2026, 11, 11))
    with db.session() as s:
        est = billing.estimate_next_month(s, clock.today())
    assert (est.first, est.last) == (D(2026, 11, 1), D(2026, 11, 10))
    assert (est.supply, est.total) == (30_000, 33_000)  # 10 days × 30 × 3,000 ÷ 30
    with db.session() as s:
        assert billing.estimate_next_month(s, D(2026, 12, 1)) is None


# --- payments and the one expiry (C1, I3) ---------------------------------------------------------------

def renewal(desk, db, expires_on=D(2026, 12, 5)):
    acc = make_account(db, expires_on, sites=[{}])
    run(db, TODAY)
    return acc, the_invoice(db, acc)  # 80,000 + VAT 8,000 = 88,000, for 2026-12-06 to 2027-01-05


def pay(desk, invoice_id, amount, day=TODAY):
    return desk.run(invoices.record_payment, invoice_id, shown(desk, InvoiceRow, invoice_id), day, amount, "card")


def test_c1_a_partial_payment_leaves_the_expiry_and_the_full_payment_moves_it(desk, db):
    acc, inv = renewal(desk, db)
    assert inv.total == 88_000
    pay(desk, inv.id, 87_999)
    assert expiry(db, acc) == D(2026, 12, 5)
    assert the_invoice(db, acc).status == "partial"
    pay(desk, inv.id, 1)
    assert expiry(db, acc) == D(2027, 1, 5) and the_invoice(db, acc).status == "paid"


def test_c1_a_payment_never_moves_the_expiry_backwards(desk, db):
    acc, inv = renewal(desk, db)
    with db.session() as s:
        s.get(Account, acc).expires_on = D(2027, 3, 5)  # extended by an order meanwhile
    pay(desk, inv.id, 88_000)
    assert expiry(db, acc) == D(2027, 3, 5)


def test_paying_a_renewal_brings_overdue_sites_back_but_not_expired_ones(desk, db):
    acc = make_account(db, D(2026, 12, 5), sites=[{}, {"state": SiteState.EXPIRED}])
    run(db, TODAY)
    run(db, D(2026, 12, 6))
    assert states(db, acc) == ["overdue", "expired"]
    clock.fix_today(D(2026, 12, 6))
    pay(desk, the_invoice(db, acc).id, 88_000, D(2026, 12, 6))
    assert states(db, acc) == ["active", "expired"]


def test_i2_a_void_invoice_takes_no_payment(desk, db):
    acc, inv = renewal(desk, db)
    desk.run(invoices.correct_invoice, inv.id, shown(desk, InvoiceRow, inv.id), "사용자 수 오류", None, Settings())
    with pytest.raises(ValidationError) as err:
        pay(desk, inv.id, 1_000)
    assert "취소(정정)된 청구서" in err.value.errors["amount"]
    assert (the_invoice(db, acc).paid, expiry(db, acc)) == (0, D(2026, 12, 5))


def test_i2_a_credit_note_prints_every_line_negative(desk, db):
    acc, inv = renewal(desk, db)
    credit, _ = desk.run(invoices.correct_invoice, inv.id, shown(desk, InvoiceRow, inv.id), "사용자 수 오류", None, Settings())
    with db.session() as s:
        note = s.get(InvoiceRow, credit.id)
        assert (note.kind, note.status, note.supply, note.vat, note.total) == ("credit", "paid", -80_000, -8_000,
                                                                                 -88_000)
        [site] = note.content["sites"]
        assert site["subtotal"] == -80_000 and [ln["amount"] for ln in site["lines"]] == [-80_000]
        assert note.content["total_in_words"] == "일금 팔만팔천원정" and note.content["corrects"] == inv.number
        assert note.due_date == note.issue_date == TODAY


def test_i3_an_invoice_is_not_overdue_on_its_due_date(desk, db):
    acc, inv = renewal(desk, db)
    assert inv.due_date == D(2026, 12, 6)
    clock.fix_today(D(2026, 12, 6))
    assert [r.status for r in desk.read(invoices.invoice_rows)] == ["unpaid"]
    assert desk.read(invoices.invoice_rows, InvoiceFilter(status="overdue")) == []
    assert [r.number for r in desk.read(invoices.invoice_rows, InvoiceFilter(status="unpaid"))] == [inv.number]
    clock.fix_today(D(2026, 12, 7))
    assert [r.status for r in desk.read(invoices.invoice_rows)] == ["overdue"]
    assert [r.number for r in desk.read(invoices.invoice_rows, InvoiceFilter(status="overdue"))] == [inv.number]
    assert desk.read(invoices.invoice_rows, InvoiceFilter(status="unpaid")) == []


def test_i3_the_status_filter_finds_the_partly_paid_invoice(desk, db):
    acc, inv = renewal(desk, db)
    other = make_account(db, D(2026, 12, 5), name="다온물산", sites=[{}])
    run(db, TODAY)
    pay(desk, inv.id, 8_000)
    partial = desk.read(invoices.invoice_rows, InvoiceFilter(status="partial"))
    assert [(r.number, r.paid, r.status) for r in partial] == [(inv.number, 8_000, "partial")]
    unpaid = desk.read(invoices.invoice_rows, InvoiceFilter(status="unpaid"))
    assert [r.account_id for r in unpaid] == [other]


def test_i3_the_due_date_filter_includes_both_ends(desk, db):
    acc, inv = renewal(desk, db)
    assert [r.number for r in desk.read(invoices.invoice_rows, InvoiceFilter(due_from=D(2026, 12, 6),
                                                                                 due_to=D(2026, 12, 6)))] == [inv.number]
    assert desk.read(invoices.invoice_rows, InvoiceFilter(due_from=D(2026, 12, 7))) == []
    assert desk.read(invoices.invoice_rows, InvoiceFilter(due_to=D(2026, 12, 5))) == []


# --- the run itself ---------------------------------------------------------------------------------------

def test_a_run_bills_accounts_in_order_audits_as_the_owner_and_sums_its_report(desk, db):
    first = make_account(db, D(2026, 12, 5), sites=[{}, {"state": SiteState.PENDING, "active_from": TODAY}])
    second = make_account(db, D(2026, 12, 5), name="다온물산",
                          sites=[{"state": SiteState.PENDING, "active_from": TODAY}])
    report = run(db, TODAY)
    assert report.run_date == TODAY and report.failures == [] and report.stopped_after is None
    assert report.invoices == ["INV-2026-000001", "INV-2026-000002"] and report.states == 2
    assert [n for n, *_ in invoices_of(db, first)] == ["INV-2026-000001"]
    assert [n for n, *_ in invoices_of(db, second)] == ["INV-2026-000002"]
    inv = the_invoice(db, first)
    assert inv.staff_id == desk.actor.id
    assert report.lines()[0] == "2026-11-22 청구 실행: 청구서 2건 발행, 사이트 상태 2건 변경."
    assert report.lines()[1:] == ["  발행 INV-2026-000001", "  발행 INV-2026-000002"]


def test_a_cancelled_run_stops_after_whole_accounts_and_the_next_run_does_the_rest(desk, db):
    first = make_account(db, D(2026, 12, 5), sites=[{}])
    second = make_account(db, D(2026, 12, 5), name="다온물산", sites=[{}])
    told = []

    def progress(done, total):
        told.append((done, total))
        return done < 1

    report = billing.run(db, TODAY, Settings(), progress)
    assert told == [(0, 2), (1, 2)] and report.stopped_after == 1
    assert (len(invoices_of(db, first)), len(invoices_of(db, second))) == (1, 0)
    assert report.lines()[1] == ("  1개 계정을 처리한 뒤 멈췄습니다. 다시 실행하면 나머지를 처리합니다 "
                                 "(이미 발행한 것은 다시 발행하지 않습니다).")
    again = billing.run(db, TODAY, Settings(), lambda done, total: True)
    assert again.stopped_after is None and len(again.invoices) == 1 and len(invoices_of(db, second)) == 1


def test_a_failing_account_is_reported_and_the_next_is_still_billed(desk, db):
    bad = make_account(db, D(2026, 12, 5), sites=[{"package": "platinum"}])
    good = make_account(db, D(2026, 12, 5), name="다온물산", sites=[{}])
    bad_site = make_account(db, D(2026, 12, 5), name="온누리", sites=[{"addons": {"gold-support": 1}}])
    report = run(db, TODAY)
    assert [name for name, _ in report.failures] == ["한빛상사", "온누리"]
    assert all(why for _, why in report.failures)
    assert invoices_of(db, bad) == [] and invoices_of(db, bad_site) == [] and len(invoices_of(db, good)) == 1
    assert report.lines()[-1].startswith("  실패 온누리: ") and "아무것도 바뀌지 않았습니다" in report.lines()[-1]


def test_k1_a_renewal_is_priced_at_the_catalog_version_in_force_when_its_term_starts(desk, db):
    from desktop_app.services import catalog

    desk.run(catalog.add_price_version, "daouoffice", D(2026, 12, 1), {("licence", "service/standard"): 4_400})
    acc = make_account(db, D(2026, 12, 5), sites=[{}])
    run(db, TODAY)
    assert the_invoice(db, acc).supply == 88_000  # 20 × 4,400 from 2026-12-01


def test_w1_counts_are_taken_each_day_per_site(desk, db):
    make_account(db, None, sites=[naver_site(users=25), naver_site(users=40)])
    run(db, TODAY)
    run(db, D(2026, 11, 23))
    with db.session() as s:
        counts = sorted((c.day, c.accounts) for c in s.scalars(select(UsageCount)))
    assert counts == [(TODAY, 25), (TODAY, 40), (D(2026, 11, 23), 25), (D(2026, 11, 23), 40)]


def test_w1_each_site_is_billed_from_its_own_counts_and_closed_sites_are_left_out(desk, db):
    acc = make_account(db, None, sites=[naver_site(), naver_site(), naver_site(state=SiteState.EXPIRED)])
    with db.session() as s:
        a, b, closed = s.get(Account, acc).sites
        for day in range(1, 31):
            s.add(UsageCount(site_id=a.id, day=D(2026, 11, day), accounts=30))
            s.add(UsageCount(site_id=b.id, day=D(2026, 11, day), accounts=60))
            s.add(UsageCount(site_id=closed.id, day=D(2026, 11, day), accounts=300))
    run(db, D(2026, 12, 1))
    inv = the_invoice(db, acc, "usage")
    assert [(x["name"], x["subtotal"]) for x in inv.content["sites"]] == [("회사1", 90_000), ("회사2", 180_000)]
    assert inv.supply == 270_000  # 30 and 60 accounts × 3,000 for the whole month
    with db.session() as s:
        s.get(Account, acc).sites[1].active = False  # a deactivated site is not estimated either
    clock.fix_today(D(2026, 11, 11))
    with db.session() as s:
        assert billing.estimate_next_month(s, D(2026, 11, 11)).supply == 30_000  # 10 days of 회사1 only


def test_w1_the_usage_invoice_says_what_it_bills_and_who_issued_it(desk, db):
    acc = make_account(db, None, sites=[naver_site(), naver_site(extra_storage_tb=1)])
    with db.session() as s:
        _, site = s.get(Account, acc).sites  # the first site has no counts: it is left out, the second billed
        for day in range(1, 31):
            s.add(UsageCount(site_id=site.id, day=D(2026, 11, day), accounts=30 if day <= 15 else 31))
    run(db, D(2026, 12, 1))
    inv = the_invoice(db, acc, "usage")
    assert inv.staff_id == desk.actor.id and inv.content["notes"] == "2026년 11월 사용분 (일별 등록 계정 기준, W1)"
    [billed] = inv.content["sites"]
    # 15 days × 30 + 15 days × 31 = 915 account-days × 3,000 ÷ 30 = 91,500; average 30.5 a day
    assert billed == {"name": "회사2", "subtotal": 151_500, "lines": [
        {"label": "WORKPLACE 사용료: 30일, 일평균 30.5명 × 월 3,000원 (일할)", "rule": "W1", "amount": 91_500},
        {"label": "추가 공용 저장공간 1TB × 60,000원", "rule": "W4", "amount": 60_000}]}
    with db.session() as s:
        from desktop_app.models import AuditEntry

        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "issue")).one()
        assert (entry.staff_id, entry.entity_id) == (desk.actor.id, inv.id)


def test_w1_a_month_of_zero_counts_issues_no_invoice(desk, db):
    acc = make_account(db, None, sites=[naver_site()])
    with db.session() as s:
        site = s.get(Account, acc).sites[0]
        for day in range(1, 31):
            s.add(UsageCount(site_id=site.id, day=D(2026, 11, day), accounts=0))
    assert run(db, D(2026, 12, 1)).invoices == [] and invoices_of(db, acc) == []


def test_a_refusal_with_several_problems_is_reported_whole(desk, db):
    make_account(db, D(2026, 12, 5), sites=[{"package": "platinum"}, {"package": "gold"}])
    [(name, why)] = run(db, TODAY).failures
    assert name == "한빛상사" and why.count("알 수 없는 패키지") == 2 and "; " in why


def test_k1_a_renewal_before_the_first_catalog_version_is_a_reported_failure(desk, db):
    acc = make_account(db, D(2023, 6, 30), sites=[{"addons": {"approval-doc": 1}}])  # prices start 2024-01-01
    report = run(db, TODAY)
    assert [name for name, _ in report.failures] == ["한빛상사"] and "2023-07-01" in report.failures[0][1]
    assert invoices_of(db, acc) == []
