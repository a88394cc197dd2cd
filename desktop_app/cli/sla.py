"""`desktop-app sla REQUEST.json`: the clocks of one support request without a window or a database
(shared/docs/sla-request.md)."""

from __future__ import annotations

import json
import sys

from desktop_app import clock
from desktop_app.cli.price import read_text
from desktop_app.pricing.orders import Refused


def sla_answer(text: str) -> dict:
    from desktop_app.pricing.business_days import BusinessCalendar
    from desktop_app.pricing.sla import clocks, status_at_end
    from desktop_app.pricing.sla_request import read_sla_request
    from desktop_app.settings import Settings

    req = read_sla_request(text, clock.now())
    calendar = BusinessCalendar.from_settings(Settings().get)
    found = clocks(req.kind, req.opened_at, req.events, req.now, severity=req.severity, visit_at=req.visit_at,
                   calendar=calendar)
    return {"status": status_at_end(req.events), "clocks": [c.to_json() for c in found]}


def cmd_sla(path: str) -> int:
    try:
        answer = sla_answer(read_text(path))
    except Refused as refusal:
        for p in refusal.problems:
            print(str(p), file=sys.stderr)
        return 2
    json.dump(answer, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
