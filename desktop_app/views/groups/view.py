"""Group org-chart display settings (G2–G4): the company tree edited by drag and drop and by keyboard, the
display scope per company, undo/redo of unsaved changes, save all or nothing; departments and their CSV
import; and a preview of the chart as a company or one of its employees sees it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.pricing import orgchart
from desktop_app.pricing.orgchart import OrgRuleError, Tree
from desktop_app.services import groups
from desktop_app.services.desk import Desk
from desktop_app.views.common.notify import shown, tell
from desktop_app.views.common.refresh import Follows, keep_scroll
from desktop_app.views.groups.org_tree import OrgTreeView, fill, key_of, scope_text

ERROR_STYLE = "color: #b91c1c;"
HITS_SHOWN = 200  # employees listed at most; the search narrows (issue #20: 20,000 names took 0.5 s)


class _ActionText:
    """An undo or redo action's text: the prefix with the change's name, or the plain word when there is none.
    The stack clears itself, and says so, while the view is taken down, after its actions may be gone: a gone
    action is left alone (the connection, to a Python callable, is not cut by Qt)."""

    def __init__(self, action: QAction, plain: str, named: str):
        self.action, self.plain, self.named = action, plain, named

    def show(self, text: str) -> None:
        if shiboken6.isValid(self.action):
            self.action.setText(self.named.replace("%1", text) if text else self.plain)


class Change(QUndoCommand):
    """One edit of the unsaved layout: the whole (tree, scopes) before and after, so undo is exact."""

    def __init__(self, view: GroupsView, text: str, after: tuple[Tree, dict[str, str]]):
        super().__init__(text)
        self.view, self.before, self.after = view, (view.tree, dict(view.scopes)), after

    def redo(self) -> None:
        self.view.show_state(*self.after)

    def undo(self) -> None:
        self.view.show_state(*self.before)


class GroupsView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.group_id: int | None = None
        self.tree: Tree = ()
        self.scopes: dict[str, str] = {}
        self.saved: groups.Layout | None = None
        self.company_ids: dict[str, str] = {}
        self.undo = QUndoStack(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._toolbar())
        top = QHBoxLayout()
        self.group = QComboBox()
        self.group.setObjectName("group_choice")
        for gid, name in desk.read(groups.group_accounts):
            self.group.addItem(name, gid)
        top.addWidget(QLabel(self.tr("그룹")))
        top.addWidget(self.group, 1)
        top.addWidget(QLabel(self.tr("표시 범위")))
        self.scope = QComboBox()
        self.scope.setObjectName("scope_choice")
        self.scope.addItem(scope_text("group"), "group")
        self.scope.addItem(scope_text("own"), "own")
        self.scope.setToolTip(self.tr("그룹사 전체: 그 회사 사원이 그룹 전체 조직도를 봅니다. 내 회사: 자기 회사와 "
                                      "겸직한 부서만 봅니다 (G2)."))
        top.addWidget(self.scope)
        lay.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("group_message")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = QStandardItemModel(self)
        self.view = OrgTreeView()
        self.view.setModel(self.model)
        split.addWidget(self.view)
        split.addWidget(self._preview_panel())
        split.setSizes([620, 520])
        lay.addWidget(split, 1)
        self.view.move_requested.connect(self.request_move)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.scope.activated.connect(lambda _i: self.set_scope(self.scope.currentData()))
        self.group.currentIndexChanged.connect(lambda _i: self._group_changed())
        self.undo.cleanChanged.connect(self._clean_changed)
        self.follow = Follows(self, ("groups", "accounts"), self.refresh)
        self.load()

    # --- layout ---------------------------------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        # Qt puts the prefix before the change's name: "실행 취소: 옮기기"
        self.undo_action = self.undo.createUndoAction(self, self.tr("실행 취소:"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.createRedoAction(self, self.tr("다시 실행:"))
        # with nothing to undo the prefix alone would end in a colon: the plain word then
        self._texts = (_ActionText(self.undo_action, self.tr("실행 취소"), self.tr("실행 취소: %1")),
                       _ActionText(self.redo_action, self.tr("다시 실행"), self.tr("다시 실행: %1")))
        self.undo.undoTextChanged.connect(self._texts[0].show)
        self.undo.redoTextChanged.connect(self._texts[1].show)
        self.undo_action.setText(self.tr("실행 취소"))
        self.redo_action.setText(self.tr("다시 실행"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Ctrl+Y on every platform, besides the platform's own
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.save_action = QAction(self.tr("저장"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.revert_action = QAction(self.tr("되돌리기"), self)
        self.steps = {}
        for direction, text, key in (("up", self.tr("위로"), "Alt+Up"), ("down", self.tr("아래로"), "Alt+Down"),
                                     ("in", self.tr("안으로"), "Alt+Right"), ("out", self.tr("밖으로"), "Alt+Left")):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, d=direction: self.step(d))
            self.steps[direction] = action
        self.add_dept_action = QAction(self.tr("부서 추가…"), self)
        self.rename_action = QAction(self.tr("이름 바꾸기…"), self)
        self.remove_action = QAction(self.tr("부서 삭제"), self)
        self.import_action = QAction(self.tr("부서 CSV 가져오기…"), self)
        self.import_people_action = QAction(self.tr("사원 CSV 가져오기…"), self)
        self.import_people_action.setToolTip(self.tr("이름,이메일,회사ID,소속 부서 경로,겸직(회사ID:부서 경로;…)"))
        for a in (*self.steps.values(), None, self.undo_action, self.redo_action, self.save_action,
                  self.revert_action, None, self.add_dept_action, self.rename_action, self.remove_action,
                  self.import_action, self.import_people_action):
            bar.addSeparator() if a is None else bar.addAction(a)
        self.save_action.triggered.connect(self.save)
        self.revert_action.triggered.connect(self.load)
        self.add_dept_action.triggered.connect(self.add_department)
        self.rename_action.triggered.connect(self.rename_department)
        self.remove_action.triggered.connect(self.remove_department)
        self.import_action.triggered.connect(self.import_departments)
        self.import_people_action.triggered.connect(self.import_employees)
        return bar

    def _preview_panel(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.addWidget(QLabel(self.tr("<b>미리보기</b>: 누가 보는 조직도인가요?")))
        self.viewer = QComboBox()
        self.viewer.setObjectName("preview_company")
        lay.addWidget(self.viewer)
        self.search = QLineEdit()
        self.search.setObjectName("employee_search")
        self.search.setPlaceholderText(self.tr("사원 검색 (그룹 전체: 이름, 이메일, 부서)"))
        lay.addWidget(self.search)
        self.hits = QListWidget()
        self.hits.setObjectName("employee_hits")
        self.hits.setMaximumHeight(120)
        lay.addWidget(self.hits)
        self.preview = QTreeWidget()
        self.preview.setObjectName("org_preview")
        self.preview.setHeaderHidden(True)
        lay.addWidget(self.preview, 1)
        self.viewer.currentIndexChanged.connect(lambda _i: self._viewer_changed())
        self.search.textChanged.connect(lambda _t: self.find_people())
        self.hits.currentItemChanged.connect(lambda *_: self.show_preview())
        return box

    # --- following changes made elsewhere ---------------------------------------------------------------
    def apply_changes(self, changes) -> None:
        """MainWindow.changed: companies, departments, people or a new group. Unsaved edits of the chart are
        never thrown away: the save's stale check (G4) then says to revert first."""
        self.follow.apply(changes)

    def refresh(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        try:
            self.group.clear()
            for gid, name in self.desk.read(groups.group_accounts):
                self.group.addItem(name, gid)
            self.group.setCurrentIndex(max(self.group.findData(current), 0))
        finally:
            self.group.blockSignals(False)
        if not self.dirty() or self.group.currentData() != current:
            with keep_scroll(self.view):
                self.load()

    # --- state --------------------------------------------------------------------------------------------
    def _group_changed(self) -> None:
        if self.group.currentData() == self.group_id:
            return
        if not self.confirm_leave():  # cancelled: back to the group being edited
            self.group.blockSignals(True)
            self.group.setCurrentIndex(self.group.findData(self.group_id))
            self.group.blockSignals(False)
            return
        self.load()

    def confirm_leave(self) -> bool:
        """Unsaved layout changes: save, discard or stay. True when it is fine to leave."""
        if self.group_id is None or not self.dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("저장하지 않은 조직도 변경"),
                          self.tr("조직도 설정에 저장하지 않은 변경이 있습니다. 저장할까요?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsaved_orgchart")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.undo.clear()  # the saved layout is shown again when the section is next opened
            self.show_state(self.saved.tree, dict(self.saved.scopes))
            return True
        return False

    def load(self) -> None:
        """Read the saved layout; unsaved changes are dropped (this is also 되돌리기)."""
        self.group_id = self.group.currentData()
        self.undo.clear()
        if self.group_id is None:
            self.message.setText(self.tr("그룹사가 있는 고객 계정이 없습니다."))
            return
        self.saved = self.desk.read(groups.layout, self.group_id)
        rows = self.desk.read(groups.company_rows, self.group_id)
        self.company_ids = {f"c:{r.id}": r.company_id for r in rows}
        self.people = self.desk.read(groups.people, self.group_id)
        self.viewer.blockSignals(True)
        self.viewer.clear()
        for r in rows:
            self.viewer.addItem(self.tr("%1 사원").replace("%1", r.name), f"c:{r.id}")
        self.viewer.blockSignals(False)
        self.message.clear()
        self.show_state(self.saved.tree, dict(self.saved.scopes))
        self.find_people()

    def show_state(self, tree: Tree, scopes: dict[str, str]) -> None:
        selected = key_of(self.view.currentIndex())
        self.tree, self.scopes = tree, dict(scopes)
        self.model.setHorizontalHeaderLabels([self.tr("회사·부서"), self.tr("회사 ID"), self.tr("표시 범위")])
        fill(self.model, tree, self.scopes, self.company_ids)
        self.view.expandAll()
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        if selected:
            self.select_key(selected)
        self._update_actions()
        self.show_preview()

    def select_key(self, key: str) -> None:
        def walk(parent):
            for r in range(self.model.rowCount(parent)):
                index = self.model.index(r, 0, parent)
                if key_of(index) == key:
                    return index
                if (found := walk(index)) is not None:
                    return found
            return None

        if (index := walk(self.model.index(-1, -1))) is not None:
            self.view.setCurrentIndex(index)

    def dirty(self) -> bool:
        return not self.undo.isClean()

    def _selection_changed(self) -> None:
        key = key_of(self.view.currentIndex())
        if key and key.startswith("c:"):
            self.scope.setCurrentIndex(self.scope.findData(self.scopes.get(key, "group")))
        self._update_actions()

    def _clean_changed(self, _clean: bool) -> None:
        import shiboken6

        if shiboken6.isValid(self) and shiboken6.isValid(self.undo):  # the stack also emits while being destroyed
            self._update_actions()

    def _update_actions(self) -> None:
        key = key_of(self.view.currentIndex())
        self.save_action.setEnabled(self.dirty())
        self.revert_action.setEnabled(self.dirty())
        self.scope.setEnabled(bool(key and key.startswith("c:")))
        for action in self.steps.values():
            action.setEnabled(key is not None)
        dept = bool(key and key.startswith("d:"))
        self.rename_action.setEnabled(dept and not self.dirty())
        self.remove_action.setEnabled(dept and not self.dirty())
        self.add_dept_action.setEnabled(key is not None and not self.dirty())
        self.import_action.setEnabled(key is not None and not self.dirty())
        self.import_people_action.setEnabled(self.group_id is not None and not self.dirty())

    # --- edits (undoable, unsaved) -----------------------------------------------------------------------
    def refuse(self, reason: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("옮길 수 없습니다: %1").replace("%1", reason))

    def request_move(self, key: str, parent: str | None, row: int) -> bool:
        return self._apply_move(lambda: orgchart.move(self.tree, key, parent, row))

    def step(self, direction: str) -> bool:
        key = key_of(self.view.currentIndex())
        return key is not None and self._apply_move(lambda: orgchart.step(self.tree, key, direction))

    def _apply_move(self, moved) -> bool:
        """An accepted move becomes one undoable change; a refused one says why and changes nothing."""
        try:
            tree = moved()
        except OrgRuleError as exc:
            self.refuse(shown(exc))
            return False
        self.message.clear()
        self.undo.push(Change(self, self.tr("옮기기"), (tree, self.scopes)))
        return True

    def set_scope(self, scope: str) -> None:
        key = key_of(self.view.currentIndex())
        if key and key.startswith("c:") and self.scopes.get(key) != scope:
            self.undo.push(Change(self, self.tr("표시 범위"), (self.tree, {**self.scopes, key: scope})))

    def save(self) -> bool:
        try:
            self.saved = self.desk.run(groups.save_layout, self.group_id, self.tree, self.scopes, self.saved.token)
        except UserError as exc:
            self.refuse(shown(exc))
            return False
        self.undo.setClean()
        self.message.setStyleSheet("color: #15803d;")
        self.message.setText(self.tr("조직도 설정을 저장했습니다."))
        self._update_actions()
        return True

    # --- departments (saved at once; only without unsaved layout changes) --------------------------------
    def _company_and_dept(self) -> tuple[int, int | None]:
        key = key_of(self.view.currentIndex())
        node = orgchart.index(self.tree)[key]
        return int(node.company[2:]), (int(key[2:]) if key.startswith("d:") else None)

    def _department_call(self, fn, *args) -> bool:
        try:
            self.desk.run(fn, *args)
        except UserError as exc:
            tell(self, self.tr("부서"), exc, warning=True)
            return False
        self.load()
        return True

    def add_department(self) -> bool:
        company, dept = self._company_and_dept()
        name, ok = QInputDialog.getText(self, self.tr("부서 추가"), self.tr("새 부서 이름 (선택한 부서 아래에 만듭니다)"))
        return ok and self._department_call(groups.add_department, company, name, dept)

    def rename_department(self) -> bool:
        _company, dept = self._company_and_dept()
        old = orgchart.index(self.tree)[f"d:{dept}"].name
        name, ok = QInputDialog.getText(self, self.tr("이름 바꾸기"), self.tr("부서 이름"), text=old)
        return ok and self._department_call(groups.rename_department, dept, self._shown_version(dept), name)

    def remove_department(self) -> bool:
        _company, dept = self._company_and_dept()
        return self._department_call(groups.remove_department, dept, self._shown_version(dept))

    def _shown_version(self, dept: int) -> int:
        """The department's version when the layout was read: a change over a newer one is refused."""
        return dict(self.saved.token).get(f"d:{dept}", 0)

    def import_departments(self) -> bool:
        company, _dept = self._company_and_dept()
        return self._import(self.tr("부서 CSV 가져오기"), self.tr("부서 %1개를 만들었습니다."), groups.import_departments,
                            company)

    def import_employees(self) -> bool:
        return self._import(self.tr("사원 CSV 가져오기"), self.tr("사원 %1명을 등록했습니다."), groups.import_employees,
                            self.group_id)

    def _import(self, title: str, done: str, fn, target: int) -> bool:
        """A CSV file (UTF-8 or Excel's CP949) through `fn`; a file with any bad line imports nothing."""
        from desktop_app.services.licences import decode_csv
        from desktop_app.views.common.files import open_file_name

        path = open_file_name(self, title, self.tr("CSV 파일 (*.csv *.txt)"))
        if not path:
            return False
        try:
            with open(path, "rb") as f:
                text = decode_csv(f.read())
        except OSError as exc:
            tell(self, title, f"{path}: {exc.strerror}", warning=True)
            return False
        except UserError as exc:
            tell(self, title, exc, warning=True)
            return False
        report = self.desk.run(fn, target, text)
        if report.bad_rows:
            rows = "\n".join(self.tr("%1행: %2").replace("%1", str(n)).replace("%2", shown(why)) for n, why in report.bad_rows)
            tell(self, title, self.tr("잘못된 행이 있어 아무것도 가져오지 않았습니다.") + "\n" + rows, warning=True)
            return False
        tell(self, title, done.replace("%1", str(report.created)))
        self.load()
        return True

    # --- preview ------------------------------------------------------------------------------------------
    def _viewer_changed(self) -> None:
        self.hits.setCurrentRow(-1)  # a company chosen: the preview is the company's, not the last employee's
        self.show_preview()

    def find_people(self) -> None:
        self.hits.clear()
        if self.group_id is None:
            return
        found = self.desk.read(groups.search_employees, self.group_id, self.search.text(), HITS_SHOWN + 1)
        for hit in found[:HITS_SHOWN]:
            item = QListWidgetItem(f"{hit.name} · {hit.company} {hit.department}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.hits.addItem(item)
        if len(found) > HITS_SHOWN:
            more = QListWidgetItem(self.tr("… 처음 %1명만 보입니다: 이름, 이메일 또는 부서로 찾으세요")
                                   .replace("%1", f"{HITS_SHOWN:,}"))
            more.setFlags(Qt.ItemFlag.NoItemFlags)  # a hint, not a person: cannot be chosen for the preview
            self.hits.addItem(more)

    def show_preview(self) -> None:
        """The chart of the current (unsaved) layout as the chosen employee, or company, would see it."""
        self.preview.clear()
        if not self.tree or not hasattr(self, "people"):
            return
        item = self.hits.currentItem()
        if item is not None:
            emp = item.data(Qt.ItemDataRole.UserRole)
            company, posts = self.people.company_of[emp], self.people.posts_of.get(emp, [])
        else:
            company, posts = self.viewer.currentData(), []
        if company is None:
            return
        nodes = orgchart.chart(self.tree, self.scopes, company, posts, self.people.by_department)

        def add(parent, chart_nodes) -> None:
            for n in chart_nodes:
                it = QTreeWidgetItem(parent, [n.name])
                it.setData(0, Qt.ItemDataRole.UserRole, n.key)
                for person in n.employees:
                    text = self.tr("%1 (겸직)").replace("%1", person.name) if person.concurrent else person.name
                    QTreeWidgetItem(it, ["· " + text])
                add(it, n.children)

        add(self.preview.invisibleRootItem(), nodes)
        self.preview.expandAll()
