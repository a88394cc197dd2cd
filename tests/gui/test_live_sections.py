"""Every open section shows the result of a change made elsewhere, without a restart (MainWindow.changed):
the section on screen at once, a hidden one when it is shown again; the selection and the scroll stay."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from desktop_app import clock
from desktop_app.models import InvoiceRow
from desktop_app.services import accounts, billing, invoices, orders
from desktop_app.services.invoices import InvoiceFilter
from desktop_app.settings import Settings
from desktop_app.views.main_window import MainWindow
from tests.conftest import TODAY
from tests.support.screens import account_version
from tests.support.versions import shown

DAON, HANBIT = "(주)다온물산", "(주)한빛소프트웨어"


@pytest.fixture
def window(qtbot, demo_desk, tmp_path):
    w = MainWindow(demo_desk, Settings(tmp_path / "settings.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    for section in range(w.nav.count()):  # every section built, the accounts shown again
        w.nav.setCurrentRow(section)
    w.nav.setCurrentRow(w.ACCOUNTS)
    return w


def account_id(desk, name):
    return next(r.id for r in desk.read(accounts.account_rows) if r.name == name)


def list_row(window, name):
    return next(r for r in window.accounts.model.rows() if r.name == name)


def test_a_completed_order_shows_its_new_site_in_the_open_accounts_list(qtbot, window, demo_desk):
    hanbit = account_id(demo_desk, HANBIT)
    window.accounts.select_account(hanbit)
    assert list_row(window, HANBIT).site_count == 3 and window.accounts.detail.site_model.rowCount() == 3
    new = orders.NewSite("회사4", "standard", 12, subdomain="hanbit-daejeon", admin_name="박관리", admin_login="admin")
    demo_desk.run(orders.place_order, orders.OrderInput(hanbit, [new], terms_accepted=True,
                                                        account_version=account_version(demo_desk, hanbit)))
    qtbot.waitUntil(lambda: list_row(window, HANBIT).site_count == 4)
    assert window.accounts.selected_id() == hanbit  # the open account stays open …
    assert window.accounts.detail.site_model.rowCount() == 4  # … and shows the new site


def test_paying_an_overdue_renewal_shows_the_sites_active_in_the_open_accounts_view(qtbot, window, demo_desk, db):
    billing.run(db, TODAY, Settings())  # the renewal of 다온물산, due before its expiry
    daon = account_id(demo_desk, DAON)
    [inv] = [r for r in demo_desk.read(invoices.invoice_rows, InvoiceFilter(account_id=daon)) if r.kind == "renewal"]
    expires = demo_desk.read(accounts.get_account, daon).expires_on
    clock.fix_today(expires + dt.timedelta(days=3))
    billing.run(db, clock.today(), Settings())
    qtbot.waitUntil(lambda: list_row(window, DAON).states == "overdue")
    window.accounts.select_account(daon)
    assert [r.state for r in window.accounts.detail.site_model.rows()] == ["overdue"]
    demo_desk.run(invoices.record_payment, inv.id, shown(demo_desk, InvoiceRow, inv.id), clock.today(), inv.total,
                  "virtual_account")
    qtbot.waitUntil(lambda: list_row(window, DAON).states == "active")
    qtbot.waitUntil(lambda: [r.state for r in window.accounts.detail.site_model.rows()] == ["active"])
    assert window.accounts.selected_id() == daon


def test_an_invoice_issued_by_an_order_appears_in_the_open_invoices_view(qtbot, window, demo_desk):
    window.nav.setCurrentRow(window.INVOICES)
    view = window.sections[window.INVOICES]
    qtbot.waitUntil(lambda: not view.loads.busy)
    before = {r.number for r in view.model.rows()}
    view.table.selectRow(0)
    chosen = view.selected()[0].id
    hanbit = account_id(demo_desk, HANBIT)
    new = orders.NewSite("회사4", "standard", 12, subdomain="hanbit-daejeon", admin_name="박관리", admin_login="admin")
    demo_desk.run(orders.place_order, orders.OrderInput(hanbit, [new], terms_accepted=True,
                                                        account_version=account_version(demo_desk, hanbit)))
    qtbot.waitUntil(lambda: len(view.model.rows()) == len(before) + 1)
    [added] = [r for r in view.model.rows() if r.number not in before]
    assert (added.kind, added.account) == ("order", HANBIT)
    assert [r.id for r in view.selected()] == [chosen]  # the selection stayed


def test_a_hidden_section_catches_up_when_it_is_shown(qtbot, window, demo_desk):
    view = window.sections[window.INVOICES]  # built, not shown
    before = len(view.model.rows())
    hanbit = account_id(demo_desk, HANBIT)
    new = orders.NewSite("회사4", "standard", 12, subdomain="hanbit-daejeon", admin_name="박관리", admin_login="admin")
    demo_desk.run(orders.place_order, orders.OrderInput(hanbit, [new], terms_accepted=True,
                                                        account_version=account_version(demo_desk, hanbit)))
    qtbot.waitUntil(lambda: view.follow.stale)
    assert len(view.model.rows()) == before  # nothing read while hidden
    window.nav.setCurrentRow(window.INVOICES)
    qtbot.waitUntil(lambda: len(view.model.rows()) == before + 1)
    assert not view.follow.stale


def test_a_new_account_is_listed_in_the_calculator(qtbot, window, demo_desk):
    window.nav.setCurrentRow(window.CALCULATOR)
    calc = window.sections[window.CALCULATOR]
    calc.account.setCurrentIndex(calc.account.findData(account_id(demo_desk, HANBIT)))
    made = demo_desk.run(accounts.create_account, accounts.AccountInput("가나다 주식회사", "220-81-62517"))
    qtbot.waitUntil(lambda: calc.account.findData(made.id) >= 0)
    assert calc.account.findText("가나다 주식회사") >= 0
    assert calc.account.currentData() == account_id(demo_desk, HANBIT)  # the chosen account stays chosen


def test_a_changed_term_prices_the_open_account_with_the_new_term(qtbot, window, demo_desk):
    window.nav.setCurrentRow(window.CALCULATOR)
    calc = window.sections[window.CALCULATOR]
    daon = account_id(demo_desk, DAON)
    calc.account.setCurrentIndex(calc.account.findData(daon))
    acc = demo_desk.read(accounts.get_account, daon)
    assert calc.term.currentData() == acc.term_months == 1
    calc.grid.rows[0].users.setValue(calc.grid.rows[0].users.value() + 5)  # an unsaved edit on screen
    edited = calc.grid.rows[0].users.value()
    data = accounts.AccountInput(acc.name, acc.business_number, acc.ceo_name, acc.address, acc.phone, acc.email,
                                 acc.pricing_policy.value, 12, acc.auto_renew, acc.expires_on)
    demo_desk.run(accounts.update_account, daon, acc.version, data)
    qtbot.waitUntil(lambda: calc.term.currentData() == 12)
    assert calc.context.term_months == 12 and calc.months.value() == 12
    assert calc.priced_input().term_months == 12
    assert calc.grid.rows[0].users.value() == edited  # the user's rows stay as they were


def test_a_change_from_another_workstation_refreshes_the_sections(qtbot, window, demo_desk, db):
    """Team mode: another Desk on the same database file commits, and its change arrives as a `changed` with that
    workstation's origin (simulated here by emitting it); the sections read again."""
    from desktop_app.db import open_database
    from desktop_app.services.desk import Desk

    other_db = open_database(db.url)
    try:
        heard = []
        other_db.listeners.append(heard.append)
        other = Desk(other_db)
        hanbit = account_id(demo_desk, HANBIT)
        acc = other.read(accounts.get_account, hanbit)
        data = accounts.AccountInput("한빛소프트(주)", acc.business_number, acc.ceo_name, acc.address, acc.phone,
                                     acc.email, acc.pricing_policy.value, acc.term_months, acc.auto_renew,
                                     acc.expires_on)
        other.run(accounts.update_account, hanbit, acc.version, data)
        assert heard and "accounts" in heard[0].kinds
        assert HANBIT in [r.name for r in window.accounts.model.rows()]  # this window heard nothing yet
        window.changed.emit(dataclasses.replace(heard[0], origin="W02"))
        qtbot.waitUntil(lambda: "한빛소프트(주)" in [r.name for r in window.accounts.model.rows()])
        calc = window.sections[window.CALCULATOR]
        assert calc.follow.stale  # hidden: it reads again when shown
        window.nav.setCurrentRow(window.CALCULATOR)
        assert calc.account.findText("한빛소프트(주)") >= 0
    finally:
        other_db.dispose()
