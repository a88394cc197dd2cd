"""Databases at an earlier schema revision, filled with realistic rows, for the upgrade tests.

The rows come from a database at the current revision holding the demo data plus hand-written rows for the
tables the demo leaves empty; at an earlier revision only the tables and columns that existed then are
filled. A future migration is covered without touching this file, and a new table without sample rows
is reported by the tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app import db as dbmod
from tests.support.databases import demo_file

# Rows for the tables the demo data leaves empty, as a user would have made them (raw SQL at the head revision).
EXTRA_ROWS = [
    "INSERT INTO discount_codes (code, kind, value, valid_from, valid_to, max_uses, uses, products, min_users, "
    "active, id, uuid, version) VALUES ('WELCOME10', 'percent', 10, '2026-01-01', '2026-12-31', 100, 3, "
    "'daouoffice', 5, 1, 1, '11111111111111111111111111111111', 2)",
    "INSERT INTO catalog_versions (catalog_id, effective_from, data, staff_id, id, uuid, version) VALUES "
    "('daouoffice-2026', '2026-07-01', '{\"standard\": {\"price\": 5000}}', 1, 1, "
    "'22222222222222222222222222222222', 1)",
    "INSERT INTO orders (account_id, kind, status, order_date, payment_method, terms_accepted, discount_code, "
    "supply, vat, total, snapshot, staff_id, id, uuid, version) VALUES (1, 'change', 'completed', '2026-10-02', "
    "'transfer', 1, 'WELCOME10', 450000, 45000, 495000, '{\"lines\": [[\"추가 사용자 10명\", 450000]]}', 1, 1, "
    "'33333333333333333333333333333333', 3)",
    "INSERT INTO quotes (number, revision, account_id, customer_name, issue_date, valid_until, status, supply, "
    "vat, total, content, order_id, staff_id, id, uuid, version) VALUES ('Q-2026-000007', 2, 1, '한빛상사', "
    "'2026-09-30', '2026-10-30', 'accepted', 450000, 45000, 495000, '{\"title\": \"견적서\"}', 1, 1, 101, "
    "'44444444444444444444444444444444', 1)",
    "INSERT INTO outbox (quote_id, recipients, subject, body, status, attempts, last_error, sent_at, id, uuid, "
    "version) VALUES (101, 'buyer@hanbit.co.kr', '[견적서] Q-2026-000007', '안녕하세요', 'failed', 2, "
    "'550 mailbox full', NULL, 101, '55555555555555555555555555555555', 1)",
    "INSERT INTO mail_triage (received_at, sender, recipient, subject, body, why, mail_message_id, raw, status, "
    "reason, request_id, id, uuid, version) VALUES ('2026-11-23 01:00:00', 'who@stranger.example', "
    "'support@reseller-desk.co.kr', '문의', '처음 연락드립니다.', 'unknown_sender', '<t1@stranger.example>', "
    "X'46726f6d3a2077686f40737472616e6765722e6578616d706c650d0a0d0a6869', 'discarded', '광고', NULL, 101, "
    "'66666666666666666666666666666666', 2)",
    "INSERT INTO mail_seen (folder, uidvalidity, uid, outcome, request_id, triage_id, moved, id, uuid, version) "
    "VALUES ('INBOX', 3000000000, 7, 'triage', NULL, 101, 0, 101, '77777777777777777777777777777777', 1)",
    "INSERT INTO staff_users (login, name, email, is_paa, permissions, password_hash, active, all_accounts, "
    "all_orders, failed_logins, locked_until, must_change_password, id, uuid, version) VALUES ('book', '이경리', '', "
    "0, 'invoices,payments', NULL, 1, 0, 0, 2, '2026-11-22 00:15:00', 1, 102, '66666666666666666666666666666666', 1)",
    "INSERT INTO staff_accounts (staff_id, account_id) VALUES (102, 1)",
    "INSERT INTO staff_teams (name, active, id, uuid, version) VALUES ('기술지원팀', 1, 1, "
    "'66666666666666666666666666666666', 1)",
    "INSERT INTO staff_team_members (team_id, staff_id, active, id, uuid, version) VALUES (1, 1, 1, 1, "
    "'77777777777777777777777777777777', 1)",
    "INSERT INTO consulting_projects (account_id, name, status, started_on, ends_on, id, uuid, version) VALUES "
    "(1, '그룹웨어 전환 컨설팅', 'active', '2026-09-01', '2027-02-28', 1, '88888888888888888888888888888888', 1)",
    "INSERT INTO support_requests (number, kind, account_id, site_id, project_id, title, description, status, "
    "opened_at, opened_by_id, assignee_id, requester_email, scheduled_at, severity, direction, carrier, "
    "tracking_number, expected_on, visit_at, visitors, id, uuid, version) VALUES ('REQ-2026-000003', 'incident', "
    "1, 1, NULL, '메일 수신 지연', '오전 9시부터 외부 메일이 30분 늦게 들어옵니다.', 'in_progress', "
    "'2026-11-20 00:15:00.000000', 1, 1, 'it@hanbit.co.kr', NULL, 2, NULL, '', '', NULL, NULL, '[]', 1, "
    "'99999999999999999999999999999999', 2)",
    "INSERT INTO support_status_changes (request_id, at, previous, status, staff_id, id, uuid, version) VALUES "
    "(1, '2026-11-20 00:40:00.000000', 'open', 'in_progress', 1, 1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 1)",
    "INSERT INTO support_messages (request_id, at, source, body, staff_id, sender, mail_message_id, id, uuid, "
    "version) VALUES (1, '2026-11-20 00:41:00.000000', 'staff_reply', '확인 중입니다. 로그를 보내 주세요.', 1, "
    "'', '<r1@reseller-desk.co.kr>', 1, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 1)",
    "INSERT INTO support_attachments (request_id, message_id, filename, size, sha256, content, added_at, "
    "staff_id, id, uuid, version) VALUES (1, 1, 'mail-log.txt', 5, "
    "'5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03', X'68656C6C6F', "
    "'2026-11-20 00:42:00.000000', 1, 1, 'cccccccccccccccccccccccccccccccc', 1)",
    "INSERT INTO support_shares (request_id, staff_id, team_id, active, id, uuid, version) VALUES (1, NULL, 1, 1, "
    "1, 'dddddddddddddddddddddddddddddddd', 1)",
    "INSERT INTO workstations (id, code, staff_id, name, created_at) VALUES (1, 'W01', 1, '노트북', "
    "'2026-11-21 00:00:00.000000')",
    "INSERT INTO applied_operations (uuid, workstation, kind, outcome, detail, applied_at) VALUES "
    "('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 'W01', 'update_account', 'applied', '{}', '2026-11-21 00:01:00.000000')",
    "INSERT INTO sync_state (key, value) VALUES ('workstation', 'W01')",
    "INSERT INTO sync_queue (id, uuid, kind, payload, state, created_at) VALUES (1, "
    "'ffffffffffffffffffffffffffffffff', 'update_account', '{}', 'queued', '2026-11-21 00:02:00.000000')",
    "INSERT INTO sync_conflicts (id, op_uuid, kind, reason, message, fields, created_at, decided) VALUES (1, "
    "'12121212121212121212121212121212', 'update_account', 'changed', '', '{}', '2026-11-21 00:03:00.000000', "
    "NULL)",
]


def sample_at_head(path: Path) -> Path:
    demo_file(path)
    con = sqlite3.connect(path)
    with con:
        for sql in EXTRA_ROWS:
            try:
                con.execute(sql)
            except sqlite3.IntegrityError:  # the demo has that row already (the same id or key)
                pass
    con.close()
    return path


def tables(con: sqlite3.Connection) -> dict[str, list[str]]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name")]
    return {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in names}


def empty_at(revision: str, path: Path) -> None:
    engine = dbmod.make_engine(dbmod.to_url(path))
    dbmod.migrate(engine, revision)
    engine.dispose()


def database_at(revision: str, path: Path, sample: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """A file at `revision` holding the sample's rows in the tables and columns of that revision.

    Returns {table: (columns, rows)} as inserted, for checking the values after an upgrade."""
    empty_at(revision, path)
    src = sqlite3.connect(sample)
    dst = sqlite3.connect(path)
    inserted: dict[str, tuple[list[str], list[tuple]]] = {}
    with dst:
        dst.execute("PRAGMA foreign_keys=OFF")
        for table, columns in tables(dst).items():
            have = set(tables(src).get(table, []))
            cols = [c for c in columns if c in have]
            rows = src.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall()
            dst.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
            inserted[table] = (cols, rows)
    assert dst.execute("PRAGMA foreign_key_check").fetchall() == []
    src.close()
    dst.close()
    return inserted


def big_database_at(revision: str, path: Path, accounts: int) -> None:
    """`accounts` accounts with two sites each and a seat change per site, at an early revision (bulk SQL)."""
    empty_at(revision, path)
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO accounts (id, name, business_number, ceo_name, address, phone, email, pricing_policy, "
            "term_months, auto_renew, expires_on, active, uuid, version) VALUES (?, ?, '2208162517', '김대표', "
            "'서울특별시 중구 세종대로 110', '02-1234-5678', 'ceo@example.co.kr', '4.0', 12, 1, '2027-03-31', 1, ?, 1)",
            ((i, f"고객{i:05d}", f"{i:032x}") for i in range(1, accounts + 1)))
        con.executemany(
            "INSERT INTO sites (id, account_id, name, vendor, package, edition, users, state, admin_name, "
            "admin_login, subdomain, mail_domain, active, uuid, version) VALUES (?, ?, ?, 'daouoffice', "
            "'standard', 'service', 40, 'active', '김관리', 'admin', ?, 'example.co.kr', 1, ?, 1)",
            ((i, (i + 1) // 2, f"회사{2 - i % 2}", f"site{i:06d}", f"{i + 10**9:032x}")
             for i in range(1, 2 * accounts + 1)))
        con.executemany(
            "INSERT INTO seat_changes (site_id, changed_on, seats_before, seats_after, reason, uuid, version) "
            "VALUES (?, '2026-05-01', 30, 40, '증원', ?, 1)",
            ((i, f"{i + 2 * 10**9:032x}") for i in range(1, 2 * accounts + 1)))
    con.close()
