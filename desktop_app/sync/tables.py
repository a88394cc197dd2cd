"""The tables a replica holds, in the order their rows are written (parents first), and what of each a
user may see (S3): the server's read scope decides, the replica only keeps what it was given."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from desktop_app import models
from desktop_app.services.scope import Scope


def synced() -> list[Any]:
    m = models
    return [m.StaffUser, m.CatalogVersionRow, m.DiscountCodeRow, m.Account, m.Site, m.NamedUser, m.SeatChange,
            m.OrderRow, m.QuoteRow]


def visible(model: Any, scope: Scope | None) -> Select:
    """Every row of `model` the scope may see; accounts, sites, orders and quotes are filtered by the session's
    bound scope (services/scope.py), the site's children here through their site."""
    q = select(model)
    if scope is not None and scope.account_ids is not None and model in (models.NamedUser, models.SeatChange):
        q = q.where(model.site_id.in_(select(models.Site.id).where(models.Site.account_id.in_(scope.account_ids))))
    return q


def columns(model: Any) -> list[str]:
    return [c.name for c in model.__table__.columns]


def as_values(model: Any, row: Any, me: int) -> dict[str, Any]:
    values = {c: getattr(row, c) for c in columns(model)}
    if model is models.StaffUser and row.id != me:
        values["password_hash"] = None  # a replica signs in only its own user
    return values
