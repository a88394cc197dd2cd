"""S4 at the mechanism: every public service that changes data goes through one door that re-reads the acting
user and checks the feature. The list of such services is found, not written down, so a new one cannot
forget: any public function in desktop_app.services taking (s, actor, …) must be declared with @changes."""

import importlib
import inspect
import pkgutil

import pytest
from sqlalchemy import update

import desktop_app.services as services_pkg
from desktop_app.errors import PermissionDenied
from desktop_app.models import Feature, StaffUser
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user

# public functions with (s, actor) that are not use-cases of their own, and why
NOT_A_USE_CASE = {
    "access.current": "the check itself",
    "scope.require_target": "the scope check the door makes",
    "audit.record": "writes the audit entry of the service that calls it",
    "demo.fill_demo": "fills an empty database on first start, before any staff user but the owner exists",
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


@pytest.mark.parametrize(("name", "fn"), SERVICES, ids=[n for n, _ in SERVICES])
def test_a_user_without_the_permission_is_refused_naming_it(name, fn, db, nobody):
    if fn.__changes__ is None:
        pytest.skip(f"{name} needs no feature, only an active user (checked below)")
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


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "fn"), SERVICES, ids=[n for n, _ in SERVICES])
def test_the_permission_matrix(name, fn, role, db, desk):
    feature = fn.__changes__
    needed = {feature} if feature is not None else set()
    if role == "paa":
        actor = desk.actor
    else:
        granted = needed if role in ("exact", "deactivated") else set(Feature) - needed
        actor = desk.run(add_regular_user, f"u-{role}", f"{role} 직원", granted)
        if role == "deactivated":
            with db.session() as s:
                s.execute(update(StaffUser).where(StaffUser.id == actor.id).values(active=False))
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
