"""The checker on thank-you notes and the form of every message: PLAYBOOK S08's draft, a clean note to the
same interviewer, and rules C-01 to C-14 one by one (C-04's similarity half is in
test_similarity.py; C-15 and later in test_follow_ups.py).

Each test name starts with the rule ID (``test_c09_...``), so a script can map tests to rules. The
records are S08's (tests/core/checks/world.py): Alex Morgan writes to John Whitaker of Summit Legal LLP
about the Paralegal role, interviewed Wed 21 Jan 2026, decision by Fri 6 Feb.
"""

from __future__ import annotations

import pytest

from followup.core.checks.checker import RULES, check_draft, check_text
from followup.core.codes import Severity
from followup.core.drafts import Draft
from followup.core.model import Company, Culture, Debrief
from followup.core.phrases import word_count
from followup.core.settings import Settings
from tests.core.checks.world import (
    SIGNATURE,
    SUBJECT,
    codes,
    context,
    daniel,
    erin,
    john,
    letter,
    marked,
    of_rule,
    speller,
    summit,
)

# --- PLAYBOOK S08 ------------------------------------------------------------------------------------------
S08_PARAGRAPHS = (
    "Thank you for meeting with me this morning to discuss the Paralegal position at Summit Legal. I enjoyed "
    "our conversation, and I left the office even more excited about the role than when I arrived.",
    "As I mentioned, I have spent four years supporting litigation teams, managing document review and "
    "keeping large case files in order. I believe that experience would let me contribute from the first "
    "week, and I am eager to learn how your attorneys prefer to work with their paralegals on complex "
    "matters. I also drafted routine motions and tracked filing deadlines for several partners at the same "
    "time.",
    "I was also glad to hear about the mentoring program for new staff and the way the firm invests in "
    "training. It sounds like a place where a careful, organized paralegal could grow over the years, and "
    "that oppurtunity matters a great deal to me as I plan the next stage of my career.",
    "What is the salary range and bonus structure? I would also be grateful for any details you can share "
    "about the usual working hours, since I like to plan my week carefully and arrive prepared for every "
    "assignment that comes my way.",
    "Again, thx for your time and for the warm welcome from everyone at the office. I am very interested in "
    "this position, and I look forward to hearing from you about it.",
)
S08_TEXT = letter(
    "Hi John,", *S08_PARAGRAPHS, closing="Cheers", signature=("Alex Morgan, alex.morgan@example.com",)
)

CLEAN_TEXT = letter(
    "Dear Mr. Whitaker,",
    "Thank you for meeting with me today about the Paralegal position at Summit Legal. I enjoyed hearing "
    "about the e-discovery platform migration, and my four years of litigation support and document review "
    "would help your team move case files across smoothly.",
    "I am very interested in the role and look forward to hearing from you.",
)


def test_s08_draft_fixture_is_as_described() -> None:
    assert word_count("\n\n".join(S08_PARAGRAPHS)) == 230
    assert len(S08_PARAGRAPHS) == 5
    assert "What is the salary range and bonus structure?" in S08_TEXT


def test_s08_draft_raises_exactly_the_listed_warnings() -> None:
    found = check_text(context(), "Thanks!", S08_TEXT, speller)
    assert codes(found) == {
        "W-SUBJECT",
        "W-GREETING",
        "W-LENGTH",
        "W-PROOF",
        "W-INDEPTH",
        "W-GENERIC",
        "W-SIGNOFF",
        "W-SIGNATURE",
    }
    assert all(f.severity is Severity.WARN for f in found)
    by_code = {f.code: f for f in found}
    assert by_code["W-SUBJECT"].suggestion == "Job interview follow up for Alex Morgan"
    assert by_code["W-GREETING"].suggestion.startswith("Dear Mr. Whitaker")
    assert marked(S08_TEXT, by_code["W-GREETING"]) == "Hi John,"
    assert sorted(marked(S08_TEXT, f) for f in found if f.code == "W-PROOF") == ["oppurtunity", "thx"]
    lengths = [f.message for f in found if f.code == "W-LENGTH"]
    assert any("230 words" in m for m in lengths) and any("5 paragraphs" in m for m in lengths)
    assert "salary" in marked(S08_TEXT, by_code["W-INDEPTH"]) and "bonus" in by_code["W-INDEPTH"].message
    assert by_code["W-GENERIC"].rule == "C-04" and "e-discovery" in by_code["W-GENERIC"].suggestion
    assert marked(S08_TEXT, by_code["W-SIGNOFF"]) == "Cheers"
    signature = by_code["W-SIGNATURE"]
    assert "phone" in signature.message and "postal address" in signature.message
    assert "email" not in signature.message and "full name" not in signature.message
    assert "+1 303 555 0147" in signature.suggestion and "88 Elm St" in signature.suggestion


def test_s08_no_next_steps_question_is_required_when_the_date_is_known() -> None:
    found = check_text(context(), "Thanks!", S08_TEXT, speller)
    assert not [f for f in found if f.rule == "C-05" and f.code == "W-MISSING-ELEMENT"]


def test_a_clean_thank_you_to_john_whitaker_raises_nothing() -> None:
    assert word_count(CLEAN_TEXT) <= 150 + len(SIGNATURE) * 10
    assert check_text(context(), SUBJECT, CLEAN_TEXT, speller) == []


# --- the API ---------------------------------------------------------------------------------------------
def test_findings_are_sorted_by_offset_then_code_and_repeatable() -> None:
    found = check_text(context(), "Thanks!", S08_TEXT, speller)
    assert found == sorted(found, key=lambda f: (f.start, f.code, f.rule, f.end, f.message))
    assert found == check_text(context(), "Thanks!", S08_TEXT, speller)
    assert all(0 <= f.start <= f.end <= len(S08_TEXT) for f in found)


def test_check_draft_places_the_parts_exactly_and_agrees_with_check_text() -> None:
    draft = Draft(
        action="TY",
        step_key="TY:john",
        channel="email",
        to=("john",),
        subject="Thanks!",
        greeting="Hi John,",
        paragraphs=S08_PARAGRAPHS,
        closing="Cheers",
        signature=("Alex Morgan, alex.morgan@example.com",),
    )
    assert draft.text == S08_TEXT
    assert check_draft(context(), draft, speller) == check_text(context(), "Thanks!", S08_TEXT, speller)


def test_check_draft_takes_the_rule_a_missing_fact_cites() -> None:
    draft = Draft(action="FL", step_key="FL:john", channel="email", missing=("an idea to offer (C-14)",))
    found = [f for f in check_draft(context("RSP"), draft) if "Missing fact" in f.message]  # RSP alone: H-16
    assert [(f.code, f.rule) for f in found] == [("W-MISSING-ELEMENT", "C-14")]


def test_check_draft_reports_each_missing_fact() -> None:
    draft = Draft(
        action="TY",
        step_key="TY:john",
        channel="email",
        subject=SUBJECT,
        greeting="Dear Mr. Whitaker,",
        paragraphs=tuple(CLEAN_TEXT.split("\n\n")[1:3]),
        closing="Kind regards,",
        signature=SIGNATURE,
        missing=("a talking point of John Whitaker",),
    )
    found = check_draft(context(), draft, speller)
    assert [(f.code, f.rule) for f in found] == [("W-MISSING-ELEMENT", "C-04")]
    assert "a talking point of John Whitaker" in found[0].message


def test_every_c_rule_with_a_text_test_is_registered() -> None:
    registered = {r.rule for r in RULES}
    expected = {f"C-{n:02d}" for n in range(1, 29)} - {"C-17"}  # C-17 needs attachments, not text
    assert registered == expected | {"A-11"}


# --- C-01 ------------------------------------------------------------------------------------------------
BODY_CLEAN = CLEAN_TEXT.split("\n\n")[1:3]


@pytest.mark.parametrize(
    ("first", "second", "what"),
    [
        (BODY_CLEAN[0].replace("Thank you for meeting", "Meeting"), BODY_CLEAN[1], "thanks"),
        (BODY_CLEAN[0], "I look forward to hearing from you.", "interest"),
        (BODY_CLEAN[0], "I am very interested in the role.", "forward-looking"),
    ],
)
def test_c01_each_essential_is_required(first: str, second: str, what: str) -> None:
    text = letter("Dear Mr. Whitaker,", first, second)
    found = of_rule(check_text(context(), SUBJECT, text), "C-01")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert what in found[0].message
    assert found[0].suggestion
    assert (found[0].start, found[0].end) == (text.index(first), text.index(second) + len(second))


@pytest.mark.parametrize("action", ["TY", "TA", "TY-FWD", "FL"])
def test_c01_applies_to_the_thank_you_round_and_the_formal_letter(action: str) -> None:
    text = letter("Dear Mr. Whitaker,", "I am very interested in the Paralegal role.")
    found = of_rule(check_text(context(action), SUBJECT, text), "C-01")
    assert {f.message for f in found} == {
        "Missing: thanks for their time.",
        "Missing: a forward-looking close.",
    }


def test_c01_does_not_apply_to_a_rejection_note() -> None:
    text = letter("Dear Mr. Whitaker,", "I am very interested in the Paralegal role.")
    assert of_rule(check_text(context("RJ"), SUBJECT, text), "C-01") == []


# --- C-02 ------------------------------------------------------------------------------------------------
def test_c02_a_note_naming_neither_role_nor_company_is_generic() -> None:
    body = "Thank you for your time today. My litigation support work is a good fit. I am interested."
    text = letter("Dear Mr. Whitaker,", body, "I look forward to hearing from you.")
    found = of_rule(check_text(context(), SUBJECT, text), "C-02")
    assert [f.code for f in found] == ["W-GENERIC"]
    assert "name the Paralegal role or Summit Legal" in found[0].message
    assert "Paralegal" in found[0].suggestion and "Summit Legal" in found[0].suggestion


def test_c02_a_note_without_any_word_of_the_fit_statement_is_generic() -> None:
    body = "Thank you for your time today. The Paralegal role at Summit Legal is appealing; I am interested."
    text = letter("Dear Mr. Whitaker,", body, "I look forward to hearing from you.")
    found = of_rule(check_text(context(), SUBJECT, text), "C-02")
    assert [f.code for f in found] == ["W-GENERIC"]
    assert "why you fit" in found[0].message
    assert (found[0].start, found[0].end) == (text.index(body), text.index("you.\n\nKind") + 4)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you. The Paralegal role suits my litigation support background; I am interested.",
        "Thank you. Summit Legal values attention to detail, which I share; I am interested.",
    ],
)
def test_c02_role_or_company_plus_one_fit_word_passes(body: str) -> None:
    text = letter("Dear Mr. Whitaker,", body, "I look forward to hearing from you.")
    assert of_rule(check_text(context(), SUBJECT, text), "C-02") == []


@pytest.mark.parametrize(
    ("subject", "body", "generic"),
    [
        # the subject the reader sees first names the role: "the role" below it is that role
        ("Alex Morgan - Paralegal interview, thank you", "My litigation support work fits the role.", False),
        # the role by its head noun
        (SUBJECT, "My litigation support work fits the paralegal position well.", False),
        (SUBJECT, "My litigation support work fits the role well.", True),
        ("Alex Morgan - thank you for the interview", "My litigation support work fits the role.", True),
    ],
)
def test_c02_the_role_may_be_named_in_the_subject_or_by_its_head_noun(
    subject: str, body: str, generic: bool
) -> None:
    text = letter("Dear Mr. Whitaker,", f"Thank you for your time. {body} I am interested.", "Talk soon.")
    found = of_rule(check_text(context(), subject, text), "C-02")
    assert [f.code for f in found] == (["W-GENERIC"] if generic else [])


def test_c02_without_a_fit_statement_only_the_role_or_company_is_asked() -> None:
    app = summit(debrief=Debrief())
    body = "Thank you. The Paralegal role is appealing; I am interested."
    text = letter("Dear Mr. Whitaker,", body, "I look forward to hearing from you.")
    assert of_rule(check_text(context(application=app), SUBJECT, text), "C-02") == []


# --- C-03 ------------------------------------------------------------------------------------------------
def test_c03_an_unused_supplement_is_a_note_not_a_warning() -> None:
    app = summit(
        debrief=Debrief(fit_statement="litigation support", to_supplement=("Relativity certification",))
    )
    found = of_rule(check_text(context(application=app), SUBJECT, CLEAN_TEXT), "C-03")
    assert [(f.code, f.severity) for f in found] == [("N-SUPPLEMENT", Severity.NOTE)]
    assert "Relativity certification" in found[0].suggestion


def test_c03_a_mentioned_supplement_raises_nothing() -> None:
    app = summit(
        debrief=Debrief(fit_statement="litigation support", to_supplement=("Relativity certification",))
    )
    text = CLEAN_TEXT.replace("smoothly.", "smoothly. I also hold a Relativity certification.")
    assert of_rule(check_text(context(application=app), SUBJECT, text), "C-03") == []


# --- C-04 (talking points; similarity in test_similarity.py) -------------------------------------
@pytest.mark.parametrize(
    ("sentence", "passes"),
    [
        ("I enjoyed hearing about the e-discovery platform migration.", True),  # verbatim
        ("The migration of your review platform sounds like a big project.", True),  # two content words
        ("Congratulations again on finishing the Denver marathon.", True),  # the other talking point
        ("I enjoyed hearing about the firm's plans.", False),
        ("The platform sounds interesting.", False),  # one shared word is not enough
    ],
)
def test_c04_the_note_mentions_a_talking_point_of_its_recipient(sentence: str, passes: bool) -> None:
    text = letter("Dear Mr. Whitaker,", f"Thank you for your time. {sentence}", "I look forward to it.")
    found = of_rule(check_text(context(), SUBJECT, text), "C-04")
    assert [f.code for f in found] == ([] if passes else ["W-GENERIC"])
    if not passes:
        assert sentence in marked(text, found[0])
        assert "e-discovery platform migration" in found[0].suggestion


def test_c04_another_interviewers_talking_point_does_not_count() -> None:
    text = letter(
        "Dear Mr. Whitaker,", "Thank you. The deposition binders for the Keller trial impressed me."
    )
    assert codes(of_rule(check_text(context(), SUBJECT, text), "C-04")) == {"W-GENERIC"}


# --- C-05 ------------------------------------------------------------------------------------------------
def test_c05_without_a_timeline_the_note_must_ask_about_next_steps() -> None:
    """The note to Erin Walsh, the main contact, carries the round's question (K13)."""
    ctx = context(needs_next_steps_question=True, decision_date=None, recipient=erin(on_panel=True))
    found = of_rule(check_text(ctx, SUBJECT, CLEAN_TEXT), "C-05")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert "next steps" in found[0].message and found[0].suggestion.endswith("?")
    asking = CLEAN_TEXT.replace("smoothly.", "smoothly. Could you tell me what the next steps are?")
    assert of_rule(check_text(ctx, SUBJECT, asking), "C-05") == []


@pytest.mark.parametrize(
    "question",
    [
        "Where do things go from here?",
        "When might I hear about the next stage?",
        "Will there be further interviews?",
        "When will you be in touch with candidates?",
        "What happens next on your side?",
    ],
)
def test_c05_the_next_steps_question_in_other_words(question: str) -> None:
    """Asked without a timeline, it is the round's question; asked once the date is known, it is W-EARLY."""
    text = CLEAN_TEXT.replace("smoothly.", f"smoothly. {question}")
    ctx = context(needs_next_steps_question=True, decision_date=None, recipient=erin(on_panel=True))
    assert of_rule(check_text(ctx, SUBJECT, text), "C-05") == []
    found = of_rule(check_text(context(), SUBJECT, text), "C-05")
    assert [(f.code, marked(text, f)) for f in found] == [("W-EARLY", question)]


@pytest.mark.parametrize(
    "question",
    ["Could you let me know the parking arrangements?", "Would you pass my thanks to Ms Walsh?"],
)
def test_c05_other_questions_are_not_about_next_steps(question: str) -> None:
    text = CLEAN_TEXT.replace("smoothly.", f"smoothly. {question}")
    assert of_rule(check_text(context(), SUBJECT, text), "C-05") == []


def test_c05_a_status_question_once_the_date_is_known_is_an_early_warning() -> None:
    question = "When do you expect to make a decision?"
    text = CLEAN_TEXT.replace("smoothly.", f"smoothly. {question}")
    found = of_rule(check_text(context(), SUBJECT, text), "C-05")
    assert [(f.code, f.severity) for f in found] == [("W-EARLY", Severity.WARN)]
    assert marked(text, found[0]) == question
    assert "Fri 06 Feb" in found[0].message


def test_c05_more_than_one_question_is_too_many() -> None:
    text = CLEAN_TEXT.replace("smoothly.", "smoothly. Is the team growing? Do you use Relativity?")
    found = of_rule(check_text(context(decision_date=None), SUBJECT, text), "C-05")
    assert [f.code for f in found] == ["W-INDEPTH"]
    assert marked(text, found[0]) == "Do you use Relativity?"
    assert "2 questions" in found[0].message


@pytest.mark.parametrize(
    "topic",
    ["salary", "compensation", "pay", "bonus", "equity", "stock", "benefits", "vacation", "PTO", "remote"],
)
def test_c05_in_depth_topics_wait_for_later(topic: str) -> None:
    sentence = f"I would like to learn more about the {topic} arrangements."
    text = CLEAN_TEXT.replace("smoothly.", f"smoothly. {sentence}")
    found = of_rule(check_text(context(), SUBJECT, text), "C-05")
    assert [f.code for f in found] == ["W-INDEPTH"]
    assert marked(text, found[0]) == sentence
    assert topic.lower() in found[0].message


def test_c05_the_word_pay_inside_another_word_is_not_a_topic() -> None:
    text = CLEAN_TEXT.replace("smoothly.", "smoothly. I would repay your trust.")
    assert of_rule(check_text(context(), SUBJECT, text), "C-05") == []


# --- C-06 ------------------------------------------------------------------------------------------------
def _words(n: int) -> str:
    return " ".join(["word"] * (n - 1)) + " end."


def test_c06_a_body_of_150_words_passes_and_151_does_not() -> None:
    ok = letter("Dear Mr. Whitaker,", _words(150))
    assert of_rule(check_text(context(), SUBJECT, ok), "C-06") == []
    long = letter("Dear Mr. Whitaker,", _words(151))
    found = of_rule(check_text(context(), SUBJECT, long), "C-06")
    assert [f.code for f in found] == ["W-LENGTH"]
    assert marked(long, found[0]) == "end."  # the words past the limit
    assert "151 words" in found[0].message and "150" in found[0].suggestion


def test_c06_four_paragraphs_are_one_too_many() -> None:
    text = letter("Dear Mr. Whitaker,", "One.", "Two.", "Three.", "Four.")
    found = of_rule(check_text(context("TA", recipient=daniel()), SUBJECT, text), "C-06")
    assert [f.code for f in found] == ["W-LENGTH"]
    assert marked(text, found[0]) == "Four."
    assert (
        of_rule(check_text(context(), SUBJECT, letter("Dear Mr. Whitaker,", "1.", "2.", "3.")), "C-06") == []
    )


def test_c06_does_not_limit_the_formal_letter() -> None:
    text = letter("Dear Mr. Whitaker,", _words(300), "Two.", "Three.", "Four.")
    assert of_rule(check_text(context("FL"), SUBJECT, text), "C-06") == []


# --- C-07 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "problem"),
    [
        ("Job interview follow up for Alex Morgan", ""),
        ("Interview on 21 January: thank you from Alex Morgan", ""),
        ("alex morgan – INTERVIEW thanks", ""),
        ("Thanks!", "full name"),
        ("Alex Morgan", '"interview"'),
        ("Following up on my interview", "full name"),
        ("", "no subject"),
        (
            "Job interview follow up for Alex Morgan, Paralegal candidate, after our meeting on Wednesday",
            "78",
        ),
    ],
)
def test_c07_subject_names_the_candidate_and_the_interview(subject: str, problem: str) -> None:
    found = of_rule(check_text(context(), subject, CLEAN_TEXT), "C-07")
    if not problem:
        assert found == []
        return
    assert [f.code for f in found] == ["W-SUBJECT"]
    assert problem in found[0].message
    assert found[0].suggestion == "Job interview follow up for Alex Morgan"
    assert (found[0].start, found[0].end) == (0, 0)  # the subject is not in the text


def test_c07_letters_by_post_and_linkedin_notes_have_no_subject() -> None:
    traditional = summit(company=Company(name="Summit Legal LLP", culture=Culture.TRADITIONAL))
    assert of_rule(check_text(context("FL", application=traditional), "", CLEAN_TEXT), "C-07") == []
    assert of_rule(check_text(context("LI"), "", "Mr. Whitaker, thank you."), "C-07") == []
    assert codes(of_rule(check_text(context("FL"), "", CLEAN_TEXT), "C-07")) == {"W-SUBJECT"}  # emailed


# --- C-08 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("signature", "absent"),
    [
        (SIGNATURE, []),
        (("Alex Morgan", "88 Elm St", "Denver, CO 80203", "(303) 555-0147", "alex.morgan@example.com"), []),
        (("Alex Morgan", "12 Harbor Road, Boulder", "303.555.0199", "am@example.org"), []),
        (("Alex Morgan", "22 King St W, Toronto, ON M5H 1A1", "(416) 555-0199", "am@example.ca"), []),
        (("Alex Morgan", "88 Elm St, Denver, CO 80203", "alex.morgan@example.com"), ["phone"]),
        (("Alex Morgan", "+1 303 555 0147", "alex.morgan@example.com"), ["postal address"]),
        (("Alex Morgan", "+1 303 555 0147", "88 Elm St", "alex.morgan@example.com"), ["postal address"]),
        (("Alex Morgan", "+1 303 555 0147", "88 Elm St, Denver, CO 80203"), ["email"]),
        (
            ("Alex", "+1 303 555 0147", "88 Elm St, Denver, CO 80203", "alex.morgan@example.com"),
            ["full name"],
        ),
        (("Alex Morgan",), ["phone", "postal address", "email"]),
    ],
)
def test_c08_the_signature_carries_every_contact_detail(
    signature: tuple[str, ...], absent: list[str]
) -> None:
    text = letter(*CLEAN_TEXT.split("\n\n")[:3], signature=signature)
    found = of_rule(check_text(context(), SUBJECT, text), "C-08")
    if not absent:
        assert found == []
        return
    assert [f.code for f in found] == ["W-SIGNATURE"]
    for item in absent:
        assert item in found[0].message
    assert marked(text, found[0]) == "\n".join(signature)


def test_c08_no_signature_at_all_points_after_the_closing() -> None:
    text = letter(*CLEAN_TEXT.split("\n\n")[:3], signature=())
    found = of_rule(check_text(context(), SUBJECT, text), "C-08")
    assert [f.code for f in found] == ["W-SIGNATURE"]
    assert found[0].start == found[0].end == text.index("Kind regards,") + len("Kind regards,")
    assert "Alex Morgan" in found[0].suggestion


@pytest.mark.parametrize(("action", "applies"), [("F1", True), ("SCHED", True), ("RJ", False), ("LI", False)])
def test_c08_applies_to_the_round_letters_and_follow_ups(action: str, applies: bool) -> None:
    text = letter(*CLEAN_TEXT.split("\n\n")[:3], signature=("Alex Morgan",))
    assert bool(of_rule(check_text(context(action), SUBJECT, text), "C-08")) is applies


# --- C-09 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("greeting", "fault"),
    [
        ("Dear Mr. Whitaker,", ""),
        ("Dear Mr Whitaker,", ""),
        ("Dear John Whitaker,", "recorded as Mr."),  # K12: the honorific is known
        ("Dear Mr. John Whitaker,", ""),
        ("Hi John,", "informal"),
        ("Hey John,", "informal"),
        ("Hello John,", "informal"),
        ("Good morning Mr. Whitaker,", "informal"),
        ("Dear John,", "first name"),
        ("Dear Hiring Manager,", "by name"),
        ("Dear Ms. Whitaker,", "recorded as Mr."),
    ],
)
def test_c09_greeting_is_formal_unless_invited(greeting: str, fault: str) -> None:
    text = letter(greeting, *BODY_CLEAN)
    found = of_rule(check_text(context(), SUBJECT, text), "C-09")
    if not fault:
        assert found == []
        return
    assert [f.code for f in found] == ["W-GREETING"]
    assert fault in found[0].message
    assert marked(text, found[0]) == greeting
    assert found[0].suggestion == "Dear Mr. Whitaker,"


def test_c09_first_names_are_fine_once_invited() -> None:
    text = letter("Hi John,", *BODY_CLEAN)
    assert of_rule(check_text(context(recipient=john(first_name_ok=True)), SUBJECT, text), "C-09") == []


def test_c09_without_an_honorific_the_full_name_is_suggested() -> None:
    found = of_rule(
        check_text(context(recipient=john(honorific="")), SUBJECT, letter("Hi John,", *BODY_CLEAN)), "C-09"
    )
    assert [f.suggestion for f in found] == ["Dear John Whitaker,"]


def test_c09_a_greeting_naming_someone_else_is_flagged() -> None:
    text = letter("Dear Ms. Walsh,", *BODY_CLEAN)
    found = of_rule(check_text(context(), SUBJECT, text), "C-09")
    assert [f.code for f in found] == ["W-GREETING"]
    assert "Erin Walsh" in found[0].message and "John Whitaker" in found[0].message


def test_c09_a_missing_greeting_is_flagged_but_not_in_a_linkedin_note() -> None:
    text = letter("", *BODY_CLEAN)
    found = of_rule(check_text(context(), SUBJECT, text), "C-09")
    assert [(f.code, f.suggestion) for f in found] == [("W-GREETING", "Dear Mr. Whitaker,")]
    assert of_rule(check_text(context("LI"), "", "Thank you for the interview, Mr. Whitaker."), "C-09") == []


# --- C-10 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("closing", "ok"),
    [
        ("Kind regards,", True),
        ("Best regards,", True),
        ("Sincerely,", True),
        ("Yours sincerely,", True),
        ("Regards,", True),
        ("Thank you,", True),
        ("kind Regards", True),
        ("Best,", True),  # K11
        ("Best wishes,", True),
        ("All the best,", True),
        ("Warm regards,", True),
        ("With thanks,", True),
        ("Many thanks,", True),
        ("Kindest regards,", True),
        ("Cheers", False),
        ("Thx,", False),
        ("Later,", False),
        ("Warmly,", False),
        ("Talk soon!", False),
    ],
)
def test_c10_closing_is_professional(closing: str, ok: bool) -> None:
    text = letter("Dear Mr. Whitaker,", *BODY_CLEAN, closing=closing)
    found = of_rule(check_text(context(), SUBJECT, text), "C-10")
    assert [f.code for f in found] == ([] if ok else ["W-SIGNOFF"])
    if not ok:
        assert marked(text, found[0]) == closing
        assert found[0].suggestion == "Kind regards,"


def test_c10_a_missing_closing_points_where_it_belongs() -> None:
    text = letter("Dear Mr. Whitaker,", *BODY_CLEAN, closing="")
    found = of_rule(check_text(context(), SUBJECT, text), "C-10")
    assert [f.code for f in found] == ["W-SIGNOFF"]
    assert found[0].start == found[0].end == text.index("Alex Morgan\n")


@pytest.mark.parametrize(
    ("setting", "closing", "ok"),
    [
        ("Yours sincerely", "Yours sincerely,", True),
        ("Yours sincerely", "Kind regards,", False),
        ("Sincerely", "Sincerely,", True),
        ("Sincerely", "Yours sincerely,", False),
    ],
)
def test_c10_the_formal_letter_closes_with_the_setting(setting: str, closing: str, ok: bool) -> None:
    ctx = context("FL", settings=Settings(letter_closing=setting))
    text = letter("Dear Mr. Whitaker,", *BODY_CLEAN, closing=closing)
    found = of_rule(check_text(ctx, SUBJECT, text), "C-10")
    assert [f.code for f in found] == ([] if ok else ["W-SIGNOFF"])
    if not ok:
        assert found[0].suggestion == f"{setting},"


# --- C-11 ------------------------------------------------------------------------------------------------
PROOF_BASE = "Thank you for your time today."


@pytest.mark.parametrize(
    ("sentence", "target", "suggestion"),
    [
        *[
            (f"Thank {token} again.", token, instead)
            for token, instead in [
                ("u", "you"),
                ("ur", "your"),
                ("thx", "thank you"),
                ("thnx", "thank you"),
                ("pls", "please"),
                ("plz", "please"),
                ("btw", "by the way"),
                ("lol", "Leave it out."),
                ("imo", "in my opinion"),
                ("tbh", "Leave it out."),
                ("gonna", "going to"),
                ("wanna", "want to"),
                ("b/c", "because"),
                ("w/", "with"),
            ]
        ],
        ("the team was great.", "the", "The"),
        ("I would like to help", "I would like to help", "I would like to help."),
        ("Then i left happy.", "i", "I"),
        ("It was great! Truly!", "! Truly!", "Use full stops instead of the extra exclamation marks."),
        ("It was great 🙂.", "🙂", ""),
        ("It was great :) indeed.", ":)", ""),
        ("Please pass my thanks to Jon Whitaker.", "Jon", "John"),
        ("Mr. Whitacker was kind.", "Whitacker", "Whitaker"),
    ],
)
def test_c11_faults_are_pointed_at(sentence: str, target: str, suggestion: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"{PROOF_BASE} {sentence}")
    found = of_rule(check_text(context(), SUBJECT, text), "C-11")
    assert [f.code for f in found] == ["W-PROOF"], found
    assert marked(text, found[0]) == target
    assert found[0].suggestion == suggestion


def test_c11_a_misspelled_name_in_the_greeting() -> None:
    text = letter("Dear Mr. Whitacre,", *BODY_CLEAN)
    found = of_rule(check_text(context(), SUBJECT, text), "C-11")
    assert [(marked(text, f), f.suggestion) for f in found] == [("Whitacre", "Whitaker")]


def test_c11_unknown_words_need_the_shells_speller() -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for the oppurtunity to meet.")
    assert of_rule(check_text(context(), SUBJECT, text), "C-11") == []
    found = of_rule(check_text(context(), SUBJECT, text, speller), "C-11")
    assert [marked(text, f) for f in found] == ["oppurtunity"]


def test_c11_names_links_acronyms_and_the_users_own_words_are_not_spell_checked() -> None:
    body = (
        "Thank you, Mr. Whitaker, for the time at Summit Legal. I enjoyed our talk about the e-discovery "
        "platform migration (see https://example.com/zzqx) and the FRCP, e.g. the rules we discussed."
    )
    asked: list[str] = []

    def recording(words: list[str]) -> set[str]:
        asked.extend(words)
        return speller(words)

    text = letter("Dear Mr. Whitaker,", body)
    assert of_rule(check_text(context(), SUBJECT, text, recording), "C-11") == []
    assert not {"Whitaker", "Summit", "zzqx", "FRCP", "e-discovery", "Alex", "Elm"} & set(asked)


def test_c11_signature_and_subject_are_not_proofread() -> None:
    text = letter(
        "Dear Mr. Whitaker,", *BODY_CLEAN, signature=("Alex Morgan", "Apt 3b, 88 Elm St, Denver CO")
    )
    assert of_rule(check_text(context(), "thx", text, speller), "C-11") == []


def test_c11_bullets_and_a_lead_in_colon_are_fine() -> None:
    body = "Here is what I can offer:\n- Four years of litigation support\n- Document review"
    text = letter("Dear Mr. Whitaker,", "Thank you for your time.", body)
    assert of_rule(check_text(context(), SUBJECT, text), "C-11") == []


def test_c11_a_good_note_passes_with_the_speller() -> None:
    assert of_rule(check_text(context(), SUBJECT, CLEAN_TEXT, speller), "C-11") == []


# --- C-12 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "ok"),
    [
        ("Thank you for arranging my interview with Mr. Whitaker.", True),
        ("Thank you for referring me to Summit Legal.", True),
        ("Thank you for introducing me to the team.", True),
        ("Thank you for setting up the meeting.", True),
        ("Thanks a ton for passing my name to the litigation team.", True),
        ("Thank you for putting my name forward.", True),
        ("Thank you for everything yesterday.", False),
        ("Thank you for passing by yesterday.", False),
    ],
)
def test_c12_the_arranger_note_says_what_they_did(body: str, ok: bool) -> None:
    text = letter(
        "Dear Mr. Reyes,", body, "I am very interested in the role and look forward to hearing more."
    )
    found = of_rule(check_text(context("TA", recipient=daniel()), SUBJECT, text), "C-12")
    assert [f.code for f in found] == ([] if ok else ["W-MISSING-ELEMENT"])
    if not ok:
        assert "arrang" in found[0].suggestion


def test_c12_the_arranger_note_is_not_a_permission_problem() -> None:
    text = letter("Dear Mr. Reyes,", "Thank you for arranging it, Daniel Reyes.")
    assert of_rule(check_text(context("TA", recipient=daniel()), SUBJECT, text), "C-28") == []


# --- C-13 ------------------------------------------------------------------------------------------------
GOOD_NOTE = (
    "Mr. Whitaker, thank you for the interview today. I enjoyed comparing notes on the e-discovery "
    "platform migration and would be glad to stay connected. Alex Morgan"
)
BAD_NOTE = (
    "Great to meet you today! I think my skills are a perfect match for everything you need, so please hire "
    "me; when I start I will reorganize all of your files and make the office run smoothly in every way."
)


def test_c13_a_good_note_passes() -> None:
    assert len(GOOD_NOTE) <= 200
    assert check_text(context("LI"), "", GOOD_NOTE, speller) == []


def test_c13_every_planted_fault_is_raised() -> None:
    found = of_rule(check_text(context("LI"), "", BAD_NOTE), "C-13")
    assert sorted((f.code, marked(BAD_NOTE, f)) for f in found if f.code == "W-OVERCONFIDENT") == [
        ("W-OVERCONFIDENT", "hire me"),
        ("W-OVERCONFIDENT", "when I start"),
    ]
    (length,) = [f for f in found if f.code == "W-LENGTH"]
    assert (length.start, length.end) == (200, len(BAD_NOTE))
    generic = [f.message for f in found if f.code == "W-GENERIC"]
    assert len(generic) == 2
    assert any("who you are" in g for g in generic) and any(
        "conversation with John Whitaker" in g for g in generic
    )


def test_c13_the_premium_limit_is_a_setting() -> None:
    note = GOOD_NOTE + " I am reading a new article on document review that I would be happy to share soon."
    assert 200 < len(note) <= 300
    assert codes(of_rule(check_text(context("LI"), "", note), "C-13")) == {"W-LENGTH"}
    ctx = context("LI", settings=Settings(linkedin_note_limit=300))
    assert of_rule(check_text(ctx, "", note), "C-13") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "working together",
        "when I join",
        "when I start",
        "I can start",
        "my new team",
        "once I'm hired",
        "the job",
        "the position",
        "decide",
        "decision",
        "hire me",
        "my application",
        # presumption and job-talk in other words
        "future colleagues",
        "my first day",
        "joining the team",
        "reporting to you",
        "when I arrive",
        "my new manager",
        "can't wait to get started",
        "an offer",
        "good word",
        "next round",
    ],
)
def test_c13_overconfident_phrases(phrase: str) -> None:
    note = f"I interviewed today and enjoyed the e-discovery platform migration talk; {phrase} aside, thanks."
    found = of_rule(check_text(context("LI"), "", note), "C-13")
    assert [(f.code, marked(note, f)) for f in found] == [("W-OVERCONFIDENT", phrase)]


@pytest.mark.parametrize(
    "note",
    [
        "Alex Morgan here; I interviewed today. Your e-discovery platform migration talk stayed with me.",
        "Alex Morgan, who interviewed today: the e-discovery platform migration and its onboarding stuck.",
        "Alex Morgan here; I enjoyed your e-discovery platform migration story and follow your work.",
        # a decision as the name of a thing: no hiring decision
        "Alex Morgan here; your e-discovery platform migration decision log was a model worth copying.",
    ],
)
def test_c13_a_note_about_the_conversation_presumes_nothing(note: str) -> None:
    found = of_rule(check_text(context("LI"), "", note), "C-13")
    assert [f.code for f in found if f.code == "W-OVERCONFIDENT"] == []


def test_c13_the_candidates_name_is_enough_to_say_who_they_are() -> None:
    note = "Alex here, from Tuesday. I enjoyed the e-discovery platform migration talk."
    assert of_rule(check_text(context("LI"), "", note), "C-13") == []


# --- C-14 ------------------------------------------------------------------------------------------------
FL_PARAGRAPHS = (
    "Thank you again for meeting with me on Wednesday about the Paralegal position. I remain very "
    "interested in joining Summit Legal.",
    "My four years of litigation support and document review would make me an asset during the e-discovery "
    "platform migration you described.",
    "I have enclosed a short checklist I used to validate load files during a similar migration; I hope "
    "it is useful.",
    "I look forward to hearing from you.",
)


def test_c14_a_complete_formal_letter_passes() -> None:
    text = letter("Dear Mr. Whitaker,", *FL_PARAGRAPHS, closing="Yours sincerely,")
    assert check_text(context("FL"), SUBJECT, text) == []


@pytest.mark.parametrize(
    ("index", "replacement", "what"),
    [
        (1, "We talked about the e-discovery platform migration you described.", "asset"),
        (1, "My four years of litigation support would make me an asset.", "conversation with John Whitaker"),
        (2, "Thank you for the tour.", "something useful"),
    ],
)
def test_c14_each_element_is_required(index: int, replacement: str, what: str) -> None:
    paragraphs = list(FL_PARAGRAPHS)
    paragraphs[index] = replacement
    text = letter("Dear Mr. Whitaker,", *paragraphs, closing="Yours sincerely,")
    found = of_rule(check_text(context("FL"), SUBJECT, text), "C-14")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert what in found[0].message


@pytest.mark.parametrize(
    ("index", "replacement"),
    [
        (
            1,
            "At the ferry office I cut boarding delays by checking tickets at the gate during the "
            "e-discovery platform migration you described.",
        ),
        (1, "I think I could be useful to the team during the e-discovery platform migration you described."),
        (2, "I have enclosed a two-page outline of how I would stage the move, in case it helps."),
    ],
)
def test_c14_an_asset_and_something_of_value_in_other_words(index: int, replacement: str) -> None:
    paragraphs = list(FL_PARAGRAPHS)
    paragraphs[index] = replacement
    text = letter("Dear Mr. Whitaker,", *paragraphs, closing="Yours sincerely,")
    assert of_rule(check_text(context("FL"), SUBJECT, text), "C-14") == []


def test_c14_an_enclosure_without_anything_in_it_offers_nothing() -> None:
    paragraphs = list(FL_PARAGRAPHS)
    paragraphs[2] = "Please find my details enclosed with this letter."
    text = letter("Dear Mr. Whitaker,", *paragraphs, closing="Yours sincerely,")
    found = of_rule(check_text(context("FL"), SUBJECT, text), "C-14")
    assert ["something useful" in f.message for f in found] == [True]


def test_c14_at_most_400_words() -> None:
    room = 400 - word_count("\n\n".join(FL_PARAGRAPHS))
    fitting = letter("Dear Mr. Whitaker,", *FL_PARAGRAPHS, _words(room), closing="Yours sincerely,")
    assert of_rule(check_text(context("FL"), SUBJECT, fitting), "C-14") == []
    over = letter("Dear Mr. Whitaker,", *FL_PARAGRAPHS, _words(room + 1), closing="Yours sincerely,")
    found = of_rule(check_text(context("FL"), SUBJECT, over), "C-14")
    assert [f.code for f in found] == ["W-LENGTH"]
    assert "401 words" in found[0].message


def test_c14_the_roles_own_name_is_not_something_of_value() -> None:
    """ "Research Analyst" names the role; it offers them no research."""
    paragraphs = list(FL_PARAGRAPHS)
    paragraphs[2] = "I remain keen on the Research Analyst post."
    text = letter("Dear Mr. Whitaker,", *paragraphs, closing="Yours sincerely,")
    app = summit(position="Research Analyst")
    found = of_rule(check_text(context("FL", application=app), SUBJECT, text), "C-14")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert "something useful" in found[0].message


def test_c14_without_recorded_talking_points_that_element_is_not_asked() -> None:
    text = letter("Dear Ms. Walsh,", *FL_PARAGRAPHS, closing="Yours sincerely,")
    assert of_rule(check_text(context("FL", recipient=erin()), SUBJECT, text), "C-14") == []


def test_c09_a_bare_name_salutation_asks_for_dear() -> None:
    text = letter("Mr. Whitaker,", *BODY_CLEAN)
    found = of_rule(check_text(context(), SUBJECT, text), "C-09")
    assert [(f.code, marked(text, f)) for f in found] == [("W-GREETING", "Mr. Whitaker,")]
    assert 'Open with "Dear"' in found[0].message


def test_c11_the_body_may_continue_the_greetings_sentence() -> None:
    note = "Hi John, great to meet you today at the interview about the e-discovery platform migration."
    ctx = context("LI", recipient=john(first_name_ok=True))
    assert of_rule(check_text(ctx, "", note), "C-11") == []
    assert codes(of_rule(check_text(ctx, "", "Hi John,\n\ngreat to meet you."), "C-11")) == {"W-PROOF"}


def test_c08_a_zip_plus_four_code_is_not_a_phone_number() -> None:
    signature = ("Alex Morgan", "88 Elm St, Denver, CO 80203-1234", "alex.morgan@example.com")
    found = of_rule(
        check_text(context(), SUBJECT, letter("Dear Mr. Whitaker,", *BODY_CLEAN, signature=signature)), "C-08"
    )
    assert [f.code for f in found] == ["W-SIGNATURE"] and "phone" in found[0].message


@pytest.mark.parametrize(
    ("sentence", "presumes"),
    [
        ("Once I've started at Summit, I'd love to hear more about the marathon.", True),
        ("When I have joined, I will ask about the migration.", True),
        ("It was good to meet you when I interviewed last week.", False),
        ("I started running marathons after college.", False),
    ],
)
def test_c13_a_start_already_taken_for_granted_is_overconfident(sentence: str, presumes: bool) -> None:
    from followup.core.checks.content import OVERCONFIDENT

    assert (OVERCONFIDENT.search(sentence) is not None) is presumes


@pytest.mark.parametrize(
    ("note", "passes"),
    [
        ("Hi John, Alex Morgan here from today's interview. Good luck with the marathon!", True),
        ("Hi John, Alex Morgan here. Your e-discovery plans made my day; glad to connect.", True),
        ("Hi John, Alex Morgan here from today's interview. Your team's work sounds great.", False),
        ("Hi John, Alex Morgan here from today's interview. Glad to connect.", False),
    ],
)
def test_c13_a_linkedin_note_names_a_topic_in_one_telling_word(note: str, passes: bool) -> None:
    """A note of a few words may name a talking point by one word only that topic brings up ("the
    marathon"); an everyday word ("team", "work") names none. A letter still needs two (test above)."""
    found = [f for f in check_text(context("LI"), "", note) if f.code == "W-GENERIC"]
    assert [f.code for f in found] == ([] if passes else ["W-GENERIC"])
