"""`desktop-app sla` exactly as shared/docs/sla-request.md describes it (T1, T2), refusals included."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

DOC_EXAMPLE = {
    "type": "incident", "severity": 2, "opened_at": "2026-12-24T17:30:00+09:00", "now": "2026-12-24T23:00:00+09:00",
    "events": [
        {"at": "2026-12-24T17:40:00+09:00", "status": "in_progress"},
        {"at": "2026-12-24T18:00:00+09:00", "status": "waiting"},
        {"at": "2026-12-24T19:00:00+09:00", "status": "in_progress"},
        {"at": "2026-12-24T22:00:00+09:00", "reply": True},
        {"at": "2026-12-24T22:10:00+09:00", "status": "resolved"},
    ],
}


def sla(request, tmp_path, stdin=False):
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"))
    text = request if isinstance(request, str) else json.dumps(request, ensure_ascii=False)
    if stdin:
        return subprocess.run([sys.executable, "main.py", "sla", "-"], input=text, cwd=ROOT, capture_output=True,
                              text=True, env=env)
    path = tmp_path / "request.json"
    path.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "main.py", "sla", str(path)], cwd=ROOT, capture_output=True, text=True,
                          env=env)


def test_T2_the_documented_example_answers_as_documented(tmp_path):
    out = sla(DOC_EXAMPLE, tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "status": "resolved",
        "clocks": [{"clock": "resolution", "target_minutes": 240, "due": "2026-12-24T22:30:00+09:00",
                    "paused_minutes": 60, "state": "met", "stopped_at": "2026-12-24T22:10:00+09:00"}],
    }


def test_T2_consulting_from_standard_input_before_chuseok(tmp_path):
    request = {"type": "consulting", "opened_at": "2026-09-23T15:00:00+09:00", "now": "2026-09-25T12:00:00+09:00"}
    out = sla(request, tmp_path, stdin=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"status": "open", "clocks": [
        {"clock": "response", "due": "2026-09-28T18:00:00+09:00", "paused_minutes": 0, "state": "running"}]}


def test_T2_site_visit_and_a_due_time_given_in_utc(tmp_path):
    request = {"type": "site_visit", "visit_at": "2026-11-23T05:00:00Z", "opened_at": "2026-11-20T10:00:00+09:00",
               "now": "2026-11-23T14:30:00+09:00", "events": [{"at": "2026-11-20T10:05:00+09:00", "reply": True}]}
    out = sla(request, tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["clocks"] == [
        {"clock": "confirmation", "due": "2026-11-23T14:00:00+09:00", "paused_minutes": 0, "state": "breached"}]


def test_T1_cancel_after_waiting_stops_the_clock(tmp_path):
    request = {"type": "remote_hands", "opened_at": "2026-11-20T10:00:00+09:00", "now": "2026-11-20T11:00:00+09:00",
               "events": [{"at": "2026-11-20T10:20:00+09:00", "status": "cancelled"}]}
    out = sla(request, tmp_path)
    assert json.loads(out.stdout) == {"status": "cancelled", "clocks": [
        {"clock": "response", "target_minutes": 15, "due": "2026-11-20T10:15:00+09:00", "paused_minutes": 0,
         "state": "breached", "stopped_at": "2026-11-20T10:20:00+09:00"}]}


def refused(request, tmp_path):
    out = sla(request, tmp_path)
    assert out.returncode == 2 and out.stdout == "", out.stdout
    return out.stderr.splitlines()


def test_refusals_malformed_json(tmp_path):
    (line,) = refused('{"type": "incident",', tmp_path)
    assert line.startswith("request: is not valid JSON")


def test_refusals_one_line_per_problem_naming_field_and_rule(tmp_path):
    lines = refused({"type": "ticket", "opened_at": "2026-11-20T10:00:00"}, tmp_path)
    assert lines[0].startswith("type: is unknown (\"ticket\"); types are remote_hands, incident, shipping")
    assert lines[1].startswith("opened_at: has no offset") and lines[1].endswith("(T2)")
    assert len(lines) == 2


def test_refusals_missing_severity_and_visit_time(tmp_path):
    assert refused({"type": "incident", "opened_at": "2026-11-20T10:00:00+09:00"}, tmp_path) == [
        "severity: is required for an incident: 1, 2, 3 or 4 (T2)"]
    (line,) = refused({"type": "site_visit", "opened_at": "2026-11-20T10:00:00+09:00"}, tmp_path)
    assert line.startswith("visit_at: is required")
    (line,) = refused({"type": "incident", "severity": 5, "opened_at": "2026-11-20T10:00:00+09:00"}, tmp_path)
    assert line.startswith("severity: must be 1, 2, 3 or 4")


def test_refusals_events_unknown_status_out_of_bounds_and_order(tmp_path):
    base = {"type": "remote_hands", "opened_at": "2026-11-20T10:00:00+09:00", "now": "2026-11-20T12:00:00+09:00"}
    assert refused({**base, "events": [{"at": "2026-11-20T10:01:00+09:00", "status": "done"}]}, tmp_path) == [
        'events[0].status: unknown status "done"; statuses are open, in_progress, waiting, resolved, closed, '
        "cancelled (T1)"]
    lines = refused({**base, "events": [{"at": "2026-11-20T09:59:00+09:00", "reply": True},
                                        {"at": "2026-11-20T11:00:00+09:00", "status": "in_progress"},
                                        {"at": "2026-11-20T10:30:00+09:00", "reply": True},
                                        {"at": "2026-11-20T12:00:01+09:00", "reply": True}]}, tmp_path)
    assert lines == ["events[0].at: is before the opening (opened_at) (T2)",
                     "events[2].at: is out of order: events come in time order (T2)",
                     "events[3].at: is after now (T2)"]


def test_T1_refusal_names_the_allowed_moves(tmp_path):
    base = {"type": "incident", "severity": 1, "opened_at": "2026-11-20T10:00:00+09:00",
            "now": "2026-11-30T12:00:00+09:00"}
    assert refused({**base, "events": [{"at": "2026-11-20T10:01:00+09:00", "status": "closed"}]}, tmp_path) == [
        "events[0].status: open cannot move to closed; allowed from open: in_progress, waiting, resolved, "
        "cancelled (T1)"]
    late_reopen = [{"at": "2026-11-20T11:00:00+09:00", "status": "resolved"},
                   {"at": "2026-11-28T11:00:00+09:00", "status": "in_progress"}]
    assert refused({**base, "events": late_reopen}, tmp_path) == [
        "events[1].status: a request can be reopened only within 7 days of resolving; allowed from resolved now: "
        "closed (T1)"]
