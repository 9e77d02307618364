"""`followup draft ACTION --to-mailbox` against a real Dovecot (issue 10, item 3): the guard judges it
first (a BLOCK refuses, nothing reaches the mailbox, unless --force --reason), then the message lands in
Drafts flagged \\Draft with our Message-ID, which is kept with the draft (and its override), and it is
never put there twice. Scenario S04 (PLAYBOOK §4): Lumen Bank said "within two weeks" of Wed 15 Apr
2026, so an F1 to Ben Carter is BLOCKED by A-01 until Thu 30 Apr."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from followup.core import codec
from tests.cli.conftest import assert_one_line_error, invoke, ok
from tests.support.mailservers import Dovecot

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
EARLY = "2026-04-27T10:00"  # F1 blocked: W-EARLY
DUE = "2026-04-30T10:00"  # F1 allowed


def saved_draft(step: str = "F1") -> object:
    records = codec.loads(ok("export").out)
    return next(d for d in records.applications[0].drafts if d.step_key == step)


def test_an_allowed_draft_lands_in_drafts_flagged_with_our_message_id(lumen: Dovecot) -> None:
    result = invoke("draft", "F1", "--now", DUE, "--to-mailbox", "--json")
    assert (result.code, result.err) == (0, ""), result
    data = result.json()
    assert data["guard"]["verdict"] == "ALLOWED"
    placed = data["mailbox"]
    [(uid, flags, raw)] = lumen.messages("Drafts")
    assert placed == {
        "folder": "Drafts",
        "uid": uid,
        "message_id": placed["message_id"],
        "override_codes": [],
    }
    assert set(flags) == {b"\\Draft", b"\\Seen"}
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Message-ID"] == placed["message_id"]
    assert message["From"].addresses[0].addr_spec == "alex@example.com"
    assert message["To"].addresses[0].addr_spec == "ben.carter@lumen.example"
    assert message["Subject"] == data["subject"]
    assert message["X-Unsent"] is None
    assert message.get_content().replace("\r\n", "\n").strip() == str(data["text"]).strip()
    kept = saved_draft()
    assert kept.message_id == placed["message_id"]  # type: ignore[attr-defined]
    assert kept.mailbox_at is not None and kept.override_codes == ()  # type: ignore[attr-defined]
    assert lumen.messages("INBOX") == [] and lumen.messages("Sent") == []


def test_the_text_output_says_where_it_went(lumen: Dovecot) -> None:
    result = invoke("draft", "F1", "--now", DUE, "--to-mailbox")
    assert result.code == 0, result
    [(uid, _, raw)] = lumen.messages("Drafts")
    message_id = email.message_from_bytes(raw, policy=policy.default)["Message-ID"]
    assert result.err == (
        f"Put in your Drafts folder (Drafts, UID {uid} on 127.0.0.1; Message-ID {message_id}): send it from "
        "your mail program.\n"
    )
    assert result.out.startswith("Subject: ")


def test_a01_a_blocked_draft_is_refused_and_nothing_reaches_the_mailbox(lumen: Dovecot) -> None:
    result = invoke("draft", "F1", "--now", EARLY, "--to-mailbox")
    assert_one_line_error(
        result,
        "not put in your mailbox: W-EARLY: They said Wed 29 Apr: wait until Thu 30 Apr.",
        '--force --reason "why"',
    )
    assert lumen.messages("Drafts") == []
    assert codec.loads(ok("export").out).applications[0].drafts == ()


def test_a01_force_needs_a_reason_and_the_override_is_kept(lumen: Dovecot) -> None:
    assert_one_line_error(
        invoke("draft", "F1", "--now", EARLY, "--to-mailbox", "--force"),
        "--reason: expected a few words saying why you override the guard",
    )
    assert lumen.messages("Drafts") == []
    data = ok(
        "draft", "F1", "--now", EARLY, "--to-mailbox", "--force", "--reason", "they asked me to", "--json"
    ).json()
    assert data["guard"]["verdict"] == "BLOCKED"
    assert data["mailbox"]["override_codes"] == ["W-EARLY"]
    assert len(lumen.messages("Drafts")) == 1
    kept = saved_draft()
    assert (kept.override_codes, kept.override_reason) == (("W-EARLY",), "they asked me to")  # type: ignore[attr-defined]


def test_the_same_draft_is_never_put_there_twice(lumen: Dovecot) -> None:
    first = ok("draft", "F1", "--now", DUE, "--to-mailbox", "--json").json()["mailbox"]
    again = invoke("draft", "F1", "--now", DUE, "--to-mailbox")
    assert_one_line_error(
        again,
        f"this draft is in your Drafts folder already (Drafts, UID {first['uid']}, Message-ID "
        f"{first['message_id']})",
    )
    assert len(lumen.messages("Drafts")) == 1


def test_without_an_account_it_says_how_to_set_one_up(lumen: Dovecot) -> None:
    ok("mail", "forget")
    assert_one_line_error(
        invoke("draft", "F1", "--now", DUE, "--to-mailbox"),
        "no mail account yet: set one up with `followup mail setup`",
    )


def test_a_file_format_and_the_mailbox_are_not_mixed(lumen: Dovecot, tmp_path: Path) -> None:
    result = invoke(
        "draft", "F1", "--now", DUE, "--to-mailbox", "--format", "eml", "--out", str(tmp_path / "x.eml")
    )
    assert_one_line_error(result, "--to-mailbox: expected no --format")
    assert lumen.messages("Drafts") == [] and not (tmp_path / "x.eml").exists()
    assert_one_line_error(
        invoke("draft", "F1", "--now", DUE, "--force"), "--force: expected --to-mailbox with it"
    )


def test_a_mailbox_server_that_is_down_puts_nothing_there_and_a_retry_does(lumen: Dovecot) -> None:
    port = lumen.port
    lumen.stop()
    result = invoke("draft", "F1", "--now", DUE, "--to-mailbox", "--json")
    assert result.code == 2 and result.err == ""
    assert result.json()["error"]["message"] == (
        f"IMAP server 127.0.0.1:{port}: nothing answers there (is the server down, or the port wrong?)"
    )
    kept = saved_draft()  # its Message-ID is kept before the server is asked, but it is not in the mailbox
    assert kept.message_id and kept.mailbox_at is None  # type: ignore[attr-defined]
    lumen.directory.mkdir()
    lumen.start()
    again = ok("draft", "F1", "--now", DUE, "--to-mailbox", "--json").json()["mailbox"]
    assert again["message_id"] == kept.message_id  # type: ignore[attr-defined]
    assert [uid for uid, _, _ in lumen.messages("Drafts")] == [again["uid"]]


def test_a_copy_already_there_but_not_recorded_is_taken_not_doubled(lumen: Dovecot, tmp_path: Path) -> None:
    """As after a run that died between the append and the record, or an .eml the user put there."""
    eml = tmp_path / "f1.eml"
    assert invoke("init", "--email", "alex@example.com").code == 0  # S04's profile has no address
    assert invoke("draft", "F1", "--now", DUE, "--format", "eml", "--out", str(eml)).code == 0
    uid = lumen.append(eml.read_bytes(), "Drafts", flags="(\\Draft)")
    placed = ok("draft", "F1", "--now", DUE, "--to-mailbox", "--json").json()["mailbox"]
    assert placed["uid"] == uid
    assert [u for u, _, _ in lumen.messages("Drafts")] == [uid]
    assert saved_draft().mailbox_at is not None  # type: ignore[attr-defined]


def test_a_message_that_does_not_go_by_email_is_refused(lumen: Dovecot) -> None:
    result = invoke("draft", "VOICEMAIL", "--now", DUE, "--to-mailbox")
    assert_one_line_error(result, "--to-mailbox: expected an email draft (this VOICEMAIL goes by phone)")
    assert lumen.messages("Drafts") == []
