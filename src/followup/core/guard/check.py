"""``check``: a proposal read against the plan of the round in effect at that moment, then each concern of
the guard in a fixed order (the order fixes which rule names a code when two raise it). Rules: A-01–A-12,
T-01, T-07, H-01–H-18, E-03, E-04, E-05, E-09, C-05, C-17, C-19 and C-28 where the text and attachments
show them, §1.12 K1–K3, K5, K6, K9, K16."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping

from followup.core.codes import Severity, State, finding
from followup.core.guard import attachments, calls, caps, people, timing
from followup.core.guard.context import Inspection, is_status_touch
from followup.core.guard.proposal import STATUS_ACTIONS, UNSOLICITED, Proposal, Verdict
from followup.core.model import InboundKind, Records
from followup.core.phrases import asks_status, promises_more, word_count
from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.events import written
from followup.core.plan.facts import THANK_YOU_ROUND, Facts
from followup.core.plan.planner import Shared, as_of, inputs_for, round_plan
from followup.core.plan.schedule import Schedule, Step


def check(
    records: Records,
    application_id: str,
    proposal: Proposal,
    calendars: Mapping[str, BusinessCalendar],
    now: dt.datetime,
    shared: Shared | None = None,
) -> Verdict:
    """Which codes ``proposal`` raises for application ``application_id`` (records as known at the time),
    and from when waiting is all it takes (``Verdict.ready_at``).

    ``shared``: what the other applications' plans give this one (E-04, L-01, L-04), from their stored
    summaries, so that ``records`` need hold this application alone; only valid when nothing anywhere
    was recorded after the proposal's moment (else the others must be read as they stood then)."""
    at = proposal.at or now
    known = as_of(records, at)
    verdict = _check_at(known, application_id, proposal, calendars, at, shared)
    ready = _ready_at(known, application_id, verdict, calendars, shared)
    return dataclasses.replace(verdict, ready_at=ready)


READY_STEPS = 4  # no-contact, then the waiting period, then a call window: each wait may reveal the next


def _ready_at(
    known: Records,
    application_id: str,
    verdict: Verdict,
    calendars: Mapping[str, BusinessCalendar],
    shared: Shared | None = None,
) -> dt.datetime | None:
    """The moment the same move raises no WARN or BLOCK, with the records as known when it was proposed:
    one wait can end where another begins (a waiting period ends at midnight, outside calling hours), so
    the move is judged again at each moment until nothing serious is left, or no date would help."""
    moment = verdict.ready_at
    for _ in range(READY_STEPS):
        if moment is None:
            return None
        later = _check_at(
            known, application_id, dataclasses.replace(verdict.proposal, at=moment), calendars, moment, shared
        )
        if all(f.severity is Severity.NOTE for f in later.findings):
            return moment
        moment = later.ready_at
    return None


def _check_at(
    known: Records,
    application_id: str,
    proposal: Proposal,
    calendars: Mapping[str, BusinessCalendar],
    at: dt.datetime,
    shared: Shared | None = None,
) -> Verdict:
    app = known.application(application_id)
    rounds = sorted((i for i in app.interviews if not i.cancelled), key=lambda i: i.start) if app else []
    if app is None or not rounds:
        return Verdict(
            proposal,
            at,
            "",
            "N/A",
            (finding("N-NO-INTERVIEW", "I-01", "No interview recorded yet."),),
            proposal.action,
            proposal.channel,
        )
    calendar = calendars.get(app.id, BusinessCalendar())
    inputs = inputs_for(known, app, calendar, shared)
    # The round in effect at that moment: the latest that has started (a new round restarts, E-01).
    index = max((n for n, i in enumerate(rounds) if i.start <= at), default=0)
    until = rounds[index + 1].start if index + 1 < len(rounds) else None
    facts = Facts(app, inputs, rounds[index], until=until)
    steps, _notices = round_plan(facts, first=index == 0)
    plan = Schedule(app.id, app.company.name, app.position, facts.zone.key, (), tuple(steps))
    return _verdict(Inspection(facts, plan, proposal, at))


def _verdict(g: Inspection) -> Verdict:
    step = g.matching_step()
    state = step.at(g.at).state.value if step else "N/A"
    a = g.action
    if a in STATUS_ACTIONS or is_status_touch(a):
        _status_contact(g)
    if a in THANK_YOU_ROUND:
        timing.thank_you_lateness(g, step)
        people.thank_you_medium(g)
    handlers: dict[str, Callable[[Inspection], None]] = {
        "PAPER": people.paper,
        "LI": _linkedin,
        "FL": _formal_letter,
        "SCHED": calls.sched,
        "CALL": calls.call,
        "RSP": _response,
        "FB": _feedback,
        "RJ": people.rejection_thanks,
        "EXC-OFFER": _exception_offer,
        "EXC-NEWS": _exception_news,
        "VISIT": people.visit,
        "DELIVER": people.delivery,
        "PAUSE-SEARCH": _pause_search,
        "SKIP-F1": timing.skip,
    }
    if a in handlers:
        handlers[a](g)
    if a in UNSOLICITED:
        caps.frequency(g, step)
    people.group_message(g)
    people.handwritten(g)
    attachments.resume_on_f1(g)
    _text(g, step)
    return Verdict(
        g.p, g.at, step.key if step else "", state, tuple(g.found), g.action, g.channel, g.ready_at()
    )


def _response(g: Inspection) -> None:
    """H-16 in the employer's medium, E-01 promptly; a call-back inside K5's hours (H-14)."""
    people.response(g)
    calls.call_back(g)


def _status_contact(g: Inspection) -> None:
    """A-12, A-02, A-01 (K1), A-03, A-04, E-10 (K2), H-11/H-13, T-07."""
    f = g.f
    if f.outcome is not None:
        g.add("W-CLOSED", "A-12", "The outcome is known: status outreach has stopped.")
        return
    if f.no_contact_on(g.day):
        assert f.no_contact is not None
        timing.no_contact(g, f"They asked not to be contacted until {f.no_contact[1]:%a %d %b}.")
    if not calls.agreed_call(g):
        timing.too_early(g)
    caps.caps(g)
    people.status_recipients(g)
    if g.action in ("F1", "F2", "F3", "SCHED"):
        timing.working_hours(g)


def _linkedin(g: Inspection) -> None:
    timing.no_contact(g)
    people.linkedin(g)


def _formal_letter(g: Inspection) -> None:
    f = g.f
    if f.outcome is not None:
        g.add("W-CLOSED", "A-12", "The outcome is known: the letter round is over.")
    timing.no_contact(g)
    if not f.sent("FL"):
        caps.caps(g)
    people.missing_addresses(g, "letter" if g.channel == "letter" else "email")


def _feedback(g: Inspection) -> None:
    """H-17 in writing only; E-03 one written request, no reminder (asking on the phone was not one)."""
    people.feedback_channel(g)
    rejection = g.f.outcome_of(InboundKind.REJECTION)
    since = rejection.at if rejection is not None else g.f.interview.start
    if any(e.at >= since for e in written(g.f.sent("FB"))):
        g.add("W-CLOSED", "E-03", "You already asked for feedback: no reminder.")


def _exception_offer(g: Inspection) -> None:
    timing.no_contact(g, "They asked for no contact: only with your explicit confirmation.", Severity.WARN)
    people.exception_recipients(g)


def _exception_news(g: Inspection) -> None:
    """E-05 with K3 and K16: news the plan offers as an exception (accepted, granted, published or awarded,
    relevant, before bd(D,1)) goes in writing to the hiring manager (H-18) and once per event (a second one
    is only W-FREQ); any other news is no exception, and a message about it is a status contact."""
    steps = [s for s in g.plan.steps if s.action == "EXC-NEWS"]
    open_ = [s for s in steps if s.at(g.at).state in (State.ALLOWED, State.BLOCKED)]
    shared = [s for s in steps if s.at(g.at).state is State.DONE]
    if not open_ and not shared:
        g.add(
            "N-NOT-AN-EXCEPTION",
            "E-05",
            "Only news that is accepted, granted, published or awarded, relevant to the role and "
            "arriving before their date justifies early contact; otherwise it is a status follow-up "
            "(keep it as material for your next one, C-18).",
        )
        people.exception_recipients(g)  # by phone to someone outside HR: W-HRONLY, BLOCK (H-12, H-18)
        _status_contact(g)  # K16: W-EARLY (BLOCK inside the stated period), W-HRONLY (WARN) by email
        timing.working_hours(g)
        return
    timing.no_contact(g)
    if not open_:
        g.add("W-FREQ", "E-05", "You already shared this news (one message per event).")
    people.exception_recipients(g)
    timing.working_hours(g)  # T-07 names EXC-NEWS too


def _pause_search(g: Inspection) -> None:
    """L-04: keep searching until an offer is accepted."""
    accepted = g.f.inputs.offer_accepted_at
    if accepted is None or accepted > g.at:
        g.add("W-KEEP-SEARCHING", "L-04", "Keep applying until you have accepted an offer.")


def _text(g: Inspection, step: Step | None) -> None:
    """C-05 (status question in a thank-you), C-19 (final note), A-06 (voicemail), C-28 (insiders)."""
    body = g.p.body
    if not body:
        return
    f = g.f
    if g.action in THANK_YOU_ROUND and f.decision_date(g.at) is not None and asks_status(body):
        g.add(
            "W-EARLY",
            "C-05",
            "You already know when they decide: leave the status question out.",
            Severity.WARN,
        )
    if step is not None and any("C-19" in n or "final note" in n for n in step.notes) and promises_more(body):
        g.add(
            "W-LAST-TOUCH", "C-19", "This is your last permitted message: do not promise another follow-up."
        )
    if g.action == "CALL":
        calls.voicemail_length(g, word_count(body))
    people.naming_insiders(g)
