"""The one way a service takes an existing row to change it (issue 10, item 3): write-locked first, then
checked against the version the user saw, so an edit made from an out-of-date screen is refused instead of
silently overwriting another user's change.

SQLite has one writer at a time: the lock is a no-op UPDATE, which makes this transaction the writer
before anything is read (a read first would pin an old snapshot and fail later with "database is locked").
PostgreSQL locks the row itself (SELECT … FOR UPDATE).
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.errors import NotFound, StaleEdit, UserError
from desktop_app.i18n import texts

_ = texts("rows")
M = TypeVar("M")


def lock(s: Session, model: type[Any], row_id: int) -> None:
    """Take the write lock on one row for the rest of the transaction (waits for another writer)."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(update(model).where(model.id == row_id).values(id=model.id)
                  .execution_options(synchronize_session=False))
    else:
        s.execute(select(model.id).where(model.id == row_id).with_for_update())


def load_for_change(s: Session, model: type[M], row_id: Any, expected_version: Any, *,
                    field: str = "version") -> M:
    """The row `row_id` of `model`, locked, when its version is still `expected_version` (the one the user's
    screen showed); StaleEdit when another user changed it meanwhile, NotFound when it is gone."""
    if isinstance(row_id, bool) or not isinstance(row_id, int):
        raise UserError(_("바꿀 항목이 지정되지 않았습니다. 목록에서 다시 고르세요."), field="id")
    if isinstance(expected_version, bool) or not isinstance(expected_version, int):
        raise UserError(_("화면이 본 버전이 없습니다. 다시 불러온 뒤 고치세요."), field=field)
    lock(s, model, row_id)
    row = s.get(model, row_id, populate_existing=True)
    if row is None:
        raise NotFound(_("그 항목을 찾을 수 없습니다. 목록을 새로 고치세요."), field="id")
    if row.version != expected_version:  # type: ignore[attr-defined]
        raise StaleEdit(_("다른 곳에서 먼저 바뀌었습니다 — 다시 불러오세요"), field=field)
    return row
