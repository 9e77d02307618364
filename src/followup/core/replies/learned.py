"""The learned weights of the reply classifier, read once from ``data/reply_weights.tsv``.

The file is made by ``scripts/train_replies.py`` from the corpus's development split (our own writing,
``benchmarks/replies/dev``; the format is ``core.learning``'s). It ships inside the package, so classifying
needs no network and no download; reading package data is the only thing this module does.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from followup.core.learning import Weights, parse_weights

WEIGHTS_FILE = "reply_weights.tsv"


@cache
def shipped_weights() -> Weights:
    """The weights that ship with followup (read on the first reply classified)."""
    source = resources.files("followup").joinpath(f"data/{WEIGHTS_FILE}")
    return parse_weights(source.read_text(encoding="utf-8")) if source.is_file() else {}
