"""C-11's grammar pass on the agreement misses left in the development split after batch 31. Each fault
sits beside its near-miss:

- a time clause inside a relative clause ("the notes I took while you walked me through the depots
  has"), a preposition that is not a clause ("the riders who leave before the second stop are");
- a noun inside a phrase that the tagger may take for a verb ("when you rebuilt the bike demand
  forecast last year was");
- two subjects in a relative clause ("the forecast that you and your team rebuilt show");
- a gerund with a particle as a preposition's object ("your stories about growing up in Leeds makes");
- a number that belongs to a name ("the storm that closed Route 9 makes");
- a degree phrase after a stranded preposition ("the docks you walked me through sounds a lot like");
- "it sound like" at a clause's start ("makes it sound like" untouched).

The sentences are our own, about a city's bike-share scheme, none from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The notes I took while you walked me through the depots has already been useful.",
            [("has", "agreement")],
        ),
        ("The notes I took while you walked me through the depots have already been useful.", []),
        ("The note I took while you walked me through the depots has already been useful.", []),
        (
            "The changes you made when you rebuilt the bike demand forecast last year was careful work.",
            [("was", "agreement")],
        ),
        ("The changes you made when you rebuilt the bike demand forecast last year were careful work.", []),
        ("The riders who leave before the second stop are the ones I would call first.", []),
        ("The tips you sent me before the interview were a great help.", []),
        ("The tips you sent me before the interview was a great help.", [("was", "agreement")]),
    ],
)
def test_c11_a_time_clause_inside_the_relative_clause(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The demand forecast that you and your team rebuilt last year show how seriously you plan.",
            [("show", "agreement")],
        ),
        ("The demand forecast that you and your team rebuilt last year shows how seriously you plan.", []),
        ("Your stories about growing up in Leeds makes me want to ride there.", [("makes", "agreement")]),
        ("Your stories about growing up in Leeds make me want to ride there.", []),
        (
            "The stories from the storm that closed Route 9 makes a good case for spare bikes.",
            [("makes", "agreement")],
        ),
        ("The stories from the storm that closed Route 9 make a good case for spare bikes.", []),
        (
            "The docking stations you walked me through sounds a lot like the ones I ran in Bristol.",
            [("sounds", "agreement")],
        ),
        ("The docking stations you walked me through sound a lot like the ones I ran in Bristol.", []),
        ("Good luck with the move to the new app; it sound like a big lift.", [("it sound", "agreement")]),
        ("Good luck with the move to the new app; it sounds like a big lift.", []),
        ("The new app should make it sound like a simple change to riders.", []),
    ],
)
def test_c11_subjects_with_two_owners_particles_and_names(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb after an aside that opened with "which"
        ("The ferry program, which I hear is growing fast, need more volunteers.", [("need", "agreement")]),
        ("The ferry program, which I hear is growing fast, needs more volunteers.", []),
        (
            "My supply chain certificate from the harbour college, which I studied for at night, was"
            " awarded.",
            [],
        ),
        # a relative clause after a phrase may belong to the phrase's own head
        ("The move away from hand-built timetables that goes with it is welcome.", []),
        ("The move away from hand-built timetables that go stale is welcome.", []),
        # "and the care": two subjects take a plural verb
        (
            "The way your crew checks the ramps before each sailing and the care that goes into it were"
            " the parts I remembered.",
            [],
        ),
        (
            "The way your crew checks the ramps before each sailing were the part I remembered.",
            [("were", "agreement")],
        ),
    ],
)
def test_c11_asides_phrases_and_second_subjects(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the second one" is one, whatever the aside after it holds
        (
            "The second one, with the tide tables and the berth plans, show how the timetable changed.",
            [("show", "agreement")],
        ),
        ("The second one, with the tide tables and the berth plans, shows how the timetable changed.", []),
        # a gerund and its prepositional phrases as the subject
        (
            "Preparing for it over the summer have already changed how I read a manifest.",
            [("have", "agreement")],
        ),
        ("Preparing for it over the summer has already changed how I read a manifest.", []),
        ("Listening to you explain the tide tables, I realised how much I had to learn.", []),
    ],
)
def test_c11_an_ordinal_one_and_a_gerund_with_its_phrases(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected
