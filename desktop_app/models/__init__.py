"""ORM models, one module per aggregate. Importing this package registers every table."""

from desktop_app.models.accounts import Account, PricingPolicy, Site, SiteState, Vendor
from desktop_app.models.audit import AuditEntry
from desktop_app.models.base import Base
from desktop_app.models.catalog import CatalogVersionRow, DiscountCodeRow
from desktop_app.models.groups import ConcurrentPost, Department, Employee, GroupCompany
from desktop_app.models.invoices import InvoiceRow, PaymentRow, UsageCount
from desktop_app.models.licences import NamedUser, SeatChange, UserStatus
from desktop_app.models.orders import OrderRow
from desktop_app.models.quotes import NumberCounter, OutboxMessage, QuoteRow
from desktop_app.models.staff import Feature, StaffUser

__all__ = [
    "Account", "AuditEntry", "Base", "CatalogVersionRow", "DiscountCodeRow", "ConcurrentPost", "Department", "Employee", "GroupCompany", "InvoiceRow", "PaymentRow", "UsageCount", "NumberCounter", "OrderRow", "OutboxMessage", "QuoteRow", "Feature", "NamedUser", "PricingPolicy", "SeatChange", "Site",
    "SiteState", "StaffUser", "UserStatus", "Vendor",
]
