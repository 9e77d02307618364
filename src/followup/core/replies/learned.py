"""The learned weights of the reply classifier, read once from ``data/reply_weights.tsv``.

The file is made by ``scripts/train_replies.py`` from the corpus's development split (our own writing,
``benchmarks/replies/dev``): a first line naming the kinds, then one line per feature with its weight for
each kind in that order. It ships inside the package, so classifying needs no network and no download;
reading package data is the only thing this module does besides arithmetic.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from followup.core.replies.training import Weights

WEIGHTS_FILE = "reply_weights.tsv"


def parse_weights(text: str) -> Weights:
    """Weights from the file's text (see the module); an empty text gives no weights."""
    lines = text.splitlines()
    if not lines:
        return {}
    kinds = lines[0].split("\t")[1:]
    weights: Weights = {}
    for line in lines[1:]:
        feature, *values = line.split("\t")
        weights[feature] = {k: float(v) for k, v in zip(kinds, values, strict=True) if v != "0"}
    return weights


def format_weights(weights: Weights, kinds: tuple[str, ...]) -> str:
    """The file's text for ``weights`` (the inverse of ``parse_weights``)."""
    rows = ["feature\t" + "\t".join(kinds)]
    for feature, row in sorted(weights.items()):
        rows.append(feature + "\t" + "\t".join(_number(row.get(k, 0.0)) for k in kinds))
    return "\n".join(rows) + "\n"


def _number(value: float) -> str:
    return "0" if value == 0 else f"{value:.4g}"


@cache
def shipped_weights() -> Weights:
    """The weights that ship with followup (read on the first reply classified)."""
    source = resources.files("followup").joinpath(f"data/{WEIGHTS_FILE}")
    return parse_weights(source.read_text(encoding="utf-8")) if source.is_file() else {}
