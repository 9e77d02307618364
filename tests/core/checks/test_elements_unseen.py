"""Required elements said in the words of writers nobody tuned the checker on (blind batches 18 to 21):
interest as the role wanted or chosen (C-01, C-15, C-23), pointers asked for and a conversation enjoyed
(C-27), thanks for the conversation after a rejection (C-26), the asset claim and something of value in
a formal letter (C-14), and more offered in a first follow-up (C-15). Each element sits beside a sentence
that does not say it.

All sentences are our own, about a ferry operator.
"""

from __future__ import annotations

import re

import pytest

from followup.core.checks.base import FORWARD, FUTURE, INTEREST
from followup.core.checks.checker import check_text
from followup.core.checks.content import ASSET, VALUE
from followup.core.checks.follow_ups import HOOK_WORDS, OFFER_MORE, asks_timeline
from followup.core.checks.occasions import ENJOYED, IMPROVE, STRONG_INTEREST
from tests.core.checks.world import SUBJECT, context, letter


@pytest.mark.parametrize(
    ("pattern", "sentence", "said"),
    [
        # C-01 / C-15: interest
        (INTEREST, "The role is still very much the one I want.", True),
        (INTEREST, "The harbour team is still the team I'd choose.", True),
        (INTEREST, "The Scheduler post is one I'd be proud to take on.", True),
        (INTEREST, "I'd very much like to be that person at the ferry company.", True),
        (INTEREST, "The week since has only sharpened my wish to join the crew.", True),
        (INTEREST, "My reasons for applying have not changed.", True),
        (INTEREST, "I'd be happy to send more samples.", False),
        (INTEREST, "I would like to know when you will decide.", False),
        (INTEREST, "The timetable you showed me was clear.", False),
        # C-23: strong interest
        (STRONG_INTEREST, "The ferry company is still where I'd rather be.", True),
        (STRONG_INTEREST, "Quarry Lines has made me an offer.", False),
        (STRONG_INTEREST, "The timetable work is what keeps the ferry company first on my list.", True),
        (STRONG_INTEREST, "I have made a list of my questions.", False),
        # C-27: pointers asked for, and the conversation enjoyed
        (IMPROVE, "Would you share a pointer or two on what would make me a stronger candidate?", True),
        (IMPROVE, "If you could share a few points on where I fell short, I'd be grateful.", True),
        (IMPROVE, "Could Mr Ferris spare a line or two on where my application went?", True),
        (IMPROVE, "Thank you for letting me know.", False),
        (ENJOYED, "Thanks for a good conversation about tide tables.", True),
        (ENJOYED, "I learnt a good deal from the panel's questions.", True),
        (ENJOYED, "Thanks for your message.", False),
        # C-14: the asset claim and something of value
        (ASSET, "Five years of timetabling would make me a valuable member of your team.", True),
        (ASSET, "I believe this would make me a strong addition to the harbour team.", True),
        (ASSET, "I look forward to hearing from you.", False),
        (VALUE, "I have enclosed the crossing times I used and the delays for each.", True),
        (VALUE, "I would be happy to share the outline of that timetable.", True),
        (VALUE, "I remain very interested in the post.", False),
        (VALUE, "We raised the reply rate from 9 to 17 percent with one reminder.", True),
        (VALUE, "I have spent seven years on the harbour timetables.", False),
        # C-01: the forward-looking close, as a hope (blind batch 26)
        (FORWARD, "I'm hoping to hear how things unfold with you.", True),
        (FORWARD, "I hope the new timetable beds in well.", False),
        # C-15: more offered
        (OFFER_MORE, "I should be happy to supply references or a sample timetable.", True),
        (OFFER_MORE, "I remain very interested in the role.", False),
        # C-18: a new connection or progress, in everyday words (blind batch 28)
        (HOOK_WORDS, "I had coffee with Ben from your records team last week.", True),
        (HOOK_WORDS, "Since we last spoke I've been practising how to explain sampling to volunteers.", True),
        (HOOK_WORDS, "I remain very interested in the role.", False),
        (
            HOOK_WORDS,
            "After the interview I have been running a monthly session on reading survey data.",
            True,
        ),
        # C-19: openness to future contact as an open door (blind batch 30)
        (FUTURE, "Please feel free to contact me at any time.", True),
        (FUTURE, "Please don't hesitate to get in touch.", True),
        (FUTURE, "Please contact me if you need my references.", False),
        # C-15: more offered, with the condition after it (blind batch 31)
        (OFFER_MORE, "I can send references or work samples whenever they would help.", True),
        (OFFER_MORE, "I can start in January.", False),
    ],
)
def test_each_element_is_read_in_new_words_and_not_in_others(
    pattern: re.Pattern[str], sentence: str, said: bool
) -> None:
    assert (pattern.search(sentence) is not None) is said


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        ("I'd appreciate knowing how the ferry company's timing looks.", True),
        ("I would welcome hearing how your timeline is looking.", True),
        ("I enjoyed hearing how the schedule of the harbour works.", False),
        ("I appreciate knowing the crew a little better now.", False),
    ],
)
def test_c15_a_wish_to_know_the_timing_said_as_a_gerund_is_the_timeline_question(
    body: str, asked: bool
) -> None:
    assert asks_timeline(body) is asked


@pytest.mark.parametrize(
    ("body", "missing"),
    [
        # thanks for the news, and the meeting valued in a sentence of its own: C-26's thanks (blind batch 26)
        ("Thank you for letting me know. I did enjoy meeting you and the harbour team.", False),
        ("Thank you for letting me know, and I learned a lot from our conversation.", False),
        ("Thank you for letting me know.", True),
        ("I did enjoy meeting you and the harbour team.", True),
    ],
)
def test_c26_thanks_for_the_news_with_the_meeting_valued_is_thanks_enough(body: str, missing: bool) -> None:
    text = letter("Dear Mr. Whitaker,", f"{body} I would be glad to be considered for future roles.")
    said = [f.message for f in check_text(context("RJ"), SUBJECT, text) if f.code == "W-MISSING-ELEMENT"]
    assert ("Missing: thanks for their time and the opportunity." in said) is missing
