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


# --- the fifteenth batch: asides, existential tails, names in questions, time phrases ----------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside between commas, dashes or brackets between the subject and its verb
        ("The ovens, fired at dawn and cleaned every night, needs a service.", [("needs", "agreement")]),
        ("The ovens, fired at dawn and cleaned every night, need a service.", []),
        ("My two bakers, both trained in Lyon, is happy to help.", [("is", "agreement")]),
        ("My two bakers, both trained in Lyon, are happy to help.", []),
        ("The reasons I want the job - the flour, the hours - hasn't changed.", [("hasn't", "agreement")]),
        ("The reasons I want the job - the flour, the hours - haven't changed.", []),
        ("The recipe cards (two of them, written in pencil) sets out the method.", [("sets", "agreement")]),
        ("The loaf, however, shows the crumb.", []),
        ("The rolls, she says, show the crumb.", []),
        ("My manager, Dana Kim, has agreed.", []),
        ("The ovens, the mixers, and the proofers are old.", []),
        # a plural head after the first noun of a compound, the clause's end after it
        ("Attached is my two recipe cards.", [("is", "agreement")]),
        ("Attached are my two recipe cards.", []),
        ("Attached is my recipe card.", []),
        ("There is probably several loaves left.", [("is", "agreement")]),
        ("There is probably a loaf left.", []),
        ("Here's the two things I owe you.", [("Here's", "agreement")]),
        ("Here's the thing I owe you.", []),
        # names in a question: two people take a plural auxiliary
        ("What does Mr Doyle and Dr Rossi still need from me?", [("does", "agreement")]),
        ("What do Mr Doyle and Dr Rossi still need from me?", []),
        ("Is Dana and Luis joining us?", [("Is", "agreement")]),
        ("Are Dana and Luis joining us?", []),
        # a relative clause opened by a name with an auxiliary, or ended by a time phrase
        ("The terms Quarry Labs has offered is generous.", [("is", "agreement")]),
        ("The terms Quarry Labs has offered are generous.", []),
        ("The notes I took last week covers it.", [("covers", "agreement")]),
        ("The note I took last week covers it.", []),
        ("The tips you shared about the bread guide your team wrote has helped.", [("has", "agreement")]),
        ("The tips you shared about the bread guide your team wrote have helped.", []),
    ],
)
def test_c11_the_fifteenth_batchs_structures(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A short update since I last wrote: the oven is fixed.", []),
        ("One piece of news since we last spoke: the oven is fixed.", []),
        ("The bake last an hour.", [("last", "agreement")]),
    ],
)
def test_c11_last_as_an_adverb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(("word", "reported"), [("pre", []), ("pree", ["pree"]), ("mid", [])])
def test_c11_a_prefix_before_a_year_is_no_word_of_its_own(word: str, reported: list[str]) -> None:
    from followup.core.checks.checker import check_text
    from tests.core.checks.world import SUBJECT, context, letter, marked

    def speller(words: list[str]) -> set[str]:  # a dictionary that knows every word but these
        return {w for w in words if w.lower() in {"pre", "pree", "mid"}}

    text = letter("Dear Mr. Whitaker,", f"Most of the repairs were to {word}-1945 ovens.")
    found = [marked(text, f) for f in check_text(context(), SUBJECT, text, speller) if f.kind == "spelling"]
    assert found == reported


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Both links are in my portfolio at marisolvega.example.com.", []),
        ("The case study is at marisolvega.example.com/food-bank if you want it.", []),
        # a word that merely ends a sentence before the next is still a word
        ("I kept marisolvega notes.Thanks again.", ["marisolvega"]),
    ],
)
def test_c11_a_web_address_without_its_scheme_is_no_word(sentence: str, reported: list[str]) -> None:
    from followup.core.checks.checker import check_text
    from tests.core.checks.world import SUBJECT, context, letter, marked

    def speller(words: list[str]) -> set[str]:  # a dictionary that knows every word but the name
        return {w for w in words if w.lower() in {"marisolvega", "vega"}}

    text = letter("Dear Mr. Whitaker,", sentence)
    found = [marked(text, f) for f in check_text(context(), SUBJECT, text, speller) if f.kind == "spelling"]
    assert found == reported
