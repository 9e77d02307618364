"""``benchmarks/checker.py --by-batch``: the development split measured per batch of the corpus, so that a
rule written for one writer's wording can be seen to hold (or not) on the others'."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.benchmarks.drafts_benchmark import BENCHMARK

ROOT = Path(__file__).resolve().parents[2]


DEV = BENCHMARK.CORPUS / "dev"


@pytest.mark.parametrize(
    ("name", "batch"),
    [
        ("ty-aurora-meera-01.txt", 1),
        ("li-copperleaf-rosa-b2-01.txt", 2),
        ("call-yarra-kate-b3-01.txt", 3),
        ("f1-northgate-gareth-b5-12.txt", 5),
        ("ty-b2-notes-01.txt", 1),  # "-b2-" must stand before the number at the end to name a batch
    ],
)
def test_a_file_names_its_batch_by_its_suffix_and_the_first_batch_by_none(name: str, batch: int) -> None:
    assert BENCHMARK.batch_of(name) == batch


def _small_corpus(tmp_path: Path, names: list[str]) -> Path:
    shutil.copytree(BENCHMARK.CORPUS / "worlds", tmp_path / "worlds")
    (tmp_path / "dev").mkdir()
    (tmp_path / "holdout").mkdir()
    for name in names:
        shutil.copy(DEV / name, tmp_path / "dev" / name)
    return tmp_path


def test_by_batch_prints_each_batch_of_dev_apart_and_a_table_of_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _small_corpus(tmp_path, ["ty-aurora-meera-01.txt", "call-yarra-kate-b3-01.txt"])
    status = BENCHMARK.main(["--split", "dev", "--by-batch", "--corpus", str(root)])
    out = capsys.readouterr().out
    assert status == 0
    assert "== dev: 2 messages, 2 good, 0 faulty" in out
    assert "== dev-b1: 1 messages, 1 good, 0 faulty" in out
    assert "== dev-b3: 1 messages, 1 good, 0 faulty" in out
    table = out.split("== dev by batch:", 1)[1].splitlines()
    assert table[0].split() == ["b1", "b3"]
    assert table[1].split()[-2:] == ["1/1", "1/1"]  # good messages clean, per batch


def test_without_by_batch_only_the_split_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _small_corpus(tmp_path, ["ty-aurora-meera-01.txt", "call-yarra-kate-b3-01.txt"])
    BENCHMARK.main(["--split", "dev", "--corpus", str(root)])
    out = capsys.readouterr().out
    assert "== dev: 2 messages" in out
    assert "dev-b1" not in out and "by batch" not in out


def test_by_batch_in_json_gives_each_batch_its_own_document_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _small_corpus(tmp_path, ["ty-aurora-meera-01.txt", "call-yarra-kate-b3-01.txt"])
    BENCHMARK.main(["--split", "dev", "--by-batch", "--json", "--corpus", str(root)])
    data = json.loads(capsys.readouterr().out)
    assert sorted(data) == ["dev", "dev-b1", "dev-b3"]
    assert data["dev-b3"]["messages"] == 1
