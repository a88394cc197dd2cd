"""Reading the audit log (S6): filtered by staff user, entity, account and date, shown as before → after, and
exported to Excel. Only staff with the `staff` permission read it. Nothing here changes an entry: the log is
append-only (models/audit.py refuses any update or delete through the ORM)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app import clock, models
from desktop_app.i18n import texts
from desktop_app.models import Feature, StaffUser
from desktop_app.services.access import may_read

_ = texts("audit")

ENTITY_NAMES = {
    "account": _("고객 계정"), "site": _("사이트"), "named_user": _("지정 사용자"), "order": _("주문"),
    "quote": _("견적"), "invoice": _("청구서"), "mail": _("메일"), "catalog_version": _("카탈로그"),
    "discount_code": _("할인 코드"), "group_company": _("그룹사"), "group": _("그룹 조직도"),
    "department": _("부서"), "employee": _("임직원"), "staff_user": _("직원"),
    "support_request": _("지원 요청"), "consulting_project": _("컨설팅 프로젝트"), "staff_team": _("직원 팀"),
}

# every action the services record (tests/unit/test_audit_names.py finds them in the source)
ACTION_NAMES = {
    "create": _("생성"), "update": _("수정"), "queue": _("발송 대기"), "send": _("발송"), "terminate": _("해지"),
    "activate": _("활성화"), "deactivate": _("비활성화"), "import": _("가져오기"), "attach": _("첨부"),
    "share": _("공유"), "unshare": _("공유 해제"), "layout": _("배치 저장"), "rename": _("이름 변경"),
    "remove": _("제거"), "sent": _("보냄 표시"), "discard": _("폐기"), "accept": _("수락"),
    "reset_password": _("비밀번호 초기화"), "change_password": _("비밀번호 변경"), "renew_free": _("무상 갱신"),
    "state": _("상태 변경"), "status": _("처리 상태 변경"), "assign": _("담당자 지정"), "message": _("메시지 추가"),
    "issue": _("발행"), "pay": _("입금"), "void": _("무효 처리"), "relink": _("다시 연결"), "cancel": _("취소"),
    "end": _("종료"), "triage": _("분류 대기"), "reserve": _("전환 예약"), "cancel_reservation": _("예약 취소"),
    "request_upgrade": _("업그레이드 요청"), "storage": _("저장공간 변경"), "edit": _("편집"),
    "add_member": _("팀원 추가"), "remove_member": _("팀원 제외"),
}


def action_name(action: str):
    """The action's label (a Text to translate where shown); an unknown one as recorded."""
    return ACTION_NAMES.get(action, action)


def entity_name(entity: str):
    return ENTITY_NAMES.get(entity, entity)


@dataclass(frozen=True)
class AuditFilter:
    staff_id: int | None = None
    entity: str = ""
    account_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


class AuditRow(NamedTuple):
    id: int
    at: dt.datetime  # Seoul time
    staff: str
    action: str
    entity: str
    entity_id: int | None
    changes: str  # "field: before → after" lines


def _value(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def diff_text(before: dict | None, after: dict | None) -> str:
    """One line per field: `field: before → after` (a field only in one side shows — on the other)."""
    before, after = before or {}, after or {}
    keys = list(dict.fromkeys([*before, *after]))
    return "\n".join(f"{k}: {_value(before.get(k))} → {_value(after.get(k))}" for k in keys)


def _of_account(account_id: int) -> Any:
    e = models.AuditEntry
    m = models
    return or_(
        and_(e.entity == "account", e.entity_id == account_id),
        and_(e.entity == "site", e.entity_id.in_(select(m.Site.id).where(m.Site.account_id == account_id))),
        and_(e.entity == "named_user", e.entity_id.in_(
            select(m.NamedUser.id).join(m.Site, m.Site.id == m.NamedUser.site_id)
            .where(m.Site.account_id == account_id))),
        and_(e.entity == "invoice",
             e.entity_id.in_(select(m.InvoiceRow.id).where(m.InvoiceRow.account_id == account_id))),
        and_(e.entity == "order", e.entity_id.in_(select(m.OrderRow.id).where(m.OrderRow.account_id == account_id))),
        and_(e.entity == "quote", e.entity_id.in_(select(m.QuoteRow.id).where(m.QuoteRow.account_id == account_id))),
        and_(e.entity == "group", e.entity_id == account_id),
        and_(e.entity == "group_company", e.entity_id.in_(
            select(m.GroupCompany.id).where(m.GroupCompany.group_account_id == account_id))),
    )


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), clock.SEOUL).astimezone(dt.timezone.utc)


def audit_rows(s: Session, viewer: StaffUser, f: AuditFilter = AuditFilter(), limit: int = 5000) -> list[AuditRow]:
    may_read(s, viewer, Feature.STAFF)
    e = models.AuditEntry
    q = (select(e.id, e.at, StaffUser.name, e.action, e.entity, e.entity_id, e.before, e.after)
         .outerjoin(StaffUser, StaffUser.id == e.staff_id).order_by(e.id.desc()).limit(limit))
    if f.staff_id is not None:
        q = q.where(e.staff_id == f.staff_id)
    if f.entity:
        q = q.where(e.entity == f.entity)
    if f.account_id is not None:
        q = q.where(_of_account(f.account_id))
    if f.date_from is not None:
        q = q.where(e.at >= _utc(f.date_from))
    if f.date_to is not None:
        q = q.where(e.at < _utc(f.date_to + dt.timedelta(days=1)))
    rows = []
    for i, at, who, action, entity, entity_id, before, after in s.execute(q):
        at = (at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)).astimezone(clock.SEOUL)
        rows.append(AuditRow(i, at, who or "—", action, entity, entity_id, diff_text(before, after)))
    return rows


HEADER = (_("일시"), _("직원"), _("작업"), _("대상"), _("번호"), _("변경 내용"))


def export_audit(s: Session, viewer: StaffUser, f: AuditFilter, path: str) -> int:
    from desktop_app.services.export import write_rows

    cells = ((r.at.strftime("%Y-%m-%d %H:%M:%S"), r.staff, str(action_name(r.action)), str(entity_name(r.entity)),
              r.entity_id, r.changes) for r in audit_rows(s, viewer, f, limit=1_000_000))
    return write_rows(path, "audit", [str(h) for h in HEADER], cells, (20, 14, 14, 14, 8, 80))
