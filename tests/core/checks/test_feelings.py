"""C-20/C-26 guilt as a class of meaning (``checks.feelings``): a word of hurt or reproach from the broad
negative lexicon, said by the candidate of themselves, of the wait or of the decision, in a message written
after a wait or an outcome. Every sentence here is our own, in trades the drafts corpus never visits (an
apiary, a ferry line, a map library, a puppet theatre, a cider press), and each fault stands beside a near
miss that must pass.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.feelings import hurt, negative_words
from tests.core.checks.world import SUBJECT, context, letter

OPENING = "Thank you again for the conversation about the Paralegal role."
CLOSE = "I remain very interested and would welcome any news when you have it."


def _tone(action: str, sentence: str) -> list[str]:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    return [f"{f.code}/{f.kind}" for f in check_text(context(action), SUBJECT, text) if f.code == "W-TONE"]


HURT = [
    "Honestly, I'm dismayed that the apiary panel never wrote back.",
    "I felt rather dejected when the closing date for the ferry post came and went.",
    "The silence since the map library interview has been agonizing.",
    "The decision feels unjust after three rounds at the puppet theatre.",
    "This is deeply discouraging.",
    "It left me feeling miserable for most of the week.",
    "I'm heartbroken about the outcome at the cider press.",
    "I was bitterly disappointed by the news.",
    "I have been feeling neglected since the second round.",
    "It has been a little hurtful not to hear a word since March.",
    "I was disappointed to hear nothing after the date you gave.",
    "The lack of any reply has been upsetting.",
    "I am a touch resentful that nobody called.",
]


@pytest.mark.parametrize("sentence", HURT)
def test_c20_the_candidates_hurt_or_the_wait_judged_negative_is_found_in_unseen_words(sentence: str) -> None:
    found = hurt(sentence)
    assert found is not None
    assert found.group().split()[-1].lower().strip(".,") in negative_words()


NEAR_MISSES = [
    "I'm not disappointed at all: the feedback on my hive inspections was useful.",  # turned by "not"
    "It was a painful migration for the cartography team.",  # a determiner: their project described
    "I'd be devastated to miss the spring swarm season.",  # a supposition, nothing that happened
    "It was devastating for the growers when the orchard flooded.",  # their story
    "I was sad to hear the news, and grateful for your time.",  # a reaction to news is courtesy
    "It is disheartening to read how many hives were lost last winter.",  # their story, read
    "It's infuriating when a ferry timetable changes without notice.",  # a general truth
    "I was sorry not to be chosen, but I learnt a great deal.",  # "sorry" is mild
    "The ferry schedule was hard to read before the redesign.",  # not the wait, not the candidate
    "I was delighted to meet the whole puppet workshop.",  # a positive word
    "It is difficult to pick one highlight from the press tour.",  # mildly negative, kept out
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_c20_ordinary_sentences_near_hurt_are_not_read_as_guilt(sentence: str) -> None:
    assert hurt(sentence) is None


@pytest.mark.parametrize("action", ["F2", "F3", "RJ", "FB"])
def test_c20_hurt_in_a_message_after_a_wait_or_an_outcome_is_w_tone_guilt(action: str) -> None:
    assert _tone(action, "I'm heartbroken about the outcome at the cider press.") == ["W-TONE/guilt"]


def test_c20_a_thank_you_telling_an_old_frustration_is_not_guilt() -> None:
    """No wait and no outcome yet: the hurt in a thank-you is a story, not a reproach."""
    said = "I was bitterly dismayed by our old ferry booking tool, so your rebuild hit home."
    assert hurt(said) is not None
    assert _tone("TY", said) == []


def test_c20_the_lexicon_keeps_strong_negative_words_and_leaves_mild_ones_out() -> None:
    words = negative_words()
    assert words["heartbroken"] <= -1.8 and words["disappointed"] <= -1.8
    assert "sorry" not in words and "difficult" not in words and "hard" not in words
