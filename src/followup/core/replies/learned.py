"""The learned part of the reply classifier, read once from ``data/``: the regression's weights
(``reply_weights.tsv``) and naive Bayes's (``reply_bayes.tsv``).

Both files are made by ``scripts/train_replies.py`` from the corpus's development split (our own writing,
``benchmarks/replies/dev``; the format is ``core.learning``'s) by ``train_replies``, the one recipe that
script and the benchmark share. They ship inside the package, so classifying needs no network and no
download; reading package data is the only I/O this module does.

The regression is trained ``SEEDS`` times, each over the examples in another fixed order, and its weights
averaged: one order's weights swing on a small corpus (a handful of messages change kind from one seed to
the next), and the average is steadier. Leaving each batch of dev out in turn (the word classes in, naive
Bayes's share 0.4): one order of 15 epochs 0.937 right, rejection recall 0.945; four orders of 6 epochs
0.950, rejection recall 0.973 (three of 8: 0.946; five of 8: 0.948; eight of 15: 0.947).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from followup.core.learning import Settings, Weights, parse_weights, train, train_bayes

WEIGHTS_FILE = "reply_weights.tsv"
BAYES_FILE = "reply_bayes.tsv"


@dataclass(frozen=True)
class Learned:
    """What the classifier learned: the regression's weights and naive Bayes's (empty: not used)."""

    weights: Weights
    bayes: Weights


# Each order's training (the seed is set per order). Leaving each batch out: L2 shrinkage 1e-5 and words
# seen in at least three messages 0.953 right, rejection precision 0.972, offer's 0.952, invitation's 0.950
# (1e-4 and two messages, as once: 0.948, 0.963, 0.944, 0.934; 1e-3: 0.942; none: 0.949; four messages: 0.950)
TRAINING = Settings(epochs=6, l2=1e-5, min_count=3)
SEEDS = 4


def train_replies(examples: Sequence[tuple[Sequence[str], str]], kinds: Sequence[str]) -> Learned:
    """Both parts trained on ``examples`` (features, kind): the regression averaged over ``SEEDS``
    orders (see the module), naive Bayes once. Deterministic for the same examples."""
    runs = [train(examples, kinds, replace(TRAINING, seed=TRAINING.seed + i)) for i in range(SEEDS)]
    averaged: Weights = {}
    for weights in runs:
        for feature, row in weights.items():
            into = averaged.setdefault(feature, {})
            for kind, w in row.items():
                into[kind] = into.get(kind, 0.0) + w / SEEDS
    kept = {
        feature: {k: round(w, 4) for k, w in row.items() if abs(w) >= 1e-3}
        for feature, row in sorted(averaged.items())
    }
    return Learned({f: row for f, row in kept.items() if row}, train_bayes(examples, kinds))


@cache
def shipped_weights() -> Weights:
    """The weights that ship with followup (read on the first reply classified)."""
    source = resources.files("followup").joinpath(f"data/{WEIGHTS_FILE}")
    return parse_weights(source.read_text(encoding="utf-8")) if source.is_file() else {}


@cache
def shipped() -> Learned:
    """Both parts as they ship (read on the first reply classified)."""
    source = resources.files("followup").joinpath(f"data/{BAYES_FILE}")
    bayes = parse_weights(source.read_text(encoding="utf-8")) if source.is_file() else {}
    return Learned(shipped_weights(), bayes)
