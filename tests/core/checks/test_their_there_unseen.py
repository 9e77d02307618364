"""C-11 there/their/they're and compound subjects in sentences of our own, in trades the drafts corpus
never visits: a noun the broad lexicon knows before "there" names who is there ("the crew there work"), and
a question's existential "they're" is "there". Each fault beside a near miss.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, context, letter


def _proof(sentence: str) -> list[str]:
    text = letter(
        "Dear Mr. Whitaker,",
        f"Thank you for meeting me about the Paralegal role. {sentence} I look forward to hearing from you.",
    )
    return [str(f.kind) for f in check_text(context("TY"), SUBJECT, text) if f.code == "W-PROOF"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Is they're a chance to see the archive?", "their-there"),
        ("Are they're any places left on the autumn pruning course?", "their-there"),
        ("Their are two ferries on the winter timetable.", "their-there"),
        ("The curators told me they're drawers are full.", "their-there"),
        ("I hope there still taking volunteers in spring.", "their-there"),
        ("My sister and me restored a narrowboat last summer.", "compound-subject"),
        ("The harbour master gave the skipper and I a tour.", "compound-subject"),
        ("The beekeeper and the apprentice was both kind.", "compound-subject"),
    ],
)
def test_c11_unseen_confusions_and_compounds_are_found(sentence: str, kind: str) -> None:
    assert _proof(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew there work long shifts.",
        "The riggers there splice every line by hand.",
        "I visited there in April and loved it.",
        "They're restoring two marionettes this winter.",
        "Are they ready for the spring show?",
        "Is there a chance to see the archive?",
        "There were three hives on the roof.",
        "They invited my sister and me to the launch.",
        "The skipper and I were both soaked.",
    ],
)
def test_c11_right_usage_near_those_faults_passes(sentence: str) -> None:
    assert _proof(sentence) == []
