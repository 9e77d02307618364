"""`followup check FILE`: the text checker on any text, with all the records, some, or none at all.

With no database the text rules still run, nothing is created, and each rule that needs records is named
with the reason and what to add. With a profile, the form rules read it. With the flow's application
(Harbor Analytics, panel Dana Kim, Luis Ortega and Mei Chen, Priya Shah in HR) and --to, the check is the
draft checker's. Emails are read as written (tests/mail/eml/); text files must be UTF-8 (or UTF-16 with a
byte-order mark).
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from tests.cli.conftest import APP, assert_one_line_error, invoke, ok, run_script, state

EML = Path(__file__).parents[1] / "mail" / "eml"
NOW = "2026-11-24T14:00"  # the afternoon of the flow's interview: the thank-you notes are due
CARELESS = (
    "Subject: Thanks!\n\nHi Dana,\n\nthx for the chat today. What is the salary range?\n\nCheers\nAlex\n"
)
GOOD = (
    "Subject: Job interview follow up for Alex Morgan\n\nDear Dana Kim,\n\nThank you for meeting with me "
    "today about the Marketing Analyst role at Harbor Analytics. I enjoyed our conversation about "
    "attribution dashboards, and I am very interested in joining your team."
    "\n\nI look forward to hearing from you.\n\nKind regards,\nAlex Morgan\n+1 617 555 0100\n"
    "12 Beacon St, Boston, MA 02108\nalex.morgan@example.com\n"
)
UTF8 = "expected a text in UTF-8 (save it as UTF-8)"
NO_APPLICATION = "record it with `followup interview add`, then add --application"


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A folder for the texts under check, beside (not in) $FOLLOWUP_HOME's files."""
    folder = tmp_path / "notes"
    folder.mkdir()
    return folder


def write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def checked(*args: str, code: int = 3) -> dict[str, object]:
    result = invoke("check", *args, "--json")
    assert (result.code, result.err) == (code, ""), result
    data: dict[str, object] = json.loads(result.out)
    return data


def codes(data: dict[str, object]) -> set[str]:
    return {f["code"] for f in data["findings"]}  # type: ignore[attr-defined,index]


def skipped(data: dict[str, object]) -> list[tuple[str, str, str]]:
    return [(s["rule"], s["part"], s["reason"]) for s in data["skipped"]]  # type: ignore[attr-defined,index]


# --- no records at all --------------------------------------------------------------------------------
def test_a_text_is_checked_without_any_records_and_no_database_is_created(
    tmp_path: Path, notes: Path
) -> None:
    path = write(notes, "note.txt", CARELESS)
    result = invoke("check", path, "--action", "TY")
    assert result.code == 3 and result.err == ""
    assert "  WARN  W-PROOF [C-11] line 5, col 1: Text-speak: 'thx'." in result.out.splitlines()
    assert result.out.splitlines()[-3:] == [
        "C-02, C-03, C-05 (the next-steps and status questions), C-11 (names spelled as recorded), C-19, "
        f"C-28 not checked: no application recorded; {NO_APPLICATION}.",
        "C-04, C-09 not checked: no recipient recorded; add --application and --to.",
        "C-07 (your name in the subject), C-08 (your details as your profile has them) not checked: no "
        "profile recorded; run `followup init`.",
    ]
    assert sorted(os.listdir(tmp_path)) == ["notes"]  # no followup.db, no -wal, nothing


def test_without_records_the_json_says_what_was_skipped_and_why(notes: Path) -> None:
    data = checked(write(notes, "note.txt", CARELESS), "--action", "TY")
    assert (data["application"], data["action"], data["to"], data["subject"]) == (None, "TY", None, "Thanks!")
    assert data["text"] == CARELESS.split("\n\n", 1)[1]
    assert {"W-SUBJECT", "W-PROOF", "W-INDEPTH", "W-SIGNOFF", "W-SIGNATURE"} <= codes(data)
    assert not codes(data) & {"W-GREETING", "W-GENERIC", "W-PERMISSION"}  # they need records
    assert data["skipped"][:2] == [  # type: ignore[index]
        {"rule": "C-02", "part": "", "reason": "no application recorded", "fix": NO_APPLICATION},
        {"rule": "C-03", "part": "", "reason": "no application recorded", "fix": NO_APPLICATION},
    ]
    assert ("C-04", "", "no recipient recorded") in skipped(data)


def test_without_an_action_only_the_rules_every_message_shares_are_checked(notes: Path) -> None:
    result = invoke("check", write(notes, "note.txt", CARELESS))
    assert result.code == 3
    assert result.out.splitlines()[0] == "1 finding(s) for any written message"  # "thx": one fault, said once
    assert (
        "Only the rules every message shares were checked (A-11, C-09, C-11, C-20, C-28); "
        "add --action (TY, F1, LI, ...) for that message's own rules."
    ) in result.out.splitlines()
    data = checked(write(notes, "note.txt", CARELESS))
    assert data["action"] is None
    assert {f["rule"] for f in data["findings"]} == {"C-11"}  # type: ignore[attr-defined]


def test_a_clean_text_without_records_exits_0_and_still_says_what_was_not_checked(notes: Path) -> None:
    result = invoke("check", write(notes, "good.txt", GOOD), "--action", "TY")
    assert (result.code, result.err) == (0, "")
    assert result.out.splitlines()[0] == "0 finding(s) for TY"
    assert any(
        line.startswith("C-04, C-09 not checked: no recipient recorded") for line in result.out.splitlines()
    )


def test_a_recipient_cannot_be_named_without_records(notes: Path, tmp_path: Path) -> None:
    result = invoke("check", write(notes, "note.txt", GOOD), "--action", "TY", "--to", "dana")
    assert_one_line_error(result, "no applications yet", "followup interview add")
    assert not (tmp_path / "followup.db").exists()


def test_a_db_path_that_does_not_exist_is_not_created(notes: Path, tmp_path: Path) -> None:
    db = tmp_path / "elsewhere.db"
    result = invoke("--db", str(db), "check", write(notes, "note.txt", GOOD), "--action", "TY")
    assert result.code == 0, result
    assert not db.exists()


def test_standard_input_is_a_text_too(tmp_path: Path) -> None:
    result = invoke("check", "-", "--action", "TY", "--json", stdin=CARELESS)
    assert result.code == 3
    assert json.loads(result.out)["subject"] == "Thanks!"
    assert not (tmp_path / "followup.db").exists()


# --- a profile only -----------------------------------------------------------------------------------
def test_with_a_profile_the_signature_and_subject_are_checked_against_it(notes: Path) -> None:
    ok("init", "--name", "Alex Morgan", "--email", "alex.morgan@example.com", "--phone", "+1 617 555 0100")
    data = checked(write(notes, "note.txt", CARELESS), "--action", "TY")
    subject = next(f for f in data["findings"] if f["code"] == "W-SUBJECT")  # type: ignore[attr-defined]
    assert "it does not carry your full name" in subject["message"]
    signature = next(f for f in data["findings"] if f["code"] == "W-SIGNATURE")  # type: ignore[attr-defined]
    assert signature["suggestion"] == (
        "Add under your name: Alex Morgan · +1 617 555 0100 · alex.morgan@example.com"
    )
    assert not any(reason == "no profile recorded" for _, _, reason in skipped(data))


# --- with the flow's application ----------------------------------------------------------------------
def test_with_an_application_and_to_nothing_is_skipped(populated: Path, notes: Path) -> None:
    data = checked(write(notes, "note.txt", CARELESS), "--action", "TY", "--to", "dana", "--now", NOW)
    assert (data["application"], data["to"], data["skipped"]) == (APP, "Dana Kim", [])
    assert {"W-GREETING", "W-GENERIC"} <= codes(data)  # "Hi Dana" (C-09); no talking point of hers (C-04)


def test_a_good_note_to_dana_is_clean(populated: Path, notes: Path) -> None:
    result = invoke("check", write(notes, "good.txt", GOOD), "--action", "TY", "--to", "dana", "--now", NOW)
    assert (result.code, result.out) == (0, "0 finding(s) for TY to Dana Kim\n"), result


def test_without_to_a_panel_thank_you_names_the_people_it_could_be_for(populated: Path, notes: Path) -> None:
    result = invoke("check", write(notes, "good.txt", GOOD), "--action", "TY", "--now", NOW)
    assert result.code == 0, result
    assert result.out.splitlines()[-1] == (
        "C-04 (a talking point of theirs), C-05 (the next-steps question), C-09, C-19 not checked: "
        "no recipient given; add --to (whom this TY is for: one of Dana Kim, Luis Ortega, Mei Chen)."
    )


def test_a_message_the_plan_has_no_step_for_is_checked_and_says_so(populated: Path, notes: Path) -> None:
    data = checked(write(notes, "good.txt", GOOD), "--action", "F2", "--now", NOW)
    assert data["application"] == APP
    assert "W-GENERIC" in codes(data)  # C-18 runs: it reads what was sent before, not the plan
    assert ("C-19", "", "F2 is not a step of the plan of harbor-analytics now") in skipped(data)


def test_with_to_a_message_the_plan_has_no_step_for_is_refused_as_before(
    populated: Path, notes: Path
) -> None:
    result = invoke("check", write(notes, "good.txt", GOOD), "--action", "F2", "--to", "dana", "--now", NOW)
    assert_one_line_error(result, "action: expected a message the plan of harbor-analytics has for Dana Kim")


def test_to_without_an_action_checks_the_greeting_against_that_person(populated: Path, notes: Path) -> None:
    data = checked(write(notes, "note.txt", CARELESS), "--to", "dana", "--now", NOW)
    assert (data["action"], data["to"], data["skipped"]) == (None, "Dana Kim", [])
    assert "W-GREETING" in codes(data)


def test_with_several_applications_and_none_named_the_text_is_checked_alone(
    populated: Path, notes: Path
) -> None:
    ok("interview", "add", "--company", "Lumen Bank", "--position", "Analyst", "--start", "2026-11-20T10:00")
    data = checked(write(notes, "note.txt", CARELESS), "--action", "TY", "--now", NOW)
    assert data["application"] is None
    assert ("C-28", "", "no application given") in skipped(data)
    assert data["skipped"][-1]["fix"] == "add --application (one of harbor-analytics, lumen-bank)"  # type: ignore[index]


def test_checking_a_file_writes_nothing(populated: Path, notes: Path) -> None:
    before = state(populated)
    invoke("check", write(notes, "note.txt", CARELESS), "--action", "TY", "--to", "dana", "--now", NOW)
    invoke("check", write(notes, "note.txt", CARELESS), "--action", "F2", "--now", NOW)
    assert state(populated) == before


def test_line_numbers_count_the_files_own_lines(notes: Path) -> None:
    result = invoke("check", write(notes, "note.txt", CARELESS), "--action", "TY")
    assert "  WARN  W-SIGNOFF [C-10] line 7, col 1: 'Cheers': use a professional closing." in result.out


# --- emails -------------------------------------------------------------------------------------------
def test_an_email_is_checked_as_the_note_it_carries(populated: Path, notes: Path) -> None:
    as_text = checked(write(notes, "good.txt", GOOD), "--action", "TY", "--to", "dana", "--now", NOW, code=0)
    eml = GOOD.replace("Subject:", "From: Alex Morgan <alex.morgan@example.com>\nSubject:", 1).encode()
    as_mail = checked(write(notes, "good.eml", eml), "--action", "TY", "--to", "dana", "--now", NOW, code=0)
    assert as_mail.pop("text") == str(as_text.pop("text")).rstrip("\n")  # the file's last line end
    assert as_mail == as_text


def test_a_reply_keeps_its_thread_subject_and_its_quotes_are_not_checked(notes: Path) -> None:
    data = checked(str(EML / "reply_quoted.eml"), "--action", "RJ")
    assert data["subject"] == "Re: Second round at Harbor Analytics"
    assert "W-SUBJECT" not in codes(data)  # K14
    assert "Could you come in" not in str(data["text"])
    human = invoke("check", str(EML / "reply_quoted.eml"), "--action", "RJ").out.splitlines()
    assert human[1] == (
        f"Read {EML / 'reply_quoted.eml'}: subject 'Re: Second round at Harbor Analytics', "
        "the text/plain part; quoted text left out (lines below count from its first line)."
    )


def test_an_html_only_email_is_checked_as_text(notes: Path) -> None:
    data = checked(str(EML / "html_only.eml"), "--action", "TY", code=0)
    assert str(data["text"]).startswith("Dear Ms. Kim,\n\nThank you for meeting with me today")


def test_a_drafted_eml_checks_clean(populated: Path, tmp_path: Path) -> None:
    out = tmp_path / "mei.eml"
    invoke("draft", "TY", "--person", "mei", "--now", NOW, "--format", "eml", "--out", str(out))
    result = invoke("check", str(out), "--action", "TY", "--to", "mei", "--now", NOW)
    assert (result.code, result.out.splitlines()[0]) == (0, "0 finding(s) for TY to Mei Chen"), result


def test_an_email_on_standard_input_is_recognised_by_its_headers() -> None:
    result = invoke("check", "-", "--action", "TY", "--json", stdin=(EML / "reply_quoted.eml").read_text())
    assert json.loads(result.out)["subject"] == "Re: Second round at Harbor Analytics"


def test_an_email_without_a_text_part_is_refused_naming_the_file(notes: Path) -> None:
    path = write(notes, "cv.eml", b"MIME-Version: 1.0\nContent-Type: application/pdf\n\nJVBERi0K\n")
    assert_one_line_error(
        invoke("check", path, "--action", "TY"), f"{path}: expected an email with a text part"
    )


def test_an_email_that_is_all_quote_is_refused(notes: Path) -> None:
    path = write(
        notes,
        "fwd.eml",
        b"From: a@b.example\nSubject: Fwd: x\n\n---------- Forwarded message ---------\nHi\n",
    )
    assert_one_line_error(invoke("check", path), f"{path}: expected an email with text of its own")


# --- what a text file may be --------------------------------------------------------------------------
def test_a_text_that_is_not_utf8_is_refused_in_one_line_naming_the_file(notes: Path, tmp_path: Path) -> None:
    path = write(notes, "latin1.txt", "Dear Ms. Kim,\n\nThank you for the café.\n".encode("latin-1"))
    result = invoke("check", path, "--action", "TY")
    assert_one_line_error(
        result, f"{path}: expected a text in UTF-8 (save it as UTF-8) (got 'byte 0xE9 at offset 36')"
    )
    assert not (tmp_path / "followup.db").exists()


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + CARELESS.encode(),
        CARELESS.encode("utf-16"),  # with its byte-order mark
        CARELESS.replace("\n", "\r\n").encode(),
    ],
    ids=["utf-8 with BOM", "utf-16 with BOM", "CRLF"],
)
def test_utf8_with_a_bom_utf16_with_a_bom_and_crlf_read_the_same(notes: Path, data: bytes) -> None:
    plain = checked(write(notes, "plain.txt", CARELESS), "--action", "TY")
    assert checked(write(notes, "other.txt", data), "--action", "TY") == plain


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (
            CARELESS.encode("utf-16-le"),
            f"{UTF8} (got 'NUL bytes: UTF-16 without a byte-order mark, or not a text')",
        ),
        (CARELESS.encode("utf-32"), f"{UTF8} (got 'UTF-32')"),
        (
            b"PK\x03\x04\x00\x00binary",
            f"{UTF8} (got 'NUL bytes: UTF-16 without a byte-order mark, or not a text')",
        ),
        (b"", "expected a message to check (got 'an empty text')"),
        (b"Subject: only a subject\n\n", "expected a message to check (got 'an empty text')"),
    ],
    ids=["utf-16 without BOM", "utf-32", "binary", "empty", "subject only"],
)
def test_what_is_not_a_message_text_is_refused(notes: Path, data: bytes, fragment: str) -> None:
    path = write(notes, "x.txt", data)
    assert_one_line_error(invoke("check", path, "--action", "TY"), f"{path}: {fragment}")


def test_a_file_that_does_not_exist_is_named_not_read_as_a_sentence(notes: Path) -> None:
    missing = str(notes / "nope.txt")
    assert_one_line_error(
        invoke("check", missing, "--action", "TY"),
        f"FILE: expected a message file to check, or - for standard input (got '{missing}: no such file')",
    )
    assert_one_line_error(invoke("check", str(notes)), f"(got '{notes}: a directory')")


def test_one_recipient_per_text(notes: Path) -> None:
    result = invoke("check", write(notes, "n.txt", GOOD), "--to", "dana", "--to", "mei")
    assert_one_line_error(result, "--to: expected one recipient for a message text (got 'dana, mei')")


def test_a_non_utf8_text_on_standard_input_is_refused_by_the_real_program(tmp_path: Path) -> None:
    result = run_script("check", "-", "--action", "TY", home=tmp_path, stdin="")
    assert result.returncode == 2
    assert result.stderr == "followup: standard input: expected a message to check (got 'an empty text')\n"


def test_a_voicemail_script_can_be_checked(notes: Path) -> None:
    """Found by fuzzing: --action offered the guard's actions only; C-22's voicemail limit was unreachable."""
    script = "Hello, this is Alex. " + "I am calling about the role and would love to hear back. " * 8
    data = checked(write(notes, "voicemail.txt", script), "--action", "VOICEMAIL")
    assert [f["rule"] for f in data["findings"] if f["code"] == "W-VOICEMAIL-LONG"] == ["C-22"]  # type: ignore[attr-defined]


def test_the_guard_is_not_asked_about_a_voicemail_script(populated: Path) -> None:
    result = invoke("check", "--action", "VOICEMAIL", "--now", NOW)
    assert_one_line_error(result, "--action: expected a move the guard knows", "VOICEMAIL is a script")


def test_a_text_longer_than_any_message_is_refused(notes: Path) -> None:
    path = write(notes, "book.txt", "Dear Ms. Kim,\n\n" + "word " * 4_000)
    assert_one_line_error(
        invoke("check", path, "--action", "TY"),
        f"{path}: expected a message of at most 20,000 characters (got '20,015')",
    )


def test_a_sentence_too_long_to_be_a_file_name_is_read_as_a_sentence(populated: Path) -> None:
    """It was asked whether it named a file, and the operating system's "file name too long" escaped."""
    result = invoke("check", "send F1 to Priya by email " + "x" * 300, "--now", "2026-12-15T10:00", "--json")
    assert result.code in (0, 3) and result.err == "", result
    assert json.loads(result.out)["action"] == "F1"


def test_a_file_name_too_long_for_the_system_is_refused_in_one_line(notes: Path) -> None:
    name = str(notes / ("x" * 300 + ".txt"))
    assert_one_line_error(invoke("check", name), "expected a message file to check", "x.txt: no such file' (")
