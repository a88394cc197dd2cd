"""Completing an order in the vendor portal's three steps: service application, opening details, payment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import StaleEdit, UserError, ValidationError
from desktop_app.pricing.orders import Refused
from desktop_app.services import orders
from desktop_app.services.calculator import AccountContext, CalcRow
from desktop_app.services.desk import Desk
from desktop_app.views.calculator.rows import ERROR_STYLE
from desktop_app.views.common import labels
from desktop_app.views.common.notify import shown


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class OrderDialog(QDialog):
    STEPS = 3

    def __init__(self, desk: Desk, context: AccountContext, rows: list[CalcRow], months: int, code: str,
                 parent: QWidget | None = None, term: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("주문 — %1").replace("%1", context.name))
        self.desk, self.context, self.months, self.code = desk, context, months, code
        self.term = term if term is not None else context.term_months
        self.changes = [r for r in rows if r.site_id is not None and r.site_id not in context.blocked]
        self.new_rows = [r for r in rows if r.site_id is None]
        self.saved = None
        self.stale = False  # refused as changed meanwhile: the calculator reads the account again when closed
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.step_label)
        self.general = _error_label()
        lay.addWidget(self.general)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._summary_page())
        self.stack.addWidget(self._opening_page())
        self.stack.addWidget(self._payment_page())
        lay.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        self.back = QPushButton(self.tr("이전"))
        self.next = QPushButton(self.tr("다음"))
        self.finish = QPushButton(self.tr("주문 완료"))
        self.finish.setObjectName("order_finish")
        self.quote_button = QPushButton(self.tr("견적서로 만들기"))
        self.quote_button.setObjectName("order_quote")
        self.quote_button.setToolTip(self.tr("주문하지 않고 같은 가격으로 견적서를 만듭니다."))
        self.quote_button.clicked.connect(self.make_quote)
        self.preview_window = None
        cancel = QPushButton(self.tr("취소"))
        nav.addWidget(self.quote_button)
        nav.addStretch(1)
        for b in (cancel, self.back, self.next, self.finish):
            nav.addWidget(b)
        lay.addLayout(nav)
        for b in (self.quote_button, cancel, self.back, self.next, self.finish):
            b.setAutoDefault(False)  # Enter never makes a quote or an invoice by accident; 다음 is the default
        self.next.setDefault(True)
        cancel.clicked.connect(self.reject)
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.finish.clicked.connect(self.submit)
        self.resize(620, 520)
        self.go(0)

    def go(self, step: int) -> None:
        step = max(0, min(step, self.STEPS - 1))
        self.stack.setCurrentIndex(step)
        names = (self.tr("1. 서비스 신청"), self.tr("2. 서비스 개설 정보"), self.tr("3. 결제"))
        self.step_label.setText(names[step])
        self.back.setEnabled(step > 0)
        self.next.setVisible(step < self.STEPS - 1)
        self.next.setDefault(step < self.STEPS - 1)  # on the last step Enter does nothing: 주문 완료 is clicked
        self.finish.setVisible(step == self.STEPS - 1)
        if step < self.STEPS - 1:
            self.next.setFocus()

    def _summary_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lines = [self._term_line(), ""]
        for r in self.new_rows:
            lines.append(self.tr("새 사이트 %1: %2 %3 · %4명").replace("%1", r.name)
                         .replace("%2", labels.package_name(r.package)).replace("%3", labels.edition_name(r.edition))
                         .replace("%4", f"{r.users:,}"))
        for r in self.changes:
            extra = self.tr(" · 기간 연장") if r.extend else ""
            lines.append(self.tr("변경 %1: %2 %3 · %4명").replace("%1", r.name)
                         .replace("%2", labels.package_name(r.package)).replace("%3", labels.edition_name(r.edition))
                         .replace("%4", f"{r.users:,}") + extra)
        self.priced = None
        try:
            priced = self.priced = self.desk.read(orders.price_for_account, self._input(priced_only=True))
            lines.append("")
            lines.append(self.tr("공급가액 %1원 · 부가세 %2원 · 합계 %3원").replace("%1", f"{priced.supply:,}")
                         .replace("%2", f"{priced.vat:,}").replace("%3", f"{priced.total:,}"))
        except (Refused, UserError) as exc:
            lines.append(shown(exc))
        self.summary.setText("\n".join(lines))
        lay.addWidget(self.summary)
        lay.addStretch(1)
        return page

    def _term_line(self) -> str:
        """Step 1 states the term the order is priced at, and whether it changes the account's (C2)."""
        text = self.tr("계약 기간: %1 · %2개월분").replace("%1", labels.term_name(self.term)).replace(
            "%2", str(self.months))
        if self.term != self.context.term_months:
            text += self.tr(" (주문을 마치면 계정의 기간이 %1에서 바뀝니다)").replace(
                "%1", labels.term_name(self.context.term_months))
        return text

    def _opening_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        if not self.new_rows:
            lay.addWidget(QLabel(self.tr("새로 여는 사이트가 없어 개설 정보가 필요 없습니다.")))
        for i, r in enumerate(self.new_rows):
            box = QGroupBox(r.name)
            form = QFormLayout(box)
            for key, label, placeholder in (
                    ("subdomain", self.tr("접속 주소(서브도메인)"), "company-name"),
                    ("admin_name", self.tr("대표 관리자 이름"), ""),
                    ("admin_login", self.tr("대표 관리자 로그인 ID"), "admin"),
                    ("mail_domain", self.tr("메일 도메인 (선택)"), "example.co.kr")):
                edit = QLineEdit()
                edit.setPlaceholderText(placeholder)
                edit.setObjectName(f"new_sites[{i}].{key}")
                error = _error_label()
                holder = QWidget()
                hl = QVBoxLayout(holder)
                hl.setContentsMargins(0, 0, 0, 0)
                hl.addWidget(edit)
                hl.addWidget(error)
                form.addRow(label, holder)
                self.fields[f"new_sites[{i}].{key}"] = edit
                self.errors[f"new_sites[{i}].{key}"] = error
            lay.addWidget(box)
        lay.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    def _payment_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.total_label = QLabel()  # step 3 repeats what is paid
        self.total_label.setObjectName("order_total")
        self.total_label.setStyleSheet("font-weight: bold;")
        if self.priced is not None:
            self.total_label.setText(self.tr("결제할 금액: %1원 (부가세 포함)").replace("%1", f"{self.priced.total:,}"))
        lay.addWidget(self.total_label)
        self.payment = QButtonGroup(self)
        self.payment_buttons: dict[str, QRadioButton] = {}
        for key in orders.PAYMENT_METHODS:
            button = QRadioButton(labels.method_name(key))
            button.setObjectName(f"pay_{key}")
            self.payment.addButton(button)
            self.payment_buttons[key] = button
            lay.addWidget(button)
        self.payment_buttons["card"].setChecked(True)
        self.errors["payment_method"] = _error_label()
        lay.addWidget(self.errors["payment_method"])
        self.terms = QCheckBox(self.tr("서비스 이용 약관과 개인정보 처리 방침에 동의합니다"))
        self.terms.setObjectName("order_terms")
        lay.addWidget(self.terms)
        self.errors["terms_accepted"] = _error_label()
        lay.addWidget(self.errors["terms_accepted"])
        lay.addStretch(1)
        return page

    def _input(self, priced_only: bool = False) -> orders.OrderInput:
        new_sites = []
        for i, r in enumerate(self.new_rows):
            get = (lambda k, i=i: self.fields[f"new_sites[{i}].{k}"].text().strip()) if not priced_only else \
                (lambda k: "")
            new_sites.append(orders.NewSite(r.name, r.package, r.users, r.edition, dict(r.addons), get("subdomain"),
                                            get("admin_name"), get("admin_login"), get("mail_domain")))
        changes = [orders.SiteChange(r.site_id, r.package, r.users, r.edition, dict(r.addons), r.extend,
                                     self.context.versions.get(r.site_id))
                   for r in self.changes]
        method = "card"
        if not priced_only:
            method = next(k for k, b in self.payment_buttons.items() if b.isChecked())
        return orders.OrderInput(self.context.account_id, new_sites, changes,
                                 self.months if self.months != self.term else None, self.code,
                                 method, (not priced_only) and self.terms.isChecked(),
                                 self.term if self.term != self.context.term_months else None,
                                 self.context.account_version)  # the account as the calculator showed it

    def make_quote(self) -> int | None:
        """The order as a quote (for the customer to approve first); the dialog stays open."""
        from desktop_app.services import quotes
        from desktop_app.settings import Settings
        from desktop_app.views.quotes import actions as quote_actions

        self.general.hide()
        try:
            row = self.desk.run(quotes.quote_for_order, self._input(priced_only=True), Settings())
        except Refused as refusal:
            self.general.setText(shown(refusal))
            self.general.show()
            return None
        except UserError as exc:
            self.general.setText(shown(exc))
            self.general.show()
            return None
        self.preview_window = quote_actions.preview(self, self.desk, row.id)
        return row.id

    def submit(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general.hide()
        try:
            self.saved = self.desk.run(orders.place_order, self._input())
        except ValidationError as exc:
            first_step = self.STEPS - 1
            for key, message in exc.errors.items():
                if key in self.errors:
                    self.errors[key].setText(shown(message))
                    self.errors[key].show()
                    if key.startswith("new_sites"):
                        first_step = 1
                else:
                    self.general.setText(shown(message))
                    self.general.show()
            self.go(first_step)
            return
        except Refused as refusal:
            self.general.setText(shown(refusal))
            self.general.show()
            return
        except UserError as exc:
            self.stale = self.stale or isinstance(exc, StaleEdit)
            self.general.setText(shown(exc))
            self.general.show()
            return
        self.accept()
