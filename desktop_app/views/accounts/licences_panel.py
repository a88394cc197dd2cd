"""A site's licences: purchased seats against named users, over-use flagged, and the named users."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import licences
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.notify import shown
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import fit_columns, make_table

_GREY = QColor("#6b7280")


def named_user_model(parent=None) -> RowsModel[licences.NamedUserRow]:
    return RowsModel([
        Column(QCoreApplication.translate("columns", "이름"), lambda u: u.name),
        Column(QCoreApplication.translate("columns", "이메일"), lambda u: u.email),
        Column(QCoreApplication.translate("columns", "상태"), lambda u: labels.user_status_name(u.status),
               colour=lambda u: _GREY if u.status != "active" else None),
    ], parent)


class LicencesPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.site_id: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setObjectName("licence_summary")
        lay.addWidget(self.summary)
        self.model = named_user_model(self)
        self.table = make_table(self.model, "named_users_table", (120, 240))
        fit_columns(self.table, shrink_first=(1,))  # the e-mail gives way; name and state stay readable
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        lay.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("사용자 추가"))
        self.edit_button = QPushButton(self.tr("수정"))
        self.toggle_button = QPushButton(self.tr("비활성화"))
        self.import_button = QPushButton(self.tr("CSV 가져오기…"))
        for b in (self.add_button, self.edit_button, self.toggle_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.toggle_button.clicked.connect(self.toggle_user)
        self.import_button.clicked.connect(self.import_csv)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_site(None, "")

    def show_site(self, site_id: int | None, name: str) -> None:
        self.site_id = site_id
        self.title.setText(self.tr("라이선스 — %1").replace("%1", name) if site_id else self.tr("라이선스"))
        self.refresh()

    def refresh(self) -> None:
        if self.site_id is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("사이트를 고르면 라이선스가 보입니다."))
            self.summary.setStyleSheet("")
        else:
            info = self.desk.read(licences.summary, self.site_id)
            self.model.set_rows(self.desk.read(licences.named_users, self.site_id))
            kind = self.tr("무료 한도") if info.free_package else self.tr("구매")
            text = (self.tr("%1 %2석 · 사용자 %3명 · 남은 좌석 %4").replace("%1", kind)
                    .replace("%2", str(info.seats)).replace("%3", str(info.named)).replace("%4", str(info.free_seats)))
            if info.over_use:
                text += " · " + self.tr("초과 사용 %1명").replace("%1", str(info.named - info.seats))
            self.summary.setText(text)
            self.summary.setStyleSheet("color: #b91c1c; font-weight: bold;" if info.over_use else "")
        self._update_buttons()

    def selected(self) -> licences.NamedUserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_site, user = self.site_id is not None, self.selected()
        self.add_button.setEnabled(has_site)
        self.import_button.setEnabled(has_site)
        self.edit_button.setEnabled(user is not None)
        self.toggle_button.setEnabled(user is not None)
        self.toggle_button.setText(self.tr("다시 활성화") if user and user.status != "active"
                                   else self.tr("비활성화"))

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def add_user(self) -> None:
        from desktop_app.views.accounts.named_user_dialog import (
            NamedUserDialog,  # imported when first used: keeps start-up lean
        )

        if self.site_id is not None and NamedUserDialog(self.desk, self.site_id, parent=self).exec():
            self._done()

    def edit_user(self) -> None:
        from desktop_app.views.accounts.named_user_dialog import NamedUserDialog

        user = self.selected()
        if user and NamedUserDialog(self.desk, self.site_id, user, parent=self).exec():
            self._done()

    def toggle_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.desk.run(licences.set_named_user_active, user.id, user.version, user.status != "active")
        except UserError as exc:
            QMessageBox.warning(self, self.tr("사용자"), shown(exc))
            return
        self._done()

    def import_csv(self) -> None:
        from desktop_app.views.common.csv_import_dialog import (
            CsvImportDialog,  # imported when first used: keeps start-up lean
        )

        if self.site_id is None:
            return
        dialog = CsvImportDialog(self.desk, self.site_id, self)
        dialog.exec()
        if dialog.imported:
            self._done()
