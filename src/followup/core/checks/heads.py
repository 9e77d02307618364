"""C-11's agreement where the subject's head is not the word before the verb (``agreement`` in
``FINDING_KINDS``):

- "neither X nor Y", "either X or Y": the verb agrees with the nearer, Y;

(Quantities of one, "there is/are" and inverted questions are decided on tagged words: ``syntax``.)

Nouns whose number English leaves open (team, staff, data, none...) are never judged, so British "the
team are" and "are the team happy" pass. Each rule starts where a clause starts and gives up at a comma,
a conjunction or a word it cannot place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.agreement import noun_number, other_form, subject_start
from followup.core.checks.base import flag
from followup.core.checks.lexicon import tags_of, third_person
from followup.core.drafts import TextFinding

_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_SINGULAR = frozenset(str.split("is was has does isn't wasn't hasn't doesn't"))
_PLURAL = frozenset(str.split("are were have do aren't weren't haven't don't"))
# Plain verbs that follow a subject in these messages, bare ("work") or with -s ("works").
_VERBS = frozenset(
    str.split(
        """
        work suit fit matter help make seem look sound need remain stand mean appeal give take show
        """
    )
)


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _said(word: str, following: str = "") -> str:
    """ "s" or "p" for a finite verb whose number shows, "" otherwise; a word that may be a noun too counts
    as a verb when a determiner or an object follows it ("nor the website mention the scheme")."""
    low = _norm(word)
    options = tags_of(low)
    verb = not options & {"NN", "NNS", "NNC", "ADJ"} or _norm(following) in _OBJECT_OPENERS
    if verb and options & {"VB", "VBZ"} and not options & {"VBD", "VBN", "VBG"}:
        return "s" if "VBZ" in options else "p"
    if low in _SINGULAR:
        return "s"
    if low in _PLURAL:
        return "p"
    if low in _VERBS:
        return "p"
    if low.endswith("s") and (low[:-1] in _VERBS or low[:-2] in _VERBS):
        return "s"
    return ""


# --- neither ... nor, either ... or -----------------------------------------------------------------------
_NOR = re.compile(
    r"\b(?:Neither|Either)\b[^,;.!?]*?\b(?:nor|or)\s+((?:the|my|your|our|this|that|a|an)\s+)?([\w'’-]+)\s+(\w+)"
    r"(?:\s+(\w+))?"
)
_FINITE_NEXT = frozenset(str.split("is are was were has have does do isn't aren't wasn't weren't"))
_OBJECT_OPENERS = frozenset(
    str.split("the a an my your our their his her its this that these those me us them")
)


def _nearer(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _NOR.finditer(text, start, end):
        if not subject_start(text, hit.start(), start):
            continue
        noun, verb = hit.group(2), hit.group(3)
        if _norm(hit.group(4) or "") in _FINITE_NEXT:
            continue  # "nor short notice is": the noun phrase goes on, the verb comes after it
        number = "s" if noun[:1].isupper() and not hit.group(1) else noun_number(noun)
        said = _said(verb, hit.group(4) or "")
        if number and said and said != number:
            at = hit.start(3)
            yield flag(
                "W-PROOF",
                "C-11",
                f'"{verb}": after "neither/either ... nor/or" the verb agrees with "{noun}".',
                (at, hit.end(3)),
                other_form(verb),
                kind="agreement",
            )


# --- either day, neither option: one of two, singular ---------------------------------------------------
_ONE_OF_TWO = re.compile(
    r"\b(?:Either|Neither|Each|Every|either|neither|each|every)\s+([a-z]+)\s+([a-z]+)\b(?:\s+(\w+))?"
)
_AFTER_VERB = frozenset(str.split("for with to on in at me us you them well fine the a an my our your"))


def _one_of_two(text: str, start: int, end: int) -> Iterator[TextFinding]:
    """ "Either day work for me", "neither option suit": a singular noun after "either", "neither", "each"
    or "every", then a bare verb (a word that may be a noun too counts when an object or a particle
    follows)."""
    for hit in _ONE_OF_TWO.finditer(text, start, end):
        if not subject_start(text, hit.start(), start):
            continue
        noun, verb, following = hit.group(1), hit.group(2), (hit.group(3) or "").lower()
        nouns = tags_of(noun)
        if not nouns & {"NN"} or nouns & {"NNS", "NNC"} or noun_number(noun) != "s":
            continue
        options = tags_of(verb)
        if "VB" not in options or options & {"VBZ", "VBD", "VBN", "MD", "PREP"}:
            continue
        if options & {"NN", "NNS", "ADJ", "ADV"} and following not in _AFTER_VERB:
            continue
        yield flag(
            "W-PROOF",
            "C-11",
            f'"{verb}": after "{hit.group().split()[0]} {noun}" the verb is singular.',
            (hit.start(2), hit.end(2)),
            third_person(verb),
            kind="agreement",
        )


def head_faults(text: str, start: int, end: int) -> Iterator[TextFinding]:
    """Every agreement fault above in one sentence."""
    yield from _nearer(text, start, end)
    yield from _one_of_two(text, start, end)
