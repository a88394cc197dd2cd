"""The selected account: its details, its sites, and the licences of the selected site."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.pricing.business_number import format_brn
from desktop_app.services import accounts, sites
from desktop_app.services.desk import Desk
from desktop_app.views.accounts.licences_panel import LicencesPanel
from desktop_app.views.accounts.naver_panel import NaverPanel
from desktop_app.views.common import labels
from desktop_app.views.common.refresh import keep_scroll
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import fit_columns, make_table


def site_model(parent=None) -> RowsModel[sites.SiteRow]:
    return RowsModel([
        Column(QCoreApplication.translate("columns", "사이트"), lambda r: r.name),
        Column(QCoreApplication.translate("columns", "접속 주소"), lambda r: r.subdomain),
        Column(QCoreApplication.translate("columns", "공급사"), lambda r: labels.vendor_name(r.vendor)),
        Column(QCoreApplication.translate("columns", "패키지"), lambda r: " ".join(x for x in (labels.package_name(r.package),
                                                         labels.edition_name(r.edition)) if x)),
        Column(QCoreApplication.translate("columns", "라이선스"), lambda r: f"{r.users:,}", sort_key=lambda r: r.users, right=True),
        Column(QCoreApplication.translate("columns", "사용자"), lambda r: f"{r.named_users:,}", sort_key=lambda r: r.named_users, right=True),
        Column(QCoreApplication.translate("columns", "상태"), lambda r: labels.state_name(r.state), colour=lambda r: labels.state_colour(r.state)),
    ], parent)


if TYPE_CHECKING:
    from desktop_app.services.orders import OrderListRow


def order_model(parent=None) -> RowsModel[OrderListRow]:
    kinds = {"new": QCoreApplication.translate("columns", "신규"),
             "change": QCoreApplication.translate("columns", "추가/변경/연장")}
    statuses = {"completed": QCoreApplication.translate("columns", "완료"),
                "cancelled": QCoreApplication.translate("columns", "취소")}
    return RowsModel([
        Column(QCoreApplication.translate("columns", "주문일"), lambda r: r.order_date.isoformat()),
        Column(QCoreApplication.translate("columns", "종류"), lambda r: kinds.get(r.kind, r.kind)),
        Column(QCoreApplication.translate("columns", "상태"), lambda r: statuses.get(r.status, r.status)),
        Column(QCoreApplication.translate("columns", "사이트"), lambda r: r.sites),
        Column(QCoreApplication.translate("columns", "합계"), lambda r: labels.won(r.total), sort_key=lambda r: r.total,
               right=True),
    ], parent)


def group_model(parent=None) -> RowsModel:
    """G1: the member companies of a group, on the parent account."""
    return RowsModel([
        Column(QCoreApplication.translate("columns", "회사"), lambda r: r.name),
        Column(QCoreApplication.translate("columns", "회사 ID"), lambda r: r.company_id),
        Column(QCoreApplication.translate("columns", "로그인 주소"), lambda r: r.login_url),
        Column(QCoreApplication.translate("columns", "사용자"), lambda r: f"{r.user_count:,}",
               sort_key=lambda r: r.user_count, right=True),
        Column(QCoreApplication.translate("columns", "법인카드"), lambda r: f"{r.card_count:,}",
               sort_key=lambda r: r.card_count, right=True),
        Column(QCoreApplication.translate("columns", "고객 계정"), lambda r: r.member_account),
    ], parent)


class AccountDetail(QWidget):
    changed = Signal()  # something of the account changed: the list refreshes its row

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.account_id: int | None = None
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("account_heading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        lay.addWidget(self.heading)
        info = QFormLayout()
        self.info: dict[str, QLabel] = {}
        for key, label in (("business_number", self.tr("사업자등록번호")), ("ceo_name", self.tr("대표자")),
                           ("contact", self.tr("연락처")), ("policy", self.tr("가격 정책")),
                           ("term", self.tr("계약")), ("expires_on", self.tr("만료일"))):
            self.info[key] = QLabel()
            self.info[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            info.addRow(label, self.info[key])
        lay.addLayout(info)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("detail_splitter")
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addWidget(QLabel(self.tr("사이트")))
        self.site_model = site_model(self)
        self.sites = make_table(self.site_model, "sites_table", (110, 120, 80, 150, 70, 60), sort_column=None)
        fit_columns(self.sites, shrink_first=(2, 3, 1, 0))  # 라이선스, 사용자, 상태 stay visible
        self.sites.doubleClicked.connect(lambda _i: self.edit_site())
        top_lay.addWidget(self.sites)
        row = QHBoxLayout()
        self.add_site_button = QPushButton(self.tr("사이트 추가"))
        self.edit_site_button = QPushButton(self.tr("사이트 수정"))
        self.terminate_button = QPushButton(self.tr("사이트 해지…"))
        self.terminate_button.setObjectName("terminate_site")
        self.terminate_button.setToolTip(self.tr("모든 로그인이 막히고 공급사가 데이터를 삭제합니다 (W5)."))
        self.add_site_button.clicked.connect(self.add_site)
        self.edit_site_button.clicked.connect(self.edit_site)
        self.terminate_button.clicked.connect(self.terminate_site)
        row.addWidget(self.add_site_button)
        row.addWidget(self.edit_site_button)
        row.addStretch(1)
        row.addWidget(self.terminate_button)
        top_lay.addLayout(row)
        split.addWidget(top)
        self.licences = LicencesPanel(desk)
        self.licences.changed.connect(self._site_data_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.licences, self.tr("라이선스"))
        self.order_model = order_model(self)
        self.orders = make_table(self.order_model, "orders_table", (90, 60, 70, 200, 110), sort_column=None)
        self.tabs.addTab(self.orders, self.tr("주문 내역"))
        self.group_model = group_model(self)
        self.group_table = make_table(self.group_model, "group_table", (140, 130, 260, 70, 70), sort_column=None)
        self.group_tab = self.tabs.addTab(self.group_table, self.tr("그룹사 정보"))
        self.tabs.setTabVisible(self.group_tab, False)
        self.naver = NaverPanel(desk)
        self.naver_tab = self.tabs.addTab(self.naver, "NAVER WORKPLACE")
        self.tabs.setTabVisible(self.naver_tab, False)
        split.addWidget(self.tabs)
        lay.addWidget(split, 1)
        self.sites.selectionModel().selectionChanged.connect(lambda *_: self._site_selected())
        self.show_account(None)

    def show_account(self, account_id: int | None) -> None:
        self.account_id = account_id
        if account_id is None:
            self.heading.setText(self.tr("고객 계정을 고르세요"))
            for label in self.info.values():
                label.clear()
            self.site_model.set_rows([])
            self.order_model.set_rows([])
            self.group_model.set_rows([])
            self.tabs.setTabVisible(self.group_tab, False)
        else:
            a = self.desk.read(accounts.get_account, account_id)
            self.heading.setText(a.name)
            self.info["business_number"].setText(format_brn(a.business_number))
            self.info["ceo_name"].setText(a.ceo_name)
            self.info["contact"].setText(" · ".join(x for x in (a.phone, a.email) if x))
            self.info["policy"].setText(labels.policy_name(a.pricing_policy.value))
            renew = self.tr("자동 연장") if a.auto_renew else self.tr("연장 안 함")
            self.info["term"].setText(f"{labels.term_name(a.term_months)} · {renew}")
            self.info["expires_on"].setText(labels.date_text(a.expires_on))
            self.site_model.set_rows(self.desk.read(sites.site_rows, account_id))
            from desktop_app.services.orders import order_rows  # the pricing engine loads on first use

            self.order_model.set_rows(self.desk.read(order_rows, account_id))
            from desktop_app.services.groups import company_rows

            members = self.desk.read(company_rows, account_id)
            self.group_model.set_rows(members)
            self.tabs.setTabVisible(self.group_tab, bool(members))  # only a group's parent account has the tab
        self.add_site_button.setEnabled(account_id is not None)
        self._site_selected()

    def refresh(self) -> None:
        """Read the open account again (another view or workstation changed it), keeping the selected site and
        the scroll positions."""
        if self.account_id is None:
            return
        site = self.selected_site()
        with keep_scroll(self.sites, self.orders, self.group_table, self.licences.table):
            self.sites.selectionModel().blockSignals(True)
            try:
                self.show_account(self.account_id)
                for n, r in enumerate(self.site_model.rows()):
                    if site is not None and r.id == site.id:
                        self.sites.selectRow(n)
            finally:
                self.sites.selectionModel().blockSignals(False)
            self._site_selected()

    def selected_site(self) -> sites.SiteRow | None:
        rows = self.sites.selectionModel().selectedRows()
        return self.site_model.row(rows[0].row()) if rows else None

    def _site_selected(self) -> None:
        site = self.selected_site()
        self.edit_site_button.setEnabled(site is not None)
        self.terminate_button.setEnabled(site is not None and site.state != "terminated")
        self.licences.show_site(site.id if site else None, site.name if site else "")
        is_naver = site is not None and site.vendor == "naver"
        self.tabs.setTabVisible(self.naver_tab, is_naver)
        if is_naver:
            self.naver.show_site(site.id)

    def select_site(self, site_id: int) -> None:
        for n, r in enumerate(self.site_model.rows()):
            if r.id == site_id:
                self.sites.selectRow(n)
                return

    def show_naver_tab(self) -> None:
        if self.tabs.isTabVisible(self.naver_tab):
            self.tabs.setCurrentIndex(self.naver_tab)

    def _reload_sites(self, select_id: int | None) -> None:
        self.site_model.set_rows(self.desk.read(sites.site_rows, self.account_id))
        for n, r in enumerate(self.site_model.rows()):
            if r.id == select_id:
                self.sites.selectRow(n)
        self._site_selected()
        self.changed.emit()

    def _site_data_changed(self) -> None:
        site = self.selected_site()
        self._reload_sites(site.id if site else None)

    def add_site(self) -> None:
        from desktop_app.views.accounts.site_dialog import (
            SiteDialog,  # imported when first used: keeps start-up lean
        )

        if self.account_id is None:
            return
        dialog = SiteDialog(self.desk, self.account_id, parent=self)
        if dialog.exec():
            self._reload_sites(dialog.saved)

    def terminate_site(self) -> bool:
        from desktop_app.views.accounts.terminate_dialog import TerminateSiteDialog

        site = self.selected_site()
        if site is None:
            return False
        dialog = TerminateSiteDialog(self.desk, site, parent=self)
        if dialog.exec():
            self._reload_sites(site.id)
            return True
        return False

    def edit_site(self) -> None:
        from desktop_app.views.accounts.site_dialog import SiteDialog

        site = self.selected_site()
        if site is None:
            return
        dialog = SiteDialog(self.desk, self.account_id, site, parent=self)
        if dialog.exec():
            self._reload_sites(dialog.saved)
