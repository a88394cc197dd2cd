"""Group companies and the org chart (domain.md §7, G2–G4) as pure functions over an immutable tree.

Kept with the other pure rules so the same purity guard applies (no Qt, no SQLAlchemy). A node is a company
(`c:ID`) or a department (`d:ID`); the tree is a tuple of nodes, each naming its parent and its position
among its siblings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from desktop_app.i18n import Text, texts

_ = texts("orgchart")

GROUP, OWN = "group", "own"


class OrgRuleError(ValueError):
    """A refused change; the message says the rule and what is allowed."""


@dataclass(frozen=True)
class Node:
    key: str  # c:12 or d:7
    name: str
    parent: str | None  # a company key, a department key, or None at the top
    position: int
    company: str  # the company key the node belongs to (itself for a company)

    @property
    def is_company(self) -> bool:
        return self.key.startswith("c:")


Tree = tuple[Node, ...]


def index(tree: Tree) -> dict[str, Node]:
    return {n.key: n for n in tree}


def children(tree: Tree, parent: str | None) -> list[Node]:
    return sorted((n for n in tree if n.parent == parent), key=lambda n: (n.position, n.key))


def ancestors(tree: Tree, key: str) -> list[str]:
    nodes, out, seen = index(tree), [], set()
    parent = nodes[key].parent
    while parent is not None and parent not in seen:
        out.append(parent)
        seen.add(parent)
        parent = nodes[parent].parent
    return out


def problem_of_move(tree: Tree, key: str, new_parent: str | None) -> Text | None:
    """Why `key` may not go under `new_parent` (G3), or None when it may."""
    nodes = index(tree)
    node = nodes[key]
    target = nodes.get(new_parent) if new_parent else None
    if new_parent is not None and target is None:
        return _("그 위치를 찾을 수 없습니다.")
    if node.is_company:
        if target is not None and not target.is_company:
            return _("회사 '{company}' 은(는) 부서 '{department}' 아래로 옮길 수 없습니다. 회사는 다른 회사 "
                     "아래나 맨 위에만 둘 수 있습니다 (G3).", company=node.name, department=target.name)
        if new_parent == key or (new_parent is not None and key in ancestors(tree, new_parent)):
            return _("회사 '{company}' 을(를) 자기 아래에 있는 회사 밑으로 옮길 수 없습니다 (G3).", company=node.name)
        return None
    if target is None or target.company != node.company:
        return _("부서 '{department}' 은(는) 자기 회사 안에만 있을 수 있습니다 (G3). 다른 회사로는 옮길 수 "
                 "없습니다.", department=node.name)
    if new_parent == key or (new_parent is not None and key in ancestors(tree, new_parent)):
        return _("부서 '{department}' 을(를) 자기 하위 부서 밑으로 옮길 수 없습니다.", department=node.name)
    return None


def move(tree: Tree, key: str, new_parent: str | None, row: int) -> Tree:
    """`key` under `new_parent` at `row` among its new siblings; refused moves raise OrgRuleError."""
    if problem := problem_of_move(tree, key, new_parent):
        raise OrgRuleError(problem)
    node = index(tree)[key]
    siblings = [n for n in children(tree, new_parent) if n.key != key]
    row = max(0, min(row, len(siblings)))
    order = siblings[:row] + [node] + siblings[row:]
    old_siblings = [n for n in children(tree, node.parent) if n.key != key] if node.parent != new_parent else []
    positions = {n.key: i for i, n in enumerate(order)}
    positions.update({n.key: i for i, n in enumerate(old_siblings)})
    return tuple(replace(n, parent=new_parent if n.key == key else n.parent, position=positions.get(n.key, n.position))
                 for n in tree)


def step(tree: Tree, key: str, direction: str) -> Tree:
    """Keyboard moves: up, down (among siblings), in (under the sibling above), out (beside the parent)."""
    node = index(tree)[key]
    siblings = children(tree, node.parent)
    i = [n.key for n in siblings].index(key)
    if direction == "up":
        if i == 0:
            raise OrgRuleError(_("이미 맨 위에 있습니다."))
        return move(tree, key, node.parent, i - 1)
    if direction == "down":
        if i == len(siblings) - 1:
            raise OrgRuleError(_("이미 맨 아래에 있습니다."))
        return move(tree, key, node.parent, i + 1)
    if direction == "in":
        if i == 0:
            raise OrgRuleError(_("위에 있는 항목이 없어 안으로 옮길 수 없습니다."))
        above = siblings[i - 1]
        return move(tree, key, above.key, len(children(tree, above.key)))
    if direction == "out":
        if node.parent is None:
            raise OrgRuleError(_("이미 맨 위 단계에 있습니다."))
        parent = index(tree)[node.parent]
        j = [n.key for n in children(tree, parent.parent)].index(parent.key)
        return move(tree, key, parent.parent, j + 1)
    raise ValueError(direction)


def problems(tree: Tree) -> list[Text]:
    """G4: everything wrong with a tree about to be saved (empty when it may be saved)."""
    out: list[Text] = []
    nodes = index(tree)
    for n in tree:
        if n.parent is not None and n.parent not in nodes:
            out.append(_("'{name}' 의 상위 항목이 없습니다.", name=n.name))
        elif n.key in ancestors(tree, n.key):
            out.append(_("'{name}' 이(가) 자기 자신 아래에 있습니다.", name=n.name))
        elif n.parent is not None and (p := problem_of_move(tree, n.key, n.parent)):
            out.append(p)
        elif n.parent is None and not n.is_company:
            out.append(_("부서 '{department}' 은(는) 회사 아래에 있어야 합니다 (G3).", department=n.name))
    return out


def company_subtree(tree: Tree, company: str) -> set[str]:
    """A company's own departments (not the companies placed under it)."""
    return {n.key for n in tree if not n.is_company and n.company == company} | {company}


def visible(tree: Tree, scopes: dict[str, str], company: str, posts: Iterable[str] = ()) -> set[str]:
    """G2: the nodes of the org chart seen from `company` (by one of its employees holding concurrent posts
    in the departments `posts`). Scope `group`: the whole group. Scope `own`: the own company, and for each
    concurrent post in another company that department with the path to it."""
    if scopes.get(company, GROUP) == GROUP:
        return {n.key for n in tree}
    seen = company_subtree(tree, company)
    nodes = index(tree)
    for post in posts:
        if post in nodes and nodes[post].company != company:
            seen.add(post)
            seen.update(a for a in ancestors(tree, post) if nodes[a].company == nodes[post].company)
    return seen


@dataclass(frozen=True)
class Member:
    name: str
    concurrent: bool = False  # 겸직: here on a concurrent post, home elsewhere


@dataclass
class ChartNode:
    key: str
    name: str
    employees: list[Member] = field(default_factory=list)
    children: list[ChartNode] = field(default_factory=list)


def chart(tree: Tree, scopes: dict[str, str], company: str, posts: Iterable[str],
          people: dict[str, list[Member]]) -> list[ChartNode]:
    """The org chart as nested nodes with the people of each department, as `company` (or one of its
    employees holding `posts`) sees it. A hidden company's visible children are lifted to its place."""
    seen = visible(tree, scopes, company, posts)

    def build(parent: str | None) -> list[ChartNode]:
        out: list[ChartNode] = []
        for n in children(tree, parent):
            if n.key in seen:
                out.append(ChartNode(n.key, n.name, list(people.get(n.key, [])), build(n.key)))
            else:
                out.extend(build(n.key))
        return out

    return build(None)
