"""The catalogs in force: the shipped files plus the price versions staff added (K1, K3, K4)."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.errors import UserError, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import CatalogVersionRow, Feature, StaffUser
from desktop_app.paths import RESOURCES
from desktop_app.pricing.catalog import Catalog, CatalogError, load_catalogs, version_from_dict
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import no_account

_ = texts("catalog")


@functools.cache
def shipped() -> dict[str, Catalog]:
    return load_catalogs(RESOURCES / "catalogs")


def catalogs(s: Session | None = None) -> dict[str, Catalog]:
    """The shipped catalogs, with the versions added in this database when a session is given."""
    out = dict(shipped())
    if s is None:
        return out
    for row in s.scalars(select(CatalogVersionRow).order_by(CatalogVersionRow.effective_from)):
        if row.catalog_id in out:
            out[row.catalog_id] = out[row.catalog_id].with_version(version_from_dict(row.data))
    return out


@dataclass(frozen=True)
class PriceRow:
    """One price of a catalog version, for the catalog view."""

    kind: str  # licence | addon | setup_fee
    key: str  # edition/package, add-on id or package
    name: str
    billing: str
    price: int
    sample: bool


def price_rows(catalog: Catalog, effective_from: dt.date) -> list[PriceRow]:
    v = next(x for x in catalog.versions if x.effective_from == effective_from)
    rows = []
    for eid, e in v.editions.items():
        for pid, price in e["prices"].items():
            rows.append(PriceRow("licence", f"{eid}/{pid}", f"{e['name']} {v.packages[pid]['name']}",
                                 "per_user_month", int(price), bool(e.get("sample", False))))
    for a in v.addons.values():
        rows.append(PriceRow("addon", a.id, a.name, a.billing, a.unit_price, a.sample))
    for pid, fee in v.setup_fees.items():
        rows.append(PriceRow("setup_fee", pid, _("{package} 설치비", package=v.packages.get(pid, {}).get("name", pid)), "once",
                             int(fee["amount"]), bool(fee.get("sample", False))))
    return rows


@changes(Feature.CATALOG, account=no_account)
def add_price_version(s: Session, actor: StaffUser, catalog_id: str, effective_from: dt.date,
                      prices: dict[tuple[str, str], int]) -> Catalog:
    """K1/K3: a price change is a new version effective from a date; the old versions stay.

    `prices` maps (kind, key) of PriceRow to the new price; everything else is copied from the version
    in force on `effective_from`."""
    cats = catalogs(s)
    if catalog_id not in cats:
        raise UserError(_("알 수 없는 카탈로그 '{catalog}' 입니다.", catalog=catalog_id))
    errors = {f"{k}:{key}": _("가격은 0 이상의 정수(원)여야 합니다.") for (k, key), p in prices.items()
              if not isinstance(p, int) or isinstance(p, bool) or p < 0}
    if errors:
        raise ValidationError(errors)
    exists = s.scalar(select(CatalogVersionRow.id).where(CatalogVersionRow.catalog_id == catalog_id,
                                                         CatalogVersionRow.effective_from == effective_from))
    if exists or any(v.effective_from == effective_from for v in shipped()[catalog_id].versions):
        raise ValidationError({"effective_from": _("{day} 부터 적용되는 가격표가 이미 있습니다. 다른 날짜를 고르세요.",
                                                   day=effective_from)})
    try:
        base = cats[catalog_id].version_on(effective_from)
    except CatalogError:
        base = cats[catalog_id].versions[0]
    data = json.loads(json.dumps(base.to_dict()))
    data["effective_from"] = effective_from.isoformat()
    for (kind, key), price in prices.items():
        if kind == "licence":
            edition, package = key.split("/")
            data["editions"][edition]["prices"][package] = price
            data["editions"][edition]["sample"] = False  # a price set by staff is no longer a sample (K4)
        elif kind == "addon":
            data["addons"][key].update(unit_price=price, sample=False)
        elif kind == "setup_fee":
            data["setup_fees"][key] = {"amount": price, "sample": False}
    version_from_dict(data)  # refuses a malformed result before anything is written
    row = CatalogVersionRow(catalog_id=catalog_id, effective_from=effective_from, data=data, staff_id=actor.id)
    s.add(row)
    s.flush()
    record(s, actor, "create", "catalog_version", row.id, None,
           {"catalog": catalog_id, "effective_from": effective_from.isoformat(),
            "prices": {f"{k}:{key}": p for (k, key), p in prices.items()}})
    return catalogs(s)[catalog_id]
