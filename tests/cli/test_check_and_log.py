"""`followup check` (the guard, exit 3 when blocked) and `followup log sent` through the guard.

D = Tue 8 Dec 2026, so a status email before Wed 9 Dec is BLOCKED with W-EARLY (A-01, §1.12 K1); a call
to the hiring manager while HR exists is BLOCKED with W-HRONLY (H-12).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.cli import entry
from tests.cli.conftest import APP, SCENARIOS, assert_one_line_error, dump, invoke, ok, state

F1_TO_PRIYA = "send F1 to Priya by email"
VERDICT_KEYS = ["application", "action", "to", "cc", "channel", "at", "step", "state", "verdict", "findings"]


def codes(data: dict[str, object]) -> dict[str, str]:
    return {f["code"]: f["severity"] for f in data["findings"]}  # type: ignore[attr-defined]


def test_f1_before_the_date_is_blocked_with_exit_3(populated: Path) -> None:
    result = invoke("check", F1_TO_PRIYA, "--now", "2026-12-01T10:00")
    assert result.code == 3 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0] == "BLOCKED: F1 to Priya Shah by email at Tue 01 Dec 10:00 (plan step F1: NOT_YET)"
    assert any(line.split()[:2] == ["BLOCK", "W-EARLY"] for line in lines)
    assert any(line.split()[:2] == ["NOTE", "N-PATIENCE"] for line in lines)
    assert lines[-1] == '  To log it anyway: followup log sent ... --force --reason "why"'


def test_check_json_shape(populated: Path) -> None:
    result = invoke("check", F1_TO_PRIYA, "--now", "2026-12-01T10:00", "--json")
    assert result.code == 3
    data = json.loads(result.out)
    assert list(data) == VERDICT_KEYS
    assert data["application"] == APP
    assert (data["action"], data["to"], data["cc"], data["channel"]) == ("F1", ["Priya Shah"], [], "email")
    assert (data["at"], data["step"], data["state"]) == ("2026-12-01T10:00:00-05:00", "F1", "NOT_YET")
    assert data["verdict"] == "BLOCKED"
    assert codes(data) == {"W-EARLY": "BLOCK", "N-PATIENCE": "NOTE"}
    early = next(f for f in data["findings"] if f["code"] == "W-EARLY")
    assert list(early) == ["code", "severity", "rule", "message"] and early["rule"] == "A-01"
    assert "Wed 09 Dec" in early["message"]


@pytest.mark.parametrize(
    ("now", "code", "verdict", "state_"),
    [
        ("2026-12-08T23:59", 3, "BLOCKED", "NOT_YET"),  # still the stated day
        ("2026-12-09T00:00", 0, "ALLOWED", "ALLOWED"),  # K1: from bd(D,1)
        ("2026-12-14T16:00", 0, "ALLOWED", "ALLOWED"),
        ("2026-12-15T10:00", 0, "ALLOWED", "DUE"),
    ],
)
def test_f1_around_the_decision_date(populated: Path, now: str, code: int, verdict: str, state_: str) -> None:
    result = invoke("check", F1_TO_PRIYA, "--now", now, "--json")
    data = json.loads(result.out)
    assert (result.code, data["verdict"], data["state"]) == (code, verdict, state_)
    assert ("W-EARLY" in codes(data)) == (code == 3)
    assert "BLOCK" not in codes(data).values() or code == 3


def test_f1_after_the_date_in_words(populated: Path) -> None:
    result = invoke("check", F1_TO_PRIYA, "--now", "2026-12-15T10:00")
    assert result.code == 0
    assert result.out == "ALLOWED: F1 to Priya Shah by email at Tue 15 Dec 10:00 (plan step F1: DUE)\n"


def test_calling_the_hiring_manager_is_hr_only(populated: Path) -> None:
    result = invoke("check", "call Dana at 13:00", "--now", "2026-12-15T10:00", "--json")
    assert result.code == 3
    data = json.loads(result.out)
    assert (data["action"], data["to"], data["at"]) == ("CALL", ["Dana Kim"], "2026-12-15T13:00:00-05:00")
    assert data["verdict"] == "BLOCKED"
    assert codes(data)["W-HRONLY"] == "BLOCK"
    words = invoke("check", "call Dana at 13:00", "--now", "2026-12-15T10:00")
    assert words.code == 3 and "W-HRONLY" in words.out


def test_structured_flags_say_the_same_as_the_sentence(populated: Path) -> None:
    sentence = invoke("check", F1_TO_PRIYA, "--now", "2026-12-01T10:00", "--json")
    flags = invoke(
        "check",
        "--action",
        "F1",
        "--to",
        "priya-shah",
        "--channel",
        "email",
        "--now",
        "2026-12-01T10:00",
        "--json",
    )
    assert (flags.code, flags.out) == (sentence.code, sentence.out)


def test_check_writes_nothing(populated: Path) -> None:
    before = state(populated)
    invoke("check", F1_TO_PRIYA, "--now", "2026-12-01T10:00")
    invoke("check", "call Dana at 13:00", "--now", "2026-12-15T10:00")
    assert state(populated) == before


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["check", "hello there"], ["check: expected a sentence naming an action", "'hello there'"]),
        (["check", "send F1 to Nobody by email"], ["no person 'Nobody'", "priya-shah"]),
        (["check", "call Priya at 13:61"], ["time: expected a time such as 13:00"]),
    ],
)
def test_check_refuses_what_it_cannot_read(populated: Path, args: list[str], fragments: list[str]) -> None:
    assert_one_line_error(invoke(*args, "--now", "2026-12-15T10:00"), *fragments)


def test_check_refuses_an_impossible_date_in_the_sentence(populated: Path) -> None:
    result = invoke("check", "send F1 to Priya on 2026-02-30", "--now", "2026-12-15T10:00")
    assert_one_line_error(result, "2026-02-30")


def test_entry_main_returns_the_exit_status_of_check(
    populated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = entry.main(["check", F1_TO_PRIYA, "--now", "2026-12-01T10:00"])
    except SystemExit as leaked:
        pytest.fail(f"entry.main raised SystemExit({leaked.code}) instead of returning it")
    assert code == 3
    assert capsys.readouterr().out.startswith("BLOCKED")


# --- log sent through the guard ---------------------------------------------------------------------------


def test_a_blocked_action_is_refused_and_nothing_is_written(populated: Path) -> None:
    before = state(populated)
    result = invoke("log", "sent", "F1", "--to", "Priya", "--at", "2026-12-01T10:00")
    assert_one_line_error(result, "not logged", "W-EARLY", "--force", "--reason")
    assert state(populated) == before
    assert ok("export").out == before[0]


def test_force_without_a_reason_is_refused_too(populated: Path) -> None:
    before = state(populated)
    result = invoke("log", "sent", "F1", "--to", "Priya", "--at", "2026-12-01T10:00", "--force")
    assert_one_line_error(result, "--reason")
    result = invoke(
        "log", "sent", "F1", "--to", "Priya", "--at", "2026-12-01T10:00", "--force", "--reason", "  "
    )
    assert_one_line_error(result, "--reason")
    assert state(populated) == before


def test_force_with_a_reason_logs_the_override(populated: Path) -> None:
    result = ok(
        "log",
        "sent",
        "F1",
        "--to",
        "Priya",
        "--at",
        "2026-12-01T10:00",
        "--force",
        "--reason",
        "Priya asked me to write on Tuesday",
        "--json",
    )
    data = result.json()
    assert (data["application"], data["type"], data["kind"]) == (APP, "sent", "F1")
    assert data["at"] == "2026-12-01T10:00:00-05:00"
    assert data["overridden"] == ["W-EARLY"]
    exported = json.loads(ok("export").out)
    (event,) = [e for e in exported["applications"][0]["events"] if e["kind"] == "F1"]
    assert event["override_codes"] == ["W-EARLY"]
    assert event["override_reason"] == "Priya asked me to write on Tuesday"
    assert (event["at"], event["to"], event["channel"]) == ("2026-12-01T15:00:00Z", ["priya-shah"], "email")


def test_force_in_words_names_what_was_overridden(populated: Path) -> None:
    args = ("log", "sent", "F1", "--to", "Priya", "--at", "2026-12-01T10:00", "--force", "--reason", "asked")
    out = ok(*args).out.splitlines()
    assert out[0] == "Logged F1 for harbor-analytics at Tue 01 Dec 10:00 (e4)."
    assert out[1] == "Overrode W-EARLY: asked"


def test_an_allowed_action_needs_no_force(populated: Path) -> None:
    before = dump(populated)
    data = ok("log", "sent", "F1", "--to", "Priya", "--at", "2026-12-15T10:00", "--json").json()
    assert data["overridden"] == [] and data["event"] == "e4"
    assert dump(populated) != before


def test_the_refusal_is_one_clean_sentence(populated: Path) -> None:
    result = invoke("log", "sent", "F1", "--to", "Priya", "--at", "2026-12-01T10:00")
    assert ".." not in result.err


# --- returning the employer's call (K5, H-14): one verdict however it is said --------------------------
S18 = "coastal"  # Eric Shaw (HR) left a voicemail inviting to a second round on Tue 7 Jul 2026 10:05
RETURNING = {
    "check call --returning-call": ("check", "call Eric", "--returning-call"),
    "check rsp by phone": ("check", "rsp to Eric by phone"),
}


@pytest.fixture
def voicemail() -> None:
    assert invoke("import", str(SCENARIOS / "S18.json")).code == 0


@pytest.mark.parametrize("said", sorted(RETURNING))
@pytest.mark.parametrize(
    ("now", "code", "next_start"),
    [
        ("2026-07-07T12:30", 0, ""),  # lunchtime: no lunch block for a call-back
        ("2026-07-07T16:59", 0, ""),
        ("2026-07-07T17:00", 3, "Wed 08 Jul 09:00"),
        ("2026-07-11T10:00", 3, "Mon 13 Jul 09:00"),  # a Saturday
    ],
)
def test_k5_returning_the_call_is_allowed_in_their_working_hours(
    voicemail: None, said: str, now: str, code: int, next_start: str
) -> None:
    result = invoke(*RETURNING[said], "--now", now, "--json")
    data = json.loads(result.out)
    assert (result.code, data["verdict"]) == (code, "BLOCKED" if code else "ALLOWED")
    assert (data["action"], data["to"], data["channel"], data["step"]) == (
        "RSP",
        ["Eric Shaw"],
        "phone",
        "RSP:e2",
    )
    if code:
        assert codes(data) == {"W-CALLTIME": "BLOCK"} or codes(data) == {
            "W-CALLTIME": "BLOCK",
            "W-PROMPT": "WARN",
        }
        assert f"next permitted start {next_start} their time" in next(
            f["message"] for f in data["findings"] if f["code"] == "W-CALLTIME"
        )
    else:
        assert codes(data) == {}
    words = invoke(*RETURNING[said], "--now", now)
    assert words.code == code
    assert words.out.startswith(("BLOCKED" if code else "ALLOWED") + ": RSP to Eric Shaw by phone at ")


@pytest.mark.parametrize("returning", [("--returning",), ()])
def test_k5_logging_the_returned_call_answers_the_invitation(
    voicemail: None, returning: tuple[str, ...]
) -> None:
    data = ok("log", "call", "--to", "Eric", *returning, "--at", "2026-07-07T12:30", "--json").json()
    assert (data["kind"], data["overridden"], data["findings"]) == ("RSP", [], [])
    plan = ok("plan", "--now", "2026-07-07T13:00", "--json").json()
    steps = {s["key"]: s["state"] for s in plan["applications"][0]["steps"]}
    assert steps["RSP:e2"] == "DONE" and steps["F1"] == "CANCELLED"


def test_k5_a_call_back_after_hours_is_refused_like_the_check(voicemail: None) -> None:
    result = invoke("log", "call", "--to", "Eric", "--returning", "--at", "2026-07-07T17:30")
    assert_one_line_error(result, "not logged", "W-CALLTIME", "Wed 08 Jul 09:00")
    assert invoke("check", "call Eric", "--returning-call", "--now", "2026-07-07T17:30").code == 3


# --- asking "why" on the rejection call (E-03, H-17) ----------------------------------------------------
def test_e03_asking_why_on_the_rejection_call_keeps_the_written_thanks_due(populated: Path) -> None:
    ok("log", "rejection", "--from", "Dana", "--channel", "phone", "--at", "2026-12-10T10:00")
    logged = ok(
        "log", "sent", "FB", "--to", "Dana", "--channel", "phone", "--at", "2026-12-10T10:05", "--json"
    )
    assert codes(logged.json()) == {"W-PHONE-FEEDBACK": "WARN"} and logged.json()["overridden"] == []
    plan = ok("plan", "--now", "2026-12-10T11:00", "--json").json()
    steps = {s["key"]: s for s in plan["applications"][0]["steps"]}
    assert steps["RJ"]["state"] == "DUE" and steps["RJ"]["codes"] == []
    assert steps["FB"]["state"] == "ALLOWED" and steps["FB"]["codes"] == ["W-PHONE-FEEDBACK"]
    written = invoke("check", "feedback to Dana by email", "--now", "2026-12-10T15:00", "--json")
    assert written.code == 0
    assert (written.json()["verdict"], written.json()["state"], codes(written.json())) == (
        "ALLOWED",
        "ALLOWED",
        {},
    )


def test_h14_the_plan_says_when_a_call_may_start(voicemail: None) -> None:
    out = ok("plan", "--now", "2026-07-07T17:30").out
    lines = out.splitlines()
    rsp = next(i for i, line in enumerate(lines) if line.split()[1:2] == ["RSP"])
    assert lines[rsp + 2] == "            call from Wed 08 Jul 09:00 their time"
    data = ok("plan", "--now", "2026-07-07T17:30", "--json").json()
    step = next(s for s in data["applications"][0]["steps"] if s["key"] == "RSP:e2")
    assert (step["call_from"], step["call_tz"]) == ("2026-07-08T09:00:00-05:00", "America/Chicago")
    f1 = next(s for s in data["applications"][0]["steps"] if s["key"] == "F1")
    assert (f1["call_from"], f1["call_tz"]) == (None, None)  # an email, and cancelled by the invitation
    allowed = invoke("check", "call Eric", "--returning-call", "--now", "2026-07-08T09:00", "--json")
    assert (allowed.code, allowed.json()["verdict"]) == (0, "ALLOWED")
