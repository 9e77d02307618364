"""A reply as the learned part of the classifier sees it: a bag of features.

Words and word pairs of the writer's own text, lower-cased, with numbers folded into one token; the
words of the subject apart (a subject says a lot in a few words: "Offer of employment", "Automatic
reply"); each phrase table's kind that fired (``cues``), so that the learned weights say how far each
table is to be trusted; and a negation carried over the next few words, so that "not an offer" and "no
need to send references" are not the words of an offer or a request ("not_offer"). Pure and
deterministic: the same reply always gives the same features, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-zà-öø-ÿß]+(?:['’][a-z]+)?|\d+|[?!]")
_NEGATORS = frozenset(
    {"not", "no", "never", "nor", "without", "neither", "cannot", "nicht", "kein", "keine", "pas", "jamais"}
)
_NEGATION_REACH = 3  # words a negation colours: "not [be moving forward]"
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_MAX_WORDS = 600  # a reply's own text says what it is early; a long disclaimer adds only noise


_SUFFIXES = ("ments", "ment", "ing", "ed", "es", "s", "ly")
_STEM_AT_LEAST = 4  # letters a stem keeps: "reply" and "early" are not "rep" and "ear"


def stem(word: str) -> str:
    """A crude stem, so that "invite", "invites", "invited" and "inviting" count as one word: a small
    corpus seldom holds every form of the words a new message uses."""
    if "'" in word:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_AT_LEAST:
            short = word[: -len(suffix)]
            break
    else:
        short = word
    if short.endswith("e") and len(short) > _STEM_AT_LEAST:
        short = short[:-1]
    return short


def _words(text: str) -> list[str]:
    words: list[str] = []
    for clause in _CLAUSE_END.split(text.lower()):
        negated = 0
        for token in _WORD.findall(clause):
            token = token.replace("’", "'")
            token = "<num>" if token.isdigit() else stem(token)
            if token.endswith("n't") or token in _NEGATORS:
                words.append(token)
                negated = _NEGATION_REACH
                continue
            words.append(f"not_{token}" if negated else token)
            negated = max(0, negated - 1)
        words.append("|")  # a clause boundary: no pair spans it
        if len(words) > _MAX_WORDS:
            break
    return words[:_MAX_WORDS]


def features(subject: str, text: str, cue_kinds: Iterable[str] = ()) -> list[str]:
    """The features of one reply (see the module), each once, in a stable order."""
    found: dict[str, None] = {}
    words = _words(text)
    for i, word in enumerate(words):
        if word == "|":
            continue
        found[word] = None
        following = words[i + 1] if i + 1 < len(words) else "|"
        if following != "|":
            found[f"{word} {following}"] = None
    for word in _words(subject):
        if word != "|":
            found[f"s:{word}"] = None
    for kind in cue_kinds:
        found[f"cue:{kind}"] = None
    if len(words) < 40:
        found["len:short"] = None
    return list(found)
