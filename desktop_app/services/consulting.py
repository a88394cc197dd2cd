"""Consulting projects (domain.md T6). An account that has the online-consulting product on a site gets the
project "{account} 컨설팅 프로젝트"; cancelling the product (an order that removes it) keeps the project until
the paid period ends (the account's expiry), and renewal stops because the product is no longer billed;
buying it again links the same project again, with its requests."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.models import Account, Feature, StaffUser
from desktop_app.models.support import ConsultingProject
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import account_arg

PRODUCT = "online-consulting"


def project_name(account: Account) -> str:
    return f"{account.name} 컨설팅 프로젝트"


def project_of(s: Session, account_id: int) -> ConsultingProject | None:
    """The account's project (the newest, should there ever be more than one)."""
    return s.scalars(select(ConsultingProject).where(ConsultingProject.account_id == account_id)
                     .order_by(ConsultingProject.id.desc())).first()


def has_product(account: Account) -> bool:
    return any(site.active and (site.addons or {}).get(PRODUCT, 0) > 0 for site in account.sites)


@changes(Feature.ORDERS, account=account_arg("account", "id"))
def sync_after_order(s: Session, actor: StaffUser, account: Account, today: dt.date | None = None) -> None:
    """Called when an order completes: create, link again, or wind down the account's project."""
    today = today or clock.today()
    project = project_of(s, account.id)
    if has_product(account):
        if project is None:
            project = ConsultingProject(account_id=account.id, name=project_name(account), status="active",
                                        started_on=today, mail_tag=secrets.token_hex(4))  # support+{tag}@ (T7)
            s.add(project)
            s.flush()
            record(s, actor, "create", "consulting_project", project.id, None, {"name": project.name})
        elif project.status != "active":
            before = {"status": project.status, "ends_on": str(project.ends_on)}
            project.status, project.ends_on = "active", None
            record(s, actor, "relink", "consulting_project", project.id, before, {"status": "active",
                                                                                 "ends_on": "None"})
    elif project is not None and project.status == "active":
        project.status, project.ends_on = "ending", account.expires_on or today
        record(s, actor, "cancel", "consulting_project", project.id, {"status": "active"},
               {"status": "ending", "ends_on": str(project.ends_on)})


@changes(Feature.INVOICES, account=account_arg("account", "id"))
def end_due(s: Session, actor: StaffUser, account: Account, run_date: dt.date) -> int:
    """Billing run: a cancelled project ends after its last paid day. Returns how many ended."""
    project = project_of(s, account.id)
    if project is None or project.status != "ending" or project.ends_on is None or project.ends_on >= run_date:
        return 0
    project.status = "ended"
    record(s, actor, "end", "consulting_project", project.id, {"status": "ending"}, {"status": "ended"})
    return 1
