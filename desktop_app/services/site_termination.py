"""Terminating a site (W5): every login is blocked and the vendor deletes the data, so it is done only on
purpose (the site's name typed in), recorded in the audit log with who and when, and a terminated site takes
no order afterwards (O2)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.errors import UserError, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Feature, Site, SiteState, StaffUser
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import row_arg

_ = texts("sites")


@changes(Feature.SITES, account=row_arg("site_id", "Site"))
def terminate_site(s: Session, actor: StaffUser, site_id: int, expected_version: int, typed_name: str) -> Site:
    """W5: the site becomes terminated when `typed_name` is exactly its name; nothing changes otherwise."""
    site = load_for_change(s, Site, site_id, expected_version)
    if site.state == SiteState.TERMINATED:
        raise UserError(_("사이트 '{name}' 은(는) 이미 해지되었습니다.", name=site.name))
    if typed_name.strip() != site.name:
        raise ValidationError({"confirm_name": _(
            "확인을 위해 사이트 이름 '{name}' 을(를) 그대로 입력하세요. 해지는 되돌릴 수 없습니다.", name=site.name)})
    before = site.state.value
    site.state = SiteState.TERMINATED
    s.flush()
    record(s, actor, "terminate", "site", site.id, {"state": before},
           {"state": SiteState.TERMINATED.value, "name": site.name, "subdomain": site.subdomain})
    return site
