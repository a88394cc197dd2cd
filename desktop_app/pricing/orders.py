"""Plain data for pricing: what an order asks for, the discount code it uses, what comes out, refusals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop_app.i18n import Text


@dataclass(frozen=True)
class AddonQty:
    product: str
    quantity: int


@dataclass(frozen=True)
class CurrentSite:
    """A site as it is now: the order entry is then a change (C5) or an extension (C4)."""

    package: str
    users: int
    edition: str | None = None
    addons: tuple[AddonQty, ...] = ()
    state: str = "active"


@dataclass(frozen=True)
class SiteOrder:
    name: str
    package: str
    users: int
    edition: str | None = None
    addons: tuple[AddonQty, ...] = ()
    current: CurrentSite | None = None
    extend: bool = False

    def unchanged(self) -> bool:
        """An existing site left as it is (nothing to order, quote or invoice for it)."""
        cur = self.current
        if cur is None or self.extend:
            return False

        def config(package: str, users: int, edition: str | None, addons: tuple[AddonQty, ...]):
            return (package, users, None if package == "free" else edition,
                    sorted((a.product, a.quantity) for a in addons if a.quantity))

        return config(self.package, self.users, self.edition, self.addons) == config(
            cur.package, cur.users, cur.edition, cur.addons)


@dataclass(frozen=True)
class DiscountCode:
    """P5: one code per order, percent or fixed amount."""

    code: str
    kind: str  # percent | amount
    value: Decimal
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    max_uses: int | None = None
    uses: int = 0
    products: tuple[str, ...] = ()  # empty: every product
    min_users: int | None = None
    active: bool = True


@dataclass(frozen=True)
class Order:
    catalog: str
    term_months: int
    sites: tuple[SiteOrder, ...]
    date: dt.date
    policy: str = "4.0"
    months: int | None = None  # default: term_months
    expires_on: dt.date | None = None  # the account's expiry; needed for changes and extensions
    auto_renew: bool = True
    code: DiscountCode | None = None
    current_term: int | None = None  # the account's term now, when the order changes it (C2); default term_months

    @property
    def months_priced(self) -> int:
        return self.months if self.months is not None else self.term_months

    @property
    def term_now(self) -> int:
        """The term that runs until the expiry: mid-term additions are prorated over it (C5)."""
        return self.current_term if self.current_term is not None else self.term_months


@dataclass(frozen=True)
class Line:
    item: str  # license, volume_discount, annual_discount, addon, setup_fee, proration
    amount: int
    rule: str = ""
    product: str | None = None
    quantity: int | None = None
    unit_price: int | None = None
    months: int | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"item": self.item}
        for key in ("product", "quantity", "unit_price", "months"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out["amount"] = self.amount
        if self.rule:
            out["rule"] = self.rule
        out.update(self.details)
        return out


@dataclass(frozen=True)
class SitePrice:
    name: str
    lines: tuple[Line, ...]
    subtotal: int
    starts_on: dt.date | None = None
    users: int = 0
    change: bool = False  # an existing site's change or extension (C4, C5)
    package: str = ""


@dataclass(frozen=True)
class PricedOrder:
    sites: tuple[SitePrice, ...]
    code_discount: int
    supply: int
    vat: int
    total: int
    total_in_words: str
    code: str | None = None
    catalog_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "sites": [{"name": s.name, "lines": [ln.to_json() for ln in s.lines], "subtotal": s.subtotal,
                       "users": s.users, "package": s.package} for s in self.sites],
            "code_discount": self.code_discount, "supply": self.supply, "vat": self.vat, "total": self.total,
            "total_in_words": self.total_in_words,
        }


@dataclass(frozen=True)
class Problem:
    """One refusal: the field, the rule, and what would be accepted. `message` is for people (a `Text`: Korean,
    translated where it is shown); `en` is the fixed English of the price-request interface (the command line's
    `field: message (RULE)` lines, shared/docs/price-request.md)."""

    field: str
    rule: str
    en: str
    message: Text

    def __str__(self) -> str:
        """`field: message (RULE)`: the rule is named once, where the message does not name it already."""
        rule = f" ({self.rule})" if self.rule and self.rule not in self.en else ""
        return f"{self.field}: {self.en}{rule}"


class Refused(Exception):
    """The order breaks a rule; nothing is priced. `problems` names each field, rule and the fix."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
