"""Accounts (고객 계정) and their sites (회사/사이트): domain.md §1, C1, C2, O2, O4."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.models.base import Base, BusinessRow, Synced


class PricingPolicy(str, enum.Enum):
    V4 = "4.0"
    LEGACY = "legacy"


class SiteState(str, enum.Enum):
    PENDING = "pending"
    TRIAL = "trial"
    ACTIVE = "active"
    OVERDUE = "overdue"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class Vendor(str, enum.Enum):
    DAOUOFFICE = "daouoffice"
    NAVER = "naver"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Store the value, checked by a named constraint, so both SQLite and PostgreSQL hold plain strings.
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e], native_enum=False, length=20,
                create_constraint=True)


class Account(BusinessRow, Synced, Base):
    __tablename__ = "accounts"
    __table_args__ = (CheckConstraint("term_months IN (1, 12)", name="term_months"),)

    name: Mapped[str] = mapped_column(String(200), index=True)
    business_number: Mapped[str] = mapped_column(String(10), index=True)  # digits only
    ceo_name: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")  # admin address for opening mails (O6)
    pricing_policy: Mapped[PricingPolicy] = mapped_column(_enum(PricingPolicy, "pricing_policy"),
                                                          default=PricingPolicy.V4)
    term_months: Mapped[int] = mapped_column(Integer, default=1)
    auto_renew: Mapped[bool] = mapped_column(Boolean, default=True)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    sites: Mapped[list[Site]] = relationship(back_populates="account", order_by="Site.id")


class Site(BusinessRow, Synced, Base):
    __tablename__ = "sites"
    __table_args__ = (
        CheckConstraint("users >= 0", name="users_not_negative"),
        # covers the accounts list's join (sub-domains and states per account) without reading the table
        Index("ix_sites_list", "account_id", "active", "subdomain", "state", "id"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    vendor: Mapped[Vendor] = mapped_column(_enum(Vendor, "vendor"), default=Vendor.DAOUOFFICE)
    package: Mapped[str] = mapped_column(String(40), default="free")  # free or a catalog package id
    edition: Mapped[str | None] = mapped_column(String(20))  # service / enterprise (DaouOffice)
    users: Mapped[int] = mapped_column(Integer, default=0)  # purchased seats
    state: Mapped[SiteState] = mapped_column(_enum(SiteState, "site_state"), default=SiteState.PENDING,
                                             index=True)
    admin_name: Mapped[str] = mapped_column(String(100), default="")
    admin_login: Mapped[str] = mapped_column(String(100), default="")
    subdomain: Mapped[str] = mapped_column(String(63), unique=True)
    mail_domain: Mapped[str] = mapped_column(String(253), default="")
    opened_on: Mapped[dt.date | None] = mapped_column(Date)  # set once opened; the sub-domain is then fixed
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    active_from: Mapped[dt.date | None] = mapped_column(Date)  # C4: a pending site starts the day after expiry
    # NAVER WORKPLACE (W2–W4)
    trial_ends_on: Mapped[dt.date | None] = mapped_column(Date)
    reserved_plan: Mapped[str | None] = mapped_column(String(20))
    reserved_on: Mapped[dt.date | None] = mapped_column(Date)
    requested_upgrade: Mapped[str | None] = mapped_column(String(20))
    extra_storage_tb: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    used_storage_gb: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    addons: Mapped[dict] = mapped_column(JSON, default=dict, server_default=text("'{}'"))  # product id -> quantity

    account: Mapped[Account] = relationship(back_populates="sites")
