"""Catalogs as data (K1): vendors' products, prices, bands and fees, in versions with an effective date."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BILLINGS = ("monthly", "once", "per_licence")


class CatalogError(ValueError):
    pass


@dataclass(frozen=True)
class Band:
    low: int
    high: int | None  # None: no upper end
    percent: int


@dataclass(frozen=True)
class Addon:
    id: str
    name: str
    billing: str  # monthly: qty × price × months; once: qty × price; per_licence: users × price × months
    unit_price: int
    sample: bool = False


@dataclass(frozen=True)
class CatalogVersion:
    effective_from: dt.date
    band_mode: str  # graduated or volume (P3)
    annual_discount_percent: int
    packages: dict[str, dict[str, Any]]  # id -> {name, rank}
    editions: dict[str, dict[str, Any]]  # id -> {name, prices: {package: price}, sample?}
    policies: dict[str, tuple[Band, ...]]
    addons: dict[str, Addon]
    setup_fees: dict[str, dict[str, Any]]  # target package -> {amount, sample?}
    free_package: dict[str, int] | None = None  # {max_users, paid_min_users} where a free package exists
    storage: dict[str, dict[str, int]] = field(default_factory=dict)

    def price(self, edition: str, package: str) -> int:
        return int(self.editions[edition]["prices"][package])

    def is_sample_price(self, edition: str) -> bool:
        return bool(self.editions[edition].get("sample", False))

    def edition_for(self, package: str, edition: str | None) -> str | None:
        """The edition a configuration is priced in: none for the free package; the only edition when the
        catalog has one (NAVER), so an order may leave it out."""
        if package == "free":
            return None
        return edition if edition is not None or len(self.editions) != 1 else next(iter(self.editions))

    def setup_fee(self, package: str) -> int:
        return int(self.setup_fees.get(package, {}).get("amount", 0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "effective_from": self.effective_from.isoformat(), "band_mode": self.band_mode,
            "annual_discount_percent": self.annual_discount_percent, "packages": self.packages,
            "editions": self.editions,
            "policies": {k: [[b.low, b.high, b.percent] for b in v] for k, v in self.policies.items()},
            "addons": {a.id: {"name": a.name, "billing": a.billing, "unit_price": a.unit_price, "sample": a.sample}
                       for a in self.addons.values()},
            "setup_fees": self.setup_fees, "free_package": self.free_package, "storage": self.storage,
        }


@dataclass(frozen=True)
class Catalog:
    id: str
    vendor: str
    name: str
    versions: tuple[CatalogVersion, ...]  # sorted by effective_from

    def version_on(self, day: dt.date) -> CatalogVersion:
        """The version in force on `day` (K1): the latest effective on or before it."""
        chosen = None
        for v in self.versions:
            if v.effective_from <= day:
                chosen = v
        if chosen is None:
            raise CatalogError(f"catalog {self.id} has no prices effective on {day.isoformat()}")
        return chosen

    def with_version(self, version: CatalogVersion) -> Catalog:
        others = tuple(v for v in self.versions if v.effective_from != version.effective_from)
        return Catalog(self.id, self.vendor, self.name,
                       tuple(sorted(others + (version,), key=lambda v: v.effective_from)))


def _bands(rows: list[list[Any]]) -> tuple[Band, ...]:
    bands = tuple(Band(int(lo), None if hi is None else int(hi), int(p)) for lo, hi, p in rows)
    expected = 1
    for b in bands:
        if b.low != expected or (b.high is not None and b.high < b.low) or not 0 <= b.percent < 100:
            raise CatalogError(f"bands must run from 1 without gaps: {rows}")
        expected = (b.high or 0) + 1
    if bands and bands[-1].high is not None:
        raise CatalogError("the last band must be open-ended")
    return bands


def version_from_dict(d: dict[str, Any]) -> CatalogVersion:
    try:
        mode = d.get("band_mode", "graduated")
        if mode not in ("graduated", "volume"):
            raise CatalogError(f"band_mode must be graduated or volume, not {mode}")
        addons = {}
        for aid, a in d.get("addons", {}).items():
            if a["billing"] not in BILLINGS:
                raise CatalogError(f"add-on {aid}: billing must be one of {', '.join(BILLINGS)}")
            if int(a["unit_price"]) < 0:
                raise CatalogError(f"add-on {aid}: negative price")
            addons[aid] = Addon(aid, a["name"], a["billing"], int(a["unit_price"]), bool(a.get("sample", False)))
        for eid, e in d["editions"].items():
            for pkg, price in e["prices"].items():
                if pkg not in d["packages"] or int(price) < 0 or int(price) != price:
                    raise CatalogError(f"edition {eid}: bad price for {pkg}")
        return CatalogVersion(
            effective_from=dt.date.fromisoformat(d["effective_from"]), band_mode=mode,
            annual_discount_percent=int(d.get("annual_discount_percent", 0)), packages=d["packages"],
            editions=d["editions"], policies={k: _bands(v) for k, v in d["policies"].items()}, addons=addons,
            setup_fees=d.get("setup_fees", {}), free_package=d.get("free_package"), storage=d.get("storage", {}))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, CatalogError):
            raise
        raise CatalogError(f"catalog version is malformed: {exc}") from exc


def catalog_from_dict(d: dict[str, Any]) -> Catalog:
    versions = tuple(sorted((version_from_dict(v) for v in d["versions"]), key=lambda v: v.effective_from))
    return Catalog(d["id"], d["vendor"], d["name"], versions)


def load_catalogs(folder: Path) -> dict[str, Catalog]:
    out = {}
    for path in sorted(folder.glob("*.json")):
        cat = catalog_from_dict(json.loads(path.read_text(encoding="utf-8")))
        out[cat.id] = cat
    return out
