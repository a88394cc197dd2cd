"""Issue 13 item 4: unsaved org-chart changes are not lost: leaving the section or closing the window asks
save / discard / cancel; and the undo labels read naturally, Ctrl+Y redoes."""

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.pricing import orgchart
from desktop_app.services import groups
from desktop_app.settings import Settings
from desktop_app.views.groups.view import GroupsView
from desktop_app.views.main_window import MainWindow
from tests.gui.test_groups_gui import index_named, saved_parent


def answer_later(button, seen):
    """Answer the question box when it opens (it runs its own event loop)."""

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_leaving_or_closing_with_unsaved_org_chart_changes_asks(qtbot, demo_desk, tmp_path):
    w = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.nav.setCurrentRow(MainWindow.GROUPS)
    view = w.stack.currentWidget()
    assert isinstance(view, GroupsView)

    def move():
        w.activateWindow()  # the question box had the focus
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        view.view.setCurrentIndex(index_named(view, "한결레미콘"))
        view.view.setFocus()
        qtbot.keyClick(view.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        assert view.dirty()

    move()
    assert view.undo_action.text() == "실행 취소: 옮기기"
    view.undo.undo()
    qtbot.keyClick(view.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Y redoes
    assert view.dirty()
    seen: list[str] = []
    answer_later(QMessageBox.StandardButton.Cancel, seen)
    w.nav.setCurrentRow(0)
    assert seen and "저장하지 않은" in seen[0]
    assert w.stack.currentWidget() is view and w.nav.currentRow() == MainWindow.GROUPS and view.dirty()
    answer_later(QMessageBox.StandardButton.Discard, seen)
    w.nav.setCurrentRow(0)
    assert w.stack.currentIndex() == 0 and not view.dirty()
    assert saved_parent(demo_desk, view, "한결레미콘") is None
    w.nav.setCurrentRow(MainWindow.GROUPS)
    move()
    answer_later(QMessageBox.StandardButton.Cancel, seen)
    assert not w.close() and w.isVisible()  # cancelled: the window stays
    answer_later(QMessageBox.StandardButton.Save, seen)
    assert w.close()
    saved = demo_desk.read(groups.layout, view.group_id)
    assert [n.name for n in orgchart.children(saved.tree, None)] == ["한결건설", "한결레미콘", "한결엔지니어링"]  # moved up, saved on close
