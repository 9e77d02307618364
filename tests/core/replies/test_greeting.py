"""Whom a reply's greeting addresses (``features.addressed``): a notice to everyone, or mail meant for
someone else, reads as ``other`` far more often than as an answer; the learned weights take it as a
feature (``greet:mass``, ``greet:other``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.core.replies.features import addressed, features

LIAM = "Liam Tremblay <liam.tremblay@example.ca>"


@pytest.mark.parametrize(
    ("text", "to", "greeted"),
    [
        ("Hi Colleen,\n\nYour offer letter is attached.", LIAM, "other"),
        ("Dear Candidate,\n\nWe have updated our privacy notice.", LIAM, "mass"),
        ("Hello all, the office closes early on Friday.", LIAM, "mass"),
        ("Hi Liam,\n\nThanks for your note.", LIAM, ""),
        ("Dear Mr Tremblay,\n\nThank you for coming in.", LIAM, ""),
        ("Hi Liam, thanks!", "liam.tremblay@example.ca", ""),  # the name in the address itself
        ("Hi there, quick question.", LIAM, ""),
        ("Thanks for your note, we'll be in touch.", LIAM, ""),  # no greeting
        ("Hi Colleen,", "", ""),  # no To header: nothing to compare with
        ("Hi Hamish,\n\nJust confirming your induction on Monday.", LIAM, "other"),
        ("Hi, I'm out of the office until Monday.", LIAM, ""),  # "I'm" is no name: no one is greeted
        ("hey whats your salary expectation?", LIAM, ""),
        ("hey, sorry for the radio silence.", LIAM, ""),
        ("Hi Colleen - your offer letter is attached.", LIAM, "other"),
    ],
)
def test_the_greeting_says_whom_the_reply_addresses(text: str, to: str, greeted: str) -> None:
    assert addressed(text, to) == greeted


def test_the_greeting_is_a_feature_of_the_reply() -> None:
    assert "greet:other" in features("", "Hi Colleen,\n\nYour offer letter is attached.", to=LIAM)
    assert not any(f.startswith("greet:") for f in features("", "Hi Liam, thanks.", to=LIAM))


@given(st.text(max_size=300), st.text(max_size=120))
def test_any_text_and_header_give_one_of_three_answers(text: str, to: str) -> None:
    assert addressed(text, to) in ("", "mass", "other")
