"""Writing the audit log (S6) and the permission check every service makes first (S4)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop_app import clock, models
from desktop_app.models import StaffUser


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    return value


def snapshot(obj: Any, fields: Iterable[str]) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


# audit entity name -> the model whose id entity_id is (for the entity's UUID, the row's identity across replicas)
ENTITY_MODELS = {
    "account": "Account", "group": "Account", "catalog_version": "CatalogVersionRow",
    "discount_code": "DiscountCodeRow", "group_company": "GroupCompany", "department": "Department",
    "employee": "Employee", "invoice": "InvoiceRow", "named_user": "NamedUser", "mail": "OutboxMessage",
    "site": "Site", "order": "OrderRow", "quote": "QuoteRow", "staff_user": "StaffUser",
    "support_request": "SupportRequest", "consulting_project": "ConsultingProject", "staff_team": "StaffTeam",
}


def _entity_uuid(s: Session, entity: str, entity_id: int | None) -> uuid.UUID | None:
    name = ENTITY_MODELS.get(entity)
    if entity_id is None or name is None:
        return None
    row = s.get(getattr(models, name), entity_id)  # the row is in the session already: no query
    return None if row is None else row.uuid


def record(s: Session, actor: StaffUser, action: str, entity: str, entity_id: int | None,
           before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    s.add(models.AuditEntry(at=clock.now().astimezone(dt.timezone.utc), staff_id=actor.id, action=action,
                            entity=entity, entity_id=entity_id, entity_uuid=_entity_uuid(s, entity, entity_id),
                            before=before, after=after))
