"""Touches and caps: three unanswered touches (A-03), three follow-ups (A-04), moving on (E-10, K2), and
the spacing between unsolicited messages (A-05, K6)."""

from __future__ import annotations

import datetime as dt

from followup.core.codes import State
from followup.core.guard.context import Inspection, is_status_touch
from followup.core.guard.proposal import UNSOLICITED
from followup.core.plan.facts import THANK_YOU_ROUND
from followup.core.plan.schedule import Step
from followup.core.plan.status import moving_on_at


def caps(g: Inspection) -> None:
    """A-04 when the follow-up cap is reached (it names the follow-ups, not a run of silence); A-03 when
    three touches in a row went unanswered; E-10 (K2, K8) when the chase ended with the last permitted
    message unanswered."""
    f, s = g.f, g.f.settings
    sent = len(f.followup_touches)
    if sent >= s.followup_cap and is_status_touch(g.action):
        g.add("W-CAP", "A-04", f"{sent} follow-ups sent: that is the most an application gets, no more.")
        return
    unanswered = f.unanswered()
    if unanswered >= s.unanswered_touch_cap:
        g.add("W-CAP", "A-03", f"{unanswered} unanswered touches in a row: the chase is over.")
        return
    moved_on = moving_on_at(f)
    if moved_on is not None and g.at >= moved_on:
        g.add(
            "W-CAP",
            "E-10",
            "No answer after your last permitted message: the chase is over; let this one go.",
        )


def frequency(g: Inspection, step: Step | None) -> None:
    """A-05 with K6: unsolicited contact the plan did not propose now, or twice to one person a day."""
    f = g.f
    unsolicited = [e for e in f.sent(*UNSOLICITED) if e.at <= g.at]
    in_round = g.action in THANK_YOU_ROUND
    planned_now = step is not None and step.at(g.at).state in (State.ALLOWED, State.DUE, State.OVERDUE)
    previous = [e for e in unsolicited if not (in_round and e.kind in THANK_YOU_ROUND)]
    if previous and not planned_now:
        last_day = f.local_date(previous[-1].at)
        if g.day < f.bd(last_day, 2):
            g.add(
                "W-FREQ",
                "A-05",
                f"Your last message went on {last_day:%a %d %b}: leave two business days.",
                clears=f.day_start(f.bd(last_day, 2)),
            )
    same_day = [e for e in unsolicited if f.local_date(e.at) == g.day and set(e.to) & set(g.p.to)]
    if same_day:
        g.add(
            "W-FREQ",
            "A-05",
            "You already wrote to this person today.",
            clears=f.day_start(g.day + dt.timedelta(days=1)),
        )
