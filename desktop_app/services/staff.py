"""Staff users: for now one owner, a PAA, created on first start (S1)."""

from __future__ import annotations

import getpass
import hashlib
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Feature, StaffUser
from desktop_app.services.access import changes

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    """Slow salted hash (S5): scrypt with a random salt, stored with its parameters."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(got.hex(), digest)


def ensure_owner(s: Session) -> StaffUser:
    """The first staff user, a PAA named after the OS user, made when the database has none."""
    owner = s.scalars(select(StaffUser).where(StaffUser.is_paa.is_(True)).order_by(StaffUser.id)).first()
    if owner is None:
        try:
            login = getpass.getuser()
        except Exception:  # no user name in the environment (some services, containers)
            login = "owner"
        owner = StaffUser(login=login, name=login, is_paa=True, permissions="")
        s.add(owner)
        s.flush()
    return owner


@changes(Feature.STAFF)
def add_regular_user(s: Session, actor: StaffUser, login: str, name: str,
                     features: set[Feature]) -> StaffUser:
    from desktop_app.services.audit import record

    user = StaffUser(login=login, name=name, is_paa=False,
                     permissions=",".join(sorted(f.value for f in features)))
    s.add(user)
    s.flush()
    record(s, actor, "create", "staff_user", user.id, None, {"login": login, "permissions": user.permissions})
    return user
