"""C-11's grammar, the half about agreement: who does what, and whether the verb agrees with them.

- ``agreement``: a pronoun and its verb disagree in a simple clause ("I has", "he have", "they was"); a
  recorded person with a plural verb ("Priya have"); an indefinite pronoun before a phrase ("everyone on
  the panel were"); "I were" outside a wish.
- ``compound-subject``: the wrong pronoun or verb after two subjects ("Dana and me discussed", "Dana and
  Luis was"), and "I" where the object is meant ("with Dana and I.").

Noun-phrase subjects ("the results of the pilot was", "the binders you showed me was") are decided on
tagged words by ``syntax``, which also finds compounds these patterns miss; a place found by both is one
finding (the checker keeps one per place).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.anatomy import Span
from followup.core.checks.base import Message, flag
from followup.core.checks.lexicon import tags_of, third_person
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
            rf"\b(we|they)\s+(was|is|has|does|doesn{_APOS}t|hasn{_APOS}t|isn{_APOS}t|wasn{_APOS}t"
            rf"|{_S_VERBS})\b",
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
    # "It really help to hear", "it sound like a big lift": at a clause's start "it" is the subject, and an
    # adverb does not change that
    (
        re.compile(
            r"\b(it)\s+(?:(?:really|also|just|always|still|certainly|truly|genuinely|honestly|definitely)\s+)?"
            r"(help|mean|make|seem|look|sound|feel|matter|work|give|show)\b",
            re.IGNORECASE,
        ),
        True,
        True,
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
            if previous in ("and", "or") and not re.search(r"[,;]\s*\w+\s+$", text[start : hit.start(1)]):
                continue  # "Dana and I is": a compound subject, said by ``_compound``
            if pronoun == "I" and previous in _NUMERAL_HEADS:
                continue
            if pronoun.lower() in ("it", "you") and previous in _PREPOSITIONS:
                continue  # "the data in it are": the pronoun is a preposition's object, not the subject
            if pronoun.lower() in ("these", "those") and previous == "of":
                continue  # "none of these is convenient": the subject is "none"
            if pronoun.lower() in ("he", "she", "it") and _inverted(text, hit.start(1), start):
                continue
            yield flag(
                "W-PROOF",
                "C-11",
                f'"{pronoun} {verb}": the verb does not agree with "{pronoun}".',
                (hit.start(1), hit.end(2)),
                text[hit.start(1) : hit.start(2)] + _corrected(pronoun, verb),  # (any adverb between kept)
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
    r"|talked|discussed|agreed|enjoyed|go|get|come|know|work|share|look|agree|live|love|want|need|spent)"
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


_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)"
# One member of a compound subject: a name (with its title), a pronoun, or a short noun phrase.
_MEMBER = (
    rf"{_TITLE}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|I|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Mm]e|[Hh]im"
    rf"|[Tt]hem|[Uu]s"
    r"|[Mm]yself|[Yy]ourself|(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+[a-z][\w'’-]+|[Hh]er"
)
_COMPOUND = re.compile(
    rf"\b({_MEMBER})\s+and\s+({_MEMBER})\s+(?:both\s+|also\s+|all\s+|really\s+|each\s+)?"
    rf"({_PAST_OR_VERB}|is|has|does|am|wasn{_APOS}t|isn{_APOS}t|hasn{_APOS}t|doesn{_APOS}t|{_BASE_VERBS}s?)\b"
)
# "My study partner and me passed", "my old shift lead and me rebuilt": a longer first member and an
# object pronoun second, before whatever verb follows (not "her": "Priya and her team" is possessive).
_OBJECT_SECOND = re.compile(
    r"\b((?:[Mm]y|[Oo]ur|[Tt]he|[Hh]is|[Yy]our)(?:\s+[a-z][\w'’-]+){1,3}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s+and\s+(me|him|them|us|myself)\s+(?!(?:and|or|to|for|with|in|at|on|from|too|as|both|alike)\b)"
    r"(?:both\s+|also\s+|all\s+|then\s+|later\s+|eventually\s+)?[a-z]{3,}\b"
)
_SUBJECT_FORM = {
    "me": "I", "him": "he", "her": "she", "them": "they", "us": "we", "myself": "I", "yourself": "you",
}  # fmt: skip
_SINGULAR_AFTER_TWO = frozenset(
    str.split("was is has does am wasn't isn't hasn't doesn't wasn’t isn’t hasn’t doesn’t")
)


def _compound(m: Message, text: str, start: int, end: int) -> Iterator[TextFinding]:
    """Two subjects joined by "and": each in the subject form ("Dana and me discussed"), and a plural
    verb after them ("Dana and Luis was")."""
    people = {n.lower() for p in m.ctx.application.people for n in (p.first, p.last) if n}
    for hit in _COMPOUND.finditer(text, start, end):
        if not opens_clause(text, hit.start(), start):
            continue
        first, second, verb = hit.group(1), hit.group(2), hit.group(3)
        words = {w.lower() for w in re.findall(r"[\w'’-]+", f"{first} {second}")}
        if words & _NOT_PEOPLE - {
            "i",
            "you",
            "he",
            "she",
            "we",
            "they",
            "my",
            "our",
            "your",
            "his",
            "her",
            "their",
            "the",
        }:
            continue  # "Sales and Marketing is": a department, not two people
        for member, group in ((first, 1), (second, 2)):
            if member.lower() in _SUBJECT_FORM:
                right = _SUBJECT_FORM[member.lower()]
                yield flag(
                    "W-PROOF",
                    "C-11",
                    f'"{first} and {second}" is the subject here: use "{right}", not "{member}".',
                    (hit.start(group), hit.end(group)),
                    right if group == 2 or right == "I" else right.capitalize(),
                    kind="compound-subject",
                )
                break
        else:
            if verb.lower() not in _SINGULAR_AFTER_TWO:
                continue
            names = [
                w for w in (first, second) if w[:1].isupper() and w not in ("I",) and not re.match(_TITLE, w)
            ]
            if people and len(names) == 2 and not {n.split()[-1].lower() for n in names} & people:
                continue  # two capitalised words that are not the people we know: a name of one thing
            yield flag(
                "W-PROOF",
                "C-11",
                f'"{first} and {second}" are two: the verb is plural.',
                (hit.start(3), hit.end(3)),
                _PLURAL.get(verb.lower().replace("’", "'"), "were"),
                kind="compound-subject",
            )
    for hit in _OBJECT_SECOND.finditer(text, start, end):  # the checker keeps one finding a place
        if not opens_clause(text, hit.start(), start) and _object_position(text, hit.start(), start):
            continue  # "helped my manager and me rebuild": the pair is an object
        right = _SUBJECT_FORM[hit.group(2)]
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{hit.group(1)} and {hit.group(2)}" is the subject here: use "{right}", not "{hit.group(2)}".',
            (hit.start(2), hit.end(2)),
            right,
            kind="compound-subject",
        )
    for hit in _AND_I.finditer(text, start, end):
        if not _object_position(text, _first_member(text, hit.start(), start), start):
            continue
        yield flag(
            "W-PROOF",
            "C-11",
            '"I" is the object here: use "me".',
            (hit.start(1), hit.end(1)),
            "me",
            kind="compound-subject",
        )


# "X and I" where the pair is an object: "I" is followed by the clause's end, a preposition, a determiner
# or a particle ("meeting Dana and I.", "emailed Sam and I the brief", "showing Sam and I around"); the
# words before the pair decide (``_object_position``).
_AND_I = re.compile(
    r"\band\s+(I)(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|at|in|about|last|yesterday|today|this|during|for|to|the|a|an"
    r"|some|around|back|over|with|from|after|before|into|through|again|together)\b)"
)
_OBJECT_VERBS = frozenset(
    str.split(
        """
        meet met thank thanked ask asked tell told give gave show showed invite invited email emailed join
        joined teach taught help helped introduce introduced welcome welcomed include including between
        like than call called send sent bring brought take took let guide guided
        """
    )
)
_NOT_OBJECT_VERBS = frozenset(
    str.split("did do does will would can could should may might must shall so nor neither and or but")
)


def _first_member(text: str, at: int, start: int) -> int:
    """Where the first member of "X and I" starts, ``at`` being "and": a name (one or two capitalised
    words), a pronoun, or a short phrase opened by a determiner."""
    words = list(re.finditer(r"[\w'’-]+", text[start:at]))[-4:]
    if not words:
        return at
    last = words[-1].group()
    if last.lower() in ("you", "him", "her", "them", "us"):
        return start + words[-1].start()
    if last[:1].isupper():
        first = len(words) - 1
        previous = words[first - 1].group() if first > 0 else ""
        if previous[:1].isupper() and previous.lower() not in _STOP | _ANY_DET | _NOT_OBJECT_VERBS:
            first -= 1
        return start + words[first].start()
    for w in reversed(words):
        if w.group().lower() in ("my", "our", "your", "his", "her", "the", "their"):
            return start + w.start()
    return at


def _object_position(text: str, at: int, start: int) -> bool:
    """The phrase at ``at`` follows a preposition or a verb that takes an object ("for", "meeting",
    "emailed"), not an auxiliary ("so did Dana and I") nor a clause's start."""
    before = text[start:at]
    if not before.strip(" \"'“‘(") or re.search(r"[,;:—–]\s*$", before):
        return False
    word = previous_word(text, at)
    if word in _NOT_OBJECT_VERBS or word in _PERSONAL:
        return False
    if word in _PREPOSITIONS | {"to", "between", "including", "like", "than"} or word in _OBJECT_VERBS:
        return True
    return len(word) > 4 and word.endswith(("ed", "ing")) and word not in ("during", "being")


_PREPOSITIONS = frozenset(str.split("of on in for about from with at by after before into over under across"))

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
        re.search(
            r"\b(?:and|but|so|because|when|where|that|since|while|although|though|after|before)\s+$", before
        )
        is not None
    )


# --- noun phrases ----------------------------------------------------------------------------------------
_SINGULAR_DET = frozenset(str.split("a an this that each every one another"))
_PLURAL_DET = frozenset(str.split("these those two three four five several many both few various"))
# ("its" is left out: "its good to..." is the its/it's confusion, said by the grammar pass)
_ANY_DET = frozenset(str.split("the my your our his her their some no any")) | _SINGULAR_DET | _PLURAL_DET
# Nouns whose verb may be singular or plural ("the team were", "the data show"), and quantities whose
# number is their complement's ("a number of teams are").
_EITHER_NUMBER = frozenset(
    str.split(
        """
        team teams staff panel board committee company firm family government group department council
        management audience crew class public club band jury police organisation organization agency studio
        practice business partnership network faculty union couple majority minority number lot lots
        range variety host bunch plenty rest half most some all none percentage proportion total series
        kind sort type pair set data media news species means headquarters sales operations analytics
        logistics economics politics ethics statistics graphics dynamics mathematics physics kudos
        everyone everything nothing something anything patrol squad choir orchestra cast troop cohort
        crowd brigade platoon congregation
        """
    )
)
_STOP = frozenset(
    str.split(
        """
        of on in for about from with at by after before to into over under during between through without
        within across like than as that which who whom whose where when and or but so because while if
        i you he she we they it me him us them is are was were has have had do does did be been being will
        would can could should may might must not there here now then today yesterday tomorrow too
        """
    )
)
_SINGULAR_VERBS = frozenset(
    str.split("is was has does isn't wasn't hasn't doesn't isn’t wasn’t hasn’t doesn’t")
)
_PLURAL_VERBS_SET = frozenset(
    str.split("are were have do aren't weren't haven't don't aren’t weren’t haven’t don’t")
)
# Verbs that follow a noun in the sentences people write about an interview; each in its bare form.
_LEXICAL = frozenset(
    str.split(
        """
        remain mean sound seem look make need cover help matter fit show include require give take keep
        feel stay suit reflect align resonate appeal excite impress speak stand provide offer support
        allow sit tie connect depend apply stick belong describe capture explain highlight demonstrate
        combine match mirror echo complement blend involve attract motivate inspire interest transfer
        translate carry prove deserve suggest indicate illustrate"""
        + " "
        + """
        """
    )
)
_PERSONAL = frozenset(str.split("i you he she we they it"))
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def _number(noun: str) -> str:
    """ "s" (singular), "p" (plural) or "" (either, or not a noun we can judge)."""
    low = noun.lower().replace("’", "'")
    if low in _EITHER_NUMBER or "'" in low or len(low) < 3:
        return ""
    if low in ("people", "children", "men", "women", "criteria", "feet", "teeth"):
        return "p"
    if low.endswith(("ss", "us", "is", "ics", "ous", "ness")):
        return "s"
    if low.endswith("s"):
        return "p"
    return "s"


def _lexical(word: str) -> str:
    """ "s" for a verb's -s form ("remains"), "p" for its bare form ("remain"), "" if not one we know."""
    low = word.lower()
    if low in _LEXICAL:
        return "p"
    for ending in ("es", "s"):
        stem = low.removesuffix(ending)
        if low.endswith(ending) and stem in _LEXICAL and stem + ending == low:
            return "s"
    return ""


def _subject_start(text: str, at: int, start: int) -> bool:
    """A noun phrase at ``at`` is a clause's subject: it starts the sentence, or follows a comma or
    semicolon (with "and"/"but" after it), or a conjunction that opens a clause ("because", "that")."""
    before = text[start:at]
    if not before.strip(" \"'“‘("):
        return True
    return (
        re.search(
            r"(?:[,;:—–]\s*(?:and\s+|but\s+|so\s+)?|\b(?:because|since|while|although|though|so that"
            r"|that|when|if|as|whether)\s+|\bI (?:think|believe|feel|hope|know|guess|suspect|gather)\s+"
            # "I am not sure either day works", "we doubt the figures": a clause as the object
            r"|\b(?:I|we)(?:['’]m| am| are|['’]re)?(?: (?:not|really|quite|also|still|honestly|do|don['’]t))*"
            r" (?:sure|certain|confident|doubt|expect|imagine|suppose|trust)\s+)$",
            before,
        )
        is not None
    )


def _other_form(verb: str) -> str:
    low = verb.lower().replace("’", "'")
    swap = {**_RIGHT, "is": "are", "are": "is", "were": "was"}
    if low in swap:
        return swap[low]
    if _lexical(low) == "p":
        return low + ("es" if low.endswith(("s", "sh", "ch", "o")) else "s")
    return low[:-2] if low.endswith("es") and low[:-2] in _LEXICAL else low[:-1]


_INDEFINITE_HEAD = re.compile(
    r"\b(Everyone|Everybody|Someone|Somebody|Nobody|No one|Anyone|Anybody)\b"
    r"(?=\s+(?:on|in|at|from|of|with|I|we|you|who|that)\b)",
    re.IGNORECASE,
)


def _indefinite_with_phrase(text: str, start: int, end: int) -> Iterator[TextFinding]:
    """ "Everyone on the panel were": an indefinite pronoun, a phrase, then a plural verb."""
    for hit in _INDEFINITE_HEAD.finditer(text, start, end):
        if not _subject_start(text, hit.start(), start):
            continue
        words = list(_WORDS.finditer(text, hit.end(), end))
        for j, word in enumerate(words[:8]):
            low = word.group().lower()
            if low in ("and", "but", "or", "because", "which"):
                break
            if low in ("who", "that") or low in _PERSONAL:
                continue  # "everybody I met were", "everyone who came was": the relative's subject
            if low in _PLURAL_VERBS_SET:
                if j and (words[j - 1].group().lower() in _PERSONAL or words[j - 1].group()[:1].isupper()):
                    break
                yield flag(
                    "W-PROOF",
                    "C-11",
                    f'"{hit.group()} … {word.group()}": "{hit.group()}" takes a singular verb.',
                    (word.start(), word.end()),
                    _other_form(word.group()),
                    kind="agreement",
                )
                break
            if low in _SINGULAR_VERBS or low in _MODALS:
                break
            if "VBZ" in tags_of(low) and j and words[j - 1].group().lower() not in _PERSONAL:
                break  # "everybody I know wants": the verb, singular
            if tags_of(low) == {"VB"} and j and words[j - 1].group().lower() not in _BARE_AFTER:
                # "everybody I've spoken to about it think": a bare verb, no noun reading, after the phrase
                yield flag(
                    "W-PROOF",
                    "C-11",
                    f'"{hit.group()} … {word.group()}": "{hit.group()}" takes a singular verb.',
                    (word.start(), word.end()),
                    third_person(low),
                    kind="agreement",
                )
                break


_MODALS = frozenset(str.split("will would can could should shall may might must"))
# Words after which a bare verb is an infinitive or a question's, not the indefinite's verb.
_BARE_AFTER = (
    _PERSONAL
    | _MODALS
    | frozenset(
        str.split("to do does did don't doesn't didn't let help make i've you've we've they've i'd you'd")
    )
)
_I_WERE = re.compile(r"\b(I|[Ii]t|[Hh]e|[Ss]he)\s+were\b")
_WISHING = frozenset(str.split("if wish wished though suppose supposing imagine unless as"))


def _i_were(text: str, start: int, end: int) -> Iterator[TextFinding]:
    """ "I were very glad", "It were a pleasure": "was", except in a wish or a condition ("if I were", "as
    it were")."""
    for hit in _I_WERE.finditer(text, start, end):
        if previous_word(text, hit.start()) in _WISHING | {"and", "or", "nor"} | _PREPOSITIONS | _AUXILIARIES:
            continue  # ("the director and I were": two people; "for it were" is no clause)
        pronoun = hit.group(1)
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{pronoun} were": the verb does not agree with "{pronoun}".',
            (hit.start(), hit.end()),
            f"{pronoun} was",
            kind="agreement",
        )


def agreement_faults(m: Message, sentence: Span) -> Iterator[TextFinding]:
    """Every agreement and compound-subject fault in one sentence."""
    text, start, end = m.text, sentence.start, sentence.end
    yield from _agreement(text, start, end)
    yield from _named_subject(m, text, start, end)
    yield from _indefinite_with_phrase(text, start, end)
    yield from _i_were(text, start, end)
    yield from _compound(m, text, start, end)
    yield from _object_first(text, start, end)


# (lower case too, after a colon or a conjunction: "...: me and my old team spent")
_OBJECT_FIRST = re.compile(r"\b([Mm]e|[Hh]im|[Tt]hem|[Uu]s)\s+and\s+(?:my|our|the|your|his|her|their)\b")


def _object_first(text: str, start: int, end: int) -> Iterator[TextFinding]:
    """ "Me and the team at my agency did...": an object pronoun opening a compound subject."""
    for hit in _OBJECT_FIRST.finditer(text, start, end):
        if not _subject_start(text, hit.start(), start):
            continue
        right = _SUBJECT_FORM[hit.group(1).lower()]
        right = right if hit.group(1)[0].isupper() or right == "I" else right.lower()
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{hit.group(1)} and ..." opens the subject: use "{right}" (and put yourself last).',
            (hit.start(1), hit.end(1)),
            right,
            kind="compound-subject",
        )


# The names other checks of agreement (``heads``) share.
EITHER_NUMBER = _EITHER_NUMBER
noun_number = _number
other_form = _other_form
subject_start = _subject_start
