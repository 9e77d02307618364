"""C-11's agreement past what stands between a subject and its verb: a bracketed aside, a relative of its own
between commas after a clause without "that", an "of" phrase after a plural noun, a part of a whole ("most of
the ..."), a gerund with a bare object, a relative clause after "X of Y" when both agree, and a subject put
after "is" by "Attached", "Enclosed" or "Below". Each fault beside a correct near-miss; the sentences are our
own, about trades the corpus does not visit (a bell foundry, a glasshouse, a ferry line, a bindery).
"""

from __future__ import annotations

import pytest

from followup.core.checks.tagger import tag
from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The two moulds in the yard (both from 1890) needs recasting.", "needs"),
        ("The ferry timetables you mentioned, which change each spring, confuses visitors.", "confuses"),
        ("The glazing sections of the manual, which I read twice, was the clearest.", "was"),
        ("Most of the bells I tuned last winter was cast in bronze.", "was"),
        ("Checking glass quality before each firing take patience.", "take"),
        ("Were there parts of my sketches that was hard to follow?", "was"),
        ("Attached is three samples of my bindery work.", "is"),
    ],
)
def test_c11_agreement_is_judged_past_the_aside(sentence: str, verb: str) -> None:
    assert _found(sentence) == [(verb, "agreement")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two moulds in the yard (both from 1890) need recasting.",
        "The ferry timetables you mentioned, which change each spring, confuse visitors.",
        "The glazing sections of the manual, which I read twice, were the clearest.",
        "Most of the bells I tuned last winter were cast in bronze.",
        "Most of the casting work was done by hand.",
        "Checking glass quality before each firing takes patience.",
        "Sailing boats are my weekend hobby.",
        "She is one of the binders who are training apprentices.",
        "Attached are three samples of my bindery work.",
        "Attached is a copy of the two reports.",
        "One idea I would bring: before casting, run both moulds side by side.",
    ],
)
def test_c11_the_same_sentences_written_right_raise_nothing(sentence: str) -> None:
    assert _found(sentence) == []


def test_c11_a_plural_noun_before_its_of_phrase_is_a_noun_not_a_verb() -> None:
    sentence = "The glazing sections of the manual were clear."
    tags = {w.low: w.tag for w in tag(sentence, 0, len(sentence))}
    assert tags["sections"] == "NNS"


@pytest.mark.parametrize(
    ("sentence", "word", "kind"),
    [
        ("The glaziers clearly take pride in there weekly schedule.", "there", "their-there"),
        ("Could you tell me whether its best to bring my own gloves?", "its", "its-its"),
        ("Your notes would help my tutor and I plan the next term.", "I", "compound-subject"),
    ],
)
def test_c11_possessives_and_pronouns_in_new_places(sentence: str, word: str, kind: str) -> None:
    assert _found(sentence) == [(word, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We met in there last week.",
        "The foundry did its best to help.",
        "Your notes would help my tutor and me plan the next term.",
        "They told me Dana and I were next.",
    ],
)
def test_c11_their_near_misses_raise_nothing(sentence: str) -> None:
    assert _found(sentence) == []
