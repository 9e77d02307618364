"""C-11's grammar, the half about agreement: who does what, and whether the verb agrees with them.

- ``agreement``: a pronoun and its verb disagree in a simple clause ("I has", "he have", "they was"); a
  recorded person with a plural verb ("Priya have"); and a noun phrase with the wrong verb ("the interview
  were", "your team's notes sounds", "a problem that need"). Collective nouns take either number ("the
  team were" is good British usage), and so do words whose number English leaves open (data, staff).
- ``compound-subject``: the wrong pronoun or verb after two subjects ("Dana and me discussed", "Dana and
  Luis was"), and "I" where the object is meant ("with Dana and I.").

Precision first: a phrase is judged only where its clause starts, its head noun is found before any
preposition or relative clause, and the verb is one the list below knows to be a verb there.
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


def previous_word(text: str, at: int) -> str:
    before = re.search(r"([\w'’]+)[^\w'’]*$", text[:at])
    return before.group(1).lower().replace("’", "'") if before else ""


def _agreement(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for pattern, after_auxiliary, clause_start in _AGREEMENT:
        for hit in pattern.finditer(text, start, end):
            pronoun, verb = hit.group(1), hit.group(2)
            previous = previous_word(text, hit.start(1))
            if after_auxiliary and previous in _AUXILIARIES:
                continue
            if clause_start and not opens_clause(text, hit.start(1), start):
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
        if not opens_clause(text, hit.start(), start) or previous_word(text, hit.start()) in _AUXILIARIES:
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
        if not opens_clause(text, hit.start(), start) or hit.group(1).lower() in _NOT_PEOPLE:
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
        if not opens_clause(text, hit.start(), start):
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
        if not opens_clause(text, hit.start(), start) or ({first, second} - {"i"}) & _NOT_PEOPLE:
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


def opens_clause(text: str, at: int, start: int) -> bool:
    """``at`` starts the sentence or follows a comma, semicolon or a conjunction."""
    before = text[start:at]
    if not before.strip(" \"'“‘(") or re.search(r"[,;:—–]\s*$", before):
        return True
    return (
        re.search(r"\b(?:and|but|so|because|when|that|since|while|although|though|after|before)\s+$", before)
        is not None
    )


def agreement_faults(m: Message, sentence: Span) -> Iterator[TextFinding]:
    """Every agreement and compound-subject fault in one sentence."""
    text, start, end = m.text, sentence.start, sentence.end
    yield from _agreement(text, start, end)
    yield from _named_subject(m, text, start, end)
    yield from _compound(m, text, start, end)
