"""Answers to the employer and exceptions: RSP, RJ, FB, EXC-OFFER, EXC-NEWS, and KS (keep searching).

Rules: E-01, E-02, E-08, E-11, H-16 (RSP); E-03, H-17, C-27 (RJ, FB); E-04, H-18 (EXC-OFFER); E-05
(EXC-NEWS, §1.12 K3); L-03 (review after a rejection); L-04 (KS).
"""

from __future__ import annotations

import datetime as dt

from followup.core.codes import State
from followup.core.model import Channel, Event, EventType, InboundKind
from followup.core.plan.call_times import CALL_BACK_WINDOWS
from followup.core.plan.facts import Facts
from followup.core.plan.schedule import Notice, Step
from followup.core.plan.timeline import cut, mask, phases

NEEDS_ANSWER = {
    InboundKind.INVITATION: ("E-01", "Answer the invitation to another round"),
    InboundKind.OFFER: ("E-02", "Acknowledge the offer"),
    InboundKind.INFO_REQUEST: ("E-08", "Send what they asked for"),
    InboundKind.CALL_BACK: ("E-08", "Return the call"),
}
QUALIFYING_NEWS = frozenset({"accepted", "granted", "published", "awarded"})


def take_first_after(pending: list[Event], since: dt.datetime) -> Event | None:
    """The first message in ``pending`` sent at or after ``since``, removed so that each message
    answers one thing only (one RSP per inbound, one EXC-* per offer or piece of news, K3)."""
    found = next((e for e in pending if e.at >= since), None)
    if found is not None:
        pending.remove(found)
    return found


def _first_after(f: Facts, kind: EventType, since: dt.datetime) -> Event | None:
    """The first event of ``kind`` at or after ``since`` in this application's history."""
    return next((e for e in sorted(f.of_type(kind), key=lambda e: e.at) if e.at >= since), None)


def response_window(f: Facts, received: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """E-01 [D]: 17:00 the same day if received on a business day before 15:00, else 12:00 on the next
    business day; deadline 12:00 on bd(receipt date, 1)."""
    local = received.astimezone(f.zone)
    day = local.date()
    deadline = f.at(f.bd(day, 1), 12)
    if f.calendar.is_business_day(day) and local.time() < dt.time(15):
        return f.at(day, 17), deadline
    return deadline, deadline


def response_steps(f: Facts) -> list[Step]:
    """One RSP per inbound that needs an answer, in the employer's medium (H-16)."""
    steps = []
    replies = list(f.sent("RSP"))
    for inbound in f.inbound:
        if inbound.kind not in NEEDS_ANSWER:
            continue
        rule, what = NEEDS_ANSWER[InboundKind(inbound.kind)]
        target, deadline = response_window(f, inbound.at)
        items = phases((inbound.at, State.DUE, ()), (deadline, State.OVERDUE, ("W-PROMPT",)))
        answer = take_first_after(replies, inbound.at)
        if answer is not None:
            items = cut(items, answer.at, State.DONE)
        elif inbound.kind == InboundKind.OFFER and (
            accepted := _first_after(f, EventType.OFFER_ACCEPTED, inbound.at)
        ):
            items = cut(items, accepted.at, State.DONE)  # E-02: accepting the offer is the answer to it
        elif withdrawn := _first_after(f, EventType.WITHDRAWAL, inbound.at):
            items = cut(items, withdrawn.at, State.CANCELLED)  # withdrawing ends what was owed
        channel = f.reply_channel(inbound)
        how = "return the call (09:00–16:59 their time)" if channel == "phone" else "reply by email"
        to = (inbound.from_person,) if inbound.from_person else ()
        steps.append(
            Step(
                key=f"RSP:{inbound.id}",
                action="RSP",
                label="RSP",
                person=inbound.from_person,
                phases=items,
                rules=(rule, "H-16"),
                reason=f"{what} promptly: {how}.",
                channel=channel,
                to=to,
                opens=inbound.at,
                target=target,
                due_from=inbound.at,
                deadline=deadline,
                call_times=f.call_times(inbound.from_person, CALL_BACK_WINDOWS)
                if channel == "phone"
                else None,
            )
        )
    for event in f.of_type(EventType.FEEDBACK):  # E-11: brief thanks for feedback, optional
        items = phases(
            (event.at, State.ALLOWED, ()), (f.after_day(f.bd(f.local_date(event.at), 5)), State.CLOSED, ())
        )
        answer = take_first_after(replies, event.at)
        if answer is not None:
            items = cut(items, answer.at, State.DONE)
        steps.append(
            Step(
                key=f"RSP:{event.id}",
                action="RSP",
                label="RSP",
                person=event.from_person,
                phases=items,
                rules=("E-11",),
                reason="Optional: thank them briefly for the feedback.",
                channel="email",
                to=(event.from_person,) if event.from_person else (),
                opens=event.at,
            )
        )
    return steps


def preparation_notices(f: Facts) -> list[Notice]:
    """D-11 on E-01: bring the debrief back for the next round; E-11: turn feedback into L-02 items."""
    notices = []
    invitation = f.outcome_of(InboundKind.INVITATION)
    if invitation is not None:
        debrief = f.interview.debrief
        parts = [f"{p.name}: {'; '.join(p.talking_points)}" for p in f.panel if p.talking_points]
        parts += [f"they stressed: {'; '.join(debrief.emphasized)}"] if debrief.emphasized else []
        parts += [f"to add: {'; '.join(debrief.to_supplement)}"] if debrief.to_supplement else []
        for n, q in enumerate(debrief.stumbled_questions, start=1):
            parts.append(f"ANSWER-{n} {q.question}: " + (q.answer or "not worked out yet"))
        text = " | ".join(parts) or "no debrief notes were recorded"
        notices.append(
            Notice("N-PREP", "D-11", f"Prepare the next round with your notes: {text}", invitation.at)
        )
    for event in f.of_type(EventType.FEEDBACK):
        notices.append(
            Notice(
                "N-FEEDBACK",
                "E-11",
                "Turn the feedback into improvement items: practice or a new skill (L-02).",
                event.at,
                event.at + dt.timedelta(days=7),
            )
        )
    return notices


def rejection_steps(f: Facts) -> tuple[list[Step], list[Notice]]:
    """E-03: RJ due within 2 business days [D]; FB optional per C-27's setting, in writing (H-17)."""
    rejection = f.outcome_of(InboundKind.REJECTION)
    if rejection is None:
        return [], []
    day = f.local_date(rejection.at)
    deadline = f.after_day(f.bd(day, 2))
    to = (
        (rejection.from_person,)
        if rejection.from_person
        else ((f.hiring_manager.id,) if f.hiring_manager else ())
    )
    # H-17: only a written request counts; asking "why" on the rejection call is recorded (W-PHONE-FEEDBACK)
    # and neither thanks them in writing (RJ) nor uses up the one written request (FB).
    feedback_sent = [e.at for e in written(f.sent("FB")) if e.at >= rejection.at]
    asked_by_phone = [e.at for e in f.sent("FB") if e.at >= rejection.at and not is_written(e)]
    rj_sent = [e.at for e in written(f.sent("RJ")) if e.at >= rejection.at]
    rj_done = rj_sent + feedback_sent  # a written FB may carry the thanks
    items = phases((rejection.at, State.DUE, ()), (deadline, State.OVERDUE, ()))
    if rj_done:
        items = cut(items, min(rj_done), State.DONE)
    steps = [
        Step(
            key="RJ",
            action="RJ",
            label="RJ",
            person=to[0] if to else "",
            phases=items,
            rules=("E-03", "C-26", "L-06"),
            reason="Thank them for their time and leave the door open; in writing.",
            channel="email",
            to=to,
            opens=rejection.at,
            due_from=rejection.at,
            deadline=deadline,
        )
    ]
    setting = f.settings.feedback_request
    rating = f.interview.debrief.self_rating
    if setting != "never":
        suggested = setting == "always" or (rating is not None and rating >= 4)
        fb = phases((rejection.at, State.ALLOWED, ()), (f.after_day(f.bd(day, 10)), State.CLOSED, ()))
        if asked_by_phone:
            fb = mask(fb, min(asked_by_phone), None, None, ("W-PHONE-FEEDBACK",), FINISHED)
        if feedback_sent:
            fb = cut(fb, min(feedback_sent), State.DONE)
        why = "You felt it went well: ask" if suggested else "Optional: you may ask"
        steps.append(
            Step(
                key="FB",
                action="FB",
                label="FB",
                person=to[0] if to else "",
                phases=fb,
                rules=("E-03", "C-27", "H-17"),
                channel="email",
                to=to,
                opens=rejection.at,
                reason=f"{why} for pointers for next time, in writing only; may go with the thanks.",
            )
        )
    review = Notice(
        "N-REVIEW",
        "L-03",
        "Review your debrief and any feedback: what will you do differently?",
        rejection.at,
        rejection.at + dt.timedelta(days=7),
    )
    return steps, [review]


WRITTEN = frozenset({Channel.EMAIL, Channel.LETTER})
FINISHED = frozenset({State.DONE, State.CANCELLED, State.NA, State.CLOSED})


def is_written(event: Event) -> bool:
    """H-17, E-03: sent by email or letter (an event without a channel was an email)."""
    return event.channel is None or event.channel in WRITTEN


def written(events: tuple[Event, ...]) -> tuple[Event, ...]:
    return tuple(e for e in events if is_written(e))


def exception_steps(f: Facts) -> list[Step]:
    """E-04 EXC-OFFER for a preferred employer; E-05 EXC-NEWS for accepted, relevant news (K3)."""
    if not f.settings.allow_exceptions:
        return []
    steps = []
    hm = f.hiring_manager
    main = f.main_contact
    to = (hm.id,) if hm else ((main.id,) if main else ())
    cc = (main.id,) if main and hm and main.id != hm.id else ()
    sent_offers = list(f.sent("EXC-OFFER"))
    if f.app.company.preferred:
        offers = [e for e in f.inputs.competing_offers if e.at >= f.end]
        offers += list(f.of_type(EventType.COMPETING_OFFER))
        for offer in sorted(offers, key=lambda e: (e.at, e.id)):
            day = f.local_date(offer.at)
            last_day = f.bd(day, 1)
            if offer.deadline is not None:
                last_day = min(last_day, f.calendar.bd_prev(offer.deadline))
            deadline = f.after_day(last_day)
            items = phases((offer.at, State.DUE, ()), (deadline, State.OVERDUE, ()))
            items = f.under_no_contact(items, None)  # allowed only with explicit confirmation [D]
            done = take_first_after(sent_offers, offer.at)
            if done is not None:
                items = cut(items, done.at, State.DONE)
            elif f.outcome is not None and f.outcome.at > offer.at:
                items = cut(items, f.outcome.at, State.CANCELLED)
            elif f.outcome is not None:
                items = phases((offer.at, State.CANCELLED, ()))
            source = f" from {offer.source}" if offer.source else ""
            by = f", answer needed by {offer.deadline:%a %d %b}" if offer.deadline else ""
            steps.append(
                Step(
                    key=f"EXC-OFFER:{offer.id}",
                    action="EXC-OFFER",
                    label="EXC-OFFER",
                    person=to[0] if to else "",
                    phases=items,
                    rules=("E-04", "H-18", "C-23"),
                    channel="email",
                    to=to,
                    cc=cc,
                    reason=f"You have an offer{source}{by}: tell this preferred employer, ask to hear first.",
                    opens=offer.at,
                    due_from=offer.at,
                    deadline=deadline,
                )
            )
    news = [*f.of_type(EventType.ACCOMPLISHMENT), *(e for e in f.inputs.accomplishments if e.at >= f.end)]
    sent_news = list(f.sent("EXC-NEWS"))
    for event in sorted(news, key=lambda e: (e.at, e.id)):
        if event.status not in QUALIFYING_NEWS or not event.relevant:
            continue  # not an exception: kept as material (a hook) for the next follow-up (C-18)
        last_day = _news_threshold(f, event.at)
        day = f.local_date(event.at)
        if day > last_day:
            continue  # after D it is material for the next follow-up, not a message of its own
        items = phases((event.at, State.ALLOWED, ()), (f.after_day(last_day), State.CLOSED, ()))
        items = f.under_no_contact(items)
        done = take_first_after(sent_news, event.at)
        if done is not None:
            items = cut(items, done.at, State.DONE)
        elif f.outcome is not None:
            items = cut(items, max(f.outcome.at, event.at), State.CANCELLED)
        steps.append(
            Step(
                key=f"EXC-NEWS:{event.id}",
                action="EXC-NEWS",
                label="EXC-NEWS",
                person=to[0] if to else "",
                phases=items,
                rules=("E-05", "H-18", "C-24"),
                channel="email",
                to=to,
                cc=cc,
                reason=f"Optional: share your news ({event.note or event.kind}, {event.status}) and why it "
                "matters for the role.",
                opens=event.at,
                closes=f.after_day(last_day),
            )
        )
    return steps


def _news_threshold(f: Facts, at: dt.datetime) -> dt.date:
    """The last day news counts as an exception (E-05): while the stated period runs, i.e. before
    bd(D,1) (K1, K16), or with no D the day before F1 may go, bd(I,5) [D]."""
    decided = f.decision_date(at)
    if decided is not None:
        return f.bd(decided, 1) - dt.timedelta(days=1)
    return f.bd(f.day, f.settings.followup_window_start) - dt.timedelta(days=1)


def keep_searching_step(f: Facts) -> Step:
    """L-04: keep applying until an offer is accepted; a reminder every 7 days [D]."""
    items = phases((f.end, State.ACTIVE, ()))
    accepted = f.inputs.offer_accepted_at
    if accepted is not None:
        items = cut(items, max(accepted, f.end), State.DONE)
    return Step(
        key="KS",
        action="KS",
        label="KS",
        phases=items,
        rules=("L-04", "E-02"),
        reason="Keep applying and interviewing elsewhere until you accept an offer.",
        opens=f.end,
        remind_at=f.at(f.day + dt.timedelta(days=7), *_clock(f.end.astimezone(f.zone).time())),
    )


def offers_made(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Offers received in one application: competing offers for every other one (E-02 → E-04)."""
    return tuple(e for e in events if e.type is EventType.INBOUND and e.kind == InboundKind.OFFER)


def _clock(moment: dt.time) -> tuple[int, int]:
    return moment.hour, moment.minute
