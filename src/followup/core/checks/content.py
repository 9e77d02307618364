"""What thank-you notes, formal letters and LinkedIn notes must say, and what no message may say:
C-01 to C-05, C-12 to C-14, C-28 and A-11 (C-20's tone is ``pressure``'s). One function per rule;
``RULES`` says where each applies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.anatomy import URL
from followup.core.checks.base import (
    ALL_ACTIONS,
    FORWARD,
    INTEREST,
    THANK_YOU_ROUND,
    THANKS,
    Message,
    Need,
    TextRule,
    content_words,
    flag,
    missing,
    span_of,
)
from followup.core.checks.presumption import OVERCONFIDENT, presumed_belonging, presumed_start
from followup.core.checks.presumption_model import THRESHOLD as PRESUMES_AT
from followup.core.checks.presumption_model import pictures_no_future, presumption
from followup.core.codes import Severity
from followup.core.drafts import TextFinding
from followup.core.model import Application, EventType, Person, Role
from followup.core.phrases import asks_next_steps, asks_status, promises_outcome, questions, word_count

IN_DEPTH = re.compile(
    r"\b(salar(?:y|ies)|compensation|pay|bonus(?:es)?|equity|stocks?|benefits|vacations?|pto"
    r"|remote(?:ly)?)\b",
    re.IGNORECASE,
)
ARRANGED = re.compile(
    r"arrang|\bset(?:ting)?[ -]up|introduc|\brefer|recommend|put me in touch|connect(?:ed|ing)? me|schedul"
    r"|coordinat|organi[sz]"
    # "thanks for passing my name to the analytics team", "for putting my name forward"
    r"|\b(?:pass|passing|passed|put|putting)\b(?: \w+)? (?:my name|my CV|my résumé|my resume|me)\b",
    re.IGNORECASE,
)
ASSET = re.compile(
    r"qualif|experience|\bskill|background|\basset|strength|\bbring|contribut|\bfit\b|track record"
    r"|expertise|proven"
    # C-14 by meaning: being of use to them, or what the candidate has done that answers their need ("why I
    # think I could be useful to the team", "At a pediatric practice I cut those denials by...")
    r"|\b(?:useful|of use|of help|helpful|valuable) to (?:you|your|the|them)\b"
    r"|\bI (?:ran|led|built|cut|reduced|raised|grew|saved|improved|managed|designed|launched|delivered"
    r"|trained|automated|moved|streamlined|doubled|halved|rebuilt|introduced|set up|turned around)\b"
    # "would make me a strong addition to the team", "would let me help from the first week"
    r"|\baddition to\b|\blet me (?:help|hit the ground|start|make a difference)\b"
    r"|\b(?:valuable|strong|useful|good|real) (?:member|addition|hire|colleague)\b",
    re.IGNORECASE,
)
VALUE = re.compile(
    r"\barticle|\bidea|\bsuggest|\bproposal|\bdata\b|\bstudy|\breport\b|\bresearch|\d+\s?%|white ?paper"
    # a data point in words: "raised our response rate from 9 to 17 percent"
    r"|\d+\s?(?:percent|per cent)\b"
    r"|checklist|template|\bresource"
    # something offered, in any words: "I have enclosed a two-page outline of how I would stage that move"
    r"|\b(?:enclos|attach)\w*\b[^.!?]*\b(?:outline|note|plan|sketch|draft|summary|guide|list|example"
    r"|sample|map|chart|table)\b"
    # anything enclosed or attached ("I have enclosed the soil classes I used"), or offered to them ("I
    # would be happy to share the outline")
    r"|\bI(?:['’]ve| have)? (?:also )?(?:enclosed|attached|included)\b"
    r"|\b(?:share|send|pass on|forward)\b[^.!?]*\b(?:outline|notes?|plan|sketch|draft|summary|guide|list"
    r"|examples?|samples?|map|charts?|tables?|script|method|approach|results|figures|findings|code)\b",
    re.IGNORECASE,
)
# C-05's next-steps question in any words: a question about what follows the interview and when
# ("Where do things go from here?", "When might I hear about the next stage?", "Will there be further
# interviews?", "When will you be in touch?"). The planner's ``phrases.asks_next_steps`` knows the common
# wordings; the checker reads the rest.
_ABOUT_NEXT = re.compile(
    r"\b(?:next (?:steps?|stage|round|phase)|further (?:interviews?|rounds?|stages?|steps|conversations?)"
    r"|another (?:round|interview|stage|conversation)|second (?:round|interview|stage)|go(?:es)? from here"
    r"|happens next|comes next|what['’]s next|be in touch|get back to (?:me|candidates|people)"
    r"|hear (?:back|about|from|anything|something|more|the outcome)|when[^?]*\bdecid"
    r"|(?:reach|make|made) (?:a|your|their|its|the) (?:final )?(?:decision|choice))\b",
    re.IGNORECASE,
)
# A question asked as a wish to know, without a question mark: "I would be glad to know what the next steps
# will be", "I'd be grateful to hear roughly when the team hopes to make its choice".
_INDIRECT = re.compile(
    r"\b(?:(?:glad|grateful|keen|happy|pleased|interested|curious) to (?:know|hear|learn|understand)"
    r"|appreciate (?:knowing|hearing|learning|a sense|an idea|any (?:sense|idea|indication))"
    r"|(?:I['’]d|I would) (?:love|like) to (?:know|hear|learn)"
    r"|wonder(?:ed|ing)? (?:whether|if|when|what|how)"
    r"|(?:please )?let me know (?:when|whether|if|what|how)"
    r"|(?:I )?wanted to ask (?:when|whether|if|what|how))",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def asks_next(body: str) -> bool:
    """C-05: a question about what comes next in the process (see ``_ABOUT_NEXT``), with a question mark
    or asked as a wish to know (``_INDIRECT``)."""
    if asks_next_steps(body) or any(_ABOUT_NEXT.search(q) for q in questions(body)):
        return True
    return any(
        _INDIRECT.search(s) and (_ABOUT_NEXT.search(s) or _TIMING_WORDS.search(s))
        for s in _SENTENCE.findall(body)
        if "?" not in s
    )


_TIMING_WORDS = re.compile(r"\b(?:next steps?|timeline|time ?frame|timing|timetable|decision|choice)\b", re.I)


FORMAL_LETTER_WORDS = 400  # C-14 [D]
QUESTIONS_IN_THANKS = 1  # C-05 [D]
# First names that are also ordinary words: naming them alone is not taken as naming the person (C-28).
WORD_NAMES = frozenset(
    str.split(
        "will mark may june april august grace hope faith joy bill sue rob pat art jack rose summer drew "
        "chase hunter dawn amber ruby ivy frank guy jean victor max sky rich penny holly lily iris daisy "
        "dean earl gene miles neil sandy win page"
    )
)


# C-01/C-12: the arranger hears from the candidate rather than the other way round, so the note to them
# looks ahead by promising news of the interview or a favour returned ("I'll keep you posted", "I will let
# you know how things turn out", "the next coffee is on me").
REPORT_BACK = re.compile(
    r"\b(?:keep|kept) you (?:posted|updated|informed|in the loop)\b"
    r"|\b(?:let|tell) you (?:know )?how (?:it|things|everything|the \w+)"
    r" (?:go(?:es)?|went|turns? out|pans? out|unfolds?|lands?)\b"
    r"|\bfill you in\b|\b(?:update|report back to) you\b"
    r"|\b(?:coffee|lunch|drinks?|a drink|dinner|the next round)(?: \w+)? (?:is|are|'s|’s) on me\b"
    r"|\bon me next time\b|\bI owe you (?:a|one|lunch|coffee|dinner|big)\b"
    r"|\b(?:return|repay) the favou?r\b",
    re.IGNORECASE,
)


def _role(m: Message) -> str:
    """ "the Paralegal role", or "the role" when none is recorded (a text checked without records)."""
    return f"the {m.position} role" if m.position else "the role"


def c01_essentials(m: Message) -> Iterator[TextFinding]:
    """C-01: thanks, interest and a forward-looking close."""
    name = m.recipient.name if m.recipient else "them"
    role = _role(m)
    if not THANKS.search(m.body):
        yield missing(m, "C-01", "thanks for their time", f"Thank {name} for their time.")
    if not INTEREST.search(m.body):
        yield missing(m, "C-01", "your interest", f"Say that you are very interested in {role}.")
    if not FORWARD.search(m.body) and not (m.action == "TA" and REPORT_BACK.search(m.body)):
        yield missing(m, "C-01", "a forward-looking close", "I look forward to hearing from you.")


def c02_pitch(m: Message) -> Iterator[TextFinding]:
    """C-02: names the role or the company and shares a content word with the fit statement or with what
    the interviewer stressed."""
    interview = m.ctx.application.current_interview
    debrief = interview.debrief if interview else None
    fit = [debrief.fit_statement, *debrief.emphasized] if debrief else []
    fit = [f for f in fit if f.strip()]
    lacks = []
    if not m.names_role_or_company():
        lacks.append(f"name {_role(m)} or {m.company or 'the company'}")
    if fit and not any(m.stems & set(content_words(f)) for f in fit):
        lacks.append("say why you fit, in the terms of your debrief")
    if lacks:
        hint = f" ({fit[0]})" if fit else ""
        yield flag(
            "W-GENERIC",
            "C-02",
            "No tailored pitch: " + " and ".join(lacks) + ".",
            m.body_span,
            f"One sentence on why you fit the {m.position or 'role'} at {m.company or 'the company'}{hint}.",
        )


def c03_supplement(m: Message) -> Iterator[TextFinding]:
    """C-03: something to add from the debrief, when none of it is mentioned (a NOTE, never a warning)."""
    interview = m.ctx.application.current_interview
    items = interview.debrief.to_supplement if interview else ()
    if items and not any(m.mentions(item) for item in items):
        yield flag(
            "N-SUPPLEMENT",
            "C-03",
            "You noted something to add after the interview; a thank-you may carry it briefly.",
            m.body_span,
            f"You could add: {items[0]}",
        )


def c04_talking_point(m: Message) -> Iterator[TextFinding]:
    """C-04: the note mentions one of the recipient's talking points (verbatim or two content words)."""
    person = m.recipient
    if person is None or not person.talking_points:
        return  # nothing recorded to look for (D-04 asks for it)
    if not any(m.mentions(point) for point in person.talking_points):
        yield flag(
            "W-GENERIC",
            "C-04",
            f"Nothing in it comes from your conversation with {person.name}.",
            m.body_span,
            f"Mention something you discussed, e.g. {person.talking_points[0]!r}.",
        )


def c05_round(m: Message) -> Iterator[TextFinding]:
    """C-05, the round's half (K13): with no timeline learned, one message of the thank-you round asks
    about next steps. The missing question is W-MISSING-ELEMENT only in the note that should carry it
    (``round_question_holder``) and only when no other note of the round, sent or saved, asks it; in any
    other note a NOTE says where it belongs, and a second asking is a NOTE too. Once D is known, a status
    question in a thank-you is W-EARLY."""
    if m.ctx.needs_next_steps_question and m.action in THANK_YOU_ROUND:
        yield from _next_steps(m)
    decided = m.ctx.decision_date
    if decided is not None and m.action in THANK_YOU_ROUND:
        for question in (s for s, _ in m.sentences if "?" in s.text):
            if asks_status(question.text) or asks_next(question.text):
                yield flag(
                    "W-EARLY",
                    "C-05",
                    f"They said they would decide by {decided:%a %d %b}: leave the status question out.",
                    span_of(question),
                    "Leave the question out.",
                    Severity.WARN,
                )


_NEXT_STEPS_QUESTION = "Could you tell me when you expect to make a decision, or what the next steps are?"


def _next_steps(m: Message) -> Iterator[TextFinding]:
    holder = round_question_holder(m.ctx.application)
    asked_in = _round_asked(m)
    mine = m.recipient is not None and holder is not None and m.recipient.id == holder.id
    if asks_next(m.body):
        if asked_in:
            yield flag(
                "N-NEXT-STEPS",
                "C-05",
                f"Your note to {asked_in} already asks about next steps: once per round is enough.",
                m.body_span,
            )
        return
    if asked_in:
        return
    if mine:
        yield missing(
            m, "C-05", "a question about next steps (no timeline was learned)", _NEXT_STEPS_QUESTION
        )
        return
    where = f"your note to {holder.name}" if holder else "one note of this round"
    yield flag(
        "N-NEXT-STEPS",
        "C-05",
        f"No timeline was learned: {where} should ask about next steps; this one may too.",
        m.body_span,
    )


def round_question_holder(app: Application) -> Person | None:
    """K13: whose thank-you round note must carry the next-steps question: the main contact's (as
    recorded, else the HR person), or the hiring manager's when no main contact is known. When the round
    writes no note to the main contact, no note is faulted for the question's absence (each gets a NOTE)."""
    main = app.person(app.main_contact) or next((p for p in app.people if p.role is Role.HR), None)
    return main or next((p for p in app.people if p.role is Role.HIRING_MANAGER), None)


def _round_asked(m: Message) -> str:
    """Whom another message of this round, sent or saved, asked about next steps ("" if none)."""
    app = m.ctx.application
    interview = app.current_interview
    since = interview.start if interview else None
    mine = m.recipient.id if m.recipient else ""
    texts: list[tuple[tuple[str, ...], str]] = []
    for e in app.events:
        if e.type is EventType.SENT and e.kind in THANK_YOU_ROUND and (since is None or e.at >= since):
            texts.append((e.to, e.body))
    for d in app.drafts:
        this_round = since is None or d.saved_at is None or d.saved_at >= since
        if d.action in THANK_YOU_ROUND and d.step_key != m.ctx.step_key and this_round:
            texts.append((d.to, d.text))
    for to, text in texts:
        if mine in to or not asks_next(text):
            continue
        person = app.person(to[0]) if to else None
        return person.name if person else "another person"
    return ""


def c05_questions(m: Message) -> Iterator[TextFinding]:
    """C-05, the text's half: at most one question; no questions about pay, benefits or remote work."""
    asked = [s for s, _ in m.sentences if "?" in s.text]
    marks = m.body.count("?")
    if marks > QUESTIONS_IN_THANKS:
        start = asked[1].start if len(asked) > 1 else asked[0].start
        yield flag(
            "W-INDEPTH",
            "C-05",
            f"{marks} questions: a thank-you asks at most one.",
            (start, asked[-1].end),
            "Keep one question at most; save the rest for a later round.",
        )
    for sentence, _ in m.sentences:
        topics = list(dict.fromkeys(t.lower() for t in IN_DEPTH.findall(sentence.text)))
        if topics:
            yield flag(
                "W-INDEPTH",
                "C-05",
                f"Asks about {' and '.join(topics)}: for a later round or the offer, not a thank-you.",
                span_of(sentence),
                "Leave it out of the thank-you.",
            )


def c12_arranger(m: Message) -> Iterator[TextFinding]:
    """C-12: the arranger's note refers to what they did (thanks itself is C-01's)."""
    if not ARRANGED.search(m.body):
        yield missing(
            m,
            "C-12",
            "what the arranger did",
            "Thank you for arranging the interview and introducing me to the team.",
        )


def c13_linkedin(m: Message) -> Iterator[TextFinding]:
    """C-13: short, says who you are, recalls a topic, presumes nothing."""
    limit = m.ctx.settings.linkedin_note_limit
    text = m.text.strip()
    offset = len(m.text) - len(m.text.lstrip())
    if len(text) > limit:
        yield flag(
            "W-LENGTH",
            "C-13",
            f"{len(text)} characters: LinkedIn takes {limit}.",
            (offset + limit, offset + len(text)),
            f"Cut it to {limit} characters.",
        )
    first = m.full_name.split()[0] if m.full_name else ""
    if m.knows(Need.PROFILE) and not (
        re.search(r"\binterview", text, re.IGNORECASE)
        or (first and re.search(rf"\b{re.escape(first)}\b", text))
    ):
        yield flag(
            "W-GENERIC",
            "C-13",
            'The note does not say who you are: give your name or mention that you "interviewed".',
            (offset, offset + len(text)),
            f"It was good to meet you when I interviewed for {_role(m)}.",
        )
    person = m.recipient
    if (
        person is not None
        and person.talking_points
        and not any(m.mentions(p, briefly=True) for p in person.talking_points)
    ):
        yield flag(
            "W-GENERIC",
            "C-13",
            f"Nothing from your conversation with {person.name}.",
            (offset, offset + len(text)),
            f"Refer to {person.talking_points[0]!r}, ideally with a link worth reading.",
        )
    presumed = False
    for hit in OVERCONFIDENT.finditer(m.text):
        presumed = True
        yield flag(
            "W-OVERCONFIDENT",
            "C-13",
            f"{hit.group()!r} presumes the outcome or makes the note about the job.",
            (hit.start(), hit.end()),
            "Keep the note about the conversation, not the job.",
        )
    for sentence, _ in [] if presumed else m.sentences:
        if presumed_start(sentence.text) is not None or presumed_belonging(sentence.text) is not None:
            presumed = True
            yield flag(
                "W-OVERCONFIDENT",
                "C-13",
                f"{sentence.text.strip()!r} pictures you already working with them.",
                (sentence.start, sentence.end),
                "Keep the note about the conversation, not the job.",
            )
            break  # one finding a note is enough
    if not presumed and m.action == "LI" and presumption(m.text, company=m.company) >= PRESUMES_AT:
        # the learned reading (presumption_model): the sentence that reads most as presuming is the one shown
        likeliest = max(
            (s for s, _ in m.sentences), key=lambda s: presumption(s.text, company=m.company), default=None
        )
        if likeliest is not None and not pictures_no_future(likeliest.text):
            yield flag(
                "W-OVERCONFIDENT",
                "C-13",
                f"{likeliest.text.strip()!r} reads as if the job were already yours.",
                (likeliest.start, likeliest.end),
                "Keep the note about the conversation and them, not about working there.",
            )


def c14_formal_letter(m: Message) -> Iterator[TextFinding]:
    """C-14: an asset claim, a talking point and something of value; at most 400 words (thanks and
    interest are C-01's)."""
    if not ASSET.search(m.body):
        yield missing(
            m,
            "C-14",
            "why you would be an asset",
            "Explain how your experience answers what they need.",
        )
    person = m.recipient
    if person is not None and person.talking_points and not any(m.mentions(p) for p in person.talking_points):
        yield missing(
            m,
            "C-14",
            f"a point from your conversation with {person.name}",
            f"Refer to {person.talking_points[0]!r}.",
        )
    # the role's own name is no offer ("Research Analyst" is not research shared with them)
    without_role = re.sub(re.escape(m.position), " ", m.body, flags=re.IGNORECASE) if m.position else m.body
    if not (VALUE.search(without_role) or URL.search(m.body)):
        yield missing(
            m,
            "C-14",
            "something useful to them (an idea, a data point, an article)",
            "Offer an idea, a data point or an article relevant to what they are working on.",
        )
    count = word_count(m.body)
    if count > FORMAL_LETTER_WORDS:
        yield flag(
            "W-LENGTH",
            "C-14",
            f"{count} words: keep the formal letter to {FORMAL_LETTER_WORDS}.",
            m.body_span,
            f"Cut it to {FORMAL_LETTER_WORDS} words.",
        )


def c28_permission(m: Message) -> Iterator[TextFinding]:
    """C-28: naming someone at the company who is not on the panel needs their consent. People who run
    the process (HR, the main or designated contact) and the message's own recipients are not insiders."""
    app = m.ctx.application
    exempt = set(m.addressed) | {app.main_contact, app.designated_contact}
    if m.recipient is not None:
        exempt.add(m.recipient.id)
    others = {p.first for p in app.people if p.on_panel} | set(m.full_name.split()[:1])
    for person in app.people:
        if person.on_panel or person.permission_to_name or person.id in exempt or person.role is Role.HR:
            continue
        forms = []
        if person.first and person.last:
            forms.append(rf"\b{re.escape(person.first)}\s+{re.escape(person.last)}\b")
        if person.last:
            forms.append(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+{re.escape(person.last)}\b")
        first = person.first
        if len(first) >= 3 and first.lower() not in WORD_NAMES and first not in others:
            forms.append(rf"\b{re.escape(person.first)}\b")
        if not forms:
            continue
        start, end = m.body_span
        hit = re.compile("|".join(forms)).search(m.text, start, end)
        if hit:
            yield flag(
                "W-PERMISSION",
                "C-28",
                f"{person.name} is not on the panel: ask before naming them.",
                (hit.start(), hit.end()),
                f"Ask {person.name} whether you may mention them, or leave the name out.",
            )


def a11_no_promise(m: Message) -> Iterator[TextFinding]:
    """A-11: no wording that claims a message secures the outcome."""
    for sentence, _ in m.sentences:
        if promises_outcome(sentence.text):
            yield flag(
                "W-TONE",
                "A-11",
                "This claims more than a message can do.",
                span_of(sentence),
                "Say what you offer, not what the message will bring about.",
            )


_THEIR_POINT = "a talking point of theirs"
RULES = (
    TextRule("C-01", THANK_YOU_ROUND | {"FL"}, c01_essentials),
    TextRule("C-02", frozenset({"TY"}), c02_pitch, needs=frozenset({Need.APPLICATION})),
    TextRule("C-03", frozenset({"TY"}), c03_supplement, needs=frozenset({Need.APPLICATION})),
    TextRule(
        "C-04", frozenset({"TY"}), c04_talking_point, needs=frozenset({Need.RECIPIENT}), part=_THEIR_POINT
    ),
    TextRule(
        "C-05",
        THANK_YOU_ROUND,
        c05_round,
        needs=frozenset({Need.APPLICATION}),
        part="the next-steps and status questions",
        partial=((Need.STEP, "the next-steps question"),),
    ),
    TextRule("C-05", THANK_YOU_ROUND | {"FL"}, c05_questions),
    TextRule("C-12", frozenset({"TA"}), c12_arranger),
    TextRule(
        "C-13",
        frozenset({"LI"}),
        c13_linkedin,
        partial=((Need.PROFILE, "your name"), (Need.RECIPIENT, _THEIR_POINT)),
    ),
    TextRule("C-14", frozenset({"FL"}), c14_formal_letter, partial=((Need.RECIPIENT, _THEIR_POINT),)),
    TextRule("C-28", ALL_ACTIONS, c28_permission, needs=frozenset({Need.APPLICATION})),
    TextRule("A-11", ALL_ACTIONS, a11_no_promise),
)
