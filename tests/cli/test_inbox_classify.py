"""`followup inbox classify FILE|-`: the real CLI on corpus dev files, on standard input, and on bad input."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import invoke

DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "replies" / "dev"


def test_a_warm_rejection_file_is_a_rejection_with_its_phrases() -> None:
    result = invoke("inbox", "classify", str(DEV / "rejection" / "002-impressed-however.eml"))
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "rejection, confidence 1.00"
    assert '  "decided to appoint another"' in result.out.splitlines()


def test_json_gives_kind_confidence_sure_phrases_and_the_k4_date() -> None:
    result = invoke("inbox", "classify", str(DEV / "timeframe" / "007-australian-slash-date.eml"), "--json")
    assert result.code == 0
    data = result.json()
    assert list(data) == ["kind", "confidence", "sure", "phrases", "date"]
    assert (data["kind"], data["sure"], data["date"]) == ("timeframe", True, "2026-08-28")
    assert "be in touch by" in data["phrases"]


def test_a_bounce_is_decided_by_its_headers() -> None:
    result = invoke("inbox", "classify", str(DEV / "bounce" / "001-postfix-unknown-user.eml"), "--json")
    assert result.json()["kind"] == "bounce"
    assert result.json()["phrases"] == ["Content-Type: multipart/report (delivery-status)"]


def test_plain_text_on_standard_input() -> None:
    result = invoke(
        "inbox",
        "classify",
        "-",
        "--json",
        stdin="Subject: Next round\n\nWe would like to invite you to a final interview.\n",
    )
    assert result.code == 0
    assert (result.json()["kind"], result.json()["date"]) == ("invitation", None)


def test_text_without_cues_says_not_sure() -> None:
    # words the classifier never met: whichever kind leads, it leads by the bias alone and says so
    result = invoke("inbox", "classify", "-", stdin="Lorem ipsum dolor sit amet.\n")
    (line,) = result.out.splitlines()
    kind, confidence = line.split(", confidence ")
    assert kind in ("generic", "other")
    assert confidence.endswith(" (not sure: read it yourself before acting on it)")
    assert float(confidence.split()[0]) < 0.5  # SURE_AT


def test_a_missing_file_is_one_line_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.eml"
    result = invoke("inbox", "classify", str(missing))
    assert result.code == 2
    assert result.out == ""
    assert result.err_lines == [
        f"followup: {missing}: expected a file you can read (got 'No such file or directory')"
    ]


def test_a_bad_file_with_json_is_one_json_error_document(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    result = invoke("inbox", "classify", str(bad), "--json")
    assert result.code == 2
    assert result.err == ""
    assert result.json()["error"]["field"] == str(bad)
    assert result.json()["error"]["exit_status"] == 2
