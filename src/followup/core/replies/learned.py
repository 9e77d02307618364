"""The learned part of the reply classifier, read once from ``data/``: the regression's weights
(``reply_weights.tsv``) and naive Bayes's (``reply_bayes.tsv``).

Both files are made by ``scripts/train_replies.py`` from the corpus's development split (our own writing,
``benchmarks/replies/dev``; the format is ``core.learning``'s). They ship inside the package, so
classifying needs no network and no download; reading package data is the only thing this module does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from followup.core.learning import Weights, parse_weights

WEIGHTS_FILE = "reply_weights.tsv"
BAYES_FILE = "reply_bayes.tsv"


@dataclass(frozen=True)
class Learned:
    """What the classifier learned: the regression's weights and naive Bayes's (empty: not used)."""

    weights: Weights
    bayes: Weights


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
