"""An out-of-office with a return date holds the follow-ups to that person until that day (issue 10:
N-AWAY, tied to A-05: no message lands while they are away). The default records: F1 to Priya (HR) is
DUE Mon 09 Mar – Mon 16 Mar 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.model import Event, InboundKind
from tests.support.builders import application, codes, inbound, plan_at, records, state

D = dt.date


def away(until: D | None, who: str = "priya") -> Event:
    return inbound(InboundKind.AUTO_REPLY, "2026-03-06T10:00", who, new_date=until)


@pytest.mark.parametrize(
    ("now", "expected_state", "away_code"),
    [
        ("2026-03-10T10:00", "NOT_YET", True),  # would be DUE: held
        ("2026-03-11T23:59", "NOT_YET", True),
        ("2026-03-12T00:00", "DUE", False),  # the day they are back
    ],
)
def test_a05_an_auto_reply_with_a_return_date_holds_f1_to_that_person_until_then(
    now: str, expected_state: str, away_code: bool
) -> None:
    view = plan_at(records(application(events=[away(D(2026, 3, 12))])), now)
    assert state(view, "F1") == expected_state
    assert ("N-AWAY" in codes(view, "F1")) is away_code


@pytest.mark.parametrize("event", [away(None), away(D(2026, 3, 12), "dana")])
def test_a05_an_auto_reply_without_a_date_or_from_someone_else_holds_nothing(event: Event) -> None:
    view = plan_at(records(application(events=[event])), "2026-03-10T10:00")
    assert state(view, "F1") == "DUE" and "N-AWAY" not in codes(view, "F1")


def test_a05_an_auto_reply_is_no_answer_and_f1_stays_a_touch_after_the_hold() -> None:
    view = plan_at(records(application(events=[away(D(2026, 3, 12))])), "2026-03-17T10:00")
    assert state(view, "F1") == "OVERDUE"
