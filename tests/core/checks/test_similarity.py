"""Similarity: the two measures, C-04 between the notes of one round (a panel of three) and C-16 between
a follow-up and anything sent before. Test names start with the rule ID where they test one.
"""

from __future__ import annotations

import dataclasses

import pytest

from followup.core.checks.checker import check_text, longest_common_run, trigram_jaccard
from followup.core.drafts import DraftContext, TextFinding
from followup.core.settings import Settings
from tests.core.checks.world import SUBJECT, context, erin, letter, marked, of_rule, sent, summit


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("one two three four", "one two three four", 1.0),
        ("one two three four", "five six seven eight", 0.0),
        ("one two three four", "One, two; three! five", 1 / 3),  # {123} shared of {123, 234, 235}
        ("too short", "too short", 0.0),
        ("", "anything at all here", 0.0),
    ],
)
def test_trigram_jaccard(a: str, b: str, expected: float) -> None:
    assert trigram_jaccard(a, b) == pytest.approx(expected)
    assert trigram_jaccard(b, a) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("a b c d e", "x b c d y", 3),
        ("a b c", "d e f", 0),
        ("Thank you for your time.", "thank YOU for your time today", 5),
        ("", "a", 0),
    ],
)
def test_longest_common_run(a: str, b: str, expected: int) -> None:
    assert longest_common_run(a, b) == expected


# --- C-04: three notes to a panel ----------------------------------------------------------------------
NOTE_TO_JOHN = (
    "Thank you for meeting with me today about the Paralegal position at Summit Legal. I enjoyed hearing "
    "about the e-discovery platform migration, and my litigation support experience fits it well. I am "
    "very interested and look forward to hearing from you."
)
NOTE_TO_PRIYA = (
    "Thank you for showing me how the deposition binders for the Keller trial came together. Your "
    "approach to indexing exhibits was a lesson in itself, and I would be excited to learn it from you."
)
NOTE_TO_ERIN = (
    "Thank you for organizing such a smooth interview day and for walking me through the onboarding "
    "schedule. I am keen on the role at Summit Legal and look forward to the next steps."
)


def _panel_context(recipient_id: str, earlier: tuple[str, ...], to: tuple[str, ...]) -> DraftContext:
    people = {p.id: p for p in summit().people}
    events = tuple(
        sent("TY", letter("Dear Sir,", body), to=(who,)) for body, who in zip(earlier, to, strict=True)
    )
    return context(recipient=people[recipient_id], earlier_messages=events)


def test_c04_three_different_notes_to_a_panel_pass() -> None:
    ctx = _panel_context("priya", (NOTE_TO_JOHN, NOTE_TO_ERIN), ("john", "erin"))
    text = letter("Dear Ms. Nair,", NOTE_TO_PRIYA)
    assert of_rule(check_text(ctx, SUBJECT, text), "C-04") == []


def test_c04_near_identical_notes_to_a_panel_fail() -> None:
    copy = NOTE_TO_JOHN.replace("e-discovery platform migration", "deposition binders for the Keller trial")
    ctx = _panel_context(
        "priya", (NOTE_TO_JOHN, NOTE_TO_JOHN.replace("Paralegal", "paralegal")), ("john", "erin")
    )
    text = letter("Dear Ms. Nair,", copy)
    found = of_rule(check_text(ctx, SUBJECT, text), "C-04")
    assert [f.code for f in found] == ["W-GENERIC", "W-GENERIC"]  # one per earlier note it resembles
    assert marked(text, found[0]) == copy


def test_c04_a_note_to_the_same_person_or_from_an_earlier_round_is_not_compared() -> None:
    ctx = _panel_context("john", (NOTE_TO_JOHN,), ("john",))
    assert of_rule(check_text(ctx, SUBJECT, letter("Dear Mr. Whitaker,", NOTE_TO_JOHN)), "C-04") == []
    old = dataclasses.replace(
        ctx.earlier_messages[0], to=("erin",), at=ctx.earlier_messages[0].at.replace(year=2025)
    )
    ctx = dataclasses.replace(ctx, earlier_messages=(old,))
    assert of_rule(check_text(ctx, SUBJECT, letter("Dear Mr. Whitaker,", NOTE_TO_JOHN)), "C-04") == []


@pytest.mark.parametrize(("changed", "flagged"), [(9, True), (10, False)])  # Jaccard 0.617 / 0.583
def test_c04_notes_may_share_at_most_six_tenths_of_their_trigrams(changed: int, flagged: bool) -> None:
    earlier = " ".join(f"w{n}" for n in range(40))
    note = " ".join([f"w{n}" for n in range(40 - changed)] + [f"x{n}" for n in range(changed)])
    ctx = _panel_context("john", (earlier,), ("priya",))
    found = of_rule(check_text(ctx, SUBJECT, letter("Dear Mr. Whitaker,", note)), "C-04")
    assert bool([f for f in found if "trigrams" in f.message]) is flagged


# --- C-16 ------------------------------------------------------------------------------------------------
THANK_YOU = letter("Dear Ms. Walsh,", NOTE_TO_ERIN)
F1_OWN = (
    "This is Alex Morgan; I interviewed for the Paralegal position on Wednesday, January 21. Could you share "
    "where the timeline stands? Please let me know if I can provide anything further."
)


def _f1(body: str, settings: Settings | None = None) -> tuple[str, list[TextFinding]]:
    ctx = context(
        "F1",
        recipient=erin(),
        earlier_messages=(sent("TY", THANK_YOU, to=("erin",)),),
        settings=settings or Settings(),
    )
    text = letter("Dear Ms. Walsh,", body)
    return text, of_rule(check_text(ctx, SUBJECT, text), "C-16")


def test_c16_new_wording_passes() -> None:
    assert _f1(F1_OWN)[1] == []


def test_c16_twelve_identical_words_in_a_row_are_reuse() -> None:
    copied = "for organizing such a smooth interview day and for walking me through the onboarding"
    assert len(copied.split()) == 14
    text, found = _f1(f"{F1_OWN} Thank you again {copied}.")
    assert [f.code for f in found] == ["W-DUP-CONTENT"]
    assert copied in marked(text, found[0])
    assert "14 words in a row" in found[0].message


def test_c16_eleven_identical_words_are_not() -> None:
    copied = "for organizing such a smooth interview day and for walking me"
    assert len(copied.split()) == 11
    assert _f1(f"{F1_OWN} Thanks again {copied} around.")[1] == []


def test_c16_a_recycled_thank_you_fails_on_similarity_too() -> None:
    text, found = _f1(NOTE_TO_ERIN.replace("keen on", "eager about"))
    assert {f.code for f in found} == {"W-DUP-CONTENT"}
    assert any("word trigrams" in f.message for f in found)
    assert any(f.start == text.index("Thank you for organizing") for f in found)


def test_c16_the_threshold_is_a_setting() -> None:
    body = NOTE_TO_ERIN.split(". ")[1] + " " + F1_OWN  # one sentence reused among new ones
    score = trigram_jaccard(body, NOTE_TO_ERIN)
    assert 0.2 < score < 0.5
    assert not [f for f in _f1(body)[1] if "trigrams" in f.message]
    strict = [f for f in _f1(body, Settings(dup_threshold=0.2))[1] if "trigrams" in f.message]
    assert len(strict) == 1
