"""Every check an order must pass before it is priced; each problem names its field, rule and the fix."""

from __future__ import annotations

from desktop_app.i18n import Text, texts
from desktop_app.pricing import limits, matrix
from desktop_app.pricing.catalog import CatalogVersion
from desktop_app.pricing.contract import TERMS
from desktop_app.pricing.orders import AddonQty, CurrentSite, Order, Problem, SiteOrder

_ = texts("order_rules")

FREE = "free"
CLOSED_STATES = ("expired", "terminated")


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_config(v: CatalogVersion, where: str, package: str, edition: str | None, users: object,
                  addons: tuple[AddonQty, ...]) -> list[Problem]:
    out: list[Problem] = []
    packages = list(v.packages) + ([FREE] if v.free_package else [])
    if package not in packages:
        out.append(Problem(f"{where}.package", "K1", f"unknown package '{package}'; use one of {', '.join(packages)}",
                           _("알 수 없는 패키지 '{package}' 입니다. {choices} 중에서 고르세요.", package=package,
                             choices=", ".join(packages))))
    elif package != FREE and len(v.editions) > 1 and edition not in v.editions:
        out.append(Problem(f"{where}.edition", "K1",
                           f"unknown edition '{edition}'; use one of {', '.join(v.editions)}",
                           _("에디션을 고르세요: {choices}.", choices=", ".join(v.editions))))
    if not _is_count(users):
        out.append(Problem(f"{where}.users", "M1", "the number of users must be a whole number, 0 or more",
                           _("사용자 수는 0 이상의 정수여야 합니다.")))
    elif users > limits.MAX_USERS:  # type: ignore[operator]
        out.append(Problem(f"{where}.users", "M1", f"at most {limits.MAX_USERS:,} users per site; use fewer",
                           _("사이트당 사용자는 {limit}명까지입니다. 줄이세요.", limit=f"{limits.MAX_USERS:,}")))
    elif v.free_package and package in packages:
        limit, minimum = int(v.free_package["max_users"]), int(v.free_package["paid_min_users"])
        assert isinstance(users, int)
        if package == FREE and users > limit:
            out.append(Problem(f"{where}.users", "P1",
                               f"the free package allows {limit} users or fewer (P1); choose a paid package "
                               f"for {minimum} or more",
                               _("무료 패키지는 {most}명까지입니다 (P1). {least}명 이상은 유료 패키지를 고르세요.", most=limit,
                                 least=minimum)))
        if package != FREE and users < minimum:
            out.append(Problem(f"{where}.users", "P1",
                               f"a paid package needs at least {minimum} users (P1); use {minimum} or more, "
                               "or the free package",
                               _("유료 패키지는 {least}명 이상이어야 합니다 (P1). {least}명 이상으로 하거나 무료 패키지를 고르세요.",
                                 least=minimum)))
    for i, a in enumerate(addons):
        if a.product not in v.addons:
            out.append(Problem(f"{where}.addons[{i}].product", "K1",
                               f"unknown product '{a.product}'; use one of {', '.join(v.addons)}",
                               _("알 수 없는 상품 '{product}' 입니다.", product=a.product)))
        if not _is_count(a.quantity):
            out.append(Problem(f"{where}.addons[{i}].quantity", "M1", "the quantity must be a whole number, 0 or more",
                               _("수량은 0 이상의 정수여야 합니다.")))
        elif a.quantity > limits.MAX_QUANTITY:
            out.append(Problem(f"{where}.addons[{i}].quantity", "M1",
                               f"at most {limits.MAX_QUANTITY:,} units of one product; use fewer",
                               _("한 상품은 {limit}개까지입니다. 줄이세요.", limit=f"{limits.MAX_QUANTITY:,}")))
    return out


def _has_paid_products(current: CurrentSite) -> bool:
    return any(a.quantity for a in current.addons)


def operations(v: CatalogVersion, site: SiteOrder) -> list[str]:
    """What an entry with `current` does, in the words of the operation matrix."""
    cur = site.current
    assert cur is not None
    ops = []
    have = {a.product: a.quantity for a in cur.addons}
    if site.users > cur.users or any(a.quantity > have.get(a.product, 0) for a in site.addons):
        ops.append(matrix.ADD)
    if (site.package, v.edition_for(site.package, site.edition)) != (cur.package,
                                                                     v.edition_for(cur.package, cur.edition)):
        ops.append(matrix.CHANGE)
    if site.extend:
        ops.append(matrix.EXTEND)
    return ops


def _check_change(order: Order, v: CatalogVersion, where: str, site: SiteOrder) -> list[Problem]:
    cur = site.current
    assert cur is not None
    out: list[Problem] = []
    if cur.state in CLOSED_STATES:
        return [Problem(f"{where}.current.state", "O2",
                        f"an {cur.state} site takes no order (O2); ask the vendor to reopen it",
                        _("만료되었거나 해지된 사이트는 주문할 수 없습니다 (O2). 공급사에 재개설을 문의하세요."))]
    if order.expires_on is None:
        return [Problem("expires_on", "C5", "a change to an existing site needs the account's expiry date",
                        _("기존 사이트의 변경에는 계정의 만료일이 필요합니다 (C5)."))]
    row = matrix.row_for(cur.package, _has_paid_products(cur), site.package)
    for op in operations(v, site):
        if not matrix.allowed(row, op):
            r_en, r_ko = matrix.ROW_NAMES[row]
            o_en, o_ko = matrix.OP_NAMES[op]
            out.append(Problem(where, "§5", f"{r_en} cannot {o_en} (operation matrix, domain.md §5)",
                               _("{state} 상태에서는 {operation}을(를) 할 수 없습니다 (주문 가능 표 §5).", state=r_ko,
                                 operation=o_ko)))
    if site.extend and not order.auto_renew:
        out.append(Problem(f"{where}.extend", "C3", "the account does not renew: no extension (C3); "
                           "turn auto-renew on first", _("연장 안 함 계정은 기간을 연장할 수 없습니다 (C3). 먼저 자동 연장을 켜세요.")))
    if order.date > order.expires_on and not site.extend and operations(v, site):
        out.append(Problem("date", "C5", "the order date is after the expiry; extend the term first",
                           _("주문일이 만료일 뒤입니다. 먼저 기간을 연장하세요 (C4).")))
    return out


def _check_code(order: Order) -> list[Problem]:
    code = order.code
    if code is None:
        return []

    def refuse(en: str, ko: Text) -> list[Problem]:
        return [Problem("discount_code", "P5", f"code {code.code}: {en}",
                        _("할인코드 {code}: {reason} (P5)", code=code.code, reason=ko))]

    if not code.active:
        return refuse("the code is switched off", _("사용이 중지된 코드입니다."))
    if code.valid_from and order.date < code.valid_from:
        return refuse(f"valid from {code.valid_from}", _("{day} 부터 쓸 수 있습니다.", day=code.valid_from))
    if code.valid_to and order.date > code.valid_to:
        return refuse(f"expired on {code.valid_to}", _("{day} 에 만료되었습니다.", day=code.valid_to))
    if code.max_uses is not None and code.uses >= code.max_uses:
        return refuse(f"used up ({code.uses} of {code.max_uses} uses)",
                      _("사용 한도({most}회)를 모두 썼습니다.", most=code.max_uses))
    users = sum(s.users for s in order.sites if isinstance(s.users, int))
    if code.min_users and users < code.min_users:
        return refuse(f"needs at least {code.min_users} users in the order (it has {users})",
                      _("주문 사용자 수가 {least}명 이상이어야 합니다 (지금 {users}명).", least=code.min_users,
                        users=users))
    if code.products:
        names = set()
        for s in order.sites:
            names.add(s.package)
            names.add(f"{s.edition}-{s.package}")
            names.update(a.product for a in s.addons)
        if not names & set(code.products):
            return refuse(f"applies only to {', '.join(code.products)}, which the order does not have",
                          _("{products} 에만 쓸 수 있는데 주문에 없습니다.", products=", ".join(code.products)))
    return []


def check_order(order: Order, v: CatalogVersion) -> list[Problem]:
    out: list[Problem] = []
    if order.term_months not in TERMS:
        out.append(Problem("term_months", "C2", "the term is 1 or 12 months (C2)", _("계약 기간은 1개월 또는 12개월입니다 (C2).")))
    if order.policy not in v.policies:
        out.append(Problem("policy", "P3", f"unknown pricing policy '{order.policy}'; use {' or '.join(v.policies)}",
                           _("가격 정책은 {choices} 입니다.", choices=" / ".join(v.policies))))
    if order.months is not None and (not _is_count(order.months) or order.months < 1):
        out.append(Problem("months", "P2", "months must be a whole number, 1 or more", _("개월 수는 1 이상의 정수입니다.")))
    elif order.months is not None and order.months > limits.MAX_MONTHS:
        out.append(Problem("months", "P2", f"at most {limits.MAX_MONTHS} months at once",
                           _("한 번에 {limit}개월까지입니다.", limit=limits.MAX_MONTHS)))
    if not order.sites:
        out.append(Problem("sites", "O3", "an order needs at least one site", _("주문에는 사이트가 하나 이상 있어야 합니다.")))
    elif len(order.sites) > limits.MAX_SITES:
        out.append(Problem("sites", "O3", f"at most {limits.MAX_SITES} sites in one order; split the order",
                           _("한 주문에는 사이트가 {limit}개까지입니다. 나눠 주문하세요.", limit=limits.MAX_SITES)))
    if not limits.MIN_DATE <= order.date <= limits.MAX_DATE:
        out.append(Problem("date", "M5", f"the date must be from {limits.MIN_DATE} to {limits.MAX_DATE}",
                           _("날짜는 {first} 부터 {last} 사이입니다.", first=str(limits.MIN_DATE), last=str(limits.MAX_DATE))))
    if order.expires_on is not None and not limits.MIN_DATE <= order.expires_on <= limits.MAX_DATE:
        out.append(Problem("expires_on", "M5", f"the expiry must be from {limits.MIN_DATE} to {limits.MAX_DATE}",
                           _("만료일은 {first} 부터 {last} 사이입니다.", first=str(limits.MIN_DATE),
                             last=str(limits.MAX_DATE))))
    if out:
        return out
    for i, site in enumerate(order.sites):
        where = f"sites[{i}]"
        out += _check_config(v, where, site.package, site.edition, site.users, site.addons)
        if site.current is not None:
            out += _check_config(v, f"{where}.current", site.current.package, site.current.edition,
                                 site.current.users, site.current.addons)
            if not out:
                out += _check_change(order, v, where, site)
        elif site.extend:
            out.append(Problem(f"{where}.extend", "C4", "only an existing site (with `current`) can be extended",
                               _("기존 사이트만 연장할 수 있습니다.")))
        elif order.expires_on is not None and not order.auto_renew:
            out.append(Problem(where, "C3", "the account does not renew: no new site (C3); "
                               "turn auto-renew on first", _("연장 안 함 계정에는 사이트를 추가할 수 없습니다 (C3).")))
    return out + _check_code(order)
