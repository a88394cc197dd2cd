"""Pricing an order (domain.md P1–P7, C3–C5, O2, §5): licence list → volume discount → annual discount →
add-ons and fees → code discount → supply → VAT → total. Every line is cut to the won once (M3)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from desktop_app.i18n import texts
from desktop_app.pricing import matrix
from desktop_app.pricing.catalog import Band, Catalog, CatalogError, CatalogVersion
from desktop_app.pricing.contract import TERMS, extension, new_site_dates, prorate
from desktop_app.pricing.money import cut, percent_of, vat
from desktop_app.pricing.orders import (
    AddonQty,
    CurrentSite,
    Line,
    Order,
    PricedOrder,
    Problem,
    Refused,
    SiteOrder,
    SitePrice,
)
from desktop_app.pricing.validation import check_order
from desktop_app.pricing.words import amount_in_words

_ = texts("order_rules")

FREE = "free"


def band_discount(users: int, unit_price: int, months: int, bands: tuple[Band, ...], mode: str) -> int:
    """P3: the volume discount on the licence amount, cut to the won.

    graduated: each user at the rate of the band it falls in (adding a user never lowers the total);
    volume: every user at the rate of the top band reached."""
    if mode == "volume":
        top = next((b for b in reversed(bands) if users >= b.low), bands[0])
        return cut(Fraction(users * unit_price * months * top.percent, 100))
    total = Fraction(0)
    for b in bands:
        if users < b.low:
            break
        n = (min(users, b.high) if b.high is not None else users) - b.low + 1
        total += Fraction(n * unit_price * months * b.percent, 100)
    return cut(total)


def licence_product(edition: str | None, package: str) -> str:
    return f"{edition}-{package}" if edition else package


def term_lines(v: CatalogVersion, policy: str, term_months: int, months: int, edition: str | None,
               package: str, users: int, addons: tuple[AddonQty, ...], with_once: bool = True) -> list[Line]:
    """The lines of `months` of service for one configuration (P2, P3, P4, add-ons)."""
    lines: list[Line] = []
    if package != FREE:
        product = licence_product(edition, package)
        price = v.price(edition or "", package)
        listed = users * price * months
        lines.append(Line("license", listed, "P2", product, users, price, months))
        volume = band_discount(users, price, months, v.policies[policy], v.band_mode)
        if volume:
            lines.append(Line("volume_discount", -volume, "P3", product, details={"policy": policy}))
        if term_months == 12 and v.annual_discount_percent:
            annual = percent_of(listed - volume, v.annual_discount_percent)
            lines.append(Line("annual_discount", -annual, "P4", product,
                              details={"percent": v.annual_discount_percent}))
    for a in addons:
        if not a.quantity:
            continue  # an add-on not taken prints no line
        addon = v.addons[a.product]
        if addon.billing == "once":
            if with_once and a.quantity:
                lines.append(Line("addon", a.quantity * addon.unit_price, "", a.product, a.quantity,
                                  addon.unit_price))
        elif addon.billing == "monthly":
            lines.append(Line("addon", a.quantity * addon.unit_price * months, "", a.product, a.quantity,
                              addon.unit_price, months))
        else:  # per_licence: one per user of the site
            lines.append(Line("addon", users * addon.unit_price * months, "", a.product, users,
                              addon.unit_price, months))
    return lines


def _sum(lines: list[Line]) -> int:
    return sum(ln.amount for ln in lines)


def _new_once(current: CurrentSite, wanted: tuple[AddonQty, ...], v: CatalogVersion) -> tuple[AddonQty, ...]:
    have = {a.product: a.quantity for a in current.addons}
    return tuple(AddonQty(a.product, a.quantity - have.get(a.product, 0)) for a in wanted
                 if v.addons[a.product].billing == "once" and a.quantity > have.get(a.product, 0))


def price_site(order: Order, v: CatalogVersion, site: SiteOrder) -> SitePrice:
    edition = v.edition_for(site.package, site.edition)
    cur = site.current
    if cur is None:  # a new site: its first `months`
        lines = term_lines(v, order.policy, order.term_months, order.months_priced, edition, site.package,
                           site.users, site.addons)
        _, starts = new_site_dates(order.date, order.expires_on, order.auto_renew)
        return SitePrice(site.name, tuple(lines), _sum(lines), starts if starts != order.date else None, site.users,
                         package=site.package)
    assert order.expires_on is not None  # check_order refuses a change without the account's expiry
    cur_edition = v.edition_for(cur.package, cur.edition)
    lines = []
    if order.date <= order.expires_on:
        # C5: a whole term before and after, every discount included, once-only items left out
        term = order.term_now  # the current term, even when the order changes the term from the next one (C2)
        before = _sum(term_lines(v, order.policy, term, term, cur_edition, cur.package,
                                 cur.users, cur.addons, with_once=False))
        after = _sum(term_lines(v, order.policy, term, term, edition, site.package,
                                site.users, site.addons, with_once=False))
        if after != before:
            p = prorate(before, after, order.date, order.expires_on, term)
            lines.append(Line("proration", p.amount, "C5", details={
                "term_price_before": p.before, "term_price_after": p.after, "remaining_days": p.remaining_days,
                "term_days": p.term_days, "from": order.date.isoformat(), "to": order.expires_on.isoformat()}))
        lines += term_lines(v, order.policy, order.term_months, 0, edition, site.package, site.users,
                            _new_once(cur, site.addons, v))
    if (site.package, edition) != (cur.package, cur_edition) and site.package != FREE:
        fee = v.setup_fee(site.package)
        if fee:
            lines.append(Line("setup_fee", fee, "P6", site.package, 1, fee))
    extension_start: dt.date | None = None
    if site.extend:
        start, end = extension(order.expires_on, order.term_months)
        ext = term_lines(v, order.policy, order.term_months, order.months_priced, edition, site.package,
                         site.users, tuple(a for a in site.addons if v.addons[a.product].billing != "once"))
        lines += [Line(ln.item, ln.amount, ln.rule, ln.product, ln.quantity, ln.unit_price, ln.months,
                       {**ln.details, "extension": f"{start.isoformat()}~{end.isoformat()}"}) for ln in ext]
        extension_start = start
    lines = [ln for ln in lines if ln.amount or ln.item == "proration"]
    return SitePrice(site.name, tuple(lines), _sum(lines), extension_start, site.users, change=True,
                     package=site.package)


def code_discount(order: Order, sites: list[SitePrice]) -> int:
    """P5/P7: after add-ons and fees, on the lines of the products the code names (all when none)."""
    code = order.code
    if code is None:
        return 0
    wanted = set(code.products)

    def applies(ln: Line) -> bool:
        if not wanted or ln.product is None:
            return not wanted
        return ln.product in wanted or ln.product.split("-")[-1] in wanted

    base = sum(ln.amount for s in sites for ln in s.lines if applies(ln))
    if base <= 0:
        return 0
    if code.kind == "percent":
        return min(percent_of(base, code.value), base)
    return min(int(code.value), base)


def price_order(order: Order, catalogs: dict[str, Catalog]) -> PricedOrder:
    """Price the order, or raise Refused with every problem found (nothing partial)."""
    catalog = catalogs.get(order.catalog)
    if catalog is None:
        raise Refused([Problem("catalog", "K1", f"unknown catalog '{order.catalog}'; use one of "
                               f"{', '.join(sorted(catalogs))}",
                               _("알 수 없는 카탈로그 '{catalog}' 입니다. {choices} 중에서 고르세요.", catalog=order.catalog,
                                 choices=", ".join(sorted(catalogs))))])
    try:
        v = catalog.version_on(order.date)
    except CatalogError:
        raise Refused([Problem("date", "K1", f"the catalog has no prices on {order.date}; use a later date",
                               _("{date} 에 유효한 가격이 없습니다. 더 늦은 날짜를 쓰세요.", date=order.date))]) from None
    problems = check_order(order, v)
    if problems:
        raise Refused(problems)
    sites = [price_site(order, v, s) for s in order.sites]
    discount = code_discount(order, sites)
    supply = sum(s.subtotal for s in sites) - discount
    tax = vat(supply)
    return PricedOrder(tuple(sites), discount, supply, tax, supply + tax, amount_in_words(supply + tax),
                       order.code.code if order.code else None, v.effective_from.isoformat())


__all__ = ["TERMS", "band_discount", "matrix", "price_order", "price_site", "term_lines"]
