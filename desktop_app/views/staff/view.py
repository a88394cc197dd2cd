"""직원: staff users for a PAA or a holder of the `staff` permission (S1–S3): the list, and a form to add or
edit one (features as check boxes, account scope, the `all orders` grant), deactivate (never delete) and, for
a PAA, reset a password. What the signed-in user may not grant is disabled, with the reason as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.models import Feature
from desktop_app.services import staff
from desktop_app.services.accounts import account_rows
from desktop_app.services.desk import Desk
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import make_table
from desktop_app.views.signin.dialogs import message

_OFF = QColor("#6b7280")


def feature_label(f: Feature) -> str:
    from desktop_app.i18n import translated
    from desktop_app.services.access import FEATURE_NAMES

    return translated(FEATURE_NAMES[f], QCoreApplication.translate)


def staff_model(parent=None) -> RowsModel:

    def grants(r) -> str:
        return "PAA" if r.is_paa else ", ".join(feature_label(f) for f in Feature if f in r.features) or "—"

    def scope(r) -> str:
        return QCoreApplication.translate("columns", "모든 계정") if r.all_accounts or r.is_paa else ", ".join(r.account_names)

    off = lambda r: None if r.active else _OFF  # noqa: E731
    return RowsModel([
        Column(QCoreApplication.translate("columns", "로그인"), lambda r: r.login, colour=off),
        Column(QCoreApplication.translate("columns", "이름"), lambda r: r.name, colour=off),
        Column(QCoreApplication.translate("columns", "권한"), grants, colour=off),
        Column(QCoreApplication.translate("columns", "계정 범위"), scope, colour=off),
        Column(QCoreApplication.translate("columns", "모든 주문"), lambda r: "✓" if r.all_orders else "", colour=off),
        Column(QCoreApplication.translate("columns", "상태"), lambda r: QCoreApplication.translate("columns", "사용 중") if r.active else QCoreApplication.translate("columns", "비활성"), colour=off),
    ], parent)


class StaffView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.rows: list[staff.StaffRow] = []
        self.current: staff.StaffRow | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("새 직원"))
        self.new_button.setObjectName("new_staff")
        self.new_button.clicked.connect(self.new_user)
        self.teams_button = QPushButton(self.tr("조직 관리…"))
        self.teams_button.setObjectName("manage_teams")
        self.teams_button.setToolTip(self.tr("지원 요청을 공유할 직원 묶음(조직)을 만들고 구성원을 정합니다 (T4)."))
        self.teams_button.clicked.connect(lambda: self.open_teams())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.teams_button)
        top.addStretch(1)
        left_lay.addLayout(top)
        self.model = staff_model(self)
        self.table = make_table(self.model, "staff_table", (110, 110, 220, 180, 70, 70))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.select_row(cur.row()))
        left_lay.addWidget(self.table)
        split.addWidget(left)
        split.addWidget(self._form())
        split.setSizes([700, 420])
        self.reload()
        self.new_user()

    # --- the form ------------------------------------------------------------------------------------

    def _form(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        form = QFormLayout()
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("10자 이상"))
        form.addRow(self.tr("로그인 이름"), self.login)
        form.addRow(self.tr("이름"), self.name)
        self.password_label = QLabel(self.tr("처음 비밀번호"))
        form.addRow(self.password_label, self.password)
        lay.addLayout(form)
        self.paa = QCheckBox(self.tr("PAA (주 관리자: 모든 권한)"))
        self.paa.setObjectName("paa")
        self.paa.toggled.connect(self._paa_toggled)
        lay.addWidget(self.paa)
        features = QGroupBox(self.tr("권한"))
        grid = QGridLayout(features)
        self.feature_boxes: dict[Feature, QCheckBox] = {}
        for i, f in enumerate(Feature):
            cb = QCheckBox(feature_label(f))
            cb.setObjectName(f"feature_{f.value}")
            self.feature_boxes[f] = cb
            grid.addWidget(cb, i // 2, i % 2)
        lay.addWidget(features)
        scope = QGroupBox(self.tr("계정 범위"))
        scope_lay = QVBoxLayout(scope)
        self.all_accounts = QRadioButton(self.tr("모든 고객 계정"))
        self.all_accounts.setObjectName("all_accounts")
        self.some_accounts = QRadioButton(self.tr("고른 고객 계정만"))
        self.some_accounts.setObjectName("some_accounts")
        self.accounts = QListWidget()
        self.accounts.setObjectName("accounts")
        self.some_accounts.toggled.connect(self.accounts.setEnabled)
        scope_lay.addWidget(self.all_accounts)
        scope_lay.addWidget(self.some_accounts)
        scope_lay.addWidget(self.accounts)
        lay.addWidget(scope)
        self.all_orders = QCheckBox(self.tr("모든 주문 (다른 직원이 만든 주문·견적도 보고 다룸)"))
        self.all_orders.setObjectName("all_orders")
        lay.addWidget(self.all_orders)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("저장"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.active_button = QPushButton(self.tr("비활성화"))
        self.active_button.setObjectName("toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("비밀번호 재설정…"))
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(self.reset_password)
        for b in (self.save_button, self.active_button, self.reset_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        lay.addStretch(1)
        return box

    def _limits(self) -> None:
        """Disable what the signed-in user may not grant, saying why (S1–S3)."""
        me = self.mine
        is_paa = me is not None and me.is_paa
        self.paa.setEnabled(is_paa)
        self.paa.setToolTip("" if is_paa else self.tr("PAA만 PAA를 지정할 수 있습니다 (S1)."))
        for f, cb in self.feature_boxes.items():
            held = me is not None and (me.is_paa or f in me.features)
            cb.setEnabled(held and not self.paa.isChecked())
            cb.setToolTip("" if held else self.tr("자신에게 없는 권한은 줄 수 없습니다 (S2)."))
        every = me is not None and (me.is_paa or me.all_accounts)
        self.all_accounts.setEnabled(every)
        self.all_accounts.setToolTip("" if every else self.tr("자신의 계정 범위 밖은 줄 수 없습니다 (S3)."))
        orders = me is not None and me.all_orders
        self.all_orders.setEnabled(orders and not self.paa.isChecked())
        self.all_orders.setToolTip("" if orders else self.tr("자신에게 없는 '모든 주문' 권한은 줄 수 없습니다 (S3)."))
        self.reset_button.setEnabled(is_paa and self.current is not None)
        self.reset_button.setToolTip("" if is_paa else self.tr("다른 직원의 비밀번호는 PAA만 재설정할 수 있습니다."))

    def _paa_toggled(self, on: bool) -> None:
        for cb in self.feature_boxes.values():
            cb.setChecked(cb.isChecked() or on)
        if on:
            self.all_accounts.setChecked(True)
            self.all_orders.setChecked(True)
        self._limits()

    # --- list and selection --------------------------------------------------------------------------

    def reload(self) -> None:
        self.rows = self.desk.read(staff.staff_rows, self.desk.actor)
        self.mine = next((r for r in self.rows if r.id == self.desk.actor.id), None)
        self.model.set_rows(self.rows)
        self.accounts.clear()
        for a in sorted(self.desk.read(account_rows), key=lambda a: a.name):
            item = QListWidgetItem(a.name)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.accounts.addItem(item)

    def apply_changes(self, changes) -> None:
        if changes.touches("staff", "accounts"):
            self.reload()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.show_user(self.model.row(row))

    def select_login(self, login: str) -> None:
        for i, r in enumerate(self.model.rows()):
            if r.login == login:
                self.table.selectRow(i)
                self.show_user(r)
                return

    def new_user(self) -> None:
        self.current = None
        self.show_input(staff.StaffInput("", ""))
        self.password.setVisible(True)
        self.password_label.setVisible(True)
        self.active_button.setEnabled(False)
        self.login.setFocus()

    def show_user(self, row: staff.StaffRow) -> None:
        self.current = row
        self.show_input(row.as_input())
        self.password.setVisible(False)
        self.password_label.setVisible(False)
        self.active_button.setEnabled(True)
        self.active_button.setText(self.tr("비활성화") if row.active else self.tr("다시 활성화"))

    def show_input(self, data: staff.StaffInput) -> None:
        self.error.clear()
        self.login.setText(data.login)
        self.name.setText(data.name)
        self.password.clear()
        self.paa.blockSignals(True)
        self.paa.setChecked(data.is_paa)
        self.paa.blockSignals(False)
        for f, cb in self.feature_boxes.items():
            cb.setChecked(data.is_paa or f in data.features)
        (self.all_accounts if data.all_accounts or data.is_paa else self.some_accounts).setChecked(True)
        self.accounts.setEnabled(not (data.all_accounts or data.is_paa))
        for i in range(self.accounts.count()):
            item = self.accounts.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in data.account_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.all_orders.setChecked(data.all_orders or data.is_paa)
        self._limits()

    def form_input(self) -> staff.StaffInput:
        chosen = frozenset(self.accounts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.accounts.count())
                           if self.accounts.item(i).checkState() == Qt.CheckState.Checked)
        features = frozenset(f for f, cb in self.feature_boxes.items() if cb.isChecked())
        return staff.StaffInput(self.login.text(), self.name.text(), features if not self.paa.isChecked() else
                                frozenset(), self.paa.isChecked(), self.all_accounts.isChecked(), chosen,
                                self.all_orders.isChecked())

    # --- actions -------------------------------------------------------------------------------------

    def open_teams(self, exec_dialog: bool = True):
        from desktop_app.views.staff.teams import TeamsDialog

        dialog = TeamsDialog(self.desk, self)
        if exec_dialog:
            dialog.open()
        return dialog

    def _run(self, fn, *args) -> bool:
        try:
            self.desk.run(fn, *args)
        except UserError as exc:
            self.error.setText(message(exc))
            return False
        return True

    def save(self) -> None:
        data = self.form_input()
        if self.current is None:
            done = self._run(staff.add_user, data, self.password.text())
        else:
            done = self._run(staff.update_user, self.current.id, self.current.version, data)
        if done:
            self.reload()
            self.select_login(data.login.strip())

    def toggle_active(self) -> None:
        if self.current is not None and self._run(staff.set_active, self.current.id, not self.current.active):
            login = self.current.login
            self.reload()
            self.select_login(login)

    def reset_password(self) -> None:
        if self.current is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("비밀번호 재설정"),
                                        self.tr("{login} 의 새 비밀번호 (10자 이상). 다음 로그인 때 바꾸게 됩니다.")
                                        .replace("{login}", self.current.login), QLineEdit.EchoMode.Password)
        if ok and self._run(staff.reset_password, self.current.id, text):
            self.error.setText(self.tr("비밀번호를 재설정했습니다."))
