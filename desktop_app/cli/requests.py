"""`desktop-app requests export --xlsx OUT [--open] [--db …]`: the open support requests with their due times."""

from __future__ import annotations

import sys


def cmd_requests_export(out: str, open_after: bool, db_arg: str | None) -> int:
    from desktop_app.cli.signin import desk_for
    from desktop_app.db import open_database
    from desktop_app.files import open_with_system
    from desktop_app.services.support_export import export_requests

    db = open_database(db_arg, create=False)
    try:
        n = desk_for(db).read(export_requests, out)  # only the accounts in the user's scope (S3)
    finally:
        db.dispose()
    print(f"열린 지원 요청 {n}건을 {out} 에 저장했습니다.", file=sys.stdout)
    if open_after:
        open_with_system(out)
    return 0
