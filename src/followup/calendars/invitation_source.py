"""The calendar text in an invitation file: the file itself, or the calendar an email carries.

``calendar_text`` takes a file's bytes and returns the iCalendar text to parse, or raises
``InvalidInput`` naming the file. An .ics file may come in UTF-8 (with or without a byte-order mark),
UTF-16 or UTF-32 (by their marks, or UTF-16 by its zero bytes), or Windows-1252, what Outlook writes when
it is not UTF-8. An email's calendar is its first text/calendar (or application/ics) part or .ics
attachment, looked for in forwarded messages too, even base64-encoded ones. Every line ending (CR LF,
LF, CR, CR CR LF, or a mix) becomes CR LF; control characters, which RFC 5545 allows nowhere but which
broken exports write, are dropped; and alarms (VALARM) are dropped: they are the sender's reminders,
and real exports carry invalid ones ("PT-2H") that would otherwise sink the whole file.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from email import message_from_bytes
from email.message import Message

from followup.core.errors import InvalidInput

__all__ = ["CALENDAR", "calendar_text"]

CALENDAR = "a calendar invitation (.ics) or an email (.eml) carrying one"
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_EMAIL_HEADERS = frozenset(
    {"from", "to", "subject", "date", "message-id", "mime-version", "content-type", "received", "return-path"}
)
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_LINE_BREAK = re.compile(r"\r*\n|\r")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ALARM = re.compile(r"^BEGIN:VALARM[ \t]*$.*?^END:VALARM[ \t]*$\n?", re.IGNORECASE | re.MULTILINE | re.DOTALL)
_FORWARD_DEPTH = 3  # forwarded messages looked into, one inside another


def calendar_text(data: bytes, source: str) -> str:
    """The iCalendar text of an .ics file or of the calendar in an email, lines ending in CR LF."""
    text = decode(data)
    if not text.strip():
        raise InvalidInput(source, CALENDAR + "; the file is empty")
    if not text.lstrip().upper().startswith("BEGIN:"):
        text = decode(_calendar_in_email(data, source))
    text = _CONTROLS.sub("", _LINE_BREAK.sub("\n", text))
    text = _ALARM.sub("", text)
    return text.replace("\n", "\r\n")


def decode(data: bytes) -> str:
    """Text by its byte-order mark; UTF-16 by its zero bytes; else UTF-8, or Windows-1252 if it is not."""
    for mark, encoding in _MARKS:
        if data.startswith(mark):
            return data[len(mark) :].decode(encoding, "replace")
    head = data[:200]
    if head.count(0) * 3 > len(head):  # ASCII text in UTF-16 without a mark: every other byte is zero
        big_endian = head[0::2].count(0) > head[1::2].count(0)
        return data.decode("utf-16-be" if big_endian else "utf-16-le", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _calendar_in_email(data: bytes, source: str) -> bytes:
    message = message_from_bytes(data)
    if not any(key.lower() in _EMAIL_HEADERS for key in message):
        raise InvalidInput(source, CALENDAR + "; this is neither")
    found = _calendar_part(message, depth=_FORWARD_DEPTH)
    if found is None:
        raise InvalidInput(source, CALENDAR + "; this email has no calendar invitation in it")
    return found


def _calendar_part(message: Message, depth: int) -> bytes | None:
    """The first calendar in a message, looking into forwarded messages (even base64-encoded ones)."""
    for part in message.walk():
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if part.get_content_type() == "message/rfc822" and encoding in ("base64", "quoted-printable"):
            # The email package parses the still-encoded text as the inner message: decode it first.
            inner = part.get_payload(0) if part.is_multipart() else None
            raw = inner.get_payload() if isinstance(inner, Message) else ""
            text = raw.encode("ascii", "ignore") if isinstance(raw, str) else b""
            try:
                decoded = base64.b64decode(text) if encoding == "base64" else quopri.decodestring(text)
            except (binascii.Error, ValueError):
                decoded = b""
            found = _calendar_part(message_from_bytes(decoded), depth - 1) if decoded and depth > 0 else None
            if found is not None:
                return found
        if part.is_multipart() or not _is_calendar_part(part):
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            return payload
    return None


def _is_calendar_part(part: Message) -> bool:
    filename = (part.get_filename() or "").lower()
    return part.get_content_type() in _CALENDAR_TYPES or filename.endswith((".ics", ".ical", ".vcs"))
