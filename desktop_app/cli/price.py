"""`desktop-app price REQUEST.json`: price an order without a window (shared/docs/price-request.md)."""

from __future__ import annotations

import json
import sys

from desktop_app import clock
from desktop_app.i18n import Text, texts
from desktop_app.pricing.orders import Order, PricedOrder, Problem, Refused

_ = texts("cli")


def read_text(path: str) -> str:
    """The request, read no further than one byte past the size limit (a huge file is refused unread)."""
    from desktop_app.pricing.limits import MAX_REQUEST_BYTES

    if path == "-":
        data = sys.stdin.buffer.read(MAX_REQUEST_BYTES + 1)
        if len(data) > MAX_REQUEST_BYTES:
            return data.decode("utf-8", "replace")  # refused for its size by read_request
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused([_problem("request", "standard input is not UTF-8 text",
                                    "표준 입력이 UTF-8 텍스트가 아닙니다.")]) from None
    try:
        with open(path, encoding="utf-8") as f:
            return f.read(MAX_REQUEST_BYTES + 1)
    except OSError as exc:
        raise Refused([_problem("request", f"cannot read {path}: {exc.strerror}",
                                _("{path} 를 읽을 수 없습니다.", path=path))]) from None
    except UnicodeDecodeError:
        raise Refused([_problem("request", f"{path} is not UTF-8 text",
                                _("{path} 는 UTF-8 텍스트가 아닙니다.", path=path))]) from None


def _problem(field: str, en: str, message: Text) -> Problem:
    return Problem(field, "", en, message)


def price_request(text: str, db_arg: str | None) -> tuple[Order, PricedOrder]:
    """Read, resolve the discount code (the only part that needs the database) and price."""
    from dataclasses import replace

    from desktop_app.pricing.engine import price_order
    from desktop_app.pricing.request import read_request
    from desktop_app.services.catalog import catalogs

    order, code_text = read_request(text, clock.today())
    cats = catalogs()
    if code_text:
        from desktop_app.cli.signin import signed_in
        from desktop_app.db import open_database
        from desktop_app.services.discounts import resolve

        db = open_database(db_arg, create=False)  # reads only: a mistyped path is refused, never made
        try:
            signed_in(db)
            with db.session() as s:
                order = replace(order, code=resolve(s, code_text))
                cats = catalogs(s)
        finally:
            db.dispose()
    return order, price_order(order, cats)


def cmd_price(path: str, db_arg: str | None) -> int:
    try:
        _, priced = price_request(read_text(path), db_arg)
    except Refused as refusal:
        for p in refusal.problems:
            print(str(p), file=sys.stderr)
        return 2
    json.dump(priced.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
