"""Issue 13 item 18: terminating a site (W5) names the consequences, asks for the site's name typed in, is
recorded in the audit log with who and when, and the terminated site takes no order (O2)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import Account, AuditEntry, OrderRow, Site
from desktop_app.pricing.orders import Refused
from desktop_app.services import orders
from desktop_app.views.accounts.detail import AccountDetail
from desktop_app.views.accounts.terminate_dialog import TerminateSiteDialog
from tests.conftest import count, type_text
from tests.support.screens import account_version


def test_terminating_a_site_asks_for_its_name_and_is_audited(qtbot, demo_desk, db, monkeypatch):
    detail = AccountDetail(demo_desk)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_account(2)  # 대성정밀: one paid site
    detail.sites.selectRow(0)
    site = detail.selected_site()
    assert detail.terminate_button.isEnabled()
    seen = {}

    def drive(dialog):
        seen["warning"] = dialog.findChild(type(dialog.general_error), "terminate_warning").text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and not ok.isDefault()
        type_text(qtbot, dialog.confirm, site.name[:-1])
        assert not ok.isEnabled()  # not the whole name
        type_text(qtbot, dialog.confirm, site.name[-1])
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TerminateSiteDialog, "exec", drive)
    assert detail.terminate_site()
    assert "로그인이 막힙니다" in seen["warning"] and "데이터를 삭제합니다" in seen["warning"]
    assert site.name in seen["warning"]
    with db.session() as s:
        assert s.get(Site, site.id).state.value == "terminated"
        entry = s.query(AuditEntry).filter_by(action="terminate", entity="site", entity_id=site.id).one()
        assert entry.staff_id == demo_desk.actor.id and entry.at is not None
        assert entry.after["state"] == "terminated"
        assert entry.at.date() >= dt.date(2026, 1, 1)
    assert detail.site_model.row(0).state == "terminated" and not detail.terminate_button.isEnabled()
    # a terminated site takes no order (O2)
    with db.session() as s:
        change = orders.change_from_site(s.get(Site, site.id), users=site.users + 5)
    with pytest.raises(Refused) as refused:
        demo_desk.run(orders.place_order, orders.OrderInput(2, changes=[change], terms_accepted=True,
                                                            account_version=account_version(demo_desk, 2)))
    assert [p.rule for p in refused.value.problems] == ["O2"]
    assert "해지된 사이트는 주문할 수 없습니다" in refused.value.problems[0].message
    assert count(db, OrderRow) == 0


def test_a_wrong_name_is_refused_by_the_service_and_nothing_changes(demo_desk, db):
    from desktop_app.errors import ValidationError
    from desktop_app.services.site_termination import terminate_site

    with db.session() as s:
        site = s.get(Account, 2).sites[0]
        site_id, version, name = site.id, site.version, site.name
    with pytest.raises(ValidationError) as refused:
        demo_desk.run(terminate_site, site_id, version, "아무 이름")
    assert name in refused.value.errors["confirm_name"]
    with db.session() as s:
        assert s.get(Site, site_id).state.value != "terminated"
        assert s.query(AuditEntry).filter_by(action="terminate").count() == 0
