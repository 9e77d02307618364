"""A draft as a standards-conforming message file (RFC 5322 / MIME) that Thunderbird or Outlook opens.

From/To/Cc carry display names encoded as RFC 2047 when they are not ASCII; the body is one UTF-8
text/plain part; ``X-Unsent: 1`` makes Outlook open it as a draft to edit and send. Header injection is
impossible by construction: every header value is checked for line breaks before it is set, and the
email package folds and encodes the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from followup.core.drafts import Draft
from followup.core.errors import InvalidInput
from followup.core.model import Person, Profile


def message_id_for(profile: Profile) -> str:
    """A new Message-ID on the sender's own domain (remembered, so replies can be matched later)."""
    domain = profile.email.partition("@")[2] or "followup.invalid"
    return make_msgid(domain=domain)


def _address(name: str, email: str, field: str) -> Address:
    for value in (name, email):
        if "\r" in value or "\n" in value:
            raise InvalidInput(field, "a name and address without line breaks", value)
    if not email:
        raise InvalidInput(
            field, f"an email address for {name or 'this person'}: add one with `followup person edit`"
        )
    local, _, domain = email.partition("@")
    return Address(display_name=name, username=local, domain=domain)


def build_message(
    draft: Draft,
    profile: Profile,
    people: dict[str, Person],
    now: dt.datetime,
    message_id: str,
    *,
    unsent: bool = True,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    """The message of ``draft``: ``unsent`` marks it as a draft for Outlook (``X-Unsent: 1``; not on a
    message that is sent); ``attachments`` follow the text, each with a file name free of line breaks."""
    if "\r" in draft.subject or "\n" in draft.subject:
        raise InvalidInput("subject", "a single line", draft.subject)
    if not profile.email:
        raise InvalidInput("your email", "an address in your profile: `followup init --email ...`")
    message = EmailMessage(policy=SMTP)
    message["From"] = _address(profile.name, profile.email, "From")
    message["To"] = [_address(people[p].name, people[p].email, "To") for p in draft.to if p in people]
    if draft.cc:
        message["Cc"] = [_address(people[p].name, people[p].email, "Cc") for p in draft.cc if p in people]
    message["Subject"] = draft.subject
    message["Date"] = format_datetime(now.astimezone(dt.UTC))
    message["Message-ID"] = message_id
    if unsent:
        message["X-Unsent"] = "1"
    message.set_content(draft.text + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    for attachment in attachments:
        if "\r" in attachment.name or "\n" in attachment.name or not attachment.name.strip():
            raise InvalidInput("attachment name", "a file name without line breaks", attachment.name)
        main, _, sub = attachment.mime_type.partition("/")
        message.add_attachment(attachment.data, maintype=main, subtype=sub, filename=attachment.name)
    return message


@dataclass(frozen=True)
class Attachment:
    """A file sent with a message: its name as the recipient sees it, its bytes, its MIME type."""

    name: str
    data: bytes
    mime_type: str


def eml_bytes(
    draft: Draft, profile: Profile, people: dict[str, Person], now: dt.datetime, message_id: str
) -> bytes:
    return build_message(draft, profile, people, now, message_id).as_bytes()
