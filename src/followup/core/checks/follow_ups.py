"""What the follow-up sequence must say: status follow-ups (C-15, C-18, C-19, C-21), call scripts
(C-22) and the request for a call (C-25). One function per rule; ``RULES`` says where each applies.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from followup.core.checks.anatomy import PHONE, URL, Span
from followup.core.checks.base import (
    FORWARD,
    FUTURE,
    INTEREST,
    MONTH_NAMES,
    SCRIPTS,
    STATUS_EMAILS,
    TOUCHES,
    WEEKDAY_NAMES,
    Message,
    Need,
    TextRule,
    content_words,
    flag,
    hook_text,
    missing,
    names_date,
    span_of,
)
from followup.core.drafts import TextFinding
from followup.core.model import Role
from followup.core.phrases import asks_status, promises_more, questions, word_count

OFFER_MORE = re.compile(
    r"anything (?:else|further|more)|(?:additional|further|more) (?:information|materials?|details|documents)"
    r"|(?:happy|glad|pleased|delighted) to (?:provide|send|share|supply|forward|pass on|give|go through)"
    r"|if you need|let me know if"
    r"|provide (?:any|more|additional)"
    # C-15 by meaning: a conditional offer ("if references would help, I can send them today") or the
    # candidate's own offer to send more ("I could share my notes")
    r"|\bif\b[^.!?]*\b(?:would help|helps|would be (?:useful|helpful)|is (?:useful|helpful)"
    r"|you(?:['’]d| would) like|you need)\b"
    r"|\bI(?:['’]d| can| could| will| would|['’]ll)(?: (?:gladly|happily|also|readily))?"
    r" (?:send|share|provide|forward)\b"
    # "... and can send references or work samples whenever they would help"
    r"|\b(?:can|could|will) (?:gladly |happily |readily )?(?:send|share|provide|forward) (?:\w+ ){0,4}"
    r"(?:whenever|when(?:ever)? (?:they|it|you)|if|should)\b"
    # material held ready for them ("my references are ready whenever you need them", "my portfolio is
    # available on request")
    r"|\b(?:ready|available)\b[^.!?]*\b(?:whenever|on request|should you|if you|when you)\b"
    r"|\bwhenever you(?:['’]d like| would like| need| want| wish)\b"
    # "say the word and they're yours the same day"
    r"|\bsay the word\b|\b(?:they|it)(?:['’]re|['’]s| are| is) yours\b",
    re.IGNORECASE,
)
CONSIDERATION = re.compile(r"(?:thank|grateful|appreciat)[^.!?]*consider", re.IGNORECASE)
ARTICLE = re.compile(
    r"\b(?:article|blog|post|paper|report|study|piece|podcast|white ?paper|case study)\b", re.IGNORECASE
)
RELEVANCE = re.compile(
    r"relevan|remind|made me think|thought of|related to|relates to|in light of|you mentioned|we discussed"
    r"|our conversation|we talked|given your|connects? (?:to|with)|speaks to|bears on",
    re.IGNORECASE,
)
# C-15's timeline question asked indirectly: "I wanted to ask whether there is any update on the timeline".
INDIRECT_STATUS = re.compile(
    r"\b(?:wonder(?:ed|ing)?|ask(?:ing)?|know|learn|hear|curious|grateful|appreciate|welcome|glad)\b[^.!?]*"
    r"\b(?:whether|if|for|about|an|any)\b[^.!?]*\b(?:update|timeline|time ?frame|decision|news|next steps"
    r"|progress|where (?:things|the process|you) (?:stand|are))",
    re.IGNORECASE,
)


_TIMELINE_WORDS = re.compile(
    r"\b(?:news|timetable|schedule|progress|updates?|where things stand)\b", re.IGNORECASE
)
# What C-15's question is about, in any of its names: the timing, the decision and when it comes, where the
# process stands ("how the timetable is looking", "where the timing stands", "when you'll be deciding").
_TIMING = (
    r"\b(?:timing|timeline|time ?frame|timetable|timescale|schedule|next steps?"
    r"|where (?:the )?(?:timing|timetable|process|things|matters|it) (?:stands?|is|are)"
    r"|how (?:the |your |[\w-]+['’]s )?(?:timing|timetable|timeline|schedule|process|things)"
    r" (?:is|are|looks?|looking)"
    r"|when(?: [\w'’]+){1,4}? (?:be )?(?:decid\w*|decision|made|make|making|hear|expect|know|finali[sz]\w*"
    r"|choos\w*|announc\w*|be in touch|get back))"
)
# ... asked in a question, or as a wish to know: "I would be grateful to know how the timetable is looking",
# "it would help to know how the timing looks on your side".
_ASKS_TIMING = re.compile(
    r"\b(?:know|ask|asking|tell me|let me know|learn|hear|understand|curious|wonder\w*|share"
    # a wish to know, as a gerund: "I'd appreciate knowing how Pinecrest's timing looks"
    r"|(?:appreciate|welcome|value|grateful for|glad of) (?:knowing|hearing|learning|understanding))\b[^.!?]*"
    + _TIMING,
    re.IGNORECASE,
)
_TIMING_WORDS = re.compile(_TIMING, re.IGNORECASE)


def asks_timeline(body: str) -> bool:
    """C-15: a question about the timeline or status ("Is there any news on the timetable?", "Do you know
    roughly when you'll be deciding?"), or the same asked indirectly ("I wanted to ask whether there is any
    update on the timeline", "I would be grateful to know how the timetable is looking")."""
    if asks_status(body) or INDIRECT_STATUS.search(body) or _ASKS_TIMING.search(body):
        return True
    return any(_TIMELINE_WORDS.search(q) or _TIMING_WORDS.search(q) for q in questions(body))


STATUS_WORDS = re.compile(r"\bstatus\b|\bdecision\b|where I stand|any update", re.IGNORECASE)
HOOK_WORDS = re.compile(
    r"\b(?:article|blog|post|paper|report|study|podcast|webinar|connection|connected|met|introduced|"
    r"accomplishment|award(?:ed)?|certif\w*|course|completed|finished|launched|patent|granted|accepted|"
    r"published|learning|learned|progress|went live|shipped|released|presented|earned|built)\b"
    # C-18 by meaning: something the candidate has done or found since, in any words ("I recently read the
    # association's note on...", "since then I have run a session on...", "I put together a guide")
    r"|\b(?:since (?:then|my last|our last|we last|I last|I wrote|(?:my|our|the) (?:interview|conversation"
    r"|meeting|call|visit))|recently|this (?:week|month)|over the "
    r"(?:past|last) (?:week|weeks|month|few)|in the meantime|meanwhile)\b[^.!?]*\bI(?:['’]ve| have)? "
    r"(?:\w+ )?(?:read|came across|come across|found|put together|ran|run|wrote|written|made|drafted"
    r"|sketched|finished|completed|started|joined|took|taken|attended|volunteered|tried|tested|spoke|visited"
    r"|signed up|enrolled|mapped|prototyped|designed|redesigned|analy[sz]ed|set up|produced|gave|given"
    r"|delivered|taught|led|organi[sz]ed|practi[cs](?:ed|ing)|studying|studied|learning|learnt|writing"
    r"|building|taking)\b"
    # progress under way: "I have been running a monthly session", "I've been working on my explanations"
    r"|\bI(?:['’]ve| have) been (?:running|teaching|leading|practi[cs]ing|studying|taking|attending"
    r"|volunteering|working on|learning|building|writing|presenting|mentoring)\b"
    # a new connection, in the words people use: "I had coffee with Ben Torres from your team"
    r"|\b(?:had|grabbed|over) (?:a )?(?:coffee|lunch|call|chat|drink) with\b"
    r"|\b(?:spoke|talked|chatted) (?:with|to) [A-Z]\w+|\bcaught up with\b"
    r"|\bI(?:['’]ve| have)? (?:\w+ )?(?:read|came across|come across|put together|ran|run|wrote|written"
    r"|drafted|sketched|prototyped|mapped|set up|signed up|enrolled)\b[^.!?]*\b(?:since|recently|this "
    r"(?:week|month)|last (?:week|month)|in the meantime)\b"
    r"|\bI(?:['’]ve| have)? (?:recently|just|lately|since|also) (?:read|came across|come across|found"
    r"|put together|ran|run|wrote|written|drafted|finished|completed|started|joined|took|taken|attended"
    r"|volunteered|tried|tested|visited|signed up|enrolled|mapped|prototyped|designed|set up)\b"
    # the candidate's own news as grammar: a present perfect of doing or of being chosen ("I have joined the
    # institute's network", "I have just been asked to lead"), not of feeling, waiting or sending this note
    r"|\bI(?:['’]ve| have) (?:just |recently |now |since |also )?(?:been (?:asked|invited|chosen|selected"
    r"|made|given|promoted|appointed|awarded|elected|offered)|(?!(?:enjoyed|thought|wondered|waited|heard"
    r"|hoped|felt|appreciated|loved|liked|valued|reflected|kept|remained|continued|followed|attached"
    r"|included|enclosed|mentioned|noted|copied|forwarded|checked|emailed|tried to reach|wanted|needed"
    r"|considered|decided|learned of|realised|realized|noticed)\b)[a-z]+ed|begun|become|won|given|taken"
    r"|written|run|built|made|grown|led|spoken|taught|sat|passed|got|gotten|put|drawn|held|shown|done)\b"
    # news dated since ("last Thursday I gave a short talk") and the candidate's work taken up by others
    # ("my briefing ... has been adopted as a template")
    r"|\b(?:last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday"
    r"|earlier this (?:week|month))\b,? I \w+"
    r"|\bmy [^.!?]{0,60}\b(?:has|have) (?:just |now |since |recently )?been (?:adopted|accepted|published"
    r"|chosen|selected|shortlisted|approved|featured|commended|used|taken up|rolled out)\b",
    re.IGNORECASE,
)
FALLBACK = re.compile(
    r"another time|other time|different time|time that (?:suits|works)|better time|if none|none of these"
    r"|alternative|suggest a time|propose a time",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2})[:.](\d{2})\b(?!\s*[ap]\.?\s?m)", re.I
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until)\s*$", re.IGNORECASE)
F1_WORDS, F1_PARAGRAPHS = 200, 3  # C-15 [D], [S 002]
CALL_WORDS, VOICEMAIL_WORDS = 90, 75  # C-22 [D]


# C-19 / W-LAST-TOUCH: another contact announced, in any tense or wording. Two shapes carry it: the
# candidate as the one who will make contact ("I'll drop you another line", "I plan to call next week",
# "I intend to check back"), and the contact itself as what is coming ("you'll hear from me again",
# "expect another note from me", "my next email"). An offer that waits on them ("if you need anything,
# I will send it") is not one; a condition on the candidate's side ("if I have not heard, I'll call") is.
_ANNOUNCES_MORE = re.compile(
    r"\bI(?:['’]ll| will| shall| plan to| intend to| am going to|['’]m going to| aim to| mean to| expect to"
    r"|['’]d like to| would like to| want to| hope to)\s+(?:\w+\s+){0,2}?"
    r"(?:follow(?:ing)? (?:up|this up|it up)|check (?:back|in)|circle back|reach out|touch base|be in touch"
    r"|get (?:back )?in touch|write(?! back)|e-?mail you|call|phone|ring|drop you|send you|contact you"
    r"|update you|let you know how|ping|try (?:you|again)"
    r"|nudge|look in)\b"
    r"|\byou(?:['’]ll| will) (?:\w+\s+)?hear from me"
    r"|\b(?:expect|look out for|watch for) (?:another|a further|a second|a third|one more|my next"
    r"|an?) (?:\w+ )?"
    r"(?:note|email|e-mail|line|message|call|update|check-in|follow-up)"
    r"|\b(?:another|a further|one more|my next) (?:\w+ )?(?:note|email|e-mail|line|message|call|check-in"
    r"|follow-up) (?:from me|towards|in|next|after|around|at the|before|will|is coming)\b",
    re.IGNORECASE,
)
_WAITS_ON_THEM = re.compile(
    r"\b(?:if|should|whenever|in case|once)\s+(?:you|it|there|anything|any|that|the (?:team|firm|panel))\b",
    re.IGNORECASE,
)


def _promises(m: Message) -> Iterator[Span]:
    for s, _ in m.sentences:
        if promises_more(s.text) or (_ANNOUNCES_MORE.search(s.text) and not _waits_on_them(s.text)):
            yield s


def _waits_on_them(sentence: str) -> bool:
    """The contact is offered on their request ("if you need anything, I will send it"), before the
    announcement or after it; "in case anything has moved" is still the candidate's own check-in."""
    wait = _WAITS_ON_THEM.search(sentence)
    return wait is not None and not re.search(r"\bin case\b[^.!?]*\bmoved\b", sentence, re.IGNORECASE)


def article_led(m: Message) -> bool:
    """C-21 applies: a status email to someone outside HR at a company that has HR (H-13)."""
    person, app = m.recipient, m.ctx.application
    if m.action not in STATUS_EMAILS or person is None or not app.company.has_hr:
        return False
    if person.role is Role.HR or person.id in (app.main_contact, app.designated_contact):
        return False
    return not (m.ctx.settings.status_recipient == "hiring_manager" and person.role is Role.HIRING_MANAGER)


def _signed_introduction(m: Message) -> bool:
    """C-15's self-identification names the writer: in the body ("My name is ..."), or under it when the
    body reintroduces the interview itself ("I interviewed for the role on 11 August") and the signature
    carries the full name."""
    name = m.full_name.lower()
    if name in m.body.lower():
        return True
    signed = any(name in line.text.lower() for line in m.parts.signature)
    reintroduced = re.search(r"\binterview(?:ed|ing)?\b|\bwe (?:met|spoke)\b", m.body, re.IGNORECASE)
    return signed and reintroduced is not None


def c15_first_followup(m: Message) -> Iterator[TextFinding]:
    """C-15: who you are (name, role, interview date), interest, a timeline question, an offer of more,
    a forward-looking close; ≤ 3 paragraphs and ≤ 200 words; no promise of more in the last touch."""
    who = []
    if m.full_name and not _signed_introduction(m):
        who.append("your name")
    if m.position and m.position.lower() not in m.body.lower():
        who.append(f"the role ({m.position})")
    if not names_date(m.body, m.ctx.interview_date):
        when = f" ({m.ctx.interview_date:%A %d %B})" if m.ctx.interview_date else ""
        who.append(f"the interview date{when}")
    if who:
        yield missing(
            m,
            "C-15",
            "who you are: " + ", ".join(who),
            f"This is {m.full_name or '<your name>'}; I interviewed for the {m.position or '<role>'} role on "
            + (
                f"{m.ctx.interview_date:%A, %B} {m.ctx.interview_date.day}."
                if m.ctx.interview_date
                else "<date>."
            ),
        )
    if not INTEREST.search(m.body):
        yield missing(m, "C-15", "your continued interest", "I remain very interested in the role.")
    if not article_led(m) and not asks_timeline(m.body):
        yield missing(m, "C-15", "a question about the timeline", "Is there an update on your timeline?")
    if not OFFER_MORE.search(m.body):
        yield missing(
            m,
            "C-15",
            "an offer to provide anything further",
            "Please let me know if I can provide anything else.",
        )
    if not FORWARD.search(m.body):
        yield missing(m, "C-15", "a forward-looking close", "I look forward to hearing from you.")
    paragraphs, count = m.counted_paragraphs, word_count(m.body)
    if len(paragraphs) > F1_PARAGRAPHS:
        yield flag(
            "W-LENGTH",
            "C-15",
            f"{len(paragraphs)} paragraphs: keep a follow-up to {F1_PARAGRAPHS}.",
            (paragraphs[F1_PARAGRAPHS].start, paragraphs[-1].end),
            f"Merge or cut to {F1_PARAGRAPHS} paragraphs.",
        )
    if count > F1_WORDS:
        yield flag("W-LENGTH", "C-15", f"{count} words: keep it to {F1_WORDS}.", m.body_span, "Cut it down.")
    if m.ctx.last_permitted_touch:
        yield from _last_touch(m, "C-15")


def _last_touch(m: Message, rule: str) -> Iterator[TextFinding]:
    for sentence in _promises(m):
        yield flag(
            "W-LAST-TOUCH",
            rule,
            "This is your last permitted message: do not announce another follow-up.",
            span_of(sentence),
            "Thank you again for considering me; I would welcome staying in touch in the future.",
        )


def c18_new_hook(m: Message) -> Iterator[TextFinding]:
    """C-18: a later follow-up brings something not used before: one of the context's unused hooks, a
    new link, or a sentence about an article, connection, accomplishment or progress that no earlier
    message already holds."""
    earlier = m.ctx.earlier_messages
    used = {h for e in earlier for h in e.hooks}
    fresh = [h for h in m.ctx.hooks if h not in used]
    if any(m.mentions(hook_text(h)) for h in fresh):
        return
    old_bodies = " ".join(e.body for e in earlier)
    if any(u.group() not in old_bodies for u in URL.finditer(m.body)):
        return
    old_words = [set(content_words(e.body)) for e in earlier]
    for sentence in m.sentences_matching(HOOK_WORDS):
        mine = set(content_words(sentence.text))
        if mine and not any(len(mine & old) >= 0.8 * len(mine) for old in old_words):
            return
    tip = f"Bring in {hook_text(fresh[0])!r}." if fresh else ""
    yield flag(
        "W-GENERIC",
        "C-18",
        "Nothing new since your last message: a later follow-up needs fresh material.",
        m.body_span,
        tip or "Share a relevant article, a new connection, an accomplishment or progress on a skill.",
    )


def c19_final_note(m: Message) -> Iterator[TextFinding]:
    """C-19: the last permitted touch thanks them for considering you and welcomes future contact."""
    if not m.ctx.last_permitted_touch:
        return
    if not CONSIDERATION.search(m.body):
        yield missing(m, "C-19", "thanks for considering you", "Thank you for considering me for the role.")
    if not FUTURE.search(m.body):
        yield missing(
            m, "C-19", "openness to future contact", "I would welcome staying in touch about future openings."
        )
    if m.action != "F1":  # C-15 says it for F1
        yield from _last_touch(m, "C-19")


def c21_article_led(m: Message) -> Iterator[TextFinding]:
    """C-21: to someone outside HR, share an article with a sentence on why it matters instead of asking
    about status (NOTEs), and close looking forward (a warning, said by C-15 for F1)."""
    if not article_led(m):
        return
    name = m.recipient.name if m.recipient else "them"
    if not ((URL.search(m.body) or ARTICLE.search(m.body)) and RELEVANCE.search(m.body)):
        yield flag(
            "N-ARTICLE",
            "C-21",
            f"{name} is not HR: share an article prompted by your conversation and say why it is relevant.",
            m.body_span,
            "This article on <topic> made me think of our conversation about <talking point>: <link>",
        )
    for hit in STATUS_WORDS.finditer(m.text, *m.body_span):
        yield flag(
            "N-ARTICLE",
            "C-21",
            f"{hit.group()!r}: do not ask {name} about status; HR answers that.",
            (hit.start(), hit.end()),
            "Leave the status question out.",
        )
    if m.action != "F1" and not FORWARD.search(m.body):
        yield missing(m, "C-21", "a forward-looking close", "I hope to hear from you.")


def c22_scripts(m: Message) -> Iterator[TextFinding]:
    """C-22: a call script of ≤ 90 words, a voicemail of ≤ 75; name, role and call-back number."""
    limit = VOICEMAIL_WORDS if m.action == "VOICEMAIL" else CALL_WORDS
    words = list(re.finditer(r"[\w'’-]+", m.text))
    if len(words) > limit:
        yield flag(
            "W-VOICEMAIL-LONG",
            "C-22",
            f"{len(words)} words: keep a {'voicemail' if m.action == 'VOICEMAIL' else 'call'} to {limit}.",
            (words[limit].start(), words[-1].end()),
            f"Cut it to {limit} words: who you are, the role, one question, your number.",
        )
    lacks = []
    if m.full_name and m.full_name.lower() not in m.text.lower():
        lacks.append("your name")
    if m.position and m.position.lower() not in m.text.lower():
        lacks.append("the role")
    if not any(len(re.sub(r"\D", "", p.group())) >= 7 for p in PHONE.finditer(m.text)):
        lacks.append("a call-back number")
    if lacks:
        yield flag(
            "W-MISSING-ELEMENT",
            "C-22",
            "The script lacks " + ", ".join(lacks) + ".",
            (0, len(m.text)),
            f"This is {m.full_name or '<name>'}, calling about the {m.position or '<role>'} role; "
            f"you can reach me at {m.ctx.profile.phone or '<number>'}.",
        )


# H-15 [D]: a proposed call starts 09:30–11:59 or 14:00–15:59 recipient-local, on one of the recipient's
# business days from bd(send,1) to bd(send,10). The windows are plan.call_times.CALL_WINDOWS (the checker
# may not import the planner; tests/core/checks/test_follow_ups.py holds the two equal).
SLOT_WINDOWS = ((dt.time(9, 30), dt.time(12, 0)), (dt.time(14, 0), dt.time(16, 0)))
SLOTS_WANTED = 3
_MONTH_NUMBER = {m[:3]: n for n, m in enumerate(MONTH_NAMES, start=1)}
_WEEKDAY_NUMBER = {d[:3]: n for n, d in enumerate(WEEKDAY_NAMES)}
_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}"
    r"|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Proposal:
    """A time the text proposes for a call: where it is, the clock time and the day (None if unnamed)."""

    span: tuple[int, int]
    time: dt.time
    day: dt.date | None


def c25_call_request(m: Message) -> Iterator[TextFinding]:
    """C-25 with H-15: exactly three slots, each inside the call windows on a business day in
    bd(send,1)–bd(send,10) (``Message.slot_days`` when the shell knows the calendar; else a weekday within
    two weeks), and a fallback."""
    proposals = proposed_slots(m)
    problems = []
    distinct = {(p.day, p.time) for p in proposals}
    if len(distinct) != SLOTS_WANTED:
        problems.append(f"offer exactly three different times ({len(distinct)} found)")
    today = m.ctx.today
    for p in proposals:
        if not any(start <= p.time < end for start, end in SLOT_WINDOWS):
            problems.append(f"{p.time:%H:%M} is outside 09:30–11:59 and 14:00–15:59 their time")
        elif p.day is not None and p.day.weekday() >= 5:
            problems.append(f"{p.day:%a %d %b} is a weekend day")
        elif p.day is not None and m.slot_days is not None and p.day not in m.slot_days:
            first, last = min(m.slot_days), max(m.slot_days)
            problems.append(
                f"{p.day:%a %d %b} is not one of their business days from {first:%d %b} to {last:%d %b}"
            )
        elif p.day is not None and m.slot_days is None and today and not today < p.day <= today + _FORTNIGHT:
            problems.append(f"{p.day:%a %d %b} is not within the next two weeks")
    if problems:
        yield flag(
            "W-SLOTS",
            "C-25",
            "The proposed times need fixing: " + "; ".join(dict.fromkeys(problems)) + ".",
            m.body_span,
            "Offer three times on different business days in the next two weeks, 09:30–11:59 or 14:00–15:59.",
        )
    if not FALLBACK.search(m.body):
        yield missing(
            m, "C-25", "a fallback", "If none of these suits, I would be glad to find another time."
        )


_FORTNIGHT = dt.timedelta(days=14)


def proposed_slots(m: Message) -> list[Proposal]:
    """The times named in the body (a range such as 10:00–10:30 counts once), each with the day named
    before it in its sentence or line."""
    found: list[Proposal] = []
    last_end = -1
    segments = [s for s, _ in m.sentences]
    for hit in _TIME.finditer(m.text, *m.body_span):
        if last_end >= 0 and _RANGE_JOIN.fullmatch(" " + m.text[last_end : hit.start()]):
            last_end = hit.end()
            continue
        hour = int(hit.group(1) or hit.group(4))
        minute = int(hit.group(2) or hit.group(5) or 0)
        if hit.group(3):
            hour = hour % 12 + (12 if hit.group(3).lower() == "p" else 0)
        if hour > 23 or minute > 59:
            continue
        around = next((s for s in segments if s.start <= hit.start() < s.end), None)
        since = max(around.start if around else m.body_span[0], last_end)
        found.append(
            Proposal((hit.start(), hit.end()), dt.time(hour, minute), _day_before(m, since, hit.start()))
        )
        last_end = hit.end()
    return found


def _day_before(m: Message, start: int, end: int) -> dt.date | None:
    """The last day named in ``m.text[start:end]``, in the year that puts it nearest after today."""
    named = list(_DATE.finditer(m.text, start, end))
    today = m.ctx.today
    if today is None:
        return None
    for hit in reversed(named):
        if hit.group(1) or hit.group(4):
            month = _MONTH_NUMBER[(hit.group(1) or hit.group(4)).lower()[:3]]
            day = int(hit.group(2) or hit.group(3))
            try:
                found = dt.date(today.year, month, day)
                if found < today - dt.timedelta(days=60):
                    found = dt.date(today.year + 1, month, day)
            except ValueError:
                return None
            return found
    if named:
        weekday = _WEEKDAY_NUMBER[named[-1].group(5).lower()[:3]]
        return today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    return None


RULES = (
    TextRule(
        "C-15",
        frozenset({"F1"}),
        c15_first_followup,
        partial=(
            (Need.PROFILE, "your name"),
            (Need.APPLICATION, "the role and the interview date"),
            (Need.STEP, "the last touch's wording"),
        ),
    ),
    TextRule("C-18", frozenset({"F2", "F3"}), c18_new_hook, needs=frozenset({Need.APPLICATION})),
    TextRule("C-19", TOUCHES, c19_final_note, needs=frozenset({Need.STEP})),
    TextRule("C-21", STATUS_EMAILS, c21_article_led, needs=frozenset({Need.APPLICATION, Need.RECIPIENT})),
    TextRule(
        "C-22",
        SCRIPTS,
        c22_scripts,
        partial=((Need.PROFILE, "your name"), (Need.APPLICATION, "the role")),
    ),
    TextRule(
        "C-25", frozenset({"SCHED"}), c25_call_request, partial=((Need.APPLICATION, "the planned slots"),)
    ),
)
