"""ORM models, one module per aggregate.

The tables a start needs (accounts, sites, staff) load with the package; the others load on first
use through `__getattr__` (PEP 562), which keeps about 40 ms of class building out of the cold start.
`load_all()` registers every table (migrations and schema checks call it).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desktop_app.models import append_only  # noqa: F401  (the audit log's guard, S6)
from desktop_app.models.accounts import Account, PricingPolicy, Site, SiteState, Vendor
from desktop_app.models.base import Base
from desktop_app.models.staff import Feature, StaffAccount, StaffUser

_LAZY = {
    "AuditEntry": "audit", "CatalogVersionRow": "catalog", "DiscountCodeRow": "catalog",
    "ConcurrentPost": "groups", "Department": "groups", "Employee": "groups", "GroupCompany": "groups",
    "InvoiceRow": "invoices", "PaymentRow": "invoices", "UsageCount": "invoices", "OrderRow": "orders",
    "NumberCounter": "numbering", "OutboxMessage": "quotes", "QuoteRow": "quotes",
    "NamedUser": "licences", "SeatChange": "licences", "UserStatus": "licences",
    "ConsultingProject": "support", "StaffTeam": "support", "StaffTeamMember": "support", "StatusChange": "support",
    "SupportAttachment": "support", "SupportMessage": "support", "SupportRequest": "support",
    "SupportShare": "support", "MailSeen": "mail_intake", "MailTriage": "mail_intake",
    "AppliedOperation": "sync", "QueuedOperation": "sync", "SyncConflict": "sync", "SyncState": "sync",
    "Workstation": "sync",
}

if TYPE_CHECKING:  # for type checkers and editors: the lazy names are ordinary imports
    from desktop_app.models.audit import AuditEntry
    from desktop_app.models.catalog import CatalogVersionRow, DiscountCodeRow
    from desktop_app.models.groups import ConcurrentPost, Department, Employee, GroupCompany
    from desktop_app.models.invoices import InvoiceRow, PaymentRow, UsageCount
    from desktop_app.models.licences import NamedUser, SeatChange, UserStatus
    from desktop_app.models.mail_intake import MailSeen, MailTriage
    from desktop_app.models.numbering import NumberCounter
    from desktop_app.models.orders import OrderRow
    from desktop_app.models.quotes import OutboxMessage, QuoteRow
    from desktop_app.models.support import (
        ConsultingProject,
        StaffTeam,
        StaffTeamMember,
        StatusChange,
        SupportAttachment,
        SupportMessage,
        SupportRequest,
        SupportShare,
    )
    from desktop_app.models.sync import (
        AppliedOperation,
        QueuedOperation,
        SyncConflict,
        SyncState,
        Workstation,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'desktop_app.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"desktop_app.models.{module}"), name)
    globals()[name] = value
    return value


def load_all() -> None:
    for module in sorted(set(_LAZY.values())):
        importlib.import_module(f"desktop_app.models.{module}")


__all__ = [
    "Account", "AppliedOperation", "AuditEntry", "Base", "CatalogVersionRow", "ConcurrentPost", "ConsultingProject", "Department",
    "DiscountCodeRow", "Employee", "Feature", "GroupCompany", "InvoiceRow", "MailSeen", "MailTriage", "NamedUser", "NumberCounter", "OrderRow",
    "OutboxMessage", "PaymentRow", "PricingPolicy", "QueuedOperation", "QuoteRow", "SeatChange", "Site", "SiteState", "StaffAccount", "StaffTeam",
    "StaffTeamMember", "StaffUser", "StatusChange", "SupportAttachment", "SupportMessage", "SupportRequest",
    "SupportShare", "SyncConflict", "SyncState", "UsageCount", "UserStatus", "Vendor", "Workstation", "load_all",
]
