"""The interview day: the pause, the debrief, stumbled questions, thank-you notes, LinkedIn requests.

Rules: D-01, D-02, D-04–D-07, D-09 (debrief), L-01 (ANSWER-n), T-01, H-01, H-03, H-04, H-05, C-05 (the
thank-you round), H-06 (PAPER), H-08 (LI), I-01, I-02, I-04 (notices at the close of the interview),
L-02 (classifying gaps).
"""

from __future__ import annotations

import datetime as dt

from followup.core.codes import State
from followup.core.model import EventType, Format, InboundKind, Person
from followup.core.phrases import asks_next_steps
from followup.core.plan.facts import THANK_YOU_ROUND, Facts
from followup.core.plan.schedule import Notice, Step
from followup.core.plan.timeline import add_codes, cut, phases

MINUTE = dt.timedelta(minutes=1)


def debrief_steps(f: Facts) -> list[Step]:
    """D-01 pause, D-02 timing, D-04–D-09 completeness, L-01 answers to stumbled questions."""
    debrief = f.interview.debrief
    target, deadline = f.end + 30 * MINUTE, f.end + 120 * MINUTE  # D-02: [S 001] and [D from 003]
    escalate = f.after_day(f.day)
    items = phases(
        (f.end, State.DUE, ()),
        (deadline, State.OVERDUE, ("W-DEBRIEF-LATE",)),
        (escalate, State.OVERDUE, ("W-DEBRIEF-LATE", "N-NAMES-FADING")),
    )
    notes: list[str] = []
    if debrief.done_at is not None:
        gaps = debrief_gaps(f)
        items = cut(items, debrief.done_at, State.DONE, ("W-DEBRIEF-INCOMPLETE",) if gaps else ())
        notes += [f"missing: {gap}" for gap in gaps]
        if debrief.done_at > deadline:
            notes.append("recorded late (W-DEBRIEF-LATE)")
    steps = [
        Step(
            key="DB",
            action="DB",
            label="DB",
            phases=items,
            rules=("D-01", "D-02", "D-04", "D-05", "D-06", "D-07", "D-09"),
            reason="Write the debrief: who, what, where, when, why. The sooner, the more you remember.",
            opens=f.end,
            target=target,
            due_from=f.end,
            deadline=deadline,
            remind_at=f.end + 5 * MINUTE,  # D-01: no prompt before end + 5 min
            notes=tuple(notes),
        )
    ]
    later = f.inputs.other_interview_after(f.end) or (f.until if f.until and f.until > f.end else None)
    for n, question in enumerate(debrief.stumbled_questions, start=1):
        opened = debrief.done_at or f.end
        answer = phases((opened, State.DUE, ()), (f.after_day(f.day), State.OVERDUE, ()))
        if later:
            answer = add_codes(answer, ("W-PREP",), frozenset({State.DUE, State.OVERDUE}))
        if question.answered_at is not None:
            answer = cut(answer, question.answered_at, State.DONE)
        steps.append(
            Step(
                key=f"ANSWER-{n}",
                action="ANSWER",
                label=f"ANSWER-{n}",
                phases=answer,
                rules=("L-01", "D-07"),
                reason=f"Work out a better answer now: {question.question}",
                opens=opened,
                target=f.after_day(f.day) - dt.timedelta(seconds=1),
            )
        )
    return steps


def debrief_gaps(f: Facts) -> list[str]:
    """What a saved debrief still lacks (D-04, D-05, D-06, D-07, D-09)."""
    debrief = f.interview.debrief
    gaps = [
        f"{person.name}: {', '.join(missing)}"
        for person in f.panel
        if (missing := _person_gaps(person, with_talking_points=True))
    ]
    if not debrief.takeaways:
        gaps.append("at least one takeaway (D-05)")
    if not debrief.went_well:
        gaps.append("what went well (D-06)")
    if not debrief.to_improve:
        gaps.append("what to improve (D-06)")
    if debrief.self_rating is None:
        gaps.append("a self-rating from 1 to 5 (D-06)")
    if not debrief.stumbled_questions and not debrief.no_stumbles:
        gaps.append("questions you stumbled on, or 'none' (D-07)")
    if not debrief.fit_statement.strip():
        gaps.append("why you are the strongest fit (D-09)")
    return gaps


def _person_gaps(person: Person, with_talking_points: bool) -> list[str]:
    missing = [
        label
        for label, value in (
            ("first name", person.first),
            ("last name", person.last),
            ("title", person.title),
        )
        if not value.strip()
    ]
    if with_talking_points and not person.talking_points:
        missing.append("a talking point")
    return missing


def _thank_you_window(f: Facts) -> tuple[tuple, dt.datetime, dt.datetime]:  # type: ignore[type-arg]
    """T-01 by the ``thank_you_timing`` setting: (phase items, target, deadline)."""
    timing = f.settings.thank_you_timing
    if timing == "within_24h":
        deadline = f.end + dt.timedelta(hours=24)
        return ((f.end, State.DUE, ()), (deadline, State.OVERDUE, ("W-TY-OVERDUE",))), deadline, deadline
    if timing == "next_business_day":
        deadline = f.after_day(f.bd(f.day, 1))
        return ((f.end, State.DUE, ()), (deadline, State.OVERDUE, ("W-TY-OVERDUE",))), deadline, deadline
    target, deadline = f.after_day(f.day), f.end + dt.timedelta(hours=24)
    items = (
        (f.end, State.DUE, ()),
        (target, State.DUE, ("W-TY-LATE",)),
        (deadline, State.OVERDUE, ("W-TY-OVERDUE",)),
    )
    return items, target, deadline


def thank_you_steps(f: Facts) -> list[Step]:
    """T-01, H-01, H-03 (one note each), H-04 (TY-FWD), H-05 (TA), C-05 (next-steps question)."""
    items, target, deadline = _thank_you_window(f)
    base = phases(*items)
    ended = f.outcome_of(InboundKind.OFFER, InboundKind.REJECTION)  # E-02/E-03 replace the thank-you
    round_sent = f.sent(*THANK_YOU_ROUND)
    notes: tuple[str, ...] = ()
    if needs_next_steps_question(f) and not any(asks_next_steps(e.body) for e in round_sent):
        notes = ("no timeline was learned: one note of this round must ask about next steps (C-05)",)
    shown_target = target - dt.timedelta(seconds=1)

    def finish(items_: tuple, done_by: list[dt.datetime]) -> tuple:  # type: ignore[type-arg]
        result = items_
        if ended is not None and not (done_by and min(done_by) < ended.at):
            result = cut(result, ended.at, State.CANCELLED)
        if done_by:
            result = cut(result, min(done_by), State.DONE)
        return result

    steps: list[Step] = []
    unreachable = [p for p in f.panel if not p.email]
    for person in f.panel:
        if not person.email:
            steps.append(
                Step(
                    key=f"TY:{person.id}",
                    action="TY",
                    label=f"TY:{person.name}",
                    person=person.id,
                    phases=phases((f.end, State.NA, ())),
                    rules=("H-04", "I-03"),
                    reason="No email address: thanked through the main contact (TY-FWD).",
                    notes=("routed via main contact",),
                )
            )
            continue
        done = [e.at for e in round_sent if person.id in e.to and e.kind in ("TY", "TY-FWD")]
        hm_note = ("the hiring manager must not be left out (H-03)",) if person.id == _hm_id(f) else ()
        steps.append(
            Step(
                key=f"TY:{person.id}",
                action="TY",
                label=f"TY:{person.name}",
                person=person.id,
                phases=finish(base, done),
                rules=("T-01", "H-01", "H-03", "C-05"),
                reason=f"Thank {person.name} personally by email: the same day is best, 24 hours at most.",
                channel="email",
                to=(person.id,),
                notes=notes + hm_note,
                opens=f.end,
                target=shown_target,
                deadline=deadline,
            )
        )
    main = f.main_contact
    if unreachable:
        names = ", ".join(p.name for p in unreachable)
        to = (main.id,) if main else ()
        done = [e.at for e in f.sent("TY-FWD", "TY") if main and main.id in e.to and e.kind == "TY-FWD"]
        fwd = add_codes(finish(base, done), ("W-MISSING-CONTACT",), frozenset({State.DUE, State.OVERDUE}))
        steps.append(
            Step(
                key="TY-FWD",
                action="TY-FWD",
                label="TY-FWD",
                person=main.id if main else "",
                phases=fwd,
                rules=("H-04", "I-03", "T-01"),
                reason=f"Ask {main.name if main else 'the main contact'} to pass your thanks to {names}.",
                channel="email",
                to=to,
                notes=(f"no email address for {names}: never guess one (I-03)", *notes),
                opens=f.end,
                target=shown_target,
                deadline=deadline,
            )
        )
    arranger = f.person(f.app.arranger)
    if arranger is not None and not arranger.on_panel:
        done = [e.at for e in f.sent("TA") if arranger.id in e.to]
        if main is not None and arranger.id == main.id:  # H-05: one combined note is acceptable [D]
            done += [e.at for e in f.sent("TY-FWD") if arranger.id in e.to]
        steps.append(
            Step(
                key=f"TA:{arranger.id}",
                action="TA",
                label=f"TA:{arranger.name}",
                person=arranger.id,
                phases=finish(base, done),
                rules=("H-05", "T-01"),
                reason=f"Thank {arranger.name} for arranging the interview.",
                channel="email",
                to=(arranger.id,),
                opens=f.end,
                target=shown_target,
                deadline=deadline,
            )
        )
    return steps


def _hm_id(f: Facts) -> str:
    return f.hiring_manager.id if f.hiring_manager else ""


def needs_next_steps_question(f: Facts) -> bool:
    """I-01 → C-05: no decision date was learned by the end of the interview."""
    return f.app.decision.date is None and not f.date_changes


def paper_steps(f: Facts) -> list[Step]:
    """H-06: an optional typed copy by post, after the email, never instead of it."""
    if not f.settings.mail_printed_copy:
        return []
    steps = []
    for person in f.panel:
        emailed = [e.at for e in f.sent("TY") if person.id in e.to]
        items = phases((f.end, State.NOT_YET, ()))
        if emailed:
            sent_day = f.local_date(min(emailed))
            items = phases(
                (f.day_start(sent_day), State.ALLOWED, ()),
                (f.after_day(f.bd(sent_day, 1)), State.CLOSED, ()),
            )
        if not person.postal_address:
            items = add_codes(items, ("W-MISSING-CONTACT",), frozenset({State.ALLOWED}))
        done = [e.at for e in f.sent("PAPER") if person.id in e.to]
        if done:
            items = cut(items, min(done), State.DONE)
        steps.append(
            Step(
                key=f"PAPER:{person.id}",
                action="PAPER",
                label=f"PAPER:{person.name}",
                person=person.id,
                phases=items,
                rules=("H-06",),
                reason="Optional printed copy by post after the email.",
                channel="letter",
                to=(person.id,),
            )
        )
    return steps


def linkedin_steps(f: Facts) -> list[Step]:
    """H-08: one connection request with a note per interviewer; optional, never about status."""
    if not f.settings.linkedin_requests:
        return []
    steps = []
    for person in f.panel:
        items = phases((f.end, State.ALLOWED, ()))
        items = f.under_no_contact(items)
        done = [e.at for e in f.sent_ever("LI") if person.id in e.to]
        if done:
            items = cut(items, min(done), State.DONE)
        steps.append(
            Step(
                key=f"LI:{person.id}",
                action="LI",
                label=f"LI:{person.name}",
                person=person.id,
                phases=items,
                rules=("H-08", "C-13"),
                channel="linkedin",
                to=(person.id,),
                opens=f.end,
                reason=f"Optional: one LinkedIn request to {person.name}, with a note on a topic you shared.",
            )
        )
    return steps


def close_of_interview_notices(f: Facts) -> list[Notice]:
    """D-01 pause card, I-01/I-02 missing timeline, I-04 ask HR for names, L-02 unclassified gaps."""
    notices = [
        Notice(
            "N-PAUSE", "D-01", "Take a breath: the debrief starts in five minutes.", f.end, f.end + 5 * MINUTE
        )
    ]
    missing = []
    if needs_next_steps_question(f):
        missing.append("decision date")
    if not f.app.designated_contact:
        missing.append("contact person")
    if missing:
        if f.app.contact_means is None:
            missing.append("means of contact")
        # Learning the date later (a reply naming one, E-06) settles it when nothing else was missing.
        only_date = missing[0] == "decision date" and "contact person" not in missing
        ends = f.date_changes[0][0] if only_date and f.date_changes else None
        notices.append(
            Notice(
                "W-NO-TIMELINE",
                "I-01",
                "Not learned at the interview: " + ", ".join(missing) + ".",
                f.end,
                ends,
            )
        )
    if f.interview.format is Format.IN_PERSON:
        gaps = [
            f"{p.name}: {', '.join(m)}" for p in f.panel if (m := _person_gaps(p, with_talking_points=False))
        ]
        if gaps:
            left = [e.at for e in f.of_type(EventType.LEFT_BUILDING)]
            ends = min([f.end + 30 * MINUTE, *left])
            notices.append(
                Notice("N-ASK-HR", "I-04", "On the way out, ask HR for " + "; ".join(gaps) + ".", f.end, ends)
            )
    unclassified = [item.text for item in f.interview.debrief.to_improve if item.kind is None]
    if unclassified:
        notices.append(
            Notice(
                "N-CLASSIFY",
                "L-02",
                "Decide practice or skill investment for: " + "; ".join(unclassified),
                f.day_start(f.day + dt.timedelta(days=7)),
            )
        )
    return notices
