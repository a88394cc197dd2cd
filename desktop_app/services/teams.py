"""Teams (조직, T4): named groups of staff users that support requests are shared with. Managed by holders of
the `staff` permission (S2), like the staff users themselves; every change is in the audit log (S6)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.errors import NotFound, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Feature, StaffUser
from desktop_app.models.support import StaffTeam, StaffTeamMember
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import no_account

_ = texts("teams")


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    version: int
    member_ids: tuple[int, ...]
    members: tuple[str, ...]


def team_rows(s: Session) -> list[TeamRow]:
    """The active teams by name, each with its active members."""
    members: dict[int, list[tuple[int, str]]] = {}
    for team_id, staff_id, name in s.execute(
            select(StaffTeamMember.team_id, StaffUser.id, StaffUser.name)
            .join(StaffUser, StaffUser.id == StaffTeamMember.staff_id)
            .where(StaffTeamMember.active.is_(True)).order_by(StaffUser.name)):
        members.setdefault(team_id, []).append((staff_id, name))
    return [TeamRow(t.id, t.name, t.version, tuple(i for i, _n in members.get(t.id, [])),
                    tuple(n for _i, n in members.get(t.id, [])))
            for t in s.scalars(select(StaffTeam).where(StaffTeam.active.is_(True)).order_by(StaffTeam.name))]


def _name(s: Session, name: str, team_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("조직 이름을 입력하세요.")})
    if len(name) > 100:
        raise ValidationError({"name": _("조직 이름은 100자까지입니다.")})
    same = s.scalar(select(StaffTeam.id).where(StaffTeam.name == name))
    if same is not None and same != team_id:
        raise ValidationError({"name": _("'{name}' 조직이 이미 있습니다. 다른 이름을 쓰세요.", name=name)})
    return name


def _team(s: Session, team_id: int) -> StaffTeam:
    team = s.get(StaffTeam, team_id) if team_id is not None else None
    if team is None or not team.active:
        raise NotFound(_("그 조직을 찾을 수 없습니다. 목록을 새로 고치세요."), field="team")
    return team


@changes(Feature.STAFF, account=no_account)
def new_team(s: Session, actor: StaffUser, name: str) -> StaffTeam:
    team = StaffTeam(name=_name(s, name))
    s.add(team)
    s.flush()
    record(s, actor, "create", "staff_team", team.id, None, {"name": team.name})
    return team


@changes(Feature.STAFF, account=no_account)
def rename_team(s: Session, actor: StaffUser, team_id: int, expected_version: int, name: str) -> StaffTeam:
    team = load_for_change(s, StaffTeam, team_id, expected_version)
    new = _name(s, name, team.id)
    before = team.name
    if new != before:
        team.name = new
        s.flush()
        record(s, actor, "rename", "staff_team", team.id, {"name": before}, {"name": new})
    return team


@changes(Feature.STAFF, account=no_account)
def add_member(s: Session, actor: StaffUser, team_id: int, staff_id: int) -> None:
    team = _team(s, team_id)
    user = s.get(StaffUser, staff_id) if staff_id is not None else None
    if user is None or not user.active:
        raise ValidationError({"member": _("조직에 넣을 직원을 목록에서 고르세요 (활성 직원만).")})
    row = s.scalar(select(StaffTeamMember).where(StaffTeamMember.team_id == team.id,
                                                 StaffTeamMember.staff_id == user.id))
    if row is not None and row.active:
        return  # already a member: the same twice is the same
    if row is None:
        s.add(StaffTeamMember(team_id=team.id, staff_id=user.id, active=True))
    else:
        row.active = True
    s.flush()
    record(s, actor, "add_member", "staff_team", team.id, None, {"staff_id": user.id, "name": user.name})


@changes(Feature.STAFF, account=no_account)
def remove_member(s: Session, actor: StaffUser, team_id: int, staff_id: int) -> None:
    team = _team(s, team_id)
    row = s.scalar(select(StaffTeamMember).where(StaffTeamMember.team_id == team.id,
                                                 StaffTeamMember.staff_id == staff_id,
                                                 StaffTeamMember.active.is_(True)))
    if row is None:
        return  # not a member (any more): twice is the same
    row.active = False
    s.flush()
    record(s, actor, "remove_member", "staff_team", team.id, {"staff_id": staff_id}, None)
