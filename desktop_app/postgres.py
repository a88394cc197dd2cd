"""A team's shared PostgreSQL database (Y1): the driver, the URL and the password kept in the keyring.

The settings (or `--db`) hold a URL without a password, e.g.
`postgresql://desk@db.example.kr/reseller_desk?sslmode=verify-full`; the password is in the OS keyring under
`secret_name(url)` (desktop_app/secrets.py). The driver is psycopg 3 (`pip install 'reseller-desk[postgres]'`).
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

from desktop_app.errors import DatabaseProblem
from desktop_app.i18n import texts

_ = texts("database")

DRIVER = "psycopg"
INSTALL = "pip install 'reseller-desk[postgres]'"


def is_postgres(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def secret_name(url: str | URL) -> str:
    """The keyring entry of the password for this server, user and database (shared with the settings)."""
    from desktop_app.secrets import url_secret_name

    return url_secret_name(make_url(url).render_as_string(hide_password=False))


def engine_url(url: str | URL) -> URL:
    """The URL to connect with: psycopg 3 as the driver, and the password from the keyring when the URL has
    none. A driver we do not support, or psycopg missing, is a message that says what to do."""
    u = make_url(url)
    if u.drivername not in ("postgresql", f"postgresql+{DRIVER}"):
        raise DatabaseProblem(_("데이터베이스 주소의 드라이버 '{driver}'는 지원하지 않습니다. "
                                "'postgresql://사용자@서버/데이터베이스' 형식으로 적으세요 (psycopg 3 사용).",
                                driver=u.drivername), "database")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise DatabaseProblem(_("PostgreSQL 드라이버(psycopg)가 설치되어 있지 않습니다. '{install}' 로 설치한 뒤 "
                                "다시 시작하세요.", install=INSTALL), "database") from None
    u = u.set(drivername=f"postgresql+{DRIVER}")
    if u.password is None and u.username:
        password = _stored_password(u)
        if password is not None:
            u = u.set(password=password)
    return u


def _stored_password(u: URL) -> str | None:
    """The keyring's password for this connection; None when there is none or no keyring at all (a server
    or CI machine): libpq then looks in PGPASSWORD and ~/.pgpass itself."""
    from keyring.errors import KeyringError

    from desktop_app.secrets import get_secret

    try:
        return get_secret(secret_name(u))
    except KeyringError:
        return None


def remember_password(url: str | URL, password: str) -> str:
    """Keep the password of this server connection in the keyring (the settings keep only the URL); answers
    where it went: secrets.KEYRING, or secrets.SESSION when this computer has no keyring."""
    from desktop_app.secrets import set_secret

    return set_secret(secret_name(url), password)
