"""`followup export` and `followup import`: lossless through the command line (docs/export-format.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.core import codec
from tests.cli.conftest import SCENARIOS, dump, invoke, ok


def test_export_import_replace_export_is_byte_identical(populated: Path, tmp_path: Path) -> None:
    first = ok("export").out
    saved = tmp_path / "backup.json"
    saved.write_text(first)
    result = invoke("import", "--replace", str(saved))
    assert (result.code, result.out) == (0, "")
    assert result.err == "Imported; the store now holds 1 application(s).\n"
    assert ok("export").out == first


def test_import_replace_from_standard_input_into_a_new_store(populated: Path, tmp_path: Path) -> None:
    first = ok("export").out
    fresh = tmp_path / "fresh.db"
    assert invoke("--db", str(fresh), "import", "--replace", "-", stdin=first).code == 0
    assert ok("--db", str(fresh), "export").out == first
    # The agenda came along: both stores answer `today` alike.
    now = "2026-12-15T10:00"
    assert ok("today", "--db", str(fresh), "--now", now).out == ok("today", "--now", now).out


def test_export_to_a_file_writes_the_same_text(populated: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    result = invoke("export", "--out", str(out))
    assert (result.code, result.out, result.err) == (0, "", f"Exported to {out}.\n")
    assert out.read_text() == ok("export").out
    assert not out.with_name(out.name + ".partial").exists()


def test_the_export_is_the_documented_format(populated: Path) -> None:
    text = ok("export").out
    data = json.loads(text)
    assert (data["format"], data["version"]) == ("followup-export", 1)
    assert (
        text.endswith("}\n") and text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )
    (app,) = data["applications"]
    assert (app["id"], app["main_contact"], app["designated_contact"]) == (
        "harbor-analytics",
        "priya-shah",
        "priya-shah",
    )
    assert app["decision"] == {
        "stated_text": "we will decide within two weeks",
        "date": "2026-12-08",
        "fill_date": None,
    }
    assert [i["start"] for i in app["interviews"]] == ["2026-11-24T15:00:00Z"]
    assert [(e["kind"], e["to"], e["at"]) for e in app["events"]] == [
        ("TY", ["dana-kim"], "2026-11-24T20:00:00Z"),
        ("TY", ["luis-ortega"], "2026-11-24T20:05:00Z"),
        ("TY", ["mei-chen"], "2026-11-24T20:10:00Z"),
    ]


def test_export_does_not_write(populated: Path) -> None:
    before = dump(populated)
    ok("export")
    assert dump(populated) == before


@pytest.mark.parametrize("scenario", sorted(SCENARIOS.glob("*.json")), ids=lambda p: p.stem)
def test_each_scenario_imports_into_an_empty_store_and_exports_as_the_codec_writes_it(scenario: Path) -> None:
    text = scenario.read_text()
    result = invoke("import", str(scenario))
    assert (result.code, result.out) == (0, "")
    count = len(codec.loads(text).applications)
    assert result.err == f"Imported; the store now holds {count} application(s).\n"
    exported = ok("export").out
    assert exported == codec.dumps(codec.loads(text))
    assert invoke("import", "--replace", "-", stdin=exported).code == 0
    assert ok("export").out == exported
