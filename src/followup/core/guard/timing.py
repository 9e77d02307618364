"""When contact is allowed: the waiting periods (A-01 with K1, T-03, T-05, T-06), a request not to be
contacted (A-02), the recipient's working hours (T-07), thank-you lateness (T-01) and skipping the
follow-up (A-09)."""

from __future__ import annotations

import datetime as dt

from followup.core.codes import Severity
from followup.core.guard.context import Inspection
from followup.core.plan.schedule import Step
from followup.core.plan.status import followup_window

WORK_HOURS = (dt.time(8, 0), dt.time(18, 0))  # T-07 [D]


def too_early(g: Inspection) -> None:
    """A-01 (BLOCK while the stated period runs, K1), T-03 (WARN before bd(I,5)), T-05 (WARN between)."""
    f = g.f
    decided = f.decision_date(g.at)
    if decided is not None:
        if g.day < f.bd(decided, 1):  # K1
            g.add(
                "W-EARLY",
                "A-01",
                f"They said {decided:%a %d %b}: wait until {f.bd(decided, 1):%a %d %b}.",
                clears=f.day_start(f.bd(decided, 1)),
            )
            g.add(
                "N-PATIENCE",
                "T-06",
                "Silence during the stated period is normal; early interviewees wait longest.",
            )
        return
    previous = f.followup_touches[-1] if f.followup_touches else None
    if previous is None:
        w = followup_window(f, 1, None)
        if g.day < w.due:
            g.add(
                "W-EARLY",
                "T-03",
                f"No date was given: wait until {w.due:%a %d %b} (5 business days).",
                Severity.WARN,
                clears=f.day_start(w.due),
            )
            g.add(
                "N-PATIENCE",
                "T-06",
                "A week of silence is normal; employers often finish all interviews first.",
            )
    else:
        w = followup_window(f, len(f.followup_touches) + 1, previous)
        if g.day < w.due and (w.allowed is None or g.day < w.allowed):
            g.add(
                "W-EARLY",
                "T-05",
                f"Too soon after your last follow-up: wait until {w.due:%a %d %b}.",
                Severity.WARN,
                clears=f.day_start(min(w.due, w.allowed) if w.allowed is not None else w.due),
            )
            g.add("N-PATIENCE", "T-06", "Give them time between check-ins.")


def no_contact(
    g: Inspection, message: str = "They asked not to be contacted yet.", severity: Severity | None = None
) -> None:
    """A-02: BLOCK while a request not to be contacted runs (a WARN with confirmation for EXC-OFFER)."""
    f = g.f
    if f.no_contact_on(g.day):
        assert f.no_contact is not None
        g.add(
            "W-NOCONTACT",
            "A-02",
            message,
            severity,
            clears=f.day_start(f.no_contact[1] + dt.timedelta(days=1)),
        )


def working_hours(g: Inspection) -> None:
    """T-07: status messages on a recipient business day, 08:00–18:00 their time; never a block."""
    local = g.at.astimezone(g.recipient_zone())
    if not g.f.calendar.is_business_day(local.date()) or not WORK_HOURS[0] <= local.time() < WORK_HOURS[1]:
        nxt = g.f.calendar.next_business_day(
            local.date() if local.time() < dt.time(9) else local.date() + dt.timedelta(days=1)
        )
        g.add(
            "N-NONBIZ",
            "T-07",
            f"Outside their working hours: schedule it for {nxt:%a %d %b} 09:00 their time.",
        )


def thank_you_lateness(g: Inspection, step: Step | None) -> None:
    """T-01: the step's own lateness codes, read at the moment."""
    if step is None:
        return
    codes = step.at(g.at).codes
    for code in ("W-TY-LATE", "W-TY-OVERDUE"):
        if code in codes:
            g.add(
                code,
                "T-01",
                "Past the same-day target."
                if code == "W-TY-LATE"
                else "More than 24 hours since the interview: send it now anyway.",
            )


def skip(g: Inspection) -> None:
    """A-09: skipping the follow-up with no outcome known."""
    if g.f.outcome is None:
        g.add(
            "W-SKIP-FOLLOWUP",
            "A-09",
            "Waiting in silence is the wrong tactic: a measured follow-up is expected.",
        )
