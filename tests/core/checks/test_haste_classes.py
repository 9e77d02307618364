"""K17 urgency, deadline and decision in words of our own, beyond the corpus's phrasings: haste as a class of
adverbs ("briskly", "apace"), the clock run against the candidate, a swift "word" or "verdict", a period
opened by "inside", a date named by an event ("before the harvest festival"), a nudge "toward" a call. Each
beside a near miss that must pass.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import tone_kinds


@pytest.mark.parametrize(
    ("action", "sentence", "kind"),
    [
        ("F1", "Time is not on my side here.", "urgency"),
        ("TY", "I'd be grateful if things could move along briskly.", "urgency"),
        ("F1", "The clock is ticking for me, so a swift word would be welcome.", "urgency"),
        ("F1", "I'm hoping for an answer before the harvest festival.", "deadline"),
        ("TY", "Ideally I'd hear back from you inside ten days.", "deadline"),
        ("F1", "Could you nudge the panel toward a call on my candidacy?", "decision"),
    ],
)
def test_k17_haste_dates_and_nudges_in_unseen_words_are_their_kind(
    action: str, sentence: str, kind: str
) -> None:
    assert tone_kinds(action, sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival season keeps the ferry crews busy.",
        "I'd love to visit the press before the harvest festival.",
        "Your riggers work apace when a storm is due.",
        "The clock is ticking on the port's old licence, as you said.",
        "I loved how briskly the crew turned the ferry around.",
        "I wanted to ask when you expect to decide.",
    ],
)
def test_k17_their_pace_their_dates_and_the_candidates_own_plans_are_no_pressure(sentence: str) -> None:
    assert tone_kinds("F1", sentence) == []


def test_k17_a_quick_word_or_call_is_a_courtesy_not_haste() -> None:
    assert tone_kinds("F1", "Could I have a quick word with the skipper about the rota?") == []
