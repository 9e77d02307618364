"""The plan never proposes what the guard then blocks: each disagreement the property in
tests/core/test_properties.py (e) found, kept as a regular test that states the rule it settles.

Each test reads a step the plan shows as DUE or ALLOWED and asks the guard about that very move (the plan's
action, channel and recipients, at ``call_from`` for a call). The default application
(tests/support/builders.py): Mon 2 Mar 2026 10:00–11:00 New York, Dana Kim (hiring manager), Luis Ortega,
Priya Shah (HR, main contact); no date stated, so F1 is DUE Mon 9 – Mon 16 Mar.
"""

from __future__ import annotations

import dataclasses

from followup.core.codes import Severity
from followup.core.guard import Proposal, Verdict, check
from followup.core.model import CallOutcome, Channel, EventType, InboundKind, Records
from followup.workdays import calendars_for
from tests.support.builders import (
    application,
    at,
    check_at,
    event,
    inbound,
    local_text,
    plan_at,
    records,
    sent,
    serious,
    state,
    step,
)

SLOT = at("2026-03-17T14:30")  # Tue 17 Mar
AGREED = inbound(InboundKind.SCHEDULE_REPLY, "2026-03-13T10:00", from_person="dana", slot=SLOT)


def doing(recs: Records, now: str, label: str) -> Verdict:
    """The guard's answer to doing plan step ``label`` as the plan says, at its moment."""
    found = step(plan_at(recs, now), label)
    moment = found.call_from if found.step.channel == "phone" else at(now)
    proposal = Proposal(found.step.action, found.step.to, found.step.cc, found.step.channel, moment)
    return check(recs, recs.applications[0].id, proposal, calendars_for(recs), at(now))


def test_e03_a_feedback_request_before_the_rejection_is_not_the_one_request() -> None:
    events = [
        sent("FB", "2026-03-09T10:00", ["dana"]),
        inbound(InboundKind.REJECTION, "2026-03-10T10:00", from_person="dana"),
    ]
    recs = records(application(events=events))
    assert state(plan_at(recs, "2026-03-10T11:00"), "FB") == "ALLOWED"
    verdict = doing(recs, "2026-03-10T11:00", "FB")
    assert not verdict.blocked and serious(verdict) == set()


def test_a12_an_outcome_cancels_an_agreed_call() -> None:
    invited = inbound(InboundKind.INVITATION, "2026-03-16T10:00")
    recs = records(application(events=[AGREED, invited]))
    assert state(plan_at(recs, "2026-03-17T14:30"), "CALL:Dana Kim") == "CANCELLED"
    assert serious(check_at(recs, "2026-03-17T14:30", action="CALL", to=("dana",))) == {"W-CLOSED"}


def test_a02_a_request_for_no_contact_blocks_an_agreed_call() -> None:
    quiet = event(EventType.NO_CONTACT, "2026-03-16T10:00", new_date=at("2026-03-27T10:00").date())
    recs = records(application(events=[AGREED, quiet]))
    view = plan_at(recs, "2026-03-17T14:30")
    assert state(view, "CALL:Dana Kim") == "BLOCKED" and "W-NOCONTACT" in step(view, "CALL:Dana Kim").codes
    assert check_at(recs, "2026-03-17T14:30", action="CALL", to=("dana",)).blocked


def test_a04_the_follow_up_cap_blocks_an_agreed_call() -> None:
    events = [
        sent("F1", "2026-03-09T10:00", ["priya"]),
        inbound(InboundKind.GENERIC, "2026-03-10T10:00"),
        sent("SCHED", "2026-03-12T10:00", ["dana"], proposed_slots=(SLOT,)),
        AGREED,
    ]
    recs = records(application(events=events), settings={"followup_cap": "2"})
    view = plan_at(recs, "2026-03-17T14:30")
    assert state(view, "CALL:Dana Kim") == "BLOCKED" and step(view, "CALL:Dana Kim").codes == ("W-CAP",)
    cap = next(f for f in check_at(recs, "2026-03-17T14:30", action="CALL", to=("dana",)).findings)
    assert (cap.code, cap.rule, cap.severity) == ("W-CAP", "A-04", Severity.BLOCK)


def test_e09_a_later_slot_replaces_an_earlier_one_in_the_plan_and_the_guard() -> None:
    moved = inbound(
        InboundKind.SCHEDULE_REPLY, "2026-03-14T10:00", from_person="dana", slot=at("2026-03-18T10:30")
    )
    recs = records(application(events=[AGREED, moved]))
    first, second = (s for s in plan_at(recs, "2026-03-17T14:30").steps if s.step.action == "CALL")
    assert (first.state, second.state) == ("CLOSED", "NOT_YET")
    assert serious(check_at(recs, "2026-03-17T14:30", action="CALL", to=("dana",))) == {"W-UNSCHEDULED-CALL"}
    on_time = doing(recs, "2026-03-18T10:27", second.step.label)
    assert not on_time.blocked and serious(on_time) == set()


def test_a07_e09_an_agreed_call_is_no_second_call_whatever_calls_came_before() -> None:
    called = sent("CALL", "2026-03-12T10:00", ["priya"], call_outcome=CallOutcome.VOICEMAIL)
    status_call_after = sent("CALL", "2026-03-16T10:00", ["priya"])
    recs = records(application(events=[called, AGREED, status_call_after]))
    assert state(plan_at(recs, "2026-03-17T14:30"), "CALL:Dana Kim") == "ALLOWED"
    verdict = doing(recs, "2026-03-17T14:30", "CALL:Dana Kim")
    assert not verdict.blocked and "W-2NDCALL" not in verdict.codes


def test_e09_at_the_agreed_slot_a_call_to_that_person_is_the_agreed_call_not_a_call_back() -> None:
    early = at("2026-03-17T08:15")  # before the call-back hours (K5), but agreed
    asked = inbound(InboundKind.INFO_REQUEST, "2026-03-16T16:00", from_person="dana", channel=Channel.PHONE)
    slot = inbound(InboundKind.SCHEDULE_REPLY, "2026-03-16T17:00", from_person="dana", slot=early)
    recs = records(application(events=[asked, slot]))
    verdict = check_at(recs, "2026-03-17T08:15", action="CALL", to=("dana",))
    assert (verdict.action, verdict.blocked, serious(verdict)) == ("CALL", False, set())
    returned = check_at(recs, "2026-03-17T08:15", action="CALL", to=("dana",), call_back=True)
    assert (returned.action, serious(returned)) == ("RSP", {"W-CALLTIME"})  # said so: judged as a call-back


def test_h10_a07_after_the_one_call_the_next_follow_up_is_planned_and_judged_as_email() -> None:
    events = [sent("CALL", "2026-03-12T14:10", ["priya"])]
    recs = records(application(events=events), settings={"status_channel": "phone_hr"})
    f2 = step(plan_at(recs, "2026-03-20T10:00"), "F2")
    assert (f2.state, f2.step.channel, f2.call_from) == ("DUE", "email", None)
    verdict = check_at(recs, "2026-03-20T10:00", action="F2", to=("priya",))
    assert (verdict.action, verdict.channel, verdict.blocked, serious(verdict)) == (
        "F2",
        "email",
        False,
        set(),
    )


def test_h12_with_phone_hr_a_status_contact_outside_hr_is_emailed_not_called() -> None:
    app = application(designated_contact="dana")
    recs = records(app, settings={"status_channel": "phone_hr"})
    f1 = step(plan_at(recs, "2026-03-10T10:00"), "F1")
    assert (f1.step.channel, f1.step.to, f1.call_from) == ("email", ("dana",), None)
    assert not doing(recs, "2026-03-10T10:00", "F1").blocked


def test_h15_e09_after_asking_for_an_appointment_status_follow_ups_are_emails() -> None:
    app = application(has_hr=False, designated_contact="dana")
    asked = sent("SCHED", "2026-03-09T10:00", ["dana"], proposed_slots=(SLOT,))
    reply = inbound(InboundKind.GENERIC, "2026-03-10T10:00", from_person="dana")
    recs = records(dataclasses.replace(app, events=(asked, reply)), settings={"status_channel": "phone_hr"})
    f2 = step(plan_at(recs, "2026-03-18T10:00"), "F2")
    assert (f2.state, f2.step.channel) == ("DUE", "email")
    assert not doing(recs, "2026-03-18T10:00", "F2").blocked
    slot_only = records(dataclasses.replace(app, events=(AGREED,)), settings={"status_channel": "phone_hr"})
    assert step(plan_at(slot_only, "2026-03-18T10:00"), "F1").step.channel == "email"


def test_h14_a_follow_up_call_is_planned_at_the_next_permitted_start_and_allowed_then() -> None:
    recs = records(application(), settings={"status_channel": "phone_hr"})
    f1 = step(plan_at(recs, "2026-03-12T12:30"), "F1")
    assert (f1.state, f1.step.channel, local_text(f1.call_from)) == ("DUE", "phone", "Thu 12 Mar 14:00")
    assert not doing(recs, "2026-03-12T12:30", "F1").blocked
    friday_evening = step(plan_at(recs, "2026-03-13T17:00"), "F1")
    assert local_text(friday_evening.call_from) == "Mon 16 Mar 09:30"
