"""The JSON price request of shared/docs/price-request.md, read into an Order with field-level refusals."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop_app.i18n import Text, texts
from desktop_app.pricing.orders import AddonQty, CurrentSite, Order, Problem, Refused, SiteOrder

_ = texts("price_request")


def _p(field: str, en: str, ko: Text, rule: str = "") -> Problem:
    return Problem(field, rule, en, ko)


def _int(d: dict[str, Any], key: str, where: str, problems: list[Problem], default: Any = None,
         required: bool = False) -> Any:
    if key not in d:
        if required:
            problems.append(_p(f"{where}{key}", "is required", _("꼭 입력해야 합니다.")))
        return default
    value = d[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        problems.append(_p(f"{where}{key}", f"must be a whole number, 0 or more (got {json.dumps(value)})",
                           _("0 이상의 정수여야 합니다 ({value}).", value=json.dumps(value, ensure_ascii=False)), "M1"))
        return default
    return value


def _date(d: dict[str, Any], key: str, problems: list[Problem], default: dt.date | None) -> dt.date | None:
    if key not in d or d[key] is None:
        return default
    try:
        return dt.date.fromisoformat(str(d[key]))
    except ValueError:
        problems.append(_p(key, f"must be a date YYYY-MM-DD (got {json.dumps(d[key])})",
                           _("날짜는 YYYY-MM-DD 형식입니다."), "M5"))
        return default


def _addons(raw: Any, where: str, problems: list[Problem]) -> tuple[AddonQty, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(_p(f"{where}addons", "must be a list", _("목록이어야 합니다.")))
        return ()
    out = []
    for i, a in enumerate(raw):
        if not isinstance(a, dict) or not isinstance(a.get("product"), str):
            problems.append(_p(f"{where}addons[{i}]", 'must be {"product": ID, "quantity": N}',
                               _('{"product": ID, "quantity": N} 형식이어야 합니다.')))
            continue
        out.append(AddonQty(a["product"], _int(a, "quantity", f"{where}addons[{i}].", problems, 1)))
    return tuple(out)


def _config(d: dict[str, Any], where: str, problems: list[Problem]) -> tuple[str, str | None, int,
                                                                               tuple[AddonQty, ...]]:
    package = d.get("package")
    if not isinstance(package, str):
        problems.append(_p(f"{where}package", "is required: free or a paid package id", _("패키지를 입력하세요.")))
        package = ""
    edition = d.get("edition")
    if edition is not None and not isinstance(edition, str):
        problems.append(_p(f"{where}edition", "must be text", _("문자여야 합니다.")))
        edition = None
    users = _int(d, "users", where, problems, 0, required=True)
    return package, edition, users, _addons(d.get("addons"), where, problems)


def parse_request(data: Any, today: dt.date) -> tuple[Order, str | None]:
    """(order without its code, the discount code's text). Raises Refused for a malformed request."""
    if not isinstance(data, dict):
        raise Refused([_p("request", "must be a JSON object", _("JSON 객체여야 합니다."))])
    problems: list[Problem] = []
    catalog = data.get("catalog")
    if not isinstance(catalog, str):
        problems.append(_p("catalog", "is required (e.g. daouoffice)", _("카탈로그를 입력하세요 (예: daouoffice).")))
    policy = data.get("policy", "4.0")
    term = _int(data, "term_months", "", problems, 1, required=True)
    months = _int(data, "months", "", problems, None)
    date = _date(data, "date", problems, today)
    expires_on = _date(data, "expires_on", problems, None)
    auto_renew = data.get("auto_renew", True)
    code = data.get("discount_code")
    if code is not None and not isinstance(code, str):
        problems.append(_p("discount_code", "must be text", _("문자여야 합니다."), "P5"))
        code = None
    sites_raw = data.get("sites")
    sites = []
    if not isinstance(sites_raw, list) or not sites_raw:
        problems.append(_p("sites", "is required: a list of one or more sites", _("사이트 목록이 필요합니다."), "O3"))
        sites_raw = []
    for i, s in enumerate(sites_raw):
        where = f"sites[{i}]."
        if not isinstance(s, dict):
            problems.append(_p(f"sites[{i}]", "must be an object", _("객체여야 합니다.")))
            continue
        package, edition, users, addons = _config(s, where, problems)
        current = None
        if isinstance(s.get("current"), dict):
            c = s["current"]
            cp, ce, cu, ca = _config(c, f"{where}current.", problems)
            current = CurrentSite(cp, cu, ce, ca, str(c.get("state", "active")))
        name = s["name"] if isinstance(s.get("name"), str) else f"회사{i + 1}"
        sites.append(SiteOrder(name, package, users, edition, addons, current, bool(s.get("extend", False))))
    if problems:
        raise Refused(problems)
    assert isinstance(catalog, str) and date is not None  # refused above otherwise
    order = Order(catalog=catalog, term_months=term, sites=tuple(sites), date=date, policy=str(policy),
                  months=months, expires_on=expires_on, auto_renew=bool(auto_renew))
    return order, code


def read_request(text: str, today: dt.date) -> tuple[Order, str | None]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Refused([_p("request", f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                          _("JSON 형식이 아닙니다: {line}행 {column}열", line=exc.lineno, column=exc.colno))]) from None
    return parse_request(data, today)
