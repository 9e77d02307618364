"""The notes of one thank-you round read as written to each reader (issue 8): measured on the README
tour's store (examples/invite.ics, examples/cards.vcf, and the tour's own person edits and debrief) and
on PLAYBOOK §4 S07's panel (tests/scenarios/S07.json).

- Distinct: word-bigram Jaccard between any two bodies of the round (greeting, closing and signature
  removed) is at most 0.25.
- About the reader: where a reader has material of their own (talking points, or a piece of the debrief
  that their note alone carries), at least a third of the body's content words come from it: their
  talking points, their title, and the debrief text found in their note and in no other note of the
  round. Content words are the checker's (``checks.base.content_words``: stopwords and courtesy words
  such as "thank", "interview", "look forward" left out).
- Where a reader has none, the note is shorter and ``missing`` names the command that adds it.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from followup.core.checks.base import content_words
from tests.cli.conftest import invoke, ok
from tests.cli.test_readme_tour import ROOT, tour_lines
from tests.cli.test_readme_tour import run as run_tour_line

NOW = "2026-11-24T14:00"  # the tour's moment: the interview day, after the interview
S07_NOW = "2026-05-12T12:30"  # S07's "now"
JACCARD_MAX = 0.25
SHARE_MIN = 1 / 3


def body_of(text: str) -> str:
    """The body of a composed email: the blocks between the greeting and the closing with signature."""
    blocks = text.split("\n\n")
    return "\n\n".join(blocks[1:-1])


def bigrams(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.lower().replace("’", "'"))
    return set(itertools.pairwise(words))


def jaccard(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def debrief_texts(debrief: dict[str, Any]) -> list[str]:
    texts = [debrief.get("fit_statement", "")]
    for name in ("emphasized", "takeaways", "excitements", "went_well", "to_supplement"):
        texts += debrief.get(name, [])
    return [t for t in texts if t]


def reader_share(person: dict[str, Any], body: str, others: list[str], debrief: list[str]) -> float:
    """The share of the body's content words that come from the reader's own material."""
    own = [
        t for t in debrief if t.lower() in body.lower() and not any(t.lower() in o.lower() for o in others)
    ]
    material = set(
        content_words(" ".join([*person.get("talking_points", []), person.get("title", ""), *own]))
    )
    words = content_words(body)
    return sum(w in material for w in words) / len(words) if words else 0.0


def has_material(person: dict[str, Any], body: str, others: list[str], debrief: list[str]) -> bool:
    own = [
        t for t in debrief if t.lower() in body.lower() and not any(t.lower() in o.lower() for o in others)
    ]
    return bool(person.get("talking_points")) or bool(own)


def draft(*args: str, now: str) -> dict[str, Any]:
    result = invoke("draft", *args, "--now", now, "--json")
    assert result.code == 0, result
    return json.loads(result.out)  # type: ignore[no-any-return]


def measure(round_: dict[str, dict[str, Any]], people: dict[str, dict[str, Any]], debrief: list[str]) -> None:
    bodies = {key: body_of(str(note["text"])) for key, note in round_.items()}
    for a, b in itertools.combinations(bodies, 2):
        assert jaccard(bodies[a], bodies[b]) <= JACCARD_MAX, (a, b, bodies[a], bodies[b])
    for key, note in round_.items():
        if note["action"] != "TY":
            continue  # the arranger's and the main contact's notes are about the arrangement
        person = people[key]
        others = [b for k, b in bodies.items() if k != key]
        if has_material(person, bodies[key], others, debrief):
            share = reader_share(person, bodies[key], others, debrief)
            assert share >= SHARE_MIN, (key, round(share, 2), bodies[key])
        else:
            assert any(
                f"followup person edit {person['id']} --talking-point" in m for m in note["missing"]
            ), note["missing"]


# --- the README tour ------------------------------------------------------------------------------------
@pytest.fixture
def tour_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The tour's commands up to its first draft: profile, invitation, cards, person edits, debrief."""
    work = tmp_path / "work"
    shutil.copytree(ROOT / "examples", work / "examples")
    monkeypatch.chdir(work)
    lines = tour_lines()
    for line in lines[: next(i for i, line in enumerate(lines) if line.startswith("followup draft"))]:
        assert run_tour_line(line).code == 0, line
    return json.loads(ok("export").out)["applications"][0]  # type: ignore[no-any-return]


def test_the_readme_tours_round_is_distinct_and_about_each_reader(tour_store: dict[str, Any]) -> None:
    people = {p["id"]: p for p in tour_store["people"]}
    panel = [p["id"] for p in tour_store["people"] if p["on_panel"]]
    assert len(panel) == 3 and all(people[p]["talking_points"] for p in panel)
    round_ = {pid: draft("TY", "--person", pid, now=NOW) for pid in panel}
    round_["TA"] = draft("TA", now=NOW)
    people["TA"] = people[tour_store["arranger"]]
    debrief = debrief_texts(tour_store["interviews"][0]["debrief"])
    measure(round_, people, debrief)
    assert len({note["subject"] for note in round_.values()}) == 1


# --- S07 ------------------------------------------------------------------------------------------------
@pytest.fixture
def s07(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    source = ROOT / "tests" / "scenarios" / "S07.json"
    assert invoke("import", str(source)).code == 0  # it says what it imported on standard error
    return json.loads(source.read_text())["applications"][0]  # type: ignore[no-any-return]


def test_s07s_round_is_distinct_and_short_where_nothing_is_recorded(s07: dict[str, Any]) -> None:
    people = {p["id"]: p for p in s07["people"]}
    round_ = {pid: draft("TY", "--person", pid, now=S07_NOW) for pid in ("olivia", "raj")}
    round_["mia"] = draft("TY-FWD", now=S07_NOW)
    round_["daniel"] = draft("TA", now=S07_NOW)
    measure(round_, people, debrief_texts(s07["interviews"][0]["debrief"]))
    for pid in ("olivia", "raj"):
        assert len(body_of(str(round_[pid]["text"])).split()) <= 45  # shorter rather than invented
    assert sum(str(note["text"]).count("?") for note in round_.values()) == 1  # K13: once per round
    assert "?" in str(round_["mia"]["text"])  # ... in the note to the main contact, Mia Torres


def test_a_reader_with_more_material_gets_a_longer_note_built_from_it(s07: dict[str, Any]) -> None:
    bare = body_of(str(draft("TY", "--person", "raj", now=S07_NOW)["text"]))
    ok("person", "edit", "raj", "--talking-point", "the house style guide")
    ok("person", "edit", "raj", "--talking-point", "headline testing")
    fuller = draft("TY", "--person", "raj", now=S07_NOW)
    assert "the house style guide and headline testing" in str(fuller["text"])
    assert len(body_of(str(fuller["text"])).split()) > len(bare.split())
    assert not any("talking point of Raj Patel" in m for m in fuller["missing"])
