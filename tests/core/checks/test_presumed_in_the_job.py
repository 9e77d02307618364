"""C-13: a LinkedIn note that pictures the candidate already in the job (``presumption._IN_THE_JOB``): the
decision taken as made, the candidate as their new arrival, a claim on their place, the move or the commute
to it, the work as theirs to expect, the start counted down or told to others. Our own sentences, in trades
the drafts corpus never visits, each beside a near miss of modest hope or of the conversation that must pass.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, context

WHO = "Hi John, Alex Morgan here from today's interview about e-discovery."

# (presuming, its near miss): the same scene, once taken for granted, once only hoped for or remembered
PAIRS = [
    (
        "Now that it's settled, I'll start learning the lock-keeping log.",
        "Whatever is settled, I'll keep reading about the lock-keeping log.",
    ),
    (
        "My mentor says the board agrees I'm the one for the canal.",
        "My mentor says the board agrees the canal needs dredging.",
    ),
    (
        "The cooperage will have a new face at the barrel racks by June.",
        "Seeing the barrel racks at the cooperage was a lovely surprise.",
    ),
    (
        "I'll take the stool by the loom if nobody minds.",
        "The stool by the loom where you showed me the weave was a treat.",
    ),
    (
        "The night round on ward four is mine from next month.",
        "The pleasure is mine; the night round on ward four sounded demanding.",
    ),
    (
        "I've found a flat five minutes from the boatyard already.",
        "I grew up five minutes from a boatyard, so your stories rang true.",
    ),
    (
        "Cycling to the planetarium every morning will be a joy.",
        "Cycling past the planetarium this morning was a joy.",
    ),
    (
        "Your archivists can expect me to rebind the ledgers before winter.",
        "If I'm lucky enough to meet your archivists one day, I'd love to see the ledgers.",
    ),
    (
        "I've told my brother I'll be shoeing horses for you by spring.",
        "I told my brother about the horses you shoe each spring.",
    ),
    (
        "I'll be steering the barge with the rest of the skippers soon.",
        "I hope our paths cross again on the canal; the skippers were wonderful.",
    ),
    (
        "Looking forward to being the stable's go-to for lame ponies.",
        "Your stories about lame ponies at the stable were wonderful.",
    ),
    (
        "Haymaking season can't come soon enough for me.",
        "Your haymaking season sounds like hard work and great fun.",
    ),
    (
        "Please tell the farriers I'll bring the bacon rolls on my Fridays.",
        "Please thank the farriers for the bacon rolls they shared on Friday.",
    ),
    (
        "The aviary has found its new keeper, and I couldn't be happier.",
        "The aviary's new keeper you mentioned sounds like a great find.",
    ),
    # the blind batches 18 to 23: the newcomer, the desk, the pass bought, work done on their behalf
    (
        "Tell the grooms their new coordinator says hello.",
        "Tell the grooms I enjoyed meeting them.",
    ),
    (
        "The stable gains one more pair of hands this spring: mine.",
        "The stable sounds like it could use more hands this spring.",
    ),
    (
        "Is the desk by yours still free?",
        "Is the tack room by yours still being rebuilt?",
    ),
    (
        "My season ticket for the bus to the stables is already bought.",
        "I took the bus to the stables and enjoyed the ride.",
    ),
    (
        "I'm already ringing farriers on the stable's behalf.",
        "I'm glad the farriers you ring are so reliable.",
    ),
    (
        "See you at orientation, and thanks for the stable tour!",
        "Thanks for the stable tour, and for explaining how new grooms are trained.",
    ),
    (
        "I've drafted the feed charts I'll use once I'm in.",
        "I've drafted a note on feed charts once I'm in touch with my old yard.",
    ),
    (
        "Glad to connect before I'm on your grooming team.",
        "Glad to connect with someone on the grooming team.",
    ),
]


def _overconfident(sentence: str) -> list[str]:
    text = f"{WHO} {sentence}"
    return [
        text[f.start : f.end] for f in check_text(context("LI"), SUBJECT, text) if f.code == "W-OVERCONFIDENT"
    ]


@pytest.mark.parametrize(("presuming", "modest"), PAIRS)
def test_c13_the_candidate_pictured_in_the_job_is_w_overconfident_and_its_near_miss_is_not(
    presuming: str, modest: str
) -> None:
    found = _overconfident(presuming)
    assert found and all(span in presuming for span in found)  # each span inside the presuming sentence
    assert _overconfident(modest) == []


def test_c13_the_finding_names_the_words_that_presume() -> None:
    assert _overconfident("I've found a flat five minutes from the boatyard already.") == [
        "found a flat five minutes from the boatyard"
    ]
    assert _overconfident("Now that it's settled, I'll start learning the lock-keeping log.") == [
        "Now that it's settled"
    ]
