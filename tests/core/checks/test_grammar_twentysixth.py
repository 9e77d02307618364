"""C-11's grammar pass on what the blind batches 26 and 27 showed. Each fault sits beside its near-miss:

- an -s verb after a contact clause that ends in a time phrase ("the visits you arranged last spring
  means") or in a stranded preposition ("the boxes you walked me through sounds"); a relative of the
  relative's own noun ("the maps you showed of towns that flood was");
- a plural noun, then a verb and an adjective ("the loan records look tidy"), a singular noun, a bare
  verb and an -ly adverb ("The catalogue list closely"), a gerund with an object and an adjective
  ("Keeping the reading room quiet ... is"), a gerund with a time phrase;
- a clause as a preposition's object ("Any tips on what I could change is"), a participle between a
  determiner and its noun ("one scanned ledger"), a noun's possessive inside one phrase;
- "It were", "It really help" (and "if it were", "as it were" untouched); "they're time is short".

The sentences are our own, about a county archive (ledgers, maps, a reading room), none from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.checks.world import proof_in_letter as _found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The visits you arranged last spring means a lot to the volunteers.", [("means", "agreement")]),
        ("The visits you arranged last spring mean a lot to the volunteers.", []),
        (
            "The boxes of parish ledgers you walked me through sounds like a good first project.",
            [("sounds", "agreement")],
        ),
        ("The boxes of parish ledgers you walked me through sound like a good first project.", []),
        ("The room we talked about seems ideal for the workshops.", []),
        ("The rooms we talked about seems ideal for the workshops.", [("seems", "agreement")]),
        ("The maps you showed me of towns that flood every winter was striking.", [("was", "agreement")]),
        ("The maps you showed me of towns that flood every winter were striking.", []),
        ("The map you showed me of towns that flood every winter was striking.", []),
    ],
)
def test_c11_the_verb_after_a_contact_clause_agrees_with_the_head(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The index for the tithe maps sound sensible.", [("sound", "agreement")]),
        ("The indexes for the tithe maps sound sensible.", []),
        ("The catalogue look closely at every parish.", [("look", "agreement")]),
        ("The catalogues look closely at every parish.", []),
        ("A hand-drawn parish map only works if every reader can find it.", []),
        ("Cataloguing estate papers every week sound like steady work.", [("sound", "agreement")]),
        ("Cataloguing estate papers every week sounds like steady work.", []),
        ("Keeping the reading room quiet through a busy term is something I did often.", []),
        ("Keeping the reading room quiet through a busy term are hard.", [("are", "agreement")]),
        ("Training data from the reading room are patchy.", []),
    ],
)
def test_c11_nouns_adverbs_and_gerunds_around_the_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Any tips on what I could change before the next round is very welcome.", [("is", "agreement")]),
        ("Any tips on what I could change before the next round are very welcome.", []),
        ("Moving the old ledgers into one scanned archive make sense to me.", [("make", "agreement")]),
        ("Moving the old ledgers into one scanned archive makes sense to me.", []),
        (
            "The reading list that you wrote for the county's volunteers were a great help.",
            [("were", "agreement")],
        ),
        ("The reading list that you wrote for the county's volunteers was a great help.", []),
    ],
)
def test_c11_clauses_participles_and_possessives_inside_the_subject(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It were a pleasure to see the strong room.", [("It were", "agreement")]),
        ("If it were up to me, I would start with the maps.", []),
        ("The plan, as it were, is simple.", []),
        ("I wish it were Friday already.", []),
        ("It really help to hear how you date the ledgers.", [("It really help", "agreement")]),
        ("It really helps to hear how you date the ledgers.", []),
        ("I saw that it really helped the volunteers.", []),
        ("Plain summaries matter, because they're time is short.", [("they're", "their-there")]),
        ("They're time poor, so I keep summaries brief.", []),
        ("It's time to open the strong room.", []),
        ("I remain interested in the archive and in its careful cataloguing.", []),
        ("Its worth asking whether the archive is hiring.", [("Its", "its-its")]),
        ("I admire a search room that writes down its reasoning.", []),
    ],
)
def test_c11_it_were_it_help_and_theyre_before_a_noun(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind batches 28 and 29: a verb of seeming before "like", a relative's object that is a number, a
        # reflexive stressing the head
        ("Every box in your strong room feel like a small museum.", [("feel", "agreement")]),
        ("Every box in your strong room feels like a small museum.", []),
        ("The boxes in your strong room look like a small museum.", []),
        ("The survey of parish maps that you described sound like careful work.", [("sound", "agreement")]),
        ("The survey of parish maps that you described sounds like careful work.", []),
        ("Your story about the flood that closed Route 9 still make me smile.", [("make", "agreement")]),
        ("Your story about the flood that closed Route 9 still makes me smile.", []),
        ("The visit itself were a pleasure.", [("were", "agreement")]),
        ("The visit itself was a pleasure.", []),
        ("The visits themselves were a pleasure.", []),
    ],
)
def test_c11_seeming_numbers_and_reflexives_between_subject_and_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "said", "suggested"),
    [
        # the suggestion is the verb's other form, whatever the tagger first took the word for
        ("The ledgers you walked me through sounds like a good first project.", "sounds", "sound"),
        ("The tools your team uses every week closes the gap.", "closes", "close"),
        ("The boxes your team moves every week needs labels.", "needs", "need"),
        ("The clerk who manage the search room passes every request on.", "manage", "manages"),
    ],
)
def test_c11_the_agreement_suggestion_is_the_verbs_other_form(
    sentence: str, said: str, suggested: str
) -> None:
    from followup.core.checks.checker import check_text
    from tests.core.checks.world import CLOSE, OPENING, SUBJECT, context, letter

    text = letter("Dear Mr. Whitaker,", f"{OPENING} {sentence} {CLOSE}")
    found = [
        (text[f.start : f.end], f.suggestion)
        for f in check_text(context(), SUBJECT, text)
        if f.code == "W-PROOF" and f.kind == "agreement"
    ]
    assert found == [(said, suggested)]
