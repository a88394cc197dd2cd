"""`desktop-app quote REQUEST.json --pdf OUT.pdf [--db …]`: the price request as a quote PDF.

With --db the quote is recorded (numbered, frozen) in that database; without it the PDF is a draft
marked as not recorded, so no number is spent.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from typing import Any

from desktop_app import clock
from desktop_app.files import write_bytes
from desktop_app.i18n import texts
from desktop_app.pricing.orders import Refused

_ = texts("cli")

UNRECORDED = "미등록 초안"


def _customer(data: Any) -> tuple[dict[str, str], str | None, bool]:
    """The request's optional "customer" ({"name", "brn", …} or a name) and "account" (name or registration
    number of an account in the database)."""
    if not isinstance(data, dict):
        return {}, None, False
    raw = data.get("customer")
    if isinstance(raw, str):
        raw = {"name": raw}
    customer = {k: str(v) for k, v in raw.items() if isinstance(v, (str, int))} if isinstance(raw, dict) else {}
    account = data.get("account")
    return customer, str(account) if isinstance(account, (str, int)) else None, "policy" in data


def _record(text: str, db_arg: str, pdf_path: str, customer: dict[str, str], account: str | None,
            named_policy: bool) -> str:
    from desktop_app.db import open_database
    from desktop_app.pricing.request import read_request
    from desktop_app.services import quotes
    from desktop_app.services.accounts import customer_of, find_account
    from desktop_app.services.discounts import resolve
    from desktop_app.services.scope import bind, scope_of
    from desktop_app.settings import Settings

    order, code_text = read_request(text, clock.today())
    st = Settings()
    from desktop_app.cli.signin import signed_in

    db = open_database(db_arg)
    try:
        actor = signed_in(db)
        with db.session() as s:
            bind(s, scope_of(s, actor.id))  # an account outside the user's scope is not found (S3)  # the PDF is written before the commit: no recorded quote without its file
            if code_text:
                order = replace(order, code=resolve(s, code_text))
            account_id = None
            if account:
                row = find_account(s, account)
                account_id = row.id
                if not named_policy:  # the account's own pricing policy unless the request names one
                    order = replace(order, policy=row.pricing_policy.value)
                customer = {**customer_of(row), **customer}
            row = quotes.create_quote(s, actor, order, customer, st.letterhead(),
                                      st.get("quote_valid_days"), st.get("payment_terms"), account_id)
            write_bytes(pdf_path, quotes.render(row.content, st.get("font_path")))
            return _("견적 {number} (합계 {total:,}원)을 기록하고 {path} 에 저장했습니다.", number=row.number,
                     total=row.total, path=pdf_path)
    finally:
        db.dispose()


def _draft(text: str, pdf_path: str, customer: dict[str, str]) -> str:
    import datetime as dt

    from desktop_app.cli.price import price_request
    from desktop_app.services import quotes
    from desktop_app.services.catalog import catalogs
    from desktop_app.settings import Settings

    order, priced = price_request(text, None)
    st = Settings()
    issue = clock.today()
    content = quotes.build_content(order, priced, catalogs()[order.catalog], customer, st.letterhead(),
                                   UNRECORDED, 1, issue, issue + dt.timedelta(days=st.get("quote_valid_days")),
                                   st.get("payment_terms"))
    write_bytes(pdf_path, quotes.render(content, st.get("font_path")))
    return _("견적 초안 (합계 {total:,}원)을 {path} 에 저장했습니다. 번호를 받아 기록하려면 --db 를 주세요.",
             total=priced.total, path=pdf_path)


def cmd_quote(path: str, pdf_path: str, db_arg: str | None) -> int:
    from desktop_app.cli.price import read_text
    from desktop_app.documents.fonts import FontMissing

    try:
        text = read_text(path)
        try:
            customer, account, named_policy = _customer(json.loads(text))
        except json.JSONDecodeError:
            customer, account, named_policy = {}, None, False  # read_request reports where the syntax is wrong
        if not customer.get("name") and not account:
            customer["name"] = "고객"  # the plain price request names no one; the PDF then reads "고객 귀중"
        if db_arg:
            message = _record(text, db_arg, pdf_path, customer, account, named_policy)
        else:
            message = _draft(text, pdf_path, customer)
    except Refused as refusal:
        for p in refusal.problems:
            print(str(p), file=sys.stderr)
        return 2
    except FontMissing as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(message)
    return 0
