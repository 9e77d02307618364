"""C-11's grammar: a light pass, offline and rule-based, over the body's sentences. Each fault is one
W-PROOF finding whose ``kind`` names it (``FINDING_KINDS``):

- ``agreement`` and ``compound-subject``: see ``agreement``;
- ``their-there``: their/there/they're confused ("their is", "there own", "they're team");
- ``its-its``: its/it's confused ("its a", "it's own");
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

from followup.core.checks.agreement import agreement_faults, previous_word
from followup.core.checks.anatomy import Span
from followup.core.checks.base import Message, flag
from followup.core.drafts import TextFinding

_APOS = "['’]"

# --- their / there / they're, its / it's -------------------------------------------------------------
_OWNED = (
    r"own|team|teams|company|products?|customers?|clients?|roadmap|offices?|mission|goals|approach|process"
    r"|platform|plans|strategy|culture|business|staff|employees|organi[sz]ation|department|tools|users"
    r"|work|data|dashboards?|product|services|members"
)
_BE_BEFORE = frozenset(
    str.split(
        "is are was were be been being isn't aren't wasn't weren't 's will would could might may should must"
        " if whether any"
    )
)
_THEIR_THERE = (
    (
        re.compile(
            rf"\b([Tt]heir)\s+(?:is|are|was|were|isn{_APOS}t|aren{_APOS}t|wasn{_APOS}t|weren{_APOS}t)\b"
        ),
        "there",
    ),
    (re.compile(r"\b([Tt]heir)['’]s\b"), "there"),
    (re.compile(r"\b([Tt]heir)\s+(?:will|would|could|might|may|should|must)\s+be\b"), "there"),
    (re.compile(r"\b([Tt]heir)\s+(?:has|have|had)\s+been\b"), "there"),
    (re.compile(r"\b([Tt]heir)\s+going\s+to\b"), "they're"),
    (re.compile(r"\b([Tt]heir)(?=\s*[.!?;]|\s*,\s*(?:and|but|so|too)\b)"), "there"),
    (re.compile(rf"\b([Tt]hey['’]re)\s+(?:{_OWNED})\b(?![\s-]+players?\b)"), "their"),
    (re.compile(r"\b([Tt]hey['’]re)\s+(?:is|are|was|were)\b"), "there"),
    # after a preposition only a noun phrase can follow: "thank them for they're questions"
    (
        re.compile(r"\b(?:about|for|with|of|into|on|by|from|to)\s+(they['’]re)\b"),
        "their",
    ),
)
# "there" as a possessive: after a verb or a preposition that wants an object, before a noun phrase
# ("replace there hand-built charts", "changed there habits"). Adverb "there" is followed by a
# preposition, a time word, a verb or the end of the clause ("worked there for two years").
_WANTS_OBJECT = frozenset(
    str.split(
        """
        about for with of into on by to around through toward towards behind
        replace give keep follow share improve change move support manage run build review update
        describe explain admire meet see hear love enjoy know use read replaced gave kept followed shared
        improved changed moved supported managed ran built reviewed updated described explained admired met
        saw loved enjoyed used spent spend left lost found made took gave brought led held taught bought
        caught sent grew drew wrote began chose show showed shows win won
        think believe hope feel say said heard know knew guess suppose sure
        """
    )
)
_THERE_THEN = frozenset(
    str.split(
        """
        a an the in on at for from to with by about of into over under during since until till before after
        and or but so because while when where who which that as if than then
        is are was were be been being will would can could should may might must has have had do does did
        last next this today yesterday tomorrow now too again already yet once twice every each often early
        late soon first together alone long full-time part-time regularly someday sometime recently
        one two three four five six seven eight nine ten several some many all both
        seem seems seemed think thinks thought know knows knew say says said told make makes made use uses
        used work works worked help helps helped want wants need needs like likes
        most more least best longer full instead anyway either though again afterwards myself yourself
        ourselves themselves personally someday
        """
    )
)


def _wants_object(word: str) -> bool:
    """A preposition, or a verb that takes an object: a listed one, or a past or -ing form."""
    if word in _WANTS_OBJECT:
        return True
    if word in _NOT_VERBS or len(word) < 5:
        return False
    return word.endswith(("ed", "ing"))


_NOT_VERBS = frozenset(
    str.split("during being thing nothing something anything everything morning evening spring king ceiling")
)
_WORD_AFTER = re.compile(r"\s+([a-z][a-z'’-]*)")
_THERE_BEFORE = re.compile(r"\b(there)\s+([a-z][a-z'’-]*)")
_THEY_ARE_WORDS = frozenset(
    str.split("keen happy glad pleased ready busy excited interested right sure lucky great")
)
_THERE_OWNED = re.compile(rf"\b([Tt]here)\s+(?:{_OWNED})\b(?!-)")
_ITS = (
    (
        re.compile(
            r"\b([Ii]t['’]s)\s+(?:own|mission|customers|clients|employees|users|roadmap|founders|headquarters"
            r"|reputation|approach|values|commitment|products|services|team(?![\s-]+(?:members?|players?|effort"
            r"|work|building|spirit|first|based|wide|sports?)\b))\b"
        ),
        "its",
    ),
    (
        re.compile(
            r"\b([Ii]ts)\s+(?:a|an|the|been|not|so|very|really|also|just|still|always|never|my|your"
            r"|our|no longer|going)\b"
        ),
        "it's",
    ),
    # "its" + an adjective, then what follows a clause's complement, not a noun: "if its possible I"
    (
        re.compile(
            r"\b([Ii]ts)\s+(?:possible|good|great|clear|true|likely|important|hard|easy|nice|exciting|fine"
            r"|okay|worth|one|rare|obvious|helpful|wonderful|interesting|fascinating|impressive|amazing"
            r"|urgent|essential|vital|crucial|critical|unlikely|lovely|useful|fun|early|late|time)"
            r"(?=\s*[,.;:!?]|\s+(?:to|that|I|I['’]d|I['’]m|I['’]ve|we|you|he|she|they|if|for|when|because"
            r"|and|but|how|what|why|as|at|in|[a-z]+ing)\b)"
        ),
        "it's",
    ),
    # "it's" where only a possessive can stand: after a preposition ("about it's workshops"), or after a
    # verb that takes an object ("follow it's reasoning")
    (
        re.compile(
            r"\b(?:about|of|for|with|on|into|from|by|through|in|at|to|under|over|across|within|despite|towards?"
            r"|behind|around|follow|followed|admire|admired|share|shared|improve|improved|support|supported|join"
            r"|joined)\s+([Ii]t['’]s)\s+(?!own\b)[a-z]"
        ),
        "its",
    ),
    (
        re.compile(r"\band\s+([Ii]t['’]s)\s+(?:work|team|staff|mission|people|clients|customers|products)\b"),
        "its",
    ),
    # "it's growth has been": "it's" + a noun + the noun's own verb
    (
        re.compile(
            r"\b([Ii]t['’]s)\s+(?!(?:what|who|which|that|this|these|those|how|why|where|when|one|all|something"
            r"|nothing|everything|anything|there|here|now|been|not|also|just|still|really|only|always|never|so"
            r"|very|too|often|usually)\b)[a-z]+\s+(?:is|are|was|were|has|have)\b"
        ),
        "its",
    ),
)


def _confusions(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for pattern, right in _THEIR_THERE:
        for hit in pattern.finditer(text, start, end):
            yield _confused(hit, right, "their-there")
    owned = set()
    for hit in _THERE_OWNED.finditer(text, start, end):
        if previous_word(text, hit.start(1)) in _BE_BEFORE or _inverted_there(text, hit.start(1), start):
            continue
        owned.add(hit.start(1))
        yield _confused(hit, "their", "their-there")
    for hit in _THERE_BEFORE.finditer(text, start, end):
        following = hit.group(2)
        if hit.start(1) in owned or not _wants_object(previous_word(text, hit.start(1))):
            continue
        if following in _THERE_THEN:
            continue
        if following.endswith("ly"):  # "worked there happily", unless a noun follows ("there weekly reports")
            after = _WORD_AFTER.match(text, hit.end(2))
            if after is None or after.group(1) in _THERE_THEN:
                continue
        right = "they're" if following in _THEY_ARE_WORDS or following.endswith("ing") else "their"
        yield _confused(hit, right, "their-there")
    for pattern, right in _ITS:
        for hit in pattern.finditer(text, start, end):
            yield _confused(hit, right, "its-its")


def _inverted_there(text: str, at: int, start: int) -> bool:
    """ "Is there work to do", "Was there data": "there" after a verb of being in a question."""
    clause = re.split(r"[,;:.!?]", text[start:at])[-1].strip().lower()
    return bool(re.match(r"(?:is|are|was|were|will|would|could)\b", clause))


def _confused(hit: re.Match[str], right: str, kind: str) -> TextFinding:
    word = hit.group(1)
    right = right[:1].upper() + right[1:] if word[:1].isupper() else right
    return flag(
        "W-PROOF",
        "C-11",
        f'"{word}" here should be "{right}".',
        (hit.start(1), hit.end(1)),
        right,
        kind=kind,
    )


# --- look forward to + bare verb ------------------------------------------------------------------------
_LOOK_FORWARD = re.compile(
    r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:(?:further|personally|hopefully|eventually|also|then|possibly)\s+)?"
    r"(hear|meet|speak|talk|discuss|connect|continue|learn|see|receive|join|chat|get|catch|follow|help"
    r"|contribute|start|begin|explore|share|collaborate|reconnect|keep|stay|support|build|grow|be|make|take"
    r"|do|work(?=\s+(?:with|on|together|alongside)\b)|find|put|read|buy|try|bring|apply|tackle|welcome|visit"
    r"|introduce|serve|watch|test|write|lead|tell|ask|attend|go|come|return|send|give|set|prepare|celebrate"
    r"|dive|dig|catch|discover|develop|deliver|improve|receive|reply|respond|travel|move|settle|speak)\b",
    re.IGNORECASE,
)


def _look_forward(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _LOOK_FORWARD.finditer(text, start, end):
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
    yield from _confusions(text, start, end)
    yield from _look_forward(text, start, end)
    yield from _articles(text, start, end)
    yield from _repeated(text, start, end)
