"""C-13, learned: does a LinkedIn note read as if the job were already the candidate's?

The phrase classes of ``presumption`` catch the ways of presuming that someone wrote down; measured on a
batch of notes nobody had tuned them on, they found about a third (benchmarks/drafts/README.md, sixth
batch). What the other ways share is grammar rather than words: the candidate pictured in a future with the
reader ("once I", "I'll be", "my first", "our", "with you", "next month"). So this reading keeps only the
words and word pairs of a note that hold such a word (pronouns, auxiliaries and modals, prepositions, time
words) and weighs them with logistic regression (``core.learning``) trained on the LinkedIn notes of the
drafts corpus's development split (``scripts/train_presumption.py`` writes
``data/presumption_weights.tsv``; it also prints the cross-validated recall and false alarms that chose
``THRESHOLD``). Content words stay out: a note about "your team's style guide" or "the studio's redesign"
is about their work, not the candidate's place in it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from followup.core.learning import Weights, parse_weights, scores_of, softmax, word_features

KINDS = ("presumes", "fine")
WEIGHTS_FILE = "presumption_weights.tsv"
THRESHOLD = 0.8  # 5-fold CV on the dev notes: 86 of 117 found (67 by phrases), no false alarm added

# The candidate and a time to come: a pair of words holding one of these can picture the candidate there.
GRAMMAR_WORDS = frozenset(
    (
        *("i", "i'm", "i'll", "i'd", "i've", "my"),
        *("we", "we'll", "we're", "we'd", "we've", "our", "us"),
        *("will", "would", "shall", "going", "gonna"),
        *("once", "when", "whenever", "until", "soon", "next", "first", "start", "join"),
    )
)


# The candidate's own life now (their current job, shift, team, studies) is no presumption however it is
# worded: "Before I start my evening shift at the bakery" pictures their day, not the reader's workplace.
# A clause saying so is left out of the reading ("my first shift" and "my new team" stay in).
_OWN_LIFE = re.compile(
    r"\b(?:my|our) (?:current|present|last|previous|old|former|own|day|evening|morning|night|weekend)\b"
    r"|\bat my\b|\bmy (?!first\b|new\b|future\b|next\b)(?:\w+ )?(?:shift|job|role|team|work|employer"
    r"|company|firm|studies|course|degree|class|classes|manager|boss)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^,;.!?]+[,;.!?]?")

# What the weights cannot see, said by grammar: a sentence told in the past ("My first placement was on a
# surgical ward") or whose only prospect is a courtesy of the note ("looking forward to reading the report
# you mentioned") pictures no future with them, whatever its pairs of words.
_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|once|soon|next|from (?:next|now)|can['’]?t wait)\b|['’]ll\b", re.IGNORECASE
)
_COURTESY = re.compile(
    r"\blook(?:ing)? forward to (?:reading|hearing|seeing|meeting|catching up|staying in touch|keeping in"
    r" touch|following|learning|talking|chatting|swapping|trying|comparing)\b",
    re.IGNORECASE,
)


def pictures_no_future(sentence: str) -> bool:
    """Whether ``sentence`` is told in the past, or looks forward only to a courtesy (see above)."""
    if _FUTURE.search(_COURTESY.sub("", sentence)):
        return False
    return bool(_PAST.search(sentence) or _COURTESY.search(sentence))


PHRASES = "cue:phrases"  # the phrase classes found the note presuming


def note_features(text: str, by_phrases: bool = False) -> list[str]:
    """The words and word pairs of ``text`` that hold a grammar word (see the module), and ``PHRASES``
    when the phrase classes found it presuming. In training that feature takes the notes the phrases
    already catch off the words' hands, so the words learn the ways the phrases miss; when checking, the
    weights are asked only about notes the phrases passed."""
    kept = " ".join(c.group() for c in _CLAUSE.finditer(text) if not _OWN_LIFE.search(c.group()))
    found = [
        f
        for f in word_features(kept)
        if " " in f and any(word.removeprefix("not_") in GRAMMAR_WORDS for word in f.split(" "))
    ]
    return [*found, PHRASES] if by_phrases else found


def presumption(text: str, weights: Weights | None = None) -> float:
    """How likely ``text``, which the phrase classes passed, presumes the outcome, from 0 to 1
    (``THRESHOLD`` and above: it does)."""
    learned = shipped_weights() if weights is None else weights
    if not learned:
        return 0.0
    return softmax(scores_of(learned, note_features(text), KINDS, normalise=False))["presumes"]


@cache
def shipped_weights() -> Weights:
    """The weights that ship with followup (read on the first LinkedIn note checked)."""
    source = resources.files("followup").joinpath(f"data/{WEIGHTS_FILE}")
    return parse_weights(source.read_text(encoding="utf-8")) if source.is_file() else {}
