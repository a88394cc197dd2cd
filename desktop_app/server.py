"""The shared database of a team (Y1): made and migrated by its administrator, never by a workstation.

`desktop-app server init --db URL --admin LOGIN --password-stdin` creates the schema and the first PAA on an
empty database; `desktop-app server upgrade --db URL` migrates it. Both run as the database's owner role; the
workstations connect with a role that may only read and write rows (README, "For a team").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from desktop_app.errors import DatabaseProblem, UserError
from desktop_app.i18n import texts
from desktop_app.migrations import HEAD, REVISIONS

_ = texts("server")


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def refuse_unready(where: str, revision: str | None) -> None:
    """A workstation never changes a shared schema: an empty or older one is the administrator's to set up."""
    if revision is None:
        raise DatabaseProblem(_("공유 데이터베이스 {where} 가 아직 준비되지 않았습니다 (표가 없습니다). 관리자가 "
                                "'desktop-app server init --db 주소 --admin 로그인 --password-stdin' 으로 먼저 "
                                "만들어야 합니다.", where=where), "database")
    if revision != HEAD:
        raise DatabaseProblem(_("공유 데이터베이스 {where} 의 스키마({revision})가 이 프로그램보다 오래되었습니다. "
                                "관리자가 'desktop-app server upgrade --db 주소' 로 올린 뒤 다시 여세요.",
                                where=where, revision=revision), "database")


@dataclass(frozen=True)
class Outcome:
    lines: list[str]


def _engine(url: str):
    from desktop_app.db import make_engine

    return make_engine(url)


def init(url: str, admin_login: str, password: str, admin_name: str | None = None) -> Outcome:
    """Schema and first PAA on an empty database; a database with any table in it is refused untouched."""
    from desktop_app.db import explain, migrate
    from desktop_app.models import StaffUser
    from desktop_app.services.staff import hash_password

    login = admin_login.strip()
    if not login:
        raise UserError(_("첫 관리자(PAA)의 로그인 이름을 --admin 으로 주세요."), "admin")
    if len(password) < 8:
        raise UserError(_("관리자 비밀번호는 8자 이상이어야 합니다 (표준 입력으로 주세요)."), "password")
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        if tables:
            raise DatabaseProblem(_("{where} 는 비어 있지 않습니다 (표 {count}개). server init 은 빈 데이터베이스에만 "
                                    "씁니다. 이미 쓰던 데이터베이스라면 'desktop-app server upgrade' 를 쓰세요.",
                                    where=_shown(url), count=len(tables)), "database")
        migrate(engine)
        from sqlalchemy.orm import Session

        with Session(engine) as s, s.begin():
            s.add(StaffUser(login=login, name=admin_name or login, is_paa=True, permissions="",
                            password_hash=hash_password(password)))
    except UserError:
        raise
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            raise explain(exc, _shown(url)) from exc
        raise
    finally:
        engine.dispose()
    return Outcome([_("{where} 에 스키마 {head} 를 만들고 첫 관리자(PAA) '{login}' 를 등록했습니다.",
                      where=_shown(url), head=HEAD, login=login)])


def upgrade(url: str) -> Outcome:
    """Migrate the shared database to this program's schema; a newer one is refused untouched."""
    from sqlalchemy.exc import DBAPIError

    from desktop_app.db import explain, migrate, schema_revision

    revision, has_tables = schema_revision(url)
    where = _shown(url)
    if revision is not None and revision not in REVISIONS:
        raise DatabaseProblem(_("{where} 의 스키마({revision})는 이 프로그램보다 새롭습니다. 프로그램을 업데이트하세요. "
                                "데이터베이스는 그대로 두었습니다.", where=where, revision=revision), "database")
    if revision is None:
        what = _("Reseller Desk 가 만들지 않은 표가 있습니다") if has_tables else _("비어 있습니다")
        raise DatabaseProblem(_("{where} 는 {what}. 새 데이터베이스는 'desktop-app server init' 으로 만드세요.",
                                where=where, what=what), "database")
    if revision == HEAD:
        return Outcome([_("{where} 는 이미 최신 스키마({head})입니다. 바꾼 것이 없습니다.", where=where, head=HEAD)])
    engine = _engine(url)
    try:
        migrate(engine)  # one transaction on PostgreSQL: all of it or none of it
    except DBAPIError as exc:
        raise explain(exc, where) from exc
    finally:
        engine.dispose()
    return Outcome([_("{where} 를 스키마 {old} 에서 {head} 로 올렸습니다.", where=where, old=revision,
                              head=HEAD)])


def advice(url: str) -> str:
    return _("스키마를 바꾸기 전에 백업하세요: pg_dump --format=custom --file=reseller_desk-$(date +%Y%m%d).dump "
             "'{where}'", where=make_url(url).set(drivername="postgresql", password=None).render_as_string(False))

