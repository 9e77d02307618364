"""The checker on messages after the thank-you round (C-15 to C-28 without C-16/C-17, and A-11), and
PLAYBOOK S10's last-touch F1. Test names start with the rule ID (``test_c15_...``).

The S08 world again (tests/core/checks/world.py): Alex Morgan, Summit Legal LLP, Paralegal, interview
Wed 21 Jan 2026; John Whitaker (hiring manager), Erin Walsh (HR, main contact), Daniel Reyes (employee,
not on the panel).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup.core.checks.checker import check_text
from followup.core.checks.follow_ups import SLOT_WINDOWS
from followup.core.codes import Severity
from followup.core.drafts import TextFinding
from followup.core.model import Application, Company, Culture, Decision, Interview, Person, Role
from followup.core.plan.call_times import CALL_WINDOWS
from followup.core.settings import Settings
from tests.core.checks.world import (
    SUBJECT,
    codes,
    context,
    daniel,
    erin,
    john,
    letter,
    marked,
    of_rule,
    sent,
    speller,
    summit,
)

# --- C-15 ------------------------------------------------------------------------------------------------
F1_PARAGRAPHS = (
    "This is Alex Morgan; I interviewed for the Paralegal position with Mr. Whitaker on Wednesday, "
    "January 21. I remain very interested in the role and in joining Summit Legal.",
    "Could you share an update on the timeline for a decision? Please let me know if I can provide anything "
    "further.",
    "I look forward to hearing from you.",
)


def f1_with(old: str, new: str) -> str:
    """The complete first follow-up with one sentence (or part) replaced."""
    return letter("Dear Ms. Walsh,", *[p for p in (q.replace(old, new) for q in F1_PARAGRAPHS) if p])


def test_c15_a_complete_first_follow_up_passes() -> None:
    text = letter("Dear Ms. Walsh,", *F1_PARAGRAPHS)
    assert check_text(context("F1", recipient=erin()), SUBJECT, text, speller) == []


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        # (the name signed under a body that says "I interviewed..." is enough: test_unseen_wording)
        (
            "This is Alex Morgan; I interviewed for the Paralegal position with",
            "I discussed the Paralegal position with",
            "your name",
        ),
        ("for the Paralegal position", "for the opening", "the role (Paralegal)"),
        (" on Wednesday, January 21", "", "the interview date"),
        ("I remain very interested in the role and in joining Summit Legal.", "", "continued interest"),
        ("Could you share an update on the timeline for a decision? ", "", "timeline"),
        (" Please let me know if I can provide anything further.", "", "anything further"),
        ("I look forward to hearing from you.", "Best of luck.", "forward-looking"),
    ],
)
def test_c15_each_element_is_required(old: str, new: str, what: str) -> None:
    text = f1_with(old, new)
    found = of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert what in found[0].message
    assert found[0].suggestion


def test_c15_the_interview_date_may_be_written_in_several_ways() -> None:
    for written in ("on 21 January", "on Jan. 21st", "on 1/21", "last Wednesday"):
        text = f1_with("on Wednesday, January 21", written)
        assert of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15") == [], written


@pytest.mark.parametrize(
    "question",
    [
        "Do you know roughly when the bakery will be deciding?",
        "Could you tell me where the timing stands?",
        "I would be grateful to know how the timetable is looking.",
        "It would help to know how the schedule looks on your side.",
        "I'd be glad to know when a decision might be made.",
        "When do you expect to make your choice?",
    ],
)
def test_c15_the_timeline_question_may_be_asked_in_other_words(question: str) -> None:
    text = f1_with("Could you share an update on the timeline for a decision?", question)
    found = of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15")
    assert [f.message for f in found] == [], question


@pytest.mark.parametrize(
    "sentence",
    [
        "I know the decision is a hard one with so many strong candidates.",
        "The timing of our conversation was perfect for me.",
        "I enjoyed hearing how the schedule of the kitchen works.",
    ],
)
def test_c15_a_mention_of_timing_that_asks_nothing_is_no_timeline_question(sentence: str) -> None:
    text = f1_with("Could you share an update on the timeline for a decision?", sentence)
    found = of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15")
    assert ["timeline" in f.message for f in found] == [True], sentence


def test_c15_at_most_three_paragraphs_and_200_words() -> None:
    four = letter("Dear Ms. Walsh,", *F1_PARAGRAPHS, "Thank you again.")
    found = of_rule(check_text(context("F1", recipient=erin()), SUBJECT, four), "C-15")
    assert [(f.code, marked(four, f)) for f in found] == [("W-LENGTH", "Thank you again.")]
    long = letter("Dear Ms. Walsh,", F1_PARAGRAPHS[0] + " More" * 170 + ".", *F1_PARAGRAPHS[1:])
    found = of_rule(check_text(context("F1", recipient=erin()), SUBJECT, long), "C-15")
    assert [f.code for f in found] == ["W-LENGTH"] and "words" in found[0].message


def test_c15_announcing_another_follow_up_in_the_last_permitted_touch() -> None:
    promise = "I will follow up again next week."
    text = letter("Dear Ms. Walsh,", *F1_PARAGRAPHS[:2], f"{promise} I look forward to hearing from you.")
    assert of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15") == []
    last = context("F1", recipient=erin(), last_permitted_touch=True)
    found = [f for f in check_text(last, SUBJECT, text) if f.code == "W-LAST-TOUCH"]
    assert [(f.rule, marked(text, f)) for f in found] == [("C-15", promise)]


# --- PLAYBOOK S10 check A --------------------------------------------------------------------------------
def _whitmore() -> tuple[Application, Person]:
    zone = ZoneInfo("America/New_York")
    start = dt.datetime(2026, 2, 10, 10, tzinfo=zone).astimezone(dt.UTC)
    nora = Person(
        id="nora",
        first="Nora",
        last="Blake",
        honorific="Ms.",
        title="HR Manager",
        role=Role.HR,
        on_panel=False,
    )
    app = Application(
        id="whitmore",
        company=Company(name="Whitmore & Sons Insurance", culture=Culture.TRADITIONAL),
        position="Underwriting Trainee",
        interviews=(
            Interview(id="i1", start=start, end=start + dt.timedelta(hours=1), tz="America/New_York"),
        ),
        people=(
            Person(id="margaret", first="Margaret", last="Hale", honorific="Ms.", role=Role.HIRING_MANAGER),
            Person(id="peter", first="Peter", last="Quinn", honorific="Mr."),
            nora,
        ),
        main_contact="nora",
        decision=Decision(),
    )
    return app, nora


def test_s10_a_final_f1_that_announces_another_follow_up_raises_only_w_last_touch() -> None:
    app, nora = _whitmore()
    ctx = context(
        "F1",
        recipient=nora,
        application=app,
        interview_date=dt.date(2026, 2, 10),
        decision_date=None,
        last_permitted_touch=True,
        today=dt.date(2026, 2, 19),
    )
    text = letter(
        "Dear Ms. Blake,",
        "This is Alex Morgan; I interviewed for the Underwriting Trainee position on Tuesday, February 10. I "
        "remain very interested in the role.",
        "Is there any news on your timeline? Please let me know if I can provide anything further. Thank you "
        "for considering me; I would welcome staying in touch about future openings.",
        "I look forward to hearing from you. I will follow up again next week.",
    )
    found = check_text(ctx, SUBJECT, text)
    assert codes(found) == {"W-LAST-TOUCH"}
    assert marked(text, found[0]) == "I will follow up again next week."


# --- C-16 is in test_similarity.py; C-17 (résumé attachment) is not a text rule ------------------
# --- C-18 ------------------------------------------------------------------------------------------------
F2_BASE = (
    "I hope the hiring process is going well. I remain very interested in the Paralegal role at Summit Legal."
)
HOOK = "article: Law firm e-discovery budgets survey (published)"


def f2(body: str, **fields: Any) -> list[TextFinding]:
    text = letter("Dear Ms. Walsh,", F2_BASE, body, "I look forward to hearing from you.")
    return of_rule(check_text(context("F2", recipient=erin(), **fields), SUBJECT, text), "C-18")


def test_c18_a_fresh_hook_from_the_context_counts() -> None:
    assert f2("A new survey of law firm e-discovery budgets made me think of your team.", hooks=(HOOK,)) == []


def test_c18_nothing_new_is_generic_and_suggests_an_unused_hook() -> None:
    found = f2("I am still keen on the role.", hooks=(HOOK,))
    assert [f.code for f in found] == ["W-GENERIC"]
    assert "Law firm e-discovery budgets survey" in found[0].suggestion


def test_c18_a_hook_already_used_is_not_new() -> None:
    body = "A new survey of law firm e-discovery budgets made me think of your team."
    earlier = (sent("F1", f"Dear Ms. Walsh,\n\nI saw a survey. {body}", to=("erin",), hooks=(HOOK,)),)
    assert codes(f2(body, hooks=(HOOK,), earlier_messages=earlier)) == {"W-GENERIC"}


@pytest.mark.parametrize(
    ("body", "earlier_body", "fresh"),
    [
        ("This piece may interest you: https://example.com/review-tools.", "Thank you for your time.", True),
        (
            "This piece may interest you: https://example.com/review-tools.",
            "See https://example.com/review-tools.",
            False,
        ),
        ("I completed a certificate course in e-discovery project management last month.", "Thanks.", True),
        ("I remain keen and available.", "Thanks.", False),
    ],
)
def test_c18_new_links_and_new_news_count(body: str, earlier_body: str, fresh: bool) -> None:
    earlier = (sent("F1", earlier_body, to=("erin",)),)
    assert (f2(body, earlier_messages=earlier) == []) is fresh


@pytest.mark.parametrize(
    ("body", "fresh"),
    [
        ("Since then I have given a short talk to the harbour pilots' association on tide tables.", True),
        ("I recently read the guild's note on apprentice kilns, which bears on what Ms. Walsh said.", True),
        ("Since my interview, the cooperative has adopted the pruning rota I produced for it.", True),
        ("Over the past week I put together a one-page guide to our ferry timetable data.", True),
        ("Since my last note, I remain very keen on the Paralegal role.", False),
        ("I recently thought again about our conversation and the role.", False),
        # the seventh batch's news as grammar: a present perfect of doing or being chosen, news dated
        # since, the candidate's work taken up by others
        (
            "I have joined the county archivists' network, where damp in old bindings is this year's theme.",
            True,
        ),
        ("I have just been asked to lead the inventory clean-up at my current library.", True),
        ("Last Thursday I gave a short talk at work on reading ferry timetables.", True),
        ("My guide to apprentice rotas has been adopted as a template by my borough.", True),
        ("I have enjoyed thinking about our conversation.", False),
        ("I have attached my references again for convenience.", False),
        # an irregular past participle of doing: "put", "drawn", "held"
        ("I've put a short write-up of a tide-table test I ran on my portfolio site.", True),
        ("I have held two workshops on bindings for the county's volunteers.", True),
    ],
)
def test_c18_news_of_the_candidates_own_doing_counts_in_any_words(body: str, fresh: bool) -> None:
    earlier = (sent("F1", "Thank you for your time. I remain very interested.", to=("erin",)),)
    assert (codes(f2(body, earlier_messages=earlier)) == set()) is fresh, body


# --- C-19 ------------------------------------------------------------------------------------------------
FINAL = (
    "Thank you for considering me for the Paralegal role. I would welcome staying in touch about future "
    "openings at Summit Legal."
)


def _final(body: str, action: str = "F2", last: bool = True) -> tuple[str, list[TextFinding]]:
    text = letter("Dear Ms. Walsh,", body, "I look forward to hearing from you.")
    ctx = context(action, recipient=erin(), last_permitted_touch=last, hooks=())
    return text, of_rule(check_text(ctx, SUBJECT, text), "C-19")


def test_c19_the_final_note_thanks_and_leaves_the_door_open() -> None:
    assert _final(FINAL)[1] == []


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("I would welcome staying in touch about future openings.", "considering"),
        ("Thank you for considering me for the Paralegal role.", "future contact"),
    ],
)
def test_c19_missing_elements(body: str, what: str) -> None:
    _, found = _final(body)
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert what in found[0].message


@pytest.mark.parametrize(
    "door",
    [
        "If another paralegal opening comes up, I would be glad to be considered.",
        "Please do consider me for similar roles at Summit Legal.",
        "I would be grateful if you kept my details on file.",
    ],
)
def test_c19_the_door_left_open_in_other_words(door: str) -> None:
    assert _final(f"Thank you for considering me for the Paralegal role. {door}")[1] == []


def test_c19_no_further_follow_up_is_announced() -> None:
    text, found = _final(f"{FINAL} I will check back with you next month.")
    assert [(f.code, marked(text, f)) for f in found] == [
        ("W-LAST-TOUCH", "I will check back with you next month.")
    ]


@pytest.mark.parametrize(
    "announced",
    [
        "I'll be in touch again in a fortnight to see how things stand.",
        "I plan to call you next Tuesday to touch base.",
        "I will call you next week to follow up.",
        "I will send you an update once the course results are out.",
        "I'll drop you another line in December.",
        "You will hear from me again once the holidays are over.",
        "Expect a short note from me early in the new year.",
        "My next email will come around the end of the quarter.",
        "If I have not heard anything by March, I'll try you again.",
        "I intend to circle back after the budget round.",
        "I'm going to ring your office in a few weeks.",
    ],
)
def test_c19_another_contact_announced_in_any_words(announced: str) -> None:
    text, found = _final(f"{FINAL} {announced}")
    assert [(f.code, marked(text, f)) for f in found] == [("W-LAST-TOUCH", announced)]


def test_c19_an_offer_that_waits_on_them_announces_nothing() -> None:
    assert _final(f"{FINAL} If you need references, I will send them the same day.")[1] == []


@pytest.mark.parametrize(
    "quiet",
    [
        "Should anything else be useful, I will send it straight away.",
        "I would be glad to hear from you about future roles.",
        "I hope we cross paths again.",
        "If there is ever another opening, I would love to hear about it.",
        "I will write back the same day if you need anything.",
        "Thank you for your note; it was kind of you to write.",
    ],
)
def test_c19_openness_and_offers_on_request_announce_nothing(quiet: str) -> None:
    assert _final(f"{FINAL} {quiet}")[1] == []


def test_c19_only_the_last_permitted_touch_is_held_to_it() -> None:
    assert _final("I will check back with you next month.", last=False)[1] == []


# --- C-20 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    [
        "haven't heard back",
        "have not heard back",
        "still waiting",
        "why haven't",
        "I need to know",
        "urgent",
        "ASAP",
        "final chance",
        "unfair",
        "disappointed",
    ],
)
@pytest.mark.parametrize("action", ["TY", "F1", "RJ", "LI"])
def test_c20_pressure_phrases_set_the_wrong_tone(phrase: str, action: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"Thank you. Honestly, {phrase} is how I feel.")
    found = of_rule(check_text(context(action), SUBJECT, text), "C-20")
    assert [(f.code, marked(text, f).lower()) for f in found] == [("W-TONE", phrase.lower())]


def test_c20_a_light_note_passes() -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for your time; I hope the week is going well.")
    assert of_rule(check_text(context("F1"), SUBJECT, text), "C-20") == []


# --- C-21 ------------------------------------------------------------------------------------------------
ARTICLE = (
    "This article on e-discovery platform migrations (https://example.com/migrations) reminded me of our "
    "conversation, since it covers the load-file checks you mentioned."
)


def test_c21_an_article_led_note_to_the_hiring_manager_passes() -> None:
    text = letter("Dear Mr. Whitaker,", ARTICLE, "I hope to hear from you.")
    assert of_rule(check_text(context("F1"), SUBJECT, text), "C-21") == []


def test_c21_status_words_and_no_article_are_notes() -> None:
    text = letter(
        "Dear Mr. Whitaker,", "Is there any update on the decision?", "I look forward to hearing from you."
    )
    found = of_rule(check_text(context("F2"), SUBJECT, text), "C-21")
    assert all(f.severity is Severity.NOTE and f.code == "N-ARTICLE" for f in found)
    status = sorted(marked(text, f) for f in found if "status" in f.message)
    assert status == ["any update", "decision"]
    (article,) = [f for f in found if "share an article" in f.message]
    assert marked(text, article).startswith("Is there any update")


def test_c21_without_a_forward_looking_close_is_a_warning_for_later_follow_ups() -> None:
    text = letter("Dear Mr. Whitaker,", ARTICLE)
    found = of_rule(check_text(context("F2"), SUBJECT, text), "C-21")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]


@pytest.mark.parametrize(
    ("action", "recipient", "settings"),
    [
        ("F1", erin(), Settings()),  # HR
        ("SCHED", john(), Settings()),  # not a status email
        ("F1", john(), Settings(status_recipient="hiring_manager")),
    ],
)
def test_c21_does_not_apply(action: str, recipient: Person, settings: Settings) -> None:
    text = letter("Dear Mr. Whitaker,", "Is there any update on the decision?")
    assert (
        of_rule(check_text(context(action, recipient=recipient, settings=settings), SUBJECT, text), "C-21")
        == []
    )


def test_c21_does_not_apply_without_hr_and_then_f1_asks_about_the_timeline() -> None:
    small = summit(company=Company(name="Summit Legal LLP", has_hr=False))
    text = letter("Dear Mr. Whitaker,", ARTICLE, "I hope to hear from you.")
    found = check_text(context("F1", application=small), SUBJECT, text)
    assert of_rule(found, "C-21") == []
    assert any("timeline" in f.message for f in of_rule(found, "C-15"))
    with_hr = check_text(context("F1"), SUBJECT, text)
    assert not any("timeline" in f.message for f in of_rule(with_hr, "C-15"))


# --- C-22 ------------------------------------------------------------------------------------------------
SCRIPT = (
    "Hello, this is Alex Morgan. I interviewed for the Paralegal position on January 21 and wanted to ask "
    "politely whether there is any news. I am happy to send anything further. You can reach me at "
    "+1 303 555 0147. Thank you."
)


@pytest.mark.parametrize(("action", "limit"), [("CALL", 90), ("VOICEMAIL", 75)])
def test_c22_scripts_are_short(action: str, limit: int) -> None:
    ctx = context(action, recipient=erin())
    words = len(SCRIPT.split())
    fitting = SCRIPT + " Thanks" * (limit - words)
    assert of_rule(check_text(ctx, "", fitting), "C-22") == []
    too_long = fitting + " again"
    found = of_rule(check_text(ctx, "", too_long), "C-22")
    assert [(f.code, marked(too_long, f)) for f in found] == [("W-VOICEMAIL-LONG", "again")]


@pytest.mark.parametrize(
    ("old", "what"),
    [
        ("Alex Morgan", "your name"),
        ("Paralegal position", "the role"),
        ("+1 303 555 0147", "call-back number"),
    ],
)
def test_c22_name_role_and_number_are_required(old: str, what: str) -> None:
    script = SCRIPT.replace(old, "someone")
    found = of_rule(check_text(context("VOICEMAIL", recipient=erin()), "", script), "C-22")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert what in found[0].message


# --- C-23 ------------------------------------------------------------------------------------------------
OFFER = (
    "I have received an offer from another firm and need to respond by Tuesday, February 3. Summit Legal "
    "remains my first choice, and I would value hearing from you before I decide."
)


def _offer(body: str) -> tuple[str, list[TextFinding]]:
    text = letter("Dear Mr. Whitaker,", body)
    ctx = context("EXC-OFFER", offer_deadline=dt.date(2026, 2, 3))
    return text, of_rule(check_text(ctx, SUBJECT, text), "C-23")


def test_c23_a_complete_offer_note_passes() -> None:
    assert _offer(OFFER)[1] == []


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("received an offer from another firm", "heard from another firm", "other offer"),
        (" by Tuesday, February 3", " soon", "deadline"),
        ("remains my first choice, and", "is a firm", "interest"),
        ("I would value hearing from you before I decide", "I wish you well", "hear from them first"),
    ],
)
def test_c23_each_element_is_required(old: str, new: str, what: str) -> None:
    _, found = _offer(OFFER.replace(old, new))
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert what in found[0].message


@pytest.mark.parametrize(
    "first",
    [
        "If there is any way to learn where things stand before then, I would be very grateful.",
        "I would love to know your thinking before Tuesday.",
        "Any news before my deadline would mean a great deal.",
    ],
)
def test_c23_the_wish_to_hear_first_in_other_words(first: str) -> None:
    body = OFFER.replace("I would value hearing from you before I decide", "I wish you well") + " " + first
    assert _offer(body)[1] == []


@pytest.mark.parametrize("ultimatum", ["must", "or else", "final answer"])
def test_c23_ultimatums_set_the_wrong_tone(ultimatum: str) -> None:
    text, found = _offer(f"{OFFER} I want your {ultimatum} quickly.")
    assert [(f.code, marked(text, f)) for f in found] == [("W-TONE", ultimatum)]


# --- C-24 ------------------------------------------------------------------------------------------------
NEWS = "article on e-discovery audits (accepted)"
ACCOMPLISHMENT = (
    "My article on e-discovery audits has been accepted by a state bar journal. It bears directly on the "
    "Paralegal role, since audits are part of the platform migration."
)


@pytest.mark.parametrize(
    ("body", "what"),
    [
        (ACCOMPLISHMENT, ""),
        (ACCOMPLISHMENT.replace("article on e-discovery audits", "news"), "accomplishment"),
        (ACCOMPLISHMENT.replace("has been accepted by", "is with"), "status"),
        ("My article on e-discovery audits has been accepted by a state bar journal.", "matters"),
    ],
)
def test_c24_the_accomplishment_its_status_and_why_it_matters(body: str, what: str) -> None:
    text = letter("Dear Mr. Whitaker,", body)
    found = of_rule(check_text(context("EXC-NEWS", news=NEWS), SUBJECT, text), "C-24")
    assert [f.code for f in found] == ([] if not what else ["W-MISSING-ELEMENT"])
    if what:
        assert what in found[0].message


# --- C-25 ------------------------------------------------------------------------------------------------
DENVER = ZoneInfo("America/Denver")
SLOTS = tuple(
    dt.datetime(2026, 2, d, h, m, tzinfo=DENVER) for d, h, m in ((10, 10, 0), (11, 14, 30), (12, 11, 0))
)
SLOT_LINES = "\n".join(
    (
        "- Tuesday, February 10 at 10:00 am",
        "- Wednesday, February 11 at 2:30 pm",
        "- Thursday, February 12 at 11:00",
    )
)
FALLBACK = "If none of these suits, I would be glad to find another time."


def _sched(
    slot_lines: str, fallback: str = FALLBACK, slot_days: frozenset[dt.date] | None = None
) -> tuple[str, list[TextFinding]]:
    text = letter(
        "Dear Mr. Whitaker,",
        "Would you have fifteen minutes for a short call about the Paralegal role? I could do:",
        slot_lines,
        fallback,
    )
    ctx = context("SCHED", slots=SLOTS, today=dt.date(2026, 2, 6))
    return text, of_rule(check_text(ctx, SUBJECT, text, slot_days=slot_days), "C-25")


def test_c25_three_slots_in_the_windows_and_a_fallback_pass() -> None:
    assert _sched(SLOT_LINES)[1] == []


def test_c25_other_valid_slots_than_the_planned_ones_pass_too() -> None:
    other = SLOT_LINES.replace("10:00 am", "9:30 am").replace("Thursday, February 12", "Monday, February 16")
    assert _sched(other)[1] == []


def test_c25_a_time_range_counts_as_one_slot() -> None:
    assert _sched(SLOT_LINES.replace("10:00 am", "10:00–10:30 am"))[1] == []


def test_c25_two_slots_are_one_too_few() -> None:
    _, found = _sched("\n".join(SLOT_LINES.split("\n")[:2]))
    assert [f.code for f in found] == ["W-SLOTS"]
    assert "exactly three different times (2 found)" in found[0].message


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("2:30 pm", "4:30 pm"), "16:30 is outside 09:30–11:59 and 14:00–15:59"),
        (("2:30 pm", "1:00 pm"), "13:00 is outside"),
        (("10:00 am", "8:30 am"), "08:30 is outside"),
        (("Thursday, February 12", "Saturday, February 14"), "Sat 14 Feb is a weekend day"),
        (("Thursday, February 12", "Thursday, March 12"), "Thu 12 Mar is not within the next two weeks"),
    ],
)
def test_h15_each_slot_is_inside_the_windows_on_a_weekday_soon(change: tuple[str, str], problem: str) -> None:
    _, found = _sched(SLOT_LINES.replace(*change))
    assert [f.code for f in found] == ["W-SLOTS"]
    assert problem in found[0].message


def test_h15_with_the_calendar_a_holiday_is_refused() -> None:
    """The shell hands the employer's business days from bd(send,1) to bd(send,10): 11 Feb is left out."""
    days = frozenset(dt.date(2026, 2, d) for d in (9, 10, 12, 13, 16, 17, 18, 19, 20, 23))
    _, found = _sched(SLOT_LINES, slot_days=days)
    assert [f.code for f in found] == ["W-SLOTS"]
    assert "Wed 11 Feb is not one of their business days from 09 Feb to 23 Feb" in found[0].message


def test_h15_the_windows_are_the_planners() -> None:
    assert SLOT_WINDOWS == CALL_WINDOWS


def test_c25_a_fallback_is_required() -> None:
    _, found = _sched(SLOT_LINES, fallback="Thank you.")
    assert [f.code for f in found] == ["W-MISSING-ELEMENT"]
    assert "fallback" in found[0].message


# --- C-26 ------------------------------------------------------------------------------------------------
RJ = (
    "Thank you for your time and the opportunity to interview. I would welcome hearing about future openings."
)


@pytest.mark.parametrize(
    ("body", "what"),
    [
        (RJ, ""),
        ("I would welcome hearing about future openings.", "time"),
        ("Thank you for your time and the opportunity to interview.", "future roles"),
    ],
)
def test_c26_gracious_thanks_after_a_rejection(body: str, what: str) -> None:
    found = of_rule(check_text(context("RJ"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-26")
    assert [f.code for f in found] == ([] if not what else ["W-MISSING-ELEMENT"])
    if what:
        assert what in found[0].message


@pytest.mark.parametrize("word", ["mistake", "reconsider"])
def test_c26_no_reproach(word: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"{RJ} I think it is a {word}.")
    found = of_rule(check_text(context("RJ"), SUBJECT, text), "C-26")
    assert [(f.code, marked(text, f)) for f in found] == [("W-TONE", word)]
    assert codes(of_rule(check_text(context("RJ"), SUBJECT, f"{text} Unfair."), "C-20")) == {"W-TONE"}


# --- C-27 ------------------------------------------------------------------------------------------------
FB = (
    "Thank you again for your time. I enjoyed our conversation. Is there anything I could do better next "
    "time?"
)


@pytest.mark.parametrize(
    ("body", "what"),
    [
        (FB, ""),
        (FB.replace("Thank you again for your time. ", ""), "thanks"),
        (FB.replace("I enjoyed our conversation. ", ""), "enjoyed"),
        (FB.replace("Is there anything I could do better next time?", ""), "pointers"),
    ],
)
def test_c27_feedback_request_elements(body: str, what: str) -> None:
    found = of_rule(check_text(context("FB"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-27")
    assert [f.code for f in found] == ([] if not what else ["W-MISSING-ELEMENT"])
    if what:
        assert what in found[0].message


def test_c27_why_was_i_not_chosen_is_the_wrong_question() -> None:
    text = letter(
        "Dear Mr. Whitaker,",
        FB.replace("Is there anything I could do better next time?", "Why wasn't I chosen?"),
    )
    found = of_rule(check_text(context("FB"), SUBJECT, text), "C-27")
    assert [(f.code, marked(text, f)) for f in found if "asks why" in f.message] == [
        ("W-MISSING-ELEMENT", "Why wasn't I")
    ]
    assert any("pointers" in f.message for f in found)


# --- C-28 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("named", ["Daniel Reyes", "Mr. Reyes", "Daniel"])
def test_c28_naming_an_insider_without_permission(named: str) -> None:
    text = letter("Dear Mr. Whitaker,", f"Thank you. {named} suggested I apply.")
    found = of_rule(check_text(context(), SUBJECT, text), "C-28")
    assert [(f.code, marked(text, f)) for f in found] == [("W-PERMISSION", named)]
    assert "Daniel Reyes" in found[0].suggestion


@pytest.mark.parametrize(
    ("people", "recipient"),
    [
        ((john(), erin(), daniel(permission_to_name=True)), john()),  # consent recorded
        ((john(), erin(), daniel(on_panel=True)), john()),  # on the panel
        ((john(), erin(), daniel()), daniel()),  # writing to them
    ],
)
def test_c28_permission_panel_or_recipient_is_fine(people: tuple[Person, ...], recipient: Person) -> None:
    text = letter("Dear Mr. Reyes,", "Thank you. Daniel Reyes suggested I apply.")
    ctx = context(recipient=recipient, application=summit(people=people))
    assert of_rule(check_text(ctx, SUBJECT, text), "C-28") == []


@pytest.mark.parametrize("main_contact", ["erin", "daniel"])
def test_c28_hr_and_the_main_contact_run_the_process_and_may_be_named(main_contact: str) -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you, and please thank Erin Walsh for organizing the day.")
    ctx = context(application=summit(main_contact=main_contact))  # Erin is HR either way
    assert of_rule(check_text(ctx, SUBJECT, text), "C-28") == []
    named = letter("Dear Mr. Whitaker,", "Thank you, and please thank Daniel Reyes for organizing the day.")
    assert bool(of_rule(check_text(ctx, SUBJECT, named), "C-28")) is (main_contact != "daniel")


def test_c28_s07_a_draft_to_olivia_naming_daniel_reyes() -> None:
    olivia = Person(id="olivia", first="Olivia", last="Park", honorific="Ms.", role=Role.HIRING_MANAGER)
    app = summit(
        company=Company(name="Brightline Media"),
        people=(olivia, daniel(title="Sales"), Person(id="mia", first="Mia", last="Torres", role=Role.HR)),
        main_contact="mia",
    )
    text = letter("Dear Ms. Park,", "Thank you. Daniel Reyes recommended me for this role.")
    found = check_text(context(recipient=olivia, application=app), SUBJECT, text)
    assert [f.code for f in of_rule(found, "C-28")] == ["W-PERMISSION"]


# --- A-11 ------------------------------------------------------------------------------------------------
def test_a11_a_promise_that_the_message_secures_the_job_is_flagged() -> None:
    promise = "I am sure this note will help me land the job."
    text = letter("Dear Mr. Whitaker,", f"Thank you for your time. {promise}")
    found = of_rule(check_text(context(), SUBJECT, text), "A-11")
    assert [(f.code, marked(text, f)) for f in found] == [("W-TONE", promise)]


def test_a11_honest_wording_passes() -> None:
    text = letter("Dear Mr. Whitaker,", "Thank you for your time. I hope to contribute to the team.")
    assert of_rule(check_text(context(), SUBJECT, text), "A-11") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "If a writing sample or references would help, I can send them today.",
        "If referee details would be useful, I can send them straight away.",
        "I could share my notes from the audit if you need them.",
        "I'd gladly forward the case study.",
        "If you would like more examples of my work, just say.",
    ],
)
def test_c15_an_offer_of_anything_further_is_read_by_meaning(sentence: str) -> None:
    from followup.core.checks.follow_ups import OFFER_MORE

    assert OFFER_MORE.search(sentence) is not None


def test_c15_a_sentence_that_offers_nothing_is_no_offer() -> None:
    from followup.core.checks.follow_ups import OFFER_MORE

    assert (
        OFFER_MORE.search("I remain very interested in the role and look forward to hearing from you.")
        is None
    )


# --- elements said in words the word lists did not hold (the twelfth and thirteenth blind batches) ----------
@pytest.mark.parametrize(
    "interest",
    [
        "The role still appeals to me a great deal, especially the docket work.",
        "The docket work remains the part of the role I would most like to take on.",
        "I still want the Paralegal role, and the docket work is why.",
        "I find myself drawn to the docket work more than ever.",
    ],
)
def test_c15_continued_interest_may_be_said_in_other_words(interest: str) -> None:
    text = f1_with("I remain very interested in the role and in joining Summit Legal.", interest)
    assert of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15") == [], interest


def test_c15_a_role_merely_described_shows_no_interest() -> None:
    sentence = "The docket work is the part of the role Mr. Whitaker described."
    text = f1_with("I remain very interested in the role and in joining Summit Legal.", sentence)
    found = of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15")
    assert [f.message for f in found] == ["Missing: your continued interest."]


@pytest.mark.parametrize(
    "openness",
    [
        "If a role opens at Summit that suits my background, I would be glad to hear about it.",
        "If anything else comes up on the litigation side, I would be glad to be considered.",
    ],
)
def test_c26_openness_may_be_said_as_a_role_that_may_open(openness: str) -> None:
    body = f"Thank you for your time and the opportunity to interview. {openness}"
    found = of_rule(check_text(context("RJ"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-26")
    assert found == [], openness


def test_c26_a_role_that_opened_in_the_past_is_no_openness() -> None:
    body = "Thank you for your time and the opportunity to interview. I saw the role open in March."
    found = of_rule(check_text(context("RJ"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-26")
    assert [f.message for f in found] == ["Missing: openness to future roles."]


# --- the fifteenth blind batch: more elements in other words ------------------------------------------------
def test_c15_an_offer_of_more_may_be_say_the_word_and_theyre_yours() -> None:
    offer = "Should references help, say the word and they're yours the same day."
    text = f1_with("Please let me know if I can provide anything further.", offer)
    found = check_text(context("F1", recipient=erin()), SUBJECT, text)
    assert of_rule(found, "C-15") == []
    assert [f.kind for f in found if f.code == "W-PROOF" and f.kind != "spelling"] == []


def test_c23_deciding_with_their_answer_in_hand_is_the_wish_to_hear_first() -> None:
    body = OFFER.replace(
        "I would value hearing from you before I decide",
        "I would much rather decide with your answer in hand",
    )
    assert _offer(body)[1] == []


def test_c24_news_that_carries_into_the_role_says_why_it_matters() -> None:
    body = (
        "My article on e-discovery audits has been accepted by a state bar journal. The method would carry "
        "straight into the Paralegal role."
    )
    found = of_rule(
        check_text(context("EXC-NEWS", news=NEWS), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-24"
    )
    assert found == []


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for letting me know. I valued the opportunity to talk about the archive. "
        "I would be glad to "
        "hear of future roles.",
        "Thank you for your time and the chance to interview. I would be glad to hear from Summit about this "
        "opening or a later one.",
    ],
)
def test_c26_thanks_and_openness_in_other_words(body: str) -> None:
    found = of_rule(check_text(context("RJ"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-26")
    assert found == [], body


# --- the fourteenth blind batch: feedback, rejection and offer elements in other words ------------------
@pytest.mark.parametrize(
    "body",
    [
        "Many thanks for your time. The conversation about the archive remains with me. Should you have any "
        "remarks on my application, I would receive them gladly.",
        "Thank you for the panel's time. I valued our talk about the archive. I would be grateful for any "
        "observations on my interview, as they would help me in future applications.",
    ],
)
def test_c27_enjoyment_and_a_request_for_pointers_in_other_words(body: str) -> None:
    found = of_rule(check_text(context("FB"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-27")
    assert found == [], body


def test_c26_thanks_for_their_help_throughout_is_thanks_for_their_time() -> None:
    body = "Thank you for letting me know, and for your help throughout. Please keep me in mind in future."
    found = of_rule(check_text(context("RJ"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-26")
    assert found == []


def test_c23_a_top_pick_is_strong_interest() -> None:
    assert _offer(OFFER.replace("remains my first choice", "is still my top pick"))[1] == []


# --- the sixteenth blind batch: interest and thanks in other words ---------------------------------------
@pytest.mark.parametrize(
    "interest",
    [
        "Summit Legal is where I want to be.",
        "The docket work still has my attention, and I hope to contribute.",
    ],
)
def test_c15_interest_as_where_i_want_to_be_or_what_has_my_attention(interest: str) -> None:
    text = f1_with("I remain very interested in the role and in joining Summit Legal.", interest)
    assert of_rule(check_text(context("F1", recipient=erin()), SUBJECT, text), "C-15") == [], interest


def test_c26_thanks_for_the_care_they_took_is_thanks_for_their_time() -> None:
    body = "Thank you for telling me, and for the care you took at every stage. Keep me in mind in future."
    found = of_rule(check_text(context("RJ"), SUBJECT, letter("Dear Mr. Whitaker,", body)), "C-26")
    assert found == []
