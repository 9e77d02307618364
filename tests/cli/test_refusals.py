"""What cannot have happened, and a person recorded twice, are refused in one line (exit 2) and the
database stays exactly as it was: its export, its SQL dump (journal and agenda included) and its bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import APP, assert_one_line_error, invoke, state

REFUSALS = [
    pytest.param(
        ["interview", "add", "-a", APP, "--start", "2026-11-20T10:00"],
        [
            "--start: expected a time after round 1 (Tue 24 Nov 2026 10:00 America/New_York)",
            "Fri 20 Nov 2026",
        ],
        id="round-before-the-previous-round",
    ),
    pytest.param(
        ["log", "offer", "--deadline", "2026-12-01", "--at", "2026-12-10T10:00"],
        [
            "--deadline: expected a date on or after the day the offer was received (2026-12-10)",
            "'2026-12-01'",
        ],
        id="offer-deadline-before-the-offer",
    ),
    pytest.param(
        ["log", "competing-offer", "--deadline", "2026-12-01", "--at", "2026-12-10T10:00"],
        ["--deadline: expected a date on or after the day the offer was received (2026-12-10)"],
        id="competing-offer-deadline-before-the-offer",
    ),
    pytest.param(
        ["log", "sent", "TY", "--to", "dana", "--at", "2026-11-23T16:00"],
        [
            "--at: expected a moment after the interview it follows (round 1, Tue 24 Nov 2026 10:00",
            "Mon 23 Nov",
        ],
        id="message-before-the-interview",
    ),
    pytest.param(
        ["init", "--name", ""],
        ["--name: expected one non-empty line", "this is empty", "(got '')"],
        id="emptying-the-name",
    ),
    pytest.param(
        ["init", "--name", "   "],
        ["--name: expected one non-empty line", "only spaces or invisible characters"],
        id="a-blank-name",
    ),
    pytest.param(
        ["person", "add", "Dana Kim"],
        [
            "not added: Dana Kim ('dana-kim')",
            "has this name already",
            "`followup person edit dana-kim`",
            "`followup person merge`",
        ],
        id="same-name",
    ),
    pytest.param(
        ["person", "add", "  dana   KIM "],
        ["has this name already"],
        id="same-name-other-case-and-spacing",
    ),
    pytest.param(
        ["person", "add", "D. Kim", "--email", "Dana.Kim@Harbor.example"],
        ["Dana Kim ('dana-kim')", "has this email already", "person edit", "person merge"],
        id="same-email",
    ),
    pytest.param(
        ["person", "edit", "luis", "--email", "dana.kim@harbor.example"],
        ["Dana Kim ('dana-kim')", "already has the email", "`followup person merge dana-kim luis-ortega`"],
        id="edit-to-another-persons-email",
    ),
    pytest.param(
        ["person", "remove", "dana", "--yes"],
        [
            "not removed: 1 event(s) of harbor-analytics name Dana Kim",
            "`followup person merge OTHER dana-kim`",
        ],
        id="removing-someone-events-name",
    ),
    pytest.param(
        ["person", "remove", "priya"],
        [
            "--yes: expected a confirmation to remove Priya Shah ('priya-shah') from harbor-analytics",
            "no terminal",
        ],
        id="removing-without-confirmation",
    ),
    pytest.param(
        ["person", "merge", "dana", "dana", "--yes"],
        ["B: expected someone other than A (Dana Kim, 'dana-kim')"],
        id="merging-someone-with-themselves",
    ),
    pytest.param(
        ["interview", "remove"],
        ["--yes: expected a confirmation to remove round 1 with Harbor Analytics"],
        id="removing-a-round-without-confirmation",
    ),
    pytest.param(
        ["interview", "edit", "--start", "2026-11-25T10:00"],
        ["--start: expected a time before the messages that follow it (TY sent Tue 24 Nov 2026 15:00"],
        id="moving-the-interview-after-its-thank-yous",
    ),
    pytest.param(
        ["interview", "edit", "--end", "2026-11-24T09:00"],
        ["--end: expected a time after the start (2026-11-24 10:00)", "'2026-11-24 09:00'"],
        id="an-end-before-the-start",
    ),
    pytest.param(
        ["interview", "edit", "--tz", "Mars/Olympus"],
        ["--tz: expected an IANA time zone name", "'Mars/Olympus'"],
        id="an-unknown-zone",
    ),
    pytest.param(["interview", "edit"], ["options: expected at least one change"], id="editing-nothing"),
    pytest.param(
        ["interview", "edit", "--interview", "i9", "--round", "2"],
        ["no interview 'i9' in harbor-analytics (known: i1 (round 1)"],
        id="an-unknown-round",
    ),
    pytest.param(
        ["event", "edit", "4", "--note", "x"],
        ["N: expected 1 to 3: a number `followup events` shows", "'4'"],
        id="an-event-number-out-of-range",
    ),
    pytest.param(
        ["event", "edit", "1", "--at", "2026-11-23T10:00"],
        ["--at: expected a moment after the interview it follows"],
        id="moving-a-message-before-the-interview",
    ),
    pytest.param(
        ["event", "edit", "1", "--at", "2027-08-01T10:00", "--now", "2027-06-30T12:00"],
        ["--at: expected a moment that has passed (now is 2027-06-30 16:00 UTC)"],
        id="moving-an-event-into-the-future",
    ),
    pytest.param(
        ["event", "edit", "1", "--kind", "HELLO"],
        ["--kind: expected one of: TY, TA", "'HELLO'"],
        id="an-unknown-kind-of-message",
    ),
    pytest.param(
        ["event", "edit", "1", "--to", "nobody"],
        ["no person 'nobody' in harbor-analytics"],
        id="an-unknown-recipient",
    ),
    pytest.param(
        ["event", "remove", "1"],
        ["--yes: expected a confirmation to remove event 1"],
        id="event-remove-unconfirmed",
    ),
    pytest.param(
        ["application", "remove", APP],
        [
            "--yes: expected a confirmation to delete harbor-analytics (Harbor Analytics) with its 4 people, "
            "1 interview and 3 events"
        ],
        id="application-remove-unconfirmed",
    ),
    pytest.param(
        ["application", "unarchive", APP],
        ["APP: expected an archived application (harbor-analytics is not archived)"],
        id="unarchiving-what-is-not-archived",
    ),
]


@pytest.mark.parametrize(("args", "fragments"), REFUSALS)
def test_refused_in_one_line_and_nothing_is_written(
    populated: Path, args: list[str], fragments: list[str]
) -> None:
    before, raw = state(populated), populated.read_bytes()
    assert_one_line_error(invoke(*args), *fragments)
    assert state(populated) == before
    assert populated.read_bytes() == raw


def test_a_person_with_the_same_name_in_another_application_is_welcome(populated: Path) -> None:
    assert invoke("interview", "add", "--company", "Acme", "--start", "2026-12-01T10:00").code == 0
    result = invoke("person", "add", "Dana Kim", "--email", "dana.kim@harbor.example", "-a", "acme")
    assert (result.code, result.err) == (0, "")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("log", "sent", "ty", "--to", "dnaa", "--now", "2026-11-24T18:00"),
            "followup: no person 'dnaa' in harbor-analytics; did you mean 'dana-kim' (Dana Kim)?",
        ),
        (
            ("timeline", "we decide by Friday", "-a", "harbr"),
            "followup: no application 'harbr'; did you mean 'harbor-analytics'? (known: harbor-analytics)",
        ),
        (
            ("plan", "harbour", "--now", "2026-11-24T18:00"),
            "followup: no application 'harbour'; did you mean 'harbor-analytics'? (known: harbor-analytics)",
        ),
    ],
)
def test_a_mistyped_name_is_answered_with_the_near_match(
    populated: Path, args: tuple[str, ...], expected: str
) -> None:
    """Someone who just mistyped reads the name they meant, in the one line of the refusal."""
    before = state(populated)
    result = invoke(*args)
    assert_one_line_error(result)
    assert result.err.startswith(expected)
    assert state(populated) == before


def test_a_name_like_no_known_one_gets_no_guess(populated: Path) -> None:
    result = invoke("log", "sent", "ty", "--to", "zebedee", "--now", "2026-11-24T18:00")
    assert_one_line_error(result)
    assert result.err.startswith("followup: no person 'zebedee' in harbor-analytics (known: ")
    assert "did you mean" not in result.err
