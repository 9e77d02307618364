"""The cache of days off (``followup.workdays``): a cached calendar is the computed one, and a write
command that finds its years cached never imports the ``holidays`` package (issue 9's start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from followup import workdays
from followup.core.errors import InvalidInput

YEARS = (2025, 2026, 2027)
PLACES = [("US", ""), ("GB", "ENG"), ("GB", "SCT"), ("IL", ""), ("DE", "BY"), ("CA", "ON"), ("AU", "QLD")]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    workdays.business_calendar.cache_clear()
    yield tmp_path
    workdays.business_calendar.cache_clear()


def computed(country: str, subdivision: str) -> tuple[frozenset[object], frozenset[int]]:
    by_year, weekend = workdays._from_package(country, subdivision, YEARS)
    return frozenset(d for days in by_year.values() for d in days), weekend


@pytest.mark.parametrize(("country", "subdivision"), PLACES)
def test_a_cached_calendar_equals_the_computed_one(home: Path, country: str, subdivision: str) -> None:
    first = workdays.business_calendar(country, subdivision, YEARS)
    workdays.business_calendar.cache_clear()  # the next call reads the file
    second = workdays.business_calendar(country, subdivision, YEARS)
    assert (first.holidays, first.weekend) == computed(country, subdivision)
    assert second == first
    assert (home / "cache" / "holidays" / f"{country}-{subdivision or '_'}.json").is_file()


def test_the_cache_holds_the_years_asked_for_and_adds_later_ones(home: Path) -> None:
    workdays.business_calendar("US", "", (2026,))
    workdays.business_calendar.cache_clear()
    workdays.business_calendar("US", "", (2027, 2028))
    stored = json.loads((home / "cache" / "holidays" / "US-_.json").read_text())
    assert sorted(stored["years"]) == ["2026", "2027", "2028"]
    assert "2026-11-26" in stored["years"]["2026"]  # Thanksgiving
    assert stored["weekend"] == [5, 6]


def test_a_damaged_or_foreign_cache_file_is_computed_again(home: Path) -> None:
    folder = home / "cache" / "holidays"
    folder.mkdir(parents=True)
    truth = computed("US", "")
    for text in (
        "{not json",
        json.dumps(
            {
                "format": 1,
                "package": "holidays-0.1.dist-info",
                "weekend": [],
                "years": {str(y): [] for y in YEARS},
            }
        ),
        "[]",
    ):
        (folder / "US-_.json").write_text(text)
        workdays.business_calendar.cache_clear()
        calendar = workdays.business_calendar("US", "", YEARS)
        assert (calendar.holidays, calendar.weekend) == truth
    assert json.loads((folder / "US-_.json").read_text())["package"] == workdays.package_version()


def test_a_cache_folder_that_cannot_be_written_only_costs_time(home: Path) -> None:
    (home / "cache").write_text("a file where the folder would be")
    calendar = workdays.business_calendar("GB", "ENG", YEARS)
    assert (calendar.holidays, calendar.weekend) == computed("GB", "ENG")


@pytest.mark.parametrize(
    ("country", "subdivision"), [("../../etc", ""), ("US", "../x"), ("ZZ", ""), ("US", "XX")]
)
def test_bad_codes_are_refused_and_name_no_file(home: Path, country: str, subdivision: str) -> None:
    with pytest.raises(InvalidInput):
        workdays.business_calendar(country, subdivision, YEARS)
    written = [p for p in home.rglob("*") if p.is_file()]
    assert [p.name for p in written] == []


def test_a_cached_calendar_is_read_without_importing_the_holidays_package(home: Path) -> None:
    script = (
        "import sys; from followup import workdays; "
        "c = workdays.business_calendar('US', 'CA', (2026, 2027)); "
        "print(len(c.holidays), 'holidays' in sys.modules)"
    )
    env = os.environ | {"FOLLOWUP_HOME": str(home)}
    first = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    second = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert first.stdout.split() == [second.stdout.split()[0], "True"]
    assert second.stdout.split()[1] == "False"
