"""Calls and requests for a call: one call only (A-07), status calls to HR only (H-12), the times a call
may start (H-14, K5), a request for a call with three slots and its answer (H-15, C-25, E-09), and the
length of a voicemail (A-06)."""

from __future__ import annotations

import datetime as dt

from followup.core.guard.context import Inspection
from followup.core.model import Event, InboundKind, Person
from followup.core.plan.call_times import CALL_BACK_WINDOWS, CALL_WINDOWS, Windows, describe, inside


def agreed_call(g: Inspection) -> bool:
    """E-09: the person called agreed to a slot (the waiting period does not apply to it)."""
    return g.action == "CALL" and any(
        e.kind == InboundKind.SCHEDULE_REPLY
        and e.slot is not None
        and (not g.p.to or agreed_by(g, e) in g.p.to)
        for e in g.f.inbound
    )


def agreed_by(g: Inspection, reply: Event) -> str:
    """Who agreed to a slot: the sender, else the hiring manager (as the plan reads it, E-09)."""
    person = g.f.person(reply.from_person) or g.f.hiring_manager
    return person.id if person else ""


def sched(g: Inspection) -> None:
    """H-15 / C-25: exactly three distinct slots on recipient business days in bd(send,1)–bd(send,10)."""
    g.add("N-SCHED-ODDS", "H-15", "Only about one in five or ten such requests gets an answer.")
    slots = g.p.slots
    zone = g.recipient_zone()
    problems = []
    if len(set(slots)) != 3:
        problems.append("offer exactly three different slots")
    first, last = g.f.bd(g.day, 1), g.f.bd(g.day, 10)
    for slot in slots:
        local = slot.astimezone(zone)
        if not g.f.calendar.is_business_day(local.date()) or not first <= local.date() <= last:
            problems.append(f"{local:%a %d %b} is not a business day between {first:%d %b} and {last:%d %b}")
        elif not inside(local.time(), CALL_WINDOWS):
            problems.append(f"{local:%H:%M} is outside 09:30–11:59 and 14:00–15:59 their time")
    if problems:
        g.add("W-SLOTS", "H-15", "; ".join(problems) + ".")


def call(g: Inspection) -> None:
    """A-07, H-12, H-14, H-15, E-09, K5."""
    f = g.f
    people = g.recipients() or ([f.status_recipient] if f.status_recipient else [])
    slot_reply = next(  # E-09: the latest slot agreed with the person called replaces an earlier one
        (
            e
            for e in reversed(f.inbound)
            if e.kind == InboundKind.SCHEDULE_REPLY
            and e.slot is not None
            and any(p.id == agreed_by(g, e) for p in people)
        ),
        None,
    )
    calls = f.sent("CALL")
    # a second call only when they asked for it: "please call back" since the last call, or a slot
    # they agreed to (E-09: the appointment is the request, whatever calls came between).
    asked = any(e.kind == InboundKind.CALL_BACK and e.at > calls[-1].at for e in f.inbound) if calls else True
    if not asked and slot_reply is None:
        g.add("W-2NDCALL", "A-07", "You already called once: call again only if they ask you to.")
    zone = g.recipient_zone()
    if slot_reply is not None and slot_reply.slot is not None:
        opens = slot_reply.slot - dt.timedelta(minutes=5)
        if not opens <= g.at <= slot_reply.slot + dt.timedelta(minutes=15):
            g.add(
                "W-UNSCHEDULED-CALL",
                "E-09",
                f"Call at the agreed time: {slot_reply.slot.astimezone(zone):%a %d %b %H:%M}.",
                clears=opens,  # only before the slot: once it has passed, no waiting lifts it
            )
        return
    for person in people:
        if person.role.value == "hiring_manager" and request_unanswered(g, person):
            g.add("W-UNSCHEDULED-CALL", "H-15", "They did not answer your request for a call: do not call.")
            return
        if f.app.company.has_hr and not f.is_hr_side(person):
            g.add(
                "W-HRONLY",
                "H-12",
                f"Status calls go to HR only; {person.name} is not HR. "
                "Email instead, or ask for a call by appointment (H-15).",
            )
            return  # the call should not happen at any time: no point checking the clock
        if person.role.value == "hiring_manager" and not f.app.company.has_hr:
            g.add("N-RESENT", "H-12", "A small firm without HR: a call is allowed but may be resented.")
    call_time(g, CALL_WINDOWS, "Not a good moment to call")


def call_back(g: Inspection) -> None:
    """K5 / H-14: returning the employer's call (E-01, E-02, E-08) starts 09:00–16:59 their time, on a
    business day of their calendar; no lunch block."""
    if g.channel == "phone":
        call_time(g, CALL_BACK_WINDOWS, "Return their call in their working hours")


def call_time(g: Inspection, windows: Windows, lead: str) -> None:
    """H-14: W-CALLTIME (BLOCK at that time) outside ``windows`` or on a non-business day, with the next
    permitted start; the plan shows the same moment beside the step (``Step.call_from``)."""
    person = next(iter(g.recipients()), None) or g.f.status_recipient
    times = g.f.call_times(person.id if person else "", windows)
    if not times.permits(g.at):
        nxt = times.next_start(g.at)
        g.add(
            "W-CALLTIME",
            "H-14",
            f"{lead} ({describe(windows)} their time, business days); "
            f"next permitted start {nxt:%a %d %b %H:%M} their time.",
            clears=nxt,
        )


def request_unanswered(g: Inspection, person: Person) -> bool:
    """H-15: a request for a call went unanswered past its last slot (+30 min [D])."""
    requests = [e for e in g.f.sent("SCHED") if person.id in e.to and e.proposed_slots]
    return bool(requests) and g.at > max(requests[-1].proposed_slots) + dt.timedelta(minutes=30)


def voicemail_length(g: Inspection, words: int) -> None:
    """A-06 / C-22 [D]: about 30 s at 150 wpm."""
    if words > 75:
        g.add("W-VOICEMAIL-LONG", "A-06", f"{words} words: keep a voicemail under 75.")
