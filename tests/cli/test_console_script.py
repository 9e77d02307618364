"""The installed console script in a real subprocess: output, exit statuses, one-line errors."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import CONSOLE_SCRIPT, invoke, ok, run_script


def test_the_console_script_is_installed() -> None:
    assert CONSOLE_SCRIPT.is_file()


def test_plan_json_through_the_console_script(populated: Path) -> None:
    done = run_script("plan", "--now", "2026-12-15T10:00", "--json", home=populated.parent)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == ok("plan", "--now", "2026-12-15T10:00", "--json").out
    steps = {
        s["key"]: s
        for s in invoke("plan", "--now", "2026-12-15T10:00", "--json").json()["applications"][0]["steps"]
    }
    assert (steps["F1"]["state"], steps["F1"]["codes"]) == ("DUE", ["N-MISSED-DATE"])


def test_today_and_check_exit_statuses_through_the_console_script(populated: Path) -> None:
    today = run_script("today", "--now", "2026-12-15T10:00", home=populated.parent)
    assert (today.returncode, today.stderr) == (0, "")
    assert today.stdout == ok("today", "--now", "2026-12-15T10:00").out
    blocked = run_script(
        "check", "send F1 to Priya by email", "--now", "2026-12-01T10:00", home=populated.parent
    )
    assert (blocked.returncode, blocked.stderr) == (3, "")
    assert blocked.stdout.startswith("BLOCKED: F1 to Priya Shah")
    allowed = run_script(
        "check", "send F1 to Priya by email", "--now", "2026-12-15T10:00", home=populated.parent
    )
    assert allowed.returncode == 0 and allowed.stdout.startswith("ALLOWED")


def test_bad_input_through_the_console_script_is_one_line(populated: Path) -> None:
    done = run_script(
        "interview", "add", "--company", "Acme", "--start", "2026-02-30T10:00", home=populated.parent
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines() == [
        "followup: --start: expected a day the calendar has: 30 February 2026 does not exist "
        "(got '2026-02-30T10:00')"
    ]


def test_followup_alone_without_a_terminal_prints_the_help(tmp_path: Path) -> None:
    done = run_script(home=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Usage: followup [OPTIONS] [COMMAND] [ARGS]...")
    assert "Commands:" in done.stdout and "  today " in done.stdout
    assert list(tmp_path.iterdir()) == []
