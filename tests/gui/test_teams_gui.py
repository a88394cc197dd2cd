"""조직 (teams, T4) in the staff section: a team created, a member added, the team renamed and a request shared
with it from the support detail; its member then finds the request among those shared with them. A user
without the `staff` permission is refused by the service, naming it (S4)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from desktop_app.errors import PermissionDenied
from desktop_app.models import Account, AuditEntry, Feature, Site
from desktop_app.services import support, support_list, teams
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from desktop_app.services.support import RequestInput
from desktop_app.services.support_list import RequestFilter
from desktop_app.views.staff.view import StaffView
from desktop_app.views.support.view import SupportView
from tests.conftest import type_text


def hanbit(db):
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        return acc.id, s.scalars(select(Site.id).where(Site.account_id == acc.id).order_by(Site.id)).first()


def test_a_team_is_created_given_a_member_and_a_request_is_shared_with_it(qtbot, demo_desk, db):
    kim = demo_desk.run(add_regular_user, "kim", "김지원", {Feature.SUPPORT})
    staff_view = StaffView(demo_desk)
    qtbot.addWidget(staff_view)
    staff_view.show()
    dialog = staff_view.open_teams(exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0 and not dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.name, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.name, "야간 지원")
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["야간 지원"]
    dialog.staff.setCurrentIndex(dialog.staff.findData(kim.id))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [dialog.members.item(i).text() for i in range(dialog.members.count())] == ["김지원"]
    dialog.name.clear()
    type_text(qtbot, dialog.name, "야간 지원조")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.list.item(0).text() == "야간 지원조" and dialog.error.text() == ""
    # the same name again is refused, with the reason
    type_text(qtbot, dialog.name, "")
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "'야간 지원조' 조직이 이미 있습니다. 다른 이름을 쓰세요." and dialog.list.count() == 1
    (team,) = demo_desk.read(teams.team_rows)
    assert (team.name, team.members) == ("야간 지원조", ("김지원",))

    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "공유 테스트", site_id=site))
    view = SupportView(demo_desk)
    qtbot.addWidget(view)
    view.show()
    assert view.select_request(req.id)
    panel = view.detail
    panel.share_with.setCurrentIndex(panel.share_with.findData(f"team:{team.id}"))
    assert panel.share_with.currentText() == "조직: 야간 지원조"
    qtbot.mouseClick(panel.findChild(QPushButton, "share"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.shares.text() == "공유: 야간 지원조", timeout=3000)
    shared = demo_desk.read(support_list.request_page, RequestFilter(shared_with=kim.id)).rows
    assert [r.number for r in shared] == [req.number]
    with db.session() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "staff_team")
                                                .order_by(AuditEntry.id))]
    assert actions == ["create", "add_member", "rename"]


def test_team_services_need_the_staff_permission(demo_desk, db):
    clerk = Desk(db, demo_desk.run(add_regular_user, "cs", "지원엔지니어", {Feature.SUPPORT}))
    with pytest.raises(PermissionDenied) as err:
        clerk.run(teams.new_team, "주간 지원조")
    assert err.value.field == "staff" and "'직원' 권한" in err.value.message
    assert demo_desk.read(teams.team_rows) == []


def test_removing_a_member_and_a_stale_rename(demo_desk, db):
    kim = demo_desk.run(add_regular_user, "kim", "김지원", {Feature.SUPPORT})
    team = demo_desk.run(teams.new_team, "주간")
    demo_desk.run(teams.add_member, team.id, kim.id)
    (row,) = demo_desk.read(teams.team_rows)
    demo_desk.run(teams.rename_team, team.id, row.version, "주간 지원조")
    from desktop_app.errors import StaleEdit

    with pytest.raises(StaleEdit) as err:
        demo_desk.run(teams.rename_team, team.id, row.version, "낮 근무조")  # the screen still shows "주간"
    assert err.value.field == "version"
    demo_desk.run(teams.remove_member, team.id, kim.id)
    (row,) = demo_desk.read(teams.team_rows)
    assert (row.name, row.members) == ("주간 지원조", ())
