"""What a message is for: from the records, the plan and now to the ``DraftContext`` the composer and the
checker share. Pure: the calendar arrives as an argument.

It answers, for one action and recipient: who the message goes to by default (H-03, H-05, H-04, H-11,
H-15, H-18), whether it must ask about next steps (C-05) or be the final note (C-19), what was already
sent to the company (C-04, C-16, C-18), what new material exists (C-18), and, for a request for a call,
three concrete slots in the recipient's working hours and business days (H-14, H-15, K9).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from followup.core.codes import State
from followup.core.drafts import MESSAGE_ACTIONS, DraftContext
from followup.core.errors import InvalidInput, NotFound
from followup.core.model import Application, EventType, GapKind, InboundKind, Person, Records
from followup.core.phrases import asks_next_steps
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.events import NEEDS_ANSWER, QUALIFYING_NEWS
from followup.core.plan.facts import Facts
from followup.core.plan.planner import Shared, as_of, inputs_for, round_plan
from followup.core.plan.schedule import OPEN, Step

UNPLANNED = frozenset({"SCHED", "CALL", "VOICEMAIL"})  # written on request, not plan steps of their own
# H-14/H-15 [D]: slots start inside the call windows; three different days from bd(send, 2) on.
SLOT_TIMES = (dt.time(10, 0), dt.time(14, 30), dt.time(11, 0))
SLOT_DAYS = (2, 3, 4)


def context_for(
    records: Records,
    application_id: str,
    action: str,
    person_id: str,
    now: dt.datetime,
    calendar: BusinessCalendar,
    hooks: tuple[str, ...] = (),
    shared: Shared | None = None,
) -> DraftContext:
    """The context of ``action`` for ``person_id`` (or the action's default recipient when empty).
    ``shared``: what the other applications' plans give this one (E-04, L-01, L-04), from their stored
    summaries, so that ``records`` need hold this application alone (as the guard's ``check`` takes it)."""
    if action not in MESSAGE_ACTIONS:
        raise InvalidInput("action", "one of " + ", ".join(MESSAGE_ACTIONS), action)
    known = as_of(records, now)
    app = known.application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}")
    rounds = sorted((i for i in app.interviews if not i.cancelled), key=lambda i: i.start)
    if not rounds:
        raise InvalidInput("application", "an application with an interview (`followup interview add`)")
    index = max((n for n, i in enumerate(rounds) if i.start <= now), default=0)
    until = rounds[index + 1].start if index + 1 < len(rounds) else None
    f = Facts(app, inputs_for(known, app, calendar, shared), rounds[index], until=until)
    steps, _ = round_plan(f, first=index == 0)
    recipient = app.person(person_id) if person_id else default_recipient(f, action)
    if person_id and recipient is None:
        raise NotFound(f"no person {person_id!r} in {app.id}")
    step = _step_for(steps, action, recipient)
    if step is None and action not in UNPLANNED:
        offered = ", ".join(s.label for s in steps if s.action in MESSAGE_ACTIONS) or "nothing yet"
        who = f" for {recipient.name}" if recipient else ""
        raise InvalidInput("action", f"a message the plan of {app.id} has{who} (it has: {offered})", action)
    today = f.local_date(now)
    contact = round_contact(f, steps, app, now)
    in_round = action in THANK_YOU_ROUND and recipient is not None and recipient.id == contact
    return DraftContext(
        action=action,
        profile=known.profile,
        settings=f.settings,
        application=app,
        recipient=recipient,
        interview_format=f.interview.format.value,
        interview_date=f.day,
        decision_date=f.decision_date(now),
        needs_next_steps_question=in_round and _round_must_ask(steps, app, step),
        last_permitted_touch=step is not None and "(C-19)" in " ".join(step.notes),
        earlier_messages=tuple(e for e in app.events if e.type is EventType.SENT and e.body),
        hooks=hooks + _hooks(f),
        slots=propose_slots(calendar, _zone(f, recipient), today) if action == "SCHED" else (),
        offer_deadline=_offer_deadline(f) if action == "EXC-OFFER" else None,
        news=_news(f) if action == "EXC-NEWS" else "",
        routed_names=tuple(p.name for p in f.panel if not p.email) if action == "TY-FWD" else (),
        today=today,
        step_key=step.key if step else action,
        round_contact=in_round,
        offer_sources=tuple(
            o.source for o in (*f.inputs.competing_offers, *f.of_type(EventType.COMPETING_OFFER)) if o.source
        ),
    )


THANK_YOU_ROUND = frozenset({"TY", "TA", "TY-FWD"})


def round_contact(f: Facts, steps: list[Step], app: Application, now: dt.datetime) -> str:
    """K13, C-03, C-05: whose note of the thank-you round carries the round's items: the main contact's,
    else the hiring manager's, else the first panel member's, among the notes still to write."""
    open_ = [
        s for s in steps if s.action in THANK_YOU_ROUND and s.to and s.at(now).state in (*OPEN, State.NOT_YET)
    ]
    people = [s.to[0] for s in open_]
    for wanted in (f.main_contact, f.hiring_manager):
        if wanted is not None and wanted.id in people:
            return wanted.id
    return people[0] if people else ""


def _round_must_ask(steps: list[Step], app: Application, step: Step | None) -> bool:
    """C-05, K13: the round still needs its next-steps question (the plan says so) and no other note of
    the round, sent or saved, carries it."""
    if not any("(C-05)" in " ".join(s.notes) for s in steps if s.action in THANK_YOU_ROUND):
        return False
    others = [
        d for d in app.drafts if d.action in THANK_YOU_ROUND and (step is None or d.step_key != step.key)
    ]
    return not any(asks_next_steps(d.text) for d in others)


def default_recipient(f: Facts, action: str) -> Person | None:
    """Whom each kind of message goes to when no person is named."""
    if action == "TA":
        return f.person(f.app.arranger)
    if action == "TY-FWD":
        return f.main_contact
    if action in ("F1", "F2", "F3", "CALL", "VOICEMAIL"):
        return f.status_recipient
    if action in ("SCHED", "EXC-OFFER", "EXC-NEWS"):
        return f.hiring_manager or f.status_recipient
    if action == "RSP":
        waiting = [e for e in f.inbound if e.kind in NEEDS_ANSWER or e.type is EventType.FEEDBACK]
        return f.person(waiting[-1].from_person) if waiting else f.status_recipient
    if action in ("RJ", "FB"):
        rejection = f.outcome_of(InboundKind.REJECTION)
        return (f.person(rejection.from_person) if rejection else None) or f.hiring_manager
    if action in ("TY", "LI", "FL"):
        panel = f.panel
        if len(panel) == 1:
            return panel[0]
        names = ", ".join(p.name for p in panel) or "nobody yet"
        raise InvalidInput("--person", f"whom this {action} is for: one of {names}")
    return None


def _step_for(steps: list[Step], action: str, recipient: Person | None) -> Step | None:
    person = recipient.id if recipient else ""
    for step in steps:
        if step.action == action and (
            not step.person or step.person == person or action in ("F1", "F2", "F3")
        ):
            return step
    return None


def _zone(f: Facts, person: Person | None) -> ZoneInfo:
    name = (person.tz if person and person.tz else "") or f.app.company.tz
    return ZoneInfo(name) if name else f.zone


def propose_slots(calendar: BusinessCalendar, zone: ZoneInfo, today: dt.date) -> tuple[dt.datetime, ...]:
    """H-15: three slots on different business days between bd(today,1) and bd(today,10), each inside
    the H-14 call windows in the recipient's time (K9: checked against the day the request goes)."""
    return tuple(
        dt.datetime.combine(calendar.bd(today, days), clock, zone)
        for days, clock in zip(SLOT_DAYS, SLOT_TIMES, strict=True)
    )


def _hooks(f: Facts) -> tuple[str, ...]:
    """New material for later follow-ups (C-18): news and skills being built."""
    found = []
    for event in (*f.of_type(EventType.ACCOMPLISHMENT), *f.inputs.accomplishments):
        found.append(f"accomplishment: {event.note} ({event.status})" if event.note else "")
    for item in f.interview.debrief.to_improve:
        if item.kind is GapKind.SKILL_INVESTMENT:
            found.append(f"growth: {item.text}")
    return tuple(h for h in found if h)


def _offer_deadline(f: Facts) -> dt.date | None:
    offers = [*f.inputs.competing_offers, *f.of_type(EventType.COMPETING_OFFER)]
    dated = [o for o in offers if o.deadline is not None]
    return max(dated, key=lambda o: o.at).deadline if dated else None


def _news(f: Facts) -> str:
    news = [
        e
        for e in (*f.of_type(EventType.ACCOMPLISHMENT), *f.inputs.accomplishments)
        if e.status in QUALIFYING_NEWS and e.relevant
    ]
    return f"{news[-1].note} ({news[-1].status})" if news else ""
