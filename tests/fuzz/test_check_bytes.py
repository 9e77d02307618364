"""Fuzzing `followup check FILE`: whatever bytes a user hands it, the answer is a check or one refusal.

Inputs: arbitrary bytes; the 30 real emails of ../shared/fixtures/eml and our own 15 of tests/mail/eml,
mutated (bytes flipped, cut short, lines repeated, MIME boundaries broken, base64 and quoted-printable
spoiled, charsets no codec knows, multiparts nested deep, headers huge); and plain texts mutated and
encoded in UTF-8, UTF-16, Latin-1 or not at all. At the function level (``read_source`` then
``check_source``, with no records and with an application) any exception outside followup's own error
tree fails. Through the CLI (fewer examples) the exit status is 0, 2 or 3 and no traceback is printed.
Failures found are kept below as plain tests.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from followup.core.checks.anatomy import parse_message
from followup.core.errors import FollowupError
from followup.core.model import Records
from followup.core.phrases import questions
from followup.services.text_check import check_source, read_source
from tests.cli.conftest import USER, invoke
from tests.core.checks.world import ALEX, summit
from tests.fuzz.budget import EXAMPLES, FUZZ

ROOT = Path(__file__).parents[2]
SEEDS = [p.read_bytes() for p in sorted((ROOT.parent / "shared" / "fixtures" / "eml").glob("*.eml"))]
SEEDS += [p.read_bytes() for p in sorted((ROOT / "tests" / "mail" / "eml").glob("*.eml"))]
TEXTS = [
    "Subject: Thanks!\n\nHi John,\n\nthx for the chat today. What is the salary range?\n\nCheers\nAlex\n",
    "Dear Mr. Whitaker,\n\nThank you for meeting with me today about the Paralegal position at Summit Legal."
    "\n\nI look forward to hearing from you.\n\nKind regards,\nAlex Morgan\n+1 303 555 0147\n"
    "88 Elm St, Denver, CO 80203\nalex.morgan@example.com\n",
    "Subject: Re: Next steps\n\n> quoted\nOn Tue, Jan 20, 2026 at 4:12 PM Erin <e@x.example> wrote:\n"
    "- a\n- b\n",
]
NOW = dt.datetime(2026, 1, 21, 20, 0, tzinfo=dt.UTC)
WITH_APPLICATION = Records(profile=ALEX, applications=(summit(),))
ACTIONS = ["", "TY", "TA", "TY-FWD", "LI", "FL", "F1", "F2", "SCHED", "CALL", "VOICEMAIL", "RSP", "RJ", "FB"]
ACTIONS += ["EXC-OFFER", "EXC-NEWS"]
CHARSETS = [
    "x-unknown", "base64", "rot13", "idna", "undefined", "utf-16", "utf-32", "utf-7", "unicode_escape",
    "punycode", "zlib", "hex", "uu", "bz2", "charmap", "mbcs", "cp65001", "", '"', "utf-8''%41",
    "iso-2022-jp",
]  # fmt: skip
Mutation = Callable[[st.DrawFn, bytes], bytes]


# --- mutations ----------------------------------------------------------------------------------------
def flip(draw: st.DrawFn, data: bytes) -> bytes:
    if not data:
        return data
    at = draw(st.integers(0, len(data) - 1))
    return data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]


def cut(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: draw(st.integers(0, len(data)))]


def repeat_lines(draw: st.DrawFn, data: bytes) -> bytes:
    lines = data.split(b"\n")
    at = draw(st.integers(0, len(lines) - 1))
    lines[at : at + 1] = [lines[at]] * draw(st.integers(2, 200))
    return b"\n".join(lines)


def break_boundaries(draw: st.DrawFn, data: bytes) -> bytes:
    found = re.findall(rb'boundary="?([^";\r\n]+)"?', data, re.IGNORECASE)
    if not found:
        return data
    boundary = draw(st.sampled_from(found))
    how = draw(st.sampled_from(["drop-end", "rename", "delete-param", "empty"]))
    if how == "drop-end":
        return data.replace(b"--" + boundary + b"--", b"")
    if how == "rename":
        return data.replace(b"--" + boundary, b"--" + boundary[::-1], draw(st.integers(1, 3)))
    if how == "delete-param":
        return re.sub(rb"boundary=\"?" + re.escape(boundary) + rb"\"?", b"", data, count=1)
    return data.replace(boundary, b"")


def spoil_encoding(draw: st.DrawFn, data: bytes) -> bytes:
    cte = draw(
        st.sampled_from([b"base64", b"quoted-printable", b"x-uuencode", b"8bit", b"binary", b"x-nonsense"])
    )
    data = re.sub(rb"(?im)^content-transfer-encoding:.*$", b"Content-Transfer-Encoding: " + cte, data)
    if b"\n\n" not in data:
        return data
    head, _, body = data.partition(b"\n\n")
    junk = draw(
        st.sampled_from([b"=Z=\n====\n=", b"!!@@##\x00\xff", b"QUJD\n===\nQQ", b"begin 644 x\n`\nend", b""])
    )
    return head + b"\n\n" + junk + body + junk


def unknown_charset(draw: st.DrawFn, data: bytes) -> bytes:
    label = draw(st.sampled_from(CHARSETS) | st.text(max_size=12)).encode("utf-8", "surrogateescape")
    data = re.sub(rb'charset="?[^";\s]*"?', lambda _: b'charset="' + label + b'"', data)
    return re.sub(rb"=\?[^?]*\?", lambda _: b"=?" + label.replace(b"?", b"") + b"?", data, count=2)


def nest(draw: st.DrawFn, data: bytes) -> bytes:
    depth = draw(st.integers(1, 3000))
    head = b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="n0"\n\n'
    parts = b"".join(
        b'--n%d\nContent-Type: multipart/alternative; boundary="n%d"\n\n' % (n, n + 1) for n in range(depth)
    )
    return head + parts + b"--n%d\n" % depth + data


def huge_header(draw: st.DrawFn, data: bytes) -> bytes:
    size = draw(st.integers(1_000, 300_000))
    header = draw(
        st.sampled_from(
            [
                b"X-Long: " + b"x" * size,
                b"Subject: " + b"=?utf-8?q?a?= " * (size // 15),
                b"Subject: a\n" + b" folded\n" * (size // 8),
                b"To: " + b"a@b.example, " * (size // 13),
                b"X-H: 1\n" * (size // 7),
            ]
        )
    )
    return header + b"\n" + data


MUTATIONS: list[Mutation] = [flip, cut, repeat_lines, break_boundaries, spoil_encoding, unknown_charset]
MUTATIONS += [nest, huge_header]


@st.composite
def mutated_mail(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 3))):
        data = draw(st.sampled_from(MUTATIONS))(draw, data)
    return data


@st.composite
def mutated_text(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=40)) + text[at:]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    return draw(st.sampled_from([flip, cut, repeat_lines, lambda _d, b: b]))(draw, data)


ANY_INPUT = st.one_of(st.binary(max_size=3000), mutated_mail(), mutated_text())
NAMES = st.sampled_from(["note.txt", "note.eml", "standard input", "NOTE.EML", "note"])


def _check(data: bytes, name: str, action: str, records: Records) -> None:
    try:
        source = read_source(data, name)
        app = records.applications[0] if records.applications else None
        person = "john" if app and action in ("TY", "LI", "FL") else ""
        check_source(records, app, action, person, source, NOW)
        event(f"checked as {source.kind}")
    except FollowupError as refused:
        event(f"refused: {type(refused).__name__}")  # a refusal in one sentence is an answer


# --- the function level -------------------------------------------------------------------------------
@FUZZ
@given(data=ANY_INPUT, name=NAMES, action=st.sampled_from(ACTIONS))
def test_any_bytes_are_checked_or_refused_without_records(data: bytes, name: str, action: str) -> None:
    _check(data, name, action, Records())


@FUZZ
@given(data=ANY_INPUT, name=NAMES, action=st.sampled_from(ACTIONS))
def test_any_bytes_are_checked_or_refused_against_an_application(data: bytes, name: str, action: str) -> None:
    _check(data, name, action, WITH_APPLICATION)


# --- through the CLI ----------------------------------------------------------------------------------
@settings(FUZZ, max_examples=max(10, EXAMPLES // 5))
@given(data=ANY_INPUT, suffix=st.sampled_from([".txt", ".eml"]), action=st.sampled_from(ACTIONS))
def test_the_program_answers_0_2_or_3_and_never_a_traceback(data: bytes, suffix: str, action: str) -> None:
    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as patch:
        patch.delenv("FOLLOWUP_DB", raising=False)
        patch.setenv("FOLLOWUP_HOME", home)
        patch.setenv("FOLLOWUP_USER", USER)
        path = Path(home) / f"note{suffix}"
        path.write_bytes(data)
        result = invoke("check", str(path), *(["--action", action] if action else []))
        assert result.code in (0, 2, 3), result
        assert "Traceback" not in result.out + result.err
        if result.code == 2:
            assert result.out == "" and len(result.err_lines) == 1, result
        assert os.listdir(home) == [path.name]  # no database appears


# --- found while fuzzing: inputs that took time quadratic in their length ----------------------------------
def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def test_a_long_run_of_letters_is_not_searched_for_an_email_address_from_every_position() -> None:
    """anatomy.EMAIL tried every start inside a run of word characters: 20,000 letters took 4 s."""
    assert _seconds(lambda: parse_message("a" * 200_000, ("Alex Morgan", "Alex", "Morgan"))) < 5


def test_a_long_text_without_a_question_mark_is_not_rescanned_for_questions() -> None:
    """phrases.questions scanned to the end of the text from every position: 20,000 characters took 4 s."""
    assert _seconds(lambda: questions("1 2 3 " * 40_000)) < 5
    assert [q.strip() for q in questions("Hi. How are you? Fine. And you?")] == ["How are you?", "And you?"]


def test_a_call_request_naming_a_thousand_times_is_checked_in_seconds() -> None:
    """C-25 matched every time named against the three slots by searching the whole sentence again."""
    text = "Dear Mr. Whitaker,\n\n" + "10:00 am - 11:00 am, " * 900
    source = read_source(text.encode(), "x.txt")
    assert _seconds(lambda: check_source(WITH_APPLICATION, summit(), "SCHED", "", source, NOW)) < 2
