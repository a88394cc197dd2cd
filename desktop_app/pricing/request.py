"""The JSON price request of shared/docs/price-request.md, read into an Order with field-level refusals."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop_app.i18n import Text, texts
from desktop_app.pricing import limits
from desktop_app.pricing.orders import AddonQty, CurrentSite, Order, Problem, Refused, SiteOrder

_ = texts("price_request")


def _p(field: str, en: str, ko: Text, rule: str = "") -> Problem:
    return Problem(field, rule, en, ko)


def _shown(value: Any) -> str:
    """The value as the request had it, cut short (a refusal line stays one readable line)."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _int(d: dict[str, Any], key: str, where: str, problems: list[Problem], default: Any = None,
         required: bool = False, maximum: int = limits.MAX_USERS) -> Any:
    """A JSON integer (not 1.0, not true, not "3") from 0 to `maximum`."""
    if key not in d:
        if required:
            problems.append(_p(f"{where}{key}", "is required", _("꼭 입력해야 합니다.")))
        return default
    value = d[key]
    if not limits.is_int(value) or value < 0:
        problems.append(_p(f"{where}{key}", f"must be a whole number, 0 or more (got {_shown(value)})",
                           _("0 이상의 정수여야 합니다 ({value}).", value=_shown(value)), "M1"))
        return default
    if value > maximum:
        problems.append(_p(f"{where}{key}", f"must be at most {maximum:,} (got {value:,}); use {maximum:,} or fewer",
                           _("{maximum} 이하여야 합니다 ({value}). {maximum} 이하로 하세요.", maximum=f"{maximum:,}",
                             value=f"{value:,}"), "M1"))
        return default
    return value


def _bool(d: dict[str, Any], key: str, where: str, problems: list[Problem], default: bool) -> bool:
    """A JSON boolean: true or false, never the string "false" (which Python would take for true)."""
    if key not in d:
        return default
    value = d[key]
    if not isinstance(value, bool):
        problems.append(_p(f"{where}{key}", f"must be true or false (got {_shown(value)})",
                           _("true 또는 false 여야 합니다 ({value}).", value=_shown(value))))
        return default
    return value


def _text(d: dict[str, Any], key: str, where: str, problems: list[Problem], maximum: int = limits.MAX_NAME
          ) -> str | None:
    """Optional one-line text: a JSON string without control characters, at most `maximum` characters."""
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or limits.has_control(value) or len(value) > maximum:
        problems.append(_p(f"{where}{key}", f"must be one line of text of at most {maximum} characters "
                                            f"(got {_shown(value)})",
                           _("{maximum}자 이하의 한 줄 글자여야 합니다 ({value}).", maximum=maximum,
                             value=_shown(value))))
        return None
    return value


def _date(d: dict[str, Any], key: str, problems: list[Problem], default: dt.date | None) -> dt.date | None:
    """A JSON string YYYY-MM-DD from MIN_DATE to MAX_DATE."""
    if key not in d or d[key] is None:
        return default
    value = d[key]
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        day = dt.date.fromisoformat(value)
    except ValueError:
        problems.append(_p(key, f"must be a date YYYY-MM-DD (got {_shown(value)})",
                           _("날짜는 YYYY-MM-DD 형식입니다."), "M5"))
        return default
    if not limits.MIN_DATE <= day <= limits.MAX_DATE:
        problems.append(_p(key, f"must be from {limits.MIN_DATE} to {limits.MAX_DATE} (got {value})",
                           _("{first} 부터 {last} 사이의 날짜여야 합니다 ({value}).", first=str(limits.MIN_DATE),
                             last=str(limits.MAX_DATE), value=str(value)), "M5"))
        return default
    return day


def _addons(raw: Any, where: str, problems: list[Problem]) -> tuple[AddonQty, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(_p(f"{where}addons", "must be a list", _("목록이어야 합니다.")))
        return ()
    if len(raw) > limits.MAX_ADDONS:
        problems.append(_p(f"{where}addons", f"must have at most {limits.MAX_ADDONS} entries (got {len(raw)})",
                           _("{limit}개 이하여야 합니다 ({count}개).", limit=limits.MAX_ADDONS, count=len(raw))))
        return ()
    out = []
    for i, a in enumerate(raw):
        if not isinstance(a, dict) or not isinstance(a.get("product"), str):
            problems.append(_p(f"{where}addons[{i}]", 'must be {"product": ID, "quantity": N}',
                               _('{"product": ID, "quantity": N} 형식이어야 합니다.')))
            continue
        out.append(AddonQty(a["product"], _int(a, "quantity", f"{where}addons[{i}].", problems, 1,
                                               maximum=limits.MAX_QUANTITY)))
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
    if not isinstance(policy, str):
        problems.append(_p("policy", f'must be "4.0" or "legacy" (got {_shown(policy)})',
                           _('"4.0" 또는 "legacy" 여야 합니다 ({value}).', value=_shown(policy)), "P3"))
        policy = "4.0"
    term = _int(data, "term_months", "", problems, 1, required=True, maximum=12)
    months = _int(data, "months", "", problems, None, maximum=limits.MAX_MONTHS)
    date = _date(data, "date", problems, today)
    expires_on = _date(data, "expires_on", problems, None)
    auto_renew = _bool(data, "auto_renew", "", problems, True)
    code = data.get("discount_code")
    if code is not None and (not isinstance(code, str) or len(code) > 40):
        problems.append(_p("discount_code", "must be text of at most 40 characters", _("40자 이하의 문자여야 합니다."),
                           "P5"))
        code = None
    sites_raw = data.get("sites")
    sites = []
    if not isinstance(sites_raw, list) or not sites_raw:
        problems.append(_p("sites", "is required: a list of one or more sites", _("사이트 목록이 필요합니다."), "O3"))
        sites_raw = []
    elif len(sites_raw) > limits.MAX_SITES:
        problems.append(_p("sites", f"must have at most {limits.MAX_SITES} sites (got {len(sites_raw):,}); split "
                                    "the order", _("사이트는 {limit}개까지입니다 ({count}개). 주문을 나누세요.",
                                                 limit=limits.MAX_SITES, count=f"{len(sites_raw):,}"), "O3"))
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
            state = _text(c, "state", f"{where}current.", problems, 20) or "active"
            current = CurrentSite(cp, cu, ce, ca, state)
        elif s.get("current") is not None:
            problems.append(_p(f"{where}current", "must be an object: the site as it is now "
                                                  '({"package", "edition", "users"}), or left out for a new site',
                               _("지금 사이트를 나타내는 객체여야 합니다 (새 사이트면 빼세요).")))
        name = _text(s, "name", where, problems) or f"회사{i + 1}"
        extend = _bool(s, "extend", where, problems, False)
        sites.append(SiteOrder(name, package, users, edition, addons, current, extend))
    if problems:
        raise Refused(problems)
    assert isinstance(catalog, str) and date is not None  # refused above otherwise
    order = Order(catalog=catalog, term_months=term, sites=tuple(sites), date=date, policy=str(policy),
                  months=months, expires_on=expires_on, auto_renew=bool(auto_renew))
    return order, code


def nesting(text: str) -> int:
    """How deep objects and lists nest in JSON text, found in one pass without parsing (strings skipped), so
    a hostile request is refused before the parser recurses into it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def read_request(text: str, today: dt.date) -> tuple[Order, str | None]:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.MAX_REQUEST_BYTES:
        raise Refused([_p("request", f"is {size:,} bytes; a request may have at most {limits.MAX_REQUEST_BYTES:,}",
                          _("요청이 {size}바이트입니다. {limit}바이트까지 받습니다.", size=f"{size:,}",
                            limit=f"{limits.MAX_REQUEST_BYTES:,}"))])
    if (depth := nesting(text)) > limits.MAX_DEPTH:
        raise Refused([_p("request", f"nests {depth:,} levels deep; at most {limits.MAX_DEPTH} are accepted",
                          _("{depth}단계로 중첩되어 있습니다. {limit}단계까지 받습니다.", depth=f"{depth:,}",
                            limit=limits.MAX_DEPTH))])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Refused([_p("request", f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                          _("JSON 형식이 아닙니다: {line}행 {column}열", line=exc.lineno, column=exc.colno))]) from None
    except ValueError:  # a number of thousands of digits (Python's limit on int parsing)
        raise Refused([_p("request", "has a number too long to read; counts are at most "
                                     f"{limits.MAX_USERS:,}", _("읽을 수 없을 만큼 긴 숫자가 있습니다."))]) from None
    return parse_request(data, today)
