"""The catalog view (K1, K3, K4) and discount codes (P5) as a user works with them."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import CatalogVersionRow, DiscountCodeRow, Feature
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from desktop_app.views.catalog.code_dialog import CodeDialog
from desktop_app.views.catalog.discounts_view import DiscountsView
from desktop_app.views.catalog.view import CatalogView, PriceVersionDialog
from tests.conftest import TODAY, count, type_text


def test_k4_catalog_view_marks_sample_prices(qtbot, desk):
    view = CatalogView(desk)
    qtbot.addWidget(view)
    rows = {view.model.data(view.model.index(i, 0)): view.model.data(view.model.index(i, 3))
            for i in range(view.model.rowCount())}
    assert rows["서비스형 스탠다드"] == "공식 가격"
    assert rows["추가 저장공간 10GB"] == "표본값 (sample)"
    view.catalog.setCurrentIndex(view.catalog.findData("naver"))
    assert all(view.model.data(view.model.index(i, 3)) == "표본값 (sample)" for i in range(view.model.rowCount()))


def test_k1_new_price_version_from_a_date_keeps_the_old_one(qtbot, desk, db):
    view = CatalogView(desk)
    qtbot.addWidget(view)
    rows = [view.model.row(i) for i in range(view.model.rowCount())]
    dialog = PriceVersionDialog(desk, "daouoffice", rows)
    qtbot.addWidget(dialog)
    dialog.spins[0].setValue(4_200)
    dialog.submit()
    assert dialog.result() == 1 and count(db, CatalogVersionRow) == 1
    view.reload()
    assert view.version.count() == 2
    view.version.setCurrentIndex(view.version.findData((TODAY + dt.timedelta(days=1)).isoformat()))
    assert view.model.data(view.model.index(0, 2)) == "4,200원"
    assert view.model.data(view.model.index(0, 3)) == "공식 가격"
    view.version.setCurrentIndex(view.version.findData("2024-01-01"))
    assert view.model.data(view.model.index(0, 2)) == "4,000원"


def test_k3_without_the_catalog_permission_the_button_says_why(qtbot, desk, db):
    clerk = desk.run(add_regular_user, "sales", "영업", {Feature.ORDERS})
    view = CatalogView(Desk(db, clerk))
    qtbot.addWidget(view)
    assert not view.new_button.isEnabled() and "K3" in view.new_button.toolTip()


def test_p5_codes_are_created_with_errors_at_the_field(qtbot, desk, db, monkeypatch):
    view = DiscountsView(desk)
    qtbot.addWidget(view)

    def fill(dialog):
        type_text(qtbot, dialog.code, "SUMMER 26")
        dialog.value.clear()
        type_text(qtbot, dialog.value, "150")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.error_text("code") and "100" in dialog.error_text("value")
        assert count(db, DiscountCodeRow) == 0
        dialog.code.clear()
        type_text(qtbot, dialog.code, "summer-26")
        dialog.value.clear()
        type_text(qtbot, dialog.value, "15")
        dialog.max_uses.setValue(100)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CodeDialog, "exec", fill)
    view.new_action.trigger()
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0)) == "SUMMER-26"
    assert view.model.data(view.model.index(0, 1)) == "15%"
    assert view.model.data(view.model.index(0, 3)) == "0 / 100"
