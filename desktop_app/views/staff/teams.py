"""조직 (teams, T4): named groups of staff users that support requests are shared with. Created, renamed and
given members here by holders of the `staff` permission (S2); the services check it again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import teams
from desktop_app.services.desk import Desk
from desktop_app.services.support_detail import people
from desktop_app.views.signin.dialogs import message

_ID = int(Qt.ItemDataRole.UserRole)


class TeamsDialog(QDialog):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teams_dialog")
        self.setWindowTitle(self.tr("조직 관리"))
        self.desk = desk
        self.rows: list[teams.TeamRow] = []
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("조직은 지원 요청을 함께 보는 직원 묶음입니다. 요청을 조직과 공유하면 구성원 모두가 봅니다 (T4)."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        body = QHBoxLayout()
        lay.addLayout(body, 1)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("teams")
        self.list.currentRowChanged.connect(lambda _r: self.show_members())
        left.addWidget(self.list, 1)
        self.name = QLineEdit()
        self.name.setObjectName("team_name")
        self.name.setPlaceholderText(self.tr("조직 이름"))
        left.addWidget(self.name)
        line = QHBoxLayout()
        self.new_button = QPushButton(self.tr("새 조직"))
        self.new_button.setObjectName("new_team")
        self.new_button.clicked.connect(self.create)
        self.rename_button = QPushButton(self.tr("이름 바꾸기"))
        self.rename_button.setObjectName("rename_team")
        self.rename_button.clicked.connect(self.rename)
        line.addWidget(self.new_button)
        line.addWidget(self.rename_button)
        left.addLayout(line)
        body.addLayout(left, 1)
        box = QGroupBox(self.tr("구성원"))
        right = QVBoxLayout(box)
        self.members = QListWidget()
        self.members.setObjectName("members")
        right.addWidget(self.members, 1)
        line2 = QHBoxLayout()
        self.staff = QComboBox()
        self.staff.setObjectName("member_choice")
        self.add_button = QPushButton(self.tr("추가"))
        self.add_button.setObjectName("add_member")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("빼기"))
        self.remove_button.setObjectName("remove_member")
        self.remove_button.clicked.connect(self.remove)
        line2.addWidget(self.staff, 1)
        line2.addWidget(self.add_button)
        line2.addWidget(self.remove_button)
        right.addLayout(line2)
        body.addWidget(box, 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        lay.addWidget(self.error)
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.accept)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 420)
        self.reload()

    # --- showing ---------------------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else (self.current.id if self.current else None)
        self.rows = self.desk.read(teams.team_rows)
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.rows:
            item = QListWidgetItem(r.name)
            item.setData(_ID, r.id)
            self.list.addItem(item)
        at = next((i for i, r in enumerate(self.rows) if r.id == keep), 0 if self.rows else -1)
        self.list.setCurrentRow(at)
        self.list.blockSignals(False)
        self.staff.clear()
        for x in self.desk.read(people):
            self.staff.addItem(x.name, x.id)
        self.show_members()

    @property
    def current(self) -> teams.TeamRow | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def show_members(self) -> None:
        team = self.current
        self.members.clear()
        for staff_id, name in zip(team.member_ids, team.members) if team else ():
            item = QListWidgetItem(name)
            item.setData(_ID, staff_id)
            self.members.addItem(item)
        for w in (self.rename_button, self.add_button, self.remove_button, self.staff):
            w.setEnabled(team is not None)
        if team is not None:
            self.name.setText(team.name)

    # --- actions ---------------------------------------------------------------------------------------------
    def _run(self, fn, *args):
        try:
            result = self.desk.run(fn, *args)
        except UserError as exc:
            self.error.setText(message(exc))
            return None
        self.error.clear()
        self.changed.emit()
        return result if result is not None else True

    def create(self) -> bool:
        team = self._run(teams.new_team, self.name.text())
        if team:
            self.reload(keep=team.id)
        return bool(team)

    def rename(self) -> bool:
        team = self.current
        done = team is not None and self._run(teams.rename_team, team.id, team.version, self.name.text())
        if done:
            self.reload(keep=team.id)
        return bool(done)

    def add(self) -> bool:
        team, staff_id = self.current, self.staff.currentData()
        done = team is not None and self._run(teams.add_member, team.id, staff_id)
        if done:
            self.reload(keep=team.id)
        return bool(done)

    def remove(self) -> bool:
        team, item = self.current, self.members.currentItem()
        done = team is not None and item is not None and self._run(teams.remove_member, team.id, item.data(_ID))
        if done:
            self.reload(keep=team.id)
        return bool(done)
