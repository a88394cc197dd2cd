"""Group companies (G1), their departments and employees with concurrent posts (겸직), for the org chart."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow


class GroupCompany(BusinessRow, Base):
    """A member company of a group. The group is its parent account, billed for all (G1); a member may also be
    a customer account of its own, whose charges are then invoiced to the parent."""

    __tablename__ = "group_companies"

    group_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    member_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    company_id: Mapped[str] = mapped_column(String(63), unique=True)  # https://{company_id}.ncpworkplace.com
    name: Mapped[str] = mapped_column(String(200))
    user_count: Mapped[int] = mapped_column(Integer, default=0)
    card_count: Mapped[int] = mapped_column(Integer, default=0)  # linked corporate cards
    scope: Mapped[str] = mapped_column(String(10), default="group")  # group | own (G2)
    parent_company_id: Mapped[int | None] = mapped_column(ForeignKey("group_companies.id"))  # G3 tree
    position: Mapped[int] = mapped_column(Integer, default=0)


class Department(BusinessRow, Base):
    __tablename__ = "departments"

    company_id: Mapped[int] = mapped_column(ForeignKey("group_companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Employee(BusinessRow, Base):
    __tablename__ = "employees"

    company_id: Mapped[int] = mapped_column(ForeignKey("group_companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(60), default="")
    home_department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ConcurrentPost(Base):
    """겸직: an employee also serving in a department, possibly of another group company (G2)."""

    __tablename__ = "concurrent_posts"
    __table_args__ = (UniqueConstraint("employee_id", "department_id", name="post_employee_department"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4, unique=True, nullable=False)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
