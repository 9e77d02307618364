"""C-11 agreement: a noun that may be read as a verb ("stand", "shelf" beside "looks") is the last noun of a
compound subject when a prepositional phrase and the clause's own verb follow it; without that verb after it,
a plural verb after a singular subject is still a fault. Our own sentences, each beside a near miss."""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, context

WHO = "Hi John, Alex Morgan here from today's interview about e-discovery."


def _agreement(sentence: str) -> list[str]:
    text = f"{WHO} {sentence}"
    found = check_text(context("LI"), SUBJECT, text)
    return [text[f.start : f.end] for f in found if f.code == "W-PROOF" and f.kind == "agreement"]


@pytest.mark.parametrize(
    "sentence",
    ["The repair stand near the till is busy.", "The bike stand beside the ferry ramp was full."],
)
def test_c11_a_compound_subject_noun_before_its_clause_verb_is_not_an_agreement_fault(sentence: str) -> None:
    assert _agreement(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The manager stand near the till every day.", "stand"),
        ("The kettle sit by the sink.", "sit"),
    ],
)
def test_c11_a_plural_verb_after_a_singular_subject_is_still_an_agreement_fault(
    sentence: str, verb: str
) -> None:
    assert _agreement(sentence) == [verb]
