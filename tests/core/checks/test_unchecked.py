"""Checking a text with less than a full context: what runs on the text alone, what is left unchecked
and reported (``unchecked``), and K14's threaded replies (C-07).

A context "without the application" is what the shell builds when there are no records: the candidate's
profile (or an empty one), a placeholder application with no company, role or people, and no recipient.
"""

from __future__ import annotations

import dataclasses

import pytest

from followup.core.checks.checker import EVERYTHING, GENERIC, Need, Unchecked, check_text, unchecked
from followup.core.drafts import MESSAGE_ACTIONS, DraftContext
from followup.core.model import Application, Company, Profile
from tests.core.checks.world import SIGNATURE, SUBJECT, codes, context, letter, marked, of_rule, speller

NOTHING: frozenset[Need] = frozenset()
PROFILE_ONLY = frozenset({Need.PROFILE})
BLANK = Application(id="", company=Company(name=""))


def bare(action: str = "TY", profile: Profile | None = None) -> DraftContext:
    """The context of a text checked with no application: S08's candidate (or nobody), nothing else."""
    fields = {"profile": profile} if profile is not None else {}
    ctx = context(action, application=BLANK, interview_date=None, decision_date=None, **fields)
    return dataclasses.replace(ctx, recipient=None)


CARELESS = letter(
    "Hi John,",
    "thx for meeting me today. What is the salary range? I enjoyed hearing how Summit Legal works with "
    "Daniel Reyes.",
    closing="Cheers",
    signature=("Alex",),
)


@pytest.mark.parametrize("action", MESSAGE_ACTIONS)
def test_a_full_context_leaves_nothing_unchecked(action: str) -> None:
    assert unchecked(action, EVERYTHING) == []


def test_without_records_a_thank_you_reports_each_rule_it_could_not_judge_and_why() -> None:
    assert unchecked("TY", NOTHING) == [
        Unchecked("C-02", "", Need.APPLICATION),
        Unchecked("C-03", "", Need.APPLICATION),
        Unchecked("C-04", "", Need.RECIPIENT),
        Unchecked("C-05", "the next-steps and status questions", Need.APPLICATION),
        Unchecked("C-07", "your name in the subject", Need.PROFILE),
        Unchecked("C-08", "your details as your profile has them", Need.PROFILE),
        Unchecked("C-09", "", Need.RECIPIENT),
        Unchecked("C-11", "names spelled as recorded", Need.APPLICATION),
        Unchecked("C-19", "", Need.APPLICATION),  # a plan step belongs to an application
        Unchecked("C-28", "", Need.APPLICATION),
    ]


def test_with_an_application_but_no_recipient_only_the_recipients_parts_and_the_step_are_unchecked() -> None:
    known = frozenset({Need.APPLICATION, Need.PROFILE})
    assert unchecked("TY", known) == [
        Unchecked("C-04", "a talking point of theirs", Need.RECIPIENT),
        Unchecked("C-05", "the next-steps question", Need.STEP),
        Unchecked("C-09", "", Need.RECIPIENT),
        Unchecked("C-19", "", Need.STEP),
    ]


def test_without_an_action_only_the_rules_every_written_message_shares_apply() -> None:
    assert GENERIC == ("A-11", "C-09", "C-11", "C-20", "C-28")
    found = check_text(bare(""), "", CARELESS, speller, PROFILE_ONLY)
    assert {f.rule for f in found} <= set(GENERIC)
    assert {f.rule for f in found} == {"C-11"}  # "thx", the lower-case start; nothing else applies
    assert [u.rule for u in unchecked("", PROFILE_ONLY)] == ["C-09", "C-11", "C-28"]


def test_without_records_the_text_rules_still_run() -> None:
    found = check_text(bare("TY"), "Thanks!", CARELESS, speller, PROFILE_ONLY)
    assert {"W-SUBJECT", "W-PROOF", "W-INDEPTH", "W-SIGNOFF", "W-SIGNATURE"} <= codes(found)
    assert [marked(CARELESS, f) for f in of_rule(found, "C-05")] == ["What is the salary range?"]


def test_c09_c28_c02_are_not_run_without_the_records_they_read() -> None:
    found = check_text(bare("TY"), SUBJECT, CARELESS, speller, PROFILE_ONLY)
    assert not of_rule(found, "C-09")  # "Hi John" may be what John asked for: nobody recorded says no
    assert not of_rule(found, "C-28")  # Daniel Reyes is nobody the records know
    assert not of_rule(found, "C-02")
    with_records = check_text(context("TY"), SUBJECT, CARELESS, speller)
    assert {"C-09", "C-28", "C-02"} <= {f.rule for f in with_records}


def test_c11_without_records_leaves_capitalised_words_inside_a_sentence_to_the_records() -> None:
    text = letter("Dear Ms. Okonkwo,", "Oppurtunity knocks: I met Jarrow Tibbets at Zentrik today.")
    found = of_rule(check_text(bare("TY"), SUBJECT, text, speller, PROFILE_ONLY), "C-11")
    flagged = [marked(text, f) for f in found]
    assert "Oppurtunity" in flagged  # a sentence's first word is spelled like any other
    assert not {"Okonkwo", "Jarrow", "Tibbets", "Zentrik"} & set(flagged)
    assert "knocks" in flagged  # lower-case words still go to the speller (this one does not know it)


def test_c07_without_a_profile_checks_the_subject_but_not_for_your_name() -> None:
    nobody = bare("TY", Profile())
    assert not of_rule(check_text(nobody, "Thank you for the interview", CARELESS, speller, NOTHING), "C-07")
    found = of_rule(check_text(nobody, "Thanks!", CARELESS, speller, NOTHING), "C-07")
    assert [f.message for f in found] == ["Subject 'Thanks!': it does not say \"interview\"."]


def test_c13_without_a_profile_does_not_ask_who_you_are() -> None:
    note = "Great to meet you on Tuesday; the discovery migration sounds like a fine project."
    assert not of_rule(check_text(bare("LI", Profile()), "", note, speller, NOTHING), "C-13")
    found = of_rule(check_text(bare("LI"), "", note, speller, PROFILE_ONLY), "C-13")
    assert [f.code for f in found] == ["W-GENERIC"]


@pytest.mark.parametrize("action", ["RJ", "FB", "EXC-OFFER"])
def test_k14_a_reply_keeps_its_thread_subject(action: str) -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for letting me know.", signature=SIGNATURE)
    assert not of_rule(check_text(context(action), "Re: Your application", text, speller), "C-07")
    assert not of_rule(check_text(context(action), "RE: Paralegal role", text, speller), "C-07")
    long = "Re: " + "x" * 80
    found = of_rule(check_text(context(action), long, text, speller), "C-07")
    assert [f.message for f in found] == [f"Subject {long!r}: it is 84 characters long (at most 78)."]


def test_k14_does_not_spare_a_thank_you_that_answers_an_email() -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for meeting me today.")
    found = of_rule(check_text(context("TY"), "Re: Your application", text, speller), "C-07")
    assert [f.code for f in found] == ["W-SUBJECT"]


def test_c01_c13_suggestions_say_the_role_once_when_no_role_is_recorded() -> None:
    found = check_text(bare("TY"), SUBJECT, letter("Dear Ms. Okonkwo,", "Thank you."), speller, PROFILE_ONLY)
    interest = next(f for f in of_rule(found, "C-01") if "interest" in f.message)
    assert interest.suggestion == "Say that you are very interested in the role."
    note = check_text(bare("LI"), "", "Nice to meet you.", speller, PROFILE_ONLY)
    assert [f.suggestion for f in of_rule(note, "C-13")] == [
        "It was good to meet you when I interviewed for the role."
    ]
