"""What the core learns from our own corpora: multinomial logistic regression, in plain Python.

The reply classifier (``replies``) and C-13's reading of a LinkedIn note (``checks.presumption``) each
ship weights trained on the development split of their corpus; this module trains and applies them and
reads and writes their file. Examples in (each a list of features and its kind), weights out: for every
feature kept, a weight per kind. Stochastic gradient descent with AdaGrad steps and L2 shrinkage, over
the examples in a shuffled but fixed order (a seeded generator), so that the same examples always give the
same weights. Features seen in fewer than ``min_count`` examples are dropped: a word one message used says
nothing about the next.

The scripts ``scripts/train_replies.py`` and ``scripts/train_presumption.py`` train on a development split
and write the weights into ``data/``; the benchmarks cross-validate on that split (train on part, measure on
the rest), so that development never reads the held-apart fifth.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[a-zà-öø-ÿß]+(?:['’][a-z]+)?|\d+|[?!]")
_NEGATORS = frozenset(
    {"not", "no", "never", "nor", "without", "neither", "cannot", "nicht", "kein", "keine", "pas", "jamais"}
)
_NEGATION_REACH = 3  # words a negation colours: "not [be moving forward]"
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_MAX_WORDS = 600  # a text says what it is early; a long disclaimer adds only noise
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


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased and stemmed, numbers as ``<num>``, a word within reach of a
    negation marked ``not_`` ("not an offer" → "not", "not_an", "not_offer"), and "|" at each clause end."""
    said: list[str] = []
    for clause in _CLAUSE_END.split(text.lower()):
        negated = 0
        for token in _WORD.findall(clause):
            token = token.replace("’", "'")
            token = "<num>" if token.isdigit() else stem(token)
            if token.endswith("n't") or token in _NEGATORS:
                said.append(token)
                negated = _NEGATION_REACH
                continue
            said.append(f"not_{token}" if negated else token)
            negated = max(0, negated - 1)
        said.append("|")  # a clause boundary: no pair spans it
        if len(said) > _MAX_WORDS:
            break
    return said[:_MAX_WORDS]


def word_features(text: str) -> list[str]:
    """The words and word pairs of ``text`` (``words``), each once, in order: no pair spans a clause."""
    found: dict[str, None] = {}
    said = words(text)
    for i, word in enumerate(said):
        if word == "|":
            continue
        found[word] = None
        following = said[i + 1] if i + 1 < len(said) else "|"
        if following != "|":
            found[f"{word} {following}"] = None
    return list(found)


Weights = dict[str, dict[str, float]]  # feature → kind → weight ("" is the bias feature)
BIAS = ""


@dataclass(frozen=True)
class Settings:
    epochs: int = 30
    rate: float = 1.0
    l2: float = 1e-4
    min_count: int = 2
    seed: int = 7
    normalise: bool = True  # words of one text together have length 1 (``strength``); else each is 1


def softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exps = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


def strength(feats: Sequence[str]) -> float:
    """A word's value: the words of one reply together have length 1, so that a long message does not
    outvote a short one by its number of words."""
    return 1.0 / math.sqrt(max(1, len(feats)))


def value_of(feature: str, word_value: float) -> float:
    """A feature's value: a judgement on the whole reply (a phrase table that fired, ``cue:``; its length,
    ``len:``) counts fully however long the reply; a word counts ``word_value``."""
    return 1.0 if feature.startswith(("cue:", "len:")) else word_value


def scores_of(
    weights: Weights, feats: Sequence[str], kinds: Sequence[str], normalise: bool = True
) -> dict[str, float]:
    """Each kind's score for ``feats``: the bias plus the weights of the features present."""
    scores = dict.fromkeys(kinds, 0.0)
    value = strength(feats) if normalise else 1.0
    bias = weights.get(BIAS)
    if bias:
        for kind, w in bias.items():
            scores[kind] += w
    for feat in feats:
        row = weights.get(feat)
        if row:
            x = value_of(feat, value)
            for kind, w in row.items():
                scores[kind] += w * x
    return scores


def train(
    examples: Sequence[tuple[Sequence[str], str]], kinds: Sequence[str], settings: Settings = Settings()
) -> Weights:
    """Weights for ``examples`` (features, kind); deterministic for the same input and settings."""
    counts = Counter(f for feats, _ in examples for f in set(feats))
    kept = [([f for f in feats if counts[f] >= settings.min_count], kind) for feats, kind in examples]
    weights: Weights = {BIAS: dict.fromkeys(kinds, 0.0)}
    squares: dict[str, dict[str, float]] = {BIAS: dict.fromkeys(kinds, 1e-8)}
    order = list(range(len(kept)))
    generator = random.Random(settings.seed)
    for _ in range(settings.epochs):
        generator.shuffle(order)
        for i in order:
            feats, kind = kept[i]
            value = strength(feats) if settings.normalise else 1.0
            present = ((BIAS, 1.0), *((f, value_of(f, value)) for f in feats))
            probabilities = softmax(scores_of(weights, feats, kinds, settings.normalise))
            for k in kinds:
                gradient = probabilities[k] - (1.0 if k == kind else 0.0)
                for feat, x in present:
                    row = weights.setdefault(feat, dict.fromkeys(kinds, 0.0))
                    square = squares.setdefault(feat, dict.fromkeys(kinds, 1e-8))
                    g = gradient * x + settings.l2 * row[k]
                    square[k] += g * g
                    row[k] -= settings.rate * g / math.sqrt(square[k])
    return {
        feat: {k: round(w, 4) for k, w in row.items() if abs(w) >= 1e-3}
        for feat, row in sorted(weights.items())
        if any(abs(w) >= 1e-3 for w in row.values())
    }


def train_bayes(
    examples: Sequence[tuple[Sequence[str], str]],
    kinds: Sequence[str],
    alpha: float = 0.5,
    min_count: int = 2,
) -> Weights:
    """Multinomial naive Bayes over the same features, as weights ``scores_of`` adds up (``normalise``
    False): the bias row holds each kind's log prior, a feature's row its log likelihood in each kind
    (Laplace smoothing ``alpha``, a feature counted once per example). It learns from every example at
    once where the regression moves step by step, and on few examples the two err in different places;
    the reply classifier mixes them."""
    counts = Counter(f for feats, _ in examples for f in set(feats))
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    kept = set(vocabulary)
    per_kind: dict[str, Counter[str]] = {k: Counter() for k in kinds}
    documents = Counter(kind for _, kind in examples)
    for feats, kind in examples:
        per_kind[kind].update(f for f in set(feats) if f in kept)
    weights: Weights = {
        BIAS: {k: round(math.log((documents[k] + 0.1) / max(1, len(examples))), 4) for k in kinds}
    }
    totals = {k: sum(per_kind[k].values()) + alpha * len(vocabulary) for k in kinds}
    for feat in vocabulary:
        weights[feat] = {k: round(math.log((per_kind[k][feat] + alpha) / totals[k]), 4) for k in kinds}
    return weights


def parse_weights(text: str) -> Weights:
    """Weights from a weights file's text: a first line naming the kinds, then one line per feature with
    its weight for each kind in that order ("0" for none). An empty text gives no weights."""
    lines = text.splitlines()
    if not lines:
        return {}
    kinds = lines[0].split("\t")[1:]
    weights: Weights = {}
    for line in lines[1:]:
        feature, *values = line.split("\t")
        weights[feature] = {k: float(v) for k, v in zip(kinds, values, strict=True) if v != "0"}
    return weights


def format_weights(weights: Weights, kinds: Sequence[str]) -> str:
    """The file's text for ``weights`` (the inverse of ``parse_weights``)."""
    rows = ["feature\t" + "\t".join(kinds)]
    for feature, row in sorted(weights.items()):
        rows.append(feature + "\t" + "\t".join(_number(row.get(k, 0.0)) for k in kinds))
    return "\n".join(rows) + "\n"


def _number(value: float) -> str:
    return "0" if value == 0 else f"{value:.4g}"
