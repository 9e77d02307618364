"""`followup draft` and `followup check FILE` end to end on a real SQLite file: three distinct, specific,
clean thank-you notes for the S01 panel, an arranger note, a first follow-up that does not repeat them,
.eml and PDF outputs, edits that are kept and logged as sent, and clear refusals that write nothing."""

from __future__ import annotations

import email
import itertools
import json
import shutil
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest

from followup.core import codec
from followup.core.checks.checker import trigram_jaccard
from tests.cli.conftest import assert_one_line_error, invoke, ok, state

HERE = Path(__file__).resolve().parent
S01 = json.loads((HERE.parent / "scenarios" / "S01.json").read_text())
PANEL = {"dana": "attribution dashboards", "luis": "SQL style guide", "mei": "the event pipeline rewrite"}
NOW = "2026-03-02T14:00"


def _records() -> str:
    data = json.loads(json.dumps(S01))
    app = data["applications"][0]
    app["people"].insert(
        2,
        {
            "id": "mei",
            "first": "Mei",
            "last": "Chen",
            "honorific": "Ms.",
            "title": "Data Engineer",
            "email": "mei.chen@harbor.example",
            "talking_points": [PANEL["mei"]],
        },
    )
    for person in app["people"]:
        person["postal_address"] = "100 Federal St\nBoston, MA 02110"
    honorifics = {"dana": "Ms.", "luis": "Mr.", "priya": "Ms."}  # known, so no greeting asks for one (K12)
    for person in app["people"]:
        person["honorific"] = honorifics.get(person["id"], person.get("honorific", ""))
    app["interviews"][0]["debrief"] = {
        "done_at": "2026-03-02T12:00:00-05:00",
        "takeaways": ["a small team that owns attribution end to end"],
        "went_well": ["the campaign measurement story"],
        "to_improve": [{"text": "shorter answers", "kind": "practice"}],
        "no_stumbles": True,
        "self_rating": 4,
        "fit_statement": "I built marketing attribution reporting and dashboards at my last job.",
        "emphasized": ["attribution", "dashboards", "stakeholder reporting"],
    }
    return json.dumps(data)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    source = tmp_path / "records.json"
    source.write_text(_records())
    run("import", str(source))
    return tmp_path / "followup.db"


def run(*args: str) -> str:
    """A command that must succeed; some report on standard error ("Wrote ...", "Imported ...")."""
    result = invoke(*args)
    assert result.code == 0, result
    return result.out


def _draft(*args: str) -> dict[str, object]:
    return json.loads(ok("draft", *args, "--now", NOW, "--json").out)


def test_three_thank_you_notes_are_distinct_specific_and_clean(store: Path) -> None:
    notes = {person: _draft("TY", "--person", person) for person in PANEL}
    for person, note in notes.items():
        assert note["findings"] == [], (person, note["findings"])
        assert note["missing"] == []
        assert PANEL[person].lower() in str(note["text"]).lower()
        assert "Alex Morgan" in str(note["subject"]) and "interview" in str(note["subject"]).lower()
    for a, b in itertools.combinations(PANEL, 2):
        assert trigram_jaccard(str(notes[a]["text"]), str(notes[b]["text"])) <= 0.6, (a, b)
    assert len({note["subject"] for note in notes.values()}) == 1  # one subject line for the round
    # No timeline was learned (S01): the round asks about next steps once, in the note to the main
    # contact, Priya Shah (K13); the notes to the panel ask nothing.
    assert not any("?" in str(note["text"]) for note in notes.values())


def test_the_arranger_note_thanks_for_setting_it_up_and_carries_the_rounds_question(store: Path) -> None:
    note = _draft("TA")
    assert note["to"] == ["Priya Shah <priya.shah@harbor.example>"]
    assert note["findings"] == []
    assert str(note["text"]).count("?") == 1


def test_a_draft_becomes_an_eml_that_is_logged_as_sent_word_for_word(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "dana.eml"
    run("draft", "TY", "--person", "dana", "--now", NOW, "--format", "eml", "--out", str(out))
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "dana.kim@harbor.example"
    assert message["X-Unsent"] == "1"
    body = message.get_content().replace("\r\n", "\n").strip()
    ok("log", "sent", "TY", "--to", "dana", "--at", "2026-03-02T15:00", "--now", "2026-03-02T15:05")
    records = codec.loads(ok("export").out)
    sent = records.applications[0].events[-1]
    assert sent.body.strip() == body
    assert records.applications[0].drafts[0].message_id == message["Message-ID"]


def test_an_edit_is_rechecked_kept_and_shown_again(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text(  # a stand-in for $EDITOR: the user swaps the closing for an informal one
        "import re, sys\np = sys.argv[1]\n"
        "closings = r'(?m)^(Kind regards|Best regards|Regards|Sincerely|Thank you),$'\n"
        "s = re.sub(closings, 'Cheers,', open(p).read())\n"
        "open(p, 'w').write(s)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    edited = json.loads(ok("draft", "TY", "--person", "luis", "--now", NOW, "--edit", "--json").out)
    assert "Cheers," in str(edited["text"])
    assert "W-SIGNOFF" in {f["code"] for f in edited["findings"]}  # type: ignore[index,union-attr]
    again = _draft("TY", "--person", "luis")
    assert again["edited"] is True
    assert again["text"] == edited["text"]


def test_the_first_follow_up_does_not_repeat_the_thank_you(store: Path) -> None:
    thanks = _draft("TY", "--person", "dana")
    ok(
        "log",
        "sent",
        "TY",
        "--to",
        "dana",
        "--body",
        str(thanks["text"]),
        "--at",
        "2026-03-02T15:00",
        "--now",
        "2026-03-02T15:05",
    )
    follow_up = json.loads(ok("draft", "F1", "--now", "2026-03-10T10:00", "--json").out)
    assert follow_up["to"] == ["Priya Shah <priya.shah@harbor.example>"]
    assert follow_up["findings"] == [], follow_up["findings"]
    assert trigram_jaccard(str(follow_up["text"]), str(thanks["text"])) < 0.5


def test_the_formal_letter_renders_as_a_pdf(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    run("draft", "FL", "--person", "dana", "--now", "2026-03-04T10:00", "--format", "pdf", "--out", str(out))
    tool = shutil.which("pdftotext")
    assert tool
    text = subprocess.run([tool, str(out), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "Alex Morgan",
        "12 Beacon St",
        "Ms. Dana Kim",
        "Harbor Analytics",
        "100 Federal St",
        "March 4, 2026",
        "Dear Ms. Kim",
        "Yours sincerely",
    ):
        assert expected in text, expected


def test_an_action_that_is_not_in_the_plan_is_refused_and_nothing_written(store: Path) -> None:
    before = state(store)
    assert_one_line_error(invoke("draft", "F2", "--now", NOW), "action", "F1")
    assert state(store) == before


def test_a_letter_without_a_postal_address_writes_no_file(store: Path, tmp_path: Path) -> None:
    ok("person", "edit", "luis", "--address", "")
    out = tmp_path / "luis.pdf"
    result = invoke(
        "draft", "FL", "--person", "luis", "--now", "2026-03-04T10:00", "--format", "pdf", "--out", str(out)
    )
    assert_one_line_error(result, "Luis Ortega's postal address", "followup person edit")
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))


def test_check_file_flags_a_careless_note_and_passes_a_good_one(store: Path, tmp_path: Path) -> None:
    careless = tmp_path / "careless.txt"
    careless.write_text(
        "Subject: Thanks!\n\nHi Dana,\n\nthx for the chat. What is the salary range?\n\nCheers\nAlex\n"
    )
    result = invoke("check", str(careless), "--action", "TY", "--to", "dana", "--now", NOW, "--json")
    assert result.code == 3
    codes = {f["code"] for f in json.loads(result.out)["findings"]}
    assert {
        "W-SUBJECT",
        "W-GREETING",
        "W-PROOF",
        "W-INDEPTH",
        "W-SIGNOFF",
        "W-SIGNATURE",
        "W-GENERIC",
    } <= codes
    good = _draft("TY", "--person", "mei")
    clean = tmp_path / "clean.txt"
    clean.write_text(f"Subject: {good['subject']}\n\n{good['text']}\n")
    assert invoke("check", str(clean), "--action", "TY", "--to", "mei", "--now", NOW).code == 0


def test_an_email_to_someone_without_an_address_says_how_to_add_one(store: Path) -> None:
    ok("person", "edit", "mei", "--email", "")
    before = state(store)
    result = invoke("draft", "TY", "--person", "mei", "--now", NOW)
    assert_one_line_error(result, "email address for Mei Chen", "followup person edit mei --email")
    assert state(store) == before


# --- the guard's verdict above the draft (issue 8, item 6) ------------------------------------------------


@pytest.fixture
def lumen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """PLAYBOOK §4 S04: Lumen Bank, interview Wed 15 Apr 2026, "within two weeks" → D = Wed 29 Apr; Ben
    Carter (HR) is the main contact; the thank-you to Rachel Stone went on the day."""
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    run("import", str(HERE.parent / "scenarios" / "S04.json"))
    return tmp_path / "followup.db"


def test_a01_an_f1_drafted_before_bd_d_1_shows_blocked_above_the_text_with_the_date(lumen: Path) -> None:
    result = ok("draft", "F1", "--now", "2026-04-27T10:00")
    lines = result.out.splitlines()
    assert lines[:5] == [
        "BLOCKED now: too early. This can go from Thu 30 Apr.",
        "  BLOCK W-EARLY  They said Wed 29 Apr: wait until Thu 30 Apr. [A-01]",
        "  NOTE  N-PATIENCE  Silence during the stated period is normal; early interviewees wait longest. "
        "[T-06]",
        "  Drafting ahead is fine: keep it, and send it then.",
        "",
    ]
    assert lines[5].startswith("Subject: ")  # the draft itself follows: a note for later is legitimate
    assert "To: Ben Carter <ben.carter@lumen.example>   (email, step F1)" in lines


def test_a01_the_json_draft_carries_the_verdict_and_the_moment_it_can_go(lumen: Path) -> None:
    data = ok("draft", "F1", "--now", "2026-04-27T10:00", "--json").json()
    assert data["guard"] == {
        "verdict": "BLOCKED",
        "findings": [
            {
                "code": "W-EARLY",
                "severity": "BLOCK",
                "rule": "A-01",
                "message": "They said Wed 29 Apr: wait until Thu 30 Apr.",
            },
            {
                "code": "N-PATIENCE",
                "severity": "NOTE",
                "rule": "T-06",
                "message": "Silence during the stated period is normal; early interviewees wait longest.",
            },
        ],
        "from": "2026-04-30T00:00:00-04:00",
    }
    assert data["action"] == "F1" and data["text"]


def test_k1_an_f2_drafted_on_memorial_day_can_go_the_next_business_day(lumen: Path) -> None:
    """S04 Check C: D' = Fri 22 May; Mon 25 May is a federal holiday, so bd(D',1) is Tue 26 May."""
    out = ok("draft", "F2", "--now", "2026-05-25T10:00").out
    assert out.startswith("BLOCKED now: too early. This can go from Tue 26 May.\n")
    assert "  NOTE  N-NONBIZ  Outside their working hours: schedule it for Tue 26 May 09:00 their time." in (
        out
    )


def test_h12_a_call_to_someone_outside_hr_is_blocked_with_no_date_that_makes_it_right(lumen: Path) -> None:
    result = ok("draft", "CALL", "--person", "rachel", "--now", "2026-04-30T10:00")
    lines = result.out.splitlines()
    assert lines[:2] == [
        "BLOCKED now: to the wrong person.",
        "  BLOCK W-HRONLY  Status calls go to HR only; Rachel Stone is not HR. Email instead, or ask for a "
        "call by appointment (H-15). [H-12]",
    ]
    assert "can go from" not in result.out and "Drafting ahead" not in result.out
    guard = ok("draft", "CALL", "--person", "rachel", "--now", "2026-04-30T10:00", "--json").json()["guard"]
    assert (guard["verdict"], [f["code"] for f in guard["findings"]], guard["from"]) == (
        "BLOCKED",
        ["W-HRONLY"],
        None,
    )


def test_h14_a_call_drafted_early_can_go_when_both_the_date_and_the_calling_hours_allow(lumen: Path) -> None:
    out = ok("draft", "CALL", "--now", "2026-04-27T10:00").out
    assert out.startswith("BLOCKED now: too early. This can go from Thu 30 Apr 09:30 your time.\n")


def test_h11_a_status_email_to_the_hiring_manager_warns_it_goes_to_the_wrong_person(lumen: Path) -> None:
    result = ok("draft", "F1", "--person", "rachel", "--now", "2026-04-30T10:00")
    assert result.out.splitlines()[:2] == [
        "Allowed, with a warning: to the wrong person.",
        "  WARN  W-HRONLY  Rachel Stone is not HR: status questions go to HR; if you must write, share "
        "something useful instead (H-13, C-21). [H-11]",
    ]
    guard = ok("draft", "F1", "--person", "rachel", "--now", "2026-04-30T10:00", "--json").json()["guard"]
    assert guard["verdict"] == "ALLOWED" and guard["from"] is None


def test_a05_a_second_thank_you_to_the_same_person_that_day_warns_until_the_next(lumen: Path) -> None:
    """Rachel's thank-you went at 13:00 (S04); another to her the same day is one message too many."""
    out = ok("draft", "TY", "--person", "rachel", "--now", "2026-04-15T15:00").out
    assert out.startswith(
        "Allowed, with a warning: too soon after your last message. Better sent from Thu 16 Apr.\n"
        "  WARN  W-FREQ  You already wrote to this person today. [A-05]\n"
    )


def test_h03_a_thank_you_to_someone_who_was_not_on_the_panel_is_not_drafted(lumen: Path) -> None:
    """Ben Carter (HR) was not in the room: no thank-you step is his, and none is invented for him."""
    before = state(lumen)
    result = invoke("draft", "TY", "--person", "ben", "--now", "2026-04-15T12:00")
    assert_one_line_error(result, "a message the plan of lumen has for Ben Carter", "TY:Rachel Stone")
    assert state(lumen) == before


def test_a_draft_at_the_right_time_shows_no_verdict_block(lumen: Path) -> None:
    """S04 Check B: on Thu 30 Apr the first follow-up to Ben is allowed; nothing stands above the text."""
    result = ok("draft", "F1", "--now", "2026-04-30T10:00")
    assert result.out.startswith("Subject: ")
    assert "BLOCKED" not in result.out and "Allowed, with a warning" not in result.out
    guard = ok("draft", "F1", "--now", "2026-04-30T10:00", "--json").json()["guard"]
    assert guard == {"verdict": "ALLOWED", "findings": [], "from": None}
