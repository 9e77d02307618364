"""Regenerate ``src/followup/data/presumption_weights.tsv``: C-13's learned reading of a LinkedIn note.

Trains ``followup.core.learning`` on every LinkedIn note (action LI) of the drafts corpus's development split
(``benchmarks/drafts/dev``, our own writing): a note labelled W-OVERCONFIDENT presumes, every other note is
fine. The held-apart fifth (``holdout/``) is never read. With ``--folds K`` it first prints, for a few
thresholds, the recall and false alarms of the phrase classes together with weights trained on the other
folds (cross-validation), which is how ``THRESHOLD`` in ``core/checks/presumption_model.py`` was chosen.

    .venv/bin/python scripts/train_presumption.py [--folds 5]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from checker import Message, corpus  # noqa: E402

from followup.core.checks.presumption import OVERCONFIDENT, presumed_belonging, presumed_start  # noqa: E402
from followup.core.checks.presumption_model import (  # noqa: E402
    KINDS,
    WEIGHTS_FILE,
    note_features,
    pictures_no_future,
    presumption,
)
from followup.core.learning import Settings, Weights, format_weights, train  # noqa: E402

OUT = ROOT / "src" / "followup" / "data" / WEIGHTS_FILE
SETTINGS = Settings(min_count=1, normalise=False)


def notes() -> list[Message]:
    return [m for m in corpus(splits=("dev",)) if m.action == "LI"]


def label(message: Message) -> str:
    return "presumes" if "W-OVERCONFIDENT" in message.codes else "fine"


def train_on(found: list[Message]) -> Weights:
    return train(
        [(note_features(m.text.decode(), _by_phrases(m.text.decode())), label(m)) for m in found],
        KINDS,
        SETTINGS,
    )


def _by_phrases(text: str) -> bool:
    """Whether C-13's phrase classes find the note presuming (as ``checks.content`` asks them)."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return bool(
        OVERCONFIDENT.search(text) or any(presumed_start(s) or presumed_belonging(s) for s in sentences)
    )


def _as_checked(text: str, weights: Weights) -> float:
    """The note's score as ``checks.content`` uses it: nothing when its likeliest sentence pictures no
    future (told in the past, or looking forward only to a courtesy)."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    likeliest = max(sentences, key=lambda s: presumption(s, weights))
    return 0.0 if pictures_no_future(likeliest) else presumption(text, weights)


def cross_validate(found: list[Message], folds: int) -> None:
    scores: list[float] = [0.0] * len(found)
    phrases = [_by_phrases(m.text.decode()) for m in found]
    for fold in range(folds):
        weights = train_on([m for i, m in enumerate(found) if i % folds != fold])
        for i, m in enumerate(found):
            if i % folds == fold and not _by_phrases(m.text.decode()):
                scores[i] = _as_checked(m.text.decode(), weights)
    presuming = sum(1 for m in found if label(m) == "presumes")
    print(f"{len(found)} notes, {presuming} presume; {folds}-fold cross-validation")
    alone = sum(1 for p, m in zip(phrases, found, strict=True) if p and label(m) == "presumes")
    false_alone = sum(1 for p, m in zip(phrases, found, strict=True) if p and label(m) == "fine")
    print(f"  phrases alone: recall {alone}/{presuming}, false alarms {false_alone}")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        said = [p or s >= threshold for p, s in zip(phrases, scores, strict=True)]
        found_right = sum(1 for s, m in zip(said, found, strict=True) if s and label(m) == "presumes")
        false = sum(1 for s, m in zip(said, found, strict=True) if s and label(m) == "fine")
        print(f"  threshold {threshold}: recall {found_right}/{presuming}, false alarms {false}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=0)
    args = parser.parse_args()
    found = notes()
    if args.folds > 1:
        cross_validate(found, args.folds)
    weights = train_on(found)
    OUT.write_text(format_weights(weights, KINDS), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(weights)} features from {len(found)} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
