"""Fuzzing the invitation importer with emails: real calendars carried as a text/calendar part, as an .ics
attachment, or inside a forwarded message (plain or base64), and the shared real emails with a calendar
added; the email or the calendar inside is mutated, and read by ``parse_invitation`` (many examples) and by
the real `followup interview import` (fewer). Real emails without a calendar, mutated, are always refused."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.calendars.invitation import parse_invitation
from followup.core.errors import FollowupError
from tests.fuzz.budget import EXAMPLES, FUZZ
from tests.fuzz.importer_cli import attempt, cli_home, import_checked
from tests.fuzz.importer_mutations import mutated, seeds
from tests.fuzz.test_ics import check_invitation

__all__ = ["cli_home"]  # the fixture, imported for the tests below

CLI = settings(FUZZ, max_examples=max(8, EXAMPLES // 15), suppress_health_check=list(HealthCheck))
CARRIERS = ["alternative", "attachment", "forwarded", "forwarded-base64", "appended-to-real-email"]
BOUNDARY = b"followup-fuzz-boundary"


def carried(calendar: bytes, how: str, real: bytes) -> bytes:
    """``calendar`` in an email, the way mail programs send (or forward) an invitation."""
    if how == "appended-to-real-email":
        head, _, body = real.partition(b"\n\n")
        return b"".join(
            [
                head,
                b"\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=" + BOUNDARY,
                b"\n\n--" + BOUNDARY + b"\nContent-Type: text/plain\n\n" + body,
                b"\n--" + BOUNDARY + b"\nContent-Type: text/calendar; method=REQUEST\n\n" + calendar,
                b"\n--" + BOUNDARY + b"--\n",
            ]
        )
    message = EmailMessage()
    message["From"] = "Priya Shah <priya.shah@harbor-analytics.example>"
    message["To"] = "alex.morgan@example.com"
    message["Subject"] = "Invitation: Interview"
    message.set_content("You are invited.")
    if how == "alternative":
        text = calendar.decode("utf-8", "replace")
        message.add_alternative(text, subtype="calendar", params={"method": "REQUEST"})
        return _fixed_boundaries(message)
    message.add_attachment(calendar, maintype="application", subtype="ics", filename="invite.ics")
    if how == "attachment":
        return _fixed_boundaries(message)
    outer = EmailMessage()
    outer["From"] = "alex.morgan@example.com"
    outer["Subject"] = "Fwd: Invitation: Interview"
    outer.set_content("see below")
    if how == "forwarded":
        outer.add_attachment(message)
    else:
        outer.add_attachment(_fixed_boundaries(message), maintype="message", subtype="rfc822")
    return _fixed_boundaries(outer)


def _fixed_boundaries(message: EmailMessage) -> bytes:
    """The message's bytes with boundaries of our own: the email package draws them at random, which
    would make examples irreproducible."""
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"followup-fuzz-{number}")
    return bytes(message)


@st.composite
def emails(draw: st.DrawFn) -> bytes:
    """An email carrying a calendar; the calendar, the email, or both mutated."""
    what = draw(st.sampled_from(["calendar", "email", "both"]))
    calendar = draw(mutated("ics") if what != "email" else st.sampled_from(seeds("ics")))
    data = carried(calendar, draw(st.sampled_from(CARRIERS)), draw(st.sampled_from(seeds("eml", ours=False))))
    return draw(mutated("eml", [data])) if what != "calendar" else data


@FUZZ
@given(data=emails())
def test_parsing_a_fuzzed_invitation_email_gives_an_invitation_or_followups_own_error(data: bytes) -> None:
    found = attempt(lambda: parse_invitation(data, "fuzz.eml", home_tz="America/New_York"))
    if isinstance(found, FollowupError):
        assert "\n" not in found.message
    else:
        check_invitation(found)


@settings(FUZZ, max_examples=max(20, EXAMPLES // 3))
@given(data=mutated("eml", seeds("eml", ours=False)))  # the shared emails: none carries a calendar
def test_a_fuzzed_real_email_without_an_invitation_is_refused_in_one_line(data: bytes) -> None:
    refused = attempt(lambda: parse_invitation(data, "fuzz.eml", home_tz="UTC"))
    assert isinstance(refused, FollowupError) and "\n" not in refused.message


@CLI
@given(data=emails(), as_json=st.booleans())
def test_the_cli_imports_a_fuzzed_invitation_email_or_refuses_it_in_one_line(
    cli_home: Path, data: bytes, as_json: bool
) -> None:
    path = cli_home.with_name("fuzz.eml")
    path.write_bytes(data)
    json_flag = ["--json"] * as_json
    import_checked(cli_home, "interview", "import", str(path), "--yes", "--company", "Fuzz Inc", *json_flag)
