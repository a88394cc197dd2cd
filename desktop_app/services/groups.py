"""Groups (G1–G4): member companies, departments and employees; the display layout (scopes and the company
tree) saved all or nothing; the org chart as a given company or employee sees it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.errors import NotFound, StaleEdit, UserError, ValidationError
from desktop_app.i18n import Text, texts
from desktop_app.models import Account, ConcurrentPost, Department, Employee, Feature, GroupCompany, StaffUser
from desktop_app.pricing import orgchart
from desktop_app.pricing.names import subdomain_problem
from desktop_app.pricing.orgchart import Node, Tree
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import account_arg, row_arg

_ = texts("groups")

SCOPES = (orgchart.GROUP, orgchart.OWN)
IN_DEPARTMENT = row_arg("department_id", "Department", "company_id",
                        through=("company_id", "GroupCompany", "group_account_id"))



class CompanyRow(NamedTuple):
    id: int
    company_id: str
    name: str
    login_url: str
    user_count: int
    card_count: int
    scope: str
    member_account: str


@dataclass(frozen=True)
class Layout:
    tree: Tree
    scopes: dict[str, str]  # company key -> group | own
    token: tuple[tuple[str, int], ...]  # every node's version: a save over a changed layout is refused


class EmployeeHit(NamedTuple):
    id: int
    name: str
    company: str
    department: str
    email: str


def login_url(company_id: str) -> str:
    return f"https://{company_id}.ncpworkplace.com"


def group_accounts(s: Session) -> list[tuple[int, str]]:
    q = (select(Account.id, Account.name).join(GroupCompany, GroupCompany.group_account_id == Account.id)
         .group_by(Account.id, Account.name).order_by(Account.name))
    return [(i, n) for i, n in s.execute(q)]


def company_rows(s: Session, group_account_id: int) -> list[CompanyRow]:
    member = select(Account.name).where(Account.id == GroupCompany.member_account_id).scalar_subquery()
    q = (select(GroupCompany, member).where(GroupCompany.group_account_id == group_account_id)
         .order_by(GroupCompany.position, GroupCompany.id))
    return [CompanyRow(c.id, c.company_id, c.name, login_url(c.company_id), c.user_count, c.card_count, c.scope,
                       name or "") for c, name in s.execute(q)]


@changes(Feature.GROUPS, account=account_arg("group_account_id"))
def add_company(s: Session, actor: StaffUser, group_account_id: int, company_id: str, name: str,
                user_count: int = 0, card_count: int = 0, member_account_id: int | None = None) -> GroupCompany:
    errors = {}
    label = company_id.strip().lower()
    if problem := subdomain_problem(label):
        errors["company_id"] = problem
    elif s.scalar(select(GroupCompany.id).where(GroupCompany.company_id == label)):
        errors["company_id"] = _("회사 ID '{label}' 은(는) 이미 쓰이고 있습니다. 다른 ID를 고르세요.", label=label)
    if not name.strip():
        errors["name"] = _("회사 이름을 입력하세요.")
    if user_count < 0 or card_count < 0:
        errors["user_count"] = _("사용자 수와 법인카드 수는 0 이상입니다.")
    if errors:
        raise ValidationError(errors)
    position = s.scalar(select(func.count(GroupCompany.id)).where(
        GroupCompany.group_account_id == group_account_id, GroupCompany.parent_company_id.is_(None))) or 0
    row = GroupCompany(group_account_id=group_account_id, member_account_id=member_account_id, company_id=label,
                       name=name.strip(), user_count=user_count, card_count=card_count, position=position)
    s.add(row)
    s.flush()
    record(s, actor, "create", "group_company", row.id, None, {"company_id": label, "group": group_account_id})
    return row


def payer_of(s: Session, account: Account) -> Account:
    """G1: a member company's charges are invoiced to its group's parent account."""
    group_id = s.scalar(select(GroupCompany.group_account_id).where(GroupCompany.member_account_id == account.id))
    if group_id is None or group_id == account.id:
        return account
    return s.get(Account, group_id) or account


# --- layout ------------------------------------------------------------------------------------------------

def _companies(s: Session, group_account_id: int) -> list[GroupCompany]:
    return list(s.scalars(select(GroupCompany).where(GroupCompany.group_account_id == group_account_id)))


def _departments(s: Session, company_ids: list[int]) -> list[Department]:
    return list(s.scalars(select(Department).where(Department.company_id.in_(company_ids),
                                                    Department.active.is_(True))))


def layout(s: Session, group_account_id: int) -> Layout:
    companies = _companies(s, group_account_id)
    if not companies:
        raise NotFound(_("이 계정에는 그룹사가 없습니다."))
    departments = _departments(s, [c.id for c in companies])
    nodes = [Node(f"c:{c.id}", c.name, f"c:{c.parent_company_id}" if c.parent_company_id else None, c.position,
                  f"c:{c.id}") for c in companies]
    nodes += [Node(f"d:{d.id}", d.name, f"d:{d.parent_department_id}" if d.parent_department_id else f"c:{d.company_id}",
                   d.position, f"c:{d.company_id}") for d in departments]
    token = tuple(sorted([(f"c:{c.id}", c.version) for c in companies] + [(f"d:{d.id}", d.version)
                                                                          for d in departments]))
    return Layout(tuple(nodes), {f"c:{c.id}": c.scope for c in companies}, token)


@changes(Feature.GROUPS, account=account_arg("group_account_id"))
def save_layout(s: Session, actor: StaffUser, group_account_id: int, tree: Tree, scopes: dict[str, str],
                token: tuple[tuple[str, int], ...]) -> Layout:
    """G4: the whole layout is checked first and written in one transaction, or refused and nothing changes."""
    current = layout(s, group_account_id)
    if current.token != token:
        raise StaleEdit(_("다른 사용자가 이 그룹의 조직도를 바꿨습니다. 되돌리기로 다시 읽은 뒤 고치세요."))
    if {n.key for n in tree} != {n.key for n in current.tree}:
        raise UserError(_("저장할 조직도의 회사와 부서가 지금 데이터와 다릅니다. 다시 읽은 뒤 고치세요."))
    if wrong := orgchart.problems(tree):
        raise UserError(_("조직도를 저장할 수 없습니다: {problems}", problems=wrong))
    if bad := [k for k, v in scopes.items() if v not in SCOPES]:
        raise UserError(_("표시 범위는 group 또는 own 입니다 ({wrong}).", wrong=", ".join(bad)))
    for n in tree:
        pk = int(n.key[2:])
        parent = int(n.parent[2:]) if n.parent else None
        if n.is_company:
            row = s.get_one(GroupCompany, pk)
            row.parent_company_id, row.position = parent, n.position
            row.scope = scopes.get(n.key, row.scope)
        else:
            dept = s.get_one(Department, pk)
            dept.parent_department_id = parent if n.parent and n.parent.startswith("d:") else None
            dept.position = n.position
    s.flush()
    record(s, actor, "layout", "group", group_account_id, None,
           {"tree": [[n.key, n.parent, n.position] for n in tree], "scopes": scopes})
    return layout(s, group_account_id)


# --- departments and employees -----------------------------------------------------------------------------

def _company(s: Session, company_pk: int) -> GroupCompany:
    row = s.get(GroupCompany, company_pk)
    if row is None:
        raise NotFound(_("그 회사를 찾을 수 없습니다."))
    return row


@changes(Feature.GROUPS, account=row_arg("company_pk", "GroupCompany", "group_account_id"))
def add_department(s: Session, actor: StaffUser, company_pk: int, name: str,
                   parent_department_id: int | None = None) -> Department:
    _company(s, company_pk)
    if not name.strip():
        raise ValidationError({"name": _("부서 이름을 입력하세요.")})
    if parent_department_id is not None:
        parent = s.get(Department, parent_department_id)
        if parent is None or parent.company_id != company_pk:
            raise UserError(_("상위 부서는 같은 회사의 부서여야 합니다 (G3)."))
    siblings = (Department.parent_department_id.is_(None) if parent_department_id is None
                else Department.parent_department_id == parent_department_id)  # SQL: NULL = NULL is not true
    position = s.scalar(select(func.count(Department.id)).where(Department.company_id == company_pk, siblings)) or 0
    dept = Department(company_id=company_pk, name=name.strip(), parent_department_id=parent_department_id,
                      position=position)
    s.add(dept)
    s.flush()
    record(s, actor, "create", "department", dept.id, None, {"name": dept.name, "company": company_pk})
    return dept


@changes(Feature.GROUPS, account=IN_DEPARTMENT)
def rename_department(s: Session, actor: StaffUser, department_id: int, expected_version: int,
                      name: str) -> Department:
    dept = load_for_change(s, Department, department_id, expected_version)
    if not name.strip():
        raise ValidationError({"name": _("부서 이름을 입력하세요.")})
    before = dept.name
    dept.name = name.strip()
    record(s, actor, "rename", "department", dept.id, {"name": before}, {"name": dept.name})
    return dept


@changes(Feature.GROUPS, account=IN_DEPARTMENT)
def remove_department(s: Session, actor: StaffUser, department_id: int, expected_version: int) -> None:
    """Deactivated, never deleted; refused while people or sub-departments are in it."""
    dept = load_for_change(s, Department, department_id, expected_version)
    people = s.scalar(select(func.count(Employee.id)).where(Employee.home_department_id == dept.id,
                                                            Employee.active.is_(True)))
    posts = s.scalar(select(func.count(ConcurrentPost.id)).where(ConcurrentPost.department_id == dept.id))
    subs = s.scalar(select(func.count(Department.id)).where(Department.parent_department_id == dept.id,
                                                            Department.active.is_(True)))
    if people or posts or subs:
        raise UserError(_("부서 '{department}' 에 사원 {people}명, 겸직 {posts}명, 하위 부서 {subs}개가 있어 삭제할 수 "
                          "없습니다. 먼저 옮기세요.", department=dept.name, people=people, posts=posts, subs=subs))
    dept.active = False
    record(s, actor, "remove", "department", dept.id, {"active": True}, {"active": False})


@dataclass(frozen=True)
class ImportReport:
    created: int
    bad_rows: list[tuple[int, Text]]


@changes(Feature.GROUPS, account=row_arg("company_pk", "GroupCompany", "group_account_id"))
def import_departments(s: Session, actor: StaffUser, company_pk: int, text: str) -> ImportReport:
    """One department path per line ("영업본부/국내영업팀"); missing parents are made; all rows or none."""
    _company(s, company_pk)
    existing = {(d.parent_department_id, d.name): d for d in _departments(s, [company_pk])}
    bad: list[tuple[int, Text]] = []
    created = 0
    paths = []
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.replace(",", "/").split("/")]
        if any(not p for p in parts):
            bad.append((n, _("빈 부서 이름이 있습니다: '{line}'. '상위/하위' 처럼 적으세요.", line=line)))
        elif any(len(p) > 200 for p in parts):
            bad.append((n, _("부서 이름은 200자까지입니다.")))
        else:
            paths.append(parts)
    if bad:
        return ImportReport(0, bad)  # nothing is imported while any row is wrong
    for parts in paths:
        parent = None
        for name in parts:
            dept = existing.get((parent, name))
            if dept is None:
                dept = add_department(s, actor, company_pk, name, parent)
                existing[(parent, name)] = dept
                created += 1
            parent = dept.id
    return ImportReport(created, [])


@changes(Feature.GROUPS, account=row_arg("company_pk", "GroupCompany", "group_account_id"))
def add_employee(s: Session, actor: StaffUser, company_pk: int, name: str, email: str, home_department_id: int,
                 posts: Sequence[int] = (), title: str = "") -> Employee:
    company = _company(s, company_pk)
    home = s.get(Department, home_department_id)
    if home is None or home.company_id != company.id:
        raise ValidationError({"home_department": _("소속 부서는 그 회사의 부서여야 합니다.")})
    if not name.strip():
        raise ValidationError({"name": _("이름을 입력하세요.")})
    person = Employee(company_id=company.id, name=name.strip(), email=email.strip(), title=title,
                      home_department_id=home.id)
    s.add(person)
    s.flush()
    for dept_id in posts:
        dept = s.get(Department, dept_id)
        if dept is None or dept_id == home.id:
            raise ValidationError({"posts": _("겸직 부서를 다시 고르세요 (소속 부서와 다른, 있는 부서).")})
        s.add(ConcurrentPost(employee_id=person.id, department_id=dept_id))
    s.flush()
    record(s, actor, "create", "employee", person.id, None, {"name": person.name, "company": company.id})
    return person


def _paths(s: Session, group_account_id: int) -> dict[tuple[str, str], int]:
    """(company ID, "상위/하위" path) -> department id, for every active department of the group."""
    companies = {c.id: c.company_id for c in _companies(s, group_account_id)}
    depts = {d.id: d for d in _departments(s, list(companies))}

    def path(d: Department) -> str:
        parts = [d.name]
        while d.parent_department_id in depts:
            d = depts[d.parent_department_id]
            parts.insert(0, d.name)
        return "/".join(parts)

    return {(companies[d.company_id], path(d)): d.id for d in depts.values()}


@changes(Feature.GROUPS, account=account_arg("group_account_id"))
def import_employees(s: Session, actor: StaffUser, group_account_id: int, text: str) -> ImportReport:
    """Lines `이름,이메일,회사ID,소속 부서 경로[,겸직 회사ID:부서 경로;…]`; all rows or none."""
    import csv
    import io

    companies = {c.company_id: c.id for c in _companies(s, group_account_id)}
    paths = _paths(s, group_account_id)
    rows: list[tuple[int, str, str, int, list[int]]] = []
    bad: list[tuple[int, Text]] = []
    for n, cells in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=1):
        cells = [c.strip() for c in cells]
        if not cells or not any(cells) or (n == 1 and cells[0] in ("이름", "name")):
            continue
        if len(cells) < 4 or not cells[0]:
            bad.append((n, _("이름,이메일,회사ID,소속 부서 경로 네 칸이 필요합니다.")))
            continue
        name, email, cid, home = cells[:4]
        if cid not in companies:
            bad.append((n, _("회사 ID '{company}' 은(는) 이 그룹에 없습니다.", company=cid)))
            continue
        if (cid, home) not in paths:
            bad.append((n, _("'{company}' 에 부서 '{department}' 이(가) 없습니다. 먼저 부서를 만드세요.", company=cid,
                             department=home)))
            continue
        posts = []
        for post in filter(None, (p.strip() for p in (cells[4] if len(cells) > 4 else "").split(";"))):
            pcid, _colon, ppath = post.partition(":")
            if (pcid, ppath) not in paths:
                bad.append((n, _("겸직 부서 '{post}' 이(가) 없습니다 (회사ID:부서 경로).", post=post)))
                break
            posts.append(paths[(pcid, ppath)])
        else:
            rows.append((companies[cid], name, email, paths[(cid, home)], posts))
    if bad:
        return ImportReport(0, bad)
    for company_pk, name, email, home_id, posts in rows:
        add_employee(s, actor, company_pk, name, email, home_id, posts)
    return ImportReport(len(rows), [])


# --- preview and search ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class People:
    by_department: dict[str, list[orgchart.Member]]  # department key -> the people in it, 겸직 marked
    company_of: dict[int, str]  # employee id -> company key
    posts_of: dict[int, list[str]]  # employee id -> department keys of their concurrent posts


def people(s: Session, group_account_id: int) -> People:
    companies = [c.id for c in _companies(s, group_account_id)]
    by_dept: dict[str, list[orgchart.Member]] = {}
    company_of: dict[int, str] = {}
    # plain columns: 20,000 Employee objects cost most of the chart's time
    for emp_id, name, company, home in s.execute(
            select(Employee.id, Employee.name, Employee.company_id, Employee.home_department_id)
            .where(Employee.company_id.in_(companies), Employee.active.is_(True)).order_by(Employee.name)):
        by_dept.setdefault(f"d:{home}", []).append(orgchart.Member(name))
        company_of[emp_id] = f"c:{company}"
    posts: dict[int, list[str]] = {}
    q = (select(Employee.id, Employee.name, ConcurrentPost.department_id)
         .join(ConcurrentPost, ConcurrentPost.employee_id == Employee.id)
         .where(Employee.company_id.in_(companies)).order_by(Employee.name))
    for emp_id, name, dept in s.execute(q):
        by_dept.setdefault(f"d:{dept}", []).append(orgchart.Member(name, concurrent=True))
        posts.setdefault(emp_id, []).append(f"d:{dept}")
    return People(by_dept, company_of, posts)


def org_chart(s: Session, group_account_id: int, company_pk: int | None = None,
              employee_id: int | None = None) -> list[orgchart.ChartNode]:
    """The saved org chart as a company's employees (or one employee, with their concurrent posts) see it (G2)."""
    lay = layout(s, group_account_id)
    who = people(s, group_account_id)
    if employee_id is not None:
        if employee_id not in who.company_of:
            raise NotFound(_("그 사원을 찾을 수 없습니다."))
        return orgchart.chart(lay.tree, lay.scopes, who.company_of[employee_id], who.posts_of.get(employee_id, []),
                              who.by_department)
    if company_pk is None:
        raise UserError(_("회사나 사원을 고르세요."))
    return orgchart.chart(lay.tree, lay.scopes, f"c:{company_pk}", [], who.by_department)


def search_employees(s: Session, group_account_id: int, text: str, limit: int | None = None) -> list[EmployeeHit]:
    """G2: employee search always covers the whole group, whatever the display scope. `limit`: at most that
    many, in name order (a list of 20,000 names helps nobody and costs the window half a second)."""
    needle = f"%{text.strip()}%"
    q = (select(Employee.id, Employee.name, GroupCompany.name, Department.name, Employee.email)
         .join(GroupCompany, GroupCompany.id == Employee.company_id)
         .join(Department, Department.id == Employee.home_department_id)
         .where(GroupCompany.group_account_id == group_account_id, Employee.active.is_(True))
         .order_by(Employee.name))
    if text.strip():
        q = q.where(Employee.name.like(needle) | Employee.email.like(needle) | Department.name.like(needle))
    if limit is not None:
        q = q.limit(limit)
    return [EmployeeHit(*r) for r in s.execute(q)]
