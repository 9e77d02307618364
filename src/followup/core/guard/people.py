"""Channels and people: who may be asked about status (H-11, H-13), the thank-you's medium and routing
(H-01, H-02, H-03, H-06), addresses never guessed (I-03), LinkedIn (H-08), answers in the employer's
medium (H-16), feedback in writing (H-17), exception news to the hiring manager (H-18), visits and
drop-offs (A-08, H-07) and naming an insider (C-28)."""

from __future__ import annotations

import re

from followup.core.codes import Severity
from followup.core.guard.context import Inspection
from followup.core.model import Channel, Format, InboundKind
from followup.core.plan.events import NEEDS_ANSWER


def status_recipients(g: Inspection) -> None:
    """H-11/H-13: a status email to someone outside HR, when HR exists, is a WARN."""
    f = g.f
    if g.action == "CALL" or not f.app.company.has_hr:
        return
    for person in g.recipients():
        if (
            not f.is_hr_side(person)
            and person.id != f.app.designated_contact
            and (f.settings.status_recipient != "hiring_manager" or person.role.value != "hiring_manager")
        ):
            g.add(
                "W-HRONLY",
                "H-11",
                f"{person.name} is not HR: status questions go to HR; "
                "if you must write, share something useful instead (H-13, C-21).",
                Severity.WARN,
            )


def thank_you_medium(g: Inspection) -> None:
    """H-01: email, not post; H-04/I-03: no guessed address."""
    if g.channel == "letter":
        g.add("W-SLOW-CHANNEL", "H-01", "A posted thank-you may arrive after they decide: email it.")
    if g.channel == "email":
        missing_addresses(g, "email")


def missing_addresses(g: Inspection, kind: str) -> None:
    for person in g.recipients():
        if (kind == "email" and not person.email) or (kind == "letter" and not person.postal_address):
            what = "email address" if kind == "email" else "postal address"
            g.add("W-MISSING-CONTACT", "I-03", f"No {what} for {person.name}; never guess one.")


def paper(g: Inspection) -> None:
    """H-06: a posted copy only follows the emailed note."""
    emailed = [e for e in g.f.sent("TY") if set(g.p.to) & set(e.to)]
    if not emailed:
        g.add("W-PAPER-ONLY", "H-06", "A posted copy only follows the emailed note; email first.")
    missing_addresses(g, "letter")


def linkedin(g: Inspection) -> None:
    """H-08: one request per person, with a note."""
    if any(set(g.p.to) & set(e.to) for e in g.f.sent_ever("LI")):
        g.add("W-DUP-LI", "H-08", "You already sent this person a request: never a second one.")
    if not g.p.with_note:
        g.add("W-LI-NONOTE", "H-08", "Add a short personal note to the request.")


def group_message(g: Inspection) -> None:
    """H-03/H-09: one message to several interviewers."""
    on_panel = len([p for p in g.recipients() if p.on_panel]) + len(
        [c for c in g.p.cc if (c_p := g.f.person(c)) and c_p.on_panel]
    )
    if g.action in ("TY", "FL") and on_panel > 1:
        g.add("W-GROUP-MESSAGE", "H-03", "One message to several interviewers: write to each separately.")


def handwritten(g: Inspection) -> None:
    """H-02: allowed without a warning only when switched on and handed over at once (H-07 governs that)."""
    written = g.action in ("TY", "TA", "TY-FWD", "FL", "PAPER", "DELIVER")
    hand_delivered = g.channel == "in_person"
    if g.p.handwritten and written and not (g.f.settings.allow_handwritten and hand_delivered):
        g.add("W-HANDWRITTEN", "H-02", "Handwritten notes read as outdated or risky: type it.")


def response(g: Inspection) -> None:
    """H-16 same medium; E-01 promptness (W-PROMPT)."""
    f = g.f
    open_inbound = [e for e in f.inbound if e.kind in NEEDS_ANSWER]
    step = g.matching_step()
    if step is None or not open_inbound:
        return
    inbound = next((e for e in open_inbound if step.key == f"RSP:{e.id}"), open_inbound[-1])
    wanted = f.reply_channel(inbound)
    if g.channel != wanted and not (inbound.channel == Channel.LETTER and g.channel == "phone"):
        g.add("W-SAME-CHANNEL", "H-16", f"They used {inbound.channel or 'email'}: answer by {wanted}.")
    if "W-PROMPT" in step.at(g.at).codes:
        g.add("W-PROMPT", "E-01", "Past the answer-by time: answer right away.")


def feedback_channel(g: Inspection) -> None:
    """H-17: feedback in writing, never by phone."""
    if g.channel == "phone":
        severity = Severity.WARN if g.p.after_the_fact else Severity.BLOCK
        g.add("W-PHONE-FEEDBACK", "H-17", "Ask for feedback in writing, never by phone.", severity)


def rejection_thanks(g: Inspection) -> None:
    """E-03: the thanks after a rejection is written."""
    if g.channel not in ("email", "letter"):
        g.add("W-SAME-CHANNEL", "E-03", "Thank them in writing: email or letter.")


def exception_recipients(g: Inspection) -> None:
    """H-18: in writing to the hiring manager, CC the main contact; by phone to non-HR is a BLOCK."""
    f = g.f
    outside_hr = any(not f.is_hr_side(p) for p in g.recipients())
    if g.channel == "phone" and f.app.company.has_hr and outside_hr:
        g.add("W-HRONLY", "H-18", "Write this news; do not phone someone outside HR.", Severity.BLOCK)


def visit(g: Inspection) -> None:
    """A-08: never uninvited."""
    invited = any(e.kind == InboundKind.INVITATION for e in g.f.inbound)
    if not invited:
        g.add("W-VISIT", "A-08", "Never turn up uninvited.")


def delivery(g: Inspection) -> None:
    """H-07: dropping a printed note at HR on the interview day, only when switched on."""
    f = g.f
    allowed = f.settings.allow_hr_dropoff and f.interview.format is Format.IN_PERSON and g.day == f.day
    if not allowed:
        g.add("W-INPERSON-DELIVERY", "H-07", "Delivering notes in person is off by default: email instead.")
    if any(not f.is_hr_side(p) for p in g.recipients()):
        g.add("W-VISIT", "A-08", "Only at HR or reception, never at an interviewer's office.")


def naming_insiders(g: Inspection) -> None:
    """C-28: ask before naming someone at the company who was not on the panel."""
    body = g.p.body
    recipients = set(g.p.to) | set(g.p.cc)
    for person in g.f.app.people:
        if person.on_panel or person.id in recipients or person.permission_to_name:
            continue
        if (
            person.first
            and person.last
            and re.search(rf"\b{re.escape(person.first)}\s+{re.escape(person.last)}\b", body)
        ):
            g.add("W-PERMISSION", "C-28", f"Ask {person.name} before naming them in a message.")
