"""C-11's agreement where the subject's head is not the word before the verb (``agreement`` in
``FINDING_KINDS``):

- a quantity of one: "each of", "every one of", "one of" the many takes a singular verb, however long
  the phrase and whatever relative clause follows ("One of the things I liked were" → "was");
- "neither X nor Y", "either X or Y": the verb agrees with the nearer, Y;
- inverted questions: "Has the designers", "Is the results from the pilot", "Where is the reports": the
  auxiliary agrees with the noun phrase after it;
- "there is/are": the verb agrees with what follows ("There is many reasons", "There are a problem").

Nouns whose number English leaves open (team, staff, data, none...) are never judged, so British "the
team are" and "are the team happy" pass. Each rule starts where a clause starts and gives up at a comma,
a conjunction or a word it cannot place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.agreement import EITHER_NUMBER, noun_number, other_form, subject_start
from followup.core.checks.base import flag
from followup.core.checks.words import looks_adjective, looks_participle
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
_ENDS_CLAUSE = frozenset(str.split("and but or because so while although though if when which"))
_MODALS = frozenset(str.split("will would can could should may might must shall"))
_PERSONAL = frozenset(str.split("i you he she we they it"))


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _said(word: str) -> str:
    """ "s" or "p" for a finite verb whose number shows, "" otherwise."""
    low = _norm(word)
    if low in _SINGULAR:
        return "s"
    if low in _PLURAL:
        return "p"
    if low in _VERBS:
        return "p"
    if low.endswith("s") and (low[:-1] in _VERBS or low[:-2] in _VERBS):
        return "s"
    return ""


def _clause_words(text: str, start: int, end: int) -> list[list[re.Match[str]]]:
    """The sentence's words, cut into clauses at punctuation."""
    clauses: list[list[re.Match[str]]] = [[]]
    last = start
    for w in _WORDS.finditer(text, start, end):
        if clauses[-1] and re.search(r"[,;:()—–]", text[last : w.start()]):
            clauses.append([])
        clauses[-1].append(w)
        last = w.end()
    return clauses


def _finding(verb: re.Match[str], why: str) -> TextFinding:
    return flag(
        "W-PROOF",
        "C-11",
        f'"{verb.group()}": {why}',
        (verb.start(), verb.end()),
        other_form(verb.group()),
        kind="agreement",
    )


# --- each of, one of --------------------------------------------------------------------------------------
_ONE_OF = re.compile(
    r"\b(?:each|every one|one|either)\s+of\s+(?:the|these|those|my|your|our|their|his|her|them|us)\b", re.I
)


def _quantity_of_one(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _ONE_OF.finditer(text, start, end):
        if not subject_start(text, hit.start(), start):
            continue
        words = list(_WORDS.finditer(text, hit.end(), end))
        for j, w in enumerate(words[:12]):
            if re.search(r"[,;:()—–]", text[hit.end() if j == 0 else words[j - 1].end() : w.start()]):
                break
            low = _norm(w.group())
            before = _norm(words[j - 1].group()) if j else ""
            if low in _ENDS_CLAUSE or low in _MODALS:
                break
            if before in ("who", "that", "which") or before in _PERSONAL:
                continue  # the relative clause's own verb ("one of the people who were")
            said = "s" if low in _SINGULAR else "p" if low in _PLURAL else ""
            if said == "p":
                yield _finding(w, f'"{hit.group().split()[0]} of ..." is one: the verb is singular.')
            if said:
                break


# --- neither ... nor, either ... or -----------------------------------------------------------------------
_NOR = re.compile(
    r"\b(?:Neither|Either)\b[^,;.!?]*?\b(?:nor|or)\s+((?:the|my|your|our|this|that|a|an)\s+)?([\w'’-]+)\s+(\w+)"
)


def _nearer(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _NOR.finditer(text, start, end):
        if not subject_start(text, hit.start(), start):
            continue
        noun, verb = hit.group(2), hit.group(3)
        number = "s" if noun[:1].isupper() and not hit.group(1) else noun_number(noun)
        said = _said(verb)
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


# --- inverted questions -----------------------------------------------------------------------------------
_AUX_FIRST = frozenset(
    str.split("has have is are was were does do hasn't haven't isn't aren't wasn't weren't doesn't don't")
)
_DETS = frozenset(str.split("the my your our their his her this that these those"))
_WH = frozenset(str.split("where when why how what which who"))
_STOPS = frozenset(
    str.split(
        """
        of on in for about from with at by after before to into over under during between through and or
        than as that which who i you he she we they it me him us them not already yet still really all both
        also ever now finished
        """
    )
)


def _inverted(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for clause in _clause_words(text, start, end):
        k = 1 if clause and _norm(clause[0].group()) in _WH else 0
        if len(clause) < k + 3:
            continue
        aux, det = clause[k], clause[k + 1]
        if _norm(aux.group()) not in _AUX_FIRST or _norm(det.group()) not in _DETS:
            continue
        if k == 0 and clause[0].start() != _clause_start(text, start, clause[0].start()):
            continue
        head = _question_head(clause, k + 2, _norm(aux.group()) in ("does", "do", "doesn't", "don't"))
        if head is None:
            continue
        number = noun_number(head.group())
        if _norm(det.group()) in ("these", "those"):
            number = "p"
        said = "s" if _norm(aux.group()) in _SINGULAR else "p"
        if number and number != said:
            yield _finding(aux, f'the verb does not agree with "{head.group()}".')


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last comma, semicolon or colon before it."""
    cut = max(text.rfind(c, start, at) for c in ",;:")
    if cut < 0:
        cut = start
    else:
        cut += 1
    while cut < at and not text[cut].isalpha():
        cut += 1
    return cut


def _question_head(clause: list[re.Match[str]], first: int, bare_verb_next: bool) -> re.Match[str] | None:
    """The noun the question's auxiliary is about: the last word of the noun phrase, which ends before a
    preposition, an adjective or participle (its complement) or, after "do", the bare verb."""
    words = clause[first:]
    for j, w in enumerate(words):
        low = _norm(w.group())
        if low in ("and", "or", "&"):
            return None  # two subjects: "Are the manager and the director free?"
        stop = low in _STOPS or low in _DETS
        stop = stop or (j > 0 and (looks_adjective(low) or looks_participle(low) or low in ("had", "been")))
        if bare_verb_next and j > 0 and j == len(words) - 1:
            stop = True
        if bare_verb_next and j > 0 and j + 1 < len(words) and _norm(words[j + 1].group()) in _DETS | _STOPS:
            stop = True
        if stop:
            return words[j - 1] if j > 0 else None
    return None


# --- there is / there are ---------------------------------------------------------------------------------
_THERE_BE = re.compile(
    r"\b[Tt]here\s+(is|was|has been|are|were|have been)\s+(?:(?:still|also|already|now)\s+)?"
    r"([\w'’-]+)(?:\s+([\w'’-]+))?"
)
_MANY = frozenset(
    str.split("many several few two three four five six seven eight nine ten various numerous both")
)
# "There are a lot of", "a number of", "a couple of": a quantity whose number is its complement's.
_QUANTITY = frozenset(
    str.split(
        "lot number couple few range variety host series handful dozen hundred thousand good great bunch pair"
        " set"
    )
)


def _existential(text: str, start: int, end: int) -> Iterator[TextFinding]:
    for hit in _THERE_BE.finditer(text, start, end):
        verb, first, second = hit.group(1), _norm(hit.group(2)), _norm(hit.group(3) or "")
        before = text[start : hit.start()].rstrip().lower()
        if re.search(r"\b(?:is|are|was|were|has|have)$", before):
            continue  # "Is there": the question's own order
        singular = verb.split()[0] in ("is", "was", "has")
        if singular and (first in _MANY or (first == "a" and second == "few")):
            span = (hit.start(1), hit.end(1))
        elif not singular and first in ("a", "an", "one", "another") and second and second not in _QUANTITY:
            if second in ("or",) or noun_number(second) == "p" or second in EITHER_NUMBER:
                continue
            span = (hit.start(1), hit.end(1))
        else:
            continue
        said = text[span[0] : span[1]]
        yield flag(
            "W-PROOF",
            "C-11",
            f'"there {said}": the verb agrees with what follows it.',
            span,
            _EXISTENTIAL_RIGHT.get(said, said),
            kind="agreement",
        )


_EXISTENTIAL_RIGHT = {
    "is": "are",
    "was": "were",
    "has been": "have been",
    "are": "is",
    "were": "was",
    "have been": "has been",
}


def head_faults(text: str, start: int, end: int) -> Iterator[TextFinding]:
    """Every agreement fault above in one sentence."""
    yield from _quantity_of_one(text, start, end)
    yield from _nearer(text, start, end)
    yield from _inverted(text, start, end)
    yield from _existential(text, start, end)
