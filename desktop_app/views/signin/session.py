"""The signed-in user in the window: the name in the status bar, 잠금 and 비밀번호 바꾸기 in the menu, and
the lock after an idle time (the `lock_idle_minutes` setting; 0 never locks)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class SessionGuard(QObject):
    def __init__(self, window: QMainWindow, desk, idle_minutes: int):
        super().__init__(window)
        self.window, self.desk = window, desk
        self.lock_dialog = None
        self.user_label = QLabel()
        self.user_label.setObjectName("signed_in_user")
        window.statusBar().addPermanentWidget(self.user_label)
        QTimer.singleShot(0, self.show_user)  # after the window shows: the owner is looked up lazily (S7)
        menu = window.menuBar().addMenu(self.tr("직원(&U)"))
        self.lock_action = QAction(self.tr("잠금"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        menu.addAction(self.lock_action)
        self.password_action = QAction(self.tr("비밀번호 바꾸기…"), window)
        self.password_action.triggered.connect(self.change_password)
        menu.addAction(self.password_action)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_idle_minutes(idle_minutes)
        QApplication.instance().installEventFilter(self)

    def show_user(self) -> None:
        actor = self.desk.actor
        role = self.tr("PAA") if actor.is_paa else self.tr("직원")
        self.user_label.setText(f"{actor.name} ({actor.login}, {role})")

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_ms = max(0, minutes) * 60_000
        if self.idle_ms:
            self.idle.start(self.idle_ms)
        else:
            self.idle.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if self.idle_ms and self.lock_dialog is None and event.type() in _ACTIVITY:
            self.idle.start(self.idle_ms)
        return False

    def lock(self) -> None:
        """Ask for the password again over the window, which keeps whatever was typed in it."""
        from desktop_app.services.signin import has_password
        from desktop_app.views.signin.dialogs import LockDialog

        if self.lock_dialog is not None or not self.desk.read(has_password, self.desk.actor.id):
            return  # already locked; a password-less single user (S7) has nothing to unlock with
        self.idle.stop()
        self.lock_dialog = LockDialog(self.desk, self.window)
        self.lock_dialog.finished.connect(self._unlocked)
        self.lock_dialog.open()

    def _unlocked(self, result: int) -> None:
        self.lock_dialog.deleteLater()
        self.lock_dialog = None
        if result == 2:
            self.window.close()
            return
        if self.idle_ms:
            self.idle.start(self.idle_ms)

    def change_password(self) -> None:
        from desktop_app.views.signin.dialogs import ChangePasswordDialog

        if ChangePasswordDialog(self.desk, parent=self.window).exec():
            self.window.statusBar().showMessage(self.tr("비밀번호를 바꿨습니다."))

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
