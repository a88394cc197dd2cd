"""`desktop-app requests export --xlsx OUT [--open] [--db …]`: the open requests with their due times (T5),
and the confirmation mail of a new request delivered through the outbox to a real SMTP server."""

import datetime as dt
import os
import stat
import subprocess
import sys

from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app import clock
from desktop_app.db import open_database
from desktop_app.models import Account, OutboxMessage, Site
from desktop_app.services import demo, mail, support
from desktop_app.services.desk import Desk
from desktop_app.services.staff import ensure_owner
from desktop_app.services.support import RequestInput
from tests.conftest import ROOT
from tests.support.smtp import PASSWORD, USER, smtp_server

KST = dt.timezone(dt.timedelta(hours=9))


def at(text):
    return dt.datetime.fromisoformat(text).replace(tzinfo=KST)


def opened(desk, when, data):
    clock.set_clock(lambda: at(when))
    return desk.run(support.open_request, data)


def make_db(path):
    db = open_database(path)
    with db.session() as s:
        owner = ensure_owner(s)
    desk = Desk(db, owner)
    desk.run(demo.fill_demo)
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        site = s.scalars(select(Site).where(Site.account_id == acc.id).order_by(Site.id)).first()
        acc_id, site_id = acc.id, site.id
    rh = opened(desk, "2026-11-22T08:50", RequestInput("remote_hands", acc_id, '=HYPERLINK("http://evil")',
                                                       site_id=site_id))
    inc = opened(desk, "2026-11-22T08:00", RequestInput("incident", acc_id, "메일 장애", site_id=site_id,
                                                        severity=2))
    done = opened(desk, "2026-11-22T07:00", RequestInput("remote_hands", acc_id, "끝난 일", site_id=site_id))
    desk.run(support.change_status, done.id, "resolved")
    return db, desk, rh, inc


def run_cli(tmp_path, *args, extra_env=None):
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"), RESELLER_DESK_TODAY="2026-11-22",
               **(extra_env or {}))
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env)


def test_T5_export_lists_the_open_requests_with_due_times_and_text_stays_text(tmp_path):
    db, _, rh, inc = make_db(tmp_path / "desk.sqlite3")
    db.dispose()
    out = tmp_path / "요청.xlsx"
    result = run_cli(tmp_path, "requests", "export", "--xlsx", str(out), "--db", str(tmp_path / "desk.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert "3건" in result.stdout  # the two made here and the demo's late incident
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("요청 번호", "유형", "고객", "사이트") and rows[0][9] == "기한"
    # read at 09:00: remote hands opened 08:50, due 09:05, 10 of 15 min (67 %); incident severity 2 opened
    # 08:00, due 12:00, 60 of 240 min (25 %)
    assert [r for r in rows[1:] if r[0] != "REQ-2026-000001"] == [  # the demo's incident aside
        (rh.number, "원격 지원", "(주)한빛소프트웨어", "본사", '=HYPERLINK("http://evil")', "접수", None,
         dt.datetime(2026, 11, 22, 8, 50), "응답", dt.datetime(2026, 11, 22, 9, 5), "진행", 67),
        (inc.number, "장애", "(주)한빛소프트웨어", "본사", "메일 장애", "접수", None,
         dt.datetime(2026, 11, 22, 8, 0), "해결", dt.datetime(2026, 11, 22, 12, 0), "진행", 25),
    ]
    assert ws["E2"].data_type == "s" and ws["E2"].quotePrefix


def test_export_open_hands_the_file_to_the_system_application(tmp_path):
    db, *_ = make_db(tmp_path / "desk.sqlite3")
    db.dispose()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opener = bin_dir / "xdg-open"  # the system's opener on Linux, replaced by one that notes what it was given
    opener.write_text(f"#!/bin/sh\necho \"$1\" > {tmp_path / 'opened.txt'}\n")
    opener.chmod(opener.stat().st_mode | stat.S_IEXEC)
    out = tmp_path / "open.xlsx"
    result = run_cli(tmp_path, "requests", "export", "--xlsx", str(out), "--open", "--db",
                     str(tmp_path / "desk.sqlite3"), extra_env={"PATH": f"{bin_dir}:{os.environ['PATH']}"})
    assert result.returncode == 0, result.stderr
    opened_file = tmp_path / "opened.txt"
    for _ in range(200):  # the opener runs detached; wait for it to finish writing
        if opened_file.exists() and opened_file.read_text().strip():
            break
        subprocess.run(["sleep", "0.05"])
    assert opened_file.read_text().strip() == str(out.resolve())


def test_the_confirmation_mail_of_a_new_request_is_delivered_through_the_outbox(tmp_path):
    db, desk, rh, _ = make_db(tmp_path / "desk.sqlite3")
    with db.session() as s:
        message_id = s.scalars(select(OutboxMessage.id).where(OutboxMessage.subject.like(f"[{rh.number}]%"))).one()
    with smtp_server() as (inbox, port):
        config = mail.SmtpConfig("127.0.0.1", port, "none", USER, PASSWORD, USER, 2)
        assert mail.deliver(desk, message_id, config, company_name="리셀러데스크 주식회사") is None
    [msg] = inbox.messages
    assert inbox.envelopes[0][1] == ["admin@hanbit.co.kr"]
    assert msg["Subject"] == f'[{rh.number}] 지원 요청이 접수되었습니다: =HYPERLINK("http://evil")'
    assert rh.number in msg.get_body(("plain",)).get_content() and not list(msg.iter_attachments())
    db.dispose()
