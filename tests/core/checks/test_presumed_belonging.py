"""C-13 (W-OVERCONFIDENT) by the grammar of belonging rather than by phrases: a LinkedIn note in which the
candidate calls the employer's people, things or work "ours" while picturing their own part, or says what
"we" will have to do there, presumes the outcome; "we" and "our" as the two people who met (their
conversation, what they share, what they might do as contacts) do not. Leaving the current job and the
starter's first weeks are presumption in any words.

The sentences are our own, about trades the corpus does not visit (an apiary, a print shop, a vineyard, a
ropeworks, a veterinary practice), each presumption beside a near-miss.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.presumption import presumed_belonging
from tests.core.checks.world import codes, context, of_rule

WHO = "Alex Morgan here; I interviewed today and enjoyed the e-discovery platform migration talk."


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to take our hives up to the heather next August.",
        "Already sketching a new layout for our print room.",
        "We'll have to replant the lower rows after the frost.",
        "We need to get the ropewalk certified before winter.",
    ],
)
def test_c13_the_employer_s_work_spoken_of_as_ours_or_as_what_we_will_do_is_presumption(
    sentence: str,
) -> None:
    assert presumed_belonging(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Our bees sound like very different characters.",
        "I enjoyed our walk round the vineyard.",
        "We could compare notes on rope splicing sometime.",
        "We'll probably cross paths at the county show.",
        "At my current practice our vets rotate weekend cover, which I described.",
        "We talked about hive scales, and here is the one I use.",
    ],
)
def test_c13_we_and_our_as_the_two_people_who_met_are_not_presumption(sentence: str) -> None:
    assert presumed_belonging(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I've already handed in my notice at the print shop.",
        "I'm about to leave my current job, so the timing is good.",
        "I hope I made the cut.",
        "I'm sure I'd fit right in.",
        "Is there anything I should bring to the induction?",
    ],
)
def test_c13_leaving_the_current_job_the_cut_and_the_induction_are_overconfident(sentence: str) -> None:
    found = of_rule(check_text(context("LI"), "", f"{WHO} {sentence}"), "C-13")
    assert codes(found) == {"W-OVERCONFIDENT"}


def test_c13_a_linkedin_note_calling_their_regulars_ours_is_overconfident_and_the_near_miss_is_not() -> None:
    presuming = f"{WHO} I can't wait to meet our regulars at the cellar door."
    modest = f"{WHO} I enjoyed hearing about your regulars at the cellar door."
    assert codes(of_rule(check_text(context("LI"), "", presuming), "C-13")) == {"W-OVERCONFIDENT"}
    assert of_rule(check_text(context("LI"), "", modest), "C-13") == []
