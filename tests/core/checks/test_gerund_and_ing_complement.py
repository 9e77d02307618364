"""C-11 agreement on structure the corpus's writers did not use: a gerund's phrase as a subject (one
activity, whatever its object's number) and a verb's -s form before an -ing complement after a phrase ("the
buoys along the channel needs repainting"). Our own sentences, each fault beside a near miss.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, context, letter


def _agreement(sentence: str) -> list[str]:
    text = letter(
        "Dear Mr. Whitaker,",
        f"Thank you for meeting me about the Paralegal role. {sentence} I look forward to hearing from you.",
    )
    return [text[f.start : f.end] for f in check_text(context("TY"), SUBJECT, text) if f.kind == "agreement"]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Restoring the old marionettes take a steady hand.", "take"),
        ("Pruning the trees in the orchard are slow work.", "are"),
        ("Splicing the mooring lines were the hardest part.", "were"),
        ("The buoys along the northern channel needs repainting before spring.", "needs"),
        ("The hives behind the cider press needs moving.", "needs"),
        # a relative clause with a plural verb shows a compound noun, not a gerund and its object
        ("Mooring ropes that rot in salt water needs replacing.", "needs"),
    ],
)
def test_c11_a_gerund_subject_or_a_plural_head_past_a_phrase_disagreeing_is_found(
    sentence: str, verb: str
) -> None:
    assert _agreement(sentence) == [verb]


@pytest.mark.parametrize(
    "sentence",
    [
        "Restoring the old marionettes takes a steady hand.",
        "Meeting the crew and touring the berth were the highlights.",
        "Sailing ships are still built on the estuary.",
        "Looking at the charts, I saw how the silt had moved.",
        "Painting buoys is dull but necessary work.",
        "The buoys along the northern channel need repainting before spring.",
        "The skipper needs training on the new radar.",
    ],
)
def test_c11_right_agreement_near_gerunds_and_ing_complements_passes(sentence: str) -> None:
    assert _agreement(sentence) == []
