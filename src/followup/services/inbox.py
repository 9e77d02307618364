"""Reading an employer's reply for the classifier (`followup inbox classify`, benchmarks/replies.py).

An email (a file named .eml, or any bytes that open with mail headers) gives its headers, its subject and
its writer's own text (``mail.reading``: quotes and forwards left out) and its sent date from ``Date``;
a delivery report with no text part still gives its headers, which is what decides a bounce. A plain text
(UTF-8) gives its text, a first line "Subject: ..." its subject, and no sent date (relative dates are then
not read). Nothing is stored: this reads and classifies only.
"""

from __future__ import annotations

import datetime as dt
import email
from email.message import Message
from email.policy import compat32
from email.utils import parsedate_to_datetime

from followup.core import codec
from followup.core.errors import InvalidInput
from followup.core.replies.classify import classify
from followup.core.replies.model import Reply, Verdict
from followup.mail.reading import (
    MAX_MESSAGE_BYTES,
    MAX_MULTIPARTS,
    header_text,
    looks_like_mail,
    read_mail,
    read_message_file,
    strip_quotes,
)


def read_reply(data: bytes, name: str) -> Reply:
    """The reply in ``data``, read from the file called ``name`` (see the module)."""
    if name.lower().endswith(".eml") or looks_like_mail(data):
        return _mail(data, name)
    text = codec.decode(data, name, MAX_MESSAGE_BYTES).replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.partition("\n")
    subject = ""
    if first.lower().startswith("subject:"):
        subject, text = first.split(":", 1)[1].strip(), rest
    own, _ = strip_quotes(text)
    if not own.strip() and not subject:
        raise InvalidInput(name, "a reply to classify", "an empty text")
    return Reply(subject=subject, text=own)


def _mail(data: bytes, name: str) -> Reply:
    if data.lower().count(b"multipart/") > MAX_MULTIPARTS:
        raise InvalidInput(name, f"an email with at most {MAX_MULTIPARTS} multipart sections", "more")
    try:
        message: Message = email.message_from_bytes(data, policy=compat32)
    except RecursionError:
        raise InvalidInput(name, "an email whose parts are not nested past reason") from None
    headers = {str(k): header_text(v) for k, v in message.items()}
    try:
        mail = read_mail(data, name)
        subject, text = mail.subject, mail.text
    except InvalidInput:
        if "multipart/report" not in headers.get("Content-Type", "").lower():
            raise
        subject, text = header_text(message.get("Subject")), ""  # a delivery report: its headers decide
    return Reply(subject=subject, text=text, headers=headers, sent=_sent(message.get("Date")))


def _sent(value: object) -> dt.datetime | None:
    try:
        sent = parsedate_to_datetime(header_text(str(value))) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return sent if sent is None or sent.tzinfo is not None else None


def read_reply_file(path: str) -> Reply:
    """The reply in the file at ``path``; one line naming the file when it cannot be read."""
    data = read_message_file(path)
    return read_reply(data, path)


def classify_reply(reply: Reply) -> Verdict:
    return classify(reply)
