"""Training the learned part of the reply classifier: multinomial logistic regression, in plain Python.

Examples in (each a list of features and its kind), weights out: for every feature kept, a weight per
kind. Stochastic gradient descent with AdaGrad steps and L2 shrinkage, over the examples in a shuffled but
fixed order (a seeded generator), so that the same examples always give the same weights. Features seen
in fewer than ``min_count`` examples are dropped: a word one message used says nothing about the next.

``scripts/train_replies.py`` trains on the corpus's development split and writes
``data/reply_weights.tsv``; ``benchmarks/replies.py --folds K`` trains on part of that split to measure
on the rest (cross-validation), so that development never reads the held-apart fifth.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Weights = dict[str, dict[str, float]]  # feature → kind → weight ("" is the bias feature)
BIAS = ""


@dataclass(frozen=True)
class Settings:
    epochs: int = 30
    rate: float = 1.0
    l2: float = 1e-4
    min_count: int = 2
    seed: int = 7


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


def scores_of(weights: Weights, feats: Sequence[str], kinds: Sequence[str]) -> dict[str, float]:
    """Each kind's score for ``feats``: the bias plus the weights of the features present."""
    scores = dict.fromkeys(kinds, 0.0)
    value = strength(feats)
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
            value = strength(feats)
            present = ((BIAS, 1.0), *((f, value_of(f, value)) for f in feats))
            probabilities = softmax(scores_of(weights, feats, kinds))
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
