"""How a debrief answer becomes a sentence: the shape of what the user typed, the frames that fit that
shape, and ``preview``, which shows the user the sentence an answer will become (PLAYBOOK D-04, D-05,
D-06, D-09, D-10 feeding C-02 to C-04).

People type debrief answers in every shape: a noun phrase ("attribution dashboards"), a clause ("we
both ran the Denver marathon"), a fragment ("small team, big mandate") or a note to themselves ("send
the sample I mentioned"). A frame written for one shape reads wrongly around another, and a frame may
contradict its filling ("One thing I did not get to mention: the sample I mentioned"). So each field
has a bank per shape, and the text is trimmed to fit it (a leading "about", a closing full stop, a
capital that only started the answer). Nothing is paraphrased: the user's words stay theirs.

Frames claim nothing that may not have happened: a sentence says "you stressed" only to the person the
item is linked to (``own``), and the note to a main contact who was not in the room says "the panel".
"""

from __future__ import annotations

import re
from typing import Literal

from followup.core.compose.wording import Bank
from followup.core.compose.wording import debrief as frames

Shape = Literal["noun", "clause", "fragment", "offer", "empty"]

# The first word of a clause: a subject pronoun, or "both"/"there" as in "both ran", "there is".
_SUBJECTS = frozenset(
    str.split("i i'm i've i'd we we're we've you you're they they're he she it it's both there my our")
)
_AUXILIARIES = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|can|could|will|would|should|needs|wants)\b", re.I
)
# "the team owns attribution": a subject of one to three words, then a verb. Only after a determiner, so
# that "five years of attribution work" and "sales leads" stay noun phrases.
_SUBJECT_VERB = re.compile(
    r"^(?:the|a|an|our|their|this|that|my|his|her|its|every|each)\s+(?:(?!that\b|which\b|who\b)[\w'-]+\s+){0,2}?"
    r"(?:owns?|runs?|ran|leads?|led|uses?|used|builds?|built|works?|worked|manages?|managed|plans?|planned"
    r"|expects?|hopes?|values?|relies|lacks?|grows?|grew|moved?|moves|cares?|gets?|got|makes?|made"
    r"|takes?|took|wrote|writes?|said|says|told|showed|shows?|wants?|needs?)\b",
    re.I,
)
# A note to oneself that starts with a verb: "send the sample", "mention my certificate".
_OFFER_VERBS = frozenset(str.split("send share show forward provide offer bring"))
_SAY_VERBS = frozenset(str.split("mention add tell explain clarify note say stress"))
_LEADS = re.compile(
    r"^(?:(?:we |i )?(?:talked|spoke|chatted) about|(?:we )?discussed|about|on|regarding|re:)\s+", re.I
)
_LOWER_FIRST = frozenset(
    str.split("the a an my our your their this that these those how what why when where whether some its")
)
# A capital that only started the answer: "Attribution dashboards", "Moving the pipeline" (names rarely
# end so; the core has no dictionary to tell "Acme" from "Attribution").
_COMMON_ENDINGS = ("tion", "sion", "ing", "ment", "ness", "ity", "ance", "ence", "ship")
_BACK_REFERENCE = re.compile(
    r"\b(?:mentioned|promised|discussed|talked about|said|brought up|spoke about"
    r"|told (?:you|them|her|him))\b",
    re.I,
)
FIELDS = (
    "talking_point",
    "fit_statement",
    "emphasized",
    "takeaways",
    "excitements",
    "went_well",
    "to_supplement",
)
# Fields that stay out of every message (D-05: open questions wait for a later round; concerns and the
# self-assessment are the candidate's own).
PRIVATE = frozenset({"concerns", "open_questions", "to_improve", "stumbled_questions"})


def clean(text: str) -> str:
    """User text for the middle of a sentence: one line, without closing punctuation."""
    return " ".join(text.split()).strip().rstrip(".!;:,").strip()


def shape_of(text: str) -> Shape:
    """What kind of phrase the user typed (see the module's docstring)."""
    words = clean(text).split()
    if not words:
        return "empty"
    first = words[0].lower().replace("’", "'")
    if first in _OFFER_VERBS:
        return "offer"
    rest = " ".join(words[1:])
    if first in _SUBJECTS and (first not in ("my", "our") or _AUXILIARIES.search(rest)):
        return "clause"
    if _AUXILIARIES.search(rest) or _SUBJECT_VERB.search(" ".join(words)):
        return "clause"
    if "," in text or ";" in text:
        return "fragment"
    return "noun"


def as_noun(text: str) -> str:
    """A noun phrase ready for "about {x}": without "we discussed", and with a lowercase article."""
    cleaned = _LEADS.sub("", clean(text))
    first, _, rest = cleaned.partition(" ")
    common = first.lower() in _LOWER_FIRST or first.lower().endswith(_COMMON_ENDINGS)
    if common and first[:1].isupper() and first[1:].islower():
        cleaned = f"{first.lower()} {rest}".strip()
    return cleaned


def as_clause(text: str) -> str:
    """A clause for after a colon: "I" keeps its capital; "We", "Both"... lose theirs."""
    cleaned = clean(text)
    first, _, rest = cleaned.partition(" ")
    if first.lower() in _SUBJECTS - {"i", "i'm", "i've", "i'd"} and first[:1].isupper():
        cleaned = f"{first.lower()} {rest}".strip()
    return cleaned


def as_sentence(text: str) -> str:
    cleaned = clean(text)
    return cleaned[:1].upper() + cleaned[1:] + "." if cleaned else ""


def unwrap(text: str) -> tuple[str, Shape]:
    """A note to oneself that only says what to say ("mention my certificate", "mention that I ...")
    becomes what it says; offers ("send the sample") stay offers."""
    cleaned = clean(text)
    first, _, rest = cleaned.partition(" ")
    if first.lower() in _SAY_VERBS and rest:
        rest = re.sub(r"^that\s+", "", rest, flags=re.I)
        return rest, shape_of(rest)
    return cleaned, shape_of(cleaned)


def refers_back(text: str) -> bool:
    """The text itself says it was said before ("the sample I mentioned")."""
    return bool(_BACK_REFERENCE.search(text))


def bank_for(field: str, text: str, *, own: bool = True, present: bool = True) -> tuple[Bank, str]:
    """The frames for ``field``'s ``text`` and the text as those frames take it ({x}).

    ``own``: the item is linked to this reader (by name or by their talking points), so "you" may be
    said; ``present``: the reader was in the interview (a main contact who arranged it may not have
    been)."""
    if field == "to_supplement":
        body, shape = unwrap(text)
    elif field == "talking_point":  # "we discussed the style guide" is about the style guide
        body = _LEADS.sub("", clean(text))
        shape = shape_of(body)
    else:
        body, shape = clean(text), shape_of(text)
    if shape == "empty":
        return (), ""
    if field == "talking_point":
        return (frames.POINT if shape in ("noun", "offer") else frames.POINT_CLAUSE), (
            as_noun(body) if shape in ("noun", "offer") else as_clause(body)
        )
    if field == "fit_statement":
        if shape == "noun":
            return frames.FIT_NOUN, as_noun(body)
        return frames.FIT, as_clause(body)
    if field == "emphasized":
        if shape == "noun":
            return (frames.STRESSED if own else frames.STRESSED_TEAM), as_noun(body)
        return (frames.STRESSED_CLAUSE if own else frames.STRESSED_TEAM_CLAUSE), as_clause(body)
    # What was learnt and what excites: typed in any shape ("the team owns attribution end to end"), so
    # the colon frames, which take every shape, are used.
    if field == "takeaways":
        bank = frames.LEARNT_CLAUSE if own else frames.LEARNT_DAY_CLAUSE
        return bank, as_noun(body) if shape == "noun" else as_clause(body)
    if field == "excitements":
        return frames.EXCITED_CLAUSE, as_noun(body) if shape == "noun" else as_clause(body)
    if field == "went_well":
        return (frames.WENT_WELL, as_noun(body)) if shape == "noun" else ((), "")
    if field == "to_supplement":
        if shape == "offer":
            return frames.SUPPLEMENT_OFFER, body[:1].lower() + body[1:]
        if refers_back(body):
            bank = frames.SUPPLEMENT_AGAIN if shape == "noun" else frames.SUPPLEMENT_AGAIN_CLAUSE
        elif shape == "noun":
            bank = frames.SUPPLEMENT if present else frames.SUPPLEMENT_FOR_PANEL
        else:
            bank = frames.SUPPLEMENT_CLAUSE if present else frames.SUPPLEMENT_FOR_PANEL_CLAUSE
        return bank, as_noun(body) if shape == "noun" else as_clause(body)
    return (), ""


def fill(template: str, x: str) -> str:
    """A frame with its filling, the sentence's first letter made a capital."""
    text = re.sub(r"\s+", " ", template.replace("{x}", x)).strip()
    return text[:1].upper() + text[1:]


def preview(field: str, text: str, *, own: bool | None = None, present: bool = True) -> str:
    """The sentence a debrief answer becomes in a note (the first frame of its bank), or a short reason
    why it stays out of the notes. Pure; for the debrief to show as the user types. ``own`` defaults to
    what is usual: a talking point is the reader's own, a debrief item is framed for the panel."""
    if field in PRIVATE:
        return "kept for you: not used in your messages"
    own = field == "talking_point" if own is None else own
    bank, x = bank_for(field, text, own=own, present=present)
    if not bank:
        if field == "went_well" and clean(text):
            return 'kept for you: a note uses it only when it names a moment ("the dashboard story")'
        return ""
    return fill(bank[0], x)
