"""Files known by their content (C-17): `interview add --resume`, `check --attach`, `log sent --attach`.

followup keeps a file's name, SHA-256, size and modification time, never the file. The workspace: an
interview on Mon 2 Mar 2026 10:00–11:00 (New York) with Priya Shah (HR, main and designated contact), no
date stated, so F1 is DUE Mon 9 – Mon 16 Mar.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.cli.conftest import assert_one_line_error, dump, invoke, ok

NY = ZoneInfo("America/New_York")
BEFORE = dt.datetime(2026, 2, 10, 9, 0, tzinfo=NY)  # the résumé as submitted with the application
AFTER = dt.datetime(2026, 3, 8, 20, 0, tzinfo=NY)  # revised after the interview


def a_file(path: Path, text: str, modified: dt.datetime) -> Path:
    path.write_text(text)
    os.utime(path, (modified.timestamp(), modified.timestamp()))
    return path


def exported() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("export").out)
    return data


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    return a_file(tmp_path / "resume.pdf", "Alex Morgan, marketing analyst\n", BEFORE)


@pytest.fixture
def applied(tmp_path: Path, resume: Path) -> Path:
    ok(
        "init",
        "--name",
        "Alex Morgan",
        "--email",
        "alex@example.com",
        "--tz",
        "America/New_York",
        "--country",
        "US",
    )
    ok(
        "interview", "add", "--company", "Acme Analytics", "--start", "2026-03-02T10:00",
        "--end", "2026-03-02T11:00", "--format", "in_person", "--resume", str(resume),
    )  # fmt: skip
    ok(
        "person",
        "add",
        "Priya Shah",
        "--hr",
        "--main-contact",
        "--designated",
        "--email",
        "priya@acme.example",
    )
    return tmp_path / "followup.db"


def test_c17_interview_add_records_the_submitted_resume_by_content(applied: Path, resume: Path) -> None:
    (app,) = exported()["applications"]
    assert app["resume"]["name"] == "resume.pdf"
    assert app["resume"]["sha256"] == hashlib.sha256(resume.read_bytes()).hexdigest()
    assert app["resume"]["size"] == len(resume.read_bytes())
    assert app["resume"]["modified"] == "2026-02-10T14:00:00Z"
    assert app["resume"]["recorded_at"].endswith("Z")


def test_c17_interview_add_says_the_resume_was_recorded(tmp_path: Path, resume: Path) -> None:
    ok(
        "init",
        "--name",
        "Alex Morgan",
        "--email",
        "alex@example.com",
        "--tz",
        "America/New_York",
        "--country",
        "US",
    )
    out = ok(
        "interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--resume", str(resume)
    ).out
    digest = hashlib.sha256(resume.read_bytes()).hexdigest()
    assert (
        out.splitlines()[-1]
        == f"Résumé recorded: resume.pdf ({resume.stat().st_size} bytes, SHA-256 {digest[:12]}…)."
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [("missing.pdf", "a file that exists"), (".", "a file, not a folder")],
)
def test_c17_a_missing_or_unusable_resume_is_one_line_and_writes_nothing(
    tmp_path: Path, given: str, expected: str
) -> None:
    ok(
        "init",
        "--name",
        "Alex Morgan",
        "--email",
        "alex@example.com",
        "--tz",
        "America/New_York",
        "--country",
        "US",
    )
    before = dump(tmp_path / "followup.db")
    path = str(tmp_path / given) if given != "." else str(tmp_path)
    result = invoke("interview", "add", "--company", "Acme", "--start", "2026-03-02T10:00", "--resume", path)
    assert_one_line_error(result, f"--resume: expected {expected}", repr(path))
    assert dump(tmp_path / "followup.db") == before


def test_c17_check_with_the_submitted_resume_attached_to_f1_notes_it(applied: Path, resume: Path) -> None:
    result = invoke(
        "check", "send F1 to Priya by email", "--attach", str(resume), "--now", "2026-03-10T10:00", "--json"
    )
    data = result.json()
    assert (result.code, data["verdict"], data["action"], data["state"]) == (0, "ALLOWED", "F1", "DUE")
    assert [(f["code"], f["severity"], f["rule"]) for f in data["findings"]] == [("N-RESUME", "NOTE", "C-17")]


def test_c17_check_with_a_revised_resume_raises_nothing(applied: Path, tmp_path: Path) -> None:
    revised = a_file(tmp_path / "resume-v2.pdf", "Alex Morgan, attribution dashboards\n", AFTER)
    result = invoke(
        "check", "send F1 to Priya by email", "--attach", str(revised), "--now", "2026-03-10T10:00"
    )
    assert (result.code, result.out) == (
        0,
        "ALLOWED: F1 to Priya Shah by email at Tue 10 Mar 10:00 (plan step F1: DUE)\n",
    )


def test_c17_log_sent_keeps_the_attachments_on_the_event(applied: Path, resume: Path, tmp_path: Path) -> None:
    revised = a_file(tmp_path / "resume-v2.pdf", "Alex Morgan, attribution dashboards\n", AFTER)
    logged = ok(
        "log", "sent", "F1", "--to", "Priya", "--attach", str(resume), "--attach", str(revised),
        "--at", "2026-03-10T10:00", "--json",
    ).json()  # fmt: skip
    assert [f["code"] for f in logged["findings"]] == ["N-RESUME"]
    (event,) = [e for e in exported()["applications"][0]["events"] if e["kind"] == "F1"]
    assert [(d["name"], d["sha256"], d["size"]) for d in event["attachments"]] == [
        ("resume.pdf", hashlib.sha256(resume.read_bytes()).hexdigest(), resume.stat().st_size),
        ("resume-v2.pdf", hashlib.sha256(revised.read_bytes()).hexdigest(), revised.stat().st_size),
    ]
    assert event["attachments"][1]["modified"] == "2026-03-09T00:00:00Z"


def test_c17_log_sent_refuses_a_missing_attachment_and_writes_nothing(applied: Path, tmp_path: Path) -> None:
    before = dump(applied)
    missing = str(tmp_path / "nowhere.pdf")
    result = invoke("log", "sent", "F1", "--to", "Priya", "--attach", missing, "--at", "2026-03-10T10:00")
    assert_one_line_error(result, "--attach: expected a file that exists", repr(missing))
    assert dump(applied) == before
    checked = invoke("check", "send F1 to Priya", "--attach", missing, "--now", "2026-03-10T10:00")
    assert_one_line_error(checked, "--attach: expected a file that exists")


def test_c17_interview_edit_replaces_the_recorded_resume(applied: Path, tmp_path: Path) -> None:
    revised = a_file(tmp_path / "resume-v2.pdf", "Alex Morgan, marketing analyst (2026)\n", AFTER)
    out = ok("interview", "edit", "--resume", str(revised)).out
    digest = hashlib.sha256(revised.read_bytes()).hexdigest()
    assert out.strip().endswith(f"résumé → resume-v2.pdf (SHA-256 {digest[:12]}…).")
    (app,) = exported()["applications"]
    assert (app["resume"]["name"], app["resume"]["sha256"]) == ("resume-v2.pdf", digest)
    assert app["resume"]["modified"] == "2026-03-09T00:00:00Z"  # 20:00 EDT, the first day of DST


def test_c17_interview_edit_refuses_a_missing_resume_and_writes_nothing(applied: Path) -> None:
    before = dump(applied)
    result = invoke("interview", "edit", "--resume", "nowhere.pdf")
    assert_one_line_error(result, "--resume", "a file that exists")
    assert dump(applied) == before
