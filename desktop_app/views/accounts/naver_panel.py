"""A NAVER WORKPLACE site's trial reservation (W2), upgrade request (W3) and extra storage (W4)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.pricing.packages import PACKAGES
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.notify import shown


class NaverPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.site_id: int | None = None
        self.shown_version: int | None = None
        lay = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setObjectName("naver_info")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.warnings = QLabel()
        self.warnings.setObjectName("naver_warnings")
        self.warnings.setStyleSheet("color: #c2410c; font-weight: bold;")
        self.warnings.setWordWrap(True)
        lay.addWidget(self.warnings)
        form = QFormLayout()
        row = QHBoxLayout()
        self.plan = QComboBox()
        for p in PACKAGES["naver"]:  # W3 order, without loading the NAVER rules at start
            self.plan.addItem(labels.package_name(p), p)
        self.reserve_date = QDateEdit()
        self.reserve_date.setCalendarPopup(True)
        self.reserve_date.setDisplayFormat("yyyy-MM-dd")
        self.reserve_button = QPushButton(self.tr("전환 예약"))
        self.cancel_button = QPushButton(self.tr("예약 취소"))
        for w in (self.plan, self.reserve_date):
            row.addWidget(w)
        form.addRow(self.tr("유료 전환 (W2)"), row)
        row = QHBoxLayout()  # the buttons on a line of their own: the panel stays narrow in English too
        for w in (self.reserve_button, self.cancel_button):
            row.addWidget(w)
        row.addStretch(1)
        form.addRow("", row)
        row = QHBoxLayout()
        self.upgrade_target = QComboBox()
        self.upgrade_button = QPushButton(self.tr("업그레이드 요청"))
        row.addWidget(self.upgrade_target)
        row.addWidget(self.upgrade_button)
        form.addRow(self.tr("업그레이드 (W3)"), row)
        row = QHBoxLayout()
        self.add_tb = QPushButton(self.tr("+1TB"))
        self.return_tb = QPushButton(self.tr("−1TB 반납"))
        row.addWidget(self.add_tb)
        row.addWidget(self.return_tb)
        row.addStretch(1)
        form.addRow(self.tr("추가 저장공간 (W4)"), row)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.reserve_button.clicked.connect(self.reserve)
        self.cancel_button.clicked.connect(lambda: self._do("cancel_reservation"))
        self.upgrade_button.clicked.connect(lambda: self._do("request_upgrade", self.upgrade_target.currentData()))
        self.add_tb.clicked.connect(lambda: self._do("change_storage", 1))
        self.return_tb.clicked.connect(lambda: self._do("change_storage", -1))

    def show_site(self, site_id: int | None) -> None:
        self.site_id, self.shown_version = site_id, None
        self.error.clear()
        if site_id is None:
            return
        from desktop_app.services import naver_sites  # loaded when a NAVER site is first shown

        st = self.desk.read(naver_sites.status, site_id)
        self.shown_version = st.version  # a change passes back the version shown: no lost update
        requested = (self.tr(" · 업그레이드 요청됨: %1").replace("%1", labels.package_name(st.requested_upgrade))
                     if st.requested_upgrade else "")
        reservation = (self.tr("전환 예약: %1, %2").replace("%1", labels.package_name(st.reserved_plan))
                       .replace("%2", st.reserved_on.isoformat()) if st.reserved_plan else self.tr("전환 예약 없음"))
        trial = (self.tr("체험 종료일 %1").replace("%1", st.trial_ends_on.isoformat()) if st.trial_ends_on else "")
        self.info.setText("\n".join(x for x in (
            f"{labels.package_name(st.product)} · {labels.state_name(st.state)}{requested}",
            " · ".join(x for x in (trial, reservation) if x),
            self.tr("공용 저장공간 %1GB (추가 %2TB) · 사용 %3GB · LINE WORKS %4GB")
            .replace("%1", f"{st.shared_gb:,}").replace("%2", str(st.extra_tb))
            .replace("%3", f"{st.used_gb:,}").replace("%4", f"{st.line_works_gb:,}")) if x))
        self.warnings.setText(shown(list(st.warnings)))
        in_trial = st.state == "trial" and st.trial_ends_on is not None
        for w in (self.plan, self.reserve_date, self.reserve_button):
            w.setEnabled(in_trial)
        self.cancel_button.setEnabled(st.reserved_plan is not None)
        if st.trial_ends_on:
            self.reserve_date.setDate(QDate(st.reserved_on or st.trial_ends_on))
            self.reserve_date.setMaximumDate(QDate(st.trial_ends_on))
        self.upgrade_target.clear()
        for p in st.upgrade_targets:
            self.upgrade_target.addItem(labels.package_name(p), p)
        self.upgrade_button.setEnabled(bool(st.upgrade_targets))
        if not st.upgrade_targets:
            self.upgrade_button.setToolTip(self.tr("Collabo 와 Collabo+ 는 업그레이드가 없습니다 (W3)."))
        self.return_tb.setEnabled(st.extra_tb > 0)

    def reserve(self) -> None:
        self._do("reserve_conversion", self.plan.currentData(), self.reserve_date.date().toPython())

    def _do(self, operation: str, *args) -> None:
        """Run one of the naver_sites services on the shown site; a refusal shows under the buttons."""
        from desktop_app.services import naver_sites

        if self.site_id is None:
            return
        try:
            self.desk.run(getattr(naver_sites, operation), self.site_id, self.shown_version, *args)
        except UserError as exc:
            self.error.setText(shown(exc))
            return
        self.show_site(self.site_id)
        self.changed.emit()
