"""The drafts corpus (benchmarks/drafts/) stays honest: every file is a message the benchmark can check, its
labels are codes and kinds the checker knows, and the corpus is as large and as split as its README says.

The benchmark's figures (precision, recall, the share of clean good messages) are printed by
``benchmarks/checker.py`` and never asserted here: the corpus says what is right, the checker is measured.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.cli.timefmt import parse_moment
from followup.core import codec
from followup.core.compose.context import context_for
from followup.core.drafts import FINDING_KINDS, MESSAGE_ACTIONS
from followup.core.model import EventType, Records
from followup.workdays import calendars_for
from tests.benchmarks.drafts_benchmark import BENCHMARK

ROOT = Path(__file__).resolve().parents[2]
GRAMMAR_KINDS = (
    "agreement", "compound-subject", "their-there", "its-its", "look-forward", "a-an", "repeated-word",
)  # fmt: skip
PRESSURE_KINDS = ("decision", "deadline", "urgency", "leverage", "whether-decided")
REQUIRED_KINDS = tuple(f"W-PROOF/{k}" for k in GRAMMAR_KINDS) + tuple(f"W-TONE/{k}" for k in PRESSURE_KINDS)
PER_PERSON = frozenset({"TY", "TA", "LI", "FL"})  # steps of their own for each recipient


Message = BENCHMARK.Message
MESSAGES = BENCHMARK.corpus()
FAULTY = [m for m in MESSAGES if not m.good]
HOLDOUT = [m for m in MESSAGES if m.split == "holdout"]


@cache
def world(name: str) -> Records:
    records: Records = codec.loads(BENCHMARK.world_text(BENCHMARK.CORPUS, name))
    return records


def test_the_corpus_has_both_splits_and_no_file_in_both() -> None:
    names = Counter(m.path.name for m in MESSAGES)
    assert {m.split for m in MESSAGES} == {"dev", "holdout"}
    assert [n for n, count in names.items() if count > 1] == []


def test_every_world_imports_as_a_followup_export() -> None:
    worlds = sorted(p.stem for p in (BENCHMARK.CORPUS / "worlds").glob("*.json"))
    assert 4 <= len(worlds) <= 6
    countries = {world(name).profile.country for name in worlds}
    assert countries >= {"US", "GB", "CA", "AU"}
    assert {m.world for m in MESSAGES} <= set(worlds)


def test_every_message_names_an_application_a_person_a_message_action_and_a_moment() -> None:
    wrong = []
    for m in MESSAGES:
        records = world(m.world)
        app = records.application(m.application)
        if app is None or app.person(m.to) is None or m.action not in MESSAGE_ACTIONS:
            wrong.append(f"{m.name}: {m.application}/{m.to}/{m.action}")
            continue
        try:
            parse_moment(m.now, ZoneInfo(records.profile.tz))
        except Exception as e:
            wrong.append(f"{m.name}: now {m.now!r}: {e}")
    assert wrong == []


def test_every_message_has_its_plan_step_at_its_moment() -> None:
    """The checker can check it as that step: the plan has the step, for that person, at ``now``."""
    failures = []
    for m in MESSAGES:
        records = world(m.world)
        app = records.application(m.application)
        assert app is not None
        now = parse_moment(m.now, ZoneInfo(records.profile.tz))
        try:
            context_for(records, app.id, m.action, m.to, now, calendars_for(records, [app])[app.id])
        except Exception as e:  # the message names the file; any error is a broken corpus entry
            failures.append(f"{m.name}: {e}")
    assert failures == []


def test_no_message_is_a_second_copy_of_a_note_already_sent() -> None:
    """A message is written before its own step was done: no F1 after the F1 went, no second thank-you."""
    repeats = []
    for m in MESSAGES:
        records = world(m.world)
        app = records.application(m.application)
        assert app is not None
        now = parse_moment(m.now, ZoneInfo(records.profile.tz))
        for event in app.events:
            same_step = m.action not in PER_PERSON or m.to in event.to
            if event.type is EventType.SENT and event.kind == m.action and event.at <= now and same_step:
                repeats.append(f"{m.name}: after {event.id}")
    assert repeats == []


def test_labels_name_content_codes_with_a_kind_exactly_where_the_code_has_kinds() -> None:
    wrong = []
    for m in FAULTY:
        if len(set(m.expect)) != len(m.expect):
            wrong.append(f"{m.name}: a label given twice")
        for label in m.expect:
            code, _, kind = label.partition("/")
            if code not in BENCHMARK.CONTENT_CODES:
                wrong.append(f"{m.name}: {code} is not a draft-content code")
            elif code in FINDING_KINDS and kind not in FINDING_KINDS[code]:
                wrong.append(f"{m.name}: {label} names no kind of {code}")
            elif code not in FINDING_KINDS and kind:
                wrong.append(f"{m.name}: {code} has no kinds ({label})")
    assert wrong == []


def test_at_least_120_good_messages_cover_every_message_kind_and_region() -> None:
    good = [m for m in MESSAGES if m.good]
    assert len(good) >= 120
    assert {m.action for m in good} == set(MESSAGE_ACTIONS)
    assert {world(m.world).profile.country for m in good} >= {"US", "GB", "CA", "AU"}


@pytest.mark.parametrize("label", [*BENCHMARK.CONTENT_CODES, *REQUIRED_KINDS])
def test_every_content_code_and_grammar_and_pressure_kind_has_ten_faults_two_held_apart(label: str) -> None:
    def has(m: Message) -> bool:
        return label in m.expect or label in m.codes

    assert sum(has(m) for m in FAULTY) >= 10
    assert sum(has(m) for m in HOLDOUT) >= 2


def test_the_held_apart_split_is_about_a_fifth_of_good_and_faulty_messages() -> None:
    def share(group: list[Message]) -> float:
        return sum(m.split == "holdout" for m in group) / len(group)

    assert 0.17 <= share(list(MESSAGES)) <= 0.23
    assert 0.15 <= share([m for m in MESSAGES if m.good]) <= 0.25
    assert 0.15 <= share(list(FAULTY)) <= 0.25


def test_a_message_file_without_its_separator_is_refused_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "ty-broken.txt"
    broken.write_text("world: us-boston\napplication: tidewater\n\nDear Ms. Alvarez,\n", encoding="utf-8")
    with pytest.raises(BENCHMARK.CorpusError, match=r"ty-broken\.txt: expected a header"):
        BENCHMARK.read_message(broken, "dev")


def test_an_unknown_header_key_is_refused_with_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "ty-key.txt"
    broken.write_text("world: us-boston\nrecipient: renata\n---\nHello\n", encoding="utf-8")
    with pytest.raises(BENCHMARK.CorpusError, match=r"ty-key\.txt:2: expected one of world"):
        BENCHMARK.read_message(broken, "dev")
