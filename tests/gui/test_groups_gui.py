"""The group org-chart settings as staff use them: drag and drop, keyboard moves, refused drops with the
reason, undo, the display scope, save all or nothing, and the preview (G2–G4)."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.models import Department
from desktop_app.pricing import orgchart
from desktop_app.services import groups
from desktop_app.views.groups.org_tree import key_of
from desktop_app.views.groups.view import GroupsView
from tests.support.versions import shown


@pytest.fixture
def view(qtbot, demo_desk):
    v = GroupsView(demo_desk)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def index_named(view, name):
    model = view.model

    def walk(parent):
        for r in range(model.rowCount(parent)):
            i = model.index(r, 0, parent)
            if i.data() == name:
                return i
            if (found := walk(i)) is not None:
                return found
        return None

    return walk(model.index(-1, -1))


def drag(view, source, target, where="on"):
    """A real drag over the tree's viewport: enter, move (which sets the drop indicator), drop."""
    src, dst = index_named(view, source), index_named(view, target)
    view.view.setCurrentIndex(src)
    rect = view.view.visualRect(dst)
    x = rect.center().x()
    point = {"on": rect.center(), "above": QPoint(x, rect.top() + 1), "below": QPoint(x, rect.bottom() - 1)}[where]
    mime = view.model.mimeData([src])
    viewport = view.view.viewport()
    buttons, mods, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.MoveAction
    QApplication.sendEvent(viewport, QDragEnterEvent(point, action, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, action, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), action, mime, buttons, mods))


def parent_name(view, name):
    node = next(n for n in view.tree if n.name == name)
    return orgchart.index(view.tree)[node.parent].name if node.parent else None


def saved_parent(demo_desk, view, name):
    lay = demo_desk.read(groups.layout, view.group_id)
    node = next(n for n in lay.tree if n.name == name)
    return orgchart.index(lay.tree)[node.parent].name if node.parent else None


def test_the_tree_model_passes_the_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.model)


def test_drag_a_company_under_another_then_undo_and_save(view, demo_desk):
    drag(view, "한결레미콘", "한결엔지니어링", "on")
    assert parent_name(view, "한결레미콘") == "한결엔지니어링"
    assert index_named(view, "한결레미콘").parent().data() == "한결엔지니어링"  # the tree shows it
    assert view.save_action.isEnabled() and saved_parent(demo_desk, view, "한결레미콘") is None  # not saved yet
    view.undo.undo()
    assert parent_name(view, "한결레미콘") is None and not view.save_action.isEnabled()
    view.undo.redo()
    assert view.save()
    assert saved_parent(demo_desk, view, "한결레미콘") == "한결엔지니어링"


def test_reorder_by_dragging_between_companies(view):
    drag(view, "한결레미콘", "한결건설", "above")
    assert [n.name for n in orgchart.children(view.tree, None)] == ["한결레미콘", "한결건설", "한결엔지니어링"]


def test_a_drop_under_a_department_is_refused_with_the_reason(view, demo_desk):
    before = view.tree
    drag(view, "한결엔지니어링", "인사팀", "on")
    assert view.tree == before and view.undo.count() == 0
    assert "부서 '인사팀' 아래로 옮길 수 없습니다" in view.message.text() and "G3" in view.message.text()
    assert saved_parent(demo_desk, view, "한결엔지니어링") is None


def test_keyboard_moves_up_in_and_out(qtbot, view):
    view.view.setCurrentIndex(index_named(view, "한결레미콘"))
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [n.name for n in orgchart.children(view.tree, None)] == ["한결건설", "한결레미콘", "한결엔지니어링"]
    qtbot.keyClick(view.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert parent_name(view, "한결레미콘") == "한결건설"
    qtbot.keyClick(view.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert parent_name(view, "한결레미콘") is None
    view.view.setCurrentIndex(index_named(view, "한결건설"))
    assert not view.step("up") and "맨 위" in view.message.text()


def test_scope_own_and_the_preview_of_one_employee(view, demo_desk):
    view.view.setCurrentIndex(index_named(view, "한결레미콘"))
    view.scope.setCurrentIndex(view.scope.findData("own"))
    view.scope.activated.emit(view.scope.currentIndex())
    assert view.save()
    assert demo_desk.read(groups.layout, view.group_id).scopes[key_of(index_named(view, "한결레미콘"))] == "own"
    view.search.setText("윤수아")
    view.hits.setCurrentRow(0)
    shown = []

    def walk(item, depth=0):
        for i in range(item.childCount()):
            shown.append(item.child(i).text(0))
            walk(item.child(i))

    walk(view.preview.invisibleRootItem())
    assert "한결레미콘" in shown and "설비팀" in shown and "· 윤수아 (겸직)" in shown
    assert "한결건설" not in shown and "기술연구소" not in shown and "인사팀" not in shown
    # a group-scope company's employee sees everything
    view.search.setText("김민준")
    view.hits.setCurrentRow(0)
    assert view.preview.topLevelItemCount() == 3


def test_a_stale_save_is_refused_and_the_saved_tree_stays(view, demo_desk):
    drag(view, "한결레미콘", "한결엔지니어링", "on")
    dept = next(n for n in view.tree if not n.is_company)
    demo_desk.run(groups.rename_department, int(dept.key[2:]), shown(demo_desk, Department, int(dept.key[2:])), "다른 사람이 바꾼 이름")
    assert not view.save()
    assert "다른 사용자" in view.message.text()
    assert saved_parent(demo_desk, view, "한결레미콘") is None


def test_the_parent_account_shows_a_group_info_tab(qtbot, demo_desk):
    from desktop_app.views.accounts.detail import AccountDetail

    detail = AccountDetail(demo_desk)
    qtbot.addWidget(detail)
    group_id = demo_desk.read(groups.group_accounts)[0][0]
    detail.show_account(group_id)
    assert detail.tabs.isTabVisible(detail.group_tab)
    assert [detail.group_model.row(i).login_url for i in range(3)] == [
        "https://hangyeol.ncpworkplace.com", "https://hangyeol-eng.ncpworkplace.com",
        "https://hangyeol-remicon.ncpworkplace.com"]
    detail.show_account(1)  # an account without a group
    assert not detail.tabs.isTabVisible(detail.group_tab)


def test_departments_are_added_only_without_unsaved_moves(view, demo_desk, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    view.view.setCurrentIndex(index_named(view, "설비팀"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("배관파트", True))
    assert view.add_department()
    assert parent_name(view, "배관파트") == "설비팀"
    drag(view, "한결레미콘", "한결엔지니어링", "on")
    view.view.setCurrentIndex(index_named(view, "설비팀"))
    assert not view.add_dept_action.isEnabled() and not view.remove_action.isEnabled()


def test_employees_imported_from_a_cp949_csv_show_in_the_preview(view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    csv_file = tmp_path / "people.csv"
    csv_file.write_bytes("이름,이메일,회사ID,소속 부서,겸직\n한가람,garam@x.co.kr,hangyeol-remicon,생산팀,"
                         "hangyeol-eng:기술연구소\n".encode("cp949"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    assert view.import_employees()
    view.search.setText("한가람")
    assert view.hits.count() == 1 and "한결레미콘 생산팀" in view.hits.item(0).text()


def test_the_employee_list_shows_the_first_ones_and_says_to_search_for_the_rest(view, monkeypatch):
    import desktop_app.views.groups.view as groups_view

    monkeypatch.setattr(groups_view, "HITS_SHOWN", 3)  # the demo group has more than 3 employees
    view.search.setText("")
    view.find_people()
    assert view.hits.count() == 4  # three people and the hint
    hint = view.hits.item(3)
    assert hint.text() == "… 처음 3명만 보입니다: 이름, 이메일 또는 부서로 찾으세요"
    assert hint.flags() == Qt.ItemFlag.NoItemFlags  # not a person: the preview cannot be asked for it
    names = [view.hits.item(i).text().split(" · ")[0] for i in range(3)]
    assert names == sorted(names)  # the first ones by name
    view.search.setText("윤수아")
    assert view.hits.count() == 1 and view.hits.item(0).text().startswith("윤수아 · ")
