"""Regenerate ``src/followup/data/pressure_weights.tsv``: the learned reading of pressure (C-20, K17).

Trains ``followup.core.learning`` on every message of the drafts corpus's development split
(``benchmarks/drafts/dev``, our own writing); the held-apart fifth (``holdout/``) is never read. A message
labelled ``W-TONE/<kind>`` has one pressing sentence: the one its note quotes, else the one a model
trained on whole messages finds likeliest (see ``core/checks/pressure_model.py``); every other sentence,
and every sentence of the other messages, is fine. Two models come out, one file: whether a sentence
presses, and (trained on the pressing sentences) which kind.

With ``--folds K`` it prints, for a few thresholds, recall and false alarms of the learned reading with
weights trained on the other folds; with ``--by-batch`` it trains, for each batch, on the other batches and
measures the batch left out (the honest figure: each batch was written by another writer). Both print the
reading alone and together with the checker's patterns (the patterns were tuned on every batch, so the
second figure flatters them). ``THRESHOLD`` in ``pressure_model`` was chosen by ``--by-batch``: the most
recall with no more than one new false alarm on good messages. ``--show`` lists the messages misread.

    .venv/bin/python scripts/train_pressure.py [--folds 5] [--by-batch [--show]]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from checker import CORPUS, Message, corpus, world_text  # noqa: E402

from followup.cli.timefmt import parse_moment  # noqa: E402
from followup.core import codec  # noqa: E402
from followup.core.checks.pressure import LEARNED  # noqa: E402
from followup.core.checks.pressure_model import (  # noqa: E402
    KIND_PREFIX,
    KINDS,
    PRESSES,
    THRESHOLD,
    WEIGHTS_FILE,
    likeliest,
    sentence_features,
    sentences_of,
)
from followup.core.drafts import TextFinding  # noqa: E402
from followup.core.learning import Settings, Weights, format_weights, train  # noqa: E402
from followup.services.people import find_person  # noqa: E402
from followup.services.text_check import check_source, read_source  # noqa: E402

OUT = ROOT / "src" / "followup" / "data" / WEIGHTS_FILE
SETTINGS = Settings(epochs=12, min_count=2)
KIND_SETTINGS = Settings(epochs=30, min_count=2, normalise=False)


@dataclass(frozen=True)
class Example:
    message: Message
    sentences: tuple[str, ...]
    kind: str  # the W-TONE kind labelled, "" when none
    raised: frozenset[str]  # the W-TONE kinds the checker's patterns raise on it
    located: int | None  # the sentence holding the patterns' W-TONE finding, when they raise one


def examples() -> list[Example]:
    """Every development message, with what the checker's patterns say about its tone (the learned
    reading's own findings left out)."""
    found: list[Example] = []
    for m in corpus(splits=("dev",)):
        text = read_source(m.text, str(m.path)).text
        spans = sentences_of(text)
        kinds = sorted(k.split("/", 1)[1] for k in m.expect if k.startswith("W-TONE/"))
        tone = [f for f in _findings(m) if f.code == "W-TONE" and not f.message.startswith(LEARNED)]
        located = next(
            (i for f in tone for i, s in enumerate(spans) if s.start <= f.start < max(s.end, s.start + 1)),
            None,
        )
        raised = frozenset(f"W-TONE/{f.kind}" if f.kind else "W-TONE" for f in tone)
        found.append(Example(m, tuple(s.text for s in spans), kinds[0] if kinds else "", raised, located))
    return found


@cache
def _records(world: str) -> Any:
    return codec.loads(world_text(CORPUS, world))


def _findings(message: Message) -> list[TextFinding]:
    """The message through the real checker, as ``benchmarks/checker.py`` runs it, with the spans."""
    records = _records(message.world)
    app = records.application(message.application)
    person = find_person(app, message.to)
    now = parse_moment(message.now, ZoneInfo(records.profile.tz))
    source = read_source(message.text, str(message.path))
    checked = check_source(records, app, message.action, person.id, source, now)
    return [f for f in checked.findings if f.severity.value in ("WARN", "BLOCK")]


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def quoted(example: Example) -> int | None:
    """The sentence the note quotes (its planted words), when exactly one holds a quote's start."""
    for quote in re.findall(r"'([^']{12,})'", example.message.note.replace("’", "'")):
        start = _plain(quote)[:30]
        holding = [i for i, s in enumerate(example.sentences) if start in _plain(s)]
        if len(holding) == 1:
            return holding[0]
    return None


def train_on_located(found: Sequence[Example]) -> Weights:
    rows: list[tuple[list[str], str]] = []
    for e in found:
        at = (e.located if e.located is not None and e.raised else quoted(e)) if e.kind else None
        rows += [
            (sentence_features(s, e.message.action), "presses" if i == at else "fine")
            for i, s in enumerate(e.sentences)
        ]
    return train(rows, PRESSES, SETTINGS)


def train_on(found: Sequence[Example]) -> Weights:
    """Both models from ``found`` (see the module); deterministic for the same messages."""
    # the pressing sentence of a message the patterns miss and the note does not quote: the likeliest by
    # a model of the sentences found so far
    known = [e for e in found if not e.kind or e.located is not None or quoted(e) is not None]
    whole = train_on_located(known) if len(known) < len(found) else {}
    rows: list[tuple[list[str], str]] = []
    pressing: list[tuple[list[str], str]] = []
    for e in found:
        action = e.message.action
        feats = [sentence_features(s, action) for s in e.sentences]
        at = None
        if e.kind and feats:
            at = e.located if e.located is not None and e.raised else quoted(e)
            if at is None:
                picked = likeliest(e.sentences, action, whole, every=True)
                at = picked[0] if picked else 0
            pressing.append((sentence_features(e.sentences[at], action, kinds=True), e.kind))
        rows += [(f, "presses" if i == at else "fine") for i, f in enumerate(feats)]
    presses = train(rows, PRESSES, SETTINGS)
    kinds = train(pressing, KINDS, KIND_SETTINGS)
    return {**presses, **{KIND_PREFIX + f: row for f, row in kinds.items()}}


def reading(e: Example, weights: Weights) -> tuple[float, str, str]:
    """The message's score, kind and likeliest sentence under ``weights``."""
    picked = likeliest(e.sentences, e.message.action, weights)
    if picked is None:
        return 0.0, "", ""
    at, read = picked
    return read.presses, read.kind, e.sentences[at]


@dataclass
class Tally:
    labelled: int = 0
    found_alone: int = 0
    found_with: int = 0
    patterns: int = 0
    false_alone: int = 0
    false_with: int = 0  # new false alarms on good messages (the patterns passed them)
    false_faulty: int = 0  # new false alarms on messages with other faults
    good: int = 0


def measure(
    scored: Sequence[tuple[Example, float, str, str]],
    threshold: float,
    show: bool,
) -> tuple[Tally, Counter[str], Counter[str]]:
    tally = Tally()
    per_kind: Counter[str] = Counter()
    per_kind_found: Counter[str] = Counter()
    for e, score, kind, sentence in scored:
        said = score >= threshold
        by = e.raised
        good = not e.message.expect
        if e.kind:
            tally.labelled += 1
            per_kind[e.kind] += 1
            tally.patterns += bool(by)
            tally.found_alone += said
            with_kind = f"W-TONE/{e.kind}" in by or (not by and said and kind == e.kind)
            tally.found_with += bool(by) or said
            per_kind_found[e.kind] += with_kind
            if show and not by and not said:
                print(f"    missed {e.message.path.name} {e.kind} ({score:.2f} {kind}): {sentence.strip()}")
        else:
            tally.good += good
            tally.false_alone += said
            if said and not by:
                tally.false_with += good
                tally.false_faulty += not good
                if show:
                    print(f"    raised {e.message.path.name} ({score:.2f} {kind}): {sentence.strip()}")
    return tally, per_kind, per_kind_found


def report(name: str, tally: Tally, per_kind: Counter[str], per_kind_found: Counter[str]) -> None:
    kinds = ", ".join(f"{k} {per_kind_found[k]}/{per_kind[k]}" for k in KINDS if per_kind[k])
    print(
        f"  {name}: recall alone {tally.found_alone}/{tally.labelled}, with patterns {tally.found_with}/"
        f"{tally.labelled} (patterns {tally.patterns}); false alarms alone {tally.false_alone}, new on good"
        f" messages {tally.false_with}/{tally.good}, on faulty ones {tally.false_faulty}; kinds named right"
        f" with patterns: {kinds}"
    )


THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.97)


def held_out(found: Sequence[Example], groups: Sequence[int], show: bool, prefix: str = "b") -> None:
    scored: list[tuple[Example, float, str, str]] = []
    for group in sorted(set(groups)):
        weights = train_on([e for e, g in zip(found, groups, strict=True) if g != group])
        left_out = [e for e, g in zip(found, groups, strict=True) if g == group]
        batch = [(e, *reading(e, weights)) for e in left_out]
        scored += batch
        report(f"{prefix}{group}", *measure(batch, THRESHOLD, show))
    print(f"  all, threshold {THRESHOLD}:")
    report("all", *measure(scored, THRESHOLD, False))
    for threshold in THRESHOLDS:
        tally, _, _ = measure(scored, threshold, False)
        print(
            f"  threshold {threshold}: recall alone {tally.found_alone}/{tally.labelled}, with patterns"
            f" {tally.found_with}/{tally.labelled}; new false alarms on good messages {tally.false_with}, on"
            f" faulty ones {tally.false_faulty}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--by-batch", action="store_true", help="leave each batch out in turn")
    parser.add_argument(
        "--show", action="store_true", help="with --folds or --by-batch: the messages misread"
    )
    args = parser.parse_args()
    found = examples()
    if args.folds > 1:
        print(f"{args.folds}-fold cross-validation, threshold {THRESHOLD}")
        held_out(found, [i % args.folds for i in range(len(found))], args.show, "fold ")
    if args.by_batch:
        print(f"leave one batch out, threshold {THRESHOLD}: each batch by weights trained on the others")
        held_out(found, [e.message.batch for e in found], args.show)
    weights = train_on(found)
    OUT.write_text(format_weights(weights, (*PRESSES, *KINDS)), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(weights)} features from {len(found)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
