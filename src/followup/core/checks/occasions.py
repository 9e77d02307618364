"""Messages for an occasion rather than a step of the sequence: another offer (C-23), accepted news
(C-24), thanks after a rejection (C-26) and the request for feedback (C-27). One function per rule;
``RULES`` says where each applies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.base import (
    FUTURE,
    INTEREST,
    THANKS,
    Message,
    Need,
    TextRule,
    flag,
    hook_text,
    missing,
    names_date,
)
from followup.core.drafts import TextFinding

# C-23's ultimatum words [D]; "I must respond by Friday" states the candidate's own deadline, not a demand.
ULTIMATUM = re.compile(
    r"(?<!\bI )\bmust\b(?! (?:respond|reply|answer|decide|give|let|accept|make|tell|get back))|\bor else\b"
    r"|\bfinal answer\b",
    re.IGNORECASE,
)
# C-23's wish to hear from them first, in any words: hearing, learning or knowing where they stand
# before the candidate decides or before the other deadline ("before then", "before Tuesday").
HEAR_FIRST = re.compile(
    r"\bbefore\b[^.!?]*\b(?:decid|respond|accept|commit|answer|reply|make|giv)|\bhear[^.!?]*\b(?:first"
    r"|before)"
    r"|\b(?:hear|learn|know|news|word|update|answer|decision|stands?|outcome)\w*\b[^.!?]*\bbefore\b"
    # "I would much rather decide with your answer in hand"
    r"|\b(?:your|an|the) (?:answer|decision|news|word) in hand\b|\bdecide with your\b",
    re.IGNORECASE,
)
STRONG_INTEREST = re.compile(
    INTEREST.pattern + r"|first choice|top choice|\bprefer|most want|want most|would love|really want|"
    r"(?:much|most) rather|hope to join|heart is set|\bthe one I (?:want|would choose|am hoping for)"
    r"|\btop pick\b|\bfirst pick\b|\bnumber one\b|\bthe (?:job|role|one) I(?:['’]d| would) choose\b"
    r"|\bwhere I(?:['’]d| would) (?:rather|most like to|prefer to|like to) be\b"
    # "keeps Aurora first on my list", "still top of my list"
    r"|\b(?:first|top|head) (?:on|of) my (?:list|wish ?list|shortlist)\b",
    re.IGNORECASE,
)
NEWS_STATUS = re.compile(r"\b(?:accepted|granted|published|awarded)\b", re.IGNORECASE)
NEWS_WORDS = re.compile(r"\b(?:article|paper|patent|award|certif\w*|publication|grant|book|chapter)\b", re.I)
TIES = re.compile(
    r"relevan|help|useful|apply|bring|contribut|matter|directly|relate|support|strengthen|valuable|benefit"
    r"|\bfit\b|stronger|prepares?|equips?|ready|qualif"
    # a tie in any words: "sits at the heart of the role", "ties directly to", "what the role calls for"
    r"|heart of|(?:centre|center|core) of|calls? for|\bties?\b|\btied\b|exactly what|speaks? to"
    # or the news named as their own problem: "..., which is the problem your team described"
    r"|\bwhich is (?:the|exactly|just|precisely)\b"
    # "the method would carry straight into the role", "give the role a head start"
    r"|\bcarr(?:y|ies) (?:\w+ )?(?:into|over|across)\b|\bhead start\b|\btransfers?\b"
    r"|\bfeeds? (?:into|straight)"
    r"|\bthe (?:problem|question|challenge|gap) (?:your|the) team\b"
    r"|bear(?:s|ing)? on"
    r"|connects?|\blinked\b|in line with|\btry\b|put (?:it|them|that) to (?:use|work)"
    # the news traced back to their question: "it grew out of the question you raised about ..."
    r"|\bgr(?:ew|ows|own) (?:out of|from)\b|\bcame (?:out of|from)\b|\bstarted (?:as|from|with)\b"
    r"|\bprompted by\b|\binspired by\b|\bsame (?:question|problem|issue|challenge)s?\b",
    re.IGNORECASE,
)
# What was valued, when it is the meeting itself ("I did enjoy meeting you", not "glad to be considered").
_MEETING = re.compile(
    r"\b(?:meet\w*|met|conversations?|interview\w*|talk\w*|chat|discussion|visit|tour)\b", re.I
)
ROUGH = re.compile(r"\b(?:mistakes?|reconsider(?:ation)?)\b", re.IGNORECASE)
# (in other words too: "the conversation with Mr Price remains with me", "I valued our talk")
ENJOYED = re.compile(
    r"enjoy|pleasure|\bglad\b|great to (?:meet|talk|speak)|appreciated (?:the|our)"
    r"|\b(?:remains|stayed|stays) with me\b|\bvalued (?:the|our|meeting|talking)"
    # "a good conversation about mapping", "I learnt a good deal from the panel's questions"
    r"|\b(?:good|great|lovely|helpful|useful|interesting|stimulating|engaging|warm|generous|fine"
    r"|fascinating) (?:conversation|talk|chat|discussion|interview|meeting|afternoon|morning|hour)\b"
    r"|\blearn(?:t|ed) (?:a lot|a good deal|a great deal|much|plenty|so much)\b",
    re.I,
)
IMPROVE = re.compile(
    r"\bdo(?:ne)? better|improve|feedback|advice|pointers?|suggestions"
    # "where I fell short", "what would make me a stronger candidate", "a line or two on where ..."
    r"|\bfell short\b|\bstronger\b|\bnext (?:time|attempt)\b|\bwhat I could\b"
    r"|\b(?:a|one) (?:line|word|point|thought|note)s? or two\b|\b(?:thoughts|points) on (?:where|what|how)\b"
    r"|strengthen|do differently|work on"
    # "any observations on my application", "any remarks ... would help me in future applications"
    r"|\b(?:observations|remarks|comments|impressions|notes|thoughts) (?:on|about) my\b"
    r"|help me in (?:future|later|my next)",
    re.IGNORECASE,
)
WHY_NOT = re.compile(
    r"why (?:wasn['’]?t|was not|weren['’]?t|didn['’]?t|did not|haven['’]?t) I|why (?:was|were) I not"
    r"|why not me|why (?:did|didn['’]?t) you (?:choose|pick|hire|select)|what went wrong",
    re.IGNORECASE,
)


def c23_competing_offer(m: Message) -> Iterator[TextFinding]:
    """C-23: the offer, its deadline, strong interest and the wish to hear first; no ultimatum."""
    deadline = m.ctx.offer_deadline
    if not re.search(r"\boffer", m.body, re.IGNORECASE):
        yield missing(m, "C-23", "the other offer", "I have received another offer.")
    if deadline is not None and not names_date(m.body, deadline):
        yield missing(
            m,
            "C-23",
            f"its deadline ({deadline:%A %d %B})",
            f"I need to respond by {deadline:%A, %B} {deadline.day}.",
        )
    if not STRONG_INTEREST.search(m.body):
        yield missing(m, "C-23", "your strong interest", "Your firm remains my first choice.")
    if not HEAR_FIRST.search(m.body):
        yield missing(
            m, "C-23", "the wish to hear from them first", "I would value hearing from you before I decide."
        )
    for hit in ULTIMATUM.finditer(m.text, *m.body_span):
        yield flag(
            "W-TONE",
            "C-23",
            f"{hit.group()!r} reads as an ultimatum.",
            (hit.start(), hit.end()),
            "Ask, do not demand.",
            kind="ultimatum",
        )


def c24_accomplishment(m: Message) -> Iterator[TextFinding]:
    """C-24: the accomplishment, its status and a sentence tying it to the role."""
    news = hook_text(m.ctx.news) if m.ctx.news else ""
    if not (m.mentions(news) if news else NEWS_WORDS.search(m.body)):
        yield missing(m, "C-24", "the accomplishment itself", f"Name it: {news or '<what was accepted>'}.")
    if not NEWS_STATUS.search(m.body):
        yield missing(m, "C-24", "its status", "Say whether it was accepted, granted, published or awarded.")
    role = re.compile(
        rf"\b(?:role|position|job|team|{re.escape(m.position) or 'role'})\b"
        # or their work, named as the conversation named it: "the late pickups we discussed"
        r"|\b(?:we|you) (?:discussed|talked about|spoke about|mentioned|described|raised|asked|posed)\b"
        r"|\byour (?:team|work|clients|customers|users|department|patients|members)\b"
        + (rf"|\b{re.escape(company.split()[0])}\b" if (company := m.ctx.application.company.name) else ""),
        re.IGNORECASE,
    )
    if not any(TIES.search(s.text) for s in m.sentences_matching(role)):
        yield missing(
            m,
            "C-24",
            "why it matters for the role",
            f"One sentence on how it bears on the {m.position or 'role'}.",
        )


def c26_after_rejection(m: Message) -> Iterator[TextFinding]:
    """C-26: thanks for the time or the opportunity, the door left open; no reproach."""
    # "the care you took over it", "for the conversation in September" (their time, in other words)
    thanked_for = r"time|opportunit|consider|chance|help|care|effort|process|conversation|interview|meeting"
    thanked = list(m.sentences_matching(THANKS))
    # or thanks for the news, with the meeting valued in a sentence of its own ("Thank you for letting me
    # know. I did enjoy meeting you and the team.")
    valued = bool(thanked) and any(_MEETING.search(s.text) for s in m.sentences_matching(ENJOYED))
    if not valued and not any(re.search(thanked_for, s.text, re.I) for s in thanked):
        yield missing(
            m,
            "C-26",
            "thanks for their time and the opportunity",
            "Thank you for your time and the opportunity.",
        )
    if not FUTURE.search(m.body):
        yield missing(m, "C-26", "openness to future roles", "I would welcome hearing about future openings.")
    for hit in ROUGH.finditer(m.text, *m.body_span):
        yield flag(
            "W-TONE",
            "C-26",
            f"{hit.group()!r} argues with the decision.",
            (hit.start(), hit.end()),
            "Leave it out.",
            kind="guilt" if hit.group().lower().startswith("mistake") else "decision",
        )


def c27_feedback(m: Message) -> Iterator[TextFinding]:
    """C-27: thanks, enjoyed the conversation, and asks what to do better (not why someone else won)."""
    if not THANKS.search(m.body):
        yield missing(m, "C-27", "thanks", "Thank you again for your time.")
    if not ENJOYED.search(m.body):
        yield missing(m, "C-27", "that you enjoyed the interview", "I enjoyed our conversation.")
    if not IMPROVE.search(m.body):
        yield missing(
            m, "C-27", "a request for pointers", "Is there anything I could do better in future interviews?"
        )
    for hit in WHY_NOT.finditer(m.text, *m.body_span):
        yield flag(
            "W-MISSING-ELEMENT",
            "C-27",
            f"{hit.group()!r} asks why, not how to improve.",
            (hit.start(), hit.end()),
            "What could I do better next time?",
        )


RULES = (
    TextRule(
        "C-23",
        frozenset({"EXC-OFFER"}),
        c23_competing_offer,
        partial=((Need.APPLICATION, "the offer's deadline"),),
    ),
    TextRule(
        "C-24",
        frozenset({"EXC-NEWS"}),
        c24_accomplishment,
        partial=((Need.APPLICATION, "the accomplishment as recorded"),),
    ),
    TextRule("C-26", frozenset({"RJ"}), c26_after_rejection),
    TextRule("C-27", frozenset({"FB"}), c27_feedback),
)
