"""C-05's next-steps question asked as a wish to know, without a question mark, counts as asked; and asking
whether a timetable for the decision has been set is C-15's status question, not pressure (K17)."""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.content import asks_next
from tests.core.checks.world import SUBJECT, context, letter


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be glad to know what the next steps will be.",
        "I would be glad to know roughly when the team hopes to make its choice.",
        "I'd love to hear when you expect to reach a decision.",
        "I wanted to ask whether there is any news on the timeline.",
        "Please let me know when the next round is likely.",
    ],
)
def test_c05_a_wish_to_know_what_comes_next_is_the_next_steps_question(sentence: str) -> None:
    assert asks_next(f"Thank you for today. {sentence} Best wishes.")


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you.",
        "I would be glad to know more about the survey tool you use.",
        "Please let me know if you need anything else.",
    ],
)
def test_c05_a_wish_to_know_something_else_is_not(sentence: str) -> None:
    assert not asks_next(f"Thank you for today. {sentence}")


def test_k17_asking_whether_a_timetable_for_the_decision_is_set_is_no_pressure() -> None:
    text = letter(
        "Dear Mr. Whitaker,",
        "Thank you again for meeting me about the Paralegal role; I remain very interested. Could you let me "
        "know whether a timetable for the decision has been set? I look forward to hearing from you.",
    )
    assert [f for f in check_text(context("F1"), SUBJECT, text) if f.code == "W-TONE"] == []
