import datetime as dt
from decimal import Decimal

from desktop_app.paths import RESOURCES
from desktop_app.pricing.catalog import load_catalogs
from desktop_app.pricing.engine import price_order
from desktop_app.pricing.orders import AddonQty, CurrentSite, DiscountCode, Order, SiteOrder

CATALOGS = load_catalogs(RESOURCES / "catalogs")
TODAY = dt.date(2026, 11, 22)


def site(users, package="standard", edition="service", name="회사1", addons=(), current=None, extend=False):
    return SiteOrder(name, package, users, edition, tuple(AddonQty(p, q) for p, q in addons), current, extend)


def order(*sites, term=1, months=None, policy="4.0", date=TODAY, expires_on=None, code=None, auto_renew=True,
          catalog="daouoffice"):
    return Order(catalog, term, tuple(sites), date, policy, months, expires_on, auto_renew, code)


def price(*sites, **kw):
    return price_order(order(*sites, **kw), CATALOGS)


def code(kind="percent", value=10, **kw):
    return DiscountCode(kw.pop("code", "WELCOME10"), kind, Decimal(value), **kw)


__all__ = ["CATALOGS", "TODAY", "CurrentSite", "code", "order", "price", "site"]
