"""Discount codes (P5): create, edit, switch off, look up for an order, count a use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.errors import ValidationError
from desktop_app.i18n import texts
from desktop_app.models import DiscountCodeRow, Feature, StaffUser
from desktop_app.pricing.orders import DiscountCode, Problem, Refused
from desktop_app.services.access import changes
from desktop_app.services.audit import record, snapshot
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import no_account

_ = texts("discounts")

FIELDS = ("code", "kind", "value", "valid_from", "valid_to", "max_uses", "products", "min_users", "active")


@dataclass
class CodeInput:
    code: str
    kind: str = "percent"
    value: str = "10"
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    max_uses: int | None = None
    products: str = ""
    min_users: int | None = None
    active: bool = True


def _validate(s: Session, data: CodeInput, row_id: int | None) -> tuple[dict[str, str], Decimal]:
    errors: dict[str, str] = {}
    code = data.code.strip().upper()
    if not code or not code.replace("-", "").replace("_", "").isascii() \
            or not code.replace("-", "").replace("_", "").isalnum() or len(code) > 40:
        errors["code"] = _("코드는 영문·숫자·하이픈으로 1~40자입니다.")
    else:
        taken = s.scalar(select(DiscountCodeRow.id).where(DiscountCodeRow.code == code))
        if taken is not None and taken != row_id:
            errors["code"] = _("코드 {code} 는 이미 있습니다.", code=code)
    value = Decimal(0)
    try:
        value = Decimal(str(data.value).replace(",", ""))
    except InvalidOperation:
        errors["value"] = _("할인 값은 숫자여야 합니다.")
    if "value" not in errors:
        if data.kind == "percent" and not (0 < value <= 100):
            errors["value"] = _("할인율은 0보다 크고 100 이하입니다.")
        elif data.kind == "amount" and (value <= 0 or value != value.to_integral_value()):
            errors["value"] = _("할인 금액은 1원 이상의 정수입니다 (M1).")
    if data.kind not in ("percent", "amount"):
        errors["kind"] = _("할인 종류는 percent(정률) 또는 amount(정액)입니다.")
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        errors["valid_to"] = _("종료일은 시작일 이후여야 합니다.")
    if data.max_uses is not None and data.max_uses < 1:
        errors["max_uses"] = _("최대 사용 횟수는 1 이상입니다 (비우면 제한 없음).")
    if data.min_users is not None and data.min_users < 1:
        errors["min_users"] = _("최소 사용자 수는 1 이상입니다 (비우면 제한 없음).")
    return errors, value


def _apply(row: DiscountCodeRow, data: CodeInput, value: Decimal) -> None:
    row.code = data.code.strip().upper()
    row.kind, row.value = data.kind, value
    row.valid_from, row.valid_to = data.valid_from, data.valid_to
    row.max_uses, row.min_users = data.max_uses, data.min_users
    row.products = ",".join(p.strip() for p in data.products.split(",") if p.strip())
    row.active = data.active


@changes(Feature.ORDERS, account=no_account)
def create_code(s: Session, actor: StaffUser, data: CodeInput) -> DiscountCodeRow:
    errors, value = _validate(s, data, None)
    if errors:
        raise ValidationError(errors)
    row = DiscountCodeRow(uses=0)
    _apply(row, data, value)
    s.add(row)
    s.flush()
    record(s, actor, "create", "discount_code", row.id, None, snapshot(row, FIELDS))
    return row


@changes(Feature.ORDERS, account=no_account)
def update_code(s: Session, actor: StaffUser, row_id: int, expected_version: int, data: CodeInput) -> DiscountCodeRow:
    row = load_for_change(s, DiscountCodeRow, row_id, expected_version)
    errors, value = _validate(s, data, row_id)
    if errors:
        raise ValidationError(errors)
    before = snapshot(row, FIELDS)
    _apply(row, data, value)
    s.flush()
    record(s, actor, "update", "discount_code", row.id, before, snapshot(row, FIELDS))
    return row


def to_pricing(row: DiscountCodeRow) -> DiscountCode:
    return DiscountCode(row.code, row.kind, Decimal(row.value), row.valid_from, row.valid_to, row.max_uses,
                        row.uses, tuple(p for p in row.products.split(",") if p), row.min_users, row.active)


def resolve(s: Session, text: str) -> DiscountCode:
    """The code typed in an order, or a P5 refusal when there is no such code."""
    code = text.strip().upper()
    row = s.scalar(select(DiscountCodeRow).where(DiscountCodeRow.code == code))
    if row is None:
        raise Refused([Problem("discount_code", "P5", f"unknown code '{text}'; check the spelling",
                               _("할인코드 '{code}' 가 없습니다. 철자를 확인하세요 (P5).", code=text))])
    return to_pricing(row)


@changes(Feature.ORDERS, account=no_account)
def count_use(s: Session, actor: StaffUser, code: str) -> None:
    """P5: an order used the code (part of placing the order, authorised by it)."""
    row = s.scalar(select(DiscountCodeRow).where(DiscountCodeRow.code == code.upper()))
    if row is not None:
        row.uses += 1


def code_rows(s: Session) -> list[DiscountCodeRow]:
    return list(s.scalars(select(DiscountCodeRow).order_by(DiscountCodeRow.code)))
