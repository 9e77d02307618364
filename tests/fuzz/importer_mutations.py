"""Hostile variants of real calendar and card files, as hypothesis strategies, for the importers' fuzz tests.

Every variant starts from a real file (``../shared/fixtures`` and this project's ``tests/calendars/files``)
and applies one to four mutations: byte flips, truncation, duplicated and dropped lines, a hostile line
(extreme dates and durations, huge or broken values, control characters) put anywhere, every date made
extreme, the whole file re-encoded (UTF-16, UTF-32, latin-1, Windows-1252) or its line endings changed,
broken quoted-printable and base64, components nested in themselves hundreds of times, and one field
grown huge. The shrinker then finds the smallest file that still fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "fixtures"
OURS = ROOT / "tests" / "calendars" / "files"

Mutation = Callable[[bytes, st.DataObject], bytes]


@cache
def seeds(kind: str, *, ours: bool = True) -> list[bytes]:
    """The bytes of every fixture of a kind ("ics", "vcf", "eml"): the shared ones, and ours unless
    ``ours`` is false."""
    paths = sorted((SHARED / kind).glob(f"*.{kind}")) + (sorted(OURS.glob(f"*.{kind}")) if ours else [])
    return [path.read_bytes() for path in paths]


ICS_LINES = [
    b"DTSTART:00010101T000000Z",
    b"DTSTART;TZID=America/New_York:00010101T000000",
    b"DTSTART:99991231T235959Z",
    b"DTEND;TZID=Etc/GMT+12:99991231T235959",
    b"DTSTART;VALUE=DATE:99991231",
    b"DURATION:P400D",
    b"DURATION:-PT1H",
    b"DURATION:P99999999D",
    b"DURATION:PT99999999999S",
    b"SEQUENCE:99999999999999999999999999",
    b"SEQUENCE:-1",
    b"UID:" + b"u" * 5000,
    b"URL:https://zoom.us/j/1\\nPasscode: 1\r\n 23",
    b"LOCATION:Room 4\\n\x00\x1b[31m\\;\\,\\\\",
    b"X-GOOGLE-CONFERENCE:https://meet.google.com/a\\nb",
    b'ATTENDEE;CN="Dana\x07\\nKim":mailto:dana.kim@harbor-analytics.example',
    b"ATTENDEE;CUTYPE=INDIVIDUAL;CN=" + b"A" * 300 + b":mailto:a@harbor-analytics.example",
    b"ORGANIZER;CN=:mailto:",
    b"ORGANIZER:mailto:priya@harbor-analytics.example",
    b'DTSTART;TZID="Eastern Standard Time ":20260302T100000',
    b"DTSTART;TZID=Customized Time Zone:20260302T100000",
    b"DTSTART;TZID=Mars/Olympus:20260302T100000",
    b"DTSTART;TZID=" + b"/" * 300 + b":20260302T100000",
    b"DTSTART;TZID=\xff\xfe:20260302T100000",
    b"TZID:Customized Time Zone",
    b"TZOFFSETTO:+9999",
    b"TZOFFSETFROM:-2400",
    b"RRULE:FREQ=SECONDLY;COUNT=99999999",
    b"RRULE:FREQ=YEARLY;BYDAY=99SU",
    b"RDATE;VALUE=PERIOD:20260101T000000Z/PT99999999H",
    b"X-WR-TIMEZONE:Mars/Olympus",
    b"X-WR-TIMEZONE:Etc/GMT-14",
    b"METHOD:CANCEL",
    b"STATUS:CANCELLED",
    b"BEGIN:VTIMEZONE",
    b"END:VTIMEZONE",
    b"BEGIN:VEVENT",
    b"END:VEVENT",
    b"BEGIN:VALARM",
    b"END:VCALENDAR",
]
VCF_LINES = [
    b"N;CHARSET=hex;ENCODING=QUOTED-PRINTABLE:=41",
    b"N;CHARSET=utf-16;ENCODING=QUOTED-PRINTABLE:=FF=FE=41",
    b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=28=ZZ=",
    b"FN;ENCODING=QUOTED-PRINTABLE:Ana=",
    b"TITLE;ENCODING=b:!!!not base64!!!",
    b"N;ENCODING=BASE64:" + b"QUJD" * 3 + b"=",
    b"EMAIL;PREF=\xc2\xb2:ana@harbor-analytics.example",
    b"EMAIL;PREF=" + b"9" * 5000 + b":ana@harbor-analytics.example",
    b"EMAIL:\x00ana@harbor\x1b.example",
    b"EMAIL:" + b"a" * 400 + b"@harbor-analytics.example",
    b"N:" + b"x" * 5000 + b";y;;;",
    b"N:;;;;",
    b"FN:",
    b"FN:\xe2\x80\xaeevil\\nname",
    b"ORG:\xff\xfe;",
    b"TEL:" + b"9" * 3000,
    b"X-ABShowAs:COMPANY",
    b"VERSION:5.0",
    b"VERSION:2.1",
    b"AGENT:",
    b"BEGIN:VCARD",
    b"END:VCARD",
    b"item1.EMAIL;type=INTERNET;type=pref:priya@harbor-analytics.example",
    b"PHOTO;ENCODING=b;TYPE=JPEG:" + b"QUJD" * 20000,
    b"just some words",
    b"=0D=0A=",
]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _flip(data: bytes, draw: st.DataObject) -> bytes:
    if not data:
        return data
    at = draw.draw(st.integers(0, len(data) - 1), label="flip at")
    return data[:at] + bytes([draw.draw(st.integers(0, 255), label="byte")]) + data[at + 1 :]


def _truncate(data: bytes, draw: st.DataObject) -> bytes:
    return data[: draw.draw(st.integers(0, len(data)), label="cut at")]


def _duplicate_line(data: bytes, draw: st.DataObject) -> bytes:
    lines = _lines(data)
    at = draw.draw(st.integers(0, len(lines) - 1), label="line")
    return b"\n".join([*lines[: at + 1], *[lines[at]] * draw.draw(st.integers(1, 50)), *lines[at + 1 :]])


def _drop_line(data: bytes, draw: st.DataObject) -> bytes:
    lines = _lines(data)
    at = draw.draw(st.integers(0, len(lines) - 1), label="line")
    return b"\n".join(lines[:at] + lines[at + 1 :])


def _insert(pool: list[bytes]) -> Mutation:
    def insert(data: bytes, draw: st.DataObject) -> bytes:
        lines = _lines(data)
        at = draw.draw(st.integers(0, len(lines)), label="insert at")
        line = draw.draw(st.sampled_from(pool), label="line")
        return b"\n".join([*lines[:at], line + b"\r", *lines[at:]])

    return insert


def _extreme_dates(data: bytes, draw: st.DataObject) -> bytes:
    date = draw.draw(st.sampled_from([b"00010101", b"99991231", b"19000229", b"20261331", b"00000000"]))
    return re.sub(rb"\b(19|20)\d{6}(?=T\d{6}|\b)", date, data)


def _reencode(data: bytes, draw: st.DataObject) -> bytes:
    text = data.decode("utf-8", "replace")
    encoding = draw.draw(
        st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "utf-8-sig"])
    )
    return text.encode(encoding, "replace")


def _line_endings(data: bytes, draw: st.DataObject) -> bytes:
    ending = draw.draw(st.sampled_from([b"\r\r\n", b"\r", b"\n", b"\n\r", b"\r\n\r\n", b"\x85"]))
    return re.sub(rb"\r?\n", ending, data)


def _nest(begin: bytes, end: bytes) -> Mutation:
    def nest(data: bytes, draw: st.DataObject) -> bytes:
        depth = draw.draw(st.integers(2, 600), label="depth")
        lines = _lines(data)
        at = draw.draw(st.integers(0, len(lines)), label="nest at")
        inner = [begin] * depth + (lines[at : at + 5] or [b"SUMMARY:x"]) + [end] * depth
        return b"\r\n".join([*lines[:at], *inner, *lines[at:]])

    return nest


def _huge_field(data: bytes, draw: st.DataObject) -> bytes:
    lines = _lines(data)
    at = draw.draw(st.integers(0, len(lines) - 1), label="line")
    size = draw.draw(st.sampled_from([1_000, 70_000, 400_000]), label="size")
    filler = draw.draw(st.sampled_from([b"x", b"\\n", b"\xc3\xa9", b";", b",", b"=", b" "]))
    return b"\n".join([*lines[:at], lines[at].rstrip(b"\r") + filler * size, *lines[at + 1 :]])


def _broken_encodings(data: bytes, draw: st.DataObject) -> bytes:
    """Quoted-printable and base64 markers put on properties that do not hold them."""
    marker = draw.draw(
        st.sampled_from([b";ENCODING=QUOTED-PRINTABLE", b";ENCODING=b", b";CHARSET=zlib", b";CHARSET=\xff"])
    )
    return re.sub(
        rb"^(N|FN|EMAIL|TITLE|ORG|SUMMARY|LOCATION|ATTENDEE)([;:])",
        rb"\1" + marker + rb"\2",
        data,
        count=3,
        flags=re.M,
    )


def mutations(kind: str) -> list[Mutation]:
    common: list[Mutation] = [
        _flip,
        _truncate,
        _duplicate_line,
        _drop_line,
        _extreme_dates,
        _reencode,
        _line_endings,
        _huge_field,
        _broken_encodings,
    ]
    if kind == "vcf":
        return [*common, _insert(VCF_LINES), _insert(VCF_LINES), _nest(b"BEGIN:VCARD", b"END:VCARD")]
    return [*common, _insert(ICS_LINES), _insert(ICS_LINES), _nest(b"BEGIN:VEVENT", b"END:VEVENT")]


@cache
def _mutated(kind: str) -> st.SearchStrategy[bytes]:
    return mutated(kind, seeds(kind))


def mutated(kind: str, pool: list[bytes] | None = None) -> st.SearchStrategy[bytes]:
    """A fixture of ``kind`` (or one of ``pool``) with one to four mutations."""
    if pool is None:
        return _mutated(kind)
    files, steps = pool, mutations(kind)

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = draw(st.sampled_from(files), label="seed")
        data_object = draw(st.data())
        for step in draw(st.lists(st.sampled_from(steps), min_size=1, max_size=4), label="mutations"):
            data = step(data, data_object)
        return data

    return build()
