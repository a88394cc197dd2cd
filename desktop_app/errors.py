"""Errors a user can act on. Each carries a message that says what is wrong and how to fix it."""

from __future__ import annotations

from collections.abc import Mapping


class UserError(Exception):
    """A refusal shown to the user; nothing was changed."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(UserError):
    """One or more fields are wrong; `errors` maps field name to message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        first_field, _first = next(iter(self.errors.items()))
        super().__init__("\n".join(self.errors.values()), first_field)


class PermissionDenied(UserError):
    pass


class StaleEdit(UserError):
    pass


class NotFound(UserError):
    pass


class DatabaseProblem(UserError):
    """The database cannot be used as it is (locked, unreadable, newer schema, full disk)."""


class Conflict(UserError):
    """A colleague's change, saved meanwhile on another workstation, clashes with this one (a number, a unique
    name or a row this one refers to); nothing was saved."""
