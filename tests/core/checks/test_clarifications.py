"""PLAYBOOK §1.12's clarifications for the checker: K11 (closings), K12 (greetings, LinkedIn), K13 (the
next-steps question belongs to the round), K14 (replies keep their thread), and "no finding twice".

The world is S08's (tests/core/checks/world.py): John Whitaker is the hiring manager, Erin Walsh of HR
the main contact (not on the panel), Priya Nair a second interviewer.
"""

from __future__ import annotations

import dataclasses

import pytest

from followup.core.checks.checker import check_text
from followup.core.codes import Severity
from followup.core.model import SavedDraft
from tests.core.checks.world import (
    DAY,
    SUBJECT,
    at,
    codes,
    context,
    erin,
    john,
    letter,
    marked,
    of_rule,
    priya,
    sent,
    summit,
)

THANKS = (
    "Thank you for meeting with me today about the Paralegal role at Summit Legal. I enjoyed hearing about "
    "the e-discovery platform migration and the deposition binders for the Keller trial."
)
ASKS = "Could you tell me when you expect to make a decision?"
CLOSE = "I am very interested in the role and look forward to hearing from you."


def _round(recipient_id: str, body: str, **app_fields: object) -> list[str]:
    """C-05's codes on a thank-you to ``recipient_id`` when no timeline was learned."""
    app = summit(decision=dataclasses.replace(summit().decision, date=None), **app_fields)
    person = app.person(recipient_id)
    ctx = context("TY", recipient=person, application=app, decision_date=None, needs_next_steps_question=True)
    greeting = f"Dear {person.honorific} {person.last}," if person else "Dear Sir or Madam,"
    found = of_rule(check_text(ctx, SUBJECT, letter(greeting, THANKS, body, CLOSE)), "C-05")
    return [f"{f.code}:{f.severity.value}" for f in found]


# --- K13 -----------------------------------------------------------------------------------------------
def test_k13_the_hiring_manager_carries_the_question_when_no_main_contact_is_known() -> None:
    people = (john(), priya())  # no HR person either
    assert _round("john", "", people=people, main_contact="") == ["W-MISSING-ELEMENT:WARN"]
    assert _round("priya", "", people=people, main_contact="") == ["N-NEXT-STEPS:NOTE"]


def test_k13_with_a_main_contact_the_other_notes_get_a_note_only() -> None:
    """Erin Walsh (HR) is the main contact: the hiring manager's note is not faulted for the question."""
    assert _round("john", "") == ["N-NEXT-STEPS:NOTE"]
    assert _round("priya", "") == ["N-NEXT-STEPS:NOTE"]


def test_k13_the_main_contact_carries_it_when_the_round_writes_to_them() -> None:
    people = (john(), erin(on_panel=True), priya())
    assert _round("erin", "", people=people) == ["W-MISSING-ELEMENT:WARN"]
    assert _round("john", "", people=people) == ["N-NEXT-STEPS:NOTE"]


def test_k13_a_note_that_asks_is_fine_wherever_it_goes() -> None:
    assert _round("john", ASKS) == []
    assert _round("priya", ASKS) == []


def test_k13_a_saved_draft_of_the_round_that_asks_settles_it() -> None:
    people = (john(), erin(on_panel=True), priya())
    saved = SavedDraft(
        step_key="TY:priya", action="TY", to=("priya",), text=f"{THANKS} {ASKS}", saved_at=at(DAY, 13)
    )
    assert _round("erin", "", people=people, drafts=(saved,)) == []


def test_k13_a_sent_note_of_the_round_that_asks_settles_it_and_a_second_asking_is_a_note() -> None:
    events = (sent("TY", f"{THANKS} {ASKS}", to=("priya",)),)
    people = (john(), erin(on_panel=True), priya())
    assert _round("erin", "", people=people, events=events) == []
    assert _round("john", ASKS, events=events) == ["N-NEXT-STEPS:NOTE"]


def test_k13_a_draft_saved_before_this_round_does_not_count() -> None:
    old = SavedDraft(
        step_key="TY:priya", action="TY", to=("priya",), text=f"{THANKS} {ASKS}", saved_at=at(DAY, 8)
    )
    people = (john(), erin(on_panel=True), priya())
    assert _round("erin", "", people=people, drafts=(old,)) == ["W-MISSING-ELEMENT:WARN"]


# --- K12 -----------------------------------------------------------------------------------------------
def test_k12_hi_first_name_on_linkedin_is_a_note_not_a_warning() -> None:
    text = (
        "Hi John,\n\nIt was good to meet you when I interviewed today; thank you for the talk on e-discovery."
    )
    found = of_rule(check_text(context("LI"), "", text), "C-09")
    assert [(f.code, f.severity, marked(text, f)) for f in found] == [
        ("N-LI-GREETING", Severity.NOTE, "Hi John,")
    ]
    assert "Dear Mr. Whitaker" in found[0].message


@pytest.mark.parametrize(
    ("greeting", "honorific", "code"),
    [
        ("Dear Mr. Whitaker,", "Mr.", ""),
        ("Dear Mr Whitaker,", "Mr.", ""),  # British usage: no full stop
        ("Dear John Whitaker,", "Mr.", "W-GREETING"),  # the honorific is known: use it
        ("Dear John Whitaker,", "", ""),  # unknown: the full name is accepted
        ("Hi John,", "Mr.", "W-GREETING"),
    ],
)
def test_k12_the_greeting_follows_what_is_known(greeting: str, honorific: str, code: str) -> None:
    ctx = context(recipient=john(honorific=honorific))
    found = of_rule(check_text(ctx, SUBJECT, letter(greeting, THANKS, CLOSE)), "C-09")
    assert [f.code for f in found] == ([code] if code else [])


# --- K14 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("action", ["RJ", "FB", "EXC-OFFER"])
def test_k14_a_reply_keeps_its_threads_subject(action: str) -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for letting me know.")
    found = of_rule(check_text(context(action), "Re: Your application to Summit Legal", text), "C-07")
    assert found == []


@pytest.mark.parametrize("action", ["RJ", "FB"])
def test_k14_an_answer_checked_without_a_subject_is_taken_as_a_reply(action: str) -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for letting me know.")
    assert of_rule(check_text(context(action), "", text), "C-07") == []


def test_k14_a_thank_you_is_no_reply_and_keeps_c07() -> None:
    text = letter("Dear Mr. Whitaker,", THANKS, CLOSE)
    found = of_rule(check_text(context("TY"), "Re: Your interview on Wednesday", text), "C-07")
    assert [f.code for f in found] == ["W-SUBJECT"]
    assert "full name" in found[0].message


def test_k14_a_reply_too_long_is_still_too_long() -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for letting me know.")
    found = of_rule(check_text(context("RJ"), "Re: " + "x" * 80, text), "C-07")
    assert [f.code for f in found] == ["W-SUBJECT"]


# --- no finding twice ------------------------------------------------------------------------------------
def test_one_fault_is_reported_once() -> None:
    text = letter("Dear Mr. Whitaker,", "thx for the time today. " + THANKS, CLOSE)
    found = [f for f in check_text(context(), SUBJECT, text) if f.code == "W-PROOF"]
    assert [(marked(text, f), f.kind) for f in found] == [("thx", "textspeak")]
    assert codes(check_text(context(), SUBJECT, text)) >= {"W-PROOF"}
