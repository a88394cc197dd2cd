"""The support section as staff use it: a remote-hands request opened through its form, answered, resolved
and exported; clocks counting down without a query; at-risk and breached clocks marked; filters (T5);
attachments by drop and by dialog with the 10 MB limit (T3), opened with the system's application; sharing
(T4); and the table model checked with qtmodeltester."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import event, select

from desktop_app import clock
from desktop_app.models import Account, Feature, Site
from desktop_app.models.support import SupportAttachment, SupportRequest
from desktop_app.services import support, support_files
from desktop_app.services.staff import add_regular_user
from desktop_app.services.support import RequestInput
from desktop_app.views.support.requests_model import DUE, LEFT, STATE, STATE_ROLE
from desktop_app.views.support.view import SupportView
from tests.conftest import count, type_text

KST = dt.timezone(dt.timedelta(hours=9))


def at(text):
    return dt.datetime.fromisoformat(text).replace(tzinfo=KST)


def set_now(text):
    moment = at(text)
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


def message(widget):
    boxes = [b for b in widget.findChildren(QMessageBox, "message") if b.isVisible()]
    return boxes[-1] if boxes else None


def cell(view, row, column):
    return view.model.data(view.model.index(row, column))


def test_a_remote_hands_request_is_opened_answered_resolved_and_exported(qtbot, view, demo_desk, db, tmp_path):
    set_now("2026-11-22T10:00")
    dialog = view.new_request("remote_hands", exec_dialog=False)
    dialog.choose(dialog.account, hanbit(db)[0])
    assert dialog.site.currentText() == "본사"
    qtbot.mouseClick(dialog.title, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.title, "랙 12 서버 재부팅")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert view.model.rowCount() == 2 and view.selected_id() == dialog.saved.id  # above the demo's incident
    assert [cell(view, 0, c) for c in (0, 1, 2, 3, 4, 5)] == [
        "REQ-2026-000002", "원격 지원", "(주)한빛소프트웨어", "본사", "랙 12 서버 재부팅", "접수"]
    assert cell(view, 0, DUE) == "응답 2026-11-22 10:15" and cell(view, 0, STATE) == "진행"
    panel = view.detail
    assert "REQ-2026-000002" in panel.header.text()
    set_now("2026-11-22T10:07")
    qtbot.mouseClick(panel.reply, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.reply, "재부팅 완료했습니다")
    qtbot.mouseClick(panel.findChildren(QObject, "send_reply")[0], Qt.MouseButton.LeftButton)
    assert panel.messages.count() == 1 and "재부팅 완료했습니다" in panel.messages.item(0).text()
    assert cell(view, 0, STATE) == "준수"
    out = tmp_path / "open.xlsx"
    with qtbot.waitSignal(view.export(str(out)).finished_with, timeout=10000):
        pass
    qtbot.waitUntil(lambda: view.export_action.isEnabled())
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][:3] == ("REQ-2026-000002", "원격 지원", "(주)한빛소프트웨어")
    assert rows[1][8:11] == ("응답", dt.datetime(2026, 11, 22, 10, 15), "준수")
    set_now("2026-11-22T10:30")
    qtbot.mouseClick(panel.findChildren(QObject, "move_resolved")[0], Qt.MouseButton.LeftButton)
    assert cell(view, 0, 5) == "해결"
    with demo_desk.db.session() as s:
        assert s.scalars(select(SupportRequest.status).where(SupportRequest.id == dialog.saved.id)).one() == "resolved"
    assert [panel.history.item(i).text().split(" ", 2)[2] for i in range(panel.history.count())] == [
        f"접수 · {demo_desk.actor.name}", f"해결 · {demo_desk.actor.name}"]
    with qtbot.waitSignal(view.export(str(out)).finished_with, timeout=10000):
        pass
    left = [r[0] for r in load_workbook(out).active.iter_rows(values_only=True)][1:]
    assert left == ["REQ-2026-000001"]  # ours is resolved: only the demo's incident is still open


def test_clocks_count_down_live_without_a_query_and_risk_and_breach_are_marked(qtbot, view, demo_desk, db):
    acc, site = hanbit(db)
    set_now("2026-11-22T10:00")
    demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "전원", site_id=site))
    view.reload()
    assert cell(view, 0, LEFT) == "0:15:00 남음"
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        set_now("2026-11-22T10:12")  # 12 of 15 minutes: at risk
        with qtbot.waitSignal(view.model.dataChanged, timeout=3000):
            pass  # the view's own timer ticks
        assert cell(view, 0, LEFT) == "0:03:00 남음" and cell(view, 0, STATE) == "위험"
        assert view.model.data(view.model.index(0, DUE), Qt.ItemDataRole.ForegroundRole).name() == "#c2410c"
        set_now("2026-11-22T10:16")
        with qtbot.waitSignal(view.model.dataChanged, timeout=3000):
            pass
        assert cell(view, 0, LEFT) == "0:01:00 초과" and cell(view, 0, STATE) == "초과"
        assert view.model.data(view.model.index(0, STATE), Qt.ItemDataRole.ForegroundRole).name() == "#b91c1c"
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert statements == []


def test_T5_filters_and_search_in_the_view(qtbot, view, demo_desk, db):
    acc, site = hanbit(db)
    set_now("2026-11-22T09:00")
    rh = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "랙 재부팅", site_id=site))
    inc = demo_desk.run(support.open_request, RequestInput("incident", acc, "메일 장애", site_id=site, severity=2))
    demo_desk.run(support.change_status, inc.id, "waiting")
    set_now("2026-11-22T09:30")
    view.reload()
    assert view.model.rowCount() == 3  # with the demo's late incident (REQ-2026-000001)
    view.clock_state.setCurrentIndex(view.clock_state.findData("breached"))
    assert [r.number for r in view.model.loaded()] == [rh.number, "REQ-2026-000001"]
    view.clock_state.setCurrentIndex(view.clock_state.findData("paused"))
    assert [r.number for r in view.model.loaded()] == [inc.number]
    assert view.model.data(view.model.index(0, STATE), STATE_ROLE) == "paused"
    assert cell(view, 0, STATE) == "일시 정지"
    view.clock_state.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData("remote_hands"))
    assert [r.number for r in view.model.loaded()] == [rh.number]
    view.kind.setCurrentIndex(0)
    view.status.setCurrentIndex(view.status.findData("waiting"))
    assert [r.number for r in view.model.loaded()] == [inc.number]
    view.status.setCurrentIndex(0)
    view.assignee.setCurrentIndex(view.assignee.findData(0))
    assert view.model.rowCount() == 3
    view.account.setCurrentIndex(view.account.findText("대성정밀 주식회사"))
    assert view.model.rowCount() == 0 and view.count.text() == "0건"
    view.account.setCurrentIndex(0)
    qtbot.mouseClick(view.search, Qt.MouseButton.LeftButton)
    type_text(qtbot, view.search, "장애")
    assert [r.number for r in view.model.loaded()] == [inc.number]


def drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, QDragEnterEvent(*args))  # as a drag from a file manager arrives
    QApplication.sendEvent(widget, QDropEvent(*args))


class Opened(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url)


def test_T3_attachments_by_drop_over_10_mb_refused_and_opened_with_the_system(qtbot, view, demo_desk, db,
                                                                               tmp_path):
    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "로그 확인", site_id=site))
    view.reload()
    view.select_request(req.id)
    small, big = tmp_path / "로그.txt", tmp_path / "dump.bin"
    small.write_bytes(b"error at 10:00\n")
    big.write_bytes(b"\0" * (10 * 1024 * 1024 + 1))
    drop(view.detail.attachments.viewport(), [small, big])
    box = message(view)
    assert box is not None and "dump.bin" in box.text() and "10 MB" in box.text() and "T3" in box.text()
    assert count(db, SupportAttachment) == 1
    assert view.detail.attachments.count() == 1 and view.detail.attachments.item(0).text().startswith("로그.txt")
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        path = view.detail.open_attachment(view.detail.attachments.item(0).data(256))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in handler.urls] == [path]
    with open(path, "rb") as f:
        assert f.read() == b"error at 10:00\n"


def test_T4_sharing_from_the_detail(qtbot, view, demo_desk, db):
    acc, site = hanbit(db)
    kim = demo_desk.run(add_regular_user, "kim", "김지원", {Feature.SUPPORT})
    team = demo_desk.run(support_files.create_team, "야간 지원조", [kim.id])
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "공유 테스트", site_id=site))
    view.reload()
    view.select_request(req.id)
    panel = view.detail
    panel.share_with.setCurrentIndex(panel.share_with.findData(f"team:{team.id}"))
    assert panel.share()
    assert panel.shares.text() == "공유: 야간 지원조"
    panel.assignee.setCurrentIndex(panel.assignee.findData(kim.id))
    assert panel.assign()
    assert cell(view, 0, 6) == "김지원"


def test_T1_a_refused_move_is_explained(qtbot, view, demo_desk, db):
    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "취소할 것", site_id=site))
    view.reload()
    view.select_request(req.id)
    assert [b.objectName() for b in view.detail.findChildren(QObject) if b.objectName().startswith("move_")] == [
        "move_in_progress", "move_waiting", "move_resolved", "move_cancelled"]
    demo_desk.run(support.change_status, req.id, "cancelled")  # another workstation cancels it meanwhile
    assert not view.detail.move("in_progress")
    assert "T1" in message(view).text() or "바꿨습니다" in message(view).text()


def test_requests_model_passes_the_model_tester(qtmodeltester, view, demo_desk, db):
    acc, site = hanbit(db)
    for i in range(3):
        demo_desk.run(support.open_request, RequestInput("incident", acc, f"장애 {i}", site_id=site, severity=i + 1))
    view.reload()
    qtmodeltester.check(view.model)


def test_the_main_window_has_the_support_section(qtbot, demo_desk, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop_app.settings import Settings
    from desktop_app.views.main_window import MainWindow

    w = MainWindow(demo_desk, Settings(tmp_path / "s.json"), QSettings(str(tmp_path / "ui.ini"),
                                                                       QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    row = next(i for i in range(w.nav.count()) if w.nav.item(i).text() == "지원 요청")
    w.nav.setCurrentRow(row)
    assert isinstance(w.stack.currentWidget(), SupportView)
