"""Fuzzing the invitation importer with .ics files: mutated real calendars (ours and the shared fixtures)
through ``parse_invitation`` (many examples: anything but followup's own errors fails), and through the
real `followup interview import` and a later `followup calendar export` (fewer examples)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from followup.calendars.invitation import LIMITS, LONGEST, Invitation, parse_invitation
from followup.calendars.invitation_zones import YEARS, is_zone
from followup.core.errors import FollowupError
from tests.cli.conftest import invoke
from tests.fuzz.budget import EXAMPLES, FUZZ
from tests.fuzz.importer_cli import attempt, cli_home, import_checked
from tests.fuzz.importer_mutations import mutated

__all__ = ["cli_home"]  # the fixture, imported for the tests below

HOMES = st.sampled_from(["America/New_York", "UTC", "Pacific/Auckland", "Asia/Kolkata", "Mars/Olympus"])
CONTROLS = {chr(c) for c in (*range(32), 127)}
CLI = settings(FUZZ, max_examples=max(8, EXAMPLES // 15), suppress_health_check=list(HealthCheck))


def check_invitation(found: Invitation) -> None:
    """What every invitation read must be: aware UTC times within the limits, clean one-line texts."""
    assert found.start.tzinfo is dt.UTC and is_zone(found.tz)
    assert YEARS[0] - 1 <= found.start.year <= YEARS[1] + 1
    if found.end is not None:
        assert found.start < found.end <= found.start + LONGEST
    for text in (found.location, found.link, found.uid, found.summary, *(p.name for p in found.attendees)):
        assert not set(text) & CONTROLS and text == text.strip()
    assert len(found.location) <= LIMITS["LOCATION"] and len(found.link) <= LIMITS["link"]
    assert " " not in found.link and all("\n" not in note for note in found.notes)


@FUZZ
@given(data=mutated("ics"), home_tz=HOMES)
def test_parsing_a_fuzzed_calendar_gives_an_invitation_or_followups_own_error(
    data: bytes, home_tz: str
) -> None:
    found = attempt(lambda: parse_invitation(data, "fuzz.ics", home_tz=home_tz))
    if isinstance(found, FollowupError):
        assert "\n" not in found.message
    else:
        check_invitation(found)


@CLI
@given(data=mutated("ics"), as_json=st.booleans())
def test_the_cli_imports_a_fuzzed_calendar_or_refuses_it_in_one_line(
    cli_home: Path, data: bytes, as_json: bool
) -> None:
    path = cli_home.with_name("fuzz.ics")
    path.write_bytes(data)
    args = ("interview", "import", str(path), "--yes", "--company", "Fuzz Inc", *(["--json"] * as_json))
    if import_checked(cli_home, *args).code == 0:
        out = cli_home.with_name("plan.ics")
        exported = invoke("calendar", "export", str(out), "--now", "2026-11-01T09:00")
        assert exported.code == 0, exported
        Calendar.from_ical(out.read_bytes())
