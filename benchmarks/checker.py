"""Is the checker right when it speaks? The drafts corpus (benchmarks/drafts/) run through the real checker.

Every message of the corpus is checked exactly as ``followup check FILE --application A --action X --to P
--now T`` checks it: the world's records read by ``codec.loads`` (what ``followup import`` reads), the
message read by ``services.text_check.read_source`` (what reading a file does), and
``services.text_check.check_source`` over both. Only WARN and BLOCK findings count: a NOTE is information.

What it prints, for the development split, the held-apart fifth and both together:

* the share of good messages (``expect: none``) with no WARN or BLOCK finding;
* precision per code and overall: a code the checker raises on a message whose label has that code is a
  true positive, anywhere else (a good message, or a faulty one labelled with other codes) a false
  positive. Each code counts once per message, however many findings carry it. Kinds are counted
  likewise as ``code/kind`` where the finding names one (``TextFinding.kind``);
* recall per code and per kind on the faulty messages: of the messages labelled with it, the share where
  the checker raised it;
* the targets: at least 95 % of good messages clean, recall at least 0.9 for every code and kind that
  has faults in the split, each with PASS or MISS.

``--split dev|holdout|all`` (default all: every split, then the whole), ``--by-batch`` (the development
split also per batch of the corpus, ``dev-b1`` to ``dev-b5``, read from the file name: each batch was
written by another writer, so a rule that holds on the batches it was not written for generalises),
``--verbose`` (each false
alarm and each miss: file, code, the checker's message), ``--json`` (the figures as one JSON document
instead of the text). The exit status is 0 whether the targets pass or miss; it is 1 when a message of
the corpus could not be checked (the figures are still printed, with that message counted as failing),
and 2 when the corpus cannot be read at all.

The corpus format is read here and only here (``read_message``); the corpus test uses it too.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "drafts"
SPLITS = ("dev", "holdout")
HEADER_KEYS = ("world", "application", "action", "to", "now", "expect", "note")
REQUIRED_KEYS = ("world", "application", "action", "to", "now", "expect")

# The draft-content codes the checker can raise (PLAYBOOK §1.8): what a label may name.
CONTENT_CODES = (
    "W-GENERIC", "W-DUP-CONTENT", "W-MISSING-ELEMENT", "W-INDEPTH", "W-LENGTH", "W-SUBJECT", "W-SIGNATURE",
    "W-GREETING", "W-SIGNOFF", "W-PROOF", "W-TONE", "W-OVERCONFIDENT", "W-PERMISSION", "W-LAST-TOUCH",
    "W-EARLY", "W-VOICEMAIL-LONG", "W-SLOTS",
)  # fmt: skip
GOOD_CLEAN_TARGET = 0.95
RECALL_TARGET = 0.9


class CorpusError(Exception):
    """A corpus file that does not follow the format: the file and what is wrong, in one line."""


@dataclass(frozen=True)
class Message:
    """One message of the corpus: its header and its text, exactly as the candidate would write it."""

    path: Path
    split: str  # dev or holdout
    world: str
    application: str
    action: str
    to: str
    now: str
    expect: tuple[str, ...]  # labels: "W-PROOF/agreement", "W-GREETING"; () for a good message
    note: str
    text: bytes

    @property
    def name(self) -> str:
        return f"{self.split}/{self.path.name}"

    @property
    def good(self) -> bool:
        return not self.expect

    @property
    def batch(self) -> int:
        """The batch the message was written in: ``...-b2-<n>.txt`` onwards name it, the first none."""
        return batch_of(self.path.name)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(label.split("/", 1)[0] for label in self.expect)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(label for label in self.expect if "/" in label)


_BATCH = re.compile(r"-b([1-9][0-9]*)-\d+\.txt$")


def batch_of(name: str) -> int:
    """1 for a file of the first batch (no suffix), else the number in ``-b<k>-<n>.txt``."""
    found = _BATCH.search(name)
    return int(found.group(1)) if found else 1


def read_message(path: Path, split: str = "") -> Message:
    """A corpus file: ``key: value`` header lines, a line ``---``, then the message (see the README)."""
    raw = path.read_bytes()
    head, sep, text = raw.partition(b"\n---\n")
    if not sep:
        raise CorpusError(f"{path}: expected a header, a line '---', then the message")
    header: dict[str, str] = {}
    for n, line in enumerate(head.decode("utf-8").split("\n"), start=1):
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or key not in HEADER_KEYS:
            raise CorpusError(f"{path}:{n}: expected one of {', '.join(HEADER_KEYS)} (got {line!r})")
        if key in header:
            raise CorpusError(f"{path}:{n}: {key} is given twice")
        header[key] = value.strip()
    absent = [k for k in REQUIRED_KEYS if not header.get(k)]
    if absent:
        raise CorpusError(f"{path}: the header lacks {', '.join(absent)}")
    if not text.strip():
        raise CorpusError(f"{path}: the message is empty")
    expect = header["expect"].split()
    if expect == ["none"]:
        expect = []
    elif "none" in expect:
        raise CorpusError(f"{path}: expect is 'none' or a list of codes, not both")
    return Message(
        path=path,
        split=split or path.parent.name,
        world=header["world"],
        application=header["application"],
        action=header["action"].upper(),
        to=header["to"],
        now=header["now"],
        expect=tuple(expect),
        note=header.get("note", ""),
        text=text,
    )


def corpus(root: Path = CORPUS, splits: Iterable[str] = SPLITS) -> list[Message]:
    """Every message of the given splits, in file-name order."""
    found = []
    for split in splits:
        found += [read_message(p, split) for p in sorted((root / split).glob("*.txt"))]
    return found


@cache
def world_text(root: Path, world: str) -> str:
    return (root / "worlds" / f"{world}.json").read_text(encoding="utf-8")


# --- checking ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Raised:
    label: str  # "W-PROOF" or "W-PROOF/agreement"
    code: str
    message: str


@dataclass
class Result:
    message: Message
    raised: list[Raised] = field(default_factory=list)  # WARN and BLOCK findings
    error: str = ""  # the message could not be checked

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(r.code for r in self.raised)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(r.label for r in self.raised if "/" in r.label)


@cache
def _records(root: Path, world: str) -> Any:
    from followup.core import codec

    return codec.loads(world_text(root, world))


def check(message: Message, root: Path = CORPUS) -> Result:
    """The message through the real checker, as ``followup check FILE`` runs it."""
    from followup.cli.timefmt import parse_moment
    from followup.core.errors import FollowupError
    from followup.services.people import find_person
    from followup.services.text_check import check_source, read_source

    try:
        records = _records(root, message.world)
        app = records.application(message.application)
        if app is None:
            return Result(message, error=f"no application {message.application!r} in {message.world}")
        person = find_person(app, message.to)
        now = parse_moment(message.now, ZoneInfo(records.profile.tz))
        source = read_source(message.text, str(message.path))
        checked = check_source(records, app, message.action, person.id, source, now)
    except (FollowupError, OSError, ValueError) as e:
        return Result(message, error=f"{type(e).__name__}: {e}")
    raised = [
        Raised(f"{f.code}/{f.kind}" if f.kind else f.code, f.code, f.message)
        for f in checked.findings
        if f.severity.value in ("WARN", "BLOCK")
    ]
    return Result(message, raised)


# --- scoring -------------------------------------------------------------------------------------------
@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    labelled: int = 0  # faulty messages carrying the label
    found: int = 0  # of those, the ones where the checker raised it

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.found / self.labelled if self.labelled else None


@dataclass
class Score:
    split: str
    messages: int = 0
    good: int = 0
    good_clean: int = 0
    errors: list[str] = field(default_factory=list)
    codes: dict[str, Tally] = field(default_factory=dict)
    kinds: dict[str, Tally] = field(default_factory=dict)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)  # file, label, message
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # file, label, note

    @property
    def good_share(self) -> float | None:
        return self.good_clean / self.good if self.good else None

    def overall(self) -> Tally:
        return Tally(tp=sum(t.tp for t in self.codes.values()), fp=sum(t.fp for t in self.codes.values()))

    def targets(self) -> list[tuple[str, float | None, float, bool]]:
        """(what, measured, target, met) for the share of clean good messages and every recall."""
        rows = [("good messages clean", self.good_share, GOOD_CLEAN_TARGET, _met(self.good_share, 0.95))]
        for name, tallies in (("code", self.codes), ("kind", self.kinds)):
            for label in sorted(tallies):
                recall = tallies[label].recall
                if recall is not None:
                    rows.append((f"recall {name} {label}", recall, RECALL_TARGET, recall >= RECALL_TARGET))
        return rows


def _met(value: float | None, target: float) -> bool:
    return value is not None and value >= target


def score(results: Sequence[Result], split: str) -> Score:
    s = Score(split)
    for r in results:
        m = r.message
        s.messages += 1
        if r.error:
            s.errors.append(f"{m.name}: {r.error}")
        if m.good:
            s.good += 1
            s.good_clean += not r.raised and not r.error
        _count(s.codes, m.codes, r.codes, m, r, by_kind=False, score=s)
        _count(s.kinds, m.kinds, r.kinds, m, r, by_kind=True, score=s)
    return s


def _count(
    tallies: dict[str, Tally],
    wanted: frozenset[str],
    raised: frozenset[str],
    m: Message,
    r: Result,
    *,
    by_kind: bool,
    score: Score,
) -> None:
    for label in wanted:
        tally = tallies.setdefault(label, Tally())
        tally.labelled += 1
        if label in raised:
            tally.found += 1
        elif by_kind or not any(k.startswith(label + "/") for k in m.kinds):
            score.misses.append((m.name, label, m.note))
    if by_kind:
        # A kind the label does not have is a false alarm only when its code is not labelled either:
        # the code-level count already says whether the code was right.
        for label in raised:
            tally = tallies.setdefault(label, Tally())
            if label in wanted:
                tally.tp += 1
            else:
                tally.fp += 1
        return
    for code in raised:
        tally = tallies.setdefault(code, Tally())
        if code in wanted:
            tally.tp += 1
        else:
            tally.fp += 1
            for found in r.raised:
                if found.code == code:
                    score.false_alarms.append((m.name, found.label, found.message))


# --- output --------------------------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.1%}"


def _ratio(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def text_report(s: Score, verbose: bool) -> str:
    lines = [f"== {s.split}: {s.messages} messages, {s.good} good, {s.messages - s.good} faulty"]
    lines.append(
        f"good messages with no WARN or BLOCK: {s.good_clean}/{s.good} ({_pct(s.good_share).strip()})"
    )
    overall = s.overall()
    lines.append(
        f"precision overall: {_ratio(overall.precision).strip()} ({overall.tp} right, {overall.fp} false)"
    )
    lines.append(f"{'code or kind':<32} {'precision':>9} {'TP':>4} {'FP':>4}   {'recall':>6} {'found':>9}")
    for tallies in (s.codes, s.kinds):
        for label in sorted(tallies):
            t = tallies[label]
            found = f"{t.found}/{t.labelled}" if t.labelled else ""
            lines.append(
                f"{label:<32} {_ratio(t.precision):>9} {t.tp:>4} {t.fp:>4}   {_ratio(t.recall):>6} {found:>9}"
            )
    lines.append("targets:")
    for what, value, target, met in s.targets():
        shown = _pct(value) if what.startswith("good") else _ratio(value)
        lines.append(f"  {'PASS' if met else 'MISS'}  {what}: {shown.strip()} (target {target:g})")
    for error in s.errors:
        lines.append(f"  ERROR {error}")
    if verbose:
        lines.append("false alarms:")
        lines += [f"  {name}  {label}  {message}" for name, label, message in sorted(s.false_alarms)]
        lines.append("misses:")
        lines += [f"  {name}  {label}  ({note})" for name, label, note in sorted(s.misses)]
    return "\n".join(lines)


def batch_table(scores: Sequence[Score]) -> str:
    """One line per code and kind, one column per batch: the recall each batch gives it (found/labelled),
    and the share of clean good messages on top. Where a label's recall differs across batches, the rule
    behind it fits the wording of some writers and not others."""
    names = [s.split.removeprefix("dev-") for s in scores]
    lines = [f"== dev by batch: {'  '.join(f'{n:>9}' for n in names)}"]
    lines.append(
        f"{'good messages clean':<32}"
        + "  ".join(f"{s.good_clean:>4}/{s.good:<4}" if s.good else f"{'':>9}" for s in scores)
    )
    labels = sorted({label for s in scores for label in (*s.codes, *s.kinds)})
    for label in labels:
        cells = []
        for s in scores:
            t = s.kinds.get(label) if "/" in label else s.codes.get(label)
            cells.append(f"{t.found:>4}/{t.labelled:<4}" if t and t.labelled else f"{'':>9}")
        if any(c.strip() for c in cells):
            lines.append(f"{label:<32}" + "  ".join(cells))
    return "\n".join(lines)


def json_report(s: Score, verbose: bool) -> dict[str, Any]:
    def tallies(group: dict[str, Tally]) -> dict[str, Any]:
        return {
            label: {
                "tp": t.tp,
                "fp": t.fp,
                "precision": t.precision,
                "labelled": t.labelled,
                "found": t.found,
                "recall": t.recall,
            }
            for label, t in sorted(group.items())
        }

    overall = s.overall()
    data: dict[str, Any] = {
        "messages": s.messages,
        "good": s.good,
        "good_clean": s.good_clean,
        "good_clean_share": s.good_share,
        "precision": {"tp": overall.tp, "fp": overall.fp, "overall": overall.precision},
        "codes": tallies(s.codes),
        "kinds": tallies(s.kinds),
        "targets": [
            {"what": what, "value": value, "target": target, "met": met}
            for what, value, target, met in s.targets()
        ],
        "errors": s.errors,
    }
    if verbose:
        data["false_alarms"] = [{"file": f, "label": lab, "message": msg} for f, lab, msg in s.false_alarms]
        data["misses"] = [{"file": f, "label": lab, "note": note} for f, lab, note in s.misses]
    return data


def seen_in_development(root: Path) -> frozenset[str]:
    """Held-apart files read while the checker was developed (``seen.txt``): reported apart as well."""
    path = root / "seen.txt"
    if not path.is_file():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--by-batch", action="store_true", help="the development split also per batch")
    parser.add_argument("--verbose", action="store_true", help="each false alarm and miss")
    parser.add_argument("--json", action="store_true", help="the figures as one JSON document")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    try:
        messages = corpus(args.corpus, splits)
    except (CorpusError, OSError, UnicodeDecodeError) as e:
        print(f"benchmarks/checker.py: cannot read the corpus: {e}", file=sys.stderr)
        return 2
    if not messages:
        print(f"benchmarks/checker.py: no messages in {args.corpus} ({', '.join(splits)})", file=sys.stderr)
        return 2
    results = [check(m, args.corpus) for m in messages]
    groups = [(split, [r for r in results if r.message.split == split]) for split in splits]
    seen = seen_in_development(args.corpus)
    if "holdout" in splits and seen:
        unseen = [r for r in results if r.message.split == "holdout" and r.message.path.stem not in seen]
        groups.insert(splits.index("holdout") + 1, ("holdout-unseen", unseen))
    if args.by_batch and "dev" in splits:
        dev = [r for r in results if r.message.split == "dev"]
        batches = sorted({r.message.batch for r in dev})
        at = [name for name, _ in groups].index("dev") + 1
        groups[at:at] = [(f"dev-b{b}", [r for r in dev if r.message.batch == b]) for b in batches]
    if len(splits) > 1:
        groups.append(("all", results))
    scores = [score(rs, name) for name, rs in groups]
    if args.json:
        print(json.dumps({s.split: json_report(s, args.verbose) for s in scores}, indent=2))
    else:
        print("\n\n".join(text_report(s, args.verbose) for s in scores))
        by_batch = [s for s in scores if s.split.startswith("dev-b")]
        if by_batch:
            print("\n" + batch_table(by_batch))
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
