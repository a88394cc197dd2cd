"""What a colleague's concurrent action can do to a transaction, told as a message the user can act on.

On a shared database (Y1) two workstations may save the same row, take the same unique value, or refer to a
row the other has just changed. The database refuses the second: `StaleDataError` (the version check of
optimistic locking), `IntegrityError` (unique, foreign key, not-null/check), or on PostgreSQL a serialisation
failure or deadlock. `Database.session()` passes every such error through `explain_conflict`.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.errors import Conflict, StaleEdit, UserError
from desktop_app.i18n import texts

_ = texts("database")

# PostgreSQL SQLSTATEs that mean "a concurrent transaction got in the way; the same action again will work"
RETRYABLE = {"40001": "serialization_failure", "40P01": "deadlock_detected", "55P03": "lock_not_available"}


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)


def _constraint(exc: IntegrityError) -> str:
    """The constraint (PostgreSQL) or the columns (SQLite) that refused the row, for the message."""
    diag = getattr(exc.orig, "diag", None)
    name = getattr(diag, "constraint_name", None) if diag is not None else None
    if name:
        return name
    found = re.search(r"constraint failed: (.+)$", str(exc.orig))
    return found.group(1).strip() if found else ""


def explain_conflict(exc: BaseException) -> UserError | None:
    """The message for an error a colleague's concurrent change can cause, or None for any other error."""
    if isinstance(exc, StaleDataError):
        return StaleEdit(_("다른 직원이 그사이 같은 내용을 바꿨습니다. 아무것도 저장되지 않았습니다. "
                           "화면을 새로 고쳐 최신 내용을 확인한 뒤 다시 고치세요."), "version")
    if isinstance(exc, IntegrityError):
        code = _sqlstate(exc) or ""
        text = str(exc.orig).lower()
        what = _constraint(exc)
        if code == "23505" or "unique" in text:
            return Conflict(_("같은 값({what})이 그사이 다른 직원에 의해 이미 저장되었습니다. 아무것도 저장되지 "
                              "않았습니다. 화면을 새로 고친 뒤 다시 하세요.", what=what), what or None)
        if code == "23503" or "foreign key" in text:
            return Conflict(_("이 작업이 가리키는 내용({what})을 그사이 다른 직원이 바꾸거나 없앴습니다. 아무것도 "
                              "저장되지 않았습니다. 화면을 새로 고친 뒤 다시 하세요.", what=what), what or None)
        return Conflict(_("데이터베이스가 이 저장을 거부했습니다({what}). 아무것도 저장되지 않았습니다. "
                          "화면을 새로 고친 뒤 다시 하세요.", what=what or code), what or None)
    if isinstance(exc, DBAPIError) and _sqlstate(exc) in RETRYABLE:
        return Conflict(_("다른 직원의 작업과 동시에 저장하려 해서 이번 저장은 취소되었습니다. 아무것도 저장되지 "
                          "않았습니다. 다시 하세요."), RETRYABLE[_sqlstate(exc)])
    return None
