"""`desktop-app quote REQUEST.json --pdf OUT.pdf [--db …]`: the PDF read back, the quote recorded only with --db."""

import io
import json
import os
import subprocess
import sys

from pypdf import PdfReader

from desktop_app.db import open_database
from desktop_app.models import QuoteRow
from tests.conftest import ROOT
from tests.support.databases import demo_file

REQUEST = {"catalog": "daouoffice", "term_months": 12, "customer": {"name": "(주)한빛소프트웨어"},
           "sites": [{"name": "본사", "edition": "service", "package": "standard", "users": 20},
                     {"name": "연구소", "edition": "enterprise", "package": "premium", "users": 35}]}


def quote(tmp_path, request, *extra):
    path = tmp_path / "request.json"
    path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "main.py", "quote", str(path), *extra], cwd=ROOT, capture_output=True,
                          text=True, env=env)


def text_of(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def quotes_in(path) -> list[tuple[str, str, int]]:
    db = open_database(path)
    try:
        with db.session() as s:
            return [(q.number, q.customer_name, q.total) for q in s.query(QuoteRow).order_by(QuoteRow.id)]
    finally:
        db.dispose()


def test_without_a_database_the_pdf_is_an_unrecorded_draft(tmp_path):
    out = tmp_path / "draft.pdf"
    done = quote(tmp_path, REQUEST, "--pdf", str(out))
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "미등록 초안" in text and "(주)한빛소프트웨어 귀중" in text and "연구소" in text
    assert "Q-" not in text


def test_with_a_database_the_quote_is_numbered_and_recorded(tmp_path):
    dbfile = tmp_path / "desk.sqlite3"
    out = tmp_path / "q.pdf"
    done = quote(tmp_path, REQUEST, "--pdf", str(out), "--db", str(dbfile))
    assert done.returncode == 0, done.stderr
    [(number, customer, total)] = quotes_in(dbfile)
    assert customer == "(주)한빛소프트웨어" and number.startswith("Q-") and number in done.stdout
    text = text_of(out)
    assert number in text and f"{total:,}원" in text


def test_an_account_in_the_database_fills_the_customer_block(tmp_path):
    dbfile = demo_file(tmp_path / "desk.sqlite3")
    request = {**REQUEST, "account": "대성정밀 주식회사"}
    del request["customer"]
    out = tmp_path / "q.pdf"
    done = quote(tmp_path, request, "--pdf", str(out), "--db", str(dbfile))
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "대성정밀 주식회사 귀중" in text and "박대성" in text  # the account's CEO, from the database
    assert quotes_in(dbfile)[-1][1] == "대성정밀 주식회사"  # after the demo's own quote


def test_refusals_record_nothing_and_write_no_file(tmp_path):
    dbfile = tmp_path / "desk.sqlite3"
    out = tmp_path / "q.pdf"
    bad = {**REQUEST, "sites": [{"package": "standard", "users": 3, "edition": "service"}]}
    done = quote(tmp_path, bad, "--pdf", str(out), "--db", str(dbfile))
    assert done.returncode == 2 and "P1" in done.stderr and not out.exists()
    unknown = {**REQUEST, "account": "없는회사"}
    done = quote(tmp_path, unknown, "--pdf", str(out), "--db", str(dbfile))
    assert done.returncode == 2 and "없는회사" in done.stderr and not out.exists()
    done = quote(tmp_path, REQUEST, "--pdf", str(tmp_path / "no-such-folder" / "q.pdf"), "--db", str(dbfile))
    assert done.returncode == 2 and "쓸 수 없습니다" in done.stderr and "no-such-folder" in done.stderr
    assert quotes_in(dbfile) == []
