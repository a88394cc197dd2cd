"""Groups and the org chart (G1–G4): moves in the pure tree, saving all or nothing, the preview per scope,
the group-wide employee search, and members billed to the parent."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.errors import StaleEdit, UserError, ValidationError
from desktop_app.models import (
    Account,
    Department,
    GroupCompany,
    InvoiceRow,
    PricingPolicy,
    Site,
    SiteState,
    Vendor,
)
from desktop_app.pricing import orgchart
from desktop_app.pricing.orgchart import Node, OrgRuleError
from desktop_app.services import billing, groups
from desktop_app.settings import Settings
from tests.conftest import TODAY
from tests.support.versions import shown

TREE = (Node("c:1", "모회사", None, 0, "c:1"), Node("c:2", "자회사A", None, 1, "c:2"),
        Node("c:3", "자회사B", None, 2, "c:3"), Node("d:10", "인사팀", "c:1", 0, "c:1"),
        Node("d:11", "채용파트", "d:10", 0, "c:1"), Node("d:20", "연구소", "c:2", 0, "c:2"))


def parents(tree):
    return {n.key: n.parent for n in tree}


def order(tree, parent):
    return [n.key for n in orgchart.children(tree, parent)]


def test_a_company_goes_under_a_company_and_keeps_its_departments():
    moved = orgchart.move(TREE, "c:2", "c:1", 0)
    assert parents(moved)["c:2"] == "c:1" and parents(moved)["d:20"] == "c:2"
    assert order(moved, None) == ["c:1", "c:3"] and order(moved, "c:1") == ["c:2", "d:10"]
    assert orgchart.problems(moved) == []


@pytest.mark.parametrize("key, target, words", [
    ("c:2", "d:10", "부서 '인사팀' 아래로 옮길 수 없습니다"),  # G3: never under a department
    ("d:20", "c:1", "자기 회사 안에만"),  # departments stay in their own company
    ("c:1", "c:1", "자기 아래"),
])
def test_refused_moves_say_why_and_change_nothing(key, target, words):
    with pytest.raises(OrgRuleError) as err:
        orgchart.move(TREE, key, target, 0)
    assert words in str(err.value)


def test_no_company_under_its_own_descendant():
    nested = orgchart.move(TREE, "c:2", "c:1", 0)
    with pytest.raises(OrgRuleError):
        orgchart.move(nested, "c:1", "c:2", 0)


def test_keyboard_steps_up_down_in_out():
    t = orgchart.step(TREE, "c:3", "up")
    assert order(t, None) == ["c:1", "c:3", "c:2"]
    t = orgchart.step(t, "c:3", "in")  # under the company above it
    assert parents(t)["c:3"] == "c:1" and order(t, None) == ["c:1", "c:2"]
    t = orgchart.step(t, "c:3", "out")
    assert order(t, None) == ["c:1", "c:3", "c:2"]
    with pytest.raises(OrgRuleError):
        orgchart.step(t, "c:1", "up")
    with pytest.raises(OrgRuleError):  # the item above a department's company sibling is a department
        orgchart.step(orgchart.move(TREE, "c:2", "c:1", 1), "c:2", "in")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([n.key for n in TREE]),
                          st.sampled_from([None] + [n.key for n in TREE]), st.integers(0, 5)), max_size=12))
def test_any_sequence_of_accepted_moves_keeps_a_valid_tree(moves):
    tree = TREE
    for key, target, row in moves:
        try:
            tree = orgchart.move(tree, key, target, row)
        except OrgRuleError:
            continue
        assert orgchart.problems(tree) == []
        for parent in {n.parent for n in tree}:
            assert sorted(n.position for n in orgchart.children(tree, parent)) == \
                list(range(len(orgchart.children(tree, parent))))
    assert {n.key for n in tree} == {n.key for n in TREE}


def test_visible_for_each_scope():
    scopes = {"c:1": "group", "c:2": "own", "c:3": "own"}
    assert orgchart.visible(TREE, scopes, "c:1") == {n.key for n in TREE}
    assert orgchart.visible(TREE, scopes, "c:2") == {"c:2", "d:20"}
    with_post = orgchart.visible(TREE, scopes, "c:2", ["d:11"])
    assert with_post == {"c:2", "d:20", "d:11", "d:10", "c:1"}  # the post, with the path to it only


# --- services on the demo group ----------------------------------------------------------------------------

@pytest.fixture
def group(demo_desk, db):
    with db.session() as s:
        return groups.group_accounts(s)[0][0]


def names(nodes):
    out = []
    for n in nodes:
        out.append(n.name)
        out += names(n.children)
    return out


def people(nodes):
    out = {}
    for n in nodes:
        out[n.name] = [m.name + (" (겸직)" if m.concurrent else "") for m in n.employees]
        out.update(people(n.children))
    return out


def company(db, cid):
    with db.session() as s:
        return s.scalars(select(GroupCompany).where(GroupCompany.company_id == cid)).one().id


def test_group_info_lists_the_companies_g1(demo_desk, group):
    rows = demo_desk.read(groups.company_rows, group)
    assert [(r.company_id, r.login_url, r.user_count, r.card_count) for r in rows] == [
        ("hangyeol", "https://hangyeol.ncpworkplace.com", 40, 12),
        ("hangyeol-eng", "https://hangyeol-eng.ncpworkplace.com", 18, 4),
        ("hangyeol-remicon", "https://hangyeol-remicon.ncpworkplace.com", 25, 6)]
    with pytest.raises(ValidationError) as err:
        demo_desk.run(groups.add_company, group, "hangyeol", "중복")
    assert "이미 쓰이고" in err.value.errors["company_id"]
    with pytest.raises(ValidationError):
        demo_desk.run(groups.add_company, group, "-bad-", "잘못된 ID")


def test_saving_a_nested_layout_and_scope_then_the_preview_g2(demo_desk, db, group):
    lay = demo_desk.read(groups.layout, group)
    eng, remicon = company(db, "hangyeol-eng"), company(db, "hangyeol-remicon")
    tree = orgchart.move(lay.tree, f"c:{remicon}", f"c:{eng}", 0)
    scopes = {**lay.scopes, f"c:{remicon}": "own"}
    demo_desk.run(groups.save_layout, group, tree, scopes, lay.token)
    saved = demo_desk.read(groups.layout, group)
    assert parents(saved.tree)[f"c:{remicon}"] == f"c:{eng}" and saved.scopes[f"c:{remicon}"] == "own"
    # an employee of 한결레미콘 (scope own): the own company, and 설비팀 of 한결엔지니어링 where she is 겸직
    with db.session() as s:
        from desktop_app.models import Employee

        suah = s.scalars(select(Employee).where(Employee.name == "윤수아")).one().id
    chart = demo_desk.read(groups.org_chart, group, employee_id=suah)
    assert names(chart) == ["한결엔지니어링", "한결레미콘", "생산팀", "품질관리팀", "설비팀"]
    assert "기술연구소" not in names(chart) and "한결건설" not in names(chart)
    assert "윤수아 (겸직)" in people(chart)["설비팀"]
    # the company as a whole (no employee): its own departments only
    assert set(names(demo_desk.read(groups.org_chart, group, company_pk=remicon))) == {"한결레미콘", "생산팀",
                                                                                       "품질관리팀"}
    # scope group: everything
    assert len(names(demo_desk.read(groups.org_chart, group, company_pk=eng))) == len(saved.tree)


def test_a_refused_or_stale_save_leaves_the_saved_tree_unchanged_g4(demo_desk, db, group):
    lay = demo_desk.read(groups.layout, group)
    dept = next(n for n in lay.tree if not n.is_company)
    eng = f"c:{company(db, 'hangyeol-eng')}"
    broken = tuple(n if n.key != eng else Node(n.key, n.name, dept.key, 0, n.company) for n in lay.tree)
    with pytest.raises(UserError) as err:
        demo_desk.run(groups.save_layout, group, broken, lay.scopes, lay.token)
    assert "G3" in err.value.message
    assert demo_desk.read(groups.layout, group) == lay
    moved = orgchart.step(lay.tree, eng, "up")
    demo_desk.run(groups.rename_department, int(dept.key[2:]), shown(demo_desk, Department, int(dept.key[2:])), "새 이름")  # someone else edits meanwhile
    with pytest.raises(StaleEdit):
        demo_desk.run(groups.save_layout, group, moved, lay.scopes, lay.token)
    assert parents(demo_desk.read(groups.layout, group).tree) == parents(lay.tree)


def test_employee_search_covers_the_whole_group_whatever_the_scope(demo_desk, db, group):
    lay = demo_desk.read(groups.layout, group)
    demo_desk.run(groups.save_layout, group, lay.tree, dict.fromkeys(lay.scopes, "own"), lay.token)
    hits = demo_desk.read(groups.search_employees, group, "")
    assert {h.company for h in hits} == {"한결건설", "한결엔지니어링", "한결레미콘"}
    assert [h.name for h in demo_desk.read(groups.search_employees, group, "설비")] == ["강지우"]


def test_departments_add_rename_remove_and_import(demo_desk, db, group):
    eng = company(db, "hangyeol-eng")
    report = demo_desk.run(groups.import_departments, eng, "기술연구소/AI랩\n품질본부/시험실\n품질본부")
    assert report.created == 3 and report.bad_rows == []
    bad = demo_desk.run(groups.import_departments, eng, "정상/부서\n//")
    assert bad.created == 0 and bad.bad_rows[0][0] == 2
    with db.session() as s:
        lab = s.scalars(select(Department).where(Department.name == "기술연구소")).one().id
    with pytest.raises(UserError) as err:
        demo_desk.run(groups.remove_department, lab, shown(demo_desk, Department, lab))
    assert "사원 1명" in err.value.message and "하위 부서 1개" in err.value.message
    names_now = [n.name for n in demo_desk.read(groups.layout, group).tree]
    assert "AI랩" in names_now and "시험실" in names_now and names_now.count("품질본부") == 1


def test_a_member_account_is_invoiced_to_the_group_parent_g1(demo_desk, db, group):
    with db.session() as s:
        member = Account(name="한결엔지니어링(주)", business_number="1298107893", pricing_policy=PricingPolicy.V4,
                         term_months=1, auto_renew=True, expires_on=TODAY + dt.timedelta(days=3))
        s.add(member)
        s.flush()
        s.add(Site(account_id=member.id, name="본사", vendor=Vendor.DAOUOFFICE, package="standard",
                   edition="service", users=10, state=SiteState.ACTIVE, subdomain="hg-eng"))
        s.get(GroupCompany, company(db, "hangyeol-eng")).member_account_id = member.id
        member_id = member.id
    report = billing.run(db, TODAY, Settings())
    with db.session() as s:
        inv = s.scalars(select(InvoiceRow).where(InvoiceRow.billing_key.like(f"renewal:{member_id}:%"))).one()
        assert inv.number in report.invoices and inv.account_id == group
        assert inv.content["customer"]["name"] == "한결건설(주)"
        assert inv.content["sites"][0]["name"] == "한결엔지니어링(주) · 본사"


def test_employees_import_with_concurrent_posts_all_or_nothing(demo_desk, db, group):
    good = ("이름,이메일,회사ID,소속 부서,겸직\n"
            "한가람,garam@hangyeol.co.kr,hangyeol,건축사업본부/설계팀,hangyeol-eng:설비팀;hangyeol-remicon:생산팀\n"
            "두나래,narae@hangyeol-eng.co.kr,hangyeol-eng,기술연구소,\n")
    report = demo_desk.run(groups.import_employees, group, good)
    assert report.created == 2 and report.bad_rows == []
    chart = demo_desk.read(groups.org_chart, group, company_pk=company(db, "hangyeol"))
    assert "한가람 (겸직)" in people(chart)["설비팀"] and "한가람" in people(chart)["설계팀"]
    bad = "세나,se@x.co.kr,hangyeol,없는부서\n네온,ne@x.co.kr,nowhere,설비팀\n"
    report = demo_desk.run(groups.import_employees, group, bad)
    assert report.created == 0 and [n for n, _ in report.bad_rows] == [1, 2]
    assert "세나" not in [h.name for h in demo_desk.read(groups.search_employees, group, "")]
