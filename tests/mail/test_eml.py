"""The .eml a draft becomes parses back, with Python's own parser, to the same fields; names that are not
ASCII are encoded; no header can be injected."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.utils import parseaddr

import pytest

from followup.core.drafts import Draft
from followup.core.errors import InvalidInput
from followup.core.model import Person, Profile
from followup.mail.eml import eml_bytes, message_id_for

NOW = dt.datetime(2026, 3, 2, 19, 30, tzinfo=dt.UTC)
ME = Profile(
    name="Zoë Müller",
    email="zoe@example.org",
    phone="+49 30 1234",
    postal_address="Hauptstr. 1\n10115 Berlin",
)
PEOPLE = {
    "dana": Person("dana", first="Dana", last="Kim", email="dana.kim@harbor.example"),
    "priya": Person("priya", first="Priyā", last="Shah", email="priya@harbor.example"),
    "chris": Person("chris", first="Chris", last="Wu"),
}
TEXT = (
    "Dear Ms. Kim,\n\nThank you for the conversation about attribution — très utile.\n\n"
    "Kind regards,\nZoë Müller"
)


def _draft(**changes: object) -> Draft:
    fields: dict[str, object] = {
        "action": "TY",
        "step_key": "TY:dana",
        "channel": "email",
        "to": ("dana",),
        "cc": ("priya",),
        "subject": "Job interview follow up for Zoë Müller",
        "paragraphs": (TEXT,),
    }
    fields.update(changes)
    return Draft(**fields)  # type: ignore[arg-type]


def test_the_message_parses_back_to_the_same_fields() -> None:
    message_id = message_id_for(ME)
    raw = eml_bytes(_draft(), ME, PEOPLE, NOW, message_id)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parseaddr(str(parsed["From"])) == ("Zoë Müller", "zoe@example.org")
    assert parseaddr(str(parsed["To"])) == ("Dana Kim", "dana.kim@harbor.example")
    assert parseaddr(str(parsed["Cc"])) == ("Priyā Shah", "priya@harbor.example")
    assert str(parsed["Subject"]) == "Job interview follow up for Zoë Müller"
    assert email.utils.parsedate_to_datetime(str(parsed["Date"])) == NOW
    assert parsed["Message-ID"] == message_id
    assert message_id.endswith("@example.org>")
    assert parsed["X-Unsent"] == "1"
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content_charset() == "utf-8"
    assert parsed.get_content().replace("\r\n", "\n").rstrip("\n") == TEXT  # CRLF on the wire (RFC 5322)


def test_non_ascii_names_are_encoded_on_the_wire() -> None:
    raw = eml_bytes(_draft(), ME, PEOPLE, NOW, "<x@example.org>")
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert headers.isascii()
    assert b"=?utf-8?" in headers
    assert b"\r\nX-Unsent: 1\r\n" in headers


@pytest.mark.parametrize(
    "changes",
    [
        {"subject": "Hello\r\nBcc: attacker@example.net"},
        {"subject": "Hello\nBcc: attacker@example.net"},
    ],
)
def test_a_line_break_in_a_header_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        eml_bytes(_draft(**changes), ME, PEOPLE, NOW, "<x@example.org>")


def test_a_name_with_a_line_break_is_refused() -> None:
    people = dict(
        PEOPLE, dana=Person("dana", first="Dana\r\nBcc: x@example.net", last="Kim", email="d@h.example")
    )
    with pytest.raises(InvalidInput):
        eml_bytes(_draft(), ME, people, NOW, "<x@example.org>")


def test_a_recipient_without_an_address_is_refused_with_how_to_add_one() -> None:
    with pytest.raises(InvalidInput, match="followup person edit"):
        eml_bytes(_draft(to=("chris",), cc=()), ME, PEOPLE, NOW, "<x@example.org>")
