"""S4 at the mechanism: every public service that changes data goes through one door that re-reads the acting
user and checks the feature. The list of such services is found, not written down, so a new one cannot
forget: any public function in desktop_app.services taking (s, actor, …) must be declared with @changes."""

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import update

import desktop_app.services as services_pkg
from desktop_app.errors import PermissionDenied
from desktop_app.models import Feature, StaffUser
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from tests.conftest import BACKENDS

# public functions with (s, actor) that are not use-cases of their own, and why
NOT_A_USE_CASE = {
    "access.current": "the check itself",
    "scope.require_target": "the scope check the door makes",
    "audit.record": "writes the audit entry of the service that calls it",
}


def mutating_services():
    found = []
    for info in pkgutil.iter_modules(services_pkg.__path__):
        module = importlib.import_module(f"desktop_app.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(inspect.unwrap(fn)).parameters)
            if params[:2] == ["s", "actor"] and f"{info.name}.{name}" not in NOT_A_USE_CASE:
                found.append((f"{info.name}.{name}", fn))
    return found


SERVICES = mutating_services()


def test_the_enumeration_finds_the_known_services():
    names = {n for n, _ in SERVICES}
    assert {"invoices.record_payment", "invoices.issue", "billing.bill_account", "orders.place_order",
            "accounts.create_account", "licences.import_named_users"} <= names


@pytest.mark.parametrize(("name", "fn"), SERVICES, ids=[n for n, _ in SERVICES])
def test_every_data_changing_service_declares_its_permission(name, fn):
    assert hasattr(fn, "__changes__"), f"{name} changes data: declare it with @changes(Feature.…)"


@pytest.fixture
def nobody(desk, db):
    """A regular user with no feature at all."""
    return desk.run(add_regular_user, "nobody", "권한없음", set())


# services that need no feature (only an active user: one's own password, a delivery result, the first demo)
# are checked by the deactivated-user test below
GUARDED = [(n, f) for n, f in SERVICES if getattr(f, "__changes__", None) is not None]


@pytest.mark.parametrize(("name", "fn"), GUARDED, ids=[n for n, _ in GUARDED])
def test_a_user_without_the_permission_is_refused_naming_it(name, fn, db, nobody):
    with db.session() as s, pytest.raises(PermissionDenied) as err:
        fn(s, nobody, *([None] * (len(inspect.signature(fn).parameters) - 2)))
    assert err.value.field == fn.__changes__.value


@pytest.mark.parametrize(("name", "fn"), SERVICES, ids=[n for n, _ in SERVICES])
def test_a_user_deactivated_meanwhile_is_refused(name, fn, db, desk):
    clerk = desk.run(add_regular_user, "clerk", "김직원", set(Feature))
    stale_window = Desk(db, clerk)  # signed in before the deactivation
    with db.session() as s:
        s.execute(update(StaffUser).where(StaffUser.id == clerk.id).values(active=False))
    with db.session() as s, pytest.raises(PermissionDenied) as err:
        fn(s, stale_window.actor, *([None] * (len(inspect.signature(fn).parameters) - 2)))
    assert err.value.field == "actor" and "비활성화" in err.value.message


# public functions that write without an actor, and why they may
WRITES_WITHOUT_ACTOR = {
    "staff.ensure_owner": "makes the first staff user of an empty database: there is no actor yet",
    "signin.password_free_user": "makes the owner of an empty database (ensure_owner) before anyone signs in (S7)",
    "signin.needs_sign_in": "the same, asked at start before the sign-in dialog",
    "numbering.next_number": "takes the number of the document that the calling declared service writes",
    "rows.lock": "write-locks a row for the declared service that calls it; changes no value",
    "rows.load_for_change": "the same lock and a version check, for the declared service that calls it",
}
SESSION_WRITES = {"add", "add_all", "delete", "flush", "merge", "commit"}
WRITER_CALLS = {"record", "update", "insert", "delete"}  # the audit log, and SQL statements that change rows


def _module_functions():
    """{(module, name): (ast node, {imported name: (module, name)})} over every services module."""
    out = {}
    for info in pkgutil.iter_modules(services_pkg.__path__):
        tree = ast.parse(Path(services_pkg.__path__[0], f"{info.name}.py").read_text(encoding="utf-8"))
        imports = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop_app.services."):
                for alias in node.names:
                    imports[alias.asname or alias.name] = (node.module.rsplit(".", 1)[1], alias.name)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                out[(info.name, node.name)] = (node, imports)
    return out


def _declared(node):
    return any(isinstance(d, ast.Call) and getattr(d.func, "id", "") == "changes" for d in node.decorator_list)


def _direct_writes(node):
    """The ways a function's own body changes data: a session write, an attribute set, an SQL change."""
    params = {a.arg for a in node.args.args}
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            f = sub.func
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "s" \
                    and f.attr in SESSION_WRITES:
                yield f"s.{f.attr}()"
            if isinstance(f, ast.Name) and f.id in WRITER_CALLS:
                yield f"{f.id}()"
        if isinstance(sub, (ast.Assign, ast.AugAssign)) and "s" in params:  # rows come from a session
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
            for tgt in targets:
                for el in (tgt.elts if isinstance(tgt, ast.Tuple) else [tgt]):
                    # `row.status = …` on a row read from the session (not on a parameter's plain data)
                    if isinstance(el, ast.Attribute) and not (isinstance(el.value, ast.Name)
                                                              and el.value.id in {"self"} | params - {"s"}):
                        yield f"sets {ast.unparse(el)}"


def _calls(node, imports, module):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name):
            yield imports.get(sub.func.id, (module, sub.func.id))


def writers_without_actor():
    """Every public services function that changes data (itself or through a function of the services it
    calls) and is not declared with @changes: found from the source, so a new one cannot slip through."""
    funcs = _module_functions()
    writes = {key: next(_direct_writes(node), None) for key, (node, _) in funcs.items()}
    changed = True
    while changed:  # a function that calls an undeclared writer writes too
        changed = False
        for (module, name), (node, imports) in funcs.items():
            if writes[(module, name)]:
                continue
            for callee in _calls(node, imports, module):
                if callee in funcs and writes.get(callee) and not _declared(funcs[callee][0]):
                    writes[(module, name)] = f"calls {callee[0]}.{callee[1]} ({writes[callee]})"
                    changed = True
                    break
    return {f"{m}.{n}": why for (m, n), why in writes.items()
            if why and not n.startswith("_") and not _declared(funcs[(m, n)][0])
            and f"{m}.{n}" not in NOT_A_USE_CASE and f"{m}.{n}" not in WRITES_WITHOUT_ACTOR}


def test_no_public_service_changes_data_without_being_declared():
    assert writers_without_actor() == {}, "declare these with @changes(Feature.…) and (s, actor, …), or make " \
                                          "them internal (a leading underscore) and call them from a declared one"


def test_the_source_walk_catches_a_writer_without_an_actor(tmp_path, monkeypatch):
    """The walk itself, on a module made for it: an undeclared function that sets a row's attribute."""
    funcs = _module_functions()
    node = ast.parse("def bump(s, code):\n    row = s.get(X, code)\n    row.uses += 1\n").body[0]
    assert next(_direct_writes(node)) == "sets row.uses"
    assert ("discounts", "count_use") in funcs and _declared(funcs[("discounts", "count_use")][0])
    assert ("quotes", "mark_sent") in funcs and _declared(funcs[("quotes", "mark_sent")][0])


def test_services_hand_desk_run_only_declared_services():
    """`desk.run(fn)` inside a service (mail delivery) must name a declared service, not a local function."""
    funcs = _module_functions()
    for (module, name), (node, imports) in funcs.items():
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "run" \
                    and isinstance(sub.func.value, ast.Name) and sub.func.value.id == "desk":
                target = sub.args[0]
                assert isinstance(target, ast.Name), f"{module}.{name}: desk.run({ast.unparse(target)})"
                key = imports.get(target.id, (module, target.id))
                assert key in funcs and _declared(funcs[key][0]), f"{module}.{name}: {target.id} is not declared"


@pytest.mark.parametrize(("name", "fn"), SERVICES, ids=[n for n, _ in SERVICES])
def test_every_data_changing_service_declares_the_account_it_touches(name, fn):
    from desktop_app.services.access import undeclared

    assert getattr(fn, "__scope__", undeclared) is not undeclared, (
        f"{name}: say which account it changes, @changes(…, account=account_arg()/row_arg()/no_account) (S3)")


# --- the matrix: every service × (PAA, exactly the needed permission, without it, deactivated) ------------

def _call(db, actor, fn):
    """Call through the door with empty arguments: past the door the service fails on them (or not); what
    matters is whether the door let the actor in."""
    with db.session() as s:
        try:
            fn(s, actor, *([None] * (len(inspect.signature(fn).parameters) - 2)))
        except PermissionDenied as exc:
            return exc
        except Exception:  # past the door: the empty arguments break the service itself
            return None
    return None


ROLES = ("paa", "exact", "without", "deactivated")


@pytest.fixture(scope="module", params=BACKENDS)
def matrix_desk(request, tmp_path_factory, _templates):
    """One database per backend for the whole matrix (a fresh one per case would cost PostgreSQL minutes): the
    door's answer depends only on the actor, so the cases cannot disturb each other. `actors` keeps the users
    made for a (role, feature)."""
    from desktop_app import clock
    from desktop_app.db import open_database
    from desktop_app.services.staff import ensure_owner
    from tests.conftest import OWNER_HASH, TODAY, _copy_sqlite

    server = name = None
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("matrix") / "desk.sqlite3")
        _copy_sqlite(_templates["blank"], Path(url))
    else:
        server = request.getfixturevalue("pg_server")
        name = server.fresh_database()
        url = server.url(name)
    clock.fix_today(TODAY)
    database = open_database(url)
    with database.session() as s:
        owner = ensure_owner(s)
        owner.password_hash = OWNER_HASH  # S7: an owner with a password may add staff users
    yield SimpleNamespace(db=database, owner_id=owner.id, actors={})
    database.dispose()
    if server is not None:
        server.drop(name)


def _fresh(db, user_id: int) -> StaffUser:
    """The user as a service receives it, read anew for each case (a case may leave its copy changed)."""
    with db.session() as s:
        return s.get(StaffUser, user_id)


def _actor(matrix, role: str, feature) -> StaffUser:
    if role == "paa":
        return _fresh(matrix.db, matrix.owner_id)
    key = (role, feature)
    if key not in matrix.actors:
        needed = {feature} if feature is not None else set()
        granted = needed if role in ("exact", "deactivated") else set(Feature) - needed
        login = f"u-{role}-{feature.value if feature else 'none'}"
        user = Desk(matrix.db, _fresh(matrix.db, matrix.owner_id)).run(add_regular_user, login, f"{role} 직원", granted)
        if role == "deactivated":
            with matrix.db.session() as s:
                s.execute(update(StaffUser).where(StaffUser.id == user.id).values(active=False))
        matrix.actors[key] = user.id
    return _fresh(matrix.db, matrix.actors[key])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "fn"), SERVICES, ids=[n for n, _ in SERVICES])
def test_the_permission_matrix(name, fn, role, matrix_desk):
    """Every public data-changing service × (PAA, exactly the needed permission, every other one, deactivated),
    on SQLite and on PostgreSQL (the door re-reads the actor: a query of each backend)."""
    feature = fn.__changes__
    db = matrix_desk.db
    actor = _actor(matrix_desk, role, feature)
    refused = _call(db, actor, fn)
    door = {"actor", feature.value if feature else "actor"}
    if role in ("paa", "exact"):
        assert refused is None or refused.field not in door, f"{name} refused {role}: {refused}"
    elif role == "without":
        if feature is None:
            assert refused is None or refused.field not in door
        else:
            assert refused is not None and refused.field == feature.value
    else:
        assert refused is not None and refused.field == "actor"
