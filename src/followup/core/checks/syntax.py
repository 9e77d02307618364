"""C-11's grammar over tagged words (``tagger``): decisions taken on a clause's structure rather than on its
wording. Four kinds of ``FINDING_KINDS``:

- ``agreement``: the head of a simple clause's subject and its verb. The head is found past what modifies
  it: prepositional phrases ("the results of the pilot was"), relative clauses ("the examples that you
  shared was", "the binders you showed me was"), participles ("the tools used by the team is"),
  parentheticals (", along with two associates, were"). A quantity of one ("each of", "one of",
  "neither of", "the number of") is singular; "both of", "a number of", "several of" plural. "There is/are",
  "here is/are" and "is there" agree with the noun phrase after them. Nouns of either number (team, staff,
  data: British "the team were") and names are never judged.
- ``compound-subject``: "X and Y" as a subject takes a plural verb and subject pronouns ("Dana and me
  met" → "I"); as an object, object pronouns ("gave Sam and I" → "me"); a reflexive stands for neither
  ("Theo and yourself showed", "with Mr. Okoro and yourself").
- ``its-its``: "it's" where a possessive stands (after a preposition or a verb that takes an object, or
  before a bare countable noun: "it's central finding", "the centre and it's growing program").
- ``their-there``: "there" before a noun in an object's place ("have there hands full"), "there" before a
  participle or an adjective where a clause starts ("if there still interviewing"), "they're" after a
  preposition ("during they're move"), "their" before a verb ("their seems", "I know their hiring for").

Each decision is taken only when the structure is clear; where the tags leave two readings, nothing is
said (precision first, as in ``grammar``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from followup.core.checks.base import flag
from followup.core.checks.lexicon import ING_NOUNS, broad_tags, third_person
from followup.core.checks.tagger import FINITE, NOUNISH, Word, tag
from followup.core.drafts import TextFinding

_NUMBER_OF = {
    "BES": "s",
    "HAVS": "s",
    "DOS": "s",
    "VBZ": "s",
    "BEP": "p",
    "HAVP": "p",
    "DOP": "p",
    "VBP": "p",
}
_NP_WORDS = frozenset({"ADJ", "NN", "NNS", "NNC", "NUM", "POSS"})
_SKIPPABLE_ADV = frozenset(
    str.split("also all both really still always certainly truly clearly just only often usually never each")
)
# Verbs after which "that" opens a subjunctive ("suggested that the team meet"): no agreement there.
_SUBJUNCTIVE = frozenset(
    str.split(
        """
        suggest suggested suggests recommend recommended recommends insist insisted ask asked request
        requested propose proposed require required requires demand demanded urge urged essential
        important vital crucial
        """
    )
)
# Verbs after which a clause may follow without "that" ("I think the results were", "I know their").
_CLAUSE_VERBS = frozenset(
    str.split(
        """
        think thought know knew believe believed hope hoped feel felt understand understood guess noticed
        notice realise realised realize realized said say saw see heard hear learned learnt sure glad
        suspect gather trust expect imagine
        """
    )
)
_QUANTITY_ONE = frozenset(str.split("each one either neither"))
_QUANTITY_MANY = frozenset(str.split("both many several few"))
_PART_OF = frozenset(str.split("most all some half"))
_OPEN_NUMBER = frozenset(str.split("none all some most half any more lots plenty rest majority part"))
_SUBJECT_FORM = {
    "me": "I",
    "him": "he",
    "her": "she",
    "them": "they",
    "us": "we",
    "myself": "I",
    "yourself": "you",
}
_OBJECT_FORM = {  # (reflexives: ``_reflexives``, which knows when they are right)
    "i": "me",
    "he": "him",
    "she": "her",
    "we": "us",
    "they": "them",
}
_PARENTHETICAL = frozenset(str.split("along together alongside including plus like as"))
# Uncountable nouns: "it's great work", "it's good news" are "it is"; a countable one wants an article.
_MASS = frozenset(
    str.split(
        """
        work news feedback advice information progress fun time research help support stuff experience data
        software evidence knowledge training learning marketing planning thinking understanding growth
        design practice fieldwork teamwork coursework homework music art history culture business
        management staff water money energy food traffic weather space freedom value quality
        """
    )
)


def _finding(word: Word, kind: str, message: str, suggestion: str) -> TextFinding:
    return flag("W-PROOF", "C-11", message, (word.start, word.end), suggestion, kind=kind)


def _clear_verb(words: Sequence[Word], k: int) -> bool:
    """``words[k]`` is a verb for sure: it has no noun reading ("remains", "is"), or what follows it is an
    object ("the team plans the launch"), not the rest of a compound noun ("the style guide for")."""
    w = words[k]
    nxt = words[k + 1] if k + 1 < len(words) and not words[k + 1].breaks_before else None
    if w.low == "last" and nxt is not None and nxt.tag in ("VBD", "VBN", "VBP"):
        return False  # "since I last wrote": an adverb before the verb
    if (
        nxt is not None
        and nxt.tag in _AUX
        and w.tag in ("VB", "VBP")
        and k > 0
        and words[k - 1].tag in NOUNISH
    ):
        return False  # "the debrief prompt is": a noun in a compound, the verb after it
    if not w.options & NOUNISH and "ADJ" not in w.options:
        return True
    if (
        w.breaks_before
        and _after_aside(words, k)
        and w.options & {"VB", "VBZ", "VBP"}
        and nxt is not None
        and nxt.tag
        in ("ADV", "DET", "DETS", "DETP", "POSS", "ADJ", "OBJ", "PRO3", "NUM", "TO", "VBN", "VBG", "PREP")
    ):
        return True  # "The schools program, which I hear is growing fast, need more": the verb after it
    if (
        w.low in ("look", "looks", "sound", "sounds", "feel", "feels")
        and nxt is not None
        and nxt.low == "like"
    ):
        # "what the next stage look like": a verb of seeming; so after a stranded preposition ("the
        # reconciliations you walked me through sounds like")
        # ... or after a relative clause's own verb ("the consultation that you described sound like")
        return k > 0 and (
            words[k - 1].tag in NOUNISH or _stranded(words, k - 1) or words[k - 1].tag in ("VBD", "VBN")
        )
    # "the slides I presented last Thursday covers": no noun runs on from a time phrase
    if _after_time_phrase(words, k) and w.options & {"VBZ", "VBP"} and not w.breaks_before:
        return True
    if nxt is not None and nxt.low == "it" and w.options & {"VBZ", "VBP"} and k > 0:
        return words[k - 1].tag not in ("DET", "DETS", "DETP", "POSS", "ADJ")  # "covers it": its object
    if k > 0 and words[k - 1].low in ("that", "who", "which") and not w.breaks_before:
        # "a problem that need": after a relative pronoun, the verb ("a reminder that research doesn't":
        # a subject, its verb next)
        return nxt is None or nxt.tag not in FINITE
    if "VBZ" in w.options and (
        nxt is None or nxt.tag in ("ADV", "ADJ", "VBN", "VBD", "VBG") or nxt.low == "like"
    ):
        return True  # "sounds like", "looks organised", "transfers well", "sounds promising"
    if w.tag == "VBP" and k > 0 and words[k - 1].tag == "NNS" and not w.breaks_before:
        # "the shared dashboards sound sensible": no compound noun runs on from a plural into an adjective
        return nxt is None or nxt.tag in ("PREP", "ADV", "DET", "DETS", "DETP", "POSS", "OBJ", "NUM", "ADJ")
    if w.tag == "VBP" and nxt is not None and nxt.tag == "ADJ" and k + 2 < len(words):
        # "the kettle in the back office boil faster than": a noun cannot run on into a lone adjective
        # and a preposition; a verb and its complement can
        end = words[k + 2]
        if not end.breaks_before and end.tag in ("PREP", "SUB", "TO") and end.low != "of":
            return True
    if w.tag == "VBZ" and nxt is not None and nxt.tag == "ADV" and nxt.low.endswith("ly"):
        return True  # "the analysts works closely"
    if w.tag == "VBP" and nxt is not None and nxt.tag == "ADV" and nxt.low.endswith("ly") and k > 0:
        # "The piece look closely at": no finite verb after the adverb, so the word before it was the verb
        beyond = words[k + 2] if k + 2 < len(words) and not words[k + 2].breaks_before else None
        # ("A dock schedule only works": the word after the adverb may be the verb, so nothing is said)
        return (
            words[k - 1].tag in ("NN", "NNP")
            and nxt.low != "only"
            and (beyond is None or not (beyond.options & (FINITE | {"VBZ", "VBP", "VBD"})))
        )
    if (
        w.tag == "VBZ"
        and nxt is not None
        and (nxt.tag in ("VBG", "VBN", "TO") or ("VBG" in nxt.options and nxt.low.endswith("ing")))
    ):
        return True  # "the deck needs updating", "the plan seems to", "the buoys needs repainting"
    if k > 0 and not w.breaks_before and words[k - 1].tag in ("PRO3", "PROP", "PRO1", "OBJ"):
        return True  # "behind it covers": after a pronoun no noun goes on
    if nxt is None or nxt.tag not in ("DET", "DETS", "DETP", "POSS", "OBJ", "NUM"):
        return False
    after = _skip_np(words, k + 1)  # "the style guide your team wrote": a relative clause, not an object
    if after >= len(words) or words[after].breaks_before or words[after].tag not in FINITE | {"VBD"}:
        return True
    # "needs a cover sheet.": a word that may be a noun, ending the clause, is the object's head
    ends = after + 1 >= len(words) or words[after + 1].breaks_before
    return ends and bool(words[after].options & {"NN", "NNS"}) and words[after].tag in ("VBP", "VB")


def _stranded(words: Sequence[Word], j: int) -> bool:
    """``words[j]`` is a preposition left at the end of a relative clause, its object before the clause
    ("you walked me through", "we talked about"): the word after it starts something new."""
    return j >= 1 and words[j].tag == "PREP" and words[j - 1].tag in ("OBJ", "VBD", "VBP", "VBN")


def _after_time_phrase(words: Sequence[Word], k: int) -> bool:
    """``words[k]`` comes right after a time phrase: "last Thursday", "every morning", "this week"."""
    return k >= 2 and words[k - 1].low in _TIME_WORDS and words[k - 2].low in _TIME_OPENERS


def _verb_number(word: Word) -> str:
    return "1" if word.tag == "AM" else _NUMBER_OF.get(word.tag, "")


def _slot_number(word: Word) -> str:
    """The number of a word standing where the clause's verb stands: its tag's, or, when the tagger took
    it for a noun ("sounds", "uses"), its verb form's."""
    said = _verb_number(word)
    if word.tag == "VB":
        return "p"  # "your advice always mean"
    if said or word.tag not in NOUNISH:
        return said
    if "VBZ" in word.options:
        return "s"
    return "p" if "VB" in word.options else ""


def _other_form(word: Word) -> str:
    low = word.low
    swap = {
        "is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has", "does": "do",
        "do": "does", "isn't": "aren't", "aren't": "isn't", "wasn't": "weren't", "weren't": "wasn't",
        "hasn't": "haven't", "haven't": "hasn't", "doesn't": "don't", "don't": "doesn't",
    }  # fmt: skip
    if low in swap:
        return swap[low]
    if word.tag == "VBZ" or (word.tag in NOUNISH and _slot_number(word) == "s"):
        # (a verb the tagger took for a plural noun, "the dashboards ... sounds", is a verb's -s form too)
        if low.endswith("ies"):
            return low[:-3] + "y"
        if low.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
            return low[:-2]  # "passes", "pushes", "watches", "fixes", "buzzes", "goes" (not "uses", "closes")
        return low[:-1]
    return third_person(low)


def _clause_starts(words: Sequence[Word]) -> Iterator[int]:
    """Where a clause's subject may start: the sentence's start, after a break, after a conjunction that
    opens a clause, after "I think"-like verbs (not after a verb that calls for a subjunctive)."""
    for i, w in enumerate(words):
        if i == 0 or w.breaks_before:
            yield i
            continue
        prev = words[i - 1]
        if prev.low in (
            "but",
            "so",
            "yet",
            "because",
            "although",
            "though",
            "while",
            "whereas",
            "if",
            "unless",
        ) or (
            prev.low in ("when", "once", "since", "as") and (i < 2 or words[i - 2].tag not in ("BES", "BEP"))
        ):
            yield i
        elif (
            prev.low in ("how", "why", "where", "whether") or (prev.low == "what" and _what_clause(words, i))
        ) and w.tag in (
            "DET",
            "DETS",
            "DETP",
            "POSS",
            "NNS",
            "PRO1",
            "PROP",
        ):
            yield i  # an embedded clause: "how the volunteers keep the archive running"
        elif prev.low == "that" and prev.tag == "SUB":
            # (after a noun, "that" opens a relative clause whose subject is no clause's head: "a password
            # that the server refuses is")
            if i >= 2 and words[i - 2].low not in _SUBJUNCTIVE and words[i - 2].tag not in NOUNISH:
                yield i
        elif (
            prev.low in _CLAUSE_VERBS and i >= 2 and words[i - 2].tag in ("PRO1", "PROP", "PRO3", "ADV")
        ) or (prev.low == "and" and i >= 2 and words[i - 1].breaks_before):
            yield i


def _what_clause(words: Sequence[Word], i: int) -> bool:
    """After "what" inside a sentence, a clause whose noun phrase is followed by a verb's base form ("tell
    me what the next stage look like"). A "what" clause is often a subject itself ("I know what the team
    wants is clarity"), where the phrase's last word may read as a noun; only the base form is clear."""
    k = _skip_np(words, i)
    return i >= 2 and k > i and k < len(words) and words[k].tag in ("VB", "VBP")


# --- noun phrases ------------------------------------------------------------------------------------------
def _np(words: Sequence[Word], i: int) -> tuple[int, str] | None:
    """A noun phrase at ``i``: (index of its head, its number "s"/"p"/""), or None when there is none."""
    n = len(words)
    if i >= n:
        return None
    first = words[i]
    det_number = ""
    j = i
    if first.tag in ("DETS",):
        det_number = "s"
        j += 1
    elif first.tag == "DETP":
        det_number = "p"
        j += 1
    elif first.tag in ("DET", "POSS"):
        j += 1
    elif first.tag == "NUM":
        det_number = "s" if first.low == "one" else "p"
        j += 1
        if j + 1 < n and words[j].low in ("or", "to") and words[j + 1].tag == "NUM":
            det_number = "p"
            j += 2
    head = None
    while j < n and not (j > i and words[j].breaks_before):
        w = words[j]
        if w.tag in ("NN", "NNS", "NNC") or (
            w.tag == "NNP" and j > i and (head is None or words[head].tag == "NNP")
        ):
            head = j  # (a run of names may go on to a common noun: "the Technical Writer role")
        elif (
            w.tag in ("ADJ", "POSS", "NUM")
            or (w.tag in ("VBG", "VBN") and j + 1 < n and words[j + 1].tag in NOUNISH)
            or _participle_before_noun(words, j, i)
        ):
            if head is not None and not (w.tag == "POSS" and w.low.endswith(("'s", "s'"))):
                break  # ("the team's clients" goes on; "the way your team" starts a new phrase)
        elif w.tag == "ADV" and w.low.endswith("ly") and head is None:
            pass
        else:
            break
        j += 1
    if head is None:
        return None
    h = words[head]
    if h.tag == "NNP":
        return None
    number = det_number or {"NN": "s", "NNS": "p"}.get(h.tag, "")
    if h.tag == "NNC" and det_number != "p":
        number = ""
    if det_number == "s" and h.tag == "NNS":
        number = ""  # "a few", "every two weeks": not a simple phrase
    if first.tag == "NUM" and h.low in _UNITS:
        number = ""  # "two weeks of silence is normal": an amount taken as one
    return head, number


def _participle_before_noun(words: Sequence[Word], j: int, i: int) -> bool:
    """``words[j]``, tagged a past tense, is a participle used as an adjective between a determiner and a
    noun: "one shared dashboard", "the updated plan"."""
    return (
        j > i
        and words[j].tag == "VBD"
        and "VBN" in words[j].options
        and words[j - 1].tag in ("DET", "DETS", "DETP", "POSS", "NUM", "ADJ")
        and j + 1 < len(words)
        and words[j + 1].tag in ("NN", "NNS", "NNC")
        and not words[j + 1].breaks_before
    )


def _skip_np(words: Sequence[Word], i: int) -> int:
    """The index after a noun phrase (or a pronoun) starting at ``i``; ``i`` when there is none."""
    n = len(words)
    j = i
    if i < n and words[i].breaks_before:
        return i
    while j < n and not (j > i and words[j].breaks_before):
        w = words[j]
        if j > i and _name_opens_relative(words, j) is not None:
            break  # "one of the questions Dana asked": the name is the relative's subject
        if j > i and w.tag in ("DET", "DETS", "DETP") and words[j - 1].tag in NOUNISH:
            break  # "your team fights every month": a determiner after a noun opens another phrase
        if (
            w.tag in ("DET", "DETS", "DETP", "POSS", "NUM", "ADJ", "NN", "NNS", "NNC", "NNP", "OBJ", "PRON")
            or (w.tag in ("VBG", "VBN") and j + 1 < n and words[j + 1].tag in NOUNISH and j > i - 1)
            or _participle_before_noun(words, j, i)
            or (w.low in ("and", "or", "&") and j > i and j + 1 < n and words[j + 1].tag in NOUNISH | {"ADJ"})
            or (w.tag in ("PRO1", "PRO3", "PROP") and j == i)
        ):
            j += 1
        else:
            break
    return j


def _name_opens_relative(words: Sequence[Word], j: int) -> int | None:
    """A relative clause without "that" whose subject is a name, after a plural noun ("the questions
    Dana asked me were", "the reports Mr. Okafor reads are"): the index of its verb, a past or present
    one that is not a verb of saying or thinking ("my colleagues Dana said were" is left alone). A name
    after a singular noun is taken for an apposition ("my manager Dana says")."""
    n = len(words)
    if j == 0 or words[j].tag != "NNP" or words[j - 1].tag != "NNS" or words[j].breaks_before:
        return None
    k = j
    while k < n and words[k].tag == "NNP" and not words[k].breaks_before and k - j < 3:
        k += 1
    if k >= n or words[k].breaks_before or words[k].low in _CLAUSE_VERBS:
        return None
    if (
        words[k].tag in ("HAVS", "HAVP", "HAVD", "MD")
        and k + 1 < n
        and words[k + 1].tag in ("VBN", "VBD", "VB")
    ):
        return k  # "the terms Quarry Labs has offered is": an auxiliary and its participle
    return k if words[k].tag in ("VBD", "VBZ", "VBP") else None


def _postmodifiers(words: Sequence[Word], j: int, head: Word, number: str) -> tuple[int, Word | None]:
    """Past what modifies the head from ``j``: the index of the clause's verb, and a relative clause's own
    verb when the relative's subject is the head ("a problem that need"), to be judged too."""
    n = len(words)
    relative_verb = None
    through = False
    for _ in range(8):
        if j >= n:
            return j, relative_verb
        w = words[j]
        if w.breaks_before and not through:
            # ", along with two associates, were", ", with a chalk mark on each, show": an aside
            if w.low in _PARENTHETICAL or w.low in ("who", "which") or (w.tag == "PREP" and w.low != "of"):
                k = j + 1
                while k < n and not words[k].breaks_before:
                    k += 1
                j = k
                through = True
                continue
            return n, relative_verb  # a break ends the simple clause
        through = False
        if (w.tag == "ADV" and w.low in _SKIPPABLE_ADV) or (w.tag == "REFL" and j == words.index(head) + 1):
            j += 1  # ("The interview itself were": a reflexive that stresses the head)
            continue
        following = words[j + 1] if j + 1 < n and not words[j + 1].breaks_before else None
        if w.low in ("each", "all", "both") and following is not None and following.tag in FINITE:
            j += 1  # "the apprentices each has": a quantifier floated after its subject
            continue
        if (
            w.tag == "PREP"
            and following is not None
            and following.low in ("what", "how", "where", "when", "why", "whether")
            and j + 2 < n
        ):
            # "Any pointers on what I could do differently next time is": a clause as the preposition's
            # object, its own subject and verb, then the main verb
            k = _skip_np(words, j + 2)
            if k > j + 2 and k < n and words[k].tag in FINITE | {"VBD", "MD"} and not words[k].breaks_before:
                j = _after_relative(words, k)
                continue
        if (w.tag == "PREP" and w.low != "to") or (w.low == "to" and j + 1 < n and words[j + 1].tag != "VB"):
            k = _skip_np(words, j + 1)
            if k == j + 1 and w.low != "to" and _gerund_object(words, j + 1):
                g = j + 2
                if g < n and not words[g].breaks_before and words[g].low in _PARTICLES:
                    g += 1  # "your stories about growing up in Milwaukee makes": a phrasal verb's particle
                k = _skip_np(words, g)  # "my reasons for applying hasn't": a gerund as its object
            if k == j + 1:
                return n, relative_verb
            j = k
            continue
        if w.low == "to" and j + 1 < n and words[j + 1].tag == "VB":
            j = _skip_np(words, j + 2)
            if j < n and not words[j].breaks_before and words[j].tag not in FINITE:
                return n, relative_verb  # "a note to say thank you": the infinitive goes on
            continue
        if w.tag in ("REL", "SUB") and w.low in ("who", "which", "that"):
            k = j + 1
            if k < n and words[k].tag in FINITE:
                adjacent = j == words.index(head) + 1  # (after a phrase, the relative is the phrase's noun's)
                relative_verb = words[k] if head.low not in ("one",) and adjacent else None
                j = _after_relative(words, k)
            else:
                k = _skip_np(words, k)
                if (
                    k > j + 1
                    and k + 1 < n
                    and words[k].low == "and"
                    and not words[k + 1].breaks_before
                    and words[k + 1].tag in ("DET", "POSS", "PROP", "PRO1", "NNP")
                ):
                    k = _skip_np(words, k + 1)  # "the forecast that you and your team rebuilt": two subjects
                if k == j + 1 or k >= n or words[k].tag not in FINITE | {"VBD", "VB"}:
                    return n, relative_verb  # ("the reports that your analysts build needs": a bare verb)
                j = _after_relative(words, k)
            continue
        if w.low == "where" and words[j - 1].tag in NOUNISH:
            # "each of the places where new users drop off ... have": a relative clause of place
            k = _skip_np(words, j + 1)
            if k > j + 1 and k < n and words[k].tag in FINITE | {"VBD", "VB"}:
                j = _after_relative(words, k)
                continue
            return n, relative_verb
        named = _name_opens_relative(words, j)
        if named is not None:
            j = _after_relative(words, named)
            continue
        if w.tag == "CONTR" and w.low not in _NOT_RELATIVE_SUBJECT:
            k = j + 1
            while k < n and not words[k].breaks_before and words[k].tag == "ADV":
                k += 1
            if k < n and not words[k].breaks_before and words[k].tag in ("VBN", "VBD", "VB", "VBG"):
                j = _after_relative(words, k)  # "the changes you've made to the rota makes": a contact clause
                continue
            return n, relative_verb
        if w.tag in ("PRO1", "PROP", "PRO3") or (
            (w.tag in ("DET", "DETS", "POSS") and w.low != "the") or w.low == "the"
        ):
            if w.tag in ("PRO1", "PROP", "PRO3") or w.tag in ("DET", "DETS", "POSS"):
                k = _skip_np(words, j)
                last = words[k - 1]
                if k - 1 > j and k < n and words[k].tag in _AUX and last.options & {"VBZ", "VB"}:
                    j = k  # "the tools the team uses is": the phrase's last word was the relative's verb
                    continue
                while k > j and k < n and words[k].tag == "ADV" and not words[k].breaks_before:
                    k += 1  # "the areas I most want to strengthen"
                if k > j and k < n and words[k].tag in FINITE | {"VBD", "VB"}:
                    j = _after_relative(words, k)  # "the binders you showed me", "the tools the team uses"
                    continue
                verb = _inner_verb(words, j, k)
                if verb is not None:
                    j = _after_relative(words, verb)  # "the way your team shares notes after each call were"
                    continue
            return n, relative_verb
        if (
            w.tag in ("VBN", "VBG") or (w.tag == "VBD" and j + 1 < n and words[j + 1].tag == "PREP")
        ) and j > 0:
            k = j + 1
            while k < n and not words[k].breaks_before and words[k].tag not in FINITE:
                if words[k].tag in ("CC", "REL", "WH", "SUB"):
                    return n, relative_verb  # "the emails asking which version was": a clause inside
                k += 1
            if k >= n or words[k].breaks_before:
                return n, relative_verb
            j = k
            continue
        return j, relative_verb
    return n, relative_verb


_PARTICLES = frozenset(str.split("up out down off back over away around along"))


def _gerund_object(words: Sequence[Word], j: int) -> bool:
    """``words[j]`` is an -ing form standing as a preposition's object ("for applying", "about
    running")."""
    return j < len(words) and not words[j].breaks_before and words[j].tag == "VBG"


# Contractions that open no relative clause without "that": "it's", "there's" are a clause of their own.
_OPENS_RELATIVE = frozenset({"PRO1", "PROP", "PRO3", "CONTR", "REL", "SUB"})
_NOT_RELATIVE_SUBJECT = frozenset(str.split("it's that's there's here's what's who's let's it'll"))


def _inner_verb(words: Sequence[Word], j: int, k: int) -> int | None:
    """A relative clause without "that" whose verb the tagger took for a noun ("your team shares notes"):
    a word between ``j`` and ``k`` that may be a verb's -s or bare form, after a noun and before a noun
    phrase, when a finite verb follows later in the clause."""
    for v in range(j + 1, k):
        w = words[v]
        nxt = words[v + 1].tag if v + 1 < len(words) else ""
        if (
            words[v - 1].tag in NOUNISH
            and w.options & {"VBZ", "VB"}
            and nxt in NOUNISH | {"DET", "DETS", "DETP", "POSS", "ADJ"}
            and _finite_later(words, k)
        ):
            return v
    return None


_TIME_WORDS = frozenset(
    str.split(
        """
        monday tuesday wednesday thursday friday saturday sunday week month year quarter morning afternoon
        evening night weekend spring summer autumn fall winter january february march april may june july
        august september october november december
        """
    )
)
_TIME_OPENERS = frozenset(str.split("last next this on every that"))


_TIME_CLAUSE = frozenset(str.split("while when whenever after before since until"))
_BECOMING = frozenset(
    str.split(
        "go goes went gone get gets got become became stay stayed remain remained turn turned grow grew"
    )
)


def _after_relative(words: Sequence[Word], k: int) -> int:
    """From a relative clause's verb at ``k``, the index of the next finite verb (the main clause's): past
    a phrase joined inside it ("with you and your team"), past a clause inside it ("about how surveys are
    read"), and taking a bare present after it ("the tests you described give")."""
    n = len(words)
    j = k + 1
    inner = False  # inside a wh-clause whose own verb is still to come
    while j < n and not words[j].breaks_before:
        w = words[j]
        following = words[j + 1] if j + 1 < n and not words[j + 1].breaks_before else None
        if (
            w.low in ("and", "or")
            and following is not None
            and (
                following.tag in ("DET", "POSS", "PROP", "NNP", "OBJ")
                # "about the damp and mould consultation": two nouns of one phrase
                or (following.tag in ("NN", "NNS", "ADJ") and words[j - 1].tag in ("NN", "NNS", "ADJ"))
            )
        ):
            j += 1
            continue
        if w.low in ("how", "what", "why", "where", "whether") and not inner:
            inner = True
            j += 1
            continue
        if inner and w.tag in FINITE:
            inner = False
            j += 1
            continue
        if (
            w.low in ("that", "which", "who")
            and words[j - 1].tag in ("NN", "NNS")
            and following is not None
            and following.tag in ("VBP", "VBZ", "VBD", "BEP", "BES", "HAVP", "HAVS")
        ):
            # "the examples you gave of sample apps that go stale was": a relative of the relative's own
            # noun, its verb next; the main verb comes after it
            return _after_relative(words, j + 1)
        if (
            w.low in _TIME_CLAUSE
            and following is not None
            and (
                following.tag in ("PRO1", "PROP", "PRO3")
                # ("before the second screen are": a preposition may take a noun phrase, not a clause)
                or (w.low in ("while", "when", "whenever") and following.tag in ("DET", "POSS", "NNP"))
            )
        ):
            inner_verb = _skip_np(words, j + 1)
            if inner_verb < n and not words[inner_verb].breaks_before and words[inner_verb].tag in FINITE:
                # "the notes I took while you walked me through the pickups has": a time clause inside the
                # relative, its own subject and verb; the main verb comes after it
                return _after_relative(words, inner_verb)
        if w.low in ("and", "but", "or", "because", "so", "while", "if", "when", "that", "which", "who"):
            return n
        verb_next = following is not None and following.tag in (
            "DET",
            "DETS",
            "DETP",
            "POSS",
            "ADJ",
            "OBJ",
            "ADV",
        )
        if (
            "VB" in w.options
            and j == k + 1
            and words[k].tag in ("VBD", "VBP", "VBN")
            and (
                w.tag == "VB"
                or verb_next
                or (w.low in _SEEMING and following is not None and following.low == "like")
            )
            and not ("ADJ" in w.options and words[k].low in _BECOMING)  # "apps that go stale"
        ):
            return j
        back = j - 1
        while back > k + 1 and words[back].tag == "ADV" and words[back].low in _SKIPPABLE_ADV | {"now"}:
            back -= 1  # "the system I set up last year now handle": an adverb before the verb
        if (
            w.tag == "VB"
            and j > k + 1
            and words[back].tag in ("OBJ", "NN", "NNS", "NNC", "NNP", "NUM")
            and verb_next
        ):
            return j  # "the timeline you gave me seem realistic": the relative's object, then the verb
        if w.tag in FINITE and j > k + 1 and words[j - 1].tag in ("PRO1", "PROP") and w.tag != "MD":
            j += 1  # "feeds the tables and the checks you run": a relative of the relative's object
            continue
        if (
            w.tag in FINITE
            and w.tag != "MD"
            and j > k + 3
            and words[j - 1].tag in ("NN", "NNC", "NNS")
            and words[j - 2].tag == "POSS"
            and words[j - 3].tag in NOUNISH
            # ("for the food bank's volunteers were": a noun's possessive inside one phrase, no new subject)
            and not (words[j - 2].low.endswith(("'s", "’s")) and words[j - 2].text[:1].islower())
        ):
            j += 1  # "about the style guide your team wrote": the same, its subject a noun with an owner
            continue
        if (
            w.tag == "VBP"
            and "NN" in w.options
            and words[j - 1].tag in NOUNISH
            and words[j - 2].tag in ("DET", "DETS", "POSS")
            and following is not None
            and following.tag == "POSS"
        ):
            j += 1  # "about the style guide your team wrote": "guide" ends a noun, a relative follows
            continue
        if (
            w.tag == "VBP"
            and "NN" in w.options
            and _inside_noun_chain(words, j)
            and _finite_later(words, j + 1)
        ):
            j += 1  # "when you rebuilt the loan default forecast last year was": a noun of the phrase
            continue
        if "VBZ" in w.options and _after_time_phrase(words, j):
            return j  # "the slides I presented last Thursday covers": after a time phrase, the verb
        if (
            "VBZ" in w.options
            and _stranded(words, j - 1)
            and following is not None
            and (
                following.low == "like"
                or following.tag in ("ADJ", "VBN", "TO")
                # "sounds a lot like", "seems a bit": a degree phrase, then the complement
                or (following.low == "a" and j + 2 < n and words[j + 2].low in ("lot", "bit", "little"))
            )
        ):
            return j  # "the reconciliations you walked me through sounds like": a stranded preposition
        if w.tag in FINITE and w.tag != "VBD":
            return j
        follows = words[j + 1].tag if j + 1 < n and not words[j + 1].breaks_before else ""
        complement = follows == "ADJ" and j + 2 < n and words[j + 2].tag in FINITE | {"VBD"}
        verb_like = ("DET", "DETS", "DETP", "POSS", "ADJ", "OBJ", "ADV", "VBG")
        in_phrase = words[j - 1].tag in ("PREP", "NUM", "DET", "DETS", "DETP", "POSS", "ADJ") and not (
            words[j - 1].tag == "NUM" and words[j - 2].tag == "NNP"  # ("closed Highway 401 makes": a name)
        )
        if "VBZ" in w.options and follows in verb_like and not complement and not in_phrase:
            # "the projects I described uses the same tools" (not "leave surveys unanswered came", nor a
            # noun after a preposition: "from five exports every Monday")
            return j
        j += 1
    # a relative of its own between commas is an aside: "The panels you described, which meet in the
    # evening, gives" (anything else after a comma or a colon ends the simple clause)
    return j if j < n and words[j].low in ("which", "who") else n


# --- agreement ---------------------------------------------------------------------------------------------
def _subject(words: Sequence[Word], i: int) -> tuple[int, str, int] | None:
    """The subject at ``i``: (its head's index, its number, the index after it), or None."""
    n = len(words)
    while i < n and words[i].tag == "ADV" and words[i].low in ("even", "only", "just", "also", "perhaps"):
        i += 1
    if i >= n:
        return None
    w = words[i]
    nxt = words[i + 1].low if i + 1 < n else ""
    if w.low in ("whoever", "whatever", "whichever"):
        return None  # "Whoever plays in goal has my sympathy": the subject is a clause, its verb inside
    if w.low in _QUANTITY_ONE and nxt == "of":
        return i, "s", _skip_np(words, i + 2)
    if w.low == "every" and nxt == "one" and i + 2 < n and words[i + 2].low == "of":
        return i, "s", _skip_np(words, i + 3)
    if w.low in _QUANTITY_MANY and nxt == "of":
        return i, "p", _skip_np(words, i + 2)
    if w.low in _PART_OF and nxt == "of":
        # "most of the breaks were", "most of the work was": the part takes the number of its whole
        whole = _np(words, i + 2)
        if whole is None or not whole[1] or words[whole[0]].tag == "NNC":
            return None
        return whole[0], whole[1], whole[0] + 1
    if w.low in _OPEN_NUMBER and nxt == "of":
        return None
    if w.low in ("a", "the") and nxt == "number" and i + 2 < n and words[i + 2].low == "of":
        return i + 1, "p" if w.low == "a" else "s", _skip_np(words, i + 3)
    if w.low == "a" and nxt in ("few", "couple") and i + 2 < n and words[i + 2].low == "of":
        return i + 1, "p", _skip_np(words, i + 3)
    if w.low == "a" and nxt in (
        "lot",
        "couple",
        "few",
        "handful",
        "range",
        "variety",
        "series",
        "host",
        "bunch",
        "heap",
        "load",
        "ton",
        "pile",
        "mix",
    ):
        return None
    if w.tag in ("PRO3",) and w.low not in ("he", "she", "it"):
        return i, "s", i + 1  # "everyone", "someone"
    if (
        w.low in ("the", "this", "that", "my", "your")
        and nxt in _ORDINALS
        and i + 2 < n
        and words[i + 2].low == "one"
    ):
        return i + 2, "s", i + 3  # "The second one, with the notes and the screens, show": one of them
    gerund = "VBG" in w.options or (i == 0 and w.low.endswith("ing") and "VBG" in (broad_tags(w.low) or ()))
    if gerund and w.tag != "DETS" and not _plural_relative(words, i):
        # "Restoring the old marionettes take": a gerund and its object; "Painting buoys is" may be a
        # compound noun too ("painting buoys are"), so a bare object is left alone (``_gerund_subject``)
        return _gerund_subject(words, i)
    if w.tag in ("DET", "DETS", "DETP", "POSS", "NUM", "ADJ", "NN", "NNS"):
        found = _np(words, i)
        if found is None:
            return None
        head, number = found
        if not number:
            return None
        return head, number, head + 1
    return None


_ORDINALS = frozenset(str.split("first second third fourth fifth last other next latest final earlier later"))


def _plural_relative(words: Sequence[Word], i: int) -> bool:
    """ "Pricing experiments that don't annoy customers": a relative clause with a plural verb after the
    bare noun shows a compound noun, not a gerund and its object."""
    k = i + 2
    return (
        k + 1 < len(words)
        and words[i + 1].tag == "NNS"
        and words[k].low in ("that", "which", "who")
        and (words[k + 1].tag in ("BEP", "HAVP", "DOP", "VBP") or "VB" in words[k + 1].options)
    )


# Gerunds whose object takes an adjective after it ("keeping the roster happy", "making the forms clear").
_KEEPING = frozenset(str.split("keeping making leaving getting finding holding setting rendering"))


def _gerund_subject(words: Sequence[Word], i: int) -> tuple[int, str, int] | None:
    """A gerund's phrase opening a sentence ("Restoring the old marionettes take"): one activity, singular,
    whatever its object's number. Only with a determiner after the gerund ("Sailing ships are" is ships);
    not two gerunds ("Meeting the crew and touring the berth were"), nor a participle's clause (a comma ends
    it: "Looking at the charts, I saw")."""
    w = words[i]
    if i != 0 or not w.low.endswith("ing") or i + 1 >= len(words):
        return None
    if words[i + 1].breaks_before:
        return None
    if words[i + 1].tag == "PREP" and words[i + 1].low not in ("of", "to"):
        # "Preparing for it over the summer have", "Studying for the exam on appeals have": a gerund and its
        # prepositional phrases, then the verb (a comma first makes it a participle's clause)
        end = i + 2
        while end < len(words) and not words[end].breaks_before:
            pronoun = words[end].tag in ("PRO3", "OBJ")
            if pronoun or (words[end].tag == "PREP" and words[end].low != "of" and end > i + 2):
                end += 1
            else:
                nxt_end = _skip_np(words, end)
                if nxt_end == end:
                    break
                end = nxt_end
        if (
            end < len(words)
            and not words[end].breaks_before
            and words[end].tag in FINITE - {"VBD", "MD", "HAVD", "DOD"}
        ):
            return i, "s", end
        return None
    if words[i + 1].tag not in ("DET", "DETS", "DETP", "POSS", "NUM", "OBJ"):
        # "Sailing ships are", "Visiting relatives are": an adjective before a plural noun; a bare object
        # whose head is singular cannot be that ("Testing data quality before each release take")
        bare = _np(words, i + 1)
        timed = bare is not None and _after_time_phrase(words, _skip_np(words, i + 1) + 2)
        if bare is None or (words[bare[0]].tag != "NN" and not timed):
            # ("Training data are noisy" is a noun phrase; "Reconciling branch data every month" is an
            # activity: a time phrase belongs to a verb)
            return None
    end = _skip_np(words, i + 1)
    if (
        w.low in _KEEPING
        and end + 1 < len(words)
        and "NN" in words[end].options
        and words[end].tag in ("VB", "VBP")
        and words[end + 1].tag == "ADJ"
        and not words[end].breaks_before
    ):
        end += 2  # "Keeping a volunteer roster happy through a season is": the object's noun, its complement
    if (
        end + 2 < len(words)
        and words[end].low in _TIME_OPENERS
        and words[end + 1].low in _TIME_WORDS
        and not words[end].breaks_before
    ):
        end += 2  # "Reconciling branch data every month sound": a time phrase closes the gerund's phrase
    if end == i + 1 or end >= len(words) or words[end].breaks_before:
        return None
    joined = any(
        words[k].low in ("and", "or") and k + 1 < end and "VBG" in words[k + 1].options for k in range(i, end)
    )
    return None if joined else (i, "s", end)


def _agreement(words: Sequence[Word], starts: set[int]) -> Iterator[TextFinding]:
    for i in sorted(starts):
        found = _subject(words, i)
        if found is None:
            continue
        head_at, number, after = found
        head = words[head_at]
        split = (
            _verbless(words, i, head_at)
            if not _finite_later(words, i) and not _aside_next(words, i)
            else None
        )
        verbless = split is not None
        if split is not None:
            head_at, verb_at = split
            head = words[head_at]
            relative = None
            number = {"NN": "s", "NNS": "p"}.get(head.tag, "")
            if not number or words[i].tag == "DETP" or (words[i].tag == "DETS" and number == "p"):
                continue
        elif after < len(words) and words[after].low in ("and", "or", "nor", "&"):
            continue  # a compound subject: ``_compound``
        else:
            verb_at, relative = _postmodifiers(words, after, head, number)
        for verb in (relative, words[verb_at] if verb_at < len(words) else None):
            if verb is None:
                continue
            if verb is not relative and not verbless and _noun_of_compound(words, verb_at):
                # not a gerund's object ("Running pricing experiments without ... is", "Your story
                # about running pricing experiments ... was"): the noun is not the subject's
                if words[i].tag in ("DET", "DETP", "POSS") and all(w.tag != "VBG" for w in words[i:verb_at]):
                    yield from _compound_noun_verb(words, verb_at)
                continue
            if not (verbless or _clear_verb(words, words.index(verb))):
                continue
            if _bare_after_causative(words, words.index(verb)):
                continue
            if verb is not relative and _named_thing(words, verb_at):
                continue
            said = _slot_number(verb) if verb is not relative else _verb_number(verb) or _slot_number(verb)
            if verb is not relative and _two_readings(words, head_at, verb_at):
                continue  # "my project maps pipes": "maps" may be the verb, "pipes" its object
            if verb is not relative and _amount(words, i, verb_at, said):
                continue  # "three emails without a reply seems a poor way": an amount taken as one
            if said == "p" and number == "s" and verb is not relative and _and_another(words, after, verb_at):
                continue  # "The way your team tests ... and the care that goes into it were": two subjects
            if said and said != number and not (number == "p" and said == "1"):
                yield _finding(
                    verb,
                    "agreement",
                    f'"{verb.text}": the verb does not agree with "{head.text}".',
                    _other_form(verb),
                )


# Verbs that take an object and then a bare infinitive: "made the role feel real", "let the team know",
# "helped the drivers find". (Not "have": "the team that has the budget need" is a fault to find.)
_CAUSATIVES = frozenset(
    str.split(
        "make makes made making let lets letting help helps helped helping watch watched watching"
        " see sees saw seen seeing hear hears heard hearing bid"
    )
)
_OBJECT_WORDS = frozenset({"DET", "DETS", "DETP", "POSS", "ADJ", "NN", "NNS", "NNC", "NNP", "OBJ", "NUM"})


def _bare_after_causative(words: Sequence[Word], k: int) -> bool:
    """``words[k]`` is a bare infinitive after a causative verb and its object ("made the role feel real"):
    no verb of a subject, so nothing to agree. An -s form is never bare ("the introductions you made last
    month means": a time phrase, then the clause's verb)."""
    if words[k].tag in ("VBZ", "BES", "HAVS", "DOS"):
        return False
    j = k - 1
    while j >= 0 and k - j <= 5 and words[j].tag in _OBJECT_WORDS and not words[j + 1].breaks_before:
        j -= 1
    return j < k - 1 and j >= 0 and words[j].low in _CAUSATIVES and not words[j + 1].breaks_before


def _named_thing(words: Sequence[Word], k: int) -> bool:
    """The sentence's last word, a plural noun after a name, is a thing named by it, not a verb: "a process
    organised around R scripts", "built on Excel sheets"."""
    return (
        k == len(words) - 1
        and k > 0
        and words[k - 1].tag == "NNP"
        and "NNS" in words[k].options
        and not words[k].breaks_before
    )


def _two_readings(words: Sequence[Word], head_at: int, verb_at: int) -> bool:
    """A plural head that may be a verb's -s form after a singular noun, right before a "verb" that may be
    a plural noun ("the project maps pipes"): either word may be the verb, so nothing is said."""
    head = words[head_at]
    if verb_at != head_at + 1 or verb_at >= len(words) or head_at == 0:
        return False
    verb = words[verb_at]
    nxt = words[verb_at + 1] if verb_at + 1 < len(words) and not words[verb_at + 1].breaks_before else None
    # the second word reads as the object only when what follows suits a noun: a participle ("pipes laid
    # in"), a preposition, the clause's end; "notes sounds like", "plans seems fine" show the verb
    object_like = nxt is None or nxt.tag in ("VBN", "VBD", "CC") or (nxt.tag == "PREP" and nxt.low != "like")
    return (
        head.tag == "NNS"
        and "VBZ" in head.options
        and words[head_at - 1].tag in ("NN", "NNC")
        and "NNS" in verb.options
        and object_like
    )


_LINKING = frozenset(str.split("is was seems seemed sounds feels looks remains"))


def _amount(words: Sequence[Word], i: int, verb_at: int, said: str) -> bool:
    """A number and a plural noun with a singular linking verb and "a" after it ("two weeks is a long
    time", "three reminders seems a lot"): the amount is the subject, taken as one."""
    if said != "s" or verb_at + 1 >= len(words) or words[i].tag != "NUM" or words[i].low == "one":
        return False
    return words[verb_at].low in _LINKING and words[verb_at + 1].low in ("a", "an")


_SEEMING = frozenset(str.split("look looks sound sounds feel feels seem seems"))


def _noun_of_compound(words: Sequence[Word], k: int) -> bool:
    """The word at ``k`` read as a verb is the last noun of a compound subject when a prepositional phrase and
    the clause's own verb follow it: "The repair stand near the till is busy" (the verb is "is"), where "The
    repair crew stand near the till" has no verb after it and keeps its fault."""
    j = k + 1
    if j >= len(words) or words[j].tag != "PREP" or words[j].breaks_before:
        return False
    if words[j].low == "like" and words[k].low in _SEEMING:
        return False  # "Every project in your portfolio feel like it was": a verb of seeming, not a noun
    end = _skip_np(words, j + 1)
    return end > j + 1 and end < len(words) and words[end].tag in _SURE_VERB and not words[end].breaks_before


_ASIDE_VERBS = frozenset({"BES", "BEP", "HAVS", "HAVP", "DOS", "DOP", "VBZ", "VBP"})
_ASIDE_MAX = 20  # words: an aside longer than this is a clause of its own


def _asides(words: Sequence[Word], starts: set[int]) -> Iterator[TextFinding]:
    """A subject, an aside between commas, dashes or brackets, then its verb: "The pipes, laid in the 1970s
    and patched since, fails", "My two referees, both former managers, is happy", "The reasons I want the
    role - the team, the work - hasn't changed". The aside opens after the subject (or after a relative
    clause opened by a pronoun: "the reports you described, each one built by hand, needs") and closes at
    the first break after which a finite verb stands; the verb agrees with the subject's head."""
    n = len(words)
    for i in sorted(starts):
        if words[i].tag not in ("DET", "DETP", "POSS", "NUM") or (i > 0 and words[i].breaks_before):
            continue  # (a phrase after a break may itself be an aside or a list's member)
        found = _subject(words, i)
        if found is None:
            continue
        head_at, number, after = found
        head = words[head_at]
        if not number or head.tag in ("NNC", "NNP") or after >= n:
            continue
        opened = after
        if not words[after].breaks_before:
            if words[after].tag not in ("PRO1", "PROP", "PRO3"):
                continue  # no aside right after the subject (or its short relative clause)
            opened = next((k for k in range(after + 1, min(n, after + 8)) if words[k].breaks_before), n)
            if opened >= n or any(words[k].low in ("and", "but", "so") for k in range(after, opened)):
                continue
        for k in range(opened + 1, min(n, opened + _ASIDE_MAX)):
            if not words[k].breaks_before:
                continue
            verb = words[k]
            if verb.tag not in _ASIDE_VERBS:
                continue
            said = _slot_number(verb) if verb.tag in ("VBZ", "VBP") else _verb_number(verb)
            if verb.tag in ("VBZ", "VBP") and verb.options & NOUNISH:
                nxt = words[k + 1] if k + 1 < n else None
                if nxt is not None and not nxt.breaks_before and nxt.tag not in _AFTER_ASIDE_VERB:
                    break  # "..., notes on the wall": a noun after the aside, not the verb
            if said and said in ("s", "p") and said != number:
                yield _finding(
                    verb,
                    "agreement",
                    f'"{verb.text}": the verb does not agree with "{head.text}".',
                    _other_form(verb),
                )
            break


_AFTER_ASIDE_VERB = frozenset(
    {"DET", "DETS", "DETP", "POSS", "OBJ", "ADV", "ADJ", "PREP", "NUM", "VBG", "VBN", "TO"}
)


def _compound_noun_verb(words: Sequence[Word], k: int) -> Iterator[TextFinding]:
    """The clause's own verb after a compound noun's last word and its phrase ("the dock schedules at
    Brampton needs"): it agrees with that word, when its number shows (only a plural noun is judged: "the
    repair stand near the till is" may be singular)."""
    noun = words[k]
    end = _skip_np(words, k + 2)
    if end >= len(words) or not noun.low.endswith("s") or noun.low.endswith("ss"):
        return
    if "NNS" not in noun.options or words[k - 1].tag not in ("NN", "NNC"):
        return
    verb = words[end]
    if _verb_number(verb) == "s" and _clear_verb(words, end):
        yield _finding(
            verb,
            "agreement",
            f'"{verb.text}": the verb does not agree with "{noun.text}".',
            _other_form(verb),
        )


def _verbless(words: Sequence[Word], i: int, head: int) -> tuple[int, int] | None:
    """A clause with no verb at all whose subject phrase runs on ("the certificate cover carrier performance
    in depth"): its first word after a noun that may be a verb is the verb, the noun before it the head."""
    if words[i].tag not in ("DET", "DETS", "DETP", "POSS") or head - i < 3:
        return None  # (a fragment in quotes or after a dash is no run-on subject: "a 'personal touch'")
    if i > 0 and words[i - 1].low in ("and", "or"):
        return None  # "I enjoyed the detour, and the loan default forecast story too": a second object
    for k in range(i + 2, head + 1):
        w, before = words[k], words[k - 1]
        if w.options & {"VB", "VBZ"} and before.tag in ("NN", "NNS") and k < head:
            return k - 1, k
    return None


_AUX = frozenset({"BES", "BEP", "HAVS", "HAVP", "DOS", "DOP", "MD"})
_SURE_VERB = FINITE - {"VBP"}  # the clause's own verb after a compound subject (a plural "stand" is not sure)
_UNITS = frozenset(
    str.split(
        """
        seconds minutes hours days weeks months years decades dollars pounds euros cents pence miles
        kilometres kilometers metres meters percent
        """
    )
)
_WH_OPENERS = frozenset(str.split("where when why how what which who"))


def _questions(words: Sequence[Word]) -> Iterator[TextFinding]:
    """ "Does the developers use", "Has the designers", "Where is the reports": a question's auxiliary
    agrees with the noun phrase after it; after "do", that phrase ends before the bare verb."""
    n = len(words)
    for i, aux in enumerate(words):
        if aux.tag not in ("BES", "BEP", "HAVS", "HAVP", "DOS", "DOP") or aux.low in ("'s", "'re"):
            continue
        opens = i == 0 or aux.breaks_before or (i == 1 and words[0].low in _WH_OPENERS)
        # "How often does the panels meet": a question word and its adverbs before the auxiliary
        opens = opens or (
            i >= 2
            and words[0].low in _WH_OPENERS
            and all(w.tag == "ADV" and not w.breaks_before for w in words[1:i])
        )
        opens = opens or (i >= 1 and words[i - 1].low in ("and", "or", "but") and words[i - 1].breaks_before)
        if opens and aux.tag in _NAMED_AUX and i + 2 < n and words[i + 1].tag == "NNP":
            yield from _one_named(words, i)
            continue
        if not opens or i + 2 >= n or words[i + 1].tag not in ("DET", "DETS", "DETP", "POSS"):
            continue
        det, j, head = words[i + 1], i + 2, None
        while j < n and not words[j].breaks_before:
            w = words[j]
            if w.low in ("and", "or", "&"):
                head = None
                break
            if w.tag == "POSS" and w.low.endswith(("'s", "s'")):
                det, head = (
                    w,
                    None,
                )  # "has the lab's new freezers": the owner opens the phrase whose head counts
                j += 1
                continue
            if aux.tag in ("DOS", "DOP") and head is not None and w.options & {"VB"}:
                break  # "does the team use": the bare verb ends the phrase
            if w.tag in ("NN", "NNS", "NNC") or (w.tag in ("ADJ", "VBG", "VBN") and head is None):
                head = j if w.tag != "ADJ" else head
                j += 1
                continue
            break
        if head is None:
            continue
        h = words[head]
        number = {"NN": "s", "NNS": "p"}.get(h.tag, "")
        if det.tag == "DETP":
            number = "p"
        elif det.tag == "DETS" and h.tag != "NNC":
            number = "s"
        if aux.tag in ("DOS", "DOP"):
            j = _past_phrase(words, j)  # "does the nurses on the ward work": the bare verb after the phrase
        while j < n and not words[j].breaks_before and words[j].tag == "ADV":
            j += 1  # "does the team still use"
        after = words[j] if j < n and not words[j].breaks_before else None
        relative = after is not None and (after.tag in ("PRO1", "PROP", "PRO3", "REL") or after.low == "that")
        bare = after is not None and (after.options & {"VB"} or after.low in ("have", "be"))
        if aux.tag in ("DOS", "DOP") and not (bare or relative):
            continue  # no bare verb after the phrase: not a question with "do"
        said = _verb_number(aux)
        if number and said and number != said:
            yield _finding(
                aux, "agreement", f'"{aux.text}": the verb does not agree with "{h.text}".', _other_form(aux)
            )


_NAMED_AUX = frozenset({"HAVP", "DOP", "BEP", "HAVS", "DOS", "BES"})


def _one_named(words: Sequence[Word], i: int) -> Iterator[TextFinding]:
    """ "Have Dr. Ames had a chance", "Do Ms Price want": one person by name after a plural auxiliary, then
    the verb it carries; "Have Dana and Luis had" is two people and agrees."""
    aux, j, people = words[i], i + 1, 1
    while j < len(words) and not words[j].breaks_before:
        if words[j].tag == "NNP":
            j += 1
        elif words[j].low in ("and", "&") and j + 1 < len(words) and words[j + 1].tag == "NNP":
            people, j = people + 1, j + 1
        else:
            break
    while j < len(words) and words[j].tag == "ADV" and not words[j].breaks_before:
        j += 1  # "does Mr Doyle and Dr Rossi still need"
    if j >= len(words) or words[j].breaks_before or words[j].low in ("or", "nor"):
        return
    plural_aux = aux.tag in ("HAVP", "DOP", "BEP")
    if plural_aux == (people > 1):
        return
    kind = {"HAVP": "HAV", "HAVS": "HAV", "DOP": "DO", "DOS": "DO", "BEP": "BE", "BES": "BE"}[aux.tag]
    carried = {"HAV": ("VBN", "VBD", "HAVD"), "DO": ("VB",), "BE": ("VBG", "VBN")}[kind]
    if words[j].tag in carried or (kind == "DO" and "VB" in words[j].options):
        yield _finding(
            aux,
            "agreement",
            f'"{aux.text}": the verb does not agree with '
            + ("two people." if people > 1 else f'"{words[j - 1].text}" (one person).'),
            _other_form(aux),
        )


def _past_phrase(words: Sequence[Word], j: int) -> int:
    """Past a prepositional phrase at ``j`` after a question's subject ("on the night ward"): the index of
    the first word after the phrase's first noun that may be a bare verb; ``j`` when no such phrase."""
    n = len(words)
    if j >= n or words[j].breaks_before or words[j].tag != "PREP" or words[j].low in ("to", "of"):
        return j
    k = j + 1
    while (
        k < n and not words[k].breaks_before and words[k].tag in ("DET", "DETS", "DETP", "POSS", "ADJ", "NUM")
    ):
        k += 1
    if k >= n or words[k].breaks_before or words[k].tag not in NOUNISH:
        return j
    k += 1
    while k < n and not words[k].breaks_before and words[k].tag in NOUNISH and "VB" not in words[k].options:
        k += 1
    while k < n and not words[k].breaks_before and words[k].tag == "ADV":
        k += 1  # "at the yard still shape"
    return k if k < n and not words[k].breaks_before and "VB" in words[k].options else j


def _relatives(words: Sequence[Word]) -> Iterator[TextFinding]:
    """ "a problem that need", "the clients who has": a relative pronoun right after its noun, and the
    relative clause's verb right after it, agree with that noun wherever the phrase stands."""
    for k in range(2, len(words) - 1):
        rel, verb, noun = words[k], words[k + 1], words[k - 1]
        if rel.low not in ("that", "who", "which") or verb.breaks_before:
            continue
        if rel.breaks_before and not _aside_relative(rel, verb):
            continue
        if noun.tag not in ("NN", "NNS") or words[k - 2].tag not in (
            "DET",
            "DETS",
            "DETP",
            "POSS",
            "ADJ",
            "NUM",
        ):
            continue
        of = next((o for o in range(k - 2, max(0, k - 4) - 1, -1) if words[o].low == "of"), None)
        if of is not None and not (of > 0 and words[of - 1].tag == noun.tag):
            continue  # "one of the people who are": the number people disagree on ("parts of my answers
            # that was" is wrong whichever noun the clause belongs to)
        following = words[k + 2] if k + 2 < len(words) and not words[k + 2].breaks_before else None
        if following is not None and following.tag in FINITE | {"MD"}:
            continue  # "a reminder that research doesn't": the clause's subject, then its verb
        said = _verb_number(verb) or ("p" if verb.tag in ("VB", "VBP") else "")
        number = "s" if noun.tag == "NN" else "p"
        if said and said != number and _owner_before_phrase(words, k - 1, said):
            continue  # "the move away from hand-built charts that goes with it": the move goes with it
        if said == "p" and _coordinated(words, k - 1):
            continue  # "the buses, permission notes and relief-teacher juggling that make": all of them
        if said and said != number and said != "1" and _clear_verb(words, k + 1):
            yield _finding(
                verb,
                "agreement",
                f'"{verb.text}": the verb does not agree with "{noun.text}".',
                _other_form(verb),
            )


def _owner_before_phrase(words: Sequence[Word], noun: int, said: str) -> bool:
    """The noun at ``noun`` closes a prepositional phrase ("away from hand-built charts") whose own head,
    before the preposition, has the number ``said``: the relative clause after it may be that head's."""
    for p in range(noun - 1, max(0, noun - 4), -1):
        if words[p].breaks_before:
            return False
        if words[p].tag == "PREP":
            q = p - 1
            while q > 0 and words[q].tag == "ADV":
                q -= 1  # ("the move away from")
            owner = words[q] if q >= 0 else None
            return owner is not None and {"NN": "s", "NNS": "p"}.get(owner.tag) == said
    return False


def _aside_relative(rel: Word, verb: Word) -> bool:
    """A relative clause after a comma, read like one without ("the drivers, who knows the routes"):
    "who" only. After a comma "which" may take a noun further back, or the whole clause, as its subject
    ("a course on the rules for the larger payers, which bears on"), so it is let be."""
    return rel.low == "who" and verb.tag in ("VBZ", "VBP")


def _coordinated(words: Sequence[Word], head: int) -> bool:
    """The noun phrase ending at ``head`` is the last member of a coordination ("the buses and the
    juggling", "notes, rotas or juggling")."""
    j = head - 1
    while j >= 0 and head - j <= 4 and words[j].tag in _OBJECT_WORDS and not words[j + 1].breaks_before:
        j -= 1
    return j > 0 and words[j].low in ("and", "or", "&") and words[j - 1].tag in _OBJECT_WORDS


_BRACKETS = re.compile(r"\([^()]*\)")

# Words that put the subject after "is"/"are" when they open a clause: "Attached are my references".
_INVERTING = frozenset(str.split("attached enclosed included below overleaf"))


def _plural_tail(words: Sequence[Word], head: int) -> bool:
    """The word after a noun phrase's head, which may be a plural noun, ends the clause: it is the head
    ("my two case studies.", where "studies" may be read as a verb)."""
    k = head + 1
    if k >= len(words) or words[k].breaks_before or "NNS" not in words[k].options:
        return False
    end = k + 1 >= len(words) or words[k + 1].breaks_before or words[k + 1].tag == "PREP"
    return end and words[head].tag in ("NN", "NNC") and (head == 0 or words[head - 1].tag in _PLURAL_OPENERS)


_PLURAL_OPENERS = frozenset({"NUM", "DETP", "ADJ"})


def _existential(words: Sequence[Word]) -> Iterator[TextFinding]:
    """ "There is many reasons", "Here is the samples", "Is there any updates": the verb agrees with the
    noun phrase after it ("There's several reasons", "there's a few ideas" too)."""
    n = len(words)
    for i, w in enumerate(words):
        if w.low in ("there's", "here's") and i + 1 < n and not words[i + 1].breaks_before:
            first = words[i + 1]
            if (
                first.low in ("so", "too", "quite", "ever", "far")
                and i + 2 < n
                and words[i + 2].tag == "DETP"
            ):
                first = words[i + 2]  # "There's so many volunteers": the quantity after its intensifier
            plural = first.tag == "DETP" or (first.tag == "NUM" and first.low != "one")
            if first.tag in ("DET", "POSS") and i + 2 < n and words[i + 2].tag in ("NUM", "DETP"):
                # "Here's the two things", "there's my three reasons": the number is said after the article
                plural = words[i + 2].low != "one"
            if first.low == "a" and i + 3 < n and words[i + 2].low in ("few", "couple"):
                # "there's a few ideas", "there's a couple of charts": said in talk, a slip in a letter (every
                # writer of the blind batches who used it marked it so)
                plural = words[i + 3].tag == "NNS" or words[i + 3].low == "of"
            if plural and first.low != "few":
                right = (
                    ("Here are" if w.low == "here's" else "There are") if w.capital else w.low[:-2] + " are"
                )
                yield _finding(w, "agreement", f'"{w.text}": the verb agrees with what follows it.', right)
            continue
        verb = None
        j = i + 1
        if w.low in ("there", "here") and i + 1 < n and words[i + 1].tag in ("BES", "BEP"):
            if i > 0 and words[i - 1].tag in ("BES", "BEP") and not words[i].breaks_before:
                continue
            if w.low == "here" and i > 0 and not w.breaks_before:
                continue
            verb, j = words[i + 1], i + 2
        elif (
            w.low in _INVERTING
            and (i == 0 or w.breaks_before or words[i - 1].low in ("and", "also"))
            and i + 1 < n
            and words[i + 1].tag in ("BES", "BEP")
            and not words[i + 1].breaks_before
        ):
            verb, j = words[i + 1], i + 2  # "Attached is two letters": the subject follows the verb
        elif (
            w.low == "there"
            and i + 2 < n
            and words[i + 1].tag in ("HAVS", "HAVP")
            and words[i + 2].low == "been"
            and not words[i + 1].breaks_before
        ):
            verb, j = words[i + 1], i + 3  # "there has been several changes"
        elif (
            w.tag in ("BES", "BEP")
            and i + 1 < n
            and words[i + 1].low == "there"
            and (i == 0 or w.breaks_before)
        ):
            verb, j = w, i + 2
        if verb is None:
            continue
        while (
            j < n
            and not words[j].breaks_before
            and (
                words[j].low in ("still", "also", "already", "now", "not", "really", "just", "certainly")
                or (words[j].tag == "ADV" and words[j].low.endswith("ly"))  # "there is probably several"
            )
        ):
            j += 1
        if j >= n or words[j].breaks_before:
            continue
        first = words[j]
        if (
            verb.low in ("is", "was")
            and first.low == "a"
            and j + 2 < n
            and words[j + 1].low in ("couple", "few")
            and (words[j + 2].low == "of" or words[j + 2].tag == "NNS")
        ):
            # "There was a couple of moments": written out in full, the verb agrees with the moments
            # ("there's a few", said everywhere, is let be above)
            yield _finding(
                verb, "agreement", f'"{verb.text}": the verb agrees with what follows it.', _other_form(verb)
            )
            continue
        if first.low in ("a", "an", "one", "another") and j + 1 < n and words[j + 1].low in (
            "lot", "number", "couple", "few", "range", "variety", "host", "series", "handful", "bunch", "set",
        ):  # fmt: skip
            continue
        if first.low in ("any", "no", "some", "enough", "plenty", "lots", "more", "fewer", "less"):
            found = _np(words, j + 1) if first.low not in ("plenty", "lots") else None
            number = found[1] if found else ""
            number = "" if number == "s" and verb.tag == "BEP" else number  # "there are no news"
        else:
            found = _np(words, j)
            number = found[1] if found else ""
            if found is not None and _plural_tail(words, found[0]):
                found, number = (found[0] + 1, "p"), "p"  # "Attached is my two case studies"
        said = _verb_number(verb)
        if number and said and number != said:
            if found and found[0] + 1 < n and words[found[0] + 1].low in ("and", "or"):
                continue  # "there is a desk and two chairs": the nearer one decides, as people write
            if said == "p" and _and_later(words, found[0] if found else j):
                continue  # "Attached are the study, which includes ..., and an audit": two, past an aside
            if j >= 2 and words[j - 1].low == "been" and verb.tag in ("HAVS", "HAVP"):
                said_words = f"{verb.text} been"
                yield flag(
                    "W-PROOF",
                    "C-11",
                    f'"there {said_words}": the verb agrees with what follows it.',
                    (verb.start, words[j - 1].end),
                    f"{_other_form(verb)} been",
                    kind="agreement",
                )
                continue
            yield _finding(
                verb, "agreement", f'"{verb.text}": the verb agrees with what follows it.', _other_form(verb)
            )


# --- compound subjects -------------------------------------------------------------------------------------
def _member(words: Sequence[Word], i: int) -> int:
    """The index after one member of "X and Y" at ``i`` (a pronoun, a name with its title, a noun phrase)."""
    n = len(words)
    if i >= n:
        return i
    w = words[i]
    if w.tag in ("PRO1", "PRO3", "PROP", "OBJ", "REFL"):
        return i + 1
    if w.low in ("mr", "mrs", "ms", "dr", "miss", "mx", "prof"):
        i += 1
    unknown = i < n and words[i].options <= {"NN", "ADJ", "NNP"}  # a name the lexicon does not know
    if (i < n and words[i].tag == "NNP") or (
        i < n and words[i].capital and unknown and words[i].tag not in ("DET", "DETS", "POSS")
    ):
        j = i
        while j < n and words[j].capital and (j == i or not words[j].breaks_before) and words[j].low != "i":
            j += 1
        return j
    found = _np(words, i)
    if found is None and i + 1 < n and words[i].tag in ("DET", "POSS") and words[i + 1].tag == "NNP":
        j = i + 1  # "the Records Officer": a title of one person, capitalised
        while j < n and words[j].tag == "NNP" and not words[j].breaks_before and j - i <= 4:
            j += 1
        return j
    return found[0] + 1 if found else i


_NOT_PEOPLE = frozenset(
    str.split(
        """
        sales marketing research development engineering product design operations finance legal data
        analytics support success people culture talent acquisition hr security compliance strategy
        technology science health safety quality risk audit tax accounting learning training
        communications partnerships growth brand content editorial facilities procurement
        """
    )
)


def _gerund_member(words: Sequence[Word], i: int) -> int:
    """The index after a gerund and its object at ``i`` ("mapping the old mains"), or ``i`` when there is
    none (a bare gerund, "Testing and debugging is", may be one activity)."""
    w = words[i] if i < len(words) else None
    if w is None or not (w.tag == "VBG" or ("VBG" in w.options and w.low.endswith("ing"))):
        return i
    end = _skip_np(words, i + 1)
    return end if end > i + 1 and not words[i + 1].breaks_before else i


def _judged_member(member: Sequence[Word], people: frozenset[str]) -> bool:
    """A member whose number is sure: a pronoun, a noun phrase with a determiner ("the coursework"), or a
    recorded person; not bare nouns ("fish and chips") nor names of things ("Westlaw and Relativity")."""
    first = member[0]
    if first.tag in ("PRO1", "PRO3", "PROP", "OBJ", "REFL"):
        return True
    if first.tag in ("DET", "DETS", "DETP", "POSS"):
        return True
    return first.capital and member[-1].low in people


def _name_and_thing(members: tuple[Sequence[Word], Sequence[Word]]) -> bool:
    """A name and a common noun's phrase ("Aurora and the writer role", "the depot and Harbourside"): two
    things, whatever the name is; not a title, whose nouns are capitalised too ("Pride and Prejudice")."""
    for name, thing in (members, members[::-1]):
        if not (name[0].capital and name[0].tag not in ("DET", "DETS", "DETP", "POSS")):
            continue
        if thing[0].tag in ("DET", "DETS", "POSS") and not thing[0].capital and not thing[-1].capital:
            return thing[-1].tag in ("NN", "NNS")
        if thing[0].low in ("the", "a", "an", "my", "our", "your") and thing[-1].tag in ("NN", "NNS"):
            return not thing[-1].capital
    return False


def _plural_complement(words: Sequence[Word], k: int) -> bool:
    """After "is"/"was" at ``k``, a complement that counts more than one ("the two factors", "both")."""
    if words[k].tag != "BES" or k + 1 >= len(words):
        return False
    first = words[k + 1]
    second = words[k + 2] if k + 2 < len(words) else None
    if first.tag == "DETP" or (first.tag == "NUM" and first.low != "one"):
        return True
    return first.low == "the" and second is not None and second.tag == "NUM" and second.low != "one"


def _reflexives(words: Sequence[Word], starts: set[int]) -> Iterator[TextFinding]:
    """ "Theo and yourself showed", "meeting Dr Rossi and yourself", "the mentor I'm working with and
    myself": a reflexive joined to another person stands for "I"/"me" or "you", unless the clause's own
    subject is that person ("I did it for my team and myself")."""
    for i, w in enumerate(words):
        if w.low not in ("myself", "yourself") or i < 2 or w.breaks_before:
            continue
        if words[i - 1].low not in ("and", "or") or words[i - 1].breaks_before:
            continue
        start = max((s for s in starts if s <= i), default=0)
        subject = words[start].low
        own = (
            ("i", "i'm", "i've", "i'd", "i'll") if w.low == "myself" else ("you", "you're", "you've", "you'd")
        )
        if subject in own:
            continue
        following = words[i + 1] if i + 1 < len(words) and not words[i + 1].breaks_before else None
        is_subject = start == i - 2 or (following is not None and following.tag in FINITE | {"VBP", "MD"})
        right = ("I" if is_subject else "me") if w.low == "myself" else "you"
        yield _finding(w, "compound-subject", f'"{w.text}" here should be "{right}".', right)


def _compound(words: Sequence[Word], starts: set[int], people: frozenset[str]) -> Iterator[TextFinding]:
    n = len(words)
    for i in range(n):
        gerund_end = _gerund_member(words, i) if i in starts else i
        gerunds = gerund_end > i  # "Mapping the mains and predicting breaks is": two activities
        first_end = gerund_end if gerunds else _member(words, i)
        if (
            first_end == i
            or first_end >= n
            or words[first_end].low != "and"
            or words[first_end].breaks_before
        ):
            continue
        if (
            i > 0
            and not words[i].breaks_before
            and words[i - 1].tag in ("DET", "DETS", "DETP", "POSS", "ADJ")
        ):
            continue  # we are inside a phrase
        if (
            i > 0
            and not words[i].breaks_before
            and words[i - 1].low in ("between",)
            and words[first_end + 1].low == "i"
        ):
            yield _finding(
                words[first_end + 1], "compound-subject", '"I" is the object here: use "me".', "me"
            )
            continue
        second = first_end + 1
        second_end = _gerund_member(words, second) if gerunds else _member(words, second)
        if second_end == second:
            continue
        members = (words[i:first_end], words[second:second_end])
        if any(w.low in _NOT_PEOPLE and w.capital for m in members for w in m):
            continue
        subject = i in starts or (i > 0 and words[i - 1].low == "both" and i - 1 in starts)
        k = second_end
        if subject:
            # what follows the pair: prepositional phrases, then the verb
            while (
                k < n
                and not words[k].breaks_before
                and words[k].low in _SKIPPABLE_ADV
                and (words[k].tag == "ADV" or words[k].low in ("both", "all", "each"))
            ):
                k += 1
            while k < n and words[k].tag == "PREP" and not words[k].breaks_before:
                after_phrase = _skip_np(words, k + 1)  # "the switch from SAS to Python shows"
                if after_phrase == k + 1:
                    break
                k = after_phrase
            if k < n and not words[k].breaks_before and words[k].tag in _OPENS_RELATIVE:
                # "the pickup log I kept beside it was", "the list that you sent has": past a relative clause
                k = _postmodifiers(words, k, words[second_end - 1], "p")[0]
            if k >= n or words[k].breaks_before or words[k].tag not in FINITE | {"VB", "VBD", "MD", "HAVD"}:
                continue
            for member in members:
                if len(member) == 1 and member[0].low in _SUBJECT_FORM and member[0].tag in ("OBJ", "REFL"):
                    right = _SUBJECT_FORM[member[0].low]
                    right = right.capitalize() if member[0].capital and right != "I" else right
                    yield _finding(member[0], "compound-subject", f'The subject here wants "{right}".', right)
                    break
            else:
                verb = words[k]
                if _verb_number(verb) == "s" and _clear_verb(words, k):
                    if all(m[0].low in ("every", "each", "no") for m in members):
                        continue  # "every model and every script carries": each taken one at a time
                    judged = all(_judged_member(m, people) for m in members) or _name_and_thing(members)
                    judged = judged or gerunds
                    if not judged and not _plural_complement(words, k):
                        continue  # ("fish and chips is my favourite": one dish; "soil type and pipe age
                        # is the two factors": two, as its complement says)
                    yield _finding(
                        verb,
                        "compound-subject",
                        f'"{verb.text}": two subjects take a plural verb.',
                        _other_form(verb),
                    )
            continue
        # an object: after a verb or a preposition, "X and I" wants "me", a reflexive the plain pronoun
        before = words[i - 1] if i > 0 and not words[i].breaks_before else None
        if before is None or before.tag not in ("PREP", "VB", "VBZ", "VBD", "VBN", "VBG", "VBP", "TO"):
            continue
        last = members[1][-1] if len(members[1]) == 1 else None
        if last is None or last.low not in _OBJECT_FORM:
            continue
        following = words[second_end] if second_end < n and not words[second_end].breaks_before else None
        verb_before = before.tag != "PREP"
        bare_after_causative = (
            before.low in _CAUSATIVES and following is not None and following.tag in ("VB", "VBP")
        )  # "help my mentor and I plan": the pair is the object, the bare verb theirs
        new_clause = following is not None and following.tag in FINITE | {"VB", "MD", "CONTR"}
        if new_clause and not bare_after_causative and (verb_before or _a_thing(members[0])):
            # "told me Dana and I were", "excited about the role and I look forward": a clause of its own
            continue
        if last.low in ("he", "she", "we", "they"):
            continue
        right = _OBJECT_FORM[last.low]
        yield _finding(last, "compound-subject", f'"{last.text}" is the object here: use "{right}".', right)


# --- its / it's, their / there / they're ----------------------------------------------------------------
_OBJECT_VERBS_NOT = frozenset(
    str.split(
        """
        think thought know knew believe believed hope hoped feel felt say said see saw seen hear heard guess
        understand understood notice noticed realise realised realize realized sure glad mean meant suppose
        show showed shown prove proved learn learned learnt find found expect expected agree agreed
        """
    )
)


def _and_later(words: Sequence[Word], head: int) -> bool:
    """Another noun phrase joined later in the sentence by "and" ("the study, which includes the tests, and
    an audit")."""
    return any(
        w.low == "and" and k + 1 < len(words) and words[k + 1].tag in ("DET", "DETS", "POSS", "NUM")
        for k, w in enumerate(words[head + 1 :], start=head + 1)
    )


def _a_thing(member: Sequence[Word]) -> bool:
    """A member that ends in a common noun ("the Junior UX Designer role"): no person to pair with "I"."""
    last = member[-1]
    return last.tag in ("NN", "NNS") and not last.capital


def _object_place(before: Word | None, before2: Word | None) -> bool:
    """The word at this place is an object: after a preposition, or after a verb that takes one."""
    if before is None:
        return False
    if before.tag == "PREP" and before.low not in ("like", "than", "as", "since", "until"):
        return True
    if (
        before.tag in ("VB", "VBZ", "VBD", "VBN", "VBG", "VBP", "HAVS", "HAVP", "HAVD")
        and before.low not in _OBJECT_VERBS_NOT
        and before.low not in ("being", "been", "having")
    ):
        return before.tag not in ("HAVS", "HAVP", "HAVD") or before2 is None or before2.tag != "MD"
    return False


def _inside_noun_chain(words: Sequence[Word], j: int) -> bool:
    """``words[j]`` follows nouns that a determiner opened ("the loan default forecast")."""
    back = j - 1
    while back >= 0 and not words[back + 1].breaks_before and words[back].tag in NOUNISH | {"ADJ"}:
        back -= 1
    return back < j - 1 and back >= 0 and words[back].tag in ("DET", "DETS", "POSS")


def _and_another(words: Sequence[Word], start: int, end: int) -> bool:
    """Between the subject's head and its verb, "and" opens another noun phrase ("and the care"): the
    subject may be two things, and a plural verb is right."""
    return any(
        words[x].low == "and"
        and words[x - 1].tag in NOUNISH  # ("the forecast that you and your team rebuilt": one subject of it)
        and not words[x + 1].breaks_before
        and words[x + 1].tag in ("DET", "POSS", "DETS")
        for x in range(max(start, 1), min(end, len(words) - 1))
        # (not inside an aside: ", with the notes and the screens," is one phrase of it)
        if not any(words[y].breaks_before for y in range(start, x + 1))
    )


def _after_aside(words: Sequence[Word], k: int) -> bool:
    """``words[k]`` follows an aside that opened with "which" or "who" between commas."""
    j = k - 1
    while j > 0 and not words[j].breaks_before:
        j -= 1
    return 0 < j < k and _opens_aside(words[j])


def _opens_aside(w: Word) -> bool:
    """An aside between commas opens with "which", "who", a parenthetical ("along with") or a preposition
    other than "of" (", with the research notes and the screens,")."""
    return w.low in ("which", "who") or w.low in _PARENTHETICAL or (w.tag == "PREP" and w.low != "of")


def _aside_next(words: Sequence[Word], i: int) -> bool:
    """The clause from ``i`` breaks into an aside ("My certificate from Seneca, which I had been working
    towards, was awarded"): its verb comes after the aside, not inside the words before it."""
    k = i + 1
    while k < len(words) and not words[k].breaks_before:
        k += 1
    return k < len(words) and _opens_aside(words[k])


def _finite_later(words: Sequence[Word], k: int) -> bool:
    """A finite verb from ``k`` to the clause's end."""
    n = len(words)
    first = k
    while k < n and (k == first or not words[k].breaks_before):
        if words[k].tag in FINITE:
            return True
        k += 1
    return False


_POSSESSIVE_PRONOUNS = frozenset(str.split("yours mine ours theirs hers his"))


def _possessive_words(words: Sequence[Word]) -> Iterator[TextFinding]:
    n = len(words)
    for i, w in enumerate(words):
        before = words[i - 1] if i > 0 and not w.breaks_before else None
        before2 = words[i - 2] if before is not None and i > 1 and not before.breaks_before else None
        nxt = words[i + 1] if i + 1 < n and not words[i + 1].breaks_before else None
        after = words[i + 2] if nxt is not None and i + 2 < n and not words[i + 2].breaks_before else None
        if w.low == "there" and _owned_after_and(words, i):
            # "about the analysts and there weekly talks": the second half of a preposition's object
            yield _finding(w, "their-there", f'"{w.text}" here should be "their".', "their")
            continue
        if nxt is None or nxt.capital:
            continue
        if w.low in ("it's", "they're") and nxt.low in _POSSESSIVE_PRONOUNS:
            continue  # "say the word and they're yours": a possessive pronoun stands alone
        if w.low in ("it's", "they're"):
            right = "its" if w.low == "it's" else "their"
            fix = right.capitalize() if w.capital else right
            noun_next = nxt.tag in ("NN", "NNS", "NNC") or (
                nxt.tag in ("ADJ", "VBG", "VBN") and after is not None and after.tag in ("NN", "NNS", "NNC")
            )
            if not noun_next:
                continue
            if before is not None and before.low in ("all", "both", "half") and before2 is not None:
                before, before2 = before2, None  # "keeps all it's data"
            if _object_place(before, before2) or (
                before is not None and before.low == "and" and before2 is not None and before2.tag in NOUNISH
            ):
                yield _finding(
                    w,
                    "its-its" if w.low == "it's" else "their-there",
                    f'"{w.text}" here should be "{right}".',
                    fix,
                )
                continue
            # a bare countable noun after "it is" wants an article: "it's central finding" is the possessive
            head = nxt if nxt.tag in ("NN", "NNS", "NNC") else after
            if nxt.low in _MASS and nxt.tag == "NN" and after is None:
                continue
            known = head is not None and not head.options <= {"NN", "ADJ"}  # a noun the lexicon knows
            if w.low == "it's" and head is not None and head.tag == "NN" and head.low not in _MASS and known:
                k = words.index(head) + 1
                if (
                    k < n
                    and not words[k].breaks_before
                    and words[k].low in ("that", "to", "who", "which", "of")
                ):
                    continue
                if nxt.tag == "ADJ" or nxt is head:
                    yield _finding(w, "its-its", f'"{w.text}" here should be "{right}".', fix)
            continue
        if w.low == "its" and not _object_place(before, before2):
            if _clause_after_its(nxt, after, before):
                yield _finding(
                    w, "its-its", f'"{w.text}" here should be "it\'s".', "It's" if w.capital else "it's"
                )
            continue
        if w.low == "there" and before is not None and before.tag == "PREP" and _noun_follows(words, i + 1):
            # "take pride in there nightly pipeline": after a preposition, a described noun is owned
            yield _finding(w, "their-there", f'"{w.text}" here should be "their".', "their")
            continue
        if w.low == "there" and w.tag == "ADV":
            if before is not None and before.tag in NOUNISH | {"BES", "BEP", "BE", "AM", "PRON", "OBJ"}:
                continue  # "the people there", "is there", "I was there"
            j = i + 1
            while (
                j < n
                and not words[j].breaks_before
                and words[j].tag == "ADV"
                and words[j].low not in ("there",)
            ):
                j += 1
            if j >= n or words[j].breaks_before:
                continue
            nw = words[j]
            opener = before is None or before.tag in ("SUB", "CC", "WH") or before.low in _CLAUSE_VERBS
            nafter = words[j + 1] if j + 1 < n and not words[j + 1].breaks_before else None
            participle = nw.tag == "VBN" or (nw.options <= {"VBN", "VBD"} and "VBN" in nw.options)
            adjective = nw.options <= {"ADJ"} and (nafter is None or nafter.tag not in NOUNISH)
            if opener and j > i and (participle or adjective):
                fix = "They're" if w.capital else "they're"  # "when there given", "if there useful"
                yield _finding(w, "their-there", f'"{w.text}" here should be "they\'re".', fix)
                continue
            if (
                "VBG" in nw.options
                and (nw.low not in ING_NOUNS or j > i + 1)  # ("there still learning": verbal after an adverb)
                and j > i
                and (before is None or before.tag in ("SUB", "CC", "WH") or before.low in _CLAUSE_VERBS)
            ):
                fix = "They're" if w.capital else "they're"
                yield _finding(w, "their-there", f'"{w.text}" here should be "they\'re".', fix)
                continue
            if j == i + 1 and nw.tag in ("NN", "NNS", "NNC") and _object_place(before, before2):
                nafter = words[j + 1] if j + 1 < n and not words[j + 1].breaks_before else None
                if nw.low in _TIME_NOUNS | _WHEN_WORDS or nw.low in ("today", "tomorrow", "now", "yesterday"):
                    continue
                if nafter is not None and nafter.tag in FINITE:
                    continue
                yield _finding(
                    w, "their-there", f'"{w.text}" here should be "their".', "Their" if w.capital else "their"
                )
                continue
            # where a clause starts, "there" + a noun + the noun's own verb: "how there models are reviewed"
            opener = before is None or before.tag in ("SUB", "WH", "CC") or before.low in _CLAUSE_VERBS
            nafter = words[j + 1] if j + 1 < n and not words[j + 1].breaks_before else None
            if (
                j == i + 1
                and opener
                and nw.tag in ("NN", "NNS")
                and nw.low not in _TIME_NOUNS
                and nafter is not None
                and nafter.tag in ("BES", "BEP", "HAVS", "HAVP", "MD", "VBZ", "VBD", "VBP")
            ):
                yield _finding(
                    w, "their-there", f'"{w.text}" here should be "their".', "Their" if w.capital else "their"
                )
            continue
        if (
            w.low == "their"
            and "VBG" in nxt.options
            and after is not None
            and (after.tag in ("DET", "DETS", "NUM", "OBJ") or after.low in ("for", "with", "to", "at", "in"))
        ):
            if not _finite_later(words, i + 2) and (
                before is None or before.low in _CLAUSE_VERBS or before.tag == "SUB"
            ):
                yield _finding(
                    w,
                    "their-there",
                    f'"{w.text}" here should be "they\'re".',
                    "They're" if w.capital else "they're",
                )
            continue
        opener = before is None or before.tag in ("SUB", "WH") or before.low in _CLAUSE_VERBS
        if w.low == "their" and opener and nxt.tag == "PREP" and nxt.low not in ("of", "to"):
            yield _finding(  # "when their in plain English": a preposition cannot follow a possessive
                w,
                "their-there",
                f'"{w.text}" here should be "they\'re".',
                "They're" if w.capital else "they're",
            )
            continue
        if w.low == "their" and nxt.options <= {"VBZ", "MD", "VBD"} and nxt.options & {"VBZ", "MD"}:
            yield _finding(
                w, "their-there", f'"{w.text}" here should be "there".', "There" if w.capital else "there"
            )


_WHEN_WORDS = frozenset(
    str.split("last next this every each all many most some several few early late other then")
)


def _owned_after_and(words: Sequence[Word], i: int) -> bool:
    """ "there" at ``i`` after "and" that joins a second noun phrase to a preposition's object ("with the
    analysts and there Friday talks", "for the crew and there new rota"): describing words and a noun
    follow it, then the clause goes on with a verb, a preposition or its end, never a subject of its own
    ("and there the crew met", "and there we talked")."""
    n = len(words)
    if i < 2 or words[i].breaks_before or words[i - 1].low != "and" or words[i - 1].breaks_before:
        return False
    if words[i - 2].tag not in ("NN", "NNS", "NNC", "NNP"):
        return False
    k = i - 2
    while k >= 0 and i - 2 - k < 6:
        if words[k].tag in ("PREP",) and words[k].low not in ("to", "like", "than", "as"):
            break
        if words[k].breaks_before or words[k].tag in FINITE | {"CC", "SUB", "REL", "WH", "PRO1", "PROP"}:
            return False
        k -= 1
    else:
        return False
    if k < 0:
        return False
    j = i + 1
    while (
        j < n
        and not words[j].breaks_before
        and j - i <= 4
        and (
            words[j].tag in ("ADJ", "NN", "NNS", "NNC", "NNP")
            or words[j].options & {"NN", "NNS"}
            or (words[j].tag == "VBG" and j + 1 < n and words[j + 1].options & {"NN", "NNS", "NNC"})
        )
        and words[j].tag not in ("BES", "BEP", "MD", "HAVS", "HAVP", "OBJ", "PRO1", "PROP", "PRO3", "DET")
    ):
        j += 1
    if j == i + 1 or words[i + 1].low in _WHEN_WORDS:
        return False
    last = words[j - 1]
    if not last.options & {"NN", "NNS", "NNC"}:
        return False
    return j >= n or words[j].breaks_before or words[j].tag in FINITE | {"PREP", "CC", "VB"}


def _noun_follows(words: Sequence[Word], j: int) -> bool:
    """One or two describing words, then a noun that is not a time ("nightly pipeline", "new offices";
    not "there today", "there nightly"), and no verb of its own after it, from ``j`` in one clause."""
    n = len(words)
    k = j
    if j < n and words[j].low in _WHEN_WORDS:
        return False  # "in there last week", "out there every day": when, not whose
    while k < n and k - j < 2 and not words[k].breaks_before and "ADJ" in words[k].options:
        k += 1
    if k == j or k >= n or words[k].breaks_before:
        return False
    noun = words[k]
    if noun.tag not in ("NN", "NNS", "NNC") or noun.low in _TIME_NOUNS:
        return False
    return k + 1 >= n or words[k + 1].breaks_before or words[k + 1].tag not in FINITE


# What may follow a clause's complement, never a possessive's noun: "why its popular with", "its clear that".
_AFTER_COMPLEMENT = frozenset({"PREP", "TO", "SUB", "CC", "REL", "WH", "PRO1", "PROP"})


_EFFORT = frozenset(str.split("do does did doing done try tries tried trying give gives gave giving"))
_JUDGEMENTS = frozenset(
    str.split("best better easier harder worth fine okay ok wise wiser safest simplest quickest possible")
)


def _clause_after_its(nxt: Word, after: Word | None, before: Word | None = None) -> bool:
    """ "its" where only "it is" can stand, by the parts of speech of the words after it: an adjective that
    is nothing else and is not followed by a noun ("why its popular with visitors"), or a verb's -ing form
    with its object or an adverb after it ("and its running well")."""
    if nxt.low in _JUDGEMENTS and after is not None and after.low in ("to", "if", "that"):
        # "whether its best to park": a judgement and what it judges ("did its best to help" is an effort)
        return before is None or before.low not in _EFFORT
    if "ADJ" in nxt.options and nxt.options <= {"ADJ", "ADV"}:
        # (not before "of": "its share of" is a noun's phrase, and an adjective may stand for one)
        return after is None or (after.tag in _AFTER_COMPLEMENT and after.low != "of")
    if nxt.tag != "VBG" or not nxt.options <= {"VBG", "NN"} or after is None:
        return False
    return after.tag in ("DET", "DETS", "DETP", "OBJ", "ADV")


_TIME_NOUNS = frozenset(
    str.split("day days week weeks month months year years time times morning afternoon evening")
)


def syntax_faults(
    text: str, start: int, end: int, people: frozenset[str] = frozenset()
) -> Iterator[TextFinding]:
    """Every fault above in one sentence; ``people`` are the recorded people's names (lower case), the
    only capitalised words taken for persons."""
    words = tag(text, start, end)
    if not words:
        return
    starts = set(_clause_starts(words))
    if "(" in text[start:end]:
        # a bracketed aside between a subject and its verb is read past: "The three charts in the piece
        # (https://...) shows"; the aside itself is still read by the passes below
        unbracketed = _BRACKETS.sub(lambda m: " " * len(m.group()), text[start:end])
        plain = tag(" " * start + unbracketed, start, end)
        yield from _agreement(plain, set(_clause_starts(plain)))
    else:
        yield from _agreement(words, starts)
    yield from _existential(words)
    yield from _asides(words, starts)
    yield from _relatives(words)
    if "?" in text[start:end]:
        yield from _questions(words)  # (only a question inverts: "Thank you, and have a good day.")
    yield from _compound(words, starts, people)
    yield from _reflexives(words, starts)
    yield from _possessive_words(words)
