"""One or more tests per rule of PLAYBOOK §2, categories I, D, T, H, A, E and L.

Each test name starts with the rule ID, lowercased without its dash (``test_t03_...`` for T-03), so a
script can map tests to rules. The records are small (tests/support/builders.py): by default a Monday
in-person interview, Mon 2 Mar 2026 10:00–11:00 New York, with Dana Kim (hiring manager), Luis Ortega
(interviewer) and Priya Shah (HR recruiter, main contact, not on the panel); US federal calendar.

Business days after I = Mon 2 Mar 2026: bd(I,1) Tue 3 · bd(I,2) Wed 4 · bd(I,4) Fri 6 · bd(I,5) Mon 9 ·
bd(I,10) Mon 16 Mar.

"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import pytest

from followup.core import codec
from followup.core.codes import Severity
from followup.core.model import (
    CallOutcome,
    Channel,
    Company,
    Culture,
    Debrief,
    Event,
    EventType,
    Format,
    GapKind,
    ImprovementItem,
    InboundKind,
    Person,
    Records,
    Role,
    StumbledQuestion,
    TeamFit,
)
from followup.core.phrases import promises_outcome
from followup.core.plan.decision_date import parse_decision
from tests.support.builders import (
    US,
    application,
    at,
    check_at,
    codes,
    complete_debrief,
    dana,
    event,
    facts_at,
    inbound,
    interview,
    labels,
    local_text,
    luis,
    message,
    notice,
    notices,
    plan_at,
    priya,
    records,
    sent,
    serious,
    severity,
    state,
    step,
    windows,
    with_events,
)

D = dt.date
BLOCK, WARN, NOTE = Severity.BLOCK, Severity.WARN, Severity.NOTE
SLOTS = (at("2026-03-16T10:00"), at("2026-03-17T14:30"), at("2026-03-18T10:30"))


def three_unanswered() -> list[Event]:
    """TY round (Mon 2 Mar), formal-letter round (Wed 4 Mar) and F1 (Mon 9 Mar), nothing heard back."""
    return [
        sent("TY", "2026-03-02T15:00", ["dana"]),
        sent("TY", "2026-03-02T15:05", ["luis"]),
        sent("FL", "2026-03-04T10:00", ["dana"]),
        sent("FL", "2026-03-04T10:05", ["luis"]),
        sent("F1", "2026-03-09T10:00", ["priya"]),
    ]


def three_answered_followups() -> list[Event]:
    """F1, F2, F3 each answered with a generic reply (the follow-up cap reached, nothing unanswered)."""
    return [
        sent("F1", "2026-03-09T10:00", ["priya"]),
        inbound(InboundKind.GENERIC, "2026-03-10T10:00"),
        sent("F2", "2026-03-17T10:00", ["priya"]),
        inbound(InboundKind.GENERIC, "2026-03-18T10:00"),
        sent("F3", "2026-03-25T10:00", ["priya"]),
        inbound(InboundKind.GENERIC, "2026-03-26T10:00"),
    ]


# ======================================================================================================
# I — at the close of the interview
# ======================================================================================================


def test_i01_no_decision_date_raises_no_timeline_and_asks_for_a_next_steps_question() -> None:
    view = plan_at(records(), "2026-03-02T14:00")
    assert "W-NO-TIMELINE" in notices(view)
    assert "decision date" in notice(view, "W-NO-TIMELINE")
    for label in ("TY:Dana Kim", "TY:Luis Ortega"):
        assert any("C-05" in n for n in step(view, label).step.notes)
    f1 = step(view, "F1").step
    assert "T-03" in f1.rules and "T-04" not in f1.rules
    assert windows(view, "F1") == [("DUE", D(2026, 3, 9), D(2026, 3, 16))]


def test_i01_a_known_date_and_contact_need_no_next_steps_question() -> None:
    app = application(decision=D(2026, 3, 13), designated_contact="priya", contact_means=Channel.EMAIL)
    view = plan_at(records(app), "2026-03-02T14:00")
    assert "W-NO-TIMELINE" not in notices(view)
    assert not any("C-05" in n for n in step(view, "TY:Dana Kim").step.notes)
    assert "T-04" in step(view, "F1").step.rules


@pytest.mark.parametrize(
    ("what", "final"),
    [
        (inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana"), True),
        (event(EventType.WITHDRAWAL, "2026-03-10T10:00"), True),
        (event(EventType.OFFER_ACCEPTED, "2026-03-10T10:00"), True),
        (inbound(InboundKind.OFFER, "2026-03-10T10:00"), False),
        (inbound(InboundKind.INVITATION, "2026-03-10T10:00"), False),  # second round, not yet recorded
    ],
    ids=["rejected", "withdrawn", "offer_accepted", "offer", "second_round"],
)
def test_i01_no_timeline_lasts_until_the_application_reaches_a_final_state(what: Event, final: bool) -> None:
    recs = records(application(events=[what]))
    assert "W-NO-TIMELINE" in notices(plan_at(recs, "2026-03-10T09:59"))
    assert ("W-NO-TIMELINE" in notices(plan_at(recs, "2026-03-10T10:00"))) is not final
    assert ("W-NO-TIMELINE" in notices(plan_at(recs, "2026-04-30T10:00"))) is not final


def test_i01_no_timeline_ends_when_the_application_closes_with_no_response() -> None:
    recs = records(application(events=three_unanswered()))  # E-10: closed after bd(Mon 9 Mar, 10)
    assert "W-NO-TIMELINE" in notices(plan_at(recs, "2026-03-23T23:00"))
    closed = plan_at(recs, "2026-03-24T10:00")
    assert closed.status == "closed_no_response" and "W-NO-TIMELINE" not in notices(closed)


def test_i01_a_next_steps_question_in_a_sent_note_satisfies_the_round() -> None:
    body = "Thank you for your time today. When do you expect to decide on next steps?"
    app = application(events=[sent("TY", "2026-03-02T13:00", ["dana"], body=body)])
    view = plan_at(records(app), "2026-03-02T14:00")
    assert not any("C-05" in n for n in step(view, "TY:Luis Ortega").step.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We'll decide by Friday, March 13", D(2026, 3, 13)),
        ("within two weeks", D(2026, 3, 16)),
        ("we'll be in touch soon", None),
        ("", None),
    ],
)
def test_i01_stated_text_is_converted_or_the_user_is_asked_for_a_date(text: str, expected: D | None) -> None:
    parsed = parse_decision(text, D(2026, 3, 2), US, "US")
    assert parsed.date == expected
    if expected is None and text:
        assert "confirm" in parsed.how


def test_i01_decision_fields_round_trip_through_the_export() -> None:
    app = application(decision=D(2026, 3, 13), stated_text="by Friday the 13th")
    app = dataclasses.replace(app, decision=dataclasses.replace(app.decision, fill_date=D(2026, 4, 1)))
    recs = records(app)
    back = codec.loads(codec.dumps(recs)).applications[0].decision
    assert (back.stated_text, back.date, back.fill_date) == (
        "by Friday the 13th",
        D(2026, 3, 13),
        D(2026, 4, 1),
    )


@pytest.mark.parametrize(
    ("decision", "designated", "means", "missing"),
    [
        (None, "", None, "decision date, contact person, means of contact"),
        (D(2026, 3, 13), "", None, "contact person, means of contact"),
        (D(2026, 3, 13), "", Channel.EMAIL, "contact person"),
        (None, "priya", None, "decision date, means of contact"),
        (None, "priya", Channel.PHONE, "decision date"),
    ],
)
def test_i02_missing_contact_person_and_means_are_listed_in_no_timeline(
    decision: D | None, designated: str, means: Channel | None, missing: str
) -> None:
    app = application(decision=decision, designated_contact=designated, contact_means=means)
    view = plan_at(records(app), "2026-03-02T11:30")
    assert notice(view, "W-NO-TIMELINE") == f"Not learned at the interview: {missing}."


def test_i02_everything_learned_means_no_timeline_warning() -> None:
    app = application(decision=D(2026, 3, 13), designated_contact="priya", contact_means=Channel.EMAIL)
    assert "W-NO-TIMELINE" not in notices(plan_at(records(app), "2026-03-02T11:30"))


def test_i02_designated_contact_is_the_first_choice_for_status_follow_ups() -> None:
    app = application(designated_contact="dana")  # the hiring manager said she would get in touch
    view = plan_at(records(app), "2026-03-10T10:00")
    assert step(view, "F1").step.to == ("dana",)
    verdict = check_at(records(app), "2026-03-10T10:00", action="F1", to=("dana",))
    assert "W-HRONLY" not in verdict.codes  # designated: no HR-only warning on the email (§5.8)


def test_i03_an_interviewer_without_email_is_thanked_through_the_main_contact() -> None:
    app = application(people=[dana(), luis(email=""), priya()])
    view = plan_at(records(app), "2026-03-02T14:00")
    assert state(view, "TY:Luis Ortega") == "N/A"
    assert "routed via main contact" in step(view, "TY:Luis Ortega").step.notes
    fwd = step(view, "TY-FWD")
    assert fwd.state == "DUE" and set(fwd.codes) == {"W-MISSING-CONTACT"}
    assert fwd.step.to == ("priya",) and "Luis Ortega" in fwd.step.reason
    shown = " ".join([fwd.step.reason, *fwd.step.notes])
    assert "@" not in shown  # never a guessed address


@pytest.mark.parametrize(
    ("action", "channel", "who"),
    [("TY", "email", luis(email="")), ("FL", "letter", luis(postal_address="")), ("PAPER", "letter", luis())],
)
def test_i03_guard_flags_a_missing_address_for_the_medium(action: str, channel: str, who: Person) -> None:
    settings = {"mail_printed_copy": "true"} if action == "PAPER" else None
    events = [sent("TY", "2026-03-02T13:00", ["luis"])] if action == "PAPER" else []
    app = application(people=[dana(), who, priya()], settings=settings, events=events)
    when = "2026-03-04T10:00" if action == "FL" else "2026-03-02T14:00"
    verdict = check_at(records(app), when, action=action, to=("luis",), channel=channel)
    assert "W-MISSING-CONTACT" in verdict.codes
    assert severity(verdict, "W-MISSING-CONTACT") is WARN


def test_i03_a_posted_formal_letter_without_postal_address_is_flagged_in_the_plan() -> None:
    app = application(
        culture=Culture.TRADITIONAL, people=[dana(postal_address="1 Main St, Boston"), luis(), priya()]
    )
    view = plan_at(records(app), "2026-03-04T10:00")
    assert state(view, "FL:Luis Ortega") == "ALLOWED" and codes(view, "FL:Luis Ortega") == {
        "W-MISSING-CONTACT"
    }
    assert codes(view, "FL:Dana Kim") == set()


@pytest.mark.parametrize(
    ("fmt", "now", "shown"),
    [
        (Format.IN_PERSON, "2026-03-02T11:10", True),
        (Format.IN_PERSON, "2026-03-02T11:29", True),
        (Format.IN_PERSON, "2026-03-02T11:30", False),
        (Format.PHONE, "2026-03-02T10:40", False),
        (Format.VIDEO, "2026-03-02T11:10", False),
    ],
)
def test_i04_ask_hr_for_missing_names_only_in_person_and_only_for_30_minutes(
    fmt: Format, now: str, shown: bool
) -> None:
    minutes = 30 if fmt is Format.PHONE else 60
    app = application(format=fmt, minutes=minutes, people=[dana(), luis(title="", first=""), priya()])
    view = plan_at(records(app), now)
    assert ("N-ASK-HR" in notices(view)) is shown
    if shown:
        assert "Mr. Ortega: first name, title" in notice(view, "N-ASK-HR")


def test_i04_leaving_the_building_ends_the_ask_hr_notice() -> None:
    app = application(
        people=[dana(), luis(title=""), priya()], events=[event(EventType.LEFT_BUILDING, "2026-03-02T11:05")]
    )
    assert "N-ASK-HR" in notices(plan_at(records(app), "2026-03-02T11:04"))
    assert "N-ASK-HR" not in notices(plan_at(records(app), "2026-03-02T11:06"))


def test_i04_a_complete_panel_needs_no_names_from_hr() -> None:
    assert "N-ASK-HR" not in notices(plan_at(records(), "2026-03-02T11:10"))


@pytest.mark.parametrize(
    ("until", "decision", "last_blocked", "first_free"),
    [
        (D(2026, 3, 12), None, "2026-03-12T23:00", "2026-03-13T00:00"),  # the date they gave
        (None, D(2026, 3, 10), "2026-03-10T23:00", "2026-03-11T00:00"),  # no date: until D
        (None, None, "2026-03-16T23:00", "2026-03-17T00:00"),  # neither: until bd(I,10) = Mon 16 Mar
    ],
)
def test_i05_no_contact_request_is_stored_until_its_date_else_d_else_bd_i_10(
    until: D | None, decision: D | None, last_blocked: str, first_free: str
) -> None:
    request = event(EventType.NO_CONTACT, "2026-03-02T10:50", new_date=until)
    recs = records(application(decision=decision, events=[request]))
    blocked = plan_at(recs, last_blocked)
    assert state(blocked, "LI:Dana Kim") == "BLOCKED" and codes(blocked, "LI:Dana Kim") == {"W-NOCONTACT"}
    assert state(plan_at(recs, first_free), "LI:Dana Kim") == "ALLOWED"
    stored = facts_at(recs, last_blocked).no_contact
    assert stored is not None and stored[1] == D.fromisoformat(last_blocked[:10])


def test_i06_first_name_ok_defaults_to_false_and_is_kept() -> None:
    assert Person(id="x").first_name_ok is False
    recs = records(application(people=[dana(first_name_ok=True), luis(), priya()]))
    back = codec.loads(codec.dumps(recs)).applications[0]
    assert [p.first_name_ok for p in back.people] == [True, False, False]


def test_i07_company_facts_have_the_documented_defaults() -> None:
    company = Company(name="Acme")
    assert (company.has_hr, company.culture, company.preferred) == (True, Culture.UNKNOWN, False)
    assert application().arranger == ""
    view = plan_at(records(), "2026-03-02T14:00")
    assert not any(label.startswith("TA:") for label in labels(view))  # no arranger recorded


@pytest.mark.parametrize(
    ("culture", "channel"),
    [(Culture.UNKNOWN, "email"), (Culture.TECH_SOCIAL, "email"), (Culture.TRADITIONAL, "letter")],
)
def test_i07_unknown_culture_is_treated_as_tech_social_for_the_letter_medium(
    culture: Culture, channel: str
) -> None:
    view = plan_at(records(application(culture=culture)), "2026-03-04T10:00")
    assert step(view, "FL:Dana Kim").step.channel == channel


def test_i07_without_hr_status_questions_go_to_the_hiring_manager() -> None:
    app = application(has_hr=False, people=[dana(), luis()], main_contact="")
    assert step(plan_at(records(app), "2026-03-10T10:00"), "F1").step.to == ("dana",)


@pytest.mark.parametrize("preferred", [True, False])
def test_i07_only_the_preferred_employer_hears_about_a_competing_offer(preferred: bool) -> None:
    offer = event(EventType.COMPETING_OFFER, "2026-03-11T11:00", deadline=D(2026, 3, 17), source="Globex")
    recs = records(application(preferred=preferred, decision=D(2026, 3, 20)), events=[offer])
    view = plan_at(recs, "2026-03-11T12:00")
    assert ("EXC-OFFER" in labels(view)) is preferred


# ======================================================================================================
# D — debrief
# ======================================================================================================


def test_d01_pause_card_first_and_the_debrief_prompt_at_end_plus_five_minutes() -> None:
    recs = records()
    assert "N-PAUSE" in notices(plan_at(recs, "2026-03-02T11:00"))
    assert "N-PAUSE" in notices(plan_at(recs, "2026-03-02T11:04"))
    assert "N-PAUSE" not in notices(plan_at(recs, "2026-03-02T11:05"))
    assert "N-PAUSE" not in notices(plan_at(recs, "2026-03-02T10:59"))
    db = step(plan_at(recs, "2026-03-02T11:01"), "DB").step
    assert local_text(db.remind_at) == "Mon 02 Mar 11:05"


@pytest.mark.parametrize(
    ("now", "expected_state", "expected_codes"),
    [
        ("2026-03-02T10:30", "NOT_YET", set()),
        ("2026-03-02T11:00", "DUE", set()),
        ("2026-03-02T12:59", "DUE", set()),
        ("2026-03-02T13:00", "OVERDUE", {"W-DEBRIEF-LATE"}),
        ("2026-03-02T23:59", "OVERDUE", {"W-DEBRIEF-LATE"}),
        ("2026-03-03T00:00", "OVERDUE", {"W-DEBRIEF-LATE", "N-NAMES-FADING"}),
    ],
)
def test_d02_debrief_due_from_end_target_30_min_deadline_2_h_then_late(
    now: str, expected_state: str, expected_codes: set[str]
) -> None:
    view = plan_at(records(), now)
    assert state(view, "DB") == expected_state and codes(view, "DB") == expected_codes
    db = step(view, "DB").step
    assert (local_text(db.target), local_text(db.deadline)) == ("Mon 02 Mar 11:30", "Mon 02 Mar 13:00")


def test_d02_a_late_debrief_is_still_recorded() -> None:
    app = application(debrief=complete_debrief("2026-03-02T15:00"))
    view = plan_at(records(app), "2026-03-02T15:30")
    assert state(view, "DB") == "DONE" and codes(view, "DB") == set()
    assert "recorded late (W-DEBRIEF-LATE)" in step(view, "DB").step.notes


@pytest.mark.parametrize("kind", [InboundKind.OFFER, InboundKind.REJECTION, InboundKind.INVITATION])
def test_d02_the_debrief_is_never_cancelled(kind: InboundKind) -> None:
    app = application(events=[inbound(kind, "2026-03-02T11:30")])
    assert state(plan_at(records(app), "2026-03-02T14:00"), "DB") == "OVERDUE"


def test_d03_quiet_place_and_friend_are_advisory_and_kept() -> None:
    quiet = complete_debrief(quiet_place=False, with_friend=False)
    view = plan_at(records(application(debrief=quiet)), "2026-03-02T12:00")
    assert state(view, "DB") == "DONE" and codes(view, "DB") == set()
    friendly = records(application(debrief=complete_debrief(quiet_place=True, with_friend=True)))
    back = codec.loads(codec.dumps(friendly)).applications[0].interviews[0].debrief
    assert (back.quiet_place, back.with_friend) == (True, True)


@pytest.mark.parametrize(
    ("change", "gap"),
    [
        ({"first": ""}, "first name"),
        ({"last": ""}, "last name"),
        ({"title": ""}, "title"),
        ({"talking_points": ()}, "a talking point"),
    ],
)
def test_d04_every_panel_member_needs_names_title_and_a_talking_point(
    change: dict[str, Any], gap: str
) -> None:
    app = application(debrief=complete_debrief(), people=[dana(), luis(**change), priya()])
    view = plan_at(records(app), "2026-03-02T12:00")
    assert state(view, "DB") == "DONE" and codes(view, "DB") == {"W-DEBRIEF-INCOMPLETE"}
    notes = step(view, "DB").step.notes
    assert any(gap in n and ("Ortega" in n or "Luis" in n) for n in notes), notes


def test_d04_people_off_the_panel_need_no_talking_points() -> None:
    view = plan_at(records(application(debrief=complete_debrief())), "2026-03-02T12:00")
    assert priya().talking_points == ()
    assert codes(view, "DB") == set() and step(view, "DB").step.notes == ()


@pytest.mark.parametrize(
    ("rule", "change", "gap"),
    [
        ("D-05", {"takeaways": ()}, "takeaway"),
        ("D-06", {"went_well": ()}, "what went well"),
        ("D-06", {"to_improve": ()}, "what to improve"),
        ("D-06", {"self_rating": None}, "self-rating"),
        ("D-07", {"no_stumbles": False, "stumbled_questions": ()}, "stumbled"),
        ("D-09", {"fit_statement": "  "}, "strongest fit"),
    ],
)
def test_d05_d06_d07_d09_a_debrief_missing_a_required_part_is_incomplete(
    rule: str,
    change: dict[str, Any],
    gap: str,
) -> None:
    view = plan_at(records(application(debrief=complete_debrief(**change))), "2026-03-02T12:00")
    assert codes(view, "DB") == {"W-DEBRIEF-INCOMPLETE"}
    assert any(gap in n for n in step(view, "DB").step.notes), (rule, step(view, "DB").step.notes)


def test_d05_impressions_are_stored() -> None:
    debrief = complete_debrief(
        concerns=("turnover",),
        excitements=("the data team",),
        team_fit=TeamFit.UNSURE,
        open_questions=("budget?",),
    )
    back = (
        codec.loads(codec.dumps(records(application(debrief=debrief)))).applications[0].interviews[0].debrief
    )
    assert (back.concerns, back.excitements, back.team_fit, back.open_questions) == (
        ("turnover",),
        ("the data team",),
        TeamFit.UNSURE,
        ("budget?",),
    )


def test_d06_a_complete_self_assessment_raises_nothing() -> None:
    view = plan_at(records(application(debrief=complete_debrief(self_rating=2))), "2026-03-02T12:00")
    assert state(view, "DB") == "DONE" and codes(view, "DB") == set()


def test_d07_each_stumbled_question_creates_an_answer_task() -> None:
    questions = (StumbledQuestion("Why us?"), StumbledQuestion("Biggest failure?"))
    debrief = complete_debrief(stumbled_questions=questions, no_stumbles=False)
    view = plan_at(records(application(debrief=debrief)), "2026-03-02T12:00")
    assert codes(view, "DB") == set()
    assert [label for label in labels(view) if label.startswith("ANSWER")] == ["ANSWER-1", "ANSWER-2"]
    assert "Why us?" in step(view, "ANSWER-1").step.reason


@pytest.mark.parametrize(
    ("decision", "fl", "f1"),
    [
        (None, [("ALLOWED", D(2026, 3, 4), D(2026, 3, 6))], [("DUE", D(2026, 3, 9), D(2026, 3, 16))]),
        (
            D(2026, 3, 13),
            [("ALLOWED", D(2026, 3, 4), D(2026, 3, 6))],
            [("ALLOWED", D(2026, 3, 16), D(2026, 3, 19)), ("DUE", D(2026, 3, 20), D(2026, 3, 27))],
        ),
        (
            D(2026, 3, 5),
            [("ALLOWED", D(2026, 3, 4), D(2026, 3, 5))],
            [("ALLOWED", D(2026, 3, 6), D(2026, 3, 11)), ("DUE", D(2026, 3, 12), D(2026, 3, 19))],
        ),
    ],
)
def test_d08_editing_what_they_said_about_timing_recomputes_every_window(
    decision: D | None,
    fl: list[tuple[str, D, D]],
    f1: list[tuple[str, D, D]],
) -> None:
    view = plan_at(records(application(decision=decision)), "2026-03-02T14:00")
    assert windows(view, "FL:Dana Kim") == fl
    assert windows(view, "F1") == f1


def test_d09_fit_statement_is_kept() -> None:
    debrief = complete_debrief(fit_statement="I shipped the same dashboards twice.")
    back = (
        codec.loads(codec.dumps(records(application(debrief=debrief)))).applications[0].interviews[0].debrief
    )
    assert back.fit_statement == "I shipped the same dashboards twice."


def test_d10_emphasized_and_to_supplement_are_stored_and_optional() -> None:
    debrief = complete_debrief(emphasized=("SQL",), to_supplement=("the benchmark numbers",))
    recs = records(application(debrief=debrief))
    back = codec.loads(codec.dumps(recs)).applications[0].interviews[0].debrief
    assert (back.emphasized, back.to_supplement) == (("SQL",), ("the benchmark numbers",))
    assert codes(plan_at(recs, "2026-03-02T12:00"), "DB") == set()  # neither is required for completeness


def test_d11_notes_and_answer_tasks_stay_in_the_plan_after_an_invitation() -> None:
    debrief = complete_debrief(stumbled_questions=(StumbledQuestion("Why us?"),), no_stumbles=False)
    app = application(debrief=debrief, events=[inbound(InboundKind.INVITATION, "2026-03-04T10:00")])
    view = plan_at(records(app), "2026-03-04T12:00")
    assert state(view, "RSP") == "DUE"
    assert state(view, "ANSWER-1") == "OVERDUE"  # still offered for the next round, never cancelled
    assert state(view, "DB") == "DONE"
    prep = notice(view, "N-PREP")
    assert "Dana Kim: attribution dashboards" in prep and "ANSWER-1 Why us?" in prep
    assert "N-PREP" not in notices(plan_at(records(app), "2026-03-04T09:00"))


# ======================================================================================================
# T — timing
# ======================================================================================================


@pytest.mark.parametrize(
    ("setting", "now", "expected_state", "expected_codes"),
    [
        ("same_day", "2026-03-02T10:59", "NOT_YET", set()),
        ("same_day", "2026-03-02T11:00", "DUE", set()),
        ("same_day", "2026-03-02T23:59", "DUE", set()),
        ("same_day", "2026-03-03T00:00", "DUE", {"W-TY-LATE"}),
        ("same_day", "2026-03-03T10:59", "DUE", {"W-TY-LATE"}),
        ("same_day", "2026-03-03T11:00", "OVERDUE", {"W-TY-OVERDUE"}),
        ("within_24h", "2026-03-03T10:59", "DUE", set()),
        ("within_24h", "2026-03-03T11:00", "OVERDUE", {"W-TY-OVERDUE"}),
        ("next_business_day", "2026-03-03T23:59", "DUE", set()),
        ("next_business_day", "2026-03-04T00:00", "OVERDUE", {"W-TY-OVERDUE"}),
    ],
)
def test_t01_thank_you_window_by_setting(
    setting: str, now: str, expected_state: str, expected_codes: set[str]
) -> None:
    recs = records(settings={"thank_you_timing": setting})
    view = plan_at(recs, now)
    for label in ("TY:Dana Kim", "TY:Luis Ortega"):
        assert state(view, label) == expected_state and codes(view, label) == expected_codes


def test_t01_same_day_target_and_24_hour_deadline() -> None:
    ty = step(plan_at(records(), "2026-03-02T14:00"), "TY:Dana Kim").step
    assert (local_text(ty.target), local_text(ty.deadline)) == ("Mon 02 Mar 23:59", "Tue 03 Mar 11:00")


def test_t01_next_business_day_setting_skips_the_weekend() -> None:
    recs = records(application(start="2026-03-13T15:00"), settings={"thank_you_timing": "next_business_day"})
    assert state(plan_at(recs, "2026-03-16T23:00"), "TY:Dana Kim") == "DUE"
    assert state(plan_at(recs, "2026-03-17T00:00"), "TY:Dana Kim") == "OVERDUE"


def test_t01_weekends_neither_extend_nor_block_a_thank_you() -> None:
    recs = records(application(start="2026-03-13T15:00"))  # Friday 15:00–16:00
    view = plan_at(recs, "2026-03-14T10:00")
    assert state(view, "TY:Dana Kim") == "DUE" and codes(view, "TY:Dana Kim") == {"W-TY-LATE"}
    assert state(plan_at(recs, "2026-03-14T16:00"), "TY:Dana Kim") == "OVERDUE"
    verdict = check_at(recs, "2026-03-14T10:00", action="TY", to=("dana",))
    assert not verdict.blocked and "N-NONBIZ" not in verdict.codes


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (InboundKind.OFFER, "CANCELLED"),
        (InboundKind.REJECTION, "CANCELLED"),
        (InboundKind.INVITATION, "DUE"),
        (InboundKind.GENERIC, "DUE"),
    ],
)
def test_t01_only_an_offer_or_a_rejection_cancels_the_thank_you(kind: InboundKind, expected: str) -> None:
    recs = records(application(events=[inbound(kind, "2026-03-02T13:00")]))
    assert state(plan_at(recs, "2026-03-02T14:00"), "TY:Dana Kim") == expected


@pytest.mark.parametrize(
    ("decision", "now", "expected_state", "window"),
    [
        (None, "2026-03-03T12:00", "NOT_YET", [("ALLOWED", D(2026, 3, 4), D(2026, 3, 6))]),
        (None, "2026-03-04T00:00", "ALLOWED", [("ALLOWED", D(2026, 3, 4), D(2026, 3, 6))]),
        (None, "2026-03-06T23:59", "ALLOWED", [("ALLOWED", D(2026, 3, 4), D(2026, 3, 6))]),
        (None, "2026-03-07T00:00", "CLOSED", [("ALLOWED", D(2026, 3, 4), D(2026, 3, 6))]),
        (D(2026, 3, 5), "2026-03-06T10:00", "CLOSED", [("ALLOWED", D(2026, 3, 4), D(2026, 3, 5))]),
        (D(2026, 3, 3), "2026-03-04T10:00", "N/A", []),
    ],
)
def test_t02_formal_letter_window_bd_i_2_to_min_bd_i_4_and_d(
    decision: D | None,
    now: str,
    expected_state: str,
    window: list[tuple[str, D, D]],
) -> None:
    view = plan_at(records(application(decision=decision)), now)
    assert state(view, "FL:Dana Kim") == expected_state
    assert windows(view, "FL:Dana Kim") == window


@pytest.mark.parametrize(("now", "expected"), [("2026-03-05T10:00", "DUE"), ("2026-03-07T10:00", "OVERDUE")])
def test_t02_required_formal_letter_is_due_then_overdue(now: str, expected: str) -> None:
    view = plan_at(records(settings={"formal_letter": "required"}), now)
    assert state(view, "FL:Dana Kim") == expected
    assert windows(view, "FL:Dana Kim") == [("DUE", D(2026, 3, 4), D(2026, 3, 6))]


def test_t02_formal_letter_off_plans_no_letter() -> None:
    view = plan_at(records(settings={"formal_letter": "off"}), "2026-03-04T10:00")
    assert not any(label.startswith("FL:") for label in labels(view))


def test_t02_one_letter_per_panel_member_done_when_sent() -> None:
    recs = records(application(events=[sent("FL", "2026-03-04T10:00", ["dana"])]))
    view = plan_at(recs, "2026-03-04T12:00")
    assert [label for label in labels(view) if label.startswith("FL:")] == ["FL:Dana Kim", "FL:Luis Ortega"]
    assert state(view, "FL:Dana Kim") == "DONE" and state(view, "FL:Luis Ortega") == "ALLOWED"


def test_t02_formal_letter_is_blocked_under_a_no_contact_request() -> None:
    recs = records(
        application(events=[event(EventType.NO_CONTACT, "2026-03-02T10:55", new_date=D(2026, 3, 20))])
    )
    view = plan_at(recs, "2026-03-05T10:00")
    assert state(view, "FL:Dana Kim") == "BLOCKED" and codes(view, "FL:Dana Kim") == {"W-NOCONTACT"}


@pytest.mark.parametrize(
    ("now", "expected_state", "expected_codes"),
    [
        ("2026-03-06T23:59", "NOT_YET", set()),
        ("2026-03-09T00:00", "DUE", set()),
        ("2026-03-16T23:59", "DUE", set()),
        ("2026-03-17T00:00", "OVERDUE", {"W-SKIP-FOLLOWUP"}),
    ],
)
def test_t03_without_a_date_f1_is_due_from_bd_i_5_to_bd_i_10(
    now: str, expected_state: str, expected_codes: set[str]
) -> None:
    view = plan_at(records(), now)
    assert state(view, "F1") == expected_state and codes(view, "F1") == expected_codes
    assert windows(view, "F1") == [("DUE", D(2026, 3, 9), D(2026, 3, 16))]


def test_t03_an_early_attempt_without_a_date_is_a_warning_with_patience() -> None:
    verdict = check_at(records(), "2026-03-06T10:00", action="F1", to=("priya",))
    assert verdict.state == "NOT_YET" and not verdict.blocked
    assert serious(verdict) == {"W-EARLY"} and severity(verdict, "W-EARLY") is WARN
    assert "N-PATIENCE" in verdict.codes and "Mon 09 Mar" in message(verdict, "W-EARLY")


@pytest.mark.parametrize(
    ("now", "expected_state", "expected_codes"),
    [
        ("2026-03-13T12:00", "NOT_YET", set()),
        ("2026-03-15T12:00", "NOT_YET", set()),
        ("2026-03-16T00:00", "ALLOWED", {"N-MISSED-DATE"}),
        ("2026-03-19T23:59", "ALLOWED", {"N-MISSED-DATE"}),
        ("2026-03-20T00:00", "DUE", {"N-MISSED-DATE"}),
        ("2026-03-27T23:59", "DUE", {"N-MISSED-DATE"}),
        ("2026-03-28T00:00", "OVERDUE", {"N-MISSED-DATE", "W-SKIP-FOLLOWUP"}),
    ],
)
def test_t04_with_a_date_f1_waits_until_it_has_passed_then_a_week(
    now: str, expected_state: str, expected_codes: set[str]
) -> None:
    view = plan_at(records(application(decision=D(2026, 3, 13))), now)  # Fri 13 Mar
    assert state(view, "F1") == expected_state and codes(view, "F1") == expected_codes
    assert windows(view, "F1") == [
        ("ALLOWED", D(2026, 3, 16), D(2026, 3, 19)),
        ("DUE", D(2026, 3, 20), D(2026, 3, 27)),
    ]


@pytest.mark.parametrize(
    ("now", "blocked"), [("2026-03-13T10:00", True), ("2026-03-15T10:00", True), ("2026-03-16T10:00", False)]
)
def test_t04_an_attempt_before_bd_d_1_is_blocked(now: str, blocked: bool) -> None:
    verdict = check_at(records(application(decision=D(2026, 3, 13))), now, action="F1", to=("priya",))
    assert verdict.blocked is blocked
    assert ("W-EARLY" in verdict.codes) is blocked
    if blocked:
        assert severity(verdict, "W-EARLY") is BLOCK and "N-PATIENCE" in verdict.codes


def test_t04_no_grace_week_makes_f1_due_from_bd_d_1() -> None:
    recs = records(application(decision=D(2026, 3, 13)), settings={"stated_date_grace": "none"})
    view = plan_at(recs, "2026-03-16T10:00")
    assert state(view, "F1") == "DUE"
    assert windows(view, "F1") == [("DUE", D(2026, 3, 16), D(2026, 3, 27))]


def test_t04_a_holiday_after_d_moves_the_first_day_allowed() -> None:
    # D = Fri 3 Jul 2026 (observed Independence Day is that very day): bd(D,1) = Mon 6 Jul.
    recs = records(application(start="2026-06-22T10:00", decision=D(2026, 7, 3)))
    view = plan_at(recs, "2026-07-06T10:00")
    assert windows(view, "F1") == [
        ("ALLOWED", D(2026, 7, 6), D(2026, 7, 9)),
        ("DUE", D(2026, 7, 10), D(2026, 7, 17)),
    ]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-13T10:00", "NOT_YET"),
        ("2026-03-16T00:00", "DUE"),
        ("2026-03-23T23:59", "DUE"),
        ("2026-03-24T00:00", "OVERDUE"),
    ],
)
def test_t05_f2_waits_another_5_to_10_business_days_after_an_unanswered_f1(now: str, expected: str) -> None:
    recs = records(application(events=[sent("F1", "2026-03-09T10:00", ["priya"])]))
    view = plan_at(recs, now)
    assert state(view, "F1") == "DONE"
    assert state(view, "F2") == expected
    assert windows(view, "F2") == [("DUE", D(2026, 3, 16), D(2026, 3, 23))]


def test_t05_no_third_follow_up_unless_the_employer_ever_replied() -> None:
    events = [sent("F1", "2026-03-09T10:00", ["priya"]), sent("F2", "2026-03-16T10:00", ["priya"])]
    view = plan_at(records(application(events=events)), "2026-03-24T10:00")
    assert state(view, "F3") == "N/A"


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-23T10:00", "NOT_YET"),
        ("2026-03-24T00:00", "ALLOWED"),
        ("2026-03-31T23:59", "ALLOWED"),
        ("2026-04-01T00:00", "CLOSED"),
    ],
)
def test_t05_an_optional_third_follow_up_for_a_responsive_employer(now: str, expected: str) -> None:
    events = [
        sent("F1", "2026-03-09T10:00", ["priya"]),
        inbound(InboundKind.GENERIC, "2026-03-10T10:00"),
        sent("F2", "2026-03-17T10:00", ["priya"]),
    ]
    view = plan_at(records(application(events=events)), now)
    assert state(view, "F3") == expected
    assert windows(view, "F3") == [("ALLOWED", D(2026, 3, 24), D(2026, 3, 31))]
    assert any("C-19" in n for n in step(view, "F3").step.notes)  # the third is the final note


@pytest.mark.parametrize(
    ("records_", "now", "action"),
    [
        (records(application(decision=D(2026, 3, 13))), "2026-03-12T10:00", "F1"),
        (records(), "2026-03-05T10:00", "F1"),
        (records(application(events=[sent("F1", "2026-03-09T10:00", ["priya"])])), "2026-03-11T10:00", "F2"),
    ],
)
def test_t06_every_early_warning_comes_with_patience(records_: Records, now: str, action: str) -> None:
    verdict = check_at(records_, now, action=action, to=("priya",))
    assert "W-EARLY" in verdict.codes
    assert "N-PATIENCE" in verdict.codes and severity(verdict, "N-PATIENCE") is NOTE


def test_t06_missed_date_note_until_the_employer_says_something() -> None:
    quiet = records(application(decision=D(2026, 3, 13)))
    assert "N-MISSED-DATE" in codes(plan_at(quiet, "2026-03-18T10:00"), "F1")
    answered = records(
        application(decision=D(2026, 3, 13), events=[inbound(InboundKind.GENERIC, "2026-03-17T09:00")])
    )
    view = plan_at(answered, "2026-03-18T10:00")
    assert state(view, "F1") == "ALLOWED" and "N-MISSED-DATE" not in codes(view, "F1")


@pytest.mark.parametrize("now", ["2026-03-20T10:00", "2026-04-30T10:00", "2026-09-01T10:00"])
def test_t06_silence_never_becomes_a_rejection(now: str) -> None:
    view = plan_at(records(application(decision=D(2026, 3, 13), events=three_unanswered())), now)
    assert view.status != "rejected"


@pytest.mark.parametrize(
    ("now", "offered"),
    [
        ("2026-03-14T10:00", "Mon 16 Mar 09:00"),  # Saturday
        ("2026-03-12T19:00", "Fri 13 Mar 09:00"),  # evening
        ("2026-03-12T07:30", "Thu 12 Mar 09:00"),  # before 08:00
        ("2026-03-13T18:30", "Mon 16 Mar 09:00"),  # Friday evening
    ],
)
def test_t07_status_email_outside_working_hours_offers_a_scheduled_send(now: str, offered: str) -> None:
    verdict = check_at(records(), now, action="F1", to=("priya",))
    assert "N-NONBIZ" in verdict.codes and severity(verdict, "N-NONBIZ") is NOTE
    assert offered in message(verdict, "N-NONBIZ")
    assert not verdict.blocked


def test_t07_inside_working_hours_no_note() -> None:
    assert "N-NONBIZ" not in check_at(records(), "2026-03-12T10:00", action="F1", to=("priya",)).codes


@pytest.mark.parametrize(("now", "noted"), [("2026-03-12T19:30", False), ("2026-03-12T10:30", True)])
def test_t07_working_hours_are_the_recipients(now: str, noted: bool) -> None:
    app = application(people=[dana(), luis(), priya(tz="America/Los_Angeles")])  # 19:30 ET = 16:30 PT
    verdict = check_at(records(app), now, action="F1", to=("priya",))
    assert ("N-NONBIZ" in verdict.codes) is noted


def test_t07_thank_you_notes_are_exempt() -> None:
    recs = records(application(start="2026-03-13T15:00"))
    assert "N-NONBIZ" not in check_at(recs, "2026-03-14T10:00", action="TY", to=("luis",)).codes


def test_t07_exception_news_on_a_weekend_offers_a_scheduled_send() -> None:
    news = event(EventType.ACCOMPLISHMENT, "2026-03-05T10:00", status="accepted", relevant=True, note="paper")
    recs = records(application(decision=D(2026, 3, 20), events=[news]))
    verdict = check_at(recs, "2026-03-07T10:00", action="EXC-NEWS", to=("dana",), cc=("priya",))
    assert "N-NONBIZ" in verdict.codes


# ======================================================================================================
# H — channel and recipient
# ======================================================================================================


def test_h01_thank_you_goes_by_email() -> None:
    view = plan_at(records(), "2026-03-02T14:00")
    assert {step(view, label).step.channel for label in ("TY:Dana Kim", "TY:Luis Ortega")} == {"email"}


def test_h01_a_posted_thank_you_is_too_slow() -> None:
    verdict = check_at(records(), "2026-03-02T14:00", action="TY", to=("dana",), channel="letter")
    assert serious(verdict) == {"W-SLOW-CHANNEL"} and not verdict.blocked
    assert (
        serious(check_at(records(), "2026-03-02T14:00", action="TY", to=("dana",), channel="email")) == set()
    )


@pytest.mark.parametrize("action", ["TY", "TA", "FL", "PAPER"])
def test_h02_handwritten_notes_are_warned_by_default(action: str) -> None:
    recs = records(application(arranger="priya", events=[sent("TY", "2026-03-02T13:00", ["dana"])]))
    when = "2026-03-04T10:00" if action == "FL" else "2026-03-02T14:00"
    to = ("priya",) if action == "TA" else ("dana",)
    verdict = check_at(recs, when, action=action, to=to, handwritten=True)
    assert "W-HANDWRITTEN" in verdict.codes and severity(verdict, "W-HANDWRITTEN") is WARN


def test_h02_typed_notes_raise_no_handwriting_warning() -> None:
    assert "W-HANDWRITTEN" not in check_at(records(), "2026-03-02T14:00", action="TY", to=("dana",)).codes


def test_h02_allowed_handwritten_note_delivered_at_once_raises_nothing() -> None:
    recs = records(settings={"allow_handwritten": "true", "allow_hr_dropoff": "true"})
    verdict = check_at(recs, "2026-03-02T11:15", action="DELIVER", to=("priya",), handwritten=True)
    assert serious(verdict) == set()


def test_h02_allowed_handwritten_note_sent_by_post_is_still_warned() -> None:
    recs = records(settings={"allow_handwritten": "true"})
    verdict = check_at(
        recs, "2026-03-02T14:00", action="TY", to=("dana",), channel="letter", handwritten=True
    )
    assert "W-HANDWRITTEN" in verdict.codes


def test_h03_one_thank_you_per_panel_member_and_never_without_the_hiring_manager() -> None:
    view = plan_at(records(), "2026-03-02T14:00")
    assert [label for label in labels(view) if label.startswith("TY")] == ["TY:Dana Kim", "TY:Luis Ortega"]
    assert any("hiring manager" in n for n in step(view, "TY:Dana Kim").step.notes)
    assert not any("hiring manager" in n for n in step(view, "TY:Luis Ortega").step.notes)
    late = plan_at(
        records(application(events=[sent("TY", "2026-03-02T15:00", ["luis"])])), "2026-03-03T12:00"
    )
    assert state(late, "TY:Dana Kim") == "OVERDUE" and codes(late, "TY:Dana Kim") == {"W-TY-OVERDUE"}
    assert state(late, "TY:Luis Ortega") == "DONE"


@pytest.mark.parametrize(
    ("to", "cc", "grouped"),
    [
        (("dana", "luis"), (), True),
        (("dana",), ("luis",), True),
        (("dana",), ("priya",), False),
        (("dana",), (), False),
    ],
)
def test_h03_one_message_to_several_interviewers_is_a_group_message(
    to: tuple[str, ...], cc: tuple[str, ...], grouped: bool
) -> None:
    verdict = check_at(records(), "2026-03-02T14:00", action="TY", to=to, cc=cc)
    assert ("W-GROUP-MESSAGE" in verdict.codes) is grouped


def test_h04_thanks_routed_via_the_main_contact_use_the_thank_you_window() -> None:
    app = application(people=[dana(), luis(email=""), priya()])
    view = plan_at(records(app), "2026-03-02T14:00")
    fwd = step(view, "TY-FWD").step
    assert fwd.channel == "email" and (local_text(fwd.deadline)) == "Tue 03 Mar 11:00"
    done = records(
        application(
            people=[dana(), luis(email=""), priya()], events=[sent("TY-FWD", "2026-03-02T15:00", ["priya"])]
        )
    )
    assert state(plan_at(done, "2026-03-02T16:00"), "TY-FWD") == "DONE"
    assert state(plan_at(done, "2026-03-02T16:00"), "TY:Luis Ortega") == "N/A"


@pytest.mark.parametrize(
    ("arranger", "people", "has_ta"),
    [
        ("priya", None, True),
        ("", None, False),
        ("dana", None, False),  # on the panel: thanked with a TY already
        (
            "rita",
            [
                dana(),
                luis(),
                priya(),
                Person("rita", "Rita", "Lane", role=Role.EMPLOYEE, on_panel=False, email="rita@acme.example"),
            ],
            True,
        ),
    ],
)
def test_h05_the_arranger_off_the_panel_gets_a_note_in_the_same_window(
    arranger: str,
    people: list[Person] | None,
    has_ta: bool,
) -> None:
    view = plan_at(records(application(arranger=arranger, people=people)), "2026-03-02T14:00")
    tas = [label for label in labels(view) if label.startswith("TA:")]
    assert bool(tas) is has_ta
    if has_ta:
        ta = step(view, tas[0])
        assert ta.state == "DUE" and ta.step.channel == "email" and ta.step.to == (arranger,)
        assert local_text(ta.step.deadline) == "Tue 03 Mar 11:00"


def test_h05_one_combined_note_to_an_arranger_who_is_the_main_contact() -> None:
    app = application(
        arranger="priya",
        people=[dana(), luis(email=""), priya()],
        events=[sent("TY-FWD", "2026-03-02T15:00", ["priya"])],
    )
    assert state(plan_at(records(app), "2026-03-02T16:00"), "TA:Priya Shah") == "DONE"


def test_h06_no_posted_copy_unless_switched_on() -> None:
    assert not any(label.startswith("PAPER") for label in labels(plan_at(records(), "2026-03-02T14:00")))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-02T14:00", "NOT_YET"),
        ("2026-03-02T16:00", "ALLOWED"),
        ("2026-03-03T23:00", "ALLOWED"),
        ("2026-03-04T00:00", "CLOSED"),
    ],
)
def test_h06_posted_copy_allowed_on_the_email_day_and_the_next_business_day(now: str, expected: str) -> None:
    recs = records(
        application(
            people=[dana(postal_address="1 Main St, Boston"), luis(), priya()],
            events=[sent("TY", "2026-03-02T15:00", ["dana"])],
        ),
        settings={"mail_printed_copy": "true"},
    )
    view = plan_at(recs, now)
    assert state(view, "PAPER:Dana Kim") == expected and codes(view, "PAPER:Dana Kim") == set()
    assert state(view, "PAPER:Luis Ortega") == "NOT_YET"  # his email has not gone yet


def test_h06_posted_copy_before_the_email_or_handwritten_or_without_address_is_warned() -> None:
    recs = records(settings={"mail_printed_copy": "true"})
    verdict = check_at(recs, "2026-03-02T14:00", action="PAPER", to=("dana",), handwritten=True)
    assert {"W-PAPER-ONLY", "W-HANDWRITTEN", "W-MISSING-CONTACT"} <= serious(verdict)
    assert not verdict.blocked


def test_h06_a_posted_copy_is_not_a_touch() -> None:
    events = [
        sent("TY", "2026-03-02T15:00", ["dana"]),
        sent("PAPER", "2026-03-02T16:00", ["dana"], channel=Channel.LETTER),
    ]
    f = facts_at(records(application(events=events)), "2026-03-03T10:00")
    assert [t.group for t in f.touches] == ["thank-you round"]


@pytest.mark.parametrize(
    ("settings", "fmt", "now", "to", "expected"),
    [
        ({}, Format.IN_PERSON, "2026-03-02T11:15", "priya", {"W-INPERSON-DELIVERY"}),
        ({"allow_hr_dropoff": "true"}, Format.IN_PERSON, "2026-03-02T11:15", "priya", set()),
        ({"allow_hr_dropoff": "true"}, Format.IN_PERSON, "2026-03-02T11:15", "dana", {"W-VISIT"}),
        (
            {"allow_hr_dropoff": "true"},
            Format.IN_PERSON,
            "2026-03-03T10:00",
            "priya",
            {"W-INPERSON-DELIVERY"},
        ),
        ({"allow_hr_dropoff": "true"}, Format.VIDEO, "2026-03-02T11:15", "priya", {"W-INPERSON-DELIVERY"}),
    ],
)
def test_h07_dropping_a_note_at_hr_only_when_switched_on_in_person_on_the_day(
    settings: dict[str, Any],
    fmt: Format,
    now: str,
    to: str,
    expected: set[str],
) -> None:
    recs = records(application(format=fmt), settings=settings)
    verdict = check_at(recs, now, action="DELIVER", to=(to,))
    assert serious(verdict) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [("2026-03-02T10:59", "NOT_YET"), ("2026-03-02T11:00", "ALLOWED"), ("2026-06-01T10:00", "ALLOWED")],
)
def test_h08_linkedin_requests_are_allowed_from_the_end_and_never_due(now: str, expected: str) -> None:
    view = plan_at(records(), now)
    assert state(view, "LI:Dana Kim") == expected and state(view, "LI:Luis Ortega") == expected
    assert step(view, "LI:Dana Kim").step.channel == "linkedin"


def test_h08_a_request_without_note_and_a_second_request() -> None:
    bare = check_at(records(), "2026-03-02T12:00", action="LI", to=("dana",), with_note=False)
    assert serious(bare) == {"W-LI-NONOTE"} and not bare.blocked
    recs = records(application(events=[sent("LI", "2026-03-02T12:00", ["dana"], channel=Channel.LINKEDIN)]))
    again = check_at(recs, "2026-03-09T12:00", action="LI", to=("dana",))
    assert severity(again, "W-DUP-LI") is BLOCK and again.blocked
    assert state(plan_at(recs, "2026-03-02T13:00"), "LI:Dana Kim") == "DONE"
    assert facts_at(recs, "2026-03-02T13:00").touches == ()  # not a touch


def test_h08_linkedin_is_blocked_under_a_no_contact_request() -> None:
    recs = records(
        application(events=[event(EventType.NO_CONTACT, "2026-03-02T10:55", new_date=D(2026, 3, 20))])
    )
    assert state(plan_at(recs, "2026-03-02T12:00"), "LI:Dana Kim") == "BLOCKED"
    verdict = check_at(recs, "2026-03-02T12:00", action="LI", to=("dana",))
    assert severity(verdict, "W-NOCONTACT") is BLOCK


@pytest.mark.parametrize(
    ("culture", "medium", "channel"),
    [
        (Culture.TRADITIONAL, "auto", "letter"),
        (Culture.TECH_SOCIAL, "auto", "email"),
        (Culture.TRADITIONAL, "email", "email"),
        (Culture.TECH_SOCIAL, "post", "letter"),
    ],
)
def test_h09_formal_letter_medium_follows_company_style(culture: Culture, medium: str, channel: str) -> None:
    recs = records(application(culture=culture), settings={"formal_letter_medium": medium})
    view = plan_at(recs, "2026-03-04T10:00")
    assert step(view, "FL:Dana Kim").step.channel == channel
    assert step(view, "FL:Luis Ortega").step.to == ("luis",)


def test_h09_one_letter_to_two_interviewers_is_a_group_message() -> None:
    verdict = check_at(records(), "2026-03-04T10:00", action="FL", to=("dana", "luis"))
    assert "W-GROUP-MESSAGE" in verdict.codes


def test_h10_status_follow_ups_are_emails_by_default_calls_to_hr_as_an_option() -> None:
    assert step(plan_at(records(), "2026-03-10T10:00"), "F1").step.channel == "email"
    phone = records(settings={"status_channel": "phone_hr"})
    assert step(plan_at(phone, "2026-03-10T10:00"), "F1").step.channel == "phone"
    verdict = check_at(phone, "2026-03-10T10:00", action="F1", to=("priya",))
    assert serious(verdict) == set()  # a call to HR inside the call window


def test_h10_a_call_counts_as_one_follow_up() -> None:
    call = sent("CALL", "2026-03-10T10:00", ["priya"], call_outcome=CallOutcome.CONNECTED)
    recs = records(application(events=[call]), settings={"status_channel": "phone_hr"})
    view = plan_at(recs, "2026-03-10T11:00")
    assert state(view, "F1") == "DONE" and "F2" in labels(view)
    assert len(facts_at(recs, "2026-03-10T11:00").followup_touches) == 1


@pytest.mark.parametrize(
    ("kwargs", "settings", "to"),
    [
        ({"designated_contact": "luis"}, {}, ("luis",)),
        ({}, {}, ("priya",)),
        ({"main_contact": ""}, {}, ("priya",)),  # the HR person is the main contact by default
        ({"has_hr": False, "main_contact": "", "people": [dana(), luis()]}, {}, ("dana",)),
        ({"main_contact": "", "people": [dana(), luis()]}, {}, ()),  # has HR but none named: ask the user
        ({}, {"status_recipient": "hiring_manager"}, ("dana",)),
    ],
)
def test_h11_status_recipient_designated_then_main_contact_then_hiring_manager_without_hr(
    kwargs: dict[str, Any],
    settings: dict[str, Any],
    to: tuple[str, ...],
) -> None:
    view = plan_at(records(application(**kwargs), settings=settings), "2026-03-10T10:00")
    f1 = step(view, "F1").step
    assert f1.to == to
    if not to:
        assert any("H-11" in n for n in f1.notes)


@pytest.mark.parametrize(
    ("settings", "to", "warned"),
    [
        ({}, "dana", True),
        ({}, "luis", True),
        ({}, "priya", False),
        ({"status_recipient": "hiring_manager"}, "dana", False),
        ({"status_recipient": "hiring_manager"}, "luis", True),
    ],
)
def test_h11_status_email_to_someone_outside_hr_is_a_warning(
    settings: dict[str, Any], to: str, warned: bool
) -> None:
    verdict = check_at(records(settings=settings), "2026-03-10T10:00", action="F1", to=(to,))
    assert ("W-HRONLY" in verdict.codes) is warned
    if warned:
        assert severity(verdict, "W-HRONLY") is WARN and not verdict.blocked


@pytest.mark.parametrize(("to", "blocked"), [("dana", True), ("luis", True), ("priya", False)])
def test_h12_status_calls_go_to_hr_only(to: str, blocked: bool) -> None:
    verdict = check_at(records(), "2026-03-12T10:00", action="CALL", to=(to,))
    assert ("W-HRONLY" in verdict.codes) is blocked and verdict.blocked is blocked
    if blocked:
        assert severity(verdict, "W-HRONLY") is BLOCK


def test_h12_small_firm_without_hr_may_call_the_hiring_manager() -> None:
    recs = records(application(has_hr=False, people=[dana(), luis()], main_contact=""))
    verdict = check_at(recs, "2026-03-12T10:00", action="CALL", to=("dana",))
    assert serious(verdict) == set() and "N-RESENT" in verdict.codes


@pytest.mark.parametrize(("channel", "sev"), [("email", WARN), ("phone", BLOCK)])
def test_h13_beyond_hr_write_rather_than_call(channel: str, sev: Severity) -> None:
    verdict = check_at(records(), "2026-03-12T10:00", action="F1", to=("dana",), channel=channel)
    assert severity(verdict, "W-HRONLY") is sev


@pytest.mark.parametrize(
    ("now", "allowed"),
    [
        ("2026-03-12T08:00", False),
        ("2026-03-12T09:29", False),
        ("2026-03-12T09:30", True),
        ("2026-03-12T11:59", True),
        ("2026-03-12T12:00", False),
        ("2026-03-12T13:59", False),
        ("2026-03-12T14:00", True),
        ("2026-03-12T15:59", True),
        ("2026-03-12T16:00", False),
        ("2026-03-14T10:00", False),
    ],
)
def test_h14_unsolicited_calls_only_in_the_morning_and_afternoon_windows(now: str, allowed: bool) -> None:
    verdict = check_at(records(), now, action="CALL", to=("priya",))
    assert serious(verdict) == (set() if allowed else {"W-CALLTIME"})
    if not allowed:
        assert severity(verdict, "W-CALLTIME") is BLOCK


@pytest.mark.parametrize(
    ("now", "next_start"),
    [
        ("2026-03-12T12:30", "Thu 12 Mar 14:00"),
        ("2026-03-12T16:30", "Fri 13 Mar 09:30"),
        ("2026-03-14T10:00", "Mon 16 Mar 09:30"),
        ("2026-03-12T08:00", "Thu 12 Mar 09:30"),
    ],
)
def test_h14_the_call_time_warning_names_the_next_permitted_start(now: str, next_start: str) -> None:
    verdict = check_at(records(), now, action="CALL", to=("priya",))
    assert next_start in message(verdict, "W-CALLTIME")


def test_h14_no_calls_on_a_holiday() -> None:
    recs = records(application(start="2026-02-02T10:00"))  # F1 due 9–17 Feb; Mon 16 Feb Presidents' Day
    verdict = check_at(recs, "2026-02-16T10:00", action="CALL", to=("priya",))
    assert "W-CALLTIME" in verdict.codes and "Tue 17 Feb 09:30" in message(verdict, "W-CALLTIME")


@pytest.mark.parametrize(
    ("now", "allowed"),
    [
        ("2026-03-12T08:59", False),
        ("2026-03-12T09:00", True),
        ("2026-03-12T12:30", True),
        ("2026-03-12T16:59", True),
        ("2026-03-12T17:00", False),
    ],
)
def test_h14_returning_their_call_may_start_from_9_to_16_59(now: str, allowed: bool) -> None:
    called = inbound(InboundKind.CALL_BACK, "2026-03-12T08:30", channel=Channel.VOICEMAIL)
    verdict = check_at(
        records(application(events=[called])), now, action="CALL", to=("priya",), call_back=True
    )
    assert (verdict.action, verdict.channel, verdict.blocked) == ("RSP", "phone", not allowed)
    assert serious(verdict) == (set() if allowed else {"W-CALLTIME"})


# K5: the three ways of saying "I return Priya's call" (check --returning-call, "rsp ... by phone", and
# `log call --returning`, which the guard sees after the fact), and a plain call to her while her call
# waits to be returned.
RETURNING_CALL = {
    "check call --returning-call": {"action": "CALL", "call_back": True},
    "check rsp by phone": {"action": "RSP", "channel": "phone"},
    "log call --returning": {"action": "RSP", "channel": "phone", "after_the_fact": True},
    "check call": {"action": "CALL"},
}


@pytest.mark.parametrize("said", sorted(RETURNING_CALL))
@pytest.mark.parametrize(
    ("now", "codes_", "next_start"),
    [
        ("2026-03-10T10:30", set(), ""),
        ("2026-03-10T12:30", set(), ""),  # no lunch block for a call-back
        ("2026-03-10T16:59", set(), ""),
        ("2026-03-10T17:00", {"W-CALLTIME"}, "Wed 11 Mar 09:00"),
        ("2026-03-11T08:59", {"W-CALLTIME"}, "Wed 11 Mar 09:00"),
        ("2026-03-11T12:30", {"W-PROMPT"}, ""),  # late, but a call-back at 12:30 is fine
        ("2026-03-14T10:00", {"W-CALLTIME", "W-PROMPT"}, "Mon 16 Mar 09:00"),  # a Saturday
    ],
)
def test_h14_k5_returning_the_employers_call_after_an_invitation(
    said: str, now: str, codes_: set[str], next_start: str
) -> None:
    invited = inbound(InboundKind.INVITATION, "2026-03-10T10:05", channel=Channel.VOICEMAIL)
    recs = records(application(events=[invited]))
    verdict = check_at(recs, now, to=("priya",), **RETURNING_CALL[said])
    assert (verdict.action, verdict.channel, verdict.step) == ("RSP", "phone", f"RSP:{invited.id}")
    assert serious(verdict) == codes_ and verdict.blocked is ("W-CALLTIME" in codes_)
    assert "W-CLOSED" not in verdict.codes
    if next_start:
        assert severity(verdict, "W-CALLTIME") is BLOCK
        assert f"next permitted start {next_start} their time" in message(verdict, "W-CALLTIME")


@pytest.mark.parametrize("said", sorted(RETURNING_CALL))
def test_h14_k5_no_call_back_on_a_holiday_of_the_employers_calendar(said: str) -> None:
    offer = inbound(InboundKind.OFFER, "2026-05-22T16:00", channel=Channel.PHONE)  # Fri before Memorial Day
    recs = records(application(start="2026-05-18T10:00", events=[offer]))
    holiday = check_at(recs, "2026-05-25T10:00", to=("priya",), **RETURNING_CALL[said])
    assert holiday.action == "RSP" and holiday.blocked and serious(holiday) == {"W-CALLTIME"}
    assert "next permitted start Tue 26 May 09:00 their time" in message(holiday, "W-CALLTIME")
    tuesday = check_at(recs, "2026-05-26T09:00", to=("priya",), **RETURNING_CALL[said])
    assert not tuesday.blocked and serious(tuesday) == set()


def test_h14_k5_the_call_back_window_is_the_callers_local_time() -> None:
    app = application(
        people=[dana(), luis(), priya(tz="America/Los_Angeles")],
        events=[inbound(InboundKind.INVITATION, "2026-03-10T10:05", channel=Channel.PHONE)],
    )
    early = check_at(records(app), "2026-03-10T11:30", action="CALL", to=("priya",), call_back=True)
    assert early.blocked and serious(early) == {"W-CALLTIME"}  # 08:30 in Los Angeles
    assert "next permitted start Tue 10 Mar 09:00 their time" in message(early, "W-CALLTIME")
    nine = check_at(records(app), "2026-03-10T12:00", action="CALL", to=("priya",), call_back=True)
    assert not nine.blocked and serious(nine) == set()


def test_h16_a_returned_call_with_nothing_to_return_is_a_call_of_ones_own() -> None:
    verdict = check_at(records(), "2026-03-05T12:30", action="CALL", to=("priya",), call_back=True)
    assert (verdict.action, verdict.blocked) == ("CALL", True)
    assert serious(verdict) == {"W-EARLY", "W-CALLTIME"} and "N-NOTHING-TO-RETURN" in verdict.codes
    same = check_at(records(), "2026-03-05T12:30", action="RSP", to=("priya",), channel="phone")
    assert (same.action, same.codes) == (verdict.action, verdict.codes)


@pytest.mark.parametrize(("now", "allowed"), [("2026-03-12T12:45", True), ("2026-03-12T10:00", False)])
def test_h14_call_windows_are_recipient_local(now: str, allowed: bool) -> None:
    app = application(people=[dana(), luis(), priya(tz="America/Los_Angeles")])  # 12:45 ET = 09:45 PT
    verdict = check_at(records(app), now, action="CALL", to=("priya",))
    assert ("W-CALLTIME" not in verdict.codes) is allowed


def test_h15_a_request_for_a_call_with_three_good_slots() -> None:
    verdict = check_at(records(), "2026-03-12T10:00", action="SCHED", to=("dana",), slots=SLOTS)
    assert "W-SLOTS" not in verdict.codes
    assert "N-SCHED-ODDS" in verdict.codes and severity(verdict, "N-SCHED-ODDS") is NOTE
    assert not verdict.blocked


@pytest.mark.parametrize(
    "slots",
    [
        SLOTS[:2],  # two slots
        (SLOTS[0], SLOTS[0], SLOTS[2]),  # not distinct
        (at("2026-03-14T10:00"), SLOTS[1], SLOTS[2]),  # a Saturday
        (at("2026-03-12T15:00"), SLOTS[1], SLOTS[2]),  # the send day itself, before bd(send,1)
        (SLOTS[0], SLOTS[1], at("2026-03-27T10:00")),  # after bd(send,10) = Thu 26 Mar
        (SLOTS[0], SLOTS[1], at("2026-03-18T12:30")),  # lunch
        (SLOTS[0], SLOTS[1], at("2026-03-18T16:30")),  # close of business
    ],
)
def test_h15_slot_problems_raise_w_slots(slots: tuple[dt.datetime, ...]) -> None:
    verdict = check_at(records(), "2026-03-12T10:00", action="SCHED", to=("dana",), slots=slots)
    assert "W-SLOTS" in verdict.codes and severity(verdict, "W-SLOTS") is WARN


def test_h15_a_request_for_a_call_is_a_follow_up_inside_an_f_window() -> None:
    early = check_at(records(), "2026-03-05T10:00", action="SCHED", to=("dana",), slots=SLOTS)
    assert "W-EARLY" in early.codes
    recs = records(application(events=[sent("SCHED", "2026-03-12T10:00", ["dana"], proposed_slots=SLOTS)]))
    assert state(plan_at(recs, "2026-03-12T11:00"), "F1") == "DONE"
    assert [t.group for t in facts_at(recs, "2026-03-12T11:00").followup_touches] == ["SCHED"]


def test_h15_no_call_after_the_request_went_unanswered_small_firm() -> None:
    app = application(
        has_hr=False,
        people=[dana(), luis()],
        main_contact="",
        events=[sent("SCHED", "2026-03-12T10:00", ["dana"], proposed_slots=SLOTS)],
    )
    verdict = check_at(records(app), "2026-03-19T10:00", action="CALL", to=("dana",))
    assert severity(verdict, "W-UNSCHEDULED-CALL") is BLOCK


def test_h15_no_call_to_the_hiring_manager_after_the_request_went_unanswered() -> None:
    recs = records(application(events=[sent("SCHED", "2026-03-12T10:00", ["dana"], proposed_slots=SLOTS)]))
    verdict = check_at(recs, "2026-03-19T10:00", action="CALL", to=("dana",))
    assert "W-UNSCHEDULED-CALL" in verdict.codes


@pytest.mark.parametrize(
    ("inbound_channel", "reply_channel"),
    [
        (Channel.EMAIL, "email"),
        (Channel.PHONE, "phone"),
        (Channel.VOICEMAIL, "phone"),
        (Channel.LETTER, "email"),
    ],
)
def test_h16_answer_in_the_employers_medium(inbound_channel: Channel, reply_channel: str) -> None:
    ask = inbound(InboundKind.INFO_REQUEST, "2026-03-10T10:00", channel=inbound_channel)
    view = plan_at(records(application(events=[ask])), "2026-03-10T11:00")
    assert step(view, "RSP").step.channel == reply_channel


@pytest.mark.parametrize(
    ("inbound_channel", "used", "mismatch"),
    [
        (Channel.VOICEMAIL, "email", True),
        (Channel.VOICEMAIL, "phone", False),
        (Channel.EMAIL, "phone", True),
        (Channel.EMAIL, "email", False),
        (Channel.LETTER, "phone", False),
        (Channel.LETTER, "email", False),
    ],
)
def test_h16_replying_in_another_medium_is_flagged(
    inbound_channel: Channel, used: str, mismatch: bool
) -> None:
    ask = inbound(InboundKind.INFO_REQUEST, "2026-03-10T10:00", channel=inbound_channel)
    verdict = check_at(
        records(application(events=[ask])), "2026-03-10T11:00", action="RSP", to=("priya",), channel=used
    )
    assert ("W-SAME-CHANNEL" in verdict.codes) is mismatch


@pytest.mark.parametrize(
    ("channel", "after", "sev"),
    [("phone", False, BLOCK), ("phone", True, WARN), ("email", False, None), ("letter", False, None)],
)
def test_h17_feedback_requests_only_in_writing(channel: str, after: bool, sev: Severity | None) -> None:
    recs = records(
        application(events=[inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana")])
    )
    assert step(plan_at(recs, "2026-03-10T11:00"), "FB").step.channel == "email"
    verdict = check_at(
        recs, "2026-03-10T11:00", action="FB", to=("dana",), channel=channel, after_the_fact=after
    )
    if sev is None:
        assert "W-PHONE-FEEDBACK" not in verdict.codes
    else:
        assert severity(verdict, "W-PHONE-FEEDBACK") is sev


def test_h18_exception_news_is_written_to_the_hiring_manager_copying_the_main_contact() -> None:
    offer = event(EventType.COMPETING_OFFER, "2026-03-11T11:00", deadline=D(2026, 3, 17))
    recs = records(application(preferred=True, decision=D(2026, 3, 20)), events=[offer])
    exc = step(plan_at(recs, "2026-03-11T12:00"), "EXC-OFFER").step
    assert (exc.channel, exc.to, exc.cc) == ("email", ("dana",), ("priya",))


@pytest.mark.parametrize(
    ("action", "to", "blocked"),
    [("EXC-OFFER", "dana", True), ("EXC-OFFER", "priya", False), ("EXC-NEWS", "dana", True)],
)
def test_h18_phoning_the_news_to_someone_outside_hr_is_blocked(action: str, to: str, blocked: bool) -> None:
    offer = event(EventType.COMPETING_OFFER, "2026-03-11T11:00", deadline=D(2026, 3, 17))
    news = event(EventType.ACCOMPLISHMENT, "2026-03-11T09:00", status="accepted", relevant=True)
    recs = records(application(preferred=True, decision=D(2026, 3, 20), events=[news]), events=[offer])
    verdict = check_at(recs, "2026-03-11T12:00", action=action, to=(to,), channel="phone")
    assert ("W-HRONLY" in verdict.codes) is blocked
    if blocked:
        assert severity(verdict, "W-HRONLY") is BLOCK


# ======================================================================================================
# A — avoid / guard
# ======================================================================================================


@pytest.mark.parametrize(
    ("action", "to", "now"),
    [
        ("F1", "priya", "2026-03-13T10:00"),  # on D
        ("F1", "priya", "2026-03-15T10:00"),  # after D, before bd(D,1) (K1)
        ("SCHED", "dana", "2026-03-12T10:00"),
        ("CALL", "priya", "2026-03-13T10:00"),
        ("F", "priya", "2026-03-10T10:00"),
    ],
)
def test_a01_no_status_inquiry_while_the_stated_period_runs(action: str, to: str, now: str) -> None:
    recs = records(application(decision=D(2026, 3, 13)))
    verdict = check_at(recs, now, action=action, to=(to,), slots=SLOTS)
    assert severity(verdict, "W-EARLY") is BLOCK and verdict.blocked
    assert "N-PATIENCE" in verdict.codes


@pytest.mark.parametrize(
    ("action", "to", "body"),
    [
        ("EXC-OFFER", ("dana",), ""),
        ("TY", ("dana",), "Thank you for your time. When can I expect to hear about next steps?"),
    ],
)
def test_a01_exceptions_and_the_next_steps_question_are_not_covered(
    action: str, to: tuple[str, ...], body: str
) -> None:
    offer = event(EventType.COMPETING_OFFER, "2026-03-02T12:00", deadline=D(2026, 3, 6))
    recs = records(application(preferred=True), events=[offer])
    verdict = check_at(
        recs, "2026-03-02T14:00", action=action, to=to, cc=("priya",) if action != "TY" else (), body=body
    )
    assert "W-EARLY" not in verdict.codes


def test_a01_no_follow_up_is_due_inside_the_stated_period_even_after_an_early_f1() -> None:
    forced = sent(
        "F1", "2026-03-04T10:00", ["priya"], override_codes=("W-EARLY",), override_reason="asked to"
    )
    recs = records(application(decision=D(2026, 4, 30), events=[forced]))
    assert check_at(recs, "2026-03-12T10:00", action="F2", to=("priya",)).blocked
    assert state(plan_at(recs, "2026-03-12T10:00"), "F2") != "DUE"


@pytest.mark.parametrize(
    ("action", "to", "sev"),
    [
        ("F1", "priya", BLOCK),
        ("SCHED", "dana", BLOCK),
        ("CALL", "priya", BLOCK),
        ("FL", "dana", BLOCK),
        ("LI", "dana", BLOCK),
        ("EXC-NEWS", "dana", BLOCK),
        ("EXC-OFFER", "dana", WARN),
        ("TY", "dana", None),
        ("TA", "priya", None),
    ],
)
def test_a02_honour_a_request_not_to_be_contacted(action: str, to: str, sev: Severity | None) -> None:
    request = event(EventType.NO_CONTACT, "2026-03-02T10:55", new_date=D(2026, 3, 20))
    news = event(EventType.ACCOMPLISHMENT, "2026-03-04T09:00", status="accepted", relevant=True)
    offer = event(EventType.COMPETING_OFFER, "2026-03-04T09:00", deadline=D(2026, 3, 10))
    recs = records(application(preferred=True, arranger="priya", events=[request, news]), events=[offer])
    verdict = check_at(
        recs,
        "2026-03-04T10:00" if action != "TY" else "2026-03-02T14:00",
        action=action,
        to=(to,),
        slots=SLOTS,
    )
    if sev is None:
        assert "W-NOCONTACT" not in verdict.codes
    else:
        assert severity(verdict, "W-NOCONTACT") is sev


def test_a02_plan_blocks_status_outreach_but_keeps_thank_yous() -> None:
    request = event(EventType.NO_CONTACT, "2026-03-02T10:55", new_date=D(2026, 3, 20))
    news = event(EventType.ACCOMPLISHMENT, "2026-03-04T09:00", status="accepted", relevant=True)
    offer = event(EventType.COMPETING_OFFER, "2026-03-11T09:00", deadline=D(2026, 3, 17))
    recs = records(
        application(preferred=True, decision=D(2026, 3, 13), events=[request, news]), events=[offer]
    )
    view = plan_at(recs, "2026-03-11T10:00")
    assert state(plan_at(recs, "2026-03-05T10:00"), "FL:Dana Kim") == "BLOCKED"
    assert state(plan_at(recs, "2026-03-21T10:00"), "FL:Dana Kim") == "CLOSED"  # its window passed meanwhile
    assert state(view, "EXC-NEWS") == "BLOCKED" and codes(view, "EXC-NEWS") == {"W-NOCONTACT"}
    assert state(view, "EXC-OFFER") == "DUE" and codes(view, "EXC-OFFER") == {"W-NOCONTACT"}
    assert state(plan_at(recs, "2026-03-16T10:00"), "F1") == "BLOCKED"
    assert state(plan_at(recs, "2026-03-21T10:00"), "F1") == "DUE"
    assert state(plan_at(recs, "2026-03-02T14:00"), "TY:Dana Kim") == "DUE"


@pytest.mark.parametrize("action", ["F2", "F", "CALL", "SCHED"])
def test_a03_three_unanswered_touches_end_the_chase(action: str) -> None:
    recs = records(application(events=three_unanswered()))
    verdict = check_at(recs, "2026-03-17T10:00", action=action, to=("priya",), slots=SLOTS)
    assert severity(verdict, "W-CAP") is BLOCK and verdict.blocked


def test_a03_the_plan_blocks_then_closes_the_next_follow_up() -> None:
    recs = records(application(events=three_unanswered()))
    before = plan_at(recs, "2026-03-09T09:00")
    assert any(
        "C-19" in n for n in step(before, "F1").step.notes
    )  # the touch reaching the cap is the final note
    blocked = plan_at(recs, "2026-03-12T10:00")
    assert state(blocked, "F2") == "BLOCKED" and codes(blocked, "F2") == {"W-CAP"}
    assert facts_at(recs, "2026-03-12T10:00").unanswered() == 3


@pytest.mark.parametrize(
    ("extra", "settings", "capped"),
    [
        ([], {}, True),
        ([], {"count_thank_you_as_touch": "false"}, False),
        ([inbound(InboundKind.GENERIC, "2026-03-10T10:00")], {}, False),
        ([inbound(InboundKind.AUTO_REPLY, "2026-03-09T10:01")], {}, True),  # auto-replies are not inbound
        ([], {"unanswered_touch_cap": "4"}, False),
    ],
)
def test_a03_counting_unanswered_touches(extra: list[Event], settings: dict[str, Any], capped: bool) -> None:
    recs = records(application(events=[*three_unanswered(), *extra]), settings=settings)
    verdict = check_at(recs, "2026-03-17T10:00", action="F2", to=("priya",))
    assert ("W-CAP" in verdict.codes) is capped


def test_a03_not_touches_do_not_count() -> None:
    events = [
        sent("TY", "2026-03-02T15:00", ["dana"]),
        sent("TA", "2026-03-02T15:00", ["priya"]),
        sent("LI", "2026-03-02T16:00", ["dana"], channel=Channel.LINKEDIN),
        sent("PAPER", "2026-03-02T16:00", ["dana"], channel=Channel.LETTER),
        sent("EXC-NEWS", "2026-03-04T10:00", ["dana"]),
        sent("FL", "2026-03-04T10:00", ["dana"]),
        sent("FL", "2026-03-04T10:00", ["luis"]),
    ]
    f = facts_at(records(application(events=events)), "2026-03-05T10:00")
    assert [t.group for t in f.touches] == ["thank-you round", "formal-letter round"]
    assert f.unanswered() == 2


@pytest.mark.parametrize(
    "action",
    [
        "F",
        "F3",
        "CALL",
        "SCHED",
    ],
)
def test_a04_at_most_three_status_follow_ups(action: str) -> None:
    recs = records(application(events=three_answered_followups()))
    verdict = check_at(recs, "2026-04-06T10:00", action=action, to=("priya",), slots=SLOTS)
    assert "W-CAP" in verdict.codes and severity(verdict, "W-CAP") is BLOCK


@pytest.mark.parametrize("now", ["2026-03-30T10:00", "2026-04-10T10:00"])  # before and after E-10's close
@pytest.mark.parametrize("action", ["F", "F3", "CALL", "SCHED"])
def test_a04_the_cap_names_the_follow_ups_sent_not_a_run_of_silence(action: str, now: str) -> None:
    events = three_answered_followups()[:-1]  # F3 (Wed 25 Mar) unanswered: bd(25 Mar, 10) = Wed 8 Apr
    recs = records(application(events=events))
    verdict = check_at(recs, now, action=action, to=("priya",), slots=SLOTS)
    cap = next(f for f in verdict.findings if f.code == "W-CAP")
    assert (cap.severity, cap.rule) == (BLOCK, "A-04") and verdict.blocked
    assert cap.message.startswith("3 follow-ups sent") and "unanswered" not in cap.message


def test_e10_k8_after_the_last_permitted_message_the_cap_names_moving_on() -> None:
    events = [sent("F1", "2026-03-09T10:00", ["priya"]), sent("F2", "2026-03-17T10:00", ["priya"])]
    recs = records(application(events=events))  # never answered: no F3 (T-05); bd(17 Mar, 10) = Tue 31 Mar
    assert plan_at(recs, "2026-04-01T10:00").status == "closed_no_response"
    verdict = check_at(recs, "2026-04-01T10:00", action="F", to=("priya",))
    cap = next(f for f in verdict.findings if f.code == "W-CAP")
    assert (cap.severity, cap.rule) == (BLOCK, "E-10") and serious(verdict) == {"W-CAP"}


def test_a04_planner_shows_no_fourth_follow_up() -> None:
    view = plan_at(records(application(events=three_answered_followups())), "2026-04-06T10:00")
    assert [label for label in labels(view) if label.startswith("F") and not label.startswith("FL")] == [
        "F1",
        "F2",
        "F3",
    ]
    assert {state(view, f) for f in ("F1", "F2", "F3")} == {"DONE"}


def test_a04_a_lower_cap_makes_the_second_follow_up_the_final_note() -> None:
    events = [sent("F1", "2026-03-09T10:00", ["priya"]), inbound(InboundKind.GENERIC, "2026-03-10T10:00")]
    recs = records(application(events=events), settings={"followup_cap": "2"})
    view = plan_at(recs, "2026-03-16T10:00")
    assert any("C-19" in n for n in step(view, "F2").step.notes) and "F3" not in labels(view)
    done = records(
        application(
            events=[
                *events,
                sent("F2", "2026-03-17T10:00", ["priya"]),
                inbound(InboundKind.GENERIC, "2026-03-18T10:00"),
            ]
        ),
        settings={"followup_cap": "2"},
    )
    assert severity(check_at(done, "2026-04-06T10:00", action="CALL", to=("priya",)), "W-CAP") is BLOCK


def test_a05_unplanned_contact_within_two_business_days_is_too_frequent() -> None:
    recs = records(application(events=[sent("F1", "2026-03-09T10:00", ["priya"])]))
    verdict = check_at(recs, "2026-03-10T10:00", action="F2", to=("priya",))
    assert "W-FREQ" in verdict.codes and severity(verdict, "W-FREQ") is WARN


@pytest.mark.parametrize(
    ("action", "to", "freq"),
    [
        ("TY", "luis", False),  # the thank-you round is one unit
        ("TY", "dana", True),  # twice to one person on one day
        ("LI", "dana", False),  # exempt
    ],
)
def test_a05_the_thank_you_round_is_one_unit_and_exempt_actions(action: str, to: str, freq: bool) -> None:
    recs = records(application(events=[sent("TY", "2026-03-02T14:00", ["dana"])]))
    verdict = check_at(recs, "2026-03-02T14:30", action=action, to=(to,))
    assert ("W-FREQ" in verdict.codes) is freq


def test_a05_an_exception_offer_or_an_answer_is_never_too_frequent() -> None:
    offer = event(EventType.COMPETING_OFFER, "2026-03-11T09:00", deadline=D(2026, 3, 17))
    ask = inbound(InboundKind.INFO_REQUEST, "2026-03-10T12:00")
    recs = records(
        application(preferred=True, events=[sent("F1", "2026-03-10T10:00", ["priya"]), ask]), events=[offer]
    )
    assert (
        "W-FREQ"
        not in check_at(recs, "2026-03-11T10:00", action="EXC-OFFER", to=("dana",), cc=("priya",)).codes
    )
    assert "W-FREQ" not in check_at(recs, "2026-03-10T13:00", action="RSP", to=("priya",)).codes


def test_a05_k6_a_formal_letter_pushes_f1_to_bd_letter_2_and_then_it_is_not_too_frequent() -> None:
    recs = records(application(events=[sent("FL", "2026-03-06T10:00", ["dana"])]))  # Fri 6 Mar
    assert state(plan_at(recs, "2026-03-09T10:00"), "F1") == "NOT_YET"
    assert state(plan_at(recs, "2026-03-10T00:00"), "F1") == "DUE"  # bd(Fri 6 Mar, 2) = Tue 10 Mar
    assert "W-FREQ" not in check_at(recs, "2026-03-10T10:00", action="F1", to=("priya",)).codes


@pytest.mark.parametrize(("words", "warned"), [(75, False), (76, True), (120, True)])
def test_a06_a_long_voicemail_script_is_warned(words: int, warned: bool) -> None:
    script = " ".join(["word"] * words)
    verdict = check_at(records(), "2026-03-12T10:00", action="CALL", to=("priya",), body=script)
    assert ("W-VOICEMAIL-LONG" in verdict.codes) is warned
    if warned:
        assert severity(verdict, "W-VOICEMAIL-LONG") is WARN and not verdict.blocked


@pytest.mark.parametrize("outcome", [CallOutcome.CONNECTED, CallOutcome.VOICEMAIL, CallOutcome.NO_ANSWER])
def test_a07_one_call_only(outcome: CallOutcome) -> None:
    call = sent("CALL", "2026-03-12T10:00", ["priya"], call_outcome=outcome)
    recs = records(application(events=[call]))
    verdict = check_at(recs, "2026-03-19T10:00", action="CALL", to=("priya",))
    assert severity(verdict, "W-2NDCALL") is BLOCK


def test_a07_unless_they_asked_to_be_called_back() -> None:
    call = sent("CALL", "2026-03-12T10:00", ["priya"], call_outcome=CallOutcome.VOICEMAIL)
    back = inbound(InboundKind.CALL_BACK, "2026-03-12T15:00", channel=Channel.VOICEMAIL)
    verdict = check_at(
        records(application(events=[call, back])), "2026-03-13T10:00", action="CALL", to=("priya",)
    )
    assert "W-2NDCALL" not in verdict.codes


@pytest.mark.parametrize(("invited", "blocked"), [(False, True), (True, False)])
def test_a08_no_uninvited_visits(invited: bool, blocked: bool) -> None:
    events = [inbound(InboundKind.INVITATION, "2026-03-05T10:00")] if invited else []
    verdict = check_at(records(application(events=events)), "2026-03-06T10:00", action="VISIT", to=("priya",))
    assert ("W-VISIT" in verdict.codes) is blocked
    if blocked:
        assert severity(verdict, "W-VISIT") is BLOCK


@pytest.mark.parametrize(
    ("events", "warned"), [([], True), ([inbound(InboundKind.REJECTION, "2026-03-05T10:00")], False)]
)
def test_a09_skipping_the_first_follow_up_is_warned(events: list[Event], warned: bool) -> None:
    verdict = check_at(records(application(events=events)), "2026-03-10T10:00", action="SKIP-F1")
    assert ("W-SKIP-FOLLOWUP" in verdict.codes) is warned
    if warned:
        assert severity(verdict, "W-SKIP-FOLLOWUP") is WARN


def test_a09_a_skipped_first_follow_up_is_closed_and_warned() -> None:
    recs = records(application(events=[event(EventType.SKIP, "2026-03-10T10:00", kind="F1")]))
    view = plan_at(recs, "2026-03-10T11:00")
    assert state(view, "F1") == "CLOSED" and codes(view, "F1") == {"W-SKIP-FOLLOWUP"}
    assert "skipped by you" in step(view, "F1").step.notes


def test_a09_an_overdue_first_follow_up_is_warned_in_the_plan() -> None:
    view = plan_at(records(), "2026-03-20T10:00")
    assert state(view, "F1") == "OVERDUE" and codes(view, "F1") == {"W-SKIP-FOLLOWUP"}


@pytest.mark.parametrize(
    ("events", "now", "status"),
    [
        ([], "2026-03-02T09:00", "scheduled"),
        ([], "2026-03-02T12:00", "waiting"),
        ([], "2026-09-01T10:00", "waiting"),  # months of silence without any touch: still open
        (three_unanswered(), "2026-03-23T23:00", "waiting"),
        (three_unanswered(), "2026-03-24T00:00", "closed_no_response"),  # bd(Mon 9 Mar, 10) = Mon 23 Mar
        ([inbound(InboundKind.REJECTION, "2026-03-05T10:00")], "2026-03-05T11:00", "rejected"),
    ],
)
def test_a10_silence_is_not_a_rejection(events: list[Event], now: str, status: str) -> None:
    assert plan_at(records(application(events=events)), now).status == status


_PROMISING = re.compile(
    r"\bwill (secure|get you|land|win|guarantee)|\bguarantee[sd]?\b|\bsure to\b", re.IGNORECASE
)


def test_a11_no_copy_promises_that_following_up_secures_the_job() -> None:
    texts: list[str] = []
    scenarios = [
        (records(), "2026-03-02T14:00"),
        (records(), "2026-03-20T10:00"),
        (records(application(decision=D(2026, 3, 13))), "2026-03-18T10:00"),
        (records(application(events=three_unanswered())), "2026-03-25T10:00"),
        (
            records(application(events=[inbound(InboundKind.REJECTION, "2026-03-05T10:00")])),
            "2026-03-05T11:00",
        ),
    ]
    for recs, now in scenarios:
        view = plan_at(recs, now)
        texts += [n.message for n in view.notices]
        for v in view.steps:
            texts += [v.step.reason, *v.step.notes]
        for action in ("F1", "CALL", "TY", "SKIP-F1", "VISIT", "PAUSE-SEARCH"):
            texts += [f.message for f in check_at(recs, now, action=action, to=("priya",)).findings]
    assert len(texts) > 50
    assert [t for t in texts if _PROMISING.search(t) or promises_outcome(t)] == []
    assert promises_outcome("A thank-you note will get you the job.")  # the code's own check can fire


@pytest.mark.parametrize(
    "outcome",
    [
        inbound(InboundKind.OFFER, "2026-03-05T10:00"),
        inbound(InboundKind.REJECTION, "2026-03-05T10:00"),
        inbound(InboundKind.INVITATION, "2026-03-05T10:00"),
        event(EventType.WITHDRAWAL, "2026-03-05T10:00"),
    ],
)
def test_a12_an_outcome_cancels_all_pending_status_outreach(outcome: Event) -> None:
    news = event(EventType.ACCOMPLISHMENT, "2026-03-03T10:00", status="accepted", relevant=True)
    recs = records(application(decision=D(2026, 3, 13), events=[news, outcome]))
    view = plan_at(recs, "2026-03-05T11:00")
    for label in ("F1", "FL:Dana Kim", "FL:Luis Ortega", "EXC-NEWS"):
        assert state(view, label) == "CANCELLED", label
    verdict = check_at(recs, "2026-03-20T10:00", action="F1", to=("priya",))
    assert severity(verdict, "W-CLOSED") is BLOCK


def test_a12_after_a_rejection_no_status_inquiry_and_no_second_feedback_request() -> None:
    events = [
        inbound(InboundKind.REJECTION, "2026-03-05T10:00", from_person="dana"),
        sent("FB", "2026-03-05T12:00", ["dana"]),
    ]
    recs = records(application(events=events))
    assert severity(check_at(recs, "2026-03-10T10:00", action="CALL", to=("priya",)), "W-CLOSED") is BLOCK
    assert severity(check_at(recs, "2026-03-10T10:00", action="FB", to=("dana",)), "W-CLOSED") is BLOCK


# ======================================================================================================
# E — events
# ======================================================================================================


@pytest.mark.parametrize(
    ("received", "target", "deadline"),
    [
        ("2026-03-10T10:00", "Tue 10 Mar 17:00", "Wed 11 Mar 12:00"),  # business day before 15:00
        ("2026-03-10T15:30", "Wed 11 Mar 12:00", "Wed 11 Mar 12:00"),  # after 15:00
        ("2026-03-14T10:00", "Mon 16 Mar 12:00", "Mon 16 Mar 12:00"),  # Saturday
        ("2026-03-13T16:00", "Mon 16 Mar 12:00", "Mon 16 Mar 12:00"),  # Friday afternoon
    ],
)
def test_e01_invitation_answered_same_day_or_by_noon_next_business_day(
    received: str, target: str, deadline: str
) -> None:
    recs = records(application(events=[inbound(InboundKind.INVITATION, received, channel=Channel.PHONE)]))
    view = plan_at(recs, received)
    rsp = step(view, "RSP")
    assert rsp.state == "DUE" and rsp.step.channel == "phone"
    assert (local_text(rsp.step.target), local_text(rsp.step.deadline)) == (target, deadline)
    assert view.status == "invited"


def test_e01_observed_holiday_moves_the_answer_deadline() -> None:
    recs = records(
        application(start="2026-06-29T10:00", events=[inbound(InboundKind.INVITATION, "2026-07-02T16:00")])
    )
    rsp = step(plan_at(recs, "2026-07-02T16:05"), "RSP").step
    assert local_text(rsp.deadline) == "Mon 06 Jul 12:00"  # Fri 3 Jul 2026 is the observed 4 July


def test_e01_late_answer_is_overdue_with_w_prompt() -> None:
    recs = records(application(events=[inbound(InboundKind.INVITATION, "2026-03-10T10:00")]))
    view = plan_at(recs, "2026-03-11T12:00")
    assert state(view, "RSP") == "OVERDUE" and codes(view, "RSP") == {"W-PROMPT"}
    verdict = check_at(recs, "2026-03-11T12:30", action="RSP", to=("priya",))
    assert "W-PROMPT" in verdict.codes
    done = records(
        application(
            events=[
                inbound(InboundKind.INVITATION, "2026-03-10T10:00"),
                sent("RSP", "2026-03-10T11:00", ["priya"]),
            ]
        )
    )
    assert state(plan_at(done, "2026-03-11T12:00"), "RSP") == "DONE"


def test_e01_a_new_interview_record_restarts_the_playbook() -> None:
    first = interview("2026-03-02T10:00", iid="i1")
    second = interview("2026-03-16T10:00", iid="i2", round=2)
    events = [
        sent("TY", "2026-03-02T15:00", ["dana"]),
        inbound(InboundKind.INVITATION, "2026-03-05T10:00"),
        sent("RSP", "2026-03-05T11:00", ["priya"]),
    ]
    view = plan_at(records(application(interviews=(first, second), events=events)), "2026-03-16T12:00")
    assert state(view, "TY:Dana Kim") == "DUE"  # a new round, new thank-you notes
    assert windows(view, "F1") == [("DUE", D(2026, 3, 23), D(2026, 3, 30))]
    assert view.status == "waiting"


def test_e01_recording_the_next_round_keeps_the_invitation_answer_and_the_search() -> None:
    first = interview("2026-03-02T10:00", iid="i1")
    second = interview("2026-03-16T10:00", iid="i2", round=2)
    events = [inbound(InboundKind.INVITATION, "2026-03-05T10:00")]
    view = plan_at(records(application(interviews=(first, second), events=events)), "2026-03-05T11:00")
    # Each round has its own plan; the first round's steps carry an "R1:" prefix once a second exists.
    assert "R1:RSP" in labels(view) and state(view, "R1:RSP") == "DUE"
    assert state(view, "R1:KS") == "ACTIVE"


def test_e02_an_offer_is_acknowledged_promptly_and_status_outreach_stops() -> None:
    recs = records(
        application(events=[inbound(InboundKind.OFFER, "2026-03-10T10:00", deadline=D(2026, 3, 17))])
    )
    view = plan_at(recs, "2026-03-10T11:00")
    assert state(view, "RSP") == "DUE" and local_text(step(view, "RSP").step.target) == "Tue 10 Mar 17:00"
    assert state(view, "F1") == "CANCELLED" and view.status == "offer"
    assert state(view, "KS") == "ACTIVE"


def test_e02_the_search_goes_on_until_an_offer_is_accepted() -> None:
    offer = inbound(InboundKind.OFFER, "2026-03-10T10:00")
    recs = records(application(events=[offer]))
    pause = check_at(recs, "2026-03-10T11:00", action="PAUSE-SEARCH")
    assert "W-KEEP-SEARCHING" in pause.codes and severity(pause, "W-KEEP-SEARCHING") is WARN
    accepted = records(application(events=[offer, event(EventType.OFFER_ACCEPTED, "2026-03-11T10:00")]))
    assert state(plan_at(accepted, "2026-03-11T11:00"), "KS") == "DONE"
    assert "W-KEEP-SEARCHING" not in check_at(accepted, "2026-03-11T11:00", action="PAUSE-SEARCH").codes


def test_e02_accepting_the_offer_answers_it() -> None:
    offer = inbound(InboundKind.OFFER, "2026-03-10T10:00", deadline=D(2026, 3, 17))
    accepted = records(application(events=[offer, event(EventType.OFFER_ACCEPTED, "2026-03-10T16:00")]))
    assert state(plan_at(accepted, "2026-03-10T15:00"), "RSP") == "DUE"
    assert state(plan_at(accepted, "2026-03-12T09:00"), "RSP") == "DONE"  # never OVERDUE: accepting answered


def test_a12_withdrawing_ends_the_answer_owed_to_an_invitation() -> None:
    invitation = inbound(InboundKind.INVITATION, "2026-03-10T10:00")
    withdrawn = records(application(events=[invitation, event(EventType.WITHDRAWAL, "2026-03-10T12:00")]))
    assert state(plan_at(withdrawn, "2026-03-12T09:00"), "RSP") == "CANCELLED"


def test_e02_an_offer_triggers_the_exception_for_other_preferred_applications() -> None:
    beacon = application(
        aid="beacon", events=[inbound(InboundKind.OFFER, "2026-03-11T11:00", deadline=D(2026, 3, 17))]
    )
    river = application(aid="river", preferred=True, decision=D(2026, 3, 20), start="2026-03-03T10:00")
    view = plan_at(records(river, beacon), "2026-03-11T12:00")
    assert state(view, "EXC-OFFER") == "DUE"
    assert local_text(step(view, "EXC-OFFER").step.deadline) == "Fri 13 Mar 00:00"  # through Thu 12 Mar


@pytest.mark.parametrize(
    ("now", "expected"),
    [("2026-03-10T11:00", "DUE"), ("2026-03-12T23:59", "DUE"), ("2026-03-13T00:00", "OVERDUE")],
)
def test_e03_rejection_thanks_due_within_two_business_days(now: str, expected: str) -> None:
    recs = records(
        application(events=[inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana")])
    )
    view = plan_at(recs, now)
    assert state(view, "RJ") == expected and step(view, "RJ").step.channel == "email"
    assert step(view, "RJ").step.to == ("dana",)
    assert view.status == "rejected" and state(view, "F1") == "CANCELLED"


@pytest.mark.parametrize(
    ("setting", "rating", "fb", "suggested"),
    [
        ("suggest_if_went_well", 4, True, True),
        ("suggest_if_went_well", 3, True, False),
        ("always", 2, True, True),
        ("never", 5, False, False),
    ],
)
def test_e03_feedback_request_optional_suggested_by_setting(
    setting: str, rating: int, fb: bool, suggested: bool
) -> None:
    app = application(
        debrief=complete_debrief(self_rating=rating),
        events=[inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana")],
    )
    view = plan_at(records(app, settings={"feedback_request": setting}), "2026-03-10T11:00")
    assert ("FB" in labels(view)) is fb
    if fb:
        assert state(view, "FB") == "ALLOWED"
        assert step(view, "FB").step.reason.startswith("You felt it went well") is suggested


def test_e03_feedback_request_may_carry_the_thanks() -> None:
    events = [
        inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana"),
        sent("FB", "2026-03-10T15:00", ["dana"]),
    ]
    view = plan_at(records(application(events=events)), "2026-03-10T16:00")
    assert state(view, "RJ") == "DONE" and state(view, "FB") == "DONE"


def test_e03_h17_asking_why_on_the_rejection_call_is_recorded_and_leaves_rj_due_and_fb_open() -> None:
    rejected = inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana", channel=Channel.PHONE)
    recs = records(application(events=[rejected]))
    logged = check_at(
        recs, "2026-03-10T10:05", action="FB", to=("dana",), channel="phone", after_the_fact=True
    )
    assert not logged.blocked and serious(logged) == {"W-PHONE-FEEDBACK"}
    assert severity(logged, "W-PHONE-FEEDBACK") is WARN and logged.step == "FB"
    asked = with_events(recs, sent("FB", "2026-03-10T10:05", ["dana"], channel=Channel.PHONE))
    view = plan_at(asked, "2026-03-10T11:00")
    assert state(view, "RJ") == "DUE" and codes(view, "RJ") == set()
    assert state(view, "FB") == "ALLOWED" and codes(view, "FB") == {"W-PHONE-FEEDBACK"}
    assert state(plan_at(asked, "2026-03-13T00:00"), "RJ") == "OVERDUE"
    written = check_at(asked, "2026-03-10T15:00", action="FB", to=("dana",), channel="email")
    assert (written.blocked, written.state, serious(written)) == (False, "ALLOWED", set())
    done = with_events(asked, sent("FB", "2026-03-10T15:00", ["dana"]))
    view = plan_at(done, "2026-03-10T16:00")
    assert state(view, "RJ") == "DONE" and state(view, "FB") == "DONE"
    reminder = check_at(done, "2026-03-17T10:00", action="FB", to=("dana",), channel="email")
    assert reminder.blocked and serious(reminder) == {"W-CLOSED"}


def test_e03_thanks_on_the_phone_do_not_replace_the_written_thanks() -> None:
    rejected = inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana", channel=Channel.PHONE)
    said = sent("RJ", "2026-03-10T10:05", ["dana"], channel=Channel.PHONE)
    view = plan_at(records(application(events=[rejected, said])), "2026-03-10T11:00")
    assert state(view, "RJ") == "DUE"


@pytest.mark.parametrize(
    ("deadline", "last_day"),
    [
        (D(2026, 3, 17), "Fri 13 Mar 00:00"),  # min(bd(Wed 11,1) Thu 12, bd_prev(Tue 17) Mon 16) = Thu 12
        (D(2026, 3, 12), "Thu 12 Mar 00:00"),  # bd_prev(Thu 12) = Wed 11
        (None, "Fri 13 Mar 00:00"),
    ],
)
def test_e04_a_competing_offer_is_told_to_the_preferred_employer(deadline: D | None, last_day: str) -> None:
    offer = event(EventType.COMPETING_OFFER, "2026-03-11T11:00", deadline=deadline, source="Globex")
    recs = records(application(preferred=True, decision=D(2026, 3, 20)), events=[offer])
    view = plan_at(recs, "2026-03-11T12:00")
    exc = step(view, "EXC-OFFER")
    assert exc.state == "DUE" and local_text(exc.step.deadline) == last_day
    assert [v.step.label for v in view.steps].count("EXC-OFFER") == 1


def test_e04_the_exception_is_exempt_from_the_waiting_period_and_the_caps_and_is_not_a_touch() -> None:
    offer = event(EventType.COMPETING_OFFER, "2026-03-11T11:00", deadline=D(2026, 3, 17))
    recs = records(
        application(preferred=True, decision=D(2026, 3, 20), events=three_unanswered()), events=[offer]
    )
    verdict = check_at(recs, "2026-03-11T12:00", action="EXC-OFFER", to=("dana",), cc=("priya",))
    assert serious(verdict) == set()
    done = with_events(recs, sent("EXC-OFFER", "2026-03-11T13:00", ["dana"], cc=("priya",)))
    assert state(plan_at(done, "2026-03-11T14:00"), "EXC-OFFER") == "DONE"
    assert facts_at(done, "2026-03-11T14:00").unanswered() == 3


@pytest.mark.parametrize(
    ("status", "relevant", "when", "planned"),
    [
        ("accepted", True, "2026-03-05T10:00", True),
        ("granted", True, "2026-03-05T10:00", True),
        ("published", True, "2026-03-05T10:00", True),
        ("awarded", True, "2026-03-05T10:00", True),
        ("submitted", True, "2026-03-05T10:00", False),
        ("filed", True, "2026-03-05T10:00", False),
        ("accepted", False, "2026-03-05T10:00", False),
        ("accepted", True, "2026-03-14T10:00", True),  # Sat after D (Fri 13): still the wait (K1)
        ("accepted", True, "2026-03-16T10:00", False),  # bd(D,1): material for the next follow-up
    ],
)
def test_e05_accepted_relevant_news_before_d_may_be_shared(
    status: str, relevant: bool, when: str, planned: bool
) -> None:
    news = event(EventType.ACCOMPLISHMENT, when, status=status, relevant=relevant, note="conference paper")
    view = plan_at(records(application(decision=D(2026, 3, 13), events=[news])), when)
    assert ("EXC-NEWS" in labels(view)) is planned
    if planned:
        exc = step(view, "EXC-NEWS")
        assert exc.state == "ALLOWED" and (exc.step.to, exc.step.cc) == (("dana",), ("priya",))
        assert exc.step.reason.endswith(f"(conference paper, {status}) and why it matters for the role.")


@pytest.mark.parametrize(
    ("status", "relevant"),
    [("submitted", True), ("filed", True), ("in progress", True), ("accepted", False)],
)
@pytest.mark.parametrize(
    ("now", "to", "expected"),
    [
        ("2026-03-05T11:00", "dana", {"W-EARLY": BLOCK, "W-HRONLY": WARN}),  # emailed outside HR
        ("2026-03-05T11:00", "priya", {"W-EARLY": BLOCK}),
        ("2026-03-14T11:00", "dana", {"W-EARLY": BLOCK, "W-HRONLY": WARN}),  # Sat after D: still waiting
        ("2026-03-16T11:00", "dana", {"W-HRONLY": WARN}),  # bd(D,1): a status contact may go
    ],
)
def test_e05_k16_news_that_does_not_qualify_is_a_status_contact(
    status: str, relevant: bool, now: str, to: str, expected: dict[str, Severity]
) -> None:
    news = event(EventType.ACCOMPLISHMENT, "2026-03-05T10:00", status=status, relevant=relevant)
    recs = records(application(decision=D(2026, 3, 13), events=[news]))
    assert "EXC-NEWS" not in labels(plan_at(recs, now))
    verdict = check_at(recs, now, action="EXC-NEWS", to=(to,), cc=("priya",) if to != "priya" else ())
    assert {f.code: f.severity for f in verdict.findings if f.severity is not NOTE} == expected
    assert verdict.blocked is ("W-EARLY" in expected)
    assert "N-NOT-AN-EXCEPTION" in verdict.codes
    if "W-EARLY" in expected:
        assert "N-PATIENCE" in verdict.codes and "wait until Mon 16 Mar" in message(verdict, "W-EARLY")


@pytest.mark.parametrize(
    ("now", "to", "expected"),
    [
        ("2026-03-05T11:00", "dana", {"W-EARLY": WARN, "W-HRONLY": WARN}),  # before bd(I,5) = Mon 9 Mar
        ("2026-03-05T11:00", "priya", {"W-EARLY": WARN}),
        ("2026-03-09T11:00", "priya", {}),
    ],
)
def test_e05_k16_without_a_date_unqualified_news_before_bd_i_5_is_only_a_warning(
    now: str, to: str, expected: dict[str, Severity]
) -> None:
    news = event(EventType.ACCOMPLISHMENT, "2026-03-04T10:00", status="submitted", relevant=True)
    verdict = check_at(records(application(events=[news])), now, action="EXC-NEWS", to=(to,))
    assert {f.code: f.severity for f in verdict.findings if f.severity is not NOTE} == expected
    assert not verdict.blocked


def test_e05_k16_unqualified_news_phoned_to_someone_outside_hr_is_blocked() -> None:
    news = event(EventType.ACCOMPLISHMENT, "2026-03-04T10:00", status="submitted", relevant=True)
    recs = records(application(events=[news]))
    phoned = check_at(recs, "2026-03-10T11:00", action="EXC-NEWS", to=("dana",), channel="phone")
    assert phoned.blocked and serious(phoned) == {"W-HRONLY"} and severity(phoned, "W-HRONLY") is BLOCK
    to_hr = check_at(recs, "2026-03-10T11:00", action="EXC-NEWS", to=("priya",), channel="phone")
    assert not to_hr.blocked and serious(to_hr) == set()


def test_e05_h18_qualifying_news_is_written_to_the_hiring_manager_without_warnings() -> None:
    news = event(EventType.ACCOMPLISHMENT, "2026-03-05T10:00", status="accepted", relevant=True)
    recs = records(application(decision=D(2026, 3, 13), events=[news]))
    verdict = check_at(recs, "2026-03-05T11:00", action="EXC-NEWS", to=("dana",), cc=("priya",))
    assert (verdict.blocked, verdict.state, serious(verdict)) == (False, "ALLOWED", set())
    assert "N-NOT-AN-EXCEPTION" not in verdict.codes


def test_e05_one_message_per_event_a_second_one_is_only_a_warning() -> None:
    news = event(EventType.ACCOMPLISHMENT, "2026-03-05T10:00", status="accepted", relevant=True)
    first = records(application(decision=D(2026, 3, 13), events=[news]))
    assert (
        serious(check_at(first, "2026-03-05T11:00", action="EXC-NEWS", to=("dana",), cc=("priya",))) == set()
    )
    again = with_events(first, sent("EXC-NEWS", "2026-03-05T11:00", ["dana"], cc=("priya",)))
    assert state(plan_at(again, "2026-03-05T12:00"), "EXC-NEWS") == "DONE"
    verdict = check_at(again, "2026-03-10T11:00", action="EXC-NEWS", to=("dana",), cc=("priya",))
    assert severity(verdict, "W-FREQ") is WARN and not verdict.blocked


def test_e06_a_reply_naming_a_date_re_anchors_the_next_follow_up() -> None:
    events = [
        sent("F1", "2026-03-09T10:00", ["priya"]),
        inbound(InboundKind.TIMEFRAME, "2026-03-10T10:00", new_date=D(2026, 3, 20)),
    ]
    recs = records(application(events=events))
    view = plan_at(recs, "2026-03-11T10:00")
    assert windows(view, "F2") == [
        ("ALLOWED", D(2026, 3, 23), D(2026, 3, 26)),
        ("DUE", D(2026, 3, 27), D(2026, 4, 3)),
    ]
    assert "E-06" in step(view, "F2").step.rules
    f = facts_at(recs, "2026-03-11T10:00")
    assert (f.unanswered(), f.responsive) == (0, True)
    assert severity(check_at(recs, "2026-03-20T10:00", action="F2", to=("priya",)), "W-EARLY") is BLOCK


def test_e06_a_date_learned_before_the_first_follow_up_moves_it() -> None:
    recs = records(
        application(events=[inbound(InboundKind.TIMEFRAME, "2026-03-05T10:00", new_date=D(2026, 3, 13))])
    )
    view = plan_at(recs, "2026-03-05T11:00")
    assert windows(view, "F1") == [
        ("ALLOWED", D(2026, 3, 16), D(2026, 3, 19)),
        ("DUE", D(2026, 3, 20), D(2026, 3, 27)),
    ]
    assert "W-NO-TIMELINE" not in notices(view) or "decision date" not in notice(view, "W-NO-TIMELINE")


def test_e07_a_generic_reply_resets_the_count_and_the_next_follow_up_follows_t05() -> None:
    events = [
        sent("TY", "2026-03-02T15:00", ["dana"]),
        sent("F1", "2026-03-09T10:00", ["priya"]),
        inbound(InboundKind.GENERIC, "2026-03-10T10:00"),
    ]
    recs = records(application(events=events))
    f = facts_at(recs, "2026-03-11T10:00")
    assert (f.unanswered(), f.responsive) == (0, True)
    view = plan_at(recs, "2026-03-11T10:00")
    assert windows(view, "F2") == [("DUE", D(2026, 3, 16), D(2026, 3, 23))]
    assert "E-07" in step(view, "F2").step.rules


def test_e08_a_request_for_information_is_answered_promptly_and_resets_the_count() -> None:
    ask = inbound(InboundKind.INFO_REQUEST, "2026-03-10T10:00")
    recs = records(application(events=[*three_unanswered(), ask]))
    view = plan_at(recs, "2026-03-10T11:00")
    rsp = step(view, "RSP")
    assert rsp.state == "DUE" and local_text(rsp.step.target) == "Tue 10 Mar 17:00"
    assert "E-08" in rsp.step.rules
    assert "W-CAP" not in check_at(recs, "2026-03-17T10:00", action="F2", to=("priya",)).codes
    answered = with_events(recs, sent("RSP", "2026-03-10T12:00", ["priya"]))
    assert facts_at(answered, "2026-03-10T13:00").unanswered() == 0  # an answer is not a touch


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-17T14:24", "NOT_YET"),
        ("2026-03-17T14:25", "ALLOWED"),
        ("2026-03-17T14:44", "ALLOWED"),
        ("2026-03-17T14:45", "CLOSED"),
    ],
)
def test_e09_an_agreed_call_may_take_place_from_slot_minus_5_to_plus_15(now: str, expected: str) -> None:
    events = [
        sent("SCHED", "2026-03-12T10:00", ["dana"], proposed_slots=SLOTS),
        inbound(InboundKind.SCHEDULE_REPLY, "2026-03-13T10:00", from_person="dana", slot=SLOTS[1]),
    ]
    assert state(plan_at(records(application(events=events)), now), "CALL:Dana Kim") == expected


@pytest.mark.parametrize(
    ("now", "unscheduled"),
    [("2026-03-17T14:30", False), ("2026-03-17T14:20", True), ("2026-03-17T15:00", True)],
)
def test_e09_calling_the_hiring_manager_outside_the_agreed_slot_is_blocked(
    now: str, unscheduled: bool
) -> None:
    events = [
        sent("SCHED", "2026-03-12T10:00", ["dana"], proposed_slots=SLOTS),
        inbound(InboundKind.SCHEDULE_REPLY, "2026-03-13T10:00", from_person="dana", slot=SLOTS[1]),
    ]
    verdict = check_at(records(application(events=events)), now, action="CALL", to=("dana",))
    assert "W-HRONLY" not in verdict.codes and "W-EARLY" not in verdict.codes
    assert ("W-UNSCHEDULED-CALL" in verdict.codes) is unscheduled
    if not unscheduled:
        assert serious(verdict) == set()


def test_e09_an_agreed_slot_overrides_the_call_time_windows() -> None:
    lunch = at("2026-03-17T12:30")
    events = [inbound(InboundKind.SCHEDULE_REPLY, "2026-03-13T10:00", from_person="dana", slot=lunch)]
    verdict = check_at(records(application(events=events)), "2026-03-17T12:30", action="CALL", to=("dana",))
    assert "W-CALLTIME" not in verdict.codes


def test_e10_nothing_after_the_last_permitted_message_closes_the_application() -> None:
    recs = records(application(events=three_unanswered()))
    waiting = plan_at(recs, "2026-03-23T23:00")
    assert waiting.status == "waiting" and "N-MOVE-ON" not in notices(waiting)
    closed = plan_at(recs, "2026-03-24T00:00")  # bd(Mon 9 Mar, 10) = Mon 23 Mar has passed
    assert closed.status == "closed_no_response" and "N-MOVE-ON" in notices(closed)
    assert state(closed, "F2") == "CLOSED"
    for action in ("F2", "CALL"):
        assert serious(check_at(recs, "2026-03-24T10:00", action=action, to=("priya",))) == {"W-CAP"}


def test_e10_k8_an_optional_third_follow_up_closing_without_an_answer_ends_the_chase() -> None:
    events = [
        sent("F1", "2026-03-09T10:00", ["priya"]),
        inbound(InboundKind.GENERIC, "2026-03-10T10:00"),
        sent("F2", "2026-03-17T10:00", ["priya"]),
    ]
    recs = records(application(events=events))
    assert plan_at(recs, "2026-03-31T23:00").status == "waiting"
    view = plan_at(recs, "2026-04-01T00:00")  # F3's window (24–31 Mar) closed
    assert view.status == "closed_no_response" and "N-MOVE-ON" in notices(view)


def test_e10_k8_the_follow_up_cap_without_counting_the_thank_you() -> None:
    events = [sent("TY", "2026-03-02T15:00", ["dana"]), *three_answered_followups()[:5]]
    recs = records(application(events=events), settings={"count_thank_you_as_touch": "false"})
    view = plan_at(recs, "2026-04-09T00:00")  # bd(Wed 25 Mar, 10) = Wed 8 Apr
    assert view.status == "closed_no_response"


def test_e10_no_moving_on_while_a_further_follow_up_is_permitted() -> None:
    view = plan_at(
        records(application(events=[sent("F1", "2026-03-09T10:00", ["priya"])])), "2026-06-01T10:00"
    )
    assert view.status == "waiting" and "N-MOVE-ON" not in notices(view)


def test_e11_feedback_may_be_acknowledged_and_is_not_a_touch() -> None:
    events = [
        inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana"),
        event(EventType.FEEDBACK, "2026-03-12T10:00", from_person="dana", note="more SQL depth"),
    ]
    recs = records(application(events=events))
    view = plan_at(recs, "2026-03-12T11:00")
    thanks = next(v for v in view.steps if v.step.action == "RSP" and "E-11" in v.step.rules)
    assert thanks.state == "ALLOWED" and thanks.step.to == ("dana",)
    assert facts_at(recs, "2026-03-12T11:00").touches == ()


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        ("2026-03-12T09:59", False),
        ("2026-03-12T10:00", True),
        ("2026-03-19T09:00", True),
        ("2026-03-19T11:00", False),
    ],
)
def test_e11_feedback_is_turned_into_improvement_items(now: str, shown: bool) -> None:
    events = [
        inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana"),
        event(EventType.FEEDBACK, "2026-03-12T10:00", from_person="dana", note="more SQL depth"),
    ]
    view = plan_at(records(application(events=events)), now)
    assert ("N-FEEDBACK" in notices(view)) is shown
    if shown:
        assert "L-02" in notice(view, "N-FEEDBACK")


# ======================================================================================================
# L — learning and keeping options open
# ======================================================================================================


def _stumbled(**fields: Any) -> Debrief:
    return complete_debrief(stumbled_questions=(StumbledQuestion("Why us?"),), no_stumbles=False, **fields)


@pytest.mark.parametrize(
    ("now", "expected"),
    [("2026-03-02T12:00", "DUE"), ("2026-03-02T23:59", "DUE"), ("2026-03-03T00:00", "OVERDUE")],
)
def test_l01_fix_stumbled_answers_the_same_day(now: str, expected: str) -> None:
    view = plan_at(records(application(debrief=_stumbled())), now)
    answer = step(view, "ANSWER-1")
    assert answer.state == expected and set(answer.codes) == set()
    assert local_text(answer.step.target) == "Mon 02 Mar 23:59"


def test_l01_an_answer_written_is_done() -> None:
    done = complete_debrief(
        stumbled_questions=(StumbledQuestion("Why us?", "Because.", at("2026-03-02T20:00")),),
        no_stumbles=False,
    )
    assert state(plan_at(records(application(debrief=done)), "2026-03-03T10:00"), "ANSWER-1") == "DONE"


def test_l01_an_open_answer_before_another_interview_raises_w_prep() -> None:
    other = application(aid="other", start="2026-03-05T10:00", company="Other Co")
    view = plan_at(records(application(debrief=_stumbled()), other), "2026-03-04T10:00")
    assert state(view, "ANSWER-1") == "OVERDUE" and codes(view, "ANSWER-1") == {"W-PREP"}


def test_l01_an_open_answer_before_the_next_round_of_the_same_application_raises_w_prep() -> None:
    first = interview("2026-03-02T10:00", iid="i1", debrief=_stumbled())
    second = interview("2026-03-16T10:00", iid="i2", round=2)
    recs = records(
        application(interviews=(first, second), events=[inbound(InboundKind.INVITATION, "2026-03-05T10:00")])
    )
    view = plan_at(recs, "2026-03-10T10:00")
    assert "R1:ANSWER-1" in labels(view) and "W-PREP" in codes(view, "R1:ANSWER-1")


@pytest.mark.parametrize(
    ("kind", "now", "noted"),
    [
        (None, "2026-03-09T00:00", True),
        (None, "2026-03-08T23:59", False),
        (GapKind.PRACTICE, "2026-03-09T10:00", False),
        (GapKind.SKILL_INVESTMENT, "2026-03-09T10:00", False),
    ],
)
def test_l02_unclassified_gaps_are_noted_a_week_after_the_interview(
    kind: GapKind | None, now: str, noted: bool
) -> None:
    debrief = complete_debrief(to_improve=(ImprovementItem("SQL window functions", kind),))
    view = plan_at(records(application(debrief=debrief)), now)
    assert ("N-CLASSIFY" in notices(view)) is noted
    if noted:
        assert "SQL window functions" in notice(view, "N-CLASSIFY")


def test_l03_learning_goes_on_after_a_rejection() -> None:
    app = application(debrief=_stumbled(), events=[inbound(InboundKind.REJECTION, "2026-03-02T16:00")])
    view = plan_at(records(app), "2026-03-02T17:00")
    assert state(view, "ANSWER-1") == "DUE"  # not cancelled by the outcome
    assert "N-REVIEW" in notices(view)
    assert state(view, "KS") == "ACTIVE"


@pytest.mark.parametrize(
    ("now", "expected"),
    [("2026-03-02T10:30", "NOT_YET"), ("2026-03-02T11:00", "ACTIVE"), ("2026-12-01T10:00", "ACTIVE")],
)
def test_l04_keep_searching_from_the_end_of_the_interview(now: str, expected: str) -> None:
    view = plan_at(records(), now)
    assert state(view, "KS") == expected
    assert local_text(step(view, "KS").step.remind_at).startswith("Mon 09 Mar")  # every 7 days


def test_l04_the_weekly_reminder_keeps_the_local_time_across_daylight_saving() -> None:
    ks = step(plan_at(records(), "2026-03-02T12:00"), "KS").step
    assert local_text(ks.remind_at) == "Mon 09 Mar 11:00"


def test_l04_pausing_the_search_before_an_accepted_offer_is_warned() -> None:
    verdict = check_at(records(), "2026-03-03T10:00", action="PAUSE-SEARCH")
    assert serious(verdict) == {"W-KEEP-SEARCHING"}


def test_l04_an_offer_accepted_elsewhere_ends_the_search_everywhere() -> None:
    other = application(
        aid="other", company="Other Co", events=[event(EventType.OFFER_ACCEPTED, "2026-03-10T10:00")]
    )
    view = plan_at(records(application(), other), "2026-03-10T11:00")
    assert state(view, "KS") == "DONE"


@pytest.mark.parametrize(
    ("now", "shown"), [("2026-03-09T09:00", False), ("2026-03-09T11:00", True), ("2026-03-17T11:00", False)]
)
def test_l05_keep_networking_once_the_first_follow_up_is_done(now: str, shown: bool) -> None:
    view = plan_at(records(application(events=[sent("F1", "2026-03-09T10:00", ["priya"])])), now)
    assert ("N-NETWORK" in notices(view)) is shown


def test_l06_the_door_stays_open_after_a_rejection_and_in_the_final_note() -> None:
    rejected = plan_at(
        records(application(events=[inbound(InboundKind.REJECTION, "2026-03-10T10:00")])), "2026-03-10T11:00"
    )
    rj = step(rejected, "RJ").step
    assert "L-06" in rj.rules and "door open" in rj.reason
    final = plan_at(records(application(events=three_unanswered()[:4])), "2026-03-09T10:00")
    assert any("future contact" in n for n in step(final, "F1").step.notes)
    closed = records(application(events=three_unanswered()))
    kept = closed.applications[0]
    assert plan_at(closed, "2026-04-01T10:00").status == "closed_no_response"
    assert [p.id for p in kept.people] == ["dana", "luis", "priya"]  # contacts are kept
