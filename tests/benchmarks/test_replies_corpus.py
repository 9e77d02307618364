"""The replies corpus (benchmarks/replies/) stays honest: every file is a real email the classifier can read,
its folder is one of the kinds `followup inbox classify` answers, each kind has its forty messages and its
held-apart part, and what a message must give (a date) is written where the benchmark reads it.

No classifier is measured here: the corpus says what is right; `benchmarks/replies.py` (issue 10) will
measure the classifier against it.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
from collections import Counter
from email.message import EmailMessage
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "replies"
KINDS = (
    "invitation", "offer", "rejection", "info_request", "timeframe", "schedule_reply", "call_back",
    "feedback", "generic", "auto_reply", "bounce", "other",
)  # fmt: skip
SPLITS = ("dev", "holdout")
FILES = sorted(ROOT.glob("*/*/*.eml"))


@cache
def parsed(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_every_file_sits_in_a_split_and_a_kind() -> None:
    assert FILES
    for path in FILES:
        kind, split = path.parent.name, path.parent.parent.name
        assert (split in SPLITS, kind in KINDS) == (True, True), path


def test_each_kind_has_forty_messages_and_a_held_apart_part() -> None:
    counts = Counter((path.parent.parent.name, path.parent.name) for path in FILES)
    for kind in KINDS:
        total = counts["dev", kind] + counts["holdout", kind]
        assert total >= 40, (kind, total)
        assert counts["holdout", kind] >= total // 5 - 1, (kind, counts["holdout", kind], total)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}")
def test_every_message_is_an_email_a_mail_client_would_save(path: Path) -> None:
    message = parsed(path)
    for header in ("From", "To", "Date", "Subject", "Message-ID"):
        assert message[header], (path.name, header)
    assert message["Date"].datetime.tzinfo is not None  # RFC 5322 dates carry their zone
    body = message.get_body(preferencelist=("plain", "html"))
    if path.parent.name == "bounce":
        # (Exchange writes its non-delivery reports in HTML)
        assert message.get_content_type() in ("multipart/report", "text/plain", "text/html"), path.name
    else:
        assert body is not None and body.get_content().strip(), path.name


def test_no_two_messages_share_a_message_id() -> None:
    ids = Counter(str(parsed(path)["Message-ID"]).strip() for path in FILES)
    assert [i for i, n in ids.items() if n > 1] == []


def test_no_file_name_is_in_both_splits() -> None:
    names = Counter(f"{path.parent.name}/{path.name}" for path in FILES)
    assert [name for name, n in names.items() if n > 1] == []


def test_what_a_message_must_give_is_a_date_after_it_was_sent() -> None:
    sidecars = sorted(ROOT.glob("*/*/*.json"))
    for side in sidecars:
        message_file = side.with_suffix(".eml")
        assert message_file.exists(), side
        expect = json.loads(side.read_text(encoding="utf-8"))
        assert set(expect) <= {"date", "note"}, side
        if "date" in expect:
            day = dt.date.fromisoformat(expect["date"])
            sent = parsed(message_file)["Date"].datetime.date()
            assert day >= sent, side  # a decision date, a return date or a meeting day lies ahead
    dated = {side.with_suffix(".eml") for side in sidecars if "date" in json.loads(side.read_text())}
    timeframes = [path for path in FILES if path.parent.name == "timeframe"]
    assert timeframes and all(path in dated for path in timeframes)  # E-06: the date is the point
