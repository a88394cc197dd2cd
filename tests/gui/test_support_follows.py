"""The support section follows changes of data (MainWindow.changed, issue 12): a request opened in another
session appears in the open list, and a status changed there shows in the list and the open detail, without a
manual refresh; the selection stays. (Changes from another workstation arrive as the same `changed` signal
through NOTIFY, tests/team/test_live_window.py.)"""

import datetime as dt

from PySide6.QtCore import QSettings
from sqlalchemy import select

from desktop_app import clock
from desktop_app.models import Account, Site
from desktop_app.services import support
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.main_window import MainWindow

KST = dt.timezone(dt.timedelta(hours=9))


def rows(view):
    return {view.model.row(r).title: view.model.row(r).status for r in range(view.model.rowCount())}


def test_the_open_support_list_follows_requests_changed_in_another_session(qtbot, demo_desk, db, tmp_path):
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 10, 0, tzinfo=KST))
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        acc_id = acc.id
        site_id = s.scalars(select(Site.id).where(Site.account_id == acc.id).order_by(Site.id)).first()
    first = demo_desk.run(support.open_request, support.RequestInput(
        "incident", acc_id, "메일 발송 장애", site_id=site_id, severity=3))
    window = MainWindow(demo_desk, Settings(tmp_path / "settings.json"),
                        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    other = Desk(db)  # another staff session on the same database
    try:
        window.nav.setCurrentRow(window.SUPPORT)
        view = window.sections[window.SUPPORT]
        assert view.select_request(first.id)
        assert rows(view)["메일 발송 장애"] == "open"

        # opened elsewhere: it appears in the open list
        second = other.run(support.open_request, support.RequestInput(
            "remote_hands", acc_id, "서버 전원 재시작", "전원 버튼을 눌러 주세요", site_id=site_id))
        qtbot.waitUntil(lambda: "서버 전원 재시작" in rows(view), timeout=20_000)
        assert rows(view)["서버 전원 재시작"] == "open"
        assert view.selected_id() == first.id  # the selection stays

        # the selected request moved elsewhere: the list and the open detail show the new status
        other.run(support.change_status, first.id, "in_progress")
        qtbot.waitUntil(lambda: rows(view)["메일 발송 장애"] == "in_progress", timeout=20_000)
        assert view.selected_id() == first.id
        assert view.detail.request_id == first.id and view.detail.detail.row.status == "in_progress"
        assert "처리 중" in view.detail.header.text()
        assert second.id != first.id
    finally:
        window.close()


def test_a_hidden_support_section_reloads_when_shown_again(qtbot, demo_desk, db, tmp_path):
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 10, 0, tzinfo=KST))
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        acc_id = acc.id
        site_id = s.scalars(select(Site.id).where(Site.account_id == acc.id).order_by(Site.id)).first()
    window = MainWindow(demo_desk, Settings(tmp_path / "settings.json"),
                        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.SUPPORT)
    view = window.sections[window.SUPPORT]
    window.nav.setCurrentRow(window.TODAY)  # the support section built, then hidden
    Desk(db).run(support.open_request, support.RequestInput(
        "incident", acc_id, "백업 실패", site_id=site_id, severity=2))
    qtbot.waitUntil(lambda: view.follow.stale, timeout=5000)  # noted, not read while hidden
    assert "백업 실패" not in rows(view)
    window.nav.setCurrentRow(window.SUPPORT)
    assert rows(view)["백업 실패"] == "open"
    window.close()
