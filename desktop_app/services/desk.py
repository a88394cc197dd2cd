"""The unit of work the views use: one short transaction per user action, run as the signed-in staff user.

Views hand a service function and its arguments to `Desk`; they never open a session themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desktop_app.db import Database
from desktop_app.models import StaffUser

T = TypeVar("T")


class Desk:
    def __init__(self, db: Database, actor: StaffUser | None = None):
        self.db = db
        self._actor = actor

    @property
    def actor(self) -> StaffUser:
        """The signed-in staff user; looked up (and on a new database made) on the first change, so a start
        that only reads never pays for it."""
        if self._actor is None:
            from desktop_app.services.staff import ensure_owner

            with self.db.session() as s:
                self._actor = ensure_owner(s)
        return self._actor

    def may(self, feature) -> bool:
        """Whether the signed-in user holds `feature` (for showing or disabling; the services check again).
        Before anyone is known the window runs as the owner, a PAA (S7), without a lookup at start."""
        return self._actor is None or self._actor.may(feature)

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A change: fn(session, actor, …) in one transaction, rolled back whole on any error."""
        with self.db.session() as s:
            actor = s.merge(self.actor, load=False)
            return fn(s, actor, *args, **kwargs)

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A query: fn(session, …); returns plain rows, never live ORM objects. Every read is limited to the
        signed-in user's account scope and `all orders` grant (S3, services/scope.py)."""
        with self.db.session() as s:
            actor = self._actor
            if actor is not None and not actor.is_paa:
                from desktop_app.services.scope import bind, scope_of

                bind(s, scope_of(s, actor.id))
            return fn(s, *args, **kwargs)
