"""Status outreach: the formal letter, follow-ups F1–F3, an agreed call, and when the chase ends.

Rules: T-02, H-09 (FL); T-03, T-04, T-05, T-06, H-10, H-11, A-01, A-09 (F windows); H-10, H-12, H-14,
H-15, A-07 (a follow-up is the one call to HR, with the time it may start, or an email); A-02 (no
contact); A-03, A-04, C-19 (caps and the final note); A-12 (outcomes cancel); E-06, E-07 (replies
re-anchor); E-09 (agreed call); E-10 (moving on); L-05 (keep networking); §1.12 K1, K5, K6, K7, K8.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup.core.codes import State
from followup.core.model import Culture, InboundKind
from followup.core.plan.call_times import CALL_WINDOWS
from followup.core.plan.facts import Facts, Touch
from followup.core.plan.schedule import Notice, Step
from followup.core.plan.timeline import BEGINNING, Phase, add_codes, cut, drop_code, mask, phases


@dataclass(frozen=True)
class Window:
    """A follow-up window in local dates: ALLOWED from ``allowed``, DUE ``due``–``until``, then late."""

    allowed: dt.date | None
    due: dt.date
    until: dt.date
    anchor: str  # which rule placed it: "T-03", "T-04", "T-05", "E-06"
    after_date: dt.date | None = None  # D when the window waits for a stated date
    allowed_until: dt.date | None = None  # the last business day of the ALLOWED part


def followup_window(f: Facts, n: int, previous: Touch | None) -> Window:
    """Where Fn sits: after a stated or replied date (T-04, E-06/K7), else 5–10 business days (T-03/T-05)."""
    since = previous.at if previous else f.end
    replied = [new for at, new in f.date_changes if at > since]
    if replied:
        return _after_date(f, replied[-1], "E-06")
    decided = f.decision_date(since)
    if decided is not None and n == 1:
        return _after_date(f, decided, "T-04")
    start, end = f.settings.followup_window_start, f.settings.followup_window_end
    base = f.day if previous is None else f.local_date(previous.at)
    if decided is not None and f.bd(base, start) < f.bd(decided, 1):
        # A-01 (K1): a follow-up sent early, despite the guard, does not bring the next one before D.
        return _after_date(f, decided, "T-04")
    return Window(None, f.bd(base, start), f.bd(base, end), "T-03" if previous is None else "T-05", None)


def _after_date(f: Facts, stated: dt.date, anchor: str) -> Window:
    """T-04: nothing until bd(D,1) (K1); ALLOWED to bd(D,4), DUE bd(D,5)–bd(D,10); or DUE from bd(D,1)."""
    start, end = f.settings.followup_window_start, f.settings.followup_window_end
    if f.settings.stated_date_grace == "none":
        return Window(None, f.bd(stated, 1), f.bd(stated, end), anchor, stated)
    return Window(
        f.bd(stated, 1), f.bd(stated, start), f.bd(stated, end), anchor, stated, f.bd(stated, start - 1)
    )


def _window_phases(f: Facts, w: Window, optional: bool, late_codes: tuple[str, ...]) -> tuple[Phase, ...]:
    due, late = (State.ALLOWED, State.CLOSED) if optional else (State.DUE, State.OVERDUE)
    missed = ("N-MISSED-DATE",) if w.after_date else ()
    items = []
    if w.allowed is not None and w.allowed < w.due:
        items.append((f.day_start(w.allowed), State.ALLOWED, missed))
    items.append((f.day_start(w.due), due, missed))
    items.append((f.after_day(w.until), late, (*missed, *late_codes) if not optional else ()))
    result = phases(*items)
    if w.after_date:  # T-06: "not a rejection" until the employer says something
        first_reply = next((e.at for e in f.inbound if e.at >= f.day_start(w.after_date)), None)
        if first_reply is not None:
            result = drop_code(result, first_reply, "N-MISSED-DATE")
    return result


def _windows(w: Window, optional: bool) -> tuple[tuple[str, dt.date, dt.date], ...]:
    rows: list[tuple[str, dt.date, dt.date]] = []
    if w.allowed is not None and w.allowed < w.due:
        rows.append(("ALLOWED", w.allowed, w.allowed_until or w.due - dt.timedelta(days=1)))
    rows.append(("ALLOWED" if optional else "DUE", w.due, w.until))
    return tuple(rows)


def moving_on_at(f: Facts) -> dt.datetime | None:
    """E-10: when no further touch is permitted and bd(last touch, 10) passed with no inbound (K8 too)."""
    touches = f.touches
    if not touches or f.outcome is not None:
        return None
    last = touches[-1]
    if any(e.at > last.at for e in f.inbound):
        return None
    s = f.settings
    capped = f.unanswered() >= s.unanswered_touch_cap or len(f.followup_touches) >= s.followup_cap
    fts = f.followup_touches
    # K8 / T-05: after F2 an optional F3 exists only for a responsive employer; otherwise nothing is left.
    f3_missing = len(fts) == 2 and not f.responsive
    if capped or f3_missing:
        return f.after_day(f.bd(f.local_date(last.at), s.followup_window_end))
    if len(fts) == 2 and f.responsive:  # K8: F3's optional window closed without an answer
        w = followup_window(f, 3, fts[1])
        return f.after_day(w.until)
    return None


def formal_letter_steps(f: Facts, moving_on: dt.datetime | None) -> list[Step]:
    """T-02 window bd(I,2)–min(bd(I,4), D), H-09 medium by company style, one letter per interviewer."""
    setting = f.settings.formal_letter
    if setting == "off":
        return []
    required = setting == "required"
    medium = f.settings.formal_letter_medium
    by_post = medium == "post" or (medium == "auto" and f.app.company.culture is Culture.TRADITIONAL)
    opens = f.bd(f.day, 2)
    decided = f.decision_date()
    closes = min(f.bd(f.day, 4), decided) if decided else f.bd(f.day, 4)
    steps = []
    letters = f.sent("FL")
    capped_at = _cap_reached_at(f) if not letters else None
    for person in f.panel:
        if closes < opens:
            items = phases((f.end, State.NA, ()))
        else:
            open_state, late = (State.DUE, State.OVERDUE) if required else (State.ALLOWED, State.CLOSED)
            items = phases((f.day_start(opens), open_state, ()), (f.after_day(closes), late, ()))
        if (by_post and not person.postal_address) or (not by_post and not person.email):
            items = add_codes(
                items, ("W-MISSING-CONTACT",), frozenset({State.ALLOWED, State.DUE, State.OVERDUE})
            )
        items = f.under_no_contact(items)
        if capped_at is not None:
            items = mask(items, capped_at, None, State.BLOCKED, ("W-CAP",))
        items = _end_states(f, items, [e.at for e in letters if person.id in e.to], moving_on)
        greeting = f"Dear {person.honorific} {person.last}".strip() if person.honorific else ""
        steps.append(
            Step(
                key=f"FL:{person.id}",
                action="FL",
                label=f"FL:{person.name}",
                person=person.id,
                phases=items,
                rules=("T-02", "H-09", "C-14"),
                channel="letter" if by_post else "email",
                to=(person.id,),
                reason=(
                    "Formal thank-you letter, "
                    + ("posted (traditional firm)" if by_post else "by email")
                    + (": required by your settings." if required else ": optional.")
                ),
                opens=f.day_start(opens),
                closes=f.after_day(closes) if closes >= opens else None,
                windows=((("DUE" if required else "ALLOWED"), opens, closes),) if closes >= opens else (),
                notes=(
                    f"greeting: {greeting}" if greeting else "formal greeting (C-09)",
                    f"closing: {f.settings.letter_closing}",
                ),
            )
        )
    return steps


def _cap_reached_at(f: Facts) -> dt.datetime | None:
    """When the unanswered-touch cap was reached (A-03), if it is reached now."""
    if f.unanswered() < f.settings.unanswered_touch_cap:
        return None
    return f.touches[-1].at if f.touches else None


def _end_states(
    f: Facts, items: tuple[Phase, ...], done: list[dt.datetime], moving_on: dt.datetime | None
) -> tuple[Phase, ...]:
    """DONE when sent; CANCELLED by an outcome (A-12); CLOSED when the chase ends (E-10, K2)."""
    if done:
        return cut(items, min(done), State.DONE)
    if f.outcome is not None:
        return cut(items, f.outcome.at, State.CANCELLED)
    if moving_on is not None:
        return cut(items, moving_on, State.CLOSED)
    return items


def followup_steps(f: Facts, moving_on: dt.datetime | None) -> list[Step]:
    """F1, F2, F3 with their windows, recipients, caps and final-note duty."""
    s = f.settings
    fts = f.followup_touches
    recipient = f.status_recipient
    to = (recipient.id,) if recipient else ()
    steps: list[Step] = []
    for n in range(1, s.followup_cap + 1):
        previous = fts[n - 2] if n >= 2 else None
        if n >= 2 and previous is None:
            break
        sent = fts[n - 1] if len(fts) >= n else None
        channel = _followup_channel(f, fts[: n - 1])
        call_times = (
            f.call_times(recipient.id if recipient else "", CALL_WINDOWS) if channel == "phone" else None
        )
        optional = n >= 3
        rules = ["T-03"] if n == 1 else ["T-05"]
        reason = ""
        if n >= 3 and not f.responsive and sent is None and previous is not None:
            steps.append(
                Step(
                    key=f"F{n}",
                    action=f"F{n}",
                    label=f"F{n}",
                    phases=phases((previous.at, State.NA, ())),
                    rules=("T-05",),
                    reason="A third follow-up only after the employer has replied once.",
                    channel=channel,
                    to=to,
                )
            )
            break
        w = followup_window(f, n, previous)
        if w.anchor in ("T-04", "E-06"):
            rules = ["T-04", "A-01", "T-06"] + (["E-06"] if w.anchor == "E-06" else [])
            reason = f"They named {w.after_date:%a %d %b}: check in once that date has passed, not before."
        elif n == 1:
            reason = "No date was given: check in after 5 business days, by the 10th."
        else:
            reason = "No answer yet: the next check-in comes 5–10 business days after the last one."
            rules.append("E-07")
        if n == 1:
            rules.append("A-09")
        items = _window_phases(f, w, optional, ("W-SKIP-FOLLOWUP",) if n == 1 else ())
        letters = f.sent("FL")
        if n == 1 and letters:  # K6: F1 opens no earlier than bd(letter date, 2)
            earliest = f.day_start(f.bd(f.local_date(letters[0].at), 2))
            items = mask(
                items, BEGINNING, earliest, State.NOT_YET, (), frozenset({State.OVERDUE, State.DONE})
            )
        items = f.under_no_contact(items)
        items = f.while_away(items, recipient.id if recipient else "")  # N-AWAY: an auto-reply's return
        notes: list[str] = []
        if sent is None:
            unanswered, count = f.unanswered(), len(fts)
            if unanswered >= s.unanswered_touch_cap or count >= s.followup_cap:
                reached = f.touches[-1].at if f.touches else f.end
                items = phases((reached, State.BLOCKED, ("W-CAP",)))
                rules += ["A-03", "A-04", "E-10"]
                reason = "The chase has ended: no more status follow-ups (three-strike and follow-up caps)."
            elif unanswered + 1 >= s.unanswered_touch_cap or count + 1 >= s.followup_cap:
                notes.append(
                    "last permitted touch: make it the final note, thanks for considering you and "
                    "openness to future contact, no promise of another follow-up (C-19)"
                )
                rules += ["A-03", "A-04", "C-19"]
        items = _end_states(f, items, [sent.at] if sent else [], moving_on)
        if recipient is None:
            notes.append("no status contact known: name the HR person or designated contact (H-11)")
        rules += ["H-10", "H-11"]
        if f.no_contact is not None:
            rules.append("A-02")
        steps.append(
            Step(
                key=f"F{n}",
                action=f"F{n}",
                label=f"F{n}",
                phases=items,
                rules=tuple(dict.fromkeys(rules)),
                reason=reason,
                channel=channel,
                to=to,
                person=recipient.id if recipient else "",
                opens=f.day_start(w.allowed or w.due),
                due_from=f.day_start(w.due),
                deadline=None if optional else f.after_day(w.until),
                closes=f.after_day(w.until) if optional else None,
                windows=_windows(w, optional),
                notes=tuple(notes),
                call_times=call_times,
            )
        )
        if sent is None:
            break
    return steps


def _followup_channel(f: Facts, earlier: tuple[Touch, ...]) -> str:
    """H-10: email, or with ``status_channel = phone_hr`` one call, and only to HR or whoever scheduled the
    interview (H-12; anyone in a firm without HR); A-07: once that call is made, the rest go by email, and
    H-15: after asking for a call by appointment, no call without one."""
    if f.settings.status_channel != "phone_hr" or any(t.group in ("CALL", "SCHED") for t in earlier):
        return "email"
    recipient = f.status_recipient
    if recipient is None or (f.app.company.has_hr and not f.is_hr_side(recipient)):
        return "email"
    if any(e.kind == InboundKind.SCHEDULE_REPLY and e.from_person == recipient.id for e in f.inbound):
        return "email"  # E-09: with them, calls happen at the agreed slot only
    return "phone"


def agreed_call_steps(f: Facts) -> list[Step]:
    """E-09: a call the hiring manager agreed to, allowed from slot − 5 min to slot + 15 min [D]; an
    outcome cancels it (A-12), and a request for no contact (A-02) or the follow-up cap (A-04) blocks it."""
    steps = []
    replies = [e for e in f.inbound if e.kind == InboundKind.SCHEDULE_REPLY and e.slot is not None]
    for reply in replies:
        assert reply.slot is not None
        person = f.person(reply.from_person) or f.hiring_manager
        person_id = person.id if person else ""
        items = phases(
            (reply.slot - dt.timedelta(minutes=5), State.ALLOWED, ()),
            (reply.slot + dt.timedelta(minutes=15), State.CLOSED, ()),
        )
        replaced = min(
            (e.at for e in replies if e.from_person == reply.from_person and e.at > reply.at), default=None
        )
        if replaced is not None:  # a later answer with another slot replaces this one
            items = cut(items, replaced, State.CLOSED)
        items = f.under_no_contact(items)  # A-02 holds for an agreed call too
        calls = [
            e.at
            for e in f.sent("CALL")
            if person_id in e.to and e.at > reply.at and (replaced is None or e.at < replaced)
        ]
        fts = f.followup_touches
        if calls:
            items = cut(items, min(calls), State.DONE)
        elif f.outcome is not None:  # the outcome is known, status calls stop
            items = cut(items, max(f.outcome.at, reply.at), State.CANCELLED)
        elif len(fts) >= f.settings.followup_cap:  # the call would be one follow-up too many
            items = mask(items, fts[f.settings.followup_cap - 1].at, None, State.BLOCKED, ("W-CAP",))
        steps.append(
            Step(
                key=f"CALL:{reply.id}",
                action="CALL",
                label=f"CALL:{person.name if person else '?'}",
                person=person_id,
                phases=items,
                rules=("E-09", "H-15"),
                channel="phone",
                to=(person_id,),
                reason="The agreed call: be ready a few minutes early.",
                opens=reply.slot - dt.timedelta(minutes=5),
                closes=reply.slot + dt.timedelta(minutes=15),
                call_times=f.call_times(person_id, ()),  # E-09: the agreed slot overrides H-14's windows
            )
        )
    return steps


def status_notices(f: Facts, moving_on: dt.datetime | None) -> list[Notice]:
    """E-10 N-MOVE-ON and L-05 N-NETWORK."""
    notices = []
    if moving_on is not None:
        notices.append(
            Notice(
                "N-MOVE-ON",
                "E-10",
                "No answer after the last permitted message: let this one go "
                "and put your energy into other openings. This is not a rejection.",
                moving_on,
            )
        )
    fts = f.followup_touches
    if fts:
        notices.append(
            Notice(
                "N-NETWORK",
                "L-05",
                "Keep busy: keep applying and building your network.",
                fts[0].at,
                fts[0].at + dt.timedelta(days=7),
            )
        )
    return notices
