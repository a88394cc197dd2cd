"""Every Qt item model through pytest-qt's model tester, on demo data; sorting by Python values."""

from PySide6.QtCore import Qt

from desktop_app.services import accounts, licences, sites
from desktop_app.views.accounts.detail import site_model
from desktop_app.views.accounts.licences_panel import named_user_model
from desktop_app.views.accounts.view import AccountSearch, account_model
from desktop_app.views.common.rows_model import SORT_ROLE


def test_account_model(qtmodeltester, demo_desk):
    model = account_model()
    model.set_rows(demo_desk.read(accounts.account_rows))
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 2)) == "3"
    assert model.data(model.index(0, 2), SORT_ROLE) == 3
    qtmodeltester.check(model)


def test_site_model(qtmodeltester, demo_desk):
    hanbit = next(r for r in demo_desk.read(accounts.account_rows) if r.site_count == 3)
    model = site_model()
    model.set_rows(demo_desk.read(sites.site_rows, hanbit.id))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 4), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_named_user_model(qtmodeltester, demo_desk):
    model = named_user_model()
    model.set_rows(demo_desk.read(licences.named_users, 1))
    qtmodeltester.check(model)


def test_money_like_columns_sort_by_value_not_text(qtmodeltester, demo_desk):
    model = site_model()
    rows = demo_desk.read(sites.site_rows, 1)
    model.set_rows(rows)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    seats = [model.data(model.index(i, 4), SORT_ROLE) for i in range(model.rowCount())]
    assert seats == sorted(seats) == [12, 20, 45]


def test_filter_keeps_the_model_valid(qtmodeltester, demo_desk):
    model = account_model()
    rows = demo_desk.read(accounts.account_rows)
    model.set_rows(rows)
    model.set_filter(AccountSearch(rows).predicate("hanbit", None))
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_price_panel_model(qtmodeltester, qtbot, demo_desk):
    from desktop_app.views.calculator.view import CalculatorView

    view = CalculatorView(demo_desk)
    qtbot.addWidget(view)
    view.add_company()
    qtmodeltester.check(view.panel.model_)
    assert view.panel.model_.data(view.panel.model_.index(1, 2), Qt.ItemDataRole.UserRole) == 40_000
