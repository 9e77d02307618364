"""Regenerate ``src/followup/data/reply_weights.tsv``: the learned part of the reply classifier.

Trains ``followup.core.learning`` (multinomial logistic regression and naive Bayes, in plain Python,
deterministic)
on every message of the replies corpus's development split (``benchmarks/replies/dev``, our own writing),
read exactly as ``followup inbox classify`` reads a file, and writes the weights. The held-apart fifth
(``holdout/``) is never read. Run it after the development split changes:

    .venv/bin/python scripts/train_replies.py

then measure with ``benchmarks/replies.py --folds 5`` (development, cross-validated) and, once per round,
``--split holdout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from replies import cases, train_on  # noqa: E402

from followup.core.learning import format_weights  # noqa: E402
from followup.core.replies.classify import TEXT_KINDS  # noqa: E402
from followup.core.replies.learned import BAYES_FILE, WEIGHTS_FILE  # noqa: E402

OUT = ROOT / "src" / "followup" / "data" / WEIGHTS_FILE
BAYES = ROOT / "src" / "followup" / "data" / BAYES_FILE


def main() -> int:
    found = cases("dev")
    learned = train_on(found)
    OUT.write_text(format_weights(learned.weights, TEXT_KINDS), encoding="utf-8")
    BAYES.write_text(format_weights(learned.bayes, TEXT_KINDS), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(learned.weights)} features from {len(found)} messages")
    print(f"{BAYES.relative_to(ROOT)}: {len(learned.bayes)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
