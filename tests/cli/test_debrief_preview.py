"""`followup debrief` shows the sentence each answer becomes in a note (issue 8): after each answer of
the guided session, and under each item of the --edit form as a comment the form's reader ignores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli.debrief import form, guided, parse_form
from followup.core import codec
from followup.core.model import Debrief
from tests.cli.conftest import invoke, ok

HERE = Path(__file__).resolve().parent
NOW = "2026-03-02T14:00"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """S01's records with talking points and a debrief."""
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    data = json.loads((HERE.parent / "scenarios" / "S01.json").read_text())
    app = data["applications"][0]
    app["people"][0]["talking_points"] = ["attribution dashboards"]
    app["people"][1]["talking_points"] = ["We both ran the Denver marathon."]
    app["interviews"][0]["debrief"] = {
        "takeaways": ["small team, big mandate"],
        "concerns": ["turnover"],
        "fit_statement": "I built the same attribution stack at Acme",
        "to_supplement": ["the sample I mentioned"],
    }
    source = tmp_path / "records.json"
    source.write_text(json.dumps(data))
    assert invoke("import", str(source)).code == 0
    return tmp_path


def test_the_edit_form_shows_the_sentence_under_each_item(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = tmp_path / "seen.txt"
    editor = tmp_path / "editor.py"  # a stand-in for $EDITOR: keeps a copy of the form, changes nothing
    editor.write_text(f"import shutil, sys\nshutil.copy(sys.argv[1], {str(seen)!r})\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    ok("debrief", "--edit", "--now", NOW)
    shown = seen.read_text()
    for line in (
        "- attribution dashboards\n"
        "#    -> I particularly enjoyed our conversation about attribution dashboards.",
        "- We both ran the Denver marathon.\n#    -> One moment from our conversation stands out for me: "
        "we both ran the Denver marathon.",
        "- small team, big mandate\n#    -> I came away from the interview with one clear picture: "
        "small team, big mandate.",
        "- the sample I mentioned\n#    -> I also wanted to come back to the sample I mentioned.",
        "I built the same attribution stack at Acme\n"
        "#    -> I believe I would fit the role well, because I built the same attribution stack at Acme.",
        "[concerns]  # kept for you: never used in your messages\n- turnover\n\n",
    ):
        assert line in shown, line
    # The comments change nothing: the debrief saved is the one shown.
    debrief = codec.loads(ok("export").out).applications[0].interviews[0].debrief
    assert debrief.takeaways == ("small team, big mandate",)
    assert debrief.fit_statement == "I built the same attribution stack at Acme"


def test_the_form_with_its_sentences_reads_back_as_the_same_debrief(store: Path) -> None:
    app = codec.loads(ok("export").out).applications[0]
    current = app.interviews[0].debrief
    parsed, talking = parse_form(form(app, current), app)
    assert parsed.takeaways == current.takeaways and parsed.to_supplement == current.to_supplement
    assert parsed.fit_statement == current.fit_statement
    assert talking["dana"] == ("attribution dashboards",)


def test_the_guided_session_shows_each_answer_as_its_sentence(store: Path) -> None:
    app = codec.loads(ok("export").out).applications[0]
    answers = [
        "the SQL style guide", "",  # Dana's talking points
        "",  # Luis keeps his
        "the team owns attribution end to end", "",  # takeaways
        "", "",  # concerns, excitements
        "yes",  # team fit
        "", "", "", "",  # open questions, went well, to improve, stumbled
        "4",  # rating
        "five years of attribution work",  # fit
        "", "send the portfolio link", "",  # emphasized, supplement
    ]  # fmt: skip
    with CliRunner().isolation(input="\n".join(answers) + "\n") as (out, _err, _):
        result, talking = guided(app, Debrief())
        shown = out.getvalue().decode()
    assert talking["dana"] == ("the SQL style guide",)
    assert "-> I particularly enjoyed our conversation about the SQL style guide." in shown
    assert (
        "-> I came away from the interview with one clear picture: the team owns attribution end to end."
        in shown
    )
    assert "-> I would bring five years of attribution work to the role." in shown
    assert "-> I would be glad to send the portfolio link." in shown
    assert result.to_supplement == ("send the portfolio link",)
