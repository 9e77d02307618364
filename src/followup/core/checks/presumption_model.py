"""C-13, learned: does a LinkedIn note read as if the job were already the candidate's?

The phrase classes of ``presumption`` catch the ways of presuming that someone wrote down; measured on a
batch of notes nobody had tuned them on, they found about a third (benchmarks/drafts/README.md, sixth
batch). What the other ways share is grammar rather than words: the candidate pictured in a future with the
reader ("once I", "I'll be", "my first", "our", "with you", "next month"). So this reading keeps only the
words and word pairs of a note that hold such a word (pronouns, auxiliaries and modals, prepositions, time
words) and weighs them with logistic regression (``core.learning``) trained on the LinkedIn notes of the
drafts corpus's development split (``scripts/train_presumption.py`` writes
``data/presumption_weights.tsv``; it also prints the cross-validated recall and false alarms that chose
``THRESHOLD``). Content words stay out: a note about "your team's style guide" or "the studio's redesign"
is about their work, not the candidate's place in it.

Measured on an eighth batch it had never seen, that reading of pairs of words found too little (17 of 40
notes with the phrases): a new writer's words seldom repeat an old one's. So the words of one meaning are
read as one word before the pairs are made (``_CLASSES``: a stretch of the job counted from its start, a
month or season to come, what a starter is given or goes through, the workplace and its people, and the
employer by its name), and each sentence also gives the pairs of what it does by grammar (``_FACETS``: the
candidate or "we", a future, a question, a plan already carried out, the first weeks, the starter's things,
their workplace, a hope): "fx:ask+start" is a question about the candidate's induction in any words.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from followup.core.learning import Weights, parse_weights, scores_of, softmax, word_features

KINDS = ("presumes", "fine")
WEIGHTS_FILE = "presumption_weights.tsv"
# 5-fold CV on the dev notes: 147 of 157 found (107 by phrases), no false alarm in 146 fine notes; each
# batch left out in turn and measured by weights trained on the others: 144 of 157, no false alarm
THRESHOLD = 0.7

# The candidate and a time to come: a pair of words holding one of these can picture the candidate there.
GRAMMAR_WORDS = frozenset(
    (
        *("i", "i'm", "i'll", "i'd", "i've", "my"),
        *("we", "we'll", "we're", "we'd", "we've", "our", "us"),
        *("will", "would", "shall", "going", "gonna"),
        *("once", "when", "whenever", "until", "soon", "next", "first", "start", "join"),
    )
)


# The candidate's own life now (their current job, shift, team, studies) is no presumption however it is
# worded: "Before I start my evening shift at the bakery" pictures their day, not the reader's workplace.
# A clause saying so is left out of the reading ("my first shift" and "my new team" stay in).
_OWN_LIFE = re.compile(
    r"\b(?:my|our) (?:current|present|last|previous|old|former|own|day|evening|morning|night|weekend)\b"
    # ("in my borough" is theirs; "in my first week" and "in my Northgate calendar" are the job's)
    r"|\b(?:at|in) my (?!first\b|new\b|future\b|next\b|\w+ (?:calendar|diary)\b)"
    r"|\bmy (?!first\b|new\b|future\b|next\b)(?:\w+ )?(?:shift|job|role|team|work|employer"
    r"|company|firm|studies|course|degree|class|classes|manager|boss)\b"
    # the candidate's own studies ("I'm studying for a records management certificate this spring")
    r"|\bstudying for (?:a|an|my|the)\b"
    # the candidate's own places ("my locker at the rowing club")
    r"|\bat (?:the|my) (?:\w+ ){0,2}(?:club|gym|school|church|choir|library|pool|pub|allotment)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^,;.!?]+[,;.!?]?")
# Good wishes for the reader's own event ("Wishing the team a smooth cutover next month", "Good luck with the
# launch in May") look ahead to their future, not the candidate's place in it; with the candidate in them
# ("wishing us a great first sprint") they are read like any other clause.
_THEIR_FUTURE = re.compile(r"^\s*(?:wishing|good luck|best of luck|all the best|hope the)\b", re.IGNORECASE)
_CANDIDATE = re.compile(r"\b(?:I|me|my|we|us|our|I'll|I'm|I'd|we'll)\b", re.IGNORECASE)


# A conversation reported ("I told my brother about the horses you shoe") is about its topic; telling someone
# a plan ("I've told my brother I'll be shoeing for you") is not "about" anything.
_TOLD_ABOUT = re.compile(r"\b(?:told|tell|showed|show|mentioned)\b(?: \w+){0,3} about\b", re.IGNORECASE)


def _theirs(clause: str) -> bool:
    return (
        bool(_OWN_LIFE.search(clause))
        or (bool(_THEIR_FUTURE.search(clause)) and not _CANDIDATE.search(clause))
        or bool(_TOLD_ABOUT.search(clause))
    )


# What the weights cannot see, said by grammar: a sentence told in the past ("My first placement was on a
# surgical ward"), whose only prospect is a courtesy of the note ("looking forward to reading the report you
# mentioned", "I'll send you the article", "I hope we'll speak again", "a puzzle I'll keep turning over"), or
# whose prospect is hedged as a hope ("if I'm lucky enough to join", "whatever the outcome", "whether or not
# I'm part of it") pictures no future with them, whatever its pairs of words.
_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|once|soon|next|from (?:next|now)|can['’]?t wait)\b|['’]ll\b", re.IGNORECASE
)
_CONTACT = (
    r"(?:reading|hearing|seeing|meeting|catching up|staying in touch|keeping in touch|following|learning"
    r"|talking|chatting|swapping|trying|comparing)"
)
_COURTESY_VERB = (
    r"(?:send|share|forward|pass|post|drop|mail|e-?mail|read|watch|follow|look out|keep (?:an eye|turning"
    r"|thinking|following|reading|watching)|try|speak|talk|chat|meet|catch up|keep in touch|stay in touch"
    r"|be in touch|connect|cheer|root|think"
    # an event outside their workplace: "I'll be at the meetup next month"
    r"|(?:be at|join|attend|tune in to|watch) (?:the|a|an|your) (?:[\w-]+ ){0,3}(?:meetup|conference|event"
    r"|talk|webinar|fair|lecture|workshop"
    r"|festival|gig|show|match|race|summit|convention|expo|launch))"
)
# their staff's own occasions are no courtesy to attend: "I'll cheer your team on at the family day"
_STAFF_DO = (
    r"[^,;.!?]*\b(?:staff|family|away|team|office|company|works) (?:days?|part(?:y|ies)|picnics?|outings?"
    r"|barbecues?|socials?|dos)\b"
)
_COURTESY = re.compile(
    rf"\blook(?:ing)? forward to {_CONTACT}\b"
    # eager to read what they wrote: "I can't wait to read your piece on tithe maps"
    r"|\bcan['’]?t wait to (?:read|hear|listen to|watch) (?:your|their|his|her|the) (?:[\w-]+ ){0,2}(?:piece"
    r"|article|post|paper|talk|blog|newsletter|podcast|report|book|essay|write-?up|column|thread|interview)s?\b"
    rf"|\b(?:I['’]ll|I will|(?<=and )will)(?: (?:also|certainly|happily|gladly|definitely|try to|be sure to"
    rf"|be glad to"
    rf"|be happy to|still))? {_COURTESY_VERB}\b(?!{_STAFF_DO})[^,;.!?]*"  # (and the rest of its clause)
    # what two contacts do together ("we'll speak again"), not what colleagues do ("we'll share a desk")
    r"|\b(?:we['’]ll|we will|we can|we could)(?: (?:also|certainly|soon|surely|definitely))?"
    r" (?:speak|talk|chat"
    r"|meet|catch up|keep in touch|stay in touch|be in touch|connect)\b",
    re.IGNORECASE,
)
_HOPE = re.compile(
    r"\b(?:if I['’]?m (?:\w+ )?(?:lucky|fortunate) enough|if I (?:get|am given|am offered|were to)"
    r"|should I be (?:lucky|fortunate|offered|successful)|whether or not|either way|whatever (?:the outcome"
    r"|happens|comes next|you decide|the panel decides?|the decision)|if things go|if it works out)\b",
    re.IGNORECASE,
)


# A wish for the reader that leaves the candidate out ("Good luck to your daughter's team this fall",
# "Enjoy the patrols next summer") pictures their future, not the candidate's.
_WISH = re.compile(
    r"^\W*(?:good luck|best of luck|all the best|enjoy|wishing you|happy|congratulations on"
    r"|fingers crossed for your)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]\w+|me|my|mine|we|we['’]\w+|us|our)\b", re.IGNORECASE)


def pictures_no_future(sentence: str) -> bool:
    """Whether ``sentence`` is told in the past, looks forward only to a courtesy, hedges its prospect as a
    hope, or wishes the reader well without the candidate in it (see above)."""
    if _HOPE.search(sentence) or (_WISH.search(sentence) and not _FIRST_PERSON.search(sentence)):
        return True
    if _FUTURE.search(_COURTESY.sub("", sentence)):
        return False
    return bool(_PAST.search(sentence) or _COURTESY.search(sentence))


PHRASES = "cue:phrases"  # the phrase classes found the note presuming

ORG = "zorg"  # the employer, by the name people write ("Tidewater" for Tidewater Analytics)

# Words of one meaning read as one word, so that what a note says carries over to the words another writer
# picks: "my first quarter" and "my first ninety days" are one idea, and so are "before my induction" and
# "before I'm trained". Each class stands for a kind of thing the job brings, not for a phrase of the corpus.
_CLASSES = (
    # a stretch of the job counted from its start ("first cycle", "second week", "first ninety days")
    (
        "zperiod",
        r"(?:first|second|third|opening) (?:(?:\d+|thirty|sixty|ninety|hundred|couple of|few) )?(?:days?"
        r"|mornings?|weeks?|months?|quarters?|cycles?|projects?|tasks?|assignments?|sprints?|shifts?"
        r"|rotations?|terms?|seasons?|year|piece|goal)",
    ),
    # a time to come by the calendar
    (
        "zwhen",
        r"(?:january|february|april|june|july|august|september|october|november|december"
        r"|christmas|easter|spring|summer|autumn|fall|winter|the new year|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday|fortnight)",
    ),
    # what a starter is given or goes through
    (
        "zstart",
        r"(?:inductions?|onboarding|orientation|training (?:sessions?|courses?|days?)|trained|access"
        r"|logins?|badges?"
        r"|passes|contracts?|paperwork|references|notice|probation|payroll|start date|relocat\w+|landlord"
        r"|desk|locker|laptop|uniform)",
    ),
    # the workplace and its people
    (
        "zplace",
        r"(?:team|teams|studio|office|building|warehouse|depot|site|floor|ward|lab|clinic|centre"
        r"|center|kitchen|firm|company|practice|department|crew|squad|colleagues?|teammates?|member|members"
        r"|staff|hires?|recruits?)",
    ),
)
_CLASS = [(token, re.compile(rf"\b{pattern}\b", re.IGNORECASE)) for token, pattern in _CLASSES]
CLASS_WORDS = frozenset((*(token for token, _ in _CLASSES), ORG))

# What a sentence does, by grammar: the facets a pair of which is read as one feature ("fx:future+start").
_FACETS = (
    ("i", r"\b(?:i|i['’]m|i['’]ll|i['’]d|i['’]ve|me|my|mine)\b"),
    ("we", r"\b(?:we|we['’]ll|we['’]re|we['’]d|us|our|ours)\b"),
    (
        "future",
        r"\b(?:will|shall|going to|once|until|till|before long|soon|next|from now|by zwhen|can['’]?t wait)\b"
        r"|['’]ll\b",
    ),
    ("ask", r"\?"),
    (
        "plan",
        r"\b(?:i['’]ve (?:already )?\w+ed|i have (?:already )?\w+ed|i['’]m (?:already )?\w+ing (?:my|for|to)"
        r"|i['’]d like to|i plan|planned|sketched|booked|cleared|told|warned)\b",
    ),
    ("first", r"\bfirst zperiod\b|\bfrom the first\b"),
    ("start", r"\bzstart\b"),
    ("place", r"\bzplace\b"),
    ("org", rf"\b{ORG}\b"),
    (
        "hope",
        r"\b(?:if i['’]m (?:lucky|fortunate)|if i (?:get|am given)|whether or not|either way|whatever"
        r"|i hope|i['’]d love the chance|hopefully)\b",
    ),
    ("past", r"\b(?:was|were|had|did)\b"),
    # the candidate at the job's work, for or beside the reader: "rebuild those macros for you", "get stuck
    # into the forecasts with you", "be the one keeping it up to date"
    (
        "work",
        r"\b(?:for you|with you|for your team|with your team|get(?:ting)? stuck in\w*|dig(?:ging)? in\w*"
        r"|roll(?:ing)? up my sleeves|hit the ground running|be the one|tak(?:e|ing) (?:it|this|that) on"
        r"|take over|pick(?:ing)? up where)\b",
    ),
)
_FACET = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _FACETS]


def _employer(company: str) -> re.Pattern[str] | None:
    """The employer's name as a note may write it: whole, or its first word when that is distinctive."""
    words = [w for w in company.split() if w.lower() != "the"]
    names = [company.strip(), *([words[0]] if len(words) > 1 and len(words[0]) >= 4 else [])]
    names = [n for n in names if n]
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?:['’]s)?\b")


def _classed(text: str, company: str = "") -> str:
    employer = _employer(company)
    if employer is not None:
        text = employer.sub(ORG, text)
    for token, pattern in _CLASS:
        text = pattern.sub("first zperiod" if token == "zperiod" else token, text)
    return text


def facets(sentence: str, company: str = "") -> list[str]:
    """What ``sentence`` does (``_FACETS``), in the order of ``_FACETS``, on its classed words."""
    classed = _classed(sentence, company)
    return [name for name, pattern in _FACET if pattern.search(classed)]


def _facet_pairs(text: str, company: str) -> list[str]:
    found: dict[str, None] = {}
    for sentence in re.split(r"(?<=[.!?;:])\s+", text):
        present = facets(sentence, company)
        for i, first in enumerate(present):
            for second in present[i + 1 :]:
                found[f"fx:{first}+{second}"] = None
    return list(found)


def note_features(text: str, by_phrases: bool = False, company: str = "") -> list[str]:
    """The words and word pairs of ``text`` that hold a grammar word (see the module), the pairs of facets
    of its sentences (``facets``), and ``PHRASES`` when the phrase classes found it presuming. In training
    that feature takes the notes the phrases already catch off the words' hands, so the words learn the ways
    the phrases miss; when checking, the weights are asked only about notes the phrases passed."""
    kept = " ".join(c.group() for c in _CLAUSE.finditer(text) if not _theirs(c.group()))
    classed = _classed(kept, company)
    found = [
        f
        for f in word_features(classed)
        if " " in f
        and any(
            word.removeprefix("not_") in GRAMMAR_WORDS or word.removeprefix("not_") in CLASS_WORDS
            for word in f.split(" ")
        )
    ]
    found += _facet_pairs(kept, company)
    return [*found, PHRASES] if by_phrases else found


def presumption(text: str, weights: Weights | None = None, company: str = "") -> float:
    """How likely ``text``, which the phrase classes passed, presumes the outcome, from 0 to 1
    (``THRESHOLD`` and above: it does); ``company`` is the employer's name as people write it."""
    learned = shipped_weights() if weights is None else weights
    if not learned:
        return 0.0
    present = {f for sentence in re.split(r"(?<=[.!?;:])\s+", text) for f in facets(sentence, company)}
    if not present & _PICTURES:
        return 0.0  # no prospect, plan, start or shared work: "Your team's podcast is now on my list"
    return softmax(scores_of(learned, note_features(text, company=company), KINDS, normalise=False))[
        "presumes"
    ]


# What a note must picture (or ask about the place) before its words can presume the outcome.
_PICTURES = frozenset(("future", "plan", "first", "start", "work", "we", "ask"))


@cache
def shipped_weights() -> Weights:
    """The weights that ship with followup (read on the first LinkedIn note checked)."""
    source = resources.files("followup").joinpath(f"data/{WEIGHTS_FILE}")
    return parse_weights(source.read_text(encoding="utf-8")) if source.is_file() else {}
