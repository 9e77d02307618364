"""The one order of urgency (core.urgency) that `today` and `list` share."""

from __future__ import annotations

import pytest

from followup.core.urgency import action_of, urgency

HOUR = 3600


@pytest.mark.parametrize(
    ("key", "action"),
    [
        ("TY:dana-kim", "TY"),
        ("R1:TY:dana-kim", "TY"),
        ("ANSWER-2", "ANSWER"),
        ("R2:ANSWER-1", "ANSWER"),
        ("RSP:e7", "RSP"),
        ("TY-FWD", "TY-FWD"),
        ("F1", "F1"),
        ("KS", "KS"),
        ("RJ", "RJ"),
    ],
)
def test_the_action_of_a_step_key(key: str, action: str) -> None:
    assert action_of(key) == action


def first(*steps: tuple[str, str, int | None]) -> str:
    return min(steps, key=lambda s: urgency(*s))[1]


def test_a_due_thank_you_comes_before_an_overdue_better_answer() -> None:
    assert first(("OVERDUE", "ANSWER", 0), ("DUE", "TY", 30 * HOUR)) == "TY"


def test_overdue_comes_before_due_among_messages() -> None:
    assert first(("DUE", "TY", 1 * HOUR), ("OVERDUE", "F1", 90 * HOUR)) == "F1"


def test_the_earlier_deadline_comes_first_in_one_state() -> None:
    assert first(("DUE", "F1", 5 * HOUR), ("DUE", "RSP", 2 * HOUR)) == "RSP"


def test_what_can_be_done_now_comes_before_what_cannot_even_learning() -> None:
    assert first(("NOT_YET", "F1", 1), ("OVERDUE", "ANSWER", 9 * HOUR)) == "ANSWER"
    assert first(("ALLOWED", "LI", 1), ("BLOCKED", "CALL", 2)) == "CALL"


def test_a_pressing_step_comes_before_an_offered_one() -> None:
    assert first(("ALLOWED", "LI", 1), ("ALLOWED", "F1", 5)) == "F1"


def test_a_step_without_a_date_comes_after_one_with_a_date() -> None:
    assert first(("DUE", "RSP", None), ("DUE", "TY", 10**10)) == "TY"
