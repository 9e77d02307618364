"""C-11's grammar: a light pass, offline and rule-based, over the body's sentences. Each fault is one
W-PROOF finding whose ``kind`` names it (``FINDING_KINDS``):

- ``agreement`` and ``compound-subject``: see ``agreement`` (pronouns) and ``syntax`` (a tagged pass:
  subjects' heads past phrases and relative clauses, questions, "there is", compounds as subjects and
  objects);
- ``their-there``: their/there/they're confused ("their is", "there own", "they're team"): ``confusions``
  and ``syntax``;
- ``its-its``: its/it's confused ("its a", "it's own"): ``confusions`` and ``syntax``;
- ``look-forward``: "look forward to" followed by a bare verb ("look forward to hear from you");
- ``a-an``: "a" before a vowel sound or "an" before a consonant sound ("an unique", "a hour");
- ``repeated-word``: the same word twice ("the the").

Precision comes first: a false alarm on a good note costs more than a miss. Every pattern is narrow, and
each is written against the ordinary sentences of thank-you notes and follow-ups that it must let pass
(questions, subjunctives, "saw it happen", "Phase I is", "her team", "Sales and Marketing is").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.agreement import agreement_faults
from followup.core.checks.anatomy import Span
from followup.core.checks.base import Message, flag
from followup.core.checks.confusions import confusion_faults
from followup.core.checks.heads import head_faults
from followup.core.checks.syntax import syntax_faults
from followup.core.drafts import TextFinding

# --- look forward to + bare verb ------------------------------------------------------------------------
_LOOK_FORWARD = re.compile(
    r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:(?:further|personally|hopefully|eventually|also|then"
    r"|possibly)\s+)?"
    r"(hear|meet|speak|talk|discuss|connect|continue|learn|see|receive|join|chat|get|catch|follow|help"
    r"|contribute|start|begin|explore|share|collaborate|reconnect|keep|stay|support|build|grow|be|make|take"
    r"|do|work(?=\s+(?:with|on|together|alongside)\b)|find|put|read|buy|try|bring|apply|tackle|welcome|visit"
    r"|introduce|serve|watch|test|write|lead|tell|ask|attend|go|come|return|send|give|set|prepare|celebrate"
    r"|dive|dig|catch|discover|develop|deliver|improve|receive|reply|respond|travel|move|settle|speak)\b",
    re.IGNORECASE,
)


# Any other word after "look forward to" is a bare verb when an object or a particle follows it at once
# ("to assist you", "to review the files", "to cross paths"); a noun after "to" stands alone or before a
# preposition ("lunch with the team", "input from you"), and the few that take "this"/"more" are listed.
_LOOK_FORWARD_ANY = re.compile(
    r"\blook(?:s|ed|ing)?\s+forward\s+to\s+([a-z]{2,})(?=\s+(?:you|the|a|an|your|my|our|it|them|him|this"
    r"|these"
    r"|those|more|some|up|out|back|again|together|soon|paths|notes|ideas|thoughts)\b)",
    re.IGNORECASE,
)
_NOT_BARE = frozenset(
    str.split(
        """
        the a an your my our their his her its this that these those it you them him me us all any some more
        further next future lunch dinner coffee breakfast tea news word feedback updates progress input
        working being hearing meeting seeing
        """
    )
)


def _bare_verbs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    seen = set()
    for hit in _LOOK_FORWARD.finditer(text, start, end):
        seen.add(hit.start(1))
        yield hit
    for hit in _LOOK_FORWARD_ANY.finditer(text, start, end):
        word = hit.group(1).lower()
        plural = word.endswith("s") and not word.endswith("ss")
        if hit.start(1) in seen or word in _NOT_BARE or word.endswith(("ing", "ly")) or plural:
            continue
        yield hit


def _look_forward(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _bare_verbs(text, start, end):
        verb = hit.group(1)
        yield flag(
            "W-PROOF",
            "C-11",
            f'"look forward to {verb}": after "look forward to" the verb takes -ing.',
            (hit.start(1), hit.end(1)),
            _ing(verb),
            kind="look-forward",
        )


def _ing(verb: str) -> str:
    low = verb.lower()
    if low in ("be", "see"):
        return low + "ing"
    if low.endswith("e") and not low.endswith("ee"):
        return low[:-1] + "ing"
    short = len(low) <= 4 and low[-1] not in "aeiouwxy" and low[-2] in "aeiou" and low[-3:-2] not in "aeiou"
    if short or low in ("begin", "forget", "admit"):
        return low + low[-1] + "ing"
    return low + "ing"


# --- a / an --------------------------------------------------------------------------------------------
_ARTICLE = re.compile(r"(?<![\w'’.-])(a|an|A|An)\s+([A-Za-z][A-Za-z'’]*)(-[A-Za-z]+)?")
# Words spelled with a vowel and said with a consonant ("a unique", "a one-off", "a European")...
# "uni" is "you-ni" (unique, Unix, unilateral) except before m, n or d ("unimportant", "uninformed").
_CONSONANT_SOUND = re.compile(
    r"(?:uni(?![mnd])|unanim|use|usu|usa|uti|ure|uri|ura|uro|eu|ewe|ubiq|once\b|one\b)"
)
# ...and with a silent h ("an hour"); words allowed either way ("an historic" in Britain).
_SILENT_H = re.compile(r"(?:hour|honest|hono(?:u)?r|heir|herb|homage)")
_EITHER = re.compile(r"(?:historic|hotel|heroic|habitual|hereditary|humble|unid)")
_LETTER_VOWEL = frozenset("aefhilmnorsx")
_ONSETS = frozenset(str.split("fl fr sc sh sk sl sm sn sp sq st sw rh"))


def _vowel_sound(word: str) -> bool | None:
    """True for a vowel sound, False for a consonant, None when people say it either way."""
    if len(word) == 1:
        return word.lower() in _LETTER_VOWEL
    if word.isupper():  # an acronym: letter names, unless said as a word; judge only where both agree
        head = word[0]
        if head in "AEIO":
            return True
        if head in "BCDGJKPQTUVWYZ":
            return False
        # F, H, L, M, N, R, S, X: "an" when read letter by letter ("an MBA", "an NDA"), "a" when read
        # as a word ("a SMART goal", "a SWOT"): letters when the first two cannot start a word.
        if len(word) >= 2 and word[1] not in "AEIOUY" and word[:2].lower() not in _ONSETS:
            return True
        return None
    low = word.lower()
    if _EITHER.match(low):
        return None
    if low[0] in "aeiou":
        return not _CONSONANT_SOUND.match(low)
    if low[0] == "h":
        return bool(_SILENT_H.match(low))
    return False


def indefinite_article(word: str) -> str:
    """ "a" or "an" for ``word`` as people say it ("an Underwriting Manager", "a University", "an MBA");
    "a" where either is heard. The composer writes with it, so its drafts pass this pass."""
    head = re.split(r"[\s-]", word.strip(), maxsplit=1)[0]
    return "an" if head and _vowel_sound(head) else "a"


def _articles(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _ARTICLE.finditer(text, start, end):
        article, word = hit.group(1), hit.group(2)
        if article[0] == "A" and not _sentence_start(text, hit.start(1), start):
            continue  # "Plan A", "Option A": a letter, not the article
        if hit.group(3) and len(word) > 1 and word.isupper():
            continue
        if word.lower() in ("a", "an"):
            continue  # "a a": a repeated word, said as such
        sound = _vowel_sound(word)
        if sound is None:
            continue
        wants_an = sound
        if wants_an == (article.lower() == "an"):
            continue
        right = ("an" if wants_an else "a") if article.islower() else ("An" if wants_an else "A")
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{article} {word}": use "{right}".',
            (hit.start(1), hit.end(1)),
            right,
            kind="a-an",
        )


def _sentence_start(text: str, at: int, start: int) -> bool:
    return not text[start:at].strip(" \"'“‘(")


# --- repeated words --------------------------------------------------------------------------------------
_REPEATED = re.compile(r"\b([A-Za-z]+)\s+(\1)\b", re.IGNORECASE)
_MAY_REPEAT = frozenset({"that", "had", "very", "bye", "so", "ha", "no", "yes", "really", "many", "far"})


def _repeated(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _REPEATED.finditer(text, start, end):
        if hit.group(1).lower() in _MAY_REPEAT:
            continue
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{hit.group(1)}" twice in a row.',
            (hit.start(2), hit.end(2)),
            "Delete the second one.",
            kind="repeated-word",
        )


def grammar_faults(m: Message) -> Iterator[TextFinding]:
    """Every grammar fault in the body's sentences (see the module docstring)."""
    for sentence, _ in m.sentences:
        yield from sentence_faults(m, sentence)


def sentence_faults(m: Message, sentence: Span) -> Iterator[TextFinding]:
    text, start, end = m.text, sentence.start, sentence.end
    yield from agreement_faults(m, sentence)
    yield from head_faults(text, start, end)
    people = frozenset(n.lower() for p in m.ctx.application.people for n in (p.first, p.last) if n)
    yield from syntax_faults(text, start, end, people)

    yield from confusion_faults(text, start, end)
    yield from _look_forward(text, start, end)
    yield from _articles(text, start, end)
    yield from _repeated(text, start, end)
