"""C-20/C-23 ultimatums as a structure (``reproach.ultimatum``): a condition on their silence or a date, and
the candidate leaving them for the other side, in any of the moves English has for it (taking the other
offer, signing or committing with the other side, leaving this process). Our own sentences, in trades the
drafts corpus never visits, each beside a near miss that must pass.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.reproach import ultimatum
from tests.core.checks.world import SUBJECT, context, letter

ULTIMATUMS = [
    "If Larkspur Maps cannot make an offer by Thursday, I'll be signing with the survey office.",
    "Should I not hear by the 12th, I will accept the competing offer.",
    "I need an answer by Friday; if not, I'm taking the other job.",
    "Without word from you by Monday I shall commit to Brightwater.",
    "Unless an offer arrives this week, I will have to say yes to them.",
    "If the panel needs longer than Friday, I'll simply withdraw.",
    "Otherwise I'll be going ahead with their offer.",
    "Failing an offer by the 20th, I'll reluctantly pull out of your process.",
    "If nothing comes through by then, I'll sign elsewhere.",
    "Match their package or I'm taking theirs.",
]


@pytest.mark.parametrize("sentence", ULTIMATUMS)
def test_c23_a_condition_and_the_candidate_leaving_for_the_other_side_is_an_ultimatum(sentence: str) -> None:
    assert ultimatum(sentence) is not None


NEAR_MISSES = [
    "If the 10:00 slot is gone, I'll take the other one.",  # a slot, not an offer
    "If it helps, I'll take them through the ferry model on Friday.",
    "If you'd like, I'll go with Priya to the site visit.",
    "If you need the form signed, I'll sign it today.",
    "If Harborlight makes an offer, I would gladly turn the other offer down.",  # declining the other side
    "If that covers the budget, I'll move on to the staffing question.",
    "If it suits, I'd be glad to join the apiary tour next week.",
    "After the interview I took the other route home along the coast.",
    "If you'd prefer, I can withdraw the request for a call.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_c23_a_condition_with_an_ordinary_next_step_is_no_ultimatum(sentence: str) -> None:
    assert ultimatum(sentence) is None


OFFER = (
    "I have received an offer from another firm and need to respond by Tuesday, February 3. Summit Legal "
    "remains my first choice, and I would value hearing from you before I decide."
)


def _offer_tone(extra: str) -> list[str]:
    text = letter("Dear Mr. Whitaker,", f"{OFFER} {extra}")
    ctx = context("EXC-OFFER", offer_deadline=dt.date(2026, 2, 3))
    return [f"{f.code}/{f.kind}" for f in check_text(ctx, SUBJECT, text) if f.code == "W-TONE"]


def test_c23_an_offer_note_that_threatens_to_sign_with_the_other_firm_is_w_tone_ultimatum() -> None:
    assert _offer_tone("Failing an offer by then, I'll be signing with the other firm.") == [
        "W-TONE/ultimatum"
    ]


def test_c23_an_offer_note_that_would_turn_the_other_offer_down_has_no_tone_fault() -> None:
    assert _offer_tone("If Summit Legal makes an offer, I would gladly turn the other offer down.") == []
