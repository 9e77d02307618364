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
