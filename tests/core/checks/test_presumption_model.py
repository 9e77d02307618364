"""C-13's learned reading of a LinkedIn note (``checks.presumption_model``): what the phrase classes miss."""

from __future__ import annotations

import sys
from pathlib import Path

from followup.core.checks.checker import check_text
from followup.core.checks.presumption import OVERCONFIDENT
from followup.core.checks.presumption_model import (
    KINDS,
    PHRASES,
    THRESHOLD,
    WEIGHTS_FILE,
    note_features,
    presumption,
    shipped_weights,
)
from followup.core.learning import format_weights
from tests.core.checks.world import SUBJECT, context

ROOT = Path(__file__).resolve().parents[3]
WHO = "Hi John, Alex Morgan here from today's interview about e-discovery."
RUSHING = "I'm going to rebuild those quarterly macros for you first thing."


def test_c13_a_note_the_phrases_miss_is_w_overconfident_by_the_learned_reading_on_its_sentence() -> None:
    text = f"{WHO} {RUSHING}"
    assert OVERCONFIDENT.search(text) is None  # the phrase classes pass it
    (finding,) = [f for f in check_text(context("LI"), SUBJECT, text) if f.code == "W-OVERCONFIDENT"]
    assert finding.rule == "C-13"
    assert finding.message == f"{RUSHING!r} reads as if the job were already yours."
    assert text[finding.start : finding.end].strip() == RUSHING


def test_c13_a_note_about_the_conversation_reads_as_fine() -> None:
    text = f"{WHO} I enjoyed hearing how your team retired the quarterly macros."
    assert presumption(text) < THRESHOLD
    assert [f for f in check_text(context("LI"), SUBJECT, text) if f.code == "W-OVERCONFIDENT"] == []


def test_c13_the_candidates_own_life_now_is_left_out_of_the_reading() -> None:
    assert note_features("Before I start my evening shift, I read your column.") == ["i read"]
    assert "my first" in note_features("I will bring snacks to my first shift.")


def test_only_pairs_of_words_holding_the_candidate_or_a_time_to_come_are_read() -> None:
    assert note_features("The style guide your team wrote is great.") == []
    assert note_features("Once I join, we'll fix it.", by_phrases=True) == [
        "once i",
        "i join",
        "join we'll",
        "we'll fix",
        "fx:i+we",
        "fx:i+future",
        "fx:we+future",
        PHRASES,
    ]


def test_the_shipped_weights_are_those_the_development_notes_train() -> None:
    # scripts/train_presumption.py must be run whenever benchmarks/drafts/dev changes
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_presumption import notes, train_on

    shipped = (ROOT / "src" / "followup" / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    assert format_weights(train_on(notes()), KINDS) == shipped
    assert shipped_weights()


def test_c13_a_sentence_in_the_past_or_looking_forward_to_a_courtesy_pictures_no_future() -> None:
    from followup.core.checks.presumption_model import pictures_no_future

    assert pictures_no_future("My first placement was on a surgical ward, so your talk rang true.")
    assert pictures_no_future("I'm already looking forward to reading the report you mentioned.")
    assert not pictures_no_future("My first week with you will be busy.")
    assert not pictures_no_future("I'm going to rebuild those macros for you.")
