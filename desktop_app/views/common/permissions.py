"""What the signed-in user may not do is disabled, with the reason as a tooltip (S4: the services refuse it
anyway; this only says so before the click). One table per section names the controls and the feature each
needs, so the sections themselves stay unaware of permissions; a control a view later enables on its own
(a selection changed) is disabled again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop_app.i18n import translated
from desktop_app.models import Feature

S, L, O, Q, I, P, G, C = (Feature.SITES, Feature.LICENCES, Feature.ORDERS, Feature.QUOTES, Feature.INVOICES,  # noqa: E741
                          Feature.PAYMENTS, Feature.GROUPS, Feature.CATALOG)
# a view's class name → {control path in the section: feature it needs}
CONTROLS: dict[str, dict[str, Feature]] = {
    "AccountsView": {"new_action": S, "edit_action": S},
    "AccountDetail": {"add_site_button": S, "edit_site_button": S, "licences.add_button": L, "licences.edit_button": L,
                      "licences.toggle_button": L, "licences.import_button": L, "naver.reserve_button": S,
                      "naver.cancel_button": S, "naver.upgrade_button": S, "naver.add_tb": S, "naver.return_tb": S},
    "CalculatorView": {"order_button": O, "quote_button": Q},
    "QuotesView": {"send_action": Q, "edit_action": Q, "reprice_action": Q, "accept_action": O, "retry_action": Q},
    "InvoicesView": {"pay_action": P, "correct_action": I, "run_action": I},
    "GroupsView": {"save_action": G, "add_dept_action": G, "rename_action": G, "remove_action": G,
                   "import_action": G, "import_people_action": G},
    "DiscountsView": {"new_action": O, "edit_action": O},
    "CatalogView": {"new_button": C},
}


def reason(desk, feature: Feature) -> str:
    from desktop_app.services.access import FEATURE_NAMES

    name = translated(FEATURE_NAMES[feature], QCoreApplication.translate)
    return QCoreApplication.translate("permissions", "'%1' 권한이 없습니다. PAA(주 관리자)에게 요청하세요.").replace(
        "%1", name)


class _KeepOff(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.EnabledChange and obj.isEnabled():
            obj.setEnabled(False)
        return False


def forbid(control, text: str) -> None:
    control.setEnabled(False)
    control.setToolTip(text)
    if isinstance(control, QAction):
        control.enabledChanged.connect(lambda on, c=control: on and c.setEnabled(False))
    elif isinstance(control, QWidget):
        keeper = _KeepOff(control)
        control.installEventFilter(keeper)


def _find(view, path: str):
    obj = view
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def apply(view, desk) -> None:
    """Disable the controls of `view` whose feature the signed-in user lacks."""
    for path, feature in CONTROLS.get(type(view).__name__, {}).items():
        control = _find(view, path)
        if control is not None and not desk.may(feature):
            forbid(control, reason(desk, feature))
