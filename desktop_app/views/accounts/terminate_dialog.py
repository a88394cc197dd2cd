"""Terminating a site (W5): the consequences named, the site's name typed in to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop_app.services.desk import Desk
from desktop_app.services.site_termination import terminate_site
from desktop_app.services.sites import SiteRow
from desktop_app.views.common.form import FormDialog


class TerminateSiteDialog(FormDialog):
    def __init__(self, desk: Desk, site: SiteRow, parent: QWidget | None = None):
        super().__init__(self.tr("사이트 해지 — %1").replace("%1", site.name), parent)
        self.desk, self.site = desk, site
        warning = QLabel(self.tr(
            "사이트 '%1' (%2) 을(를) 해지하면:\n"
            "• 모든 사용자의 로그인이 막힙니다 (사용자 %3명).\n"
            "• 공급사가 메일, 게시판, 파일 등 이 사이트의 데이터를 삭제합니다. 되돌릴 수 없습니다.\n"
            "• 해지된 사이트로는 더 주문할 수 없습니다.\n\n"
            "계속하려면 아래에 사이트 이름을 그대로 입력하세요.")
            .replace("%1", site.name).replace("%2", site.subdomain).replace("%3", f"{site.users:,}"))
        warning.setObjectName("terminate_warning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b91c1c;")
        self.form.addRow(warning)
        self.confirm: QLineEdit = self.add_field("confirm_name", self.tr("사이트 이름"), QLineEdit())
        self.confirm.setPlaceholderText(site.name)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("해지"))
        self.ok.setEnabled(False)
        self.ok.setAutoDefault(False)
        self.confirm.textChanged.connect(lambda text: self.ok.setEnabled(text.strip() == site.name))
        self.setMinimumWidth(460)

    def save(self):
        return self.desk.run(terminate_site, self.site.id, self.site.version, self.confirm.text())
