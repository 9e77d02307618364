"""Builders of status follow-ups: F1 (C-15), F2 and F3 (C-18, C-19), the request for a call (C-25, H-15)
and the call and voicemail scripts (C-22)."""

from __future__ import annotations

from followup.core.compose.wording import Bank, common, follow_up
from followup.core.compose.writer import (
    Message,
    Part,
    Writer,
    day_text,
    join,
    moment_text,
    recipient_zone,
)


def _status_ending(w: Writer, question: Bank | None) -> list[Part]:
    """C-15/C-19: a question, an offer of more, then either a check-in line or the final note."""
    parts = [Part(w.say("question", question))] if question else []
    parts.append(Part(w.say("offer", common.OFFER_MORE), 3))
    if w.ctx.last_permitted_touch or w.ctx.action == "F3":
        parts.append(Part(w.say("final", common.FINAL_NOTE)))
    elif w.ctx.action in ("F1", "F2"):
        parts.append(Part(w.say("check-in", common.CHECK_IN_AGAIN), 4))
    parts.append(Part(w.say("close", follow_up.FOLLOW_UP_CLOSE)))
    return parts


def first_follow_up(w: Writer) -> Message:
    first = [Part(w.say("reintro", follow_up.F1_REINTRO))]
    if not w.date():
        w.need("the interview date (C-15 names it)")
    fit = w.fit_parts(follow_up.F1_FIT, follow_up.F1_EMPHASIS)
    second = [Part(w.say("interest", follow_up.F1_INTEREST)), *fit]
    # "Revised" only when they had named a date (nothing is claimed that did not happen).
    dated = w.ctx.decision_date is not None
    question = follow_up.TIMELINE_QUESTION_AFTER_DATE if dated else follow_up.TIMELINE_QUESTION
    return Message([first, second, _status_ending(w, question)])


def later_follow_up(w: Writer) -> Message:
    """F2 and F3 (C-18): a short reminder, new material, interest; F3 is always the final note."""
    reintro = follow_up.F3_REINTRO if w.ctx.action == "F3" else follow_up.F2_REINTRO
    first = [Part(w.say("reintro", reintro))]
    hooks = w.fresh_hooks()
    if hooks:
        first.append(Part(w.hook_sentence(hooks[0])))
    else:
        w.need(
            f"new material for {w.ctx.action} (C-18), not used before: an article, a new connection, "
            "an accomplishment or progress on a skill (`followup log accomplishment ...`, or a hook)"
        )
    second = [Part(w.say("interest", follow_up.LATER_INTEREST))]
    emph = w.emphasized()
    if emph:
        second.append(Part(w.say("emphasis", follow_up.F1_EMPHASIS, emph=emph), 2))
    final = w.ctx.last_permitted_touch or w.ctx.action == "F3"
    question = None if final else follow_up.LATER_TIMELINE
    return Message([first, second, _status_ending(w, question)])


def call_request(w: Writer) -> Message:
    ctx = w.ctx
    first = [Part(w.say("intro", follow_up.SCHED_INTRO))]
    zone = recipient_zone(ctx)
    slots = [moment_text(s, zone, w.country()) for s in ctx.slots]
    if len(slots) != 3:
        w.need(f"three proposed call slots (H-15, C-25); {len(slots)} given")
    if slots:
        bank = (
            follow_up.SCHED_ASK
            if len(slots) == 3
            else tuple(v for v in follow_up.SCHED_ASK if "three" not in v)
        )
        ask = w.say("ask", bank, slots=join(slots, sep="; ", last="; "))
    else:
        ask = w.say("ask", follow_up.SCHED_ASK_NO_SLOTS)
    second = [Part(w.say("purpose", follow_up.SCHED_PURPOSE)), Part(ask)]
    last = [Part(w.say("final", common.FINAL_NOTE))] if ctx.last_permitted_touch else []
    last.append(Part(w.say("close", follow_up.SCHED_CLOSE)))
    return Message([first, second, last])


def call_script(w: Writer) -> Message:
    """C-22: the status call, or (VOICEMAIL) the message left when nobody answers."""
    ctx = w.ctx
    voicemail = ctx.action == "VOICEMAIL"
    formal = w.formal(w.person)
    phone = ctx.profile.phone.strip()
    if formal:
        opening = follow_up.VOICEMAIL_OPEN if voicemail else follow_up.CALL_OPEN
    else:
        opening = follow_up.VOICEMAIL_OPEN_NAMELESS if voicemail else follow_up.CALL_OPEN_NAMELESS
    first = [Part(w.say("open", opening, formal=formal))]
    second = [Part(w.say("who", follow_up.CALL_WHO))]
    if ctx.decision_date:
        decision = day_text(ctx.decision_date, w.country(), ctx.today)
        second.append(Part(w.say("mentioned", follow_up.CALL_MENTIONED, decision=decision), 2))
    if voicemail:
        second.append(Part(w.say("ask", follow_up.VOICEMAIL_ASK)))
    else:
        second += [Part(w.say("ask", follow_up.CALL_ASK)), Part(w.say("offer", follow_up.CALL_OFFER))]
    third = []
    if phone:
        third.append(
            Part(
                w.say("phone", follow_up.VOICEMAIL_PHONE if voicemail else follow_up.CALL_PHONE, phone=phone)
            )
        )
    else:
        w.need("your phone number, to leave as a call-back number (C-22): `followup init --phone ...`")
    if ctx.last_permitted_touch:
        third.append(Part(w.say("final", follow_up.CALL_FINAL), 3))
    third.append(Part(w.say("end", follow_up.VOICEMAIL_END if voicemail else follow_up.CALL_END)))
    return Message([first, second, third], channel="phone", greeting=False, closing="-", signed=False)
