"""The audit log (S6): who changed what, when, before and after. Append-only: models/append_only.py."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UtcDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(40))  # create / update / deactivate / import …
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    entity_uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)  # the row's identity across replicas
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)

