"""Attachments (T3: at most 10 MB each, kept whole with a SHA-256), sharing with staff users and teams (T4),
and the teams themselves (named groups of staff)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import NotFound, UserError, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Feature, StaffUser
from desktop_app.models.support import StaffTeam, StaffTeamMember, SupportAttachment, SupportShare
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import no_account, row_arg
from desktop_app.services.support import get_request

_ = texts("support")

MAX_BYTES = 10 * 1024 * 1024  # T3: 10 MB (10 × 1024 × 1024 bytes)


def size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def size_problem(filename: str, size: int) -> str | None:
    """Why a file cannot be attached (T3), or None. The views ask before reading a large file."""
    if size > MAX_BYTES:
        return _("{name} 은(는) {size} 라서 첨부할 수 없습니다. 첨부 파일은 하나에 10 MB 까지입니다 (T3). 파일을 "
                 "나누거나 압축하세요.", name=filename, size=size_text(size))
    if size == 0:
        return _("{name} 은(는) 빈 파일이라 첨부하지 않았습니다.", name=filename)
    return None


@changes(Feature.SUPPORT, account=row_arg("request_id", "SupportRequest"))
def add_attachment(s: Session, actor: StaffUser, request_id: int, filename: str, content: bytes,
                   message_id: int | None = None) -> SupportAttachment:
    req = get_request(s, request_id)
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if problem := size_problem(name or filename, len(content)):
        raise UserError(problem, "file")
    if not name:
        raise ValidationError({"file": _("파일 이름이 없습니다.")})
    row = SupportAttachment(request_id=req.id, message_id=message_id, filename=name[:255], size=len(content),
                            sha256=hashlib.sha256(content).hexdigest(), content=content,
                            added_at=clock.now().astimezone(dt.timezone.utc), staff_id=actor.id)
    s.add(row)
    s.flush()
    record(s, actor, "attach", "support_request", req.id, None,
           {"attachment_id": row.id, "filename": row.filename, "size": row.size, "sha256": row.sha256})
    return row


def attachment_content(s: Session, attachment_id: int) -> tuple[str, bytes]:
    """The file's name and its whole content, checked against the stored checksum."""
    row = s.get(SupportAttachment, attachment_id)
    if row is None:
        raise NotFound(_("그 첨부 파일을 찾을 수 없습니다."))
    data = row.content
    if len(data) != row.size or hashlib.sha256(data).hexdigest() != row.sha256:
        raise UserError(_("첨부 파일 {name} 이(가) 손상되었습니다 (체크섬 불일치). 원본을 다시 첨부하세요.",
                          name=row.filename))
    return row.filename, data


# --- sharing (T4) --------------------------------------------------------------------------------------------

@changes(Feature.SUPPORT, account=row_arg("request_id", "SupportRequest"))
def share(s: Session, actor: StaffUser, request_id: int, *, staff_id: int | None = None,
          team_id: int | None = None) -> SupportShare:
    req = get_request(s, request_id)
    if (staff_id is None) == (team_id is None):
        raise ValidationError({"share": _("공유할 직원이나 조직을 하나 고르세요.")})
    if staff_id is not None and s.get(StaffUser, staff_id) is None:
        raise ValidationError({"share": _("그 직원을 찾을 수 없습니다.")})
    if team_id is not None and s.get(StaffTeam, team_id) is None:
        raise ValidationError({"share": _("그 조직을 찾을 수 없습니다.")})
    existing = s.scalar(select(SupportShare).where(SupportShare.request_id == req.id,
                                                   SupportShare.staff_id.is_(staff_id) if staff_id is None
                                                   else SupportShare.staff_id == staff_id,
                                                   SupportShare.team_id.is_(team_id) if team_id is None
                                                   else SupportShare.team_id == team_id))
    if existing is not None:
        existing.active = True
        row = existing
    else:
        row = SupportShare(request_id=req.id, staff_id=staff_id, team_id=team_id, active=True)
        s.add(row)
    s.flush()
    record(s, actor, "share", "support_request", req.id, None, {"staff_id": staff_id, "team_id": team_id})
    return row


@changes(Feature.SUPPORT, account=row_arg("share_id", "SupportShare", through=("request_id", "SupportRequest", "account_id")))
def unshare(s: Session, actor: StaffUser, share_id: int) -> None:
    row = s.get(SupportShare, share_id)
    if row is None or not row.active:
        raise NotFound(_("그 공유는 이미 없습니다."))
    row.active = False
    record(s, actor, "unshare", "support_request", row.request_id, {"staff_id": row.staff_id,
                                                                    "team_id": row.team_id}, None)


@dataclass(frozen=True)
class ShareRow:
    id: int
    staff_id: int | None
    team_id: int | None
    name: str


def shares_of(s: Session, request_id: int) -> list[ShareRow]:
    rows = s.execute(select(SupportShare, StaffUser.name, StaffTeam.name)
                     .outerjoin(StaffUser, StaffUser.id == SupportShare.staff_id)
                     .outerjoin(StaffTeam, StaffTeam.id == SupportShare.team_id)
                     .where(SupportShare.request_id == request_id, SupportShare.active.is_(True))
                     .order_by(SupportShare.id))
    return [ShareRow(sh.id, sh.staff_id, sh.team_id, user or team or "") for sh, user, team in rows]


# --- teams ---------------------------------------------------------------------------------------------------

@changes(Feature.STAFF, account=no_account)
def create_team(s: Session, actor: StaffUser, name: str, member_ids: list[int]) -> StaffTeam:
    if not name.strip():
        raise ValidationError({"name": _("조직 이름을 입력하세요.")})
    if s.scalar(select(StaffTeam.id).where(StaffTeam.name == name.strip())) is not None:
        raise ValidationError({"name": _("같은 이름의 조직이 이미 있습니다.")})
    team = StaffTeam(name=name.strip())
    s.add(team)
    s.flush()
    for staff_id in dict.fromkeys(member_ids):
        s.add(StaffTeamMember(team_id=team.id, staff_id=staff_id))
    s.flush()
    record(s, actor, "create", "staff_team", team.id, None, {"name": team.name, "members": list(member_ids)})
    return team


def teams_of(s: Session, staff_id: int) -> list[int]:
    return list(s.scalars(select(StaffTeamMember.team_id).where(StaffTeamMember.staff_id == staff_id,
                                                                StaffTeamMember.active.is_(True))))
