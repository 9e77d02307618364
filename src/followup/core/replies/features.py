"""A reply as the learned part of the classifier sees it: a bag of features.

Words and word pairs of the writer's own text (``core.learning.word_features``: lower-cased, stemmed, a
negation carried over the next few words, so that "not an offer" and "no need to send references" are not
the words of an offer or a request); the words of the subject apart (a subject says a lot in a few words:
"Offer of employment", "Automatic reply"); each phrase table's kind that fired (``cues``), so that the
learned weights say how far each table is to be trusted; and whether the reply is short. Pure and
deterministic: the same reply always gives the same features, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable

from followup.core.learning import word_features, words

_SHORT = 40  # words: "Thanks, received." is not a letter


def features(subject: str, text: str, cue_kinds: Iterable[str] = ()) -> list[str]:
    """The features of one reply (see the module), each once, in a stable order."""
    found = dict.fromkeys(word_features(text))
    for word in words(subject):
        if word != "|":
            found[f"s:{word}"] = None
    for kind in cue_kinds:
        found[f"cue:{kind}"] = None
    if len(words(text)) < _SHORT:
        found["len:short"] = None
    return list(found)
