"""A small part-of-speech tagger for the grammar pass (C-11): each word of a sentence gets one tag from
``lexicon``'s candidates, chosen by a few rules about its neighbours. It is not a statistical tagger; it
answers the questions the grammar pass asks ("is this word a noun here or a verb?", "is 'her' an object
or a possessive?", "does 'there' open an existential clause?") and leaves a word it cannot decide with the
reading that makes no finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup.core.checks.lexicon import tags_of

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*")
_BREAK = re.compile(r"[,;:()—–]|\s-\s")  # (quotes sit inside phrases: a "personal touch")

NOUNISH = frozenset({"NN", "NNS", "NNC", "NNP"})
FINITE = frozenset(
    {"BES", "BEP", "AM", "HAVS", "HAVP", "HAVD", "DOS", "DOP", "DOD", "MD", "VBZ", "VBD", "VBP"}
)
VERBAL = frozenset({"VB", "VBZ", "VBD", "VBN", "VBG", "VBP"})
_OPENS_NP = frozenset({"DET", "DETS", "DETP", "POSS", "NUM", "ADJ"})
_SUBJECTS = frozenset({"PRO1", "PRO3", "PROP"})
_BEFORE_VERB = _SUBJECTS | {"MD", "TO", "DOS", "DOP", "DOD", "NOT"}
# What ends a noun phrase after a noun: a word after which the noun cannot go on.
_INDEFINITES = frozenset(
    str.split("anything something nothing everything anyone someone everyone no-one anybody somebody nobody")
)
_DETERMINERS = frozenset({"DET", "DETS", "DETP", "POSS"})
_AFTER_NP_VERB = frozenset({"DET", "DETS", "DETP", "POSS", "OBJ", "PRO3", "ADV", "ADJ", "NUM"})


@dataclass(frozen=True)
class Word:
    text: str  # as written
    low: str  # lower case, straight apostrophe
    start: int
    end: int
    tag: str
    options: frozenset[str]
    breaks_before: bool  # a comma, colon, bracket or dash stands between this word and the one before

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def _candidates(low: str, text: str, first: bool) -> frozenset[str]:
    options = tags_of(low)
    if text[:1].isupper() and not first and low != "i" and not low.startswith("i'"):
        return frozenset({"NNP"})
    return options


def tag(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` (one sentence), each with one tag."""
    raw = list(_TOKEN.finditer(text, start, end))
    lows = [w.group().lower().replace("’", "'") for w in raw]
    breaks = [i == 0 or bool(_BREAK.search(text[raw[i - 1].end() : w.start()])) for i, w in enumerate(raw)]
    options = [
        _candidates(low, w.group(), i == 0 or (breaks[i] and lows[i - 1] in ("and", "but")))
        for i, (w, low) in enumerate(zip(raw, lows, strict=True))
    ]
    for i in range(len(raw) - 2):  # "a thank you note": a fixed phrase before its noun
        if lows[i] == "thank" and lows[i + 1] == "you" and options[i + 2] & NOUNISH:
            options[i] = options[i + 1] = frozenset({"ADJ"})
    for i in range(len(raw) - 1):  # "this fall", "by next spring": a season, not a verb
        if lows[i] in _TIME_DETERMINERS and lows[i + 1] in _SEASONS and not breaks[i + 1]:
            options[i + 1] = frozenset({"NN"})
    words: list[Word] = []
    for i, (w, low) in enumerate(zip(raw, lows, strict=True)):
        prev = words[-1].tag if words and not breaks[i] else "^"
        prev_low = words[-1].low if words and not breaks[i] else ""
        nxt = options[i + 1] if i + 1 < len(raw) and not breaks[i + 1] else frozenset({"$"})
        after = (
            options[i + 2]
            if i + 2 < len(raw) and not breaks[i + 1] and not breaks[i + 2]
            else frozenset({"$"})
        )
        if i + 1 < len(raw) and lows[i + 1] in ("that", "which", "who"):
            nxt = frozenset({"REL"})  # "the forms that the volunteers fill in": a relative clause follows
        chosen = _choose(low, options[i], prev, prev_low, nxt, after)
        in_object = (
            prev == "NN" and len(words) >= 2 and words[-2].tag == "PREP" and not words[-1].breaks_before
        )
        if in_object and chosen == "VBZ" and "NNS" in options[i] and nxt & {"PREP", "$", "CC"}:
            chosen = "NNS"  # "for school groups at": a preposition's compound noun, not a verb
        joined = prev_low in ("and", "or") and len(words) >= 2 and words[-2].tag in ("NN", "NNS", "NNC")
        if joined and chosen in ("VB", "VBP") and options[i] & NOUNISH and nxt & {"REL", "PREP", "$"}:
            chosen = _noun(options[i])  # "guidance on damp and mould that...": a second noun, not a verb
        if (
            chosen == "VBZ"
            and "NNS" in options[i]
            and prev in NOUNISH
            and i + 1 < len(raw)
            and not breaks[i + 1]
            and lows[i + 1] == "of"
        ):
            chosen = "NNS"  # "the denial management sections of the exam": a plural noun and its "of" phrase
        if chosen == "ADV" and options[i] == {"ADV"} and prev in _DETERMINERS and nxt & NOUNISH:
            chosen = "ADJ"  # "the back kitchen", "the then owner": between a determiner and its noun
        if (
            chosen in ("VB", "VBP")
            and not options[i] & NOUNISH
            and prev == "NN"
            and len(words) >= 2
            and words[-2].tag in _DETERMINERS | {"ADJ", "NN", "NNC", "VBG", "VBN"}
            and (nxt <= _SURE_FINITE or nxt <= {"PRO1", "PROP"} or nxt == {"VBD"})
        ):
            # "the pickup log was", "the pickup log I kept", "my last archive rebuild ran": a bare verb cannot
            # follow a singular noun before a verb or a relative clause's subject; the noun goes on
            chosen = "NN"
        if prev_low in _INDEFINITES and "ADJ" in options[i] and chosen in VERBAL | {"VB"}:
            chosen = "ADJ"  # "anything further", "someone new": what follows the pronoun describes it
        if chosen == "VB" and (
            prev in _SUBJECTS | {"REL"}
            or prev_low == "that"
            or (prev in NOUNISH and not nxt & (FINITE | {"VBN", "MD"}))
        ):
            chosen = "VBP"  # a bare verb after its subject is the present: "the volunteers fill"
        words.append(Word(w.group(), low, w.start(), w.end(), chosen, options[i], breaks[i]))
    return _compound_heads(words)


_SEASONS = frozenset(str.split("fall spring summer winter autumn"))
_TIME_DETERMINERS = frozenset(str.split("this next last every each that the"))
# Finite verbs that can be nothing else: a clause that holds one has its verb already.
_SURE_FINITE = frozenset({"BES", "BEP", "AM", "HAVS", "HAVP", "HAVD", "DOS", "DOP", "DOD", "MD"})
_CLAUSE_INSIDE = frozenset({"SUB", "REL", "WH", "CC", "CONTR"})


def _compound_heads(words: list[Word]) -> list[Word]:
    """ "the inspection reports from the site was", "Kiln repairs on that scale takes", "where is the floor
    plans kept": a noun, then a word that is a plural noun or a verb's -s form, is a compound's plural head
    when the clause has its verb elsewhere: later, with nothing between that opens a clause of its own, or
    at its start, a question's auxiliary."""
    n = len(words)
    for i in range(1, n):
        w, prev = words[i], words[i - 1]
        if w.tag != "VBZ" or "NNS" not in w.options or w.breaks_before or prev.tag not in ("NN", "NNC"):
            continue
        opener = words[i - 2] if i >= 2 and not prev.breaks_before else None
        if not (opener is None or opener.tag in ("DET", "DETS", "DETP", "POSS", "ADJ")):
            continue
        later = False
        for k in range(i + 1, n):
            if words[k].breaks_before or words[k].tag in _CLAUSE_INSIDE or words[k].tag == "PRON":
                break
            if words[k].tag in _SURE_FINITE or (words[k].tag in FINITE and words[k].options <= FINITE):
                later = True
                break
        start = i - 1 if opener is None else i - 2
        while start > 0 and not words[start].breaks_before:
            start -= 1
        asked = any(words[k].tag in _SURE_FINITE for k in range(start, min(start + 2, i - 1)))
        if later or asked:
            words[i] = Word(w.text, w.low, w.start, w.end, "NNS", w.options, w.breaks_before)
    return words


def _choose(
    low: str, options: frozenset[str], prev: str, prev_low: str, nxt: frozenset[str], after: frozenset[str]
) -> str:
    if low in ("do", "have", "be") and (prev_low == "to" or prev in ("MD", "DOS", "DOP", "DOD")):
        return "VB"  # "to do", "would have", "did have": bare
    if options == {"VBZ"} and prev in NOUNISH and nxt & (FINITE - {"VBD", "VBZ"}) and low.endswith("s"):
        return "NNS"  # "the rail strikes are": a verb's -s form before a verb is a plural noun
    if options <= {"VB", "VBZ"} and prev in _OPENS_NP and prev != "ADJ":
        return (
            "NNS" if "VBZ" in options else "NN"
        )  # after a determiner a verb's form is a noun ("the target")
    if len(options) == 1:
        return next(iter(options))
    if low == "her":
        nounish = nxt & (NOUNISH | {"ADJ", "NUM"}) and not nxt & {"PREP", "$", "TO", "CC"}
        return "POSS" if nounish else "OBJ"
    if low in ("that", "this", "these", "those"):
        if prev == "PREP" and nxt & NOUNISH:
            return "DETP" if low in ("these", "those") else "DETS"  # "on that scale", "about those plans"
        if nxt == {"NNP"} and low == "that" and prev in NOUNISH:
            return "SUB"  # "the questions that Ada asked": a relative clause with a name for its subject
        if nxt & (NOUNISH | {"ADJ"}) and (not nxt & (FINITE | {"VB"} - {"VBD"}) or after == {"$"}):
            return "DETP" if low in ("these", "those") else "DETS"
        if low == "that" and prev not in ("^", "PREP", "CC"):
            return "SUB"
        return "PRON"
    if low == "there":
        if nxt <= {"ADV", "NOT"}:
            nxt = after  # "there still is" / "there still interviewing": the word after the adverb decides
        elif nxt & NOUNISH and after & (FINITE | {"MD"}) and not after & NOUNISH:
            return "ADV"  # "the brand team and there surveys are": a noun and its own verb follow
        return (
            "EX"
            if nxt & {"BE", "BES", "BEP", "MD", "HAVS", "HAVP", "HAVD", "VBZ", "VBD", "ADV", "NOT"}
            else "ADV"
        )
    noun = options & NOUNISH
    verb = options & (VERBAL | {"VB"})
    if verb and not noun and "ADJ" not in options and prev in _OPENS_NP and options & {"VB", "VBZ"}:
        return "NNS" if "VBZ" in options else "NN"  # after a determiner a verb's form is a noun ("a balance")
    if noun and verb:
        if prev in _OPENS_NP or prev == "POSS":
            return _noun(options)
        if prev in _BEFORE_VERB or (prev_low == "to" and "VB" in options):
            return _verb(options, prev)
        if prev in NOUNISH:
            if nxt == {"REL"}:
                return _noun(options)
            if nxt & (_AFTER_NP_VERB | {"PREP", "TO", "$", "VBG", "VBN"}) and not nxt & (FINITE - {"VBD"}):
                return _verb(options, prev)
            return _noun(options)
        if prev in ("^", "CC", "SUB", "PREP", "REL", "WH", "PRON"):
            if prev == "PREP":
                return _noun(options)
            if nxt & (FINITE | {"VB", "NN", "NNS", "CC"}):
                return _noun(options)  # ("Cost and speed are": a noun before "and")
            return _verb(options, prev)
        return _noun(options)
    if "ADJ" in options and options & VERBAL:
        if prev in ("BES", "BEP", "AM", "BE") or nxt & NOUNISH:
            return "ADJ"
        return _verb(options, prev)
    if options == {"NN", "ADJ"}:  # a word the lists do not know: a noun unless a noun follows it
        if prev in ("NN", "NNC"):
            return "NN"  # "the winter school holiday workshops": a compound goes on
        return "ADJ" if nxt & NOUNISH and not nxt & {"VBZ", "VB"} else "NN"
    if "VBD" in options and "VBN" in options:
        if prev in ("PREP", "DET", "DETS", "DETP", "POSS", "ADJ") and nxt & NOUNISH:
            return "VBN"  # a participle before its noun: "with denied claims", "the revised plan"
        return "VBN" if prev in ("HAVS", "HAVP", "HAVD", "BES", "BEP", "AM", "BE") else "VBD"
    return sorted(options)[0]


def _noun(options: frozenset[str]) -> str:
    for t in ("NNS", "NNC", "NN"):
        if t in options:
            return t
    return "ADJ" if "ADJ" in options else sorted(options)[0]


def _verb(options: frozenset[str], prev: str) -> str:
    if "VB" in options and prev in ("MD", "TO", "DOS", "DOP", "DOD", "NOT"):
        return "VB"
    for t in ("VBZ", "VBD", "VBG", "VBN"):
        if t in options:
            return t
    if "VB" in options:
        return "VBP" if prev in _SUBJECTS | {"NN", "NNS", "NNC", "NNP", "ADV"} else "VB"
    return sorted(options)[0]
