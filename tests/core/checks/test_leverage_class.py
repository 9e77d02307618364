"""K17 leverage as a class of meaning (``pressure._LEVER_CLASS``): any organisation courting the candidate
(a broad class of the nouns employers go by), a role with another one, conversations under way elsewhere,
or the candidate's own employer bidding to keep them. Our own sentences, in trades the drafts corpus never
visits, each beside a near miss that must pass.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import tone_kinds


@pytest.mark.parametrize(
    ("action", "sentence"),
    [
        ("TY", "A boatyard in Falmouth has also asked me to come in for a second conversation."),
        ("TY", "I'm weighing up a position with a rival ferry operator."),
        ("F1", "My current apiary has offered to match any salary to keep me."),
        ("TY", "I have two other conversations going with theatre companies."),
        ("F1", "A ferry operator in Hull has since invited me to interview."),
        ("TY", "My present employer has asked me to stay with a pay rise."),
        ("F1", "A cider house in Somerset has made me an offer."),
    ],
)
def test_k17_another_organisation_courting_the_candidate_is_leverage(action: str, sentence: str) -> None:
    assert tone_kinds(action, sentence) == ["leverage"]


@pytest.mark.parametrize(
    "sentence",
    [
        "My conversations with a local museum shaped my interest in archives.",
        "I've read other interviews with your founder.",
        "My current manager offered to write me a reference.",
        "I had other conversations at the open day about rope work.",
        "A local newspaper has interviewed me about the berth campaign.",
        "A Leeds charity has asked me to help with their donor survey.",
        "Your crew told me about a rival ferry operator's new berth.",
    ],
)
def test_k17_other_organisations_in_the_candidates_story_are_no_leverage(sentence: str) -> None:
    assert tone_kinds("TY", sentence) == []
