"""Builders of answers and of messages outside the status chase: RSP (E-01, E-02, E-06 to E-09, E-11,
H-16), RJ (C-26), FB (C-27), EXC-OFFER (C-23, H-18) and EXC-NEWS (C-24, H-18)."""

from __future__ import annotations

from followup.core.compose.wording import common, follow_up, replies
from followup.core.compose.writer import (
    Message,
    Part,
    Writer,
    capital,
    day_text,
    is_clause,
    moment_text,
    parse_hook,
    recipient_zone,
)
from followup.core.drafts import DraftContext
from followup.core.model import Channel, Event, EventType, InboundKind


def answer(w: Writer) -> Message:
    """An answer to the employer (E-01, E-02, E-06 to E-09, E-11), in the medium they used (H-16)."""
    inbound = _latest_inbound(w.ctx)
    key = f"RSP:{inbound.id}" if inbound else ""
    if inbound is None:
        w.need("the employer's message this answers (`followup log reply ...`)")
    kind = "feedback" if inbound and inbound.type is EventType.FEEDBACK else (inbound.kind if inbound else "")
    if kind == InboundKind.REJECTION:
        message = after_rejection(w)
        message.step_key = key
        return message
    if inbound is not None and inbound.channel in (Channel.PHONE, Channel.VOICEMAIL):
        return _answer_by_phone(w, kind, key)
    first = [Part(w.say("open", replies.RSP_OPEN.get(kind, replies.RSP_OPEN[""])))]
    slot = inbound.slot if inbound else None
    if kind in (InboundKind.INVITATION, InboundKind.SCHEDULE_REPLY):
        if slot is not None:
            first.append(
                Part(
                    w.say(
                        "slot", replies.RSP_SLOT, slot=moment_text(slot, recipient_zone(w.ctx), w.country())
                    )
                )
            )
        elif kind == InboundKind.INVITATION:
            first.append(Part(w.say("slot", replies.RSP_NO_SLOT)))
    if kind == InboundKind.OFFER:
        first.append(Part(w.say("next", replies.RSP_OFFER_NEXT)))
    if kind == InboundKind.INFO_REQUEST:
        w.need("the documents or details the employer asked for: add them to this message before sending")
        first.append(Part(w.say("offer", common.OFFER_MORE)))
    second = [] if kind == "feedback" else [Part(w.say("interest", replies.RSP_INTEREST), 2)]
    closes = replies.RSP_CLOSE.get(kind, replies.RSP_CLOSE[""])
    second.append(Part(w.say("close", closes)))
    return Message([first, second], step_key=key)


def _answer_by_phone(w: Writer, kind: str, key: str) -> Message:
    formal = w.formal(w.person)
    opening = replies.RSP_CALL_OPEN if formal else replies.RSP_CALL_OPEN_NAMELESS
    lines = [Part(w.say("open", opening, formal=formal))]
    lines.append(Part(w.say("line", replies.RSP_CALL_LINE.get(kind, replies.RSP_CALL_LINE[""]))))
    phone = w.ctx.profile.phone.strip()
    if phone:
        lines.append(Part(w.say("phone", follow_up.CALL_PHONE, phone=phone), 2))
    else:
        w.need("your phone number (C-22): `followup init --phone ...`")
    lines.append(Part(w.say("end", follow_up.CALL_END)))
    return Message([lines], channel="phone", greeting=False, closing="-", signed=False, step_key=key)


def after_rejection(w: Writer) -> Message:
    first = [Part(w.say("thanks", replies.RJ_THANKS))]
    point = w.talking_point(required=False)
    positive = w.say("positive", replies.RJ_POSITIVE, tp=point) if point else None
    first.append(Part(positive or w.say("positive", replies.RJ_POSITIVE_PLAIN), 2))
    second = [Part(w.say("future", replies.RJ_FUTURE)), Part(w.say("close", replies.RJ_CLOSE))]
    return Message([first, second])


def feedback_request(w: Writer) -> Message:
    point = w.talking_point(required=False)
    enjoyed = w.say("enjoyed", replies.FB_ENJOYED, tp=point) if point and not is_clause(point) else None
    first = [
        Part(w.say("thanks", replies.FB_THANKS)),
        Part(enjoyed or w.say("enjoyed", replies.FB_ENJOYED_PLAIN)),
    ]
    second = [Part(w.say("ask", replies.FB_ASK)), Part(w.say("ease", replies.FB_EASE), 2)]
    return Message([first, second])


def competing_offer(w: Writer) -> Message:
    ctx = w.ctx
    first = [Part(w.say("reintro", replies.EXC_REINTRO))]
    if ctx.offer_deadline:
        deadline = day_text(ctx.offer_deadline, w.country(), ctx.today)
        offer = w.say("offer", replies.EXC_OFFER, deadline=deadline)
    else:
        offer = w.say("offer", replies.EXC_OFFER_NO_DATE)
        w.need(
            "the date the other offer must be answered by (C-23): `followup log competing-offer --deadline`"
        )
    second = [Part(offer), Part(w.say("hear-first", replies.EXC_HEAR_FIRST))]
    third = [Part(w.say("interest", replies.EXC_INTEREST)), Part(w.say("close", replies.EXC_CLOSE))]
    return Message([first, second, third], cc=_cc_main(w))


def news_message(w: Writer) -> Message:
    ctx = w.ctx
    first = [Part(w.say("reintro", replies.NEWS_REINTRO))]
    news = parse_hook(ctx.news) if ctx.news.strip() else None
    second: list[Part] = []
    if news and news.content and w.usable(news.content, "the news"):
        second.append(Part(w.say("news", replies.NEWS_LINE, news=capital(news.rendered))))
        if not news.status:
            w.need("the status of the news (C-24): accepted, granted, published or awarded")
    else:
        second.append(Part(w.say("news", replies.NEWS_LINE_UNKNOWN)))
        w.need("the news itself and its status (C-24): `followup log accomplishment ... --status accepted`")
    emph = w.emphasized()
    tie = w.say("tie", replies.NEWS_TIE, emph=emph) if emph else w.say("tie", replies.NEWS_TIE_PLAIN)
    second.append(Part(tie))
    return Message([first, second, [Part(w.say("close", replies.NEWS_CLOSE))]], cc=_cc_main(w))


def _cc_main(w: Writer) -> tuple[str, ...]:
    """H-18: exception news goes to the hiring manager with the main contact copied."""
    main = w.ctx.application.main_contact
    return (main,) if main and (w.person is None or main != w.person.id) else ()


def _latest_inbound(ctx: DraftContext) -> Event | None:
    answerable = [
        e
        for e in ctx.application.events
        if (e.type is EventType.INBOUND and e.kind != InboundKind.AUTO_REPLY) or e.type is EventType.FEEDBACK
    ]
    return max(answerable, key=lambda e: e.at) if answerable else None
