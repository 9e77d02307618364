"""C-20 and K17's learned reading of pressure (``checks.pressure_model``): what the patterns miss, and
never a second finding for what they catch."""

from __future__ import annotations

import sys
from pathlib import Path

from followup.core.checks.checker import check_text
from followup.core.checks.pressure import LEARNED
from followup.core.checks.pressure_model import (
    KINDS,
    PRESSES,
    THRESHOLD,
    WEIGHTS_FILE,
    allowed_kinds,
    facets,
    read,
    shipped_weights,
)
from followup.core.drafts import TextFinding
from followup.core.learning import format_weights
from tests.core.checks.world import SUBJECT, context

ROOT = Path(__file__).resolve().parents[3]

PATIENT = "I have been more than patient, and frankly the silence is wearing thin."
CLOSING = "Best regards,\nAlex Morgan"
CALM = "I quite understand these things take time, and I look forward to hearing from you."


def _tone(action: str, sentence: str) -> list[TextFinding]:
    text = f"Dear Mr. Whitaker,\n\nThank you again for the interview.\n\n{sentence}\n\n{CLOSING}"
    return [f for f in check_text(context(action), SUBJECT, text) if f.code == "W-TONE"]


def test_c20_patience_put_on_the_reader_in_a_later_follow_up_is_w_tone_guilt_by_the_learned_reading() -> None:
    (finding,) = _tone("F2", PATIENT)
    assert (finding.code, finding.kind, finding.rule) == ("W-TONE", "guilt", "C-20")
    assert finding.message == f"{LEARNED}: {PATIENT!r} makes them answer for what this has cost you."
    assert finding.suggestion == "Leave it out: keep the note light and courteous."


def test_c20_the_finding_points_at_the_pressing_sentence() -> None:
    text = (
        f"Dear Mr. Whitaker,\n\nThank you again for the interview.\n\n{PATIENT}\n\nBest regards,\nAlex Morgan"
    )
    (finding,) = [f for f in check_text(context("F2"), SUBJECT, text) if f.code == "W-TONE"]
    assert text[finding.start : finding.end] == PATIENT


def test_c20_a_calm_word_about_the_wait_raises_nothing() -> None:
    assert read(CALM, "F2").presses < THRESHOLD
    assert _tone("F2", CALM) == []


def test_c20_what_the_patterns_catch_is_said_once_by_them_not_again_by_the_reading() -> None:
    (finding,) = _tone(
        "F1", "If I don't hear back by Friday, I'll have to assume the answer is no and look elsewhere."
    )
    assert finding.kind == "ultimatum"
    assert not finding.message.startswith(LEARNED)


def test_k17_the_reading_is_not_asked_where_the_playbook_does_not_look_for_pressure() -> None:
    # a LinkedIn note is C-13's; call requests and scripts are left to the patterns
    assert allowed_kinds("LI") == ()
    assert allowed_kinds("SCHED") == ()
    assert _tone("SCHED", PATIENT) == []
    # guilt in any note after the interview, a reply to their request too; K17's kinds in the round and
    # the early follow-ups
    assert allowed_kinds("RSP") == ("guilt",)
    assert allowed_kinds("TY") == (
        "guilt",
        "ultimatum",
        "leverage",
        "urgency",
        "deadline",
        "decision",
        "whether-decided",
    )
    assert allowed_kinds("F2") == ("guilt", "ultimatum", "leverage", "urgency", "deadline", "decision")
    assert allowed_kinds("RJ") == ("guilt",)
    assert allowed_kinds("EXC-OFFER") == ("ultimatum",)


def test_a_condition_with_a_consequence_is_read_by_grammar_in_any_words() -> None:
    assert facets("Unless I hear from you by Friday, I will accept their offer.") == [
        "i",
        "you",
        "wait",
        "date",
        "limit",
        "cond",
        "leave",
        "will",
    ]
    assert facets("I enjoyed hearing about the e-discovery migration.") == ["i"]


def test_the_shipped_weights_are_those_the_development_messages_train() -> None:
    # scripts/train_pressure.py must be run whenever benchmarks/drafts/dev changes
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_pressure import examples, train_on

    shipped = (ROOT / "src" / "followup" / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    assert format_weights(train_on(examples()), (*PRESSES, *KINDS)) == shipped
    assert shipped_weights()


def test_k17_one_loaded_word_without_stance_is_not_asked_about() -> None:
    from followup.core.checks.pressure_model import likeliest, worth_reading

    assert not worth_reading("Several firms in Denver use the same tool.", "TY")
    assert not worth_reading("Please take your time; there's no deadline on my side.", "TY")
    assert worth_reading(PATIENT, "F2")
    # a note about another offer must name it and its date: only a condition or a consequence is asked about
    assert not worth_reading("I have another offer and must respond by Friday, 30 January.", "EXC-OFFER")
    assert worth_reading("Unless I hear from you by Friday, I will accept their offer.", "EXC-OFFER")
    assert likeliest(["Several firms in Denver use the same tool.", CALM], "TY") is None
    picked = likeliest([CALM, PATIENT], "F2")
    assert picked is not None and picked[0] == 1 and picked[1].kind == "guilt"


def test_k17_announcing_ones_own_next_check_in_is_calm() -> None:
    """The composer's own F2 sentence: a condition and "I will", but what follows is the candidate's next
    touch, not a consequence for the reader."""
    from tests.core.checks.world import tone_kinds

    assert tone_kinds("F2", "Unless I hear sooner, I will check back in about a week.") == []


def test_c20_the_candidates_own_cost_or_state_told_to_the_reader_is_worth_reading() -> None:
    """Writers nobody tuned on put guilt as the candidate's cost, state or life, in a sentence with no
    second sign of stance; the reading is asked about it, and decides."""
    from followup.core.checks.pressure_model import worth_reading

    assert worth_reading("I turned down two paid contracts to keep my calendar free for you.", "F2")
    assert worth_reading("I have barely slept since the 24th.", "F2")
    assert worth_reading("My family keep asking whether you have called, which is embarrassing.", "RSP")
    assert worth_reading("Other firms have given candidates a week-by-week picture.", "FB")
    # the same words without the candidate, calm words, or a message where guilt is not looked for
    assert not worth_reading("I enjoyed the drive down and the tour.", "F2")
    assert not worth_reading("The wait has felt long, but I know these things take time.", "F2")
    assert not worth_reading("I turned down two paid contracts to keep my calendar free.", "SCHED")
