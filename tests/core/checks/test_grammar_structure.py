"""C-11's grammar read from the structure of the clause rather than from listed words: a word's parts of
speech from the lexicon and its place between a determiner, a noun and a verb.

The sentences are our own, written for these tests about trades the corpus does not visit (a cooperage, a
sawmill, a planetarium, a ferry terminal, a dairy, a hospice), each fault beside a correct near-miss.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.tagger import tag
from tests.core.checks.world import SUBJECT, context, letter, marked

OPENING = "Thank you for meeting with me today about the Paralegal role."
CLOSE = "I am very interested and look forward to hearing from you."


def _found(sentence: str) -> list[tuple[str, str]]:
    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    return [(marked(text, f), f.kind) for f in check_text(context(), SUBJECT, text) if f.code == "W-PROOF"]


def _tags(sentence: str) -> dict[str, str]:
    return {w.low: w.tag for w in tag(sentence, 0, len(sentence))}


def test_c11_an_adverb_between_a_determiner_and_its_noun_is_read_as_a_modifier() -> None:
    assert _tags("The barrels in the back shed needs new hoops.")["back"] == "ADJ"
    assert _tags("I came back to the sawmill.")["back"] == "ADV"


def test_c11_a_bare_verb_after_a_singular_noun_and_before_a_verb_is_a_compound_noun() -> None:
    assert _tags("The ferry berth log was tidy.")["log"] == "NN"
    assert _tags("The dairy hands log every churn.")["log"] == "VBP"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The kettle in the back office boil faster than mine.", [("boil", "agreement")]),
        ("The kettle in the back office boils faster than mine.", []),
        ("The stave ledger and the hoop log was easy to follow.", [("was", "compound-subject")]),
        ("The stave ledger and the hoop log were easy to follow.", []),
    ],
)
def test_c11_a_subject_whose_phrase_holds_a_modifier_or_a_compound_noun_is_judged_by_its_head(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Does the coopers at the yard still shape staves by hand?", [("Does", "agreement")]),
        ("Do the coopers at the yard still shape staves by hand?", []),
        ("Do the sawyer in the top mill work on Saturdays?", [("Do", "agreement")]),
        ("Does the sawyer in the top mill work on Saturdays?", []),
        ("Does the rota for the hospice volunteers change in winter?", []),
    ],
)
def test_c11_a_question_with_do_agrees_with_its_subject_past_a_prepositional_phrase(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I understand why its famous among stargazers.", [("its", "its-its")]),
        ("The planetarium is famous for its domed ceiling.", []),
        ("The dairy sold its herd, and its expanding the cheese room now.", [("its", "its-its")]),
        ("The dairy sold its herd, and its cheese room is expanding now.", []),
        ("The terminal is at its quietest in February.", []),
        ("Is its upper wing open in the evenings?", []),
        ("Its obvious that the crew trust each other.", [("Its", "its-its")]),
    ],
)
def test_c11_its_before_a_lone_adjective_or_a_verb_with_its_object_is_it_is(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The casks you've filled for the spring order needs a week to settle.", [("needs", "agreement")]),
        ("The casks you've filled for the spring order need a week to settle.", []),
        ("The telescope they'd restored for the dome were older than the building.", [("were", "agreement")]),
        ("The telescope they'd restored for the dome was older than the building.", []),
        ("The barn it's stored in stays dry all winter.", []),
    ],
)
def test_c11_a_relative_clause_without_that_whose_subject_is_a_contraction_is_skipped_to_the_main_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The stave gauge and the hoop chart you lent me was a great help.", [("was", "compound-subject")]),
        ("The stave gauge and the hoop chart you lent me were a great help.", []),
        ("The tide table and the berth plan that I drew up has been useful.", [("has", "compound-subject")]),
        ("The tide table and the berth plan that I drew up have been useful.", []),
    ],
)
def test_c11_a_compound_subject_is_followed_past_a_relative_clause_to_its_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lindqvist and the Senior Cooper role remains my first choice.", [("remains", "compound-subject")]),
        ("Lindqvist and the Senior Cooper role remain my first choice.", []),
        ("Romeo and Juliet is on at the planetarium's theatre tonight.", []),
        ("The Harbour Master office were closed on Sunday.", [("were", "agreement")]),
        ("The Harbour Master office was closed on Sunday.", []),
    ],
)
def test_c11_a_name_beside_a_common_noun_phrase_is_two_things_and_a_run_of_names_may_end_in_a_noun(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The dairy's new churns, with their copper bands, was the first thing I saw.",
            [("was", "agreement")],
        ),
        ("The dairy's new churns, with their copper bands, were the first thing I saw.", []),
        ("The head cooper, in my experience, is the one to ask.", []),
    ],
)
def test_c11_a_prepositional_aside_between_commas_is_skipped_to_the_subject_s_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Has the hospice's night volunteers finished their training?", [("Has", "agreement")]),
        ("Have the hospice's night volunteers finished their training?", []),
        ("Has the hospice's chaplain finished his rounds?", []),
        ("Does the sawmill's saws run on diesel?", [("Does", "agreement")]),
        ("Do the sawmill's saws run on diesel?", []),
    ],
)
def test_c11_a_question_s_auxiliary_agrees_with_the_noun_after_an_owner_s_name(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected
