"""The composer: one draft for each message action of the plan, from its ``DraftContext`` (PLAYBOOK §2 C).

``compose(ctx)`` is pure and deterministic. Each action has a small builder that lays out paragraphs of
sentences taken from the phrase banks in ``followup.core.compose.wording``; the facts in them come only
from the records (talking points, the debrief, hooks, slots, dates, the profile). A fact that is needed
and not recorded is never invented: the sentence that would carry it is left out and ``Draft.missing``
says what to add and how.

A note of the thank-you round is built from its reader's own material (``material``): all their talking
points, the piece of the debrief no other note of the round carries (the fit statement, what they
stressed, what the candidate learnt, a moment that went well), and an interest sentence shaped by their
part in the interview with their title. A reader with little material gets a shorter note, and
``Draft.missing`` names the command that adds more. C-03's item and C-05's question go once per round,
on the note to the main contact (``DraftContext.round_contact``, K13). Each debrief answer is framed by
its shape (``shapes``), so that no frame contradicts what fills it.

Variation (C-04, C-16): for every element the variant is ``(h + position) mod len(bank)``, where ``h`` is
a SHA-256 hash of the application, the action and the element's name (never Python's seeded ``hash``)
and ``position`` is the recipient's place among the application's people, so that notes to one panel
never share a variant (up to the size of the bank). A variant whose sentence an earlier message to the
company already carried word for word is passed over for the next one, and a fit statement that was
already sent is restated in our own words, so that follow-ups do not recycle earlier wording. Some
things do not vary: one subject line for every note of a round (C-07) and one sign-off per candidate
(C-10), as a person writes them.

Lengths are kept by dropping optional sentences, least important first: thank-you round 150 words
(C-06, C-12), follow-ups 200 (C-15), the formal letter 400 (C-14), a call script 90 and a voicemail 75
(C-22); a LinkedIn note takes the first variant that fits ``settings.linkedin_note_limit`` (C-13).

    composer   compose(): the builder for the action, then lengths, greeting, subject, signature
    context    context_for(): the message's situation from the records and the plan
    material   spread(): each reader's talking points and their share of the debrief
    shapes     the shape of a debrief answer, the frames that fit it, preview()
    writer     the Writer (variant choice, missing facts, C-28 filter) and shared text helpers
    thanks     TY, TA, TY-FWD, LI, FL
    status     F1, F2, F3, SCHED, CALL, VOICEMAIL
    replies    RSP, RJ, FB, EXC-OFFER, EXC-NEWS
"""

from __future__ import annotations

import re
from collections.abc import Callable

from followup.core.compose import replies, status, thanks
from followup.core.compose.wording import common
from followup.core.compose.writer import THANK_YOU_ROUND, Message, Part, Writer, greeting_for, tidy
from followup.core.drafts import MESSAGE_ACTIONS, Draft, DraftContext
from followup.core.errors import InvalidInput
from followup.core.model import Channel, EventType, InboundKind
from followup.core.phrases import word_count

_LIMITS = {
    "TY": 150, "TA": 150, "TY-FWD": 150, "FL": 400, "F1": 200, "F2": 200, "F3": 200, "SCHED": 200,
    "CALL": 90, "VOICEMAIL": 75, "RSP": 150, "RJ": 150, "FB": 150, "EXC-OFFER": 200, "EXC-NEWS": 200,
}  # fmt: skip
_PER_PERSON_STEPS = frozenset({"TY", "TA", "LI", "FL"})


def compose(ctx: DraftContext) -> Draft:
    """The draft for ``ctx.action``; the same context always gives the same draft."""
    if ctx.action not in MESSAGE_ACTIONS:
        raise InvalidInput("action", "one of " + ", ".join(MESSAGE_ACTIONS), ctx.action)
    return _compose(ctx)


_BUILDERS: dict[str, Callable[[Writer], Message]] = {
    "TY": thanks.thank_you,
    "TA": thanks.arranger_note,
    "TY-FWD": thanks.forwarded_thanks,
    "LI": thanks.linkedin_note,
    "FL": thanks.formal_letter,
    "F1": status.first_follow_up,
    "F2": status.later_follow_up,
    "F3": status.later_follow_up,
    "SCHED": status.call_request,
    "CALL": status.call_script,
    "VOICEMAIL": status.call_script,
    "RSP": replies.answer,
    "RJ": replies.after_rejection,
    "FB": replies.feedback_request,
    "EXC-OFFER": replies.competing_offer,
    "EXC-NEWS": replies.news_message,
}


# --- putting a draft together -------------------------------------------------------------------------------
def _compose(ctx: DraftContext) -> Draft:
    w = Writer(ctx)
    if ctx.recipient is None:
        w.need("whom this message is for")
    if not ctx.application.position.strip():
        w.need("the position's title: `followup interview add --position ...`")
    message = _BUILDERS[ctx.action](w)
    paragraphs = _fit(message.paragraphs, _LIMITS.get(ctx.action, 150))
    greeting = ""
    if message.greeting:
        greeting, problem = greeting_for(
            ctx.recipient, ctx, formal=ctx.action == "FL", ask_honorific=ctx.action != "LI"
        )
        if problem:
            w.need(problem)
    signature = _signature(w) if message.signed else ()
    # C-10: one sign-off per candidate, whatever the message or reader (a person signs one way).
    own_closing = w.pick_once("closing", common.CLOSINGS, f"candidate|{ctx.profile.name.strip()}")
    closing = {"": own_closing, "-": ""}.get(message.closing, message.closing)
    return Draft(
        action=ctx.action,
        step_key=ctx.step_key or message.step_key or _step_key(ctx),
        channel=message.channel,
        to=(ctx.recipient.id,) if ctx.recipient else (),
        cc=message.cc,
        subject=_subject(w) if message.channel == "email" else "",  # a letter has no subject line
        greeting=greeting,
        paragraphs=paragraphs,
        closing=closing,
        signature=signature,
        missing=tuple(w.missing),
    )


def _fit(paragraphs: list[list[Part]], limit: int) -> tuple[str, ...]:
    """Drop optional sentences, highest ``drop`` first (later ones on ties), until the body fits."""
    kept = [list(p) for p in paragraphs]

    def words() -> int:
        return sum(word_count(part.text) for p in kept for part in p)

    while words() > limit:
        optional = [(part.drop, i, j) for i, p in enumerate(kept) for j, part in enumerate(p) if part.drop]
        if not optional:
            break
        _, i, j = max(optional)
        del kept[i][j]
    return tuple(" ".join(part.text for part in p) for p in kept if p)


def _signature(w: Writer) -> tuple[str, ...]:
    """C-08: full name, phone, postal address and email, each only as recorded."""
    profile = w.ctx.profile
    lines = []
    for value, what, option in (
        (profile.name, "your full name", "--name"),
        (profile.phone, "your phone number", "--phone"),
        (profile.postal_address, "your postal address", "--address"),
        (profile.email, "your email address", "--email"),
    ):
        if value.strip():
            lines.append(value.strip())
        else:
            w.need(f"{what} for the signature (C-08): `followup init {option} ...`")
    return tuple(lines)


def _subject(w: Writer) -> str:
    """C-07: the candidate's full name and "interview", at most 78 characters; one per round. K14: an
    answer to an employer's email keeps its thread ("Re: ..." their subject) when that is recorded."""
    thread = _thread_subject(w.ctx)
    if thread:
        return thread
    name = w.ctx.profile.name.strip()
    role = w.ctx.application.position.strip()
    action = "ROUND" if w.ctx.action in THANK_YOU_ROUND else w.ctx.action
    bank = common.SUBJECTS.get(action, (common.DEFAULT_SUBJECT,))
    usable = [s for s in bank if role or "{role}" not in s] or [common.DEFAULT_SUBJECT]
    # One subject for every note of a thank-you round (the candidate's, whoever reads it).
    subject = w.pick_once("subject", usable, f"{w.ctx.application.id}|{action}").format(name=name, role=role)
    if len(subject) > 78:
        subject = common.DEFAULT_SUBJECT.format(name=name)
    if len(subject) > 78:
        subject = common.SHORT_SUBJECT.format(name=name)
    return tidy(subject)


_THREADED = frozenset({"RSP", "RJ", "FB"})


def _thread_subject(ctx: DraftContext) -> str:
    if ctx.action not in _THREADED:
        return ""
    kinds = {InboundKind.REJECTION.value} if ctx.action in ("RJ", "FB") else None
    answered = [
        e
        for e in ctx.application.events
        if e.type is EventType.INBOUND
        and e.channel in (None, Channel.EMAIL)
        and e.subject.strip()
        and (kinds is None or e.kind in kinds)
    ]
    if not answered:
        return ""
    subject = " ".join(max(answered, key=lambda e: e.at).subject.split())
    subject = subject if re.match(r"re\s*:", subject, re.IGNORECASE) else f"Re: {subject}"
    return subject if len(subject) <= 78 else ""


def _step_key(ctx: DraftContext) -> str:
    """The plan's key for this step when the context tells it (plan keys: TY:<id>, F1, EXC-OFFER:<event>)."""
    action, person = ctx.action, ctx.recipient
    if action in _PER_PERSON_STEPS:
        return f"{action}:{person.id}" if person else ""
    if action in ("F1", "F2", "F3", "TY-FWD", "RJ", "FB"):
        return action
    kind = {"EXC-OFFER": EventType.COMPETING_OFFER, "EXC-NEWS": EventType.ACCOMPLISHMENT}.get(action)
    events = [e for e in ctx.application.events if kind is not None and e.type is kind]
    return f"{action}:{events[-1].id}" if events else ""
