"""Open or edit a site: vendor, package, edition, seats, state, representative admin, addresses (O4)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desktop_app.pricing.packages import EDITIONS, FREE, PACKAGES
from desktop_app.services import sites
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.form import FormDialog


class SiteDialog(FormDialog):
    def __init__(self, desk: Desk, account_id: int, site: sites.SiteRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("사이트 편집") if site else self.tr("새 사이트"), parent)
        self.desk, self.account_id, self.site = desk, account_id, site
        self.name = self.add_field("name", self.tr("사이트(회사) 이름"), QLineEdit())
        self.vendor = self.add_field("vendor", self.tr("공급사"), self.combo(
            [(labels.vendor_name(v), v) for v in PACKAGES], self._vendor_changed))
        self.package = self.add_field("package", self.tr("패키지"), self.combo([], self._package_changed))
        self.edition = self.add_field("edition", self.tr("에디션"), self.combo([]))
        self.users = self.add_field("users", self.tr("사용자 수(라이선스)"), QSpinBox())
        self.users.setRange(0, 1_000_000)
        self.state = self.add_field("state", self.tr("상태"), self.combo(
            [(labels.state_name(st), st) for st in labels.STATES]))
        self.admin_name = self.add_field("admin_name", self.tr("대표 관리자 이름"), QLineEdit())
        self.admin_login = self.add_field("admin_login", self.tr("대표 관리자 로그인 ID"), QLineEdit())
        self.subdomain = self.add_field("subdomain", self.tr("접속 주소(서브도메인)"), QLineEdit())
        self.subdomain.setPlaceholderText("company-name")
        self.mail_domain = self.add_field("mail_domain", self.tr("메일 도메인 (선택)"), QLineEdit())
        self.mail_domain.setPlaceholderText("example.co.kr")
        self.reason = self.add_field("reason", self.tr("사용자 수 변경 사유"), QLineEdit())
        self._vendor_changed()
        if site:
            self._load(site)
        else:
            self.name.setText(desk.read(sites.next_site_name, account_id))
            self.choose(self.state, "active")

    def _vendor_changed(self) -> None:
        vendor = self.vendor.currentData()
        self.package.clear()
        for p in PACKAGES[vendor]:
            self.package.addItem(labels.package_name(p), p)
        self.edition.clear()
        for e in EDITIONS[vendor]:
            self.edition.addItem(labels.edition_name(e), e)
        self._package_changed()

    def _package_changed(self) -> None:
        vendor = self.vendor.currentData()
        self.edition.setEnabled(bool(EDITIONS.get(vendor)) and self.package.currentData() != FREE)

    def _load(self, site: sites.SiteRow) -> None:
        self.name.setText(site.name)
        self.choose(self.vendor, site.vendor)
        self.choose(self.package, site.package)
        self.choose(self.edition, site.edition)
        self.users.setValue(site.users)
        self.choose(self.state, site.state)
        self.admin_name.setText(site.admin_name)
        self.admin_login.setText(site.admin_login)
        self.subdomain.setText(site.subdomain)
        if site.opened_on is not None:
            self.subdomain.setReadOnly(True)
            self.subdomain.setToolTip(self.tr("개설된 사이트의 접속 주소는 바꿀 수 없습니다 (O4)."))
        self.mail_domain.setText(site.mail_domain)

    def value(self) -> sites.SiteInput:
        return sites.SiteInput(
            name=self.name.text(), subdomain=self.subdomain.text(), admin_name=self.admin_name.text(),
            admin_login=self.admin_login.text(), vendor=self.vendor.currentData(),
            package=self.package.currentData(),
            edition=self.edition.currentData() if self.edition.isEnabled() else None,
            users=self.users.value(), state=self.state.currentData(), mail_domain=self.mail_domain.text())

    def save(self) -> int:
        if self.site:
            return self.desk.run(sites.update_site, self.site.id, self.site.version, self.value(),
                                 self.reason.text()).id
        return self.desk.run(sites.create_site, self.account_id, self.value()).id
