"""Regenerate ``src/followup/data/presumption_weights.tsv``: C-13's learned reading of a LinkedIn note.

Trains ``followup.core.learning`` on every LinkedIn note (action LI) of the drafts corpus's development split
(``benchmarks/drafts/dev``, our own writing): a note labelled W-OVERCONFIDENT presumes, every other note is
fine. The held-apart fifth (``holdout/``) is never read. With ``--folds K`` it first prints, for a few
thresholds, the recall and false alarms of the phrase classes together with weights trained on the other
folds (cross-validation), which is how ``THRESHOLD`` in ``core/checks/presumption_model.py`` was chosen.
With ``--by-batch`` it trains, for each batch of the corpus, on the notes of the other batches and measures
the batch left out: each batch was written by another writer in words the others never used, so this is the
honest figure of how the reading carries over to notes nobody trained it on (``--show`` lists the notes read
wrongly: missed, or raised by mistake).

    .venv/bin/python scripts/train_presumption.py [--folds 5] [--by-batch [--show]]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from checker import Message, corpus  # noqa: E402

from followup.core.checks.base import company_core  # noqa: E402
from followup.core.checks.presumption import OVERCONFIDENT, presumed_belonging, presumed_start  # noqa: E402
from followup.core.checks.presumption_model import (  # noqa: E402
    KINDS,
    THRESHOLD,
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


@cache
def _company(world: str, application: str) -> str:
    record = json.loads((ROOT / "benchmarks" / "drafts" / "worlds" / f"{world}.json").read_text("utf-8"))
    (found,) = [a for a in record["applications"] if a["id"] == application]
    return company_core(str(found["company"]["name"]))


def company(message: Message) -> str:
    """The employer the note is written to, by the name people write (as ``checks.content`` passes it)."""
    return _company(message.world, message.application)


def label(message: Message) -> str:
    return "presumes" if "W-OVERCONFIDENT" in message.codes else "fine"


def train_on(found: list[Message]) -> Weights:
    return train(
        [(note_features(m.text.decode(), _by_phrases(m.text.decode()), company(m)), label(m)) for m in found],
        KINDS,
        SETTINGS,
    )


def _by_phrases(text: str) -> bool:
    """Whether C-13's phrase classes find the note presuming (as ``checks.content`` asks them)."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return bool(
        OVERCONFIDENT.search(text) or any(presumed_start(s) or presumed_belonging(s) for s in sentences)
    )


def _as_checked(text: str, weights: Weights, employer: str) -> float:
    """The note's score as ``checks.content`` uses it: nothing when its likeliest sentence pictures no
    future (told in the past, or looking forward only to a courtesy)."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    likeliest = max(sentences, key=lambda s: presumption(s, weights, employer))
    return 0.0 if pictures_no_future(likeliest) else presumption(text, weights, employer)


def cross_validate(found: list[Message], folds: int, show: bool) -> None:
    scores: list[float] = [0.0] * len(found)
    phrases = [_by_phrases(m.text.decode()) for m in found]
    for fold in range(folds):
        weights = train_on([m for i, m in enumerate(found) if i % folds != fold])
        for i, m in enumerate(found):
            if i % folds == fold and not _by_phrases(m.text.decode()):
                scores[i] = _as_checked(m.text.decode(), weights, company(m))
    presuming = sum(1 for m in found if label(m) == "presumes")
    print(f"{len(found)} notes, {presuming} presume; {folds}-fold cross-validation")
    alone = sum(1 for p, m in zip(phrases, found, strict=True) if p and label(m) == "presumes")
    false_alone = sum(1 for p, m in zip(phrases, found, strict=True) if p and label(m) == "fine")
    print(f"  phrases alone: recall {alone}/{presuming}, false alarms {false_alone}")
    for score, m in zip(scores, found, strict=True):
        if show and (score >= THRESHOLD) != (label(m) == "presumes") and not _by_phrases(m.text.decode()):
            what = "raised" if score >= THRESHOLD else "missed"
            print(f"    {what} {m.path.name} ({score:.2f}): {m.text.decode().strip()}")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        said = [p or s >= threshold for p, s in zip(phrases, scores, strict=True)]
        found_right = sum(1 for s, m in zip(said, found, strict=True) if s and label(m) == "presumes")
        false = sum(1 for s, m in zip(said, found, strict=True) if s and label(m) == "fine")
        print(f"  threshold {threshold}: recall {found_right}/{presuming}, false alarms {false}")


def leave_one_batch_out(found: list[Message], show: bool) -> None:
    """Each batch measured by weights trained on the other batches (see the module)."""
    print(f"leave one batch out, threshold {THRESHOLD}: recall and false alarms of the batch left out")
    total_right = total_presuming = total_false = 0
    for batch in sorted({m.batch for m in found}):
        weights = train_on([m for m in found if m.batch != batch])
        left_out = [m for m in found if m.batch == batch]
        presuming = sum(1 for m in left_out if label(m) == "presumes")
        right = false = alone = 0
        for m in left_out:
            text = m.text.decode()
            by_phrases = _by_phrases(text)
            score = 1.0 if by_phrases else _as_checked(text, weights, company(m))
            said = score >= THRESHOLD
            alone += by_phrases and label(m) == "presumes"
            right += said and label(m) == "presumes"
            false += said and label(m) == "fine"
            if show and said != (label(m) == "presumes"):
                what = "raised" if said else "missed"
                how = "phrases" if by_phrases else f"{score:.2f}"
                print(f"    {what} {m.path.name} ({how}): {text.strip()}")
        total_right, total_presuming, total_false = (
            total_right + right,
            total_presuming + presuming,
            total_false + false,
        )
        fine = len(left_out) - presuming
        print(f"  b{batch}: recall {right}/{presuming} (phrases alone {alone}), false alarms {false}/{fine}")
    print(f"  all: recall {total_right}/{total_presuming}, false alarms {total_false}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--by-batch", action="store_true", help="leave each batch out in turn")
    parser.add_argument("--show", action="store_true", help="with --folds or --by-batch: the notes misread")
    args = parser.parse_args()
    found = notes()
    if args.folds > 1:
        cross_validate(found, args.folds, args.show)
    if args.by_batch:
        leave_one_batch_out(found, args.show)
    weights = train_on(found)
    OUT.write_text(format_weights(weights, KINDS), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(weights)} features from {len(found)} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
