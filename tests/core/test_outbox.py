"""The outbox's pure decisions (``core.outbox``): the moves between states, when a message is due, when a
claim is abandoned, how long a temporary failure waits, and T-07's next good time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from followup.core.outbox import (
    LEASE,
    MOVES,
    OutboxState,
    can_move,
    good_time,
    is_abandoned,
    is_due,
    next_good_time,
    retry_after,
)
from followup.core.plan.business_days import BusinessCalendar

S = OutboxState
BOSTON = "America/New_York"
NY = ZoneInfo(BOSTON)
GOOD_FRIDAY_OFF = BusinessCalendar("test", frozenset({dt.date(2026, 4, 3)}))


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=NY).astimezone(dt.UTC)


def test_an_uncertain_message_is_never_queued_again_except_by_the_user_and_sent_is_never_resent() -> None:
    # Only resolve --resend moves uncertain back to queued; no automatic path leads from sending to claimed.
    assert MOVES[S.SENDING] == {S.SENT, S.FAILED, S.QUEUED, S.UNCERTAIN}
    assert MOVES[S.UNCERTAIN] == {S.SENT, S.QUEUED, S.DROPPED}
    for final in (S.CANCELLED, S.DROPPED):
        assert MOVES[final] == frozenset()
    assert MOVES[S.SENT] == {S.FAILED}  # a bounce says it never arrived; nothing sends it again by itself
    assert not can_move(S.QUEUED, S.SENDING)  # a message is claimed before it is sent
    assert not can_move(S.HELD, S.QUEUED)  # a held message waits for the user


def test_s1_6_a_held_message_can_only_be_cancelled() -> None:
    assert MOVES[S.HELD] == {S.CANCELLED}


@pytest.mark.parametrize(
    ("state", "due", "retry", "expected"),
    [
        (S.QUEUED, at(2026, 3, 2, 9), None, True),
        (S.QUEUED, at(2026, 3, 2, 11), None, False),
        (S.QUEUED, at(2026, 3, 2, 9), at(2026, 3, 2, 10, 30), False),
        (S.QUEUED, at(2026, 3, 2, 9), at(2026, 3, 2, 10), True),
        (S.HELD, at(2026, 3, 2, 9), None, False),
        (S.UNCERTAIN, at(2026, 3, 2, 9), None, False),
    ],
)
def test_a_message_is_due_when_queued_its_time_has_come_and_its_retry_wait_is_over(
    state: OutboxState, due: dt.datetime, retry: dt.datetime | None, expected: bool
) -> None:
    assert is_due(state, due, retry, at(2026, 3, 2, 10)) is expected


def test_a_claim_is_abandoned_when_its_process_is_dead_or_its_lease_ran_out_elsewhere() -> None:
    clock = at(2026, 3, 2, 10)
    assert is_abandoned(clock + LEASE, clock, process_alive=False)
    assert not is_abandoned(clock - LEASE, clock, process_alive=True)  # alive: a slow server, not gone
    assert is_abandoned(clock, clock, process_alive=None)  # another machine: the lease decides
    assert not is_abandoned(clock + dt.timedelta(seconds=1), clock, process_alive=None)


def test_temporary_failures_wait_five_minutes_doubling_up_to_six_hours() -> None:
    now = at(2026, 3, 2, 10)
    waits = [retry_after(n, now) - now for n in range(1, 9)]
    assert waits[:4] == [dt.timedelta(minutes=m) for m in (5, 10, 20, 40)]
    assert waits[-1] == dt.timedelta(hours=6)


@pytest.mark.parametrize(
    ("earliest", "expected"),
    [
        (at(2026, 3, 4, 10, 0), at(2026, 3, 4, 10, 0)),  # a Wednesday morning: now
        (at(2026, 3, 4, 7, 30), at(2026, 3, 4, 9, 0)),  # before 08:00: 09:00 that day
        (at(2026, 3, 4, 18, 0), at(2026, 3, 5, 9, 0)),  # 18:00 is after hours: next morning
        (at(2026, 3, 6, 20, 0), at(2026, 3, 9, 9, 0)),  # Friday evening: Monday 09:00
        (at(2026, 3, 7, 11, 0), at(2026, 3, 9, 9, 0)),  # Saturday: Monday 09:00
        (at(2026, 4, 2, 19, 0), at(2026, 4, 6, 9, 0)),  # Thursday evening before a day off: Monday
    ],
)
def test_t07_next_good_time_is_a_business_day_of_the_employer_in_the_recipients_hours(
    earliest: dt.datetime, expected: dt.datetime
) -> None:
    assert next_good_time("F1", earliest, BOSTON, GOOD_FRIDAY_OFF) == expected
    assert good_time(expected, BOSTON, GOOD_FRIDAY_OFF)


def test_t07_the_recipients_zone_decides_not_the_senders() -> None:
    # 10:00 in New York is 16:00 in Berlin: still a good time there; 13:00 New York is 19:00 Berlin: not.
    assert next_good_time("F2", at(2026, 3, 4, 10), "Europe/Berlin", BusinessCalendar()) == at(2026, 3, 4, 10)
    berlin_morning = dt.datetime(2026, 3, 5, 9, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(dt.UTC)
    assert next_good_time("F2", at(2026, 3, 4, 13), "Europe/Berlin", BusinessCalendar()) == berlin_morning


@pytest.mark.parametrize("action", ["TY", "TA", "RSP", "RJ"])
def test_t07_thank_you_notes_and_answers_are_exempt(action: str) -> None:
    saturday_night = at(2026, 3, 7, 23, 0)
    assert next_good_time(action, saturday_night, BOSTON, BusinessCalendar()) == saturday_night
