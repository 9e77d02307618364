"""C-11's grammar pass on what the blind batches 18 to 21 showed: correct sentences it flagged. Each sits
beside its faulty near-miss, which must still be found.

- a bare infinitive after a causative verb and its object ("made the route feel short"): no subject's
  verb, nothing to agree;
- a relative clause after a coordination ("the vans, rotas and loading that make"): the clause belongs
  to all of them;
- faults it missed: "there" before a noun after any verb that takes an object, "There was a couple of",
  "There's so many", a gerund inside the subject ("My reasons for applying hasn't"), "what" opening an
  embedded question ("what the next stage look like"), "who" after a comma, "X and her both".

The sentences are our own, about a removals firm (vans, rotas, crates), none from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The way you planned the Leeds move made the whole day feel calm.", []),
        ("Your crew let the new driver take the wheel.", []),
        ("The stories you told made the packers laugh.", []),
        ("The way you planned the Leeds move make the whole day calm.", [("make", "agreement")]),
        ("The stories you told makes the packers laugh.", [("makes", "agreement")]),
    ],
)
def test_c11_a_bare_infinitive_after_a_causative_is_no_subjects_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I know the vans, rotas and careful loading that make a move work.", []),
        ("I know the vans and the loading that make a move work.", []),
        ("I know the careful packing plan that make a move work.", [("make", "agreement")]),
        ("The rota that make a move work is hard to write.", [("make", "agreement")]),
    ],
)
def test_c11_a_relative_clause_after_a_coordination_takes_a_plural_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "there" where a possessive stands: after any verb that takes an object, after its particle, or
        # after the verb's first object
        ("I'd like to help movers answer there questions faster.", [("there", "their-there")]),
        ("Most clients send in there inventories by email.", [("there", "their-there")]),
        ("Your crew shows customers there quote before packing.", [("there", "their-there")]),
        # the adverb "there" after the same verbs, and a noun after a determiner
        ("I would love to live there someday.", []),
        ("I stayed there overnight before the Leeds move.", []),
        ("I visited friends there last year.", []),
        ("The staff there care about every crate.", []),
        ("Please check in there as soon as you arrive.", []),
        ("Is there parking near the depot?", []),
    ],
)
def test_c11_there_before_a_noun_after_a_verb_wanting_an_object_is_their(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "There was a couple of", written out in full; "there's a few" too, which every blind writer who used
        # it in a letter marked as a slip (batches 36 and 38)
        ("There was a couple of moments when the crew laughed.", [("was", "agreement")]),
        ("There's a few crates left in the van.", [("There's", "agreement")]),
        ("There was a couple who ran the depot café.", []),
        # an intensifier before the quantity
        ("There's so many crates in the yard.", [("There's", "agreement")]),
        ("There's so much energy in the yard.", []),
        # a gerund as a preposition's object inside the subject
        ("My reasons for applying hasn't changed.", [("hasn't", "agreement")]),
        ("My reasons for applying haven't changed.", []),
        # "what" opening an embedded question with a base verb
        ("Could you tell me what the next stage look like?", [("look", "agreement")]),
        ("Could you tell me what the next stage looks like?", []),
        ("I know what the team wants is clarity.", []),
        # "who" after a comma takes its noun; "which" after a comma may take more than the noun
        ("I met the drivers, who knows the routes by heart.", [("knows", "agreement")]),
        ("I met the drivers, who know the routes by heart.", []),
        ("I took a course on the rules for larger payers, which bears on your denials.", []),
        # a quantifier floated after a compound subject
        ("Mr Doyle and her both spoke about mapping.", [("her", "compound-subject")]),
        ("Mr Doyle and she both spoke about mapping.", []),
    ],
)
def test_c11_the_structures_of_batches_18_to_21(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "and I" opening a clause of its own after a thing, not a person
        ("I'm excited about the Removals Planner role and I look forward to hearing from you.", []),
        ("Thanks for meeting my colleague and I.", [("I", "compound-subject")]),
        ("It was lovely to chat with Dana and I was glad to meet Luis.", [("I", "compound-subject")]),
    ],
)
def test_c11_and_i_after_a_thing_opens_a_clause(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the last batches (24, 25): a determiner after a noun opens another phrase; two nouns of one phrase
        # inside a relative clause
        ("The crates your team packs every week is the ones I used to stack.", [("is", "agreement")]),
        ("The crates your team packs every week are the ones I used to stack.", []),
        ("The questions the crew asked about the lifts and stairs plan was hard.", [("was", "agreement")]),
        ("The questions the crew asked about the lifts and stairs plan were hard.", []),
        # correct English that looked like faults
        ("Every van and every crate carries a label.", []),
        ("The van and the crate carries a label.", [("carries", "compound-subject")]),
        ("Attached are the packing plan, which lists every room, and a floor map.", []),
        ("Attached are the packing plan.", [("are", "agreement")]),
        ("I enjoyed the tour, and the loan default forecast story too.", []),
    ],
)
def test_c11_the_structures_of_batches_24_and_25(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause of place between the subject and its verb
        ("Each of the depots where our vans park overnight have a gate code.", [("have", "agreement")]),
        ("Each of the depots where our vans park overnight has a gate code.", []),
        ("The depots where our vans park overnight is locked at ten.", [("is", "agreement")]),
        ("The depot where the vans park is locked at ten.", []),
    ],
)
def test_c11_a_relative_clause_of_place_is_read_past(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time phrase closing a gerund's phrase
        ("Loading the vans every morning take an hour.", [("take", "agreement")]),
        ("Loading the vans every morning takes an hour.", []),
    ],
)
def test_c11_a_gerund_subject_past_a_time_phrase(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected
