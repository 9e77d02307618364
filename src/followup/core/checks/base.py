"""What every text rule of the checker shares: the message being checked (``Message``), the shape of a
rule (``TextRule``: an ID, the actions it applies to, a function from message to findings), the
finding constructor, and the small vocabulary tools the rules are written with: content words,
"does the text mention this phrase", dates named in a text, an edit distance for names.

Content words are lowercase words of three letters or more that are not in ``STOPWORDS``, with a plural
"s" taken off, so that "migrations" meets "migration". A phrase is mentioned when it appears verbatim
(case and spacing ignored) or when the text shares two of its content words (one, if it has only one).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache

from followup.core.checks.anatomy import Anatomy, Span, sentences_in, words_in
from followup.core.codes import Severity, severity_of
from followup.core.drafts import DraftContext, Speller, TextFinding
from followup.core.model import Culture, Person

THANK_YOU_ROUND = frozenset({"TY", "TA", "TY-FWD"})
STATUS_EMAILS = frozenset({"F1", "F2", "F3"})
SCRIPTS = frozenset({"CALL", "VOICEMAIL"})
ALL_ACTIONS = frozenset(
    {"TY", "TA", "TY-FWD", "LI", "FL", "F1", "F2", "F3", "SCHED", "CALL", "VOICEMAIL", "RSP", "RJ", "FB"}
    | {"EXC-OFFER", "EXC-NEWS"}
)
WRITTEN = ALL_ACTIONS - SCRIPTS
TOUCHES = frozenset({"TY", "TA", "TY-FWD", "FL", "F1", "F2", "F3", "SCHED", "CALL", "VOICEMAIL"})

# ("I valued the opportunity to talk": thanks in other words)
THANKS = re.compile(
    r"\b(thank|grateful|appreciat|gratitude|valued the|obliged\b|indebted\b|(?:kind|generous|good) of you\b"
    r"|cheers for\b|ta for\b)",
    re.IGNORECASE,
)
# Interest in the role in any words: the usual ones, and the role said to draw or appeal to the candidate,
# wanted, or the part they would most like to take on ("the role still appeals to me a great deal").
INTEREST = re.compile(
    r"\b(?:interest|excit|enthusias|eager|keen)|\bappeal(?:s|ed|ing)? (?:to me|a great deal|greatly|strongly)"
    r"|\bdrawn to\b"
    r"|\b(?:would|'d) (?:most |really |very much )?(?:like|love) to (?:take on|join|be part|work on)"
    r"|\bmost like to\b|\bstill (?:want|hope to)\b|\bwant (?:this|the) (?:role|job|position|post)\b"
    # "Harborlight is where I want to be", "where my heart is", "the plans still have my attention"
    r"|\bwhere (?:I want to be|my heart is)\b|\b(?:has|have) my (?:full )?attention\b|\bmade me want to\b"
    # Writers nobody tuned on: "I'd relish the chance to join", "proud to be part of", "my first choice",
    # "the prospect of working with your team", "I can't wait to get started".
    r"|\bthrill|\brelish|\bcan(?:no|['’])?t wait to\b|\braring to\b|\bwould (?:jump|leap) at\b"
    r"|\bpassionate about (?:the|this|your)\b|\bwholehearted|\bcount me in\b|\bsold on\b"
    r"|\b(?:would|['’]d) (?:welcome|love|relish|value) (?:the|an|any) (?:chance|opportunity) to"
    r" (?:join|work|contribute|be part|bring|help|build|take)"
    r"|\b(?:glad|delighted|proud|happy|honou?red) to"
    r" (?:join|be part|contribute|bring|work (?:with|alongside|on|for))"
    r"|\bprospect of (?:joining|working|being part|contributing)"
    r"|\bhope to (?:join|be part|be working|contribute)"
    r"|\b(?:first|top) choice\b|\btop of my list\b|\bvery much (?:want|hope)"
    r"|\bcommitted to (?:the|this) (?:role|position|opportunity|post)"
    # the role as the one wanted or chosen ("the role is still very much the one I want", "Harborlight is
    # still the team I'd choose", "one I'd be proud to take on"), the wish to join, the reasons unchanged
    r"|\b(?:the|one|team|role|job|post|position|place|firm|company) I(?:['’]d| would)? (?:\w+ ){0,2}"
    r"(?:want|choose|pick|prefer|like|love)\b(?! to (?:know|ask|hear|check|confirm|mention|add|say))"
    r"|\bone I(?:['’]d| would) be (?:\w+ )?(?:glad|delighted|proud|happy|thrilled|excited|keen) to"
    r"|\b(?:would|['’]d) (?:very much |really |so )?(?:love|like|be (?:\w+ )?(?:glad|delighted|proud|happy"
    r"|thrilled|excited|keen)) to (?:help (?!you to)|be (?:your|a|an|part|on|that|the)|join|take (?:on|up)"
    r"|work (?:on|with|for|at|alongside)|bring|start"
    r"|get (?:going|stuck in|started)|build|lead|tackle|grow|adopt)"
    r"|\b(?:wish|want(?:ed|ing)?) to (?:join|work (?:with|for|at|alongside)|be part)"
    r"|\breasons? for applying\b|\b(?:great|good|perfect|strong|natural|real) fit\b",
    re.IGNORECASE,
)
# A close that looks ahead, in the words people use: "I hope to hear from you soon", "Talk soon",
# "I'll await your news", "Until then", "keen to hear how things progress".
FORWARD = re.compile(
    r"\blook(ing)? forward|\bhear(ing)? (back )?from you|\bhope to (?:hear|speak|talk|meet|see you|catch up)"
    r"|\b(?:speak|talk) (?:again )?soon\b|\bawait(?:ing)? (?:your|the|any|news|word)"
    r"|\buntil (?:then|we speak)\b"
    r"|\b(?:keen|eager|glad|happy) to hear\b|\bin touch soon\b|\bsee you (?:soon|then|next)\b"
    # a hope to hear, in other words: "I'm hoping to hear how things unfold", "hope to hear back"
    r"|\bhop(?:e|ing) to (?:hear|learn|know)\b"
    # news welcomed, or the candidate's own next word promised: "I would welcome hearing from Fenwick in
    # future", "I'll check back in a week or two"
    r"|\bwelcome (?:hearing|any news|news|word|the chance to hear)\b"
    r"|\b(?:I['’]ll|I will) (?:check (?:back|in)|touch base|be in touch|get in touch)\b",
    re.IGNORECASE,
)
# C-19/C-26's openness to future contact, in any words: the future itself, staying in touch, or another
# opening that may come ("if another analytics opening comes up, I would be glad to be considered").
FUTURE = re.compile(
    r"\bfuture\b|stay(?:ing)? in touch|keep(?:ing)? in touch|keep me in mind|down the road"
    r"|other (?:roles|positions|openings|"
    r"opportunities)|remain in contact|welcome (?:hearing|the chance|any)|crossing paths|cross paths"
    r"|\b(?:another|other|any|new|similar) (?:\w+ ){0,2}(?:openings?|roles?|positions?|opportunit(?:y|ies)"
    r"|vacanc(?:y|ies)|posts?) (?:comes? up|opens?|arises?|becomes? available|come along)"
    r"|\bconsider(?:ed)? (?:me )?(?:again|next time|for (?:another|other|future|similar))"
    r"|\b(?:keep|kept|keeping|hold|held) (?:my (?:details|CV|résumé|resume|application)|me) on file"
    r"|\bthink of me\b"
    # the door held open for them: "Please feel free to contact me at any time", "don't hesitate to get in
    # touch"
    r"|\b(?:feel free to|(?:don['’]t|do not|never) hesitate to) (?:contact|reach|get in touch|write|call)"
    r"|\b(?:contact|reach|call) me (?:at any time|any ?time|whenever)\b"
    # "please do get in touch whenever it's convenient", "please reach out whenever it suits you"
    r"|\b(?:get in touch|reach out|be in touch|write|call)(?: with me| again)?"
    r" (?:whenever|at any time|any ?time)\b"
    # "about this opening or a later one", "a later role"
    r"|\b(?:a|any) later (?:one|role|opening|vacancy|post|position)\b"
    # "If a role opens at Tidewater that suits my background, I would be glad to hear about it"
    r"|\bif (?:a|an|another|any|anything|one|something|the right) (?:\w+ ){0,3}"
    r"(?:roles?|openings?|positions?|jobs?|posts?|vacanc(?:y|ies)|opportunit(?:y|ies)|else) (?:\w+ ){0,5}"
    r"(?:comes? up|opens?|arises?|becomes? available|comes? along|appears?|turns? up)",
    re.IGNORECASE,
)

STOPWORDS = frozenset(
    str.split(
        """
    a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can cannot could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he her here hers herself him himself
    his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most much my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that that's the their theirs them themselves then there these they this those through
    to too under until up very was wasn't we we'd we'll we're we've were what when where which while who
    whom why will with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
    dear hi hello thank thanks regards sincerely kind best again really today yesterday tomorrow also
    get got make made one two three well like new way would may might must shall still yet ever even
    interview interviews interviewed interviewing position role job opportunity opportunities company firm
    team time meeting conversation discuss discussed speak spoke speaking talk talked talking great enjoyed
    enjoy pleasure appreciate appreciated grateful interest interested excited look looking forward hear
    hearing please know let many much truly sure able glad happy hope
    """
    )
)


_CLOSING_LINE_WORDS = 12  # ("I look forward to hearing from you and the panel soon.": a closing line)


class Need(StrEnum):
    """What a rule reads besides the text. A text checked without it (no records yet, no application or
    recipient named) leaves that rule, or that part of it, unchecked, and says so. In the order a report
    names them: a missing recipient first, then the application, the plan step and the profile."""

    RECIPIENT = "recipient"  # the person the message goes to (C-04's talking points, C-09)
    APPLICATION = "application"  # the company, role, people, round and what was sent before
    STEP = "step"  # the plan step the message is for (C-05's next-steps question, C-19's last touch)
    PROFILE = "profile"  # the candidate's own name and details (C-07, C-08)


EVERYTHING = frozenset(Need)

MONTH_NAMES = str.split(
    "january february march april may june july august september october november december"
)
WEEKDAY_NAMES = str.split("monday tuesday wednesday thursday friday saturday sunday")


@dataclass(frozen=True)
class Message:
    """One text under check, with its situation and its parts."""

    ctx: DraftContext
    subject: str
    text: str
    parts: Anatomy
    speller: Speller | None
    channel: str  # email, letter, linkedin, phone
    addressed: frozenset[str] = frozenset()  # person ids in To/CC (a draft's; else the recipient)
    known: frozenset[Need] = EVERYTHING  # what the context really holds (the rest is placeholder)
    # H-15: the recipient's business days from bd(send,1) to bd(send,10), when the shell knows the calendar
    slot_days: frozenset[dt.date] | None = None

    @property
    def action(self) -> str:
        return self.ctx.action

    def knows(self, need: Need) -> bool:
        return need in self.known

    @property
    def recipient(self) -> Person | None:
        return self.ctx.recipient

    @cached_property
    def body(self) -> str:
        return self.parts.body

    @cached_property
    def body_span(self) -> tuple[int, int]:
        span = self.parts.body_span
        return span if span != (0, 0) else (0, len(self.text))

    @cached_property
    def counted_paragraphs(self) -> tuple[Span, ...]:
        """The body's paragraphs as a length limit counts them (C-06, C-15): a last line that is only the
        forward-looking close ("I look forward to hearing from you.") belongs to the closing, as a reader
        sees it, not to the body's paragraphs."""
        paragraphs = self.parts.paragraphs
        if len(paragraphs) > 1:
            last = paragraphs[-1].text.strip()
            if "\n" not in last and len(last.split()) <= _CLOSING_LINE_WORDS and FORWARD.search(last):
                return paragraphs[:-1]
        return paragraphs

    @cached_property
    def sentences(self) -> list[tuple[Span, bool]]:
        parts = (*self.parts.paragraphs, *self.parts.postscript)
        return [s for p in parts for s in sentences_in(self.text, p)]

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(content_words(self.body))

    def mentions(self, phrase: str, briefly: bool = False) -> bool:
        return mentions(self.body, phrase, self.stems, briefly)

    @property
    def full_name(self) -> str:
        return self.ctx.profile.name.strip()

    @property
    def position(self) -> str:
        return self.ctx.application.position.strip()

    @property
    def company(self) -> str:
        return company_core(self.ctx.application.company.name)

    def names_role_or_company(self) -> bool:
        """The role or the company, as recorded or as people name it ("Tidewater" for Tidewater
        Analytics: the name's first word, capitalised as recorded; "the analyst role" for Marketing
        Analyst), in the body or in the subject above it, which the reader sees first ("Asset Data Analyst
        interview, thank you" over "I'm very interested in the role")."""
        return any(self._names_role_or_company(text) for text in (self.body, self.subject))

    def _names_role_or_company(self, text: str) -> bool:
        low = text.lower()
        if any(n and n.lower() in low for n in (self.position, self.company)):
            return True
        title = [w for w in self.position.lower().split() if len(w) >= 4]
        if title and re.search(rf"\b{re.escape(title[-1])} (?:role|job|position|post)\b", low):
            return True
        words = [w for w in self.company.split() if w.lower() != "the"]
        head = words[0] if len(words) > 1 else ""
        return len(head) >= 4 and re.search(rf"\b{re.escape(head)}\b", text) is not None

    def sentences_matching(self, pattern: re.Pattern[str]) -> list[Span]:
        return [s for s, _ in self.sentences if pattern.search(s.text)]


RuleCheck = Callable[[Message], Iterable[TextFinding]]


@dataclass(frozen=True)
class TextRule:
    """One playbook rule as the checker applies it: the actions it covers and the check itself.

    ``needs``: without any of these the check is not run at all (and is reported unchecked); ``part``
    names what of the rule this entry checks when a rule is split over several entries; ``partial``
    lists the parts the check leaves out by itself when a need is missing (reported the same way)."""

    rule: str
    actions: frozenset[str]
    check: RuleCheck
    needs: frozenset[Need] = frozenset()
    part: str = ""
    partial: tuple[tuple[Need, str], ...] = ()


def flag(
    code: str,
    rule: str,
    message: str,
    span: tuple[int, int] = (0, 0),
    suggestion: str = "",
    severity: Severity | None = None,
    kind: str = "",
) -> TextFinding:
    """A finding; ``kind`` names the fault within its code (``FINDING_KINDS``: W-PROOF and W-TONE)."""
    return TextFinding(code, rule, severity or severity_of(code), message, span[0], span[1], suggestion, kind)


def missing(m: Message, rule: str, what: str, suggestion: str) -> TextFinding:
    """W-MISSING-ELEMENT pointing at the body (there is no text to point at for what is absent)."""
    return flag("W-MISSING-ELEMENT", rule, f"Missing: {what}.", m.body_span, suggestion)


def span_of(s: Span) -> tuple[int, int]:
    return (s.start, s.end)


# --- vocabulary ---------------------------------------------------------------------------------------
def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    w = w.removesuffix("'s")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def content_words(text: str) -> list[str]:
    """Lowercase stems of the words of three letters or more that carry meaning."""
    found = []
    for w in words_in(text):
        low = w.text.lower().replace("’", "'")
        if len(low) >= 3 and low not in STOPWORDS:
            found.append(stem(low))
    return found


def normalized(text: str) -> str:
    return " ".join(re.findall(r"[\w'’-]+", text.lower().replace("’", "'")))


def mentions(text: str, phrase: str, stems: frozenset[str] | None = None, briefly: bool = False) -> bool:
    """The phrase verbatim, or two of its content words (one when it has only one); ``briefly`` (a note of
    a few words, a LinkedIn note), also one word that only this topic would bring up ("your dog", "the
    five-a-side team", "Cardiff"): a short note says a topic in a word, a letter says more of it."""
    phrase_norm = normalized(phrase)
    if not phrase_norm:
        return False
    if f" {phrase_norm} " in f" {normalized(text)} ":
        return True
    wanted = set(content_words(phrase))
    if not wanted:
        return False
    have = stems if stems is not None else frozenset(content_words(text))
    shared = wanted & have
    return len(shared) >= min(2, len(wanted)) or (briefly and any(_telling(w) for w in shared))


# Words any note about work may hold: one of them alone names no topic.
_EVERYDAY = frozenset(
    str.split(
        """
        team office work role job company project process data report meeting people time day week year
        plan new good great interview conversation question idea way thing part place client customer
        staff manager business service product tool system group member area side level point case
        """
    )
)


def _telling(word: str) -> bool:
    return len(word) >= 4 and word not in _EVERYDAY and not word.isdigit()


def company_core(name: str) -> str:
    """ "Summit Legal LLP" → "Summit Legal": the part of a company name people write."""
    core = re.sub(
        r"[\s,]+(llp|llc|inc\.?|ltd\.?|limited|corp\.?|corporation|co\.?|gmbh|plc|ag|sa|s\.a\.|& co\.?)$",
        "",
        name.strip(),
        flags=re.IGNORECASE,
    )
    return core.strip() or name.strip()


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of two neighbours ("Whitacre" → "Whitaker": 2)."""
    a, b = a.lower(), b.lower()
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def near_name(token: str, name: str) -> bool:
    """A misspelling of ``name``: different, but one edit away (two for names over five letters)."""
    if not name or token.lower() == name.lower() or len(name) < 3:
        return False
    return edit_distance(token, name) <= (1 if len(name) <= 5 else 2)


def date_pattern(day: dt.date) -> re.Pattern[str]:
    """A date as people write it: its weekday, its month and day (either order), or m/d or ISO."""
    month = MONTH_NAMES[day.month - 1]
    weekday = WEEKDAY_NAMES[day.weekday()]
    d = day.day
    ordinal = rf"{d}(?:st|nd|rd|th)?"
    month_word = rf"{month[:3]}\w*\.?"
    return re.compile(
        rf"\b{weekday[:3]}\w*\b|\b{month_word}\s+(?:the\s+)?{ordinal}\b|\b{ordinal}\s+(?:of\s+)?{month_word}"
        rf"|\b{day.month}/{d}\b|\b{d}/{day.month}\b|{day.isoformat()}",
        re.IGNORECASE,
    )


ANY_DATE = re.compile(
    r"\b("
    + "|".join(w[:3] for w in WEEKDAY_NAMES)
    + r")\w*\b|\b("
    + "|".join(m[:3] for m in MONTH_NAMES)
    + r")"
    r"\w*\.?\s+\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(m[:3] for m in MONTH_NAMES) + r")"
    r"|\b\d{1,2}/\d{1,2}\b|\d{4}-\d{2}-\d{2}|\blast week\b|\byesterday\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)  # C-25 asks it of one sentence for every time the sentence names
def names_date(text: str, day: dt.date | None) -> bool:
    if day is None:
        return bool(ANY_DATE.search(text))
    return bool(date_pattern(day).search(text))


def letter_by_post(ctx: DraftContext) -> bool:
    """H-09: the formal letter goes by post for traditional firms (auto), or always with ``post``."""
    medium = ctx.settings.formal_letter_medium
    return medium == "post" or (medium == "auto" and ctx.application.company.culture is Culture.TRADITIONAL)


def channel_of(ctx: DraftContext) -> str:
    """The medium of a message when only its action is known."""
    if ctx.action == "LI":
        return "linkedin"
    if ctx.action in SCRIPTS:
        return "phone"
    if ctx.action == "FL" and letter_by_post(ctx):
        return "letter"
    return "email"


def candidate_names(ctx: DraftContext) -> tuple[str, ...]:
    """The candidate's full name and its parts (to recognise a signature line)."""
    full = ctx.profile.name.strip()
    return (full, *full.split()) if full else ()


def hook_text(hook: str) -> str:
    """What a hook is about: "article: Gartner on e-discovery (published)" → "Gartner on e-discovery"."""
    text = hook.split(":", 1)[1] if re.match(r"\s*\w+\s*:", hook) else hook
    return re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()
