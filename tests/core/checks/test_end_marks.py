"""C-11's end marks: a sentence ends with . ? or !, but a list of proposed slots, a colon before a quoted
note and a quoted note signed with the candidate's name inside its quote are how people write, not
mistakes."""

from __future__ import annotations

from followup.core.checks.checker import check_text
from tests.core.checks.world import SUBJECT, context, letter


def _end_marks(action: str, *paragraphs: str) -> list[str]:
    text = letter("Dear Mr. Whitaker,", *paragraphs)
    found = check_text(context(action), SUBJECT, text)
    return [text[f.start : f.end] for f in found if f.kind == "punctuation"]


def test_c11_proposed_slots_one_to_a_line_need_no_end_mark() -> None:
    slots = "Tuesday 1 September, 10:00 am\nWednesday 2 September, 2:30 pm\nMon 7 September, 11:15"
    assert _end_marks("SCHED", "Would one of these times work for you?", slots, "Thank you.") == []


def test_c11_a_line_that_is_not_a_slot_still_needs_its_end_mark() -> None:
    lines = "Tuesday 1 September, 10:00 am\nI can also do most mornings next week"
    assert _end_marks("SCHED", "Would one of these times work for you?", lines, "Thank you.") == [lines]


def test_c11_a_colon_before_a_quoted_note_and_the_name_inside_its_quote_are_no_faults() -> None:
    assert (
        _end_marks(
            "TY-FWD",
            "Could you forward this note to Ms. Brennan, whose address I don't have:",
            '"Ms. Brennan, thank you for your questions this morning. I enjoyed our talk. Alex Morgan"',
            "Thank you for your help.",
        )
        == []
    )


def test_c11_a_sentence_without_its_end_mark_is_flagged() -> None:
    assert _end_marks("TY", "Thank you for your time today", "I hope to hear from you.") == [
        "Thank you for your time today"
    ]


def test_c11_a_list_under_a_colon_one_item_to_a_line_needs_no_end_marks() -> None:
    referees = (
        "Margaret Hale, Director, Riverside Regional Gallery, 03 5555 0148\n"
        "David Brooks, Education Manager, Riverside Regional Gallery, 03 5555 0162"
    )
    assert (
        _end_marks("RSP", "Thank you for your note. My two referees are:", referees, "Both expect a call.")
        == []
    )


def test_c11_a_colon_in_running_text_still_needs_the_sentence_after_it_to_end() -> None:
    """The list mode needs each item on its own line: "as follows: we met Tuesday" is one sentence."""
    assert _end_marks("TY", "The plan is as follows: we meet on Tuesday", "I hope to hear from you.") == [
        "The plan is as follows: we meet on Tuesday"
    ]
