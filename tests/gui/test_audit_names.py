"""Issue 14: the audit viewer names every action and entity the services record through the translations —
no Hangul in English, no raw key in Korean. The actions are found in the services' source, so a new one
without a label fails here."""

import ast
import re
from pathlib import Path

from desktop_app.models import StaffUser
from desktop_app.services import audit, audit_log
from tests.gui.test_english_messages import english  # noqa: F401  (the fixture)

HANGUL = re.compile(r"[가-힣]")
SOURCE = Path(__file__).resolve().parents[2] / "desktop_app"


def _constants(node) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def recorded() -> tuple[set[str], set[str]]:
    """(actions, entities) of every audit.record(s, actor, ACTION, ENTITY, …) call; an action passed in as a
    parameter is followed to the calls of the function that passes it on (naver_sites._audited)."""
    actions, entities, forwarded = set(), set(), []
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in SOURCE.rglob("*.py")]
    for tree in trees:
        for fn in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
            params = [a.arg for a in fn.args.args]
            for call in [n for n in ast.walk(fn) if isinstance(n, ast.Call)]:
                if not (isinstance(call.func, ast.Name) and call.func.id == "record" and len(call.args) >= 4):
                    continue
                action, entity = call.args[2], call.args[3]
                entities |= _constants(entity)
                if isinstance(action, ast.Name):
                    assert action.id in params, f"{fn.name}: the audit action {action.id} comes from nowhere"
                    forwarded.append((fn.name, params.index(action.id)))
                else:
                    actions |= _constants(action)
    for name, position in forwarded:
        calls = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Name) and n.func.id == name]
        assert calls, f"{name} is never called"
        for call in calls:
            actions |= _constants(call.args[position])
    return actions, entities


def test_the_source_records_the_actions_this_test_expects():
    actions, entities = recorded()
    # written out by hand from the services: a sample, so the source scan itself is known to work
    assert {"create", "update", "pay", "void", "activate", "deactivate", "reserve", "storage",
            "cancel_reservation", "reset_password"} <= actions
    assert {"account", "site", "invoice", "support_request", "staff_team", "consulting_project"} <= entities
    assert actions <= set(audit_log.ACTION_NAMES), f"no label for {actions - set(audit_log.ACTION_NAMES)}"
    assert entities <= set(audit_log.ENTITY_NAMES), f"no label for {entities - set(audit_log.ENTITY_NAMES)}"


def _record_all(desk):
    actions, entities = recorded()
    pairs = [(a, sorted(entities)[i % len(entities)]) for i, a in enumerate(sorted(actions))]
    pairs += [(sorted(actions)[i % len(actions)], e) for i, e in enumerate(sorted(entities))]
    with desk.db.session() as s:
        actor = s.get(StaffUser, desk.actor.id)
        for action, entity in pairs:
            audit.record(s, actor, action, entity, None, None, {"x": 1})
    return actions, entities


def _shown(qtbot, desk):
    from desktop_app.views.audit.view import AuditView

    view = AuditView(desk)
    qtbot.addWidget(view)
    view.show()
    return view


def test_every_action_and_entity_is_english_in_the_english_viewer(qtbot, english, desk):  # noqa: F811
    actions, entities = _record_all(desk)
    view = _shown(qtbot, desk)
    seen_actions = {view.model.row(i).action for i in range(view.model.rowCount())}
    assert actions <= seen_actions
    for i in range(view.model.rowCount()):
        for column in (2, 3):
            text = view.model.index(i, column).data()
            assert text and not HANGUL.search(text), f"Korean in the English audit viewer: {text!r}"
        view.table.selectRow(i)
        head = view.detail.toPlainText().splitlines()[0]
        assert not HANGUL.search(head.split("  ", 2)[2]), head  # after the time and the staff user's name
    english_entities = [view.entity.itemText(i) for i in range(view.entity.count())]
    assert len(english_entities) == len(audit_log.ENTITY_NAMES) + 1
    assert not any(HANGUL.search(t) for t in english_entities), english_entities
    pay = next(i for i in range(view.model.rowCount()) if view.model.row(i).action == "pay")
    assert view.model.index(pay, 2).data() == "Payment recorded"


def test_every_action_has_a_korean_label_in_the_korean_viewer(qtbot, desk):
    actions, _entities = _record_all(desk)
    view = _shown(qtbot, desk)
    for i in range(view.model.rowCount()):
        text = view.model.index(i, 2).data()
        assert HANGUL.search(text), f"an action shown as its key: {text!r}"
    pay = next(i for i in range(view.model.rowCount()) if view.model.row(i).action == "pay")
    assert view.model.index(pay, 2).data() == "입금"
