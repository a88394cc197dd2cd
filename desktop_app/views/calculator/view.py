"""The order calculator, the reseller's main working screen: companies on the left, the price on the right,
recomputed on every change. Without an account it prepares an offline quote; with one, a change order."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import UserError, ValidationError
from desktop_app.pricing.orders import DiscountCode, Refused
from desktop_app.services import accounts, calculator, catalog, discounts, quotes
from desktop_app.services.calculator import AccountContext, CalcInput, CalcRow
from desktop_app.services.desk import Desk
from desktop_app.services.sites import default_site_name
from desktop_app.views.calculator.parties import ProspectFields, fill_accounts
from desktop_app.views.calculator.price_panel import PricePanel
from desktop_app.views.calculator.rows import ERROR_STYLE, CompanyGrid
from desktop_app.views.common import labels
from desktop_app.views.common.notify import shown
from desktop_app.views.common.refresh import Follows

KINDS = ("accounts", "sites", "licences", "catalog", "codes")


class CalculatorView(QWidget):
    quote_made = Signal(int)
    invoice_requested = Signal(int)  # open this invoice (the one a completed order issued)

    def __init__(self, desk: Desk, language: str = "ko", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.language = desk, language
        self.catalogs = desk.read(catalog.catalogs)
        self.context: AccountContext | None = None
        self.code: DiscountCode | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        top = QFormLayout()
        self.account = QComboBox()
        self.account.setObjectName("calc_account")
        fill_accounts(self.account, desk.read(accounts.account_rows), self.tr("계정 없이 (견적 준비)"))
        self.prospect = ProspectFields()
        self.customer = self.prospect.edits["name"]  # the prospect's name (a quote without an account)
        account_line = QHBoxLayout()
        account_line.addWidget(self.account, 1, Qt.AlignmentFlag.AlignTop)
        account_line.addWidget(self.prospect, 1)
        top.addRow(self.tr("고객 계정"), account_line)
        line = QHBoxLayout()
        self.vendor = QComboBox()
        self.vendor.addItem(labels.vendor_name("daouoffice"), "daouoffice")
        self.vendor.addItem(labels.vendor_name("naver"), "naver")
        self.term = QComboBox()
        self.term.setObjectName("calc_term")
        self.term.addItem(labels.term_name(1), 1)
        self.term.addItem(labels.term_name(12), 12)
        self.policy = QComboBox()
        self.policy.addItem(labels.policy_name("4.0"), "4.0")
        self.policy.addItem(labels.policy_name("legacy"), "legacy")
        self.months = QSpinBox()
        self.months.setObjectName("calc_months")
        self.months.setRange(1, 60)
        self.months.setSuffix(self.tr("개월"))
        for w in (self.vendor, self.term, self.policy, self.months):
            line.addWidget(w)
        self.term_note = QLabel()  # why the vendor and policy are fixed, and what a term change does (C2)
        self.term_note.setObjectName("calc_term_note")
        self.term_note.setWordWrap(True)
        self.term_note.setStyleSheet("color: #6b7280;")
        line.addWidget(self.term_note, 1)
        top.addRow(self.tr("상품·기간"), line)
        code_line = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("calc_code")
        self.code_edit.setPlaceholderText(self.tr("할인코드 (선택)"))
        self.code_error = QLabel()
        self.code_error.setStyleSheet(ERROR_STYLE)
        code_line.addWidget(self.code_edit)
        code_line.addWidget(self.code_error, 1)
        top.addRow(self.tr("할인코드"), code_line)
        outer.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        left_lay.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("회사 추가"))
        self.add_button.setObjectName("calc_add")
        self.order_button = QPushButton(self.tr("주문하기…"))
        self.order_button.setObjectName("calc_order")
        self.order_hint = QLabel()
        self.order_hint.setStyleSheet("color: #6b7280;")
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.order_hint)
        self.quote_button = QPushButton(self.tr("견적서 만들기"))
        self.quote_button.setObjectName("calc_quote")
        buttons.addWidget(self.quote_button)
        buttons.addWidget(self.order_button)
        left_lay.addLayout(buttons)
        split.addWidget(left)
        self.panel = PricePanel()
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self.grid: CompanyGrid | None = None
        self.account.currentIndexChanged.connect(lambda _i: self.load_account(self.account.currentData()))
        self.vendor.currentIndexChanged.connect(lambda _i: self._reset_rows())
        self.term.currentIndexChanged.connect(lambda _i: self._term_changed())
        self.policy.currentIndexChanged.connect(lambda _i: self.recalculate())
        self.months.valueChanged.connect(lambda _v: self.recalculate())
        self.code_edit.editingFinished.connect(self._code_changed)
        self.add_button.clicked.connect(self.add_company)
        self.order_button.clicked.connect(self.place_order)
        self.quote_button.clicked.connect(self.make_quote)
        self.preview_window = None
        self.revising: int | None = None  # the quote being edited; the quote button then makes its revision
        self.revising_version = 0
        self.follow = Follows(self, KINDS, self.refresh)
        self.load_account(None)

    # --- following changes made elsewhere ---------------------------------------------------------------
    def apply_changes(self, changes) -> None:
        """MainWindow.changed: new or changed accounts, their term, policy and sites, prices and codes."""
        self.follow.apply(changes)

    def refresh(self) -> None:
        """The account list and the chosen account's context read again. The rows on screen stay as the user
        left them unless the account's sites themselves changed (then they are the account's again)."""
        self.catalogs = self.desk.read(catalog.catalogs)
        current = self.account.currentData()
        self.account.blockSignals(True)
        try:
            while self.account.count() > 1:
                self.account.removeItem(1)
            for row in self.desk.read(accounts.account_rows):
                self.account.addItem(row.name, row.id)
            index = self.account.findData(current) if current is not None else 0
            self.account.setCurrentIndex(max(index, 0))
        finally:
            self.account.blockSignals(False)
        if current is not None and self.account.currentData() != current:  # the account is gone
            self.load_account(None)
            return
        if self.context is None:
            self.recalculate()
            return
        ctx = self.desk.read(calculator.account_context, current)
        old, self.context = self.context, ctx
        if (ctx.rows, ctx.blocked, ctx.operations, ctx.catalog) != (old.rows, old.blocked, old.operations,
                                                                     old.catalog):
            self.load_account(current)
            return
        self._loading = True
        try:
            self.term.setCurrentIndex(self.term.findData(ctx.term_months))
            self.policy.setCurrentIndex(self.policy.findData(ctx.policy))
            if old.term_months != ctx.term_months:
                self.months.setValue(ctx.term_months)
        finally:
            self._loading = False
        self.recalculate()

    # --- building the rows ---------------------------------------------------------------------------
    def catalog_id(self) -> str:
        return self.context.catalog if self.context else self.vendor.currentData()

    def version(self):
        return self.catalogs[self.catalog_id()].version_on(clock.today())

    def _new_grid(self) -> None:
        self.grid = CompanyGrid(self.version(), self.language)
        self.grid.setObjectName("calc_grid")
        self.grid.changed.connect(self.recalculate)
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.addWidget(self.grid)
        lay.addStretch(1)
        self.scroll.setWidget(holder)

    def _reset_rows(self) -> None:
        if self._loading:
            return
        self._new_grid()
        self.add_company()

    def load_account(self, account_id: int | None) -> None:
        self._stop_revising()
        self._loading = True
        try:
            self.context = self.desk.read(calculator.account_context, account_id) if account_id else None
            ctx = self.context
            for w in (self.vendor, self.policy):
                w.setEnabled(ctx is None)  # an account's own vendor and policy apply to its orders
                w.setToolTip(self.tr("계정의 공급사와 가격 정책을 따릅니다. 바꾸려면 계정을 편집하세요.") if ctx else "")
            self.prospect.setVisible(ctx is None)  # an account's quote is addressed to the account
            if ctx:
                self.vendor.setCurrentIndex(self.vendor.findData(ctx.catalog))
                self.term.setCurrentIndex(self.term.findData(ctx.term_months))
                self.policy.setCurrentIndex(self.policy.findData(ctx.policy))
            self.months.setValue(self.term.currentData())
            self._new_grid()
            if ctx:
                for row in ctx.rows:
                    self.grid.add_row(row, ctx.operations.get(row.site_id), ctx.blocked.get(row.site_id, ""))
            else:
                self.add_company()
        finally:
            self._loading = False
        self.recalculate()

    def add_company(self) -> None:
        if self.grid is None:
            return
        v = self.version()
        package = next(iter(v.packages))
        edition = next(iter(v.editions))
        minimum = v.free_package["paid_min_users"] if v.free_package else 1
        self.grid.add_row(CalcRow(default_site_name(self.grid.names()), package, max(minimum, 10), edition))
        self.recalculate()

    def _term_changed(self) -> None:
        self.months.blockSignals(True)
        self.months.setValue(self.term.currentData())
        self.months.blockSignals(False)
        self.recalculate()

    def _show_term_note(self) -> None:
        """Say at the field what the term does: with an account, a different term is part of the order (C2)."""
        ctx, term = self.context, self.term.currentData()
        if ctx is None:
            text = ""
        elif term != ctx.term_months:
            text = self.tr("주문을 마치면 계정의 계약 기간이 %1에서 %2(으)로 바뀝니다.").replace(
                "%1", labels.term_name(ctx.term_months)).replace("%2", labels.term_name(term))
        else:
            text = self.tr("계정의 계약 기간입니다. 다른 기간을 고르면 주문과 함께 바뀝니다.")
        if self.months.value() != term:
            text += (" " if text else "") + self.tr("%1 요금으로 %2개월을 계산합니다.").replace(
                "%1", labels.term_name(term)).replace("%2", str(self.months.value()))
        self.term_note.setText(text)
        self.term_note.setToolTip(self.tr("계약 기간 (C2)"))

    def _code_changed(self) -> None:
        text = self.code_edit.text().strip()
        self.code_error.clear()
        self.code = None
        if text:
            try:
                self.code = self.desk.read(discounts.resolve, text)
            except Refused as refusal:
                self.code_error.setText(shown(refusal.problems[0]))
        self.recalculate()

    # --- pricing ---------------------------------------------------------------------------------------
    def calc_input(self) -> CalcInput:
        ctx = self.context
        return CalcInput(
            catalog=self.catalog_id(), term_months=self.term.currentData(), rows=self.grid.values(),
            date=clock.today(), policy=self.policy.currentData(),
            months=self.months.value() if self.months.value() != self.term.currentData() else None,
            expires_on=ctx.expires_on if ctx else None, auto_renew=ctx.auto_renew if ctx else True, code=self.code,
            current_term=ctx.term_months if ctx else None)

    def priced_input(self) -> CalcInput:
        """What is priced: rows of sites the account cannot order for (O2) are left out, as in the portal."""
        inp = self.calc_input()
        if self.context and inp.rows:
            blocked = self.context.blocked
            inp = dataclasses.replace(inp, rows=[r for r in inp.rows if r.site_id not in blocked])
        return inp

    def recalculate(self) -> None:
        if self._loading or self.grid is None:
            return
        inp = self.priced_input()
        result = calculator.calculate(inp, self.catalogs) if inp.rows else calculator.CalcResult(None)
        rows = [r for r in self.grid.rows if not (self.context and r.site_id in self.context.blocked)]
        for i, row in enumerate(rows):
            row.show_problems(result.row_problems.get(i, {}))
        self.panel.show_result(result, self.version(), self.language)
        self._show_term_note()
        why_not = self._why_no_order(inp, result)
        self.order_button.setEnabled(not why_not)
        self.order_button.setToolTip(why_not)
        self.quote_button.setEnabled(result.priced is not None)
        self.order_hint.setText("" if self.context else self.tr("계정을 고르면 주문할 수 있습니다"))

    def _why_no_order(self, inp: CalcInput, result) -> str:
        """Why 주문하기 is disabled, or "" when the order can be placed."""
        if self.context is None:
            return self.tr("계정을 고르면 주문할 수 있습니다")
        if result.priced is None:
            return self.tr("가격을 계산할 수 없어 주문할 수 없습니다. 빨간 칸을 고치세요.")
        order = calculator.order_of(inp)
        term_changes = inp.term_months != self.context.term_months
        if not term_changes and all(site.unchanged() for site in order.sites):
            return self.tr("바뀌는 것이 없어 주문할 수 없습니다 (0원). 사용자 수·패키지·부가 상품을 바꾸거나 "
                           "기간 연장을 고르세요.")
        return ""

    def place_order(self) -> None:
        from desktop_app.views.calculator.order_dialog import OrderDialog  # imported when first used

        if self.context is None:
            return
        dialog = OrderDialog(self.desk, self.context, self.grid.values(), self.months.value(),
                             self.code_edit.text().strip(), self, term=self.term.currentData())
        if dialog.exec():
            self.load_account(self.context.account_id)
            self.order_done(dialog.saved)
        elif dialog.stale:  # "changed meanwhile — reload": the account as it is now, the rows kept where they can be
            self.refresh()

    def order_done(self, order) -> None:
        """Say what the order issued, by number, and offer to open the invoice."""
        from desktop_app.services.orders import invoice_of_order

        invoice = self.desk.read(invoice_of_order, order.id)
        text = self.tr("주문을 마쳤습니다. 합계 %1").replace("%1", labels.won(order.total))
        if invoice is not None:
            text += "\n" + self.tr("청구서 %1 을(를) 발행했습니다.").replace("%1", invoice[1])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("주문 완료"), text, QMessageBox.StandardButton.Close,
                          self)
        box.setObjectName("order_done")
        open_button = None
        if invoice is not None:
            open_button = box.addButton(self.tr("청구서 열기"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(open_button)
            open_button.clicked.connect(lambda: self.invoice_requested.emit(invoice[0]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # does not block: the calculator already shows the account after the order
        self.done_box = box

    def _stop_revising(self) -> None:
        self.revising = None
        self.quote_button.setText(self.tr("견적서 만들기"))

    def edit_quote(self, quote_id: int) -> None:
        """Load a quote's order into the calculator; the quote button then makes its next revision."""
        row = self.desk.read(quotes.get_quote, quote_id)
        order = row.content["order"]
        index = self.account.findData(row.account_id) if row.account_id is not None else 0
        if index == self.account.currentIndex():
            self.load_account(row.account_id)
        else:
            self.account.setCurrentIndex(max(index, 0))
        self._loading = True
        try:
            if self.context is None:
                self.vendor.setCurrentIndex(self.vendor.findData(order["catalog"]))
                self.term.setCurrentIndex(self.term.findData(order["term_months"]))
                self.policy.setCurrentIndex(self.policy.findData(order["policy"]))
                self.prospect.set_customer(row.content.get("customer", {"name": row.customer_name}))
                self._new_grid()
            self.months.setValue(order["months"] or order["term_months"])
            by_name = {r.name.text(): r for r in self.grid.rows if r.site_id is not None}
            for site in order["sites"]:
                calc_row = CalcRow(site["name"], site["package"], site["users"], site["edition"],
                                   {a["product"]: a["quantity"] for a in site["addons"]}, extend=site["extend"])
                existing = by_name.get(site["name"]) if site["current"] is not None else None
                if existing is not None:
                    existing.set_value(dataclasses.replace(calc_row, site_id=existing.site_id,
                                                           current=existing.current))
                else:
                    self.grid.add_row(calc_row)
        finally:
            self._loading = False
        self.recalculate()
        self.revising, self.revising_version = quote_id, row.version  # passed back: no lost update
        self.quote_button.setText(self.tr("개정판 만들기 (%1)").replace("%1", row.number))

    def make_quote(self) -> int | None:
        """One click: the priced screen becomes a numbered quote, shown in a preview to print, save or send."""
        from desktop_app.settings import Settings
        from desktop_app.views.common.notify import tell
        from desktop_app.views.quotes import actions as quote_actions

        try:
            account_id = self.context.account_id if self.context else None
            if self.revising is not None:
                row = self.desk.run(quotes.revise_from_calculator, self.revising, self.revising_version,
                                    self.priced_input(), Settings())
            else:
                row = self.desk.run(quotes.quote_from_calculator, self.priced_input(), account_id,
                                    self.prospect.values() if account_id is None else "", Settings())
        except Refused as refusal:
            tell(self, self.tr("견적을 만들 수 없습니다"),
                               refusal, warning=True)
            return None
        except ValidationError as exc:
            self.prospect.show_errors(exc.errors)  # a prospect's number or email, at its field
            return None
        except UserError as exc:
            tell(self, self.tr("견적을 만들 수 없습니다"), exc, warning=True)
            return None
        self._stop_revising()
        self.quote_made.emit(row.id)  # (the quotes section follows MainWindow.changed)
        self.preview_window = quote_actions.preview(self, self.desk, row.id)
        return row.id
