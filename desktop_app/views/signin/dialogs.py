"""Sign-in (S5, S7), the lock that asks for the password again, and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.errors import UserError
from desktop_app.views.common.notify import shown


def message(exc: UserError) -> str:
    return shown(exc)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(QDialog):
    """Login and password; `user` is the signed-in staff user after accept(). The last login is filled in
    (kept in the settings by the caller), never the password."""

    def __init__(self, db, last_login: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.user = db, None
        self.setObjectName("sign_in")
        self.setWindowTitle(self.tr("{app} 로그인").replace("{app}", APP_NAME))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.login = QLineEdit(last_login)
        self.login.setObjectName("login")
        self.password = _password_field("password")
        form.addRow(self.tr("로그인 이름"), self.login)
        form.addRow(self.tr("비밀번호"), self.password)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("로그인"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        (self.password if last_login else self.login).setFocus()
        self.setMinimumWidth(420)

    def try_sign_in(self) -> None:
        from desktop_app.services.signin import sign_in

        try:
            self.user = sign_in(self.db, self.login.text(), self.password.text())
        except UserError as exc:
            self.error.setText(message(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class LockDialog(QDialog):
    """Over the window while it is locked: the window and its unsaved input stay as they are underneath;
    only the signed-in user's password opens it again (or the application is closed)."""

    def __init__(self, desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("lock")
        self.setModal(True)
        self.setWindowTitle(self.tr("잠김"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        lay = QVBoxLayout(self)
        text = self.tr("{name} 님의 화면이 잠겼습니다. 비밀번호를 입력하면 하던 일로 돌아갑니다.")
        lay.addWidget(QLabel(text.replace("{name}", desk.actor.name)))
        self.password = _password_field("password")
        lay.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        unlock = buttons.addButton(self.tr("잠금 해제"), QDialogButtonBox.ButtonRole.AcceptRole)
        unlock.setDefault(True)
        self.quit_button = QPushButton(self.tr("프로그램 끝내기"))
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.try_unlock)
        self.quit_button.clicked.connect(self._quit)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def reject(self) -> None:  # Esc does not open a locked window
        pass

    def _quit(self) -> None:
        self.done(2)

    def try_unlock(self) -> None:
        from desktop_app.services.signin import sign_in

        try:
            user = sign_in(self.desk.db, self.desk.actor.login, self.password.text())
        except UserError as exc:
            self.error.setText(message(exc))
            self.password.clear()
            return
        if user.id != self.desk.actor.id:  # pragma: no cover - the login is the actor's own
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """One's own password (S5); `forced` after a PAA's reset: the window opens only with a new one."""

    def __init__(self, desk, forced: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("change_password")
        self.setWindowTitle(self.tr("비밀번호 바꾸기"))
        lay = QVBoxLayout(self)
        if forced:
            lay.addWidget(QLabel(self.tr("PAA(주 관리자)가 비밀번호를 재설정했습니다. 새 비밀번호를 정하세요.")))
        form = QFormLayout()
        self.old = _password_field("old")
        self.new = _password_field("new")
        self.repeat = _password_field("repeat")
        form.addRow(self.tr("지금 비밀번호"), self.old)
        form.addRow(self.tr("새 비밀번호 (10자 이상)"), self.new)
        form.addRow(self.tr("새 비밀번호 확인"), self.repeat)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> None:
        from desktop_app.services.staff import change_own_password

        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("새 비밀번호 두 칸이 다릅니다. 같게 입력하세요."))
            return
        try:
            self.desk.run(change_own_password, self.old.text(), self.new.text())
        except UserError as exc:
            self.error.setText(message(exc))
            return
        self.accept()
