"""C-20 guilt (and C-26's, after a rejection) as a class of meaning: a word of hurt or reproach that the
candidate says of themselves, of the wait or of the decision, in any of the words English has for it.

``reproach`` lists the families people use ("I've had no reply", "left in limbo"); this module reads the
part that has no end of wordings: a negative word of feeling or judgement (VADER's lexicon, rated at most
-1.8 by its raters: ``data/negative_words.txt``, read once on the first message that can carry guilt) as
the complement of a frame that says whose feeling it is:

- the candidate's: "I'm crestfallen", "I am very disappointed", "I felt rather deflated", "it left me
  dismayed";
- the wait's or the outcome's: "the silence has been dispiriting", "the decision felt harsh", "it has been
  a little disheartening", "this is upsetting".

Only adverbs of degree ("a little", "rather", "honestly") may stand between; a determiner ends the frame
("it was a painful migration" describes their project), a negation turns it ("I'm not upset"), a modal
makes it a supposition ("I'd be devastated to miss it" is not said of anything that happened).

A reproach needs something to reproach: a wait or an outcome. So this reading applies to the follow-ups,
the reply to a rejection and the request for feedback (``WAITED``), never to a thank-you that tells how
frustrating the old tool was.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from followup.core.checks.lexicon import tags_of

# The messages written after a wait or an outcome (C-15, C-18, C-19, C-26, C-27).
WAITED = frozenset({"F1", "F2", "F3", "RJ", "FB"})

_APOS = "['’]"
# Whose feeling: the candidate's ("I'm", "I feel", "left me"), or the wait's and the outcome's.
_FRAME = re.compile(
    rf"\b(?:I{_APOS}m|I am|I was|I{_APOS}ve been|I have been|I had been|I feel|I felt|I{_APOS}m feeling"
    rf"|I am feeling|I{_APOS}ve been feeling|I have been feeling|I find myself|I{_APOS}m left|I was left"
    r"|(?:left|leaves|leaving|made|makes|making|got|gets) me(?: feeling| feel)?"
    rf"|(?:it|this|that|all this|all of this)(?:{_APOS}s been| has been| had been| has felt| has seemed"
    rf"|{_APOS}s| is| was| feels| felt| seems| seemed)"
    r"|(?:the|this|your|that) (?:wait|waiting|silence|delay|decision|outcome|news|result|rejection|process"
    r"|lack of (?:\w+ )?(?:news|contact|communication|reply|replies|response|updates?)"
    r"|uncertainty|radio silence)"
    # what the wait is measured from: "the silence since the second interview has been"
    r"(?:\s+(?:since|after|over|following|about|around)\b[^.,;:!?]{0,40}?)?"
    r" (?:has been|had been|was|is|feels|felt|seems|seemed|has felt|came as)"
    r")\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Adverbs and phrases of degree that may stand between the frame and the word.
_DEGREE_PHRASES = (
    ("a", "bit"),
    ("a", "little"),
    ("a", "tad"),
    ("a", "touch"),
    ("kind", "of"),
    ("sort", "of"),
)
_DEGREE_WORDS = frozenset(
    str.split(
        """
        very really rather quite somewhat slightly truly deeply genuinely honestly frankly increasingly
        so pretty fairly bit little more than utterly extremely incredibly terribly awfully just quietly
        admittedly understandably naturally feeling
        """
    )
)
_TURNS = frozenset(str.split("not never hardly barely no nor n't"))
# After "it was devastating", a preposition that says whose story it is ("for the growers", "in the region").
_STORY_PREPOSITIONS = frozenset(
    str.split("for in on at across among amongst around throughout during within from of with after")
)
# "It's frustrating when legacy systems slow a team down": a general truth, not this wait.
_GENERAL = frozenset(str.split("when whenever how if because"))
# A reaction to news read or heard is courtesy, not reproach: "I was disappointed to hear the launch was
# delayed", "it was discouraging to read how few firms audit". Not when the news is that nothing came.
_REACTION = re.compile(
    r"\s+to (?:hear|learn|read|see|find out)\b(?!\s+(?:nothing|no\b|not\b))", re.IGNORECASE
)
_WORD_TAGS = frozenset({"ADJ", "VBN", "VBD", "VBG"})  # what completes "I am" / "it was"


@cache
def negative_words() -> dict[str, float]:
    """``data/negative_words.txt``: each word with its mean rating (see ``scripts/gen_feelings.py``)."""
    text = resources.files("followup").joinpath("data/negative_words.txt").read_text(encoding="utf-8")
    table: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, mean = line.partition("\t")
            table[word] = float(mean)
    return table


def hurt(text: str) -> re.Match[str] | None:
    """The first frame of the candidate's hurt, or of the wait or outcome judged, in ``text`` (one
    sentence), with its negative word: the match spans the frame up to that word."""
    for frame in _FRAME.finditer(text):
        end = _negative_after(text, frame.end())
        if end is not None and frame.group().lower().startswith(("it", "this", "that", "all")):
            # "it was devastating for the growers" is their story; "it has been disheartening not to hear",
            # "it's upsetting that the date passed" and "this is hurtful." are the candidate's
            after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if after is not None and after.group().lower() in _STORY_PREPOSITIONS | _GENERAL:
                continue
        if end is not None:
            return re.compile(re.escape(text[frame.start() : end])).match(text, frame.start())
    return None


def _negative_after(text: str, at: int) -> int | None:
    """Where the negative word that completes the frame ending at ``at`` ends, or None."""
    words = list(_WORD.finditer(text, at))[:6]
    lows = [w.group().lower().replace("’", "'") for w in words]
    i = 0
    while i < len(words):
        if re.search(r"[,;:.!?()—–]", text[(words[i - 1].end() if i else at) : words[i].start()]):
            return None  # the frame's clause ended
        low = lows[i]
        if low in _TURNS or low.endswith("n't"):
            return None
        pair = tuple(lows[i : i + 2])
        if pair in _DEGREE_PHRASES:
            i += 2
            continue
        if low in _DEGREE_WORDS or (low.endswith("ly") and "ADV" in tags_of(low)):
            i += 1
            continue
        if low in negative_words() and tags_of(low) & _WORD_TAGS:
            return None if _REACTION.match(text, words[i].end()) else words[i].end()
        return None
    return None
