"""C-11's grammar: a light pass, offline and rule-based, over the body's sentences. Each fault is one
W-PROOF finding whose ``kind`` names it (``FINDING_KINDS``):

- ``agreement``: a pronoun and its verb disagree in a simple clause ("I has", "he have", "they was");
  nouns are left alone, so "the team were" (good British usage) passes;
- ``compound-subject``: the wrong pronoun or verb after two subjects ("Dana and me discussed", "Dana and
  Luis was"), and "I" where the object is meant ("with Dana and I.");
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

from followup.core.checks.anatomy import Span
from followup.core.checks.base import Message, flag
from followup.core.drafts import TextFinding

_APOS = "['’]"
# Words after which a pronoun is followed by a bare verb on purpose: questions and modals ("does he
# have"), infinitives, "let"/"make"/"help", and the subjunctive after "suggest that he".
_AUXILIARIES = frozenset(
    str.split(
        """
        do does did don't doesn't didn't will would can could should shall may might must won't wouldn't
        can't cannot couldn't shouldn't mightn't mustn't to let lets letting help helps helped helping
        make makes made making had hadn't has have suggest suggested suggests suggesting recommend
        recommended recommends insist insisted ask asked request requested propose proposed require
        required requires demand demanded prefer preferred urge urged essential important vital that
        """
    )
)
# Roman numerals and headings: "Phase I is", "Part I has".
_NUMERAL_HEADS = frozenset(
    str.split("phase part type level tier stage war series chapter section grade class volume act title step")
)
_S_VERBS = (
    "wants|needs|likes|thinks|hopes|looks|enjoys|feels|knows|believes|goes|says|works|remains|seems|"
    "means|plans|wishes|appreciates|understands|brings|offers|helps"
)
_BASE_VERBS = (
    "want|need|like|think|hope|enjoy|feel|believe|say|seem|mean|plan|wish|appreciate|understand|"
    "mention|explain|lead|manage|oversee|run"
)
# Pronoun-verb pairs that never agree: (pattern, only after an auxiliary-free start, only at a clause's start)
_AGREEMENT = (
    # "I has", "I is", "I wants"
    (re.compile(rf"\b(I)\s+(has|is|does|doesn{_APOS}t|hasn{_APOS}t|isn{_APOS}t|{_S_VERBS})\b"), False, False),
    # "I are" (but "Dana and I are")
    (re.compile(r"(?<!\band )(?<!\bor )\b(I)\s+(are|aren't|aren’t)\b"), False, False),
    # "we was", "they has", "they wants"
    (
        re.compile(
            rf"\b(we|they)\s+(was|is|has|does|doesn{_APOS}t|hasn{_APOS}t|isn{_APOS}t|wasn{_APOS}t|{_S_VERBS})\b",
            re.IGNORECASE,
        ),
        False,
        False,
    ),
    # "he have", "she don't", "he want" (not after an auxiliary: "does he have", "suggested she apply")
    (
        re.compile(
            rf"\b(he|she)\s+(have|are|don{_APOS}t|haven{_APOS}t|aren{_APOS}t|{_BASE_VERBS})\b", re.IGNORECASE
        ),
        True,
        False,
    ),
    # "it have", "it don't": "it" is an object too ("saw it happen"), so only these forms
    (
        re.compile(rf"\b(it)\s+(have|are|don{_APOS}t|haven{_APOS}t|aren{_APOS}t)\b", re.IGNORECASE),
        True,
        False,
    ),
    # "you was", "you is": "you" is an object too ("the notes I sent you are"), so at a clause's start only
    (
        re.compile(
            rf"\b(you)\s+(was|is|has|does|doesn{_APOS}t|hasn{_APOS}t|isn{_APOS}t|wasn{_APOS}t)\b",
            re.IGNORECASE,
        ),
        False,
        True,
    ),
    # "these is", "those was"
    (
        re.compile(
            rf"\b(these|those)\s+(is|was|has|does|isn{_APOS}t|wasn{_APOS}t|hasn{_APOS}t|doesn{_APOS}t)\b",
            re.IGNORECASE,
        ),
        False,
        False,
    ),
    # "everyone were", "nobody have" (not "let everyone have", "does anyone have")
    (
        re.compile(
            rf"\b(everyone|everybody|nobody|no one|someone|somebody|anyone|anybody)\s+"
            rf"(are|were|have|don{_APOS}t|haven{_APOS}t|aren{_APOS}t|weren{_APOS}t)\b",
            re.IGNORECASE,
        ),
        True,
        False,
    ),
)
_PLURAL_VERBS = rf"(?:have|are|were|don{_APOS}t|haven{_APOS}t|aren{_APOS}t|weren{_APOS}t)"
_RIGHT = {
    "has": "have", "is": "am", "are": "is", "does": "do", "was": "were", "have": "has", "don't": "doesn't",
    "haven't": "hasn't", "aren't": "isn't", "doesn't": "don't", "hasn't": "haven't", "isn't": "aren't",
    "wasn't": "weren't", "were": "was", "weren't": "wasn't",
}  # fmt: skip


def _previous_word(text: str, at: int) -> str:
    before = re.search(r"([\w'’]+)[^\w'’]*$", text[:at])
    return before.group(1).lower().replace("’", "'") if before else ""


def _agreement(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for pattern, after_auxiliary, clause_start in _AGREEMENT:
        for hit in pattern.finditer(text, start, end):
            pronoun, verb = hit.group(1), hit.group(2)
            previous = _previous_word(text, hit.start(1))
            if after_auxiliary and previous in _AUXILIARIES:
                continue
            if clause_start and not _opens_clause(text, hit.start(1), start):
                continue
            if pronoun == "I" and previous in _NUMERAL_HEADS:
                continue
            if pronoun.lower() in ("these", "those") and previous == "of":
                continue  # "none of these is convenient": the subject is "none"
            if pronoun.lower() in ("he", "she", "it") and _inverted(text, hit.start(1), start):
                continue
            yield flag(
                "W-PROOF",
                "C-11",
                f'"{pronoun} {verb}": the verb does not agree with "{pronoun}".',
                (hit.start(1), hit.end(2)),
                f"{pronoun} {_corrected(pronoun, verb)}",
                kind="agreement",
            )


def _named_subject(m: Message, text: str, start: int, end: int) -> Iterator[TextFinding]:
    """ "Priya have been", "Mr. Whitaker were": one recorded person with a plural verb, at a clause's
    start, not after "and" (a compound subject) nor after an auxiliary ("Did Priya have")."""
    names = {n for p in m.ctx.application.people for n in (p.first, p.last) if len(n) > 1}
    if not names:
        return
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    titled = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?"
    pattern = re.compile(rf"\b({titled}(?:{alternatives})(?:\s+(?:{alternatives}))?)\s+({_PLURAL_VERBS})\b")
    for hit in pattern.finditer(text, start, end):
        before = text[start : hit.start()]
        if re.search(r"(?:\band|\bor|&|\bnor|\bwith)\s+$", before):
            continue
        if not _opens_clause(text, hit.start(), start) or _previous_word(text, hit.start()) in _AUXILIARIES:
            continue
        verb = hit.group(2)
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{hit.group(1)} {verb}": one person takes a singular verb.',
            (hit.start(1), hit.end(2)),
            f"{hit.group(1)} {_corrected('he', verb)}",
            kind="agreement",
        )


def _inverted(text: str, at: int, start: int) -> bool:
    """A question or inversion earlier in the clause: "Why does he", "Would she"..."""
    clause = re.split(r"[,;:.!?]", text[start:at])[-1]
    words = [w.lower() for w in re.findall(r"[\w'’]+", clause)]
    return any(w in _AUXILIARIES for w in words[-3:])


def _corrected(pronoun: str, verb: str) -> str:
    low = verb.lower().replace("’", "'")
    if pronoun.lower() in ("he", "she", "it") or pronoun.lower() in _INDEFINITE:
        if low in _RIGHT:
            return _RIGHT[low]
        return low + ("es" if low.endswith(("s", "sh", "ch", "o")) else "s")
    if pronoun == "I":
        if low in ("is", "are"):
            return "am"
        if low in _RIGHT:
            return _RIGHT[low]
        return low.removesuffix("es") if low in ("goes",) else low.removesuffix("s")
    if pronoun.lower() in ("these", "those"):
        return _PLURAL.get(low, low)
    if low in _RIGHT:
        return _RIGHT[low] if low != "is" else "are"
    return low.removesuffix("es") if low == "goes" else low.removesuffix("s")


_INDEFINITE = frozenset(
    ("everyone", "everybody", "nobody", "no one", "someone", "somebody", "anyone", "anybody")
)


# --- compound subjects ---------------------------------------------------------------------------------
_OBJECT_PRONOUNS = "me|him|her|them|us|myself"
_PAST_OR_VERB = (
    r"(?:[a-z]+ed|met|spoke|went|saw|had|got|made|took|gave|found|thought|felt|ran|began|came|knew|sat|built"
    r"|led|wrote|said|told|showed|worked|are|were|was|have|has|will|would|can|could|should|both|also|all"
    r"|talked|discussed|agreed|enjoyed)"
)
# Words that make a capitalised pair a department or a phrase, not two people ("Sales and Marketing is").
_NOT_PEOPLE = frozenset(
    str.split(
        """
        sales marketing research development engineering product design operations finance legal data
        analytics support customer success people culture talent acquisition it hr security compliance
        strategy business technology science health safety quality risk audit tax accounting learning
        training communications partnerships growth brand content editorial facilities procurement
        the this that these those our my your their his her its we they you i he she it thank thanks
        """
    )
)


def _compound(m: Message, text: str, start: int, end: int) -> Iterator[TextFinding]:
    # "Dana and me discussed", "Dana and her agreed"
    wrong_pronoun = re.compile(
        rf"\b([A-Z][\w'’-]+)\s+and\s+({_OBJECT_PRONOUNS})\s+(?:both\s+|also\s+|all\s+)?{_PAST_OR_VERB}\b"
    )
    for hit in wrong_pronoun.finditer(text, start, end):
        if not _opens_clause(text, hit.start(), start) or hit.group(1).lower() in _NOT_PEOPLE:
            continue
        right = {"me": "I", "him": "he", "her": "she", "them": "they", "us": "we", "myself": "I"}
        pronoun = hit.group(2)
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{hit.group(1)} and {pronoun}" is the subject here: use "{right[pronoun.lower()]}".',
            (hit.start(2), hit.end(2)),
            right[pronoun.lower()],
            kind="compound-subject",
        )
    # "Me and Dana discussed", "Him and Luis were"
    leading = re.compile(
        rf"\b(Me|Him|Her|Them|Us|Myself|me|him|them|us|myself)\s+and\s+([A-Z][\w'’-]+|I)\s+{_PAST_OR_VERB}\b"
    )
    for hit in leading.finditer(text, start, end):
        if not _opens_clause(text, hit.start(), start):
            continue
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{hit.group(1)} and {hit.group(2)}" is the subject here: "me", "him", "her" are objects.',
            (hit.start(1), hit.end(1)),
            f"{hit.group(2)} and I" if hit.group(1).lower() == "me" else "",
            kind="compound-subject",
        )
    # "Dana and Luis was", "Dana and I is"
    singular = re.compile(
        rf"\b([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+|I)\s+(was|is|has|does|wasn{_APOS}t|isn{_APOS}t"
        rf"|hasn{_APOS}t|doesn{_APOS}t|am)\b"
    )
    people = {n.lower() for p in m.ctx.application.people for n in (p.first, p.last) if n}
    for hit in singular.finditer(text, start, end):
        first, second = hit.group(1).lower(), hit.group(2).lower()
        if not _opens_clause(text, hit.start(), start) or ({first, second} - {"i"}) & _NOT_PEOPLE:
            continue
        if people and hit.group(2) != "I" and not ({first, second} & people):
            continue  # two capitalised words that are not the people we know: a name of one thing, likely
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{hit.group(1)} and {hit.group(2)}" are two: the verb is plural.',
            (hit.start(3), hit.end(3)),
            _PLURAL.get(hit.group(3).lower().replace("’", "'"), "were"),
            kind="compound-subject",
        )
    # "with Dana and I." / "between you and I": "I" as an object
    objective = re.compile(
        r"\b(?:with|for|to|between|from|about|by)\s+(?:[A-Z][\w'’-]+|you|him|her|them)\s+and\s+(I)(?=\s*[.,;:!?)]|\s+"
        r"(?:on|at|in|about|last|yesterday|today|this|during|for|to)\b)"
    )
    for hit in objective.finditer(text, start, end):
        yield flag(
            "W-PROOF",
            "C-11",
            '"I" is the object here: use "me".',
            (hit.start(1), hit.end(1)),
            "me",
            kind="compound-subject",
        )


_PLURAL = {
    "was": "were", "is": "are", "has": "have", "does": "do", "wasn't": "weren't", "isn't": "aren't",
    "hasn't": "haven't", "doesn't": "don't", "am": "are",
}  # fmt: skip


def _opens_clause(text: str, at: int, start: int) -> bool:
    """``at`` starts the sentence or follows a comma, semicolon or a conjunction."""
    before = text[start:at]
    if not before.strip(" \"'“‘(") or re.search(r"[,;:—–]\s*$", before):
        return True
    return (
        re.search(r"\b(?:and|but|so|because|when|that|since|while|although|though|after|before)\s+$", before)
        is not None
    )


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
            r"\b([Ii]ts)\s+(?:a|an|the|been|not|so|very|really|also|just|still|always|never|likely|true|my|your"
            r"|our|no longer|going|(?:great|good|nice|exciting|important|hard|easy|wonderful|clear|true"
            r"|likely|possible|obvious|rare|helpful|time) (?:to|that))\b"
        ),
        "it's",
    ),
)


def _confusions(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for pattern, right in _THEIR_THERE:
        for hit in pattern.finditer(text, start, end):
            yield _confused(hit, right, "their-there")
    for hit in _THERE_OWNED.finditer(text, start, end):
        if _previous_word(text, hit.start(1)) in _BE_BEFORE or _inverted_there(text, hit.start(1), start):
            continue
        yield _confused(hit, "their", "their-there")
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
    r"|do|work(?=\s+(?:with|on|together|alongside)\b)|find)\b",
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
    if low in ("get", "chat", "begin", "stop"):
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


def _articles(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _ARTICLE.finditer(text, start, end):
        article, word = hit.group(1), hit.group(2)
        if article[0] == "A" and not _sentence_start(text, hit.start(1), start):
            continue  # "Plan A", "Option A": a letter, not the article
        if hit.group(3) and len(word) > 1 and word.isupper():
            continue
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
_MAY_REPEAT = frozenset(
    {"that", "had", "is", "very", "bye", "so", "ha", "no", "yes", "really", "many", "far"}
)


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
    yield from _agreement(text, start, end)
    yield from _named_subject(m, text, start, end)
    yield from _compound(m, text, start, end)
    yield from _confusions(text, start, end)
    yield from _look_forward(text, start, end)
    yield from _articles(text, start, end)
    yield from _repeated(text, start, end)
