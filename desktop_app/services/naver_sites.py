"""NAVER WORKPLACE sites: trial-to-paid reservations (W2), upgrades (W3), extra storage in 1 TB units (W4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import Feature, Site, SiteState, StaffUser
from desktop_app.pricing import naver
from desktop_app.services.access import changes
from desktop_app.services.audit import record, snapshot
from desktop_app.services.catalog import catalogs
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import row_arg
from desktop_app.services.sites import get_site

_ = texts("naver_sites")

FIELDS = ("package", "reserved_plan", "reserved_on", "requested_upgrade", "extra_storage_tb", "trial_ends_on")


@dataclass(frozen=True)
class NaverStatus:
    site_id: int
    product: str
    state: str
    trial_ends_on: dt.date | None
    reserved_plan: str | None
    reserved_on: dt.date | None
    requested_upgrade: str | None
    upgrade_targets: tuple[str, ...]
    shared_gb: int  # included + extra
    line_works_gb: int
    extra_tb: int
    used_gb: int
    warnings: tuple[str, ...]
    version: int = 0  # the site's version as shown: a change passes it back (no lost update)


def _naver_site(s: Session, site_id: int) -> Site:
    site = get_site(s, site_id)
    if site.vendor.value != "naver":
        raise UserError(_("네이버웍스(NAVER WORKPLACE) 사이트에서만 할 수 있습니다."))
    return site


def _for_change(s: Session, site_id: int, expected_version: int) -> Site:
    """The NAVER site, locked and as the user saw it (issue 10: no lost update)."""
    load_for_change(s, Site, site_id, expected_version)
    return _naver_site(s, site_id)


def status(s: Session, site_id: int) -> NaverStatus:
    site = _naver_site(s, site_id)
    today = clock.today()
    v = catalogs(s)["naver"].version_on(today)
    shared, line_works = naver.included_storage_gb(v, site.package, site.users)
    shared += site.extra_storage_tb * naver.TB_GB
    warnings = []
    if site.state == SiteState.TRIAL and site.trial_ends_on and (
            w := naver.trial_warning(site.trial_ends_on, today, site.reserved_plan is not None)):
        warnings.append(w)
    if w := naver.storage_warning(shared, site.used_storage_gb):
        warnings.append(w)
    targets = tuple(p for p in naver.ORDER if site.package in naver.UPGRADABLE
                    and naver.ORDER.index(p) > naver.ORDER.index(site.package))
    return NaverStatus(site.id, site.package, site.state.value, site.trial_ends_on, site.reserved_plan,
                       site.reserved_on, site.requested_upgrade, targets, shared, line_works, site.extra_storage_tb,
                       site.used_storage_gb, tuple(warnings), site.version)


def _audited(s: Session, actor: StaffUser, site: Site, action: str, **values: object) -> Site:
    """Set `values` on the site and write the change to the audit log (S6)."""
    before = snapshot(site, FIELDS)
    for key, value in values.items():
        setattr(site, key, value)
    s.flush()
    record(s, actor, action, "site", site.id, before, snapshot(site, FIELDS))
    return site


@changes(Feature.SITES, account=row_arg("site_id", "Site"))
def reserve_conversion(s: Session, actor: StaffUser, site_id: int, expected_version: int, plan: str,
                       on: dt.date | None = None) -> Site:
    site = _for_change(s, site_id, expected_version)
    if site.state != SiteState.TRIAL or site.trial_ends_on is None:
        raise UserError(_("체험 중인 사이트만 유료 전환을 예약할 수 있습니다 (W2)."))
    today = clock.today()
    if site.reserved_on is not None and not naver.may_change_reservation(
            naver.Reservation(site.reserved_plan or "", site.reserved_on), today):
        raise UserError(_("예약일({day})이 지나 바꿀 수 없습니다 (W2).", day=site.reserved_on))
    try:
        r = naver.reserve(plan, site.trial_ends_on, today, on)
    except naver.NaverRuleError as exc:
        raise UserError(exc.args[0]) from exc
    return _audited(s, actor, site, "reserve", reserved_plan=r.plan, reserved_on=r.on)


@changes(Feature.SITES, account=row_arg("site_id", "Site"))
def cancel_reservation(s: Session, actor: StaffUser, site_id: int, expected_version: int) -> Site:
    site = _for_change(s, site_id, expected_version)
    if site.reserved_on is None:
        raise UserError(_("취소할 전환 예약이 없습니다."))
    if not naver.may_change_reservation(naver.Reservation(site.reserved_plan or "", site.reserved_on),
                                        clock.today()):
        raise UserError(_("예약일({day})이 지나 취소할 수 없습니다 (W2).", day=site.reserved_on))
    return _audited(s, actor, site, "cancel_reservation", reserved_plan=None, reserved_on=None)


@changes(Feature.SITES, account=row_arg("site_id", "Site"))
def request_upgrade(s: Session, actor: StaffUser, site_id: int, expected_version: int, target: str) -> Site:
    site = _for_change(s, site_id, expected_version)
    try:
        naver.check_upgrade(site.package, target)
    except naver.NaverRuleError as exc:
        raise UserError(exc.args[0]) from exc
    # shown as "requested" until the vendor carries it out (W3)
    return _audited(s, actor, site, "request_upgrade", requested_upgrade=target)


@changes(Feature.SITES, account=row_arg("site_id", "Site"))
def change_storage(s: Session, actor: StaffUser, site_id: int, expected_version: int, change_tb: int) -> Site:
    site = _for_change(s, site_id, expected_version)
    try:
        new = naver.change_extra_storage(site.extra_storage_tb, change_tb)
    except naver.NaverRuleError as exc:
        raise UserError(exc.args[0]) from exc
    return _audited(s, actor, site, "storage", extra_storage_tb=new)
