"""The detail pane's clocks count down with the list's timer without a query; a request edited from the detail
(its type's form, filled), a stale edit refused with the reason. Expected texts written out by hand."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import event, select

from desktop_app import clock
from desktop_app.models import Account, Site
from desktop_app.models.support import SupportRequest
from desktop_app.services import support, support_edit
from desktop_app.services.support import RequestInput
from desktop_app.views.support.view import SupportView

KST = dt.timezone(dt.timedelta(hours=9))


def set_now(text):
    moment = dt.datetime.fromisoformat(text).replace(tzinfo=KST)
    clock.set_clock(lambda: moment)


def hanbit(db):
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        return acc.id, s.scalars(select(Site.id).where(Site.account_id == acc.id).order_by(Site.id)).first()


@pytest.fixture
def view(qtbot, demo_desk):
    v = SupportView(demo_desk)
    qtbot.addWidget(v)
    v.resize(1500, 850)
    v.show()
    return v


def test_the_detail_clocks_count_down_with_the_list_timer_without_a_query(qtbot, view, demo_desk, db):
    acc, site = hanbit(db)
    set_now("2026-11-22T10:00")
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "전원", site_id=site))
    view.reload()
    assert view.select_request(req.id)
    panel = view.detail
    assert panel.clocks.text() == "응답 2026-11-22 10:15 · 0:15:00 남음 (진행)"
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        set_now("2026-11-22T10:12")  # 12 of 15 minutes used: at risk
        qtbot.waitUntil(lambda: panel.clocks.text() == "응답 2026-11-22 10:15 · 0:03:00 남음 (위험)", timeout=3000)
        set_now("2026-11-22T10:16")
        qtbot.waitUntil(lambda: panel.clocks.text() == "응답 2026-11-22 10:15 · 0:01:00 초과 (초과)", timeout=3000)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert statements == []


def test_an_incident_edited_from_the_detail_gets_the_new_severity_due_time(qtbot, view, demo_desk, db):
    acc, site = hanbit(db)
    set_now("2026-11-22T10:00")
    req = demo_desk.run(support.open_request, RequestInput("incident", acc, "메일 장애", site_id=site, severity=4))
    view.reload()
    view.select_request(req.id)
    assert view.detail.clocks.text() == "해결 2026-11-23 10:00 · 24:00:00 남음 (진행)"  # severity 4: 24 hours
    dialog = view.detail.edit(exec_dialog=False)
    assert (dialog.title.text(), dialog.severity.value(), dialog.account.isEnabled()) == ("메일 장애", 4, False)
    dialog.severity.setValue(2)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: "심각도 2" in view.detail.header.text(), timeout=3000)
    assert view.detail.clocks.text() == "해결 2026-11-22 14:00 · 4:00:00 남음 (진행)"  # severity 2: 4 hours


def test_a_stale_edit_from_the_detail_is_refused_with_the_reason(qtbot, view, demo_desk, db):
    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "재부팅", site_id=site))
    view.reload()
    view.select_request(req.id)
    dialog = view.detail.edit(exec_dialog=False)  # the form is filled now …
    with db.session() as s:
        version = s.get(SupportRequest, req.id).version
    demo_desk.run(support_edit.edit_request, req.id, version,  # … another desk edits meanwhile
                  support_edit.RequestEdit("재부팅 (다른 창)"))
    dialog.title.setText("재부팅 (이 창)")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "다른 곳에서 먼저 바뀌었습니다" in dialog.general_error.text()
    with db.session() as s:
        assert s.get(SupportRequest, req.id).title == "재부팅 (다른 창)"


def test_a_deactivated_assignee_stays_in_the_edit_form_unless_changed(qtbot, view, demo_desk, db):
    from desktop_app.models import Feature
    from desktop_app.services import staff

    acc, site = hanbit(db)
    kim = demo_desk.run(staff.add_regular_user, "kim", "김지원", {Feature.SUPPORT})
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "재부팅", site_id=site,
                                                           assignee_id=kim.id))
    demo_desk.run(staff.set_active, kim.id, False)
    view.reload()
    view.select_request(req.id)
    dialog = view.detail.edit(exec_dialog=False)
    assert (dialog.assignee.currentText(), dialog.assignee.currentData()) == ("김지원", kim.id)
    dialog.description.setPlainText("전원 버튼")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        row = s.get(SupportRequest, req.id)
        assert (row.assignee_id, row.description) == (kim.id, "전원 버튼")
