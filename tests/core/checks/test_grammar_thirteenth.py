"""C-11's grammar pass on what the thirteenth blind batch showed: faults it missed and correct sentences it
flagged. Each fault sits beside its correct near-miss, which must stay clean.

- a plural noun of a compound, then a prepositional phrase, then a singular verb ("the oven rotas at
  Leith needs"): the verb agrees with that noun, not with the first noun of the compound;
- a question word and adverbs before "does" ("How often does the bakers start");
- one person by name after a plural auxiliary ("Have Dr. Ames had");
- correct sentences: a pronoun after a preposition ("the figures in it are"), a noun phrase after
  "neither ... nor" that goes on past an adjective ("nor short notice is"), "whoever" opening the subject,
  "a heap of them love", and a plural noun named by a product at the sentence's end ("around R scripts").

The sentences are our own, about a bakery (ovens, rotas, proving), none from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I still think the oven rotas at Leith needs a second look.", [("needs", "agreement")]),
        ("I still think the oven rotas at Leith need a second look.", []),
        ("The proving drawers in the back room works well.", [("works", "agreement")]),
        ("The proving drawer in the back room works well.", []),
        ("The repair stand near the till is busy.", []),
        ("Running bread trials without wasting flour is a hard balance.", []),
        ("Your story about running bread trials without wasting flour was useful.", []),
    ],
)
def test_c11_a_compound_nouns_last_word_takes_the_verb_after_its_phrase(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("How often does the bakers start before dawn?", [("does", "agreement")]),
        ("How often do the bakers start before dawn?", []),
        ("How often does the baker start before dawn?", []),
        ("Have Dr. Ames had a chance to taste the rye?", [("Have", "agreement")]),
        ("Has Dr. Ames had a chance to taste the rye?", []),
        ("Have Dr. Ames and Luis had a chance to taste the rye?", []),
        ("Do Ms Price want the recipe cards?", [("Do", "agreement")]),
        ("Does Ms Price want the recipe cards?", []),
    ],
)
def test_c11_a_questions_auxiliary_agrees_after_a_question_word_or_a_name(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures in it are from two years of sales.",
        "Neither distance nor short notice is a problem for me.",
        "Whoever bakes the sourdough on Sundays has my admiration.",
        "I met the volunteers who run the stall; a heap of them clearly love the market too.",
        "I would enjoy replacing its hand-drawn charts with a process organised around R scripts.",
    ],
)
def test_c11_correct_sentences_of_the_thirteenth_batch_stay_clean(sentence: str) -> None:
    assert _found(sentence) == []


def test_c11_a_pronoun_as_subject_is_still_judged() -> None:
    assert _found("I read the report twice; it are the figures in it that matter.") == [
        ("it are", "agreement")
    ]
