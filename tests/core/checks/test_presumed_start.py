"""C-13: a LinkedIn note that pictures the candidate already working with the reader, as a structure
(``presumption.presumed_start``): the candidate's prospect with a verb of doing, and either working beside
the reader or a time still to come with the reader's team or place. Our own sentences, in trades the drafts
corpus never visits, each beside a near miss that must pass.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.presumption import presumed_start
from tests.core.checks.world import SUBJECT, context

PRESUMING = [
    "I'll bring my own tide tables on Monday so your crew can check them.",
    "Can't wait to be splicing ropes alongside your riggers.",
    "Really looking forward to mapping the reef with you next month.",
    "I'm itching to start on the hive census with your team soon.",
    "I plan to restore the marionettes side by side with you.",
    "Looking forward to pressing the autumn cider together.",
]


@pytest.mark.parametrize("sentence", PRESUMING)
def test_c13_the_candidate_pictured_at_work_with_them_is_presumption_in_unseen_words(sentence: str) -> None:
    assert presumed_start(sentence) is not None


COURTESIES = [
    "I'll send your team the article on reef mapping on Monday.",  # a courtesy of the note
    "Looking forward to catching up with you soon.",
    "I'll read your crew's report on the new ferry berth next week.",
    "Looking forward to comparing notes with you at the cartography fair.",
    "Your team's hives survived the winter together with the new frames.",  # not the candidate's prospect
    "I'll be at the puppet festival on Saturday if you are going.",  # no work shared, no weekday start
    "I enjoyed hearing how your team presses cider next month.",  # no prospect of the candidate's
]


@pytest.mark.parametrize("sentence", COURTESIES)
def test_c13_courtesies_and_their_own_plans_are_not_presumption(sentence: str) -> None:
    assert presumed_start(sentence) is None


def test_c13_a_linkedin_note_picturing_the_first_monday_is_w_overconfident() -> None:
    text = (
        "Hi John, Alex Morgan here from today's interview about e-discovery. "
        "I'll bring my own tide tables on Monday so your crew can check them."
    )
    found = [f for f in check_text(context("LI"), SUBJECT, text) if f.code == "W-OVERCONFIDENT"]
    assert [(f.rule, text[f.start : f.end]) for f in found] == [
        ("C-13", "I'll bring my own tide tables on Monday so your crew can check them.")
    ]


def test_c13_a_linkedin_note_offering_an_article_has_no_presumption() -> None:
    text = (
        "Hi John, Alex Morgan here from today's interview about e-discovery. "
        "I'll send your team the article on audit trails on Monday."
    )
    assert [f for f in check_text(context("LI"), SUBJECT, text) if f.code == "W-OVERCONFIDENT"] == []


A_HIRE_HAS = [
    "Save me a seat at the Friday crew lunch!",
    "I'll need a locker near the rigging loft, I expect.",
    "Let me know which parking bay will be mine.",
    "Any idea when the contracts go out?",
    "I'd love your vote when the panel meets.",
    "I'll see you bright and early on the quay, boss.",
    "Counting down the days until I start.",
    "Once the paperwork is through, I'll be on the ferry with you.",
]


@pytest.mark.parametrize("sentence", A_HIRE_HAS)
def test_c13_what_only_a_hire_has_or_awaits_is_w_overconfident_in_unseen_words(sentence: str) -> None:
    text = f"Hi John, Alex Morgan here from today's interview about e-discovery. {sentence}"
    codes = [
        f.code for f in check_text(context("LI"), SUBJECT, text) if f.code in ("W-OVERCONFIDENT", "W-TONE")
    ]
    assert codes and set(codes) == {"W-OVERCONFIDENT"}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to stay in touch and follow the berth project.",
        "Thanks for the tip about the tide tables; I ordered the almanac.",
        "I'll look out for your talk at the maritime fair.",
        "Counting down the days until your atlas is published.",
        "Before I start my evening shift at the bakery, I read your column.",
        "My locker at the rowing club is full of your old charts.",  # the candidate's own story
        "I'll need a contract template like yours for my own studio.",
        "The council's vote on the berth plan is next week.",
    ],
)
def test_c13_near_misses_of_a_hires_things_raise_nothing(sentence: str) -> None:
    text = f"Hi John, Alex Morgan here from today's interview about e-discovery. {sentence}"
    assert [f.code for f in check_text(context("LI"), SUBJECT, text) if f.code == "W-OVERCONFIDENT"] == []
