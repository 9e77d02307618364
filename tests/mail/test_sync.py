"""`followup sync` and `followup inbox` against a real Dovecot (issue 10, item 4). Scenario S04 (PLAYBOOK
§4): Lumen Bank said "a decision by Friday 22 May", so F2 to Ben Carter (HR) waits: ALLOWED from Tue 26
May, DUE Mon 01 Jun – Mon 08 Jun. A draft of F2 goes to the mailbox on 26 May; what comes back is
appended to INBOX as a mail client's server would receive it."""

from __future__ import annotations

import email
import os
import subprocess
import sys
from email import policy
from pathlib import Path

from followup.core import codec
from tests.cli.conftest import assert_one_line_error, invoke, ok
from tests.support.mailservers import Dovecot

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
DRAFTED = "2026-05-26T10:00"
LATER = "2026-05-27T12:00"


def mail(
    text: str,
    *,
    sender: str = "Ben Carter <ben.carter@lumen.example>",
    subject: str = "Re: Credit Analyst",
    date: str = "Wed, 27 May 2026 09:30:00 -0400",
    message_id: str = "<reply-1@lumen.example>",
    in_reply_to: str = "",
    extra: str = "",
) -> bytes:
    head = (
        f"From: {sender}\r\nTo: Alex Morgan <alex@example.com>\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: {message_id}\r\n"
    )
    if in_reply_to:
        head += f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n"
    head += extra + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    return (head + text.replace("\n", "\r\n")).encode()


INVITATION = (
    "Dear Alex,\n\nThank you for your note. We would like to invite you to a second interview with our "
    "head of credit. Could you come in on Tuesday 2 June at 10:00?\n\nBest regards,\nBen Carter\n"
)


def drafted_f2(lumen: Dovecot) -> str:
    placed = ok("draft", "F2", "--now", DRAFTED, "--to-mailbox", "--json").json()["mailbox"]
    return str(placed["message_id"])


def plan_step(now: str, key: str) -> dict[str, object]:
    data = ok("plan", "--now", now, "--all", "--json").json()
    steps = data["applications"][0]["steps"]
    return next(s for s in steps if s["key"] == key or s["key"].startswith(key + ":"))  # type: ignore[no-any-return]


def test_a12_e01_a_reply_threaded_to_our_draft_is_proposed_accepted_and_replans(lumen: Dovecot) -> None:
    message_id = drafted_f2(lumen)
    lumen.append(mail(INVITATION, in_reply_to=message_id))
    result = ok("sync", "--now", LATER, "--json").json()
    assert [f["folder"] for f in result["folders"]] == ["INBOX", "Sent"]
    assert result["read"] == 1 and result["ignored"] == 0
    [proposal] = result["proposed"]
    assert (proposal["number"], proposal["application"], proposal["person"]) == (1, "lumen", "ben")
    assert (proposal["kind"], proposal["matched_by"], proposal["status"]) == (
        "invitation",
        "thread",
        "proposed",
    )
    assert proposal["subject"] == "Re: Credit Analyst"
    assert proposal["from"] == "Ben Carter <ben.carter@lumen.example>"
    assert proposal["sent_at"] == "2026-05-27T13:30:00+00:00"
    assert proposal["phrases"] and proposal["text"].startswith("Dear Alex")
    listed = ok("inbox", "--json").json()
    assert [p["number"] for p in listed["proposals"]] == [1] and listed["failing"] == []
    text = ok("inbox").out
    assert text.startswith("1. lumen: invitation (")
    accepted = ok("inbox", "accept", "1", "--now", LATER, "--json").json()
    assert (accepted["status"], accepted["kind"]) == ("accepted", "invitation")
    events = codec.loads(ok("export").out).applications[0].events
    logged = next(e for e in events if e.id == accepted["event"])
    assert (logged.type.value, logged.kind, logged.from_person) == ("inbound", "invitation", "ben")
    # E-01: an answer is due; A-12: the status follow-up is cancelled
    assert plan_step(LATER, "F2")["state"] == "CANCELLED"
    answer = plan_step(LATER, "RSP")
    assert (answer["state"], answer["to"]) == ("DUE", ["Ben Carter"])
    assert ok("inbox", "--json").json()["proposals"] == []


def test_undoing_an_accepted_reply_puts_the_proposal_back_and_it_can_be_accepted_again(
    lumen: Dovecot,
) -> None:
    lumen.append(mail(INVITATION))
    ok("sync", "--now", LATER)
    ok("inbox", "accept", "1", "--now", LATER)
    assert plan_step(LATER, "F2")["state"] == "CANCELLED"
    ok("undo")
    [back] = ok("inbox", "--json").json()["proposals"]
    assert (back["number"], back["status"], back["event"]) == (1, "proposed", None)
    assert plan_step(LATER, "F2")["state"] != "CANCELLED"
    again = ok("inbox", "accept", "1", "--now", LATER, "--json").json()
    assert (again["status"], again["kind"]) == ("accepted", "invitation")
    inbound = [e for e in codec.loads(ok("export").out).applications[0].events if e.kind == "invitation"]
    assert [e.id for e in inbound] == [again["event"]]  # one event, not two


def test_two_syncs_at_once_keep_each_message_once_and_log_a_sent_draft_once(lumen: Dovecot) -> None:
    message_id = drafted_f2(lumen)
    [(_, _, raw)] = lumen.messages("Drafts")
    sent = raw.replace(b"Date: ", b"X-Old-Date: ", 1)
    lumen.append(b"Date: Tue, 26 May 2026 11:00:00 -0400\r\n" + sent, "Sent")
    for n in range(12):
        lumen.append(mail(INVITATION, message_id=f"<reply-{n}@lumen.example>", in_reply_to=message_id))
    home = os.environ["FOLLOWUP_HOME"]
    command = [sys.executable, "-m", "followup", "sync", "--now", LATER, "--json"]
    env = {**os.environ, "FOLLOWUP_HOME": home}
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    kept = sorted(p["message_id"] for p in ok("inbox", "--json").json()["proposals"])
    assert kept == sorted(f"<reply-{n}@lumen.example>" for n in range(12))
    f2 = [e for e in codec.loads(ok("export").out).applications[0].events if e.kind == "F2"]
    assert len(f2) == 1


def test_a_second_sync_with_nothing_new_reads_nothing(lumen: Dovecot) -> None:
    lumen.append(mail(INVITATION))
    first = ok("sync", "--now", LATER, "--json").json()
    assert first["read"] == 1 and len(first["proposed"]) == 1
    again = ok("sync", "--now", LATER, "--json").json()
    assert again["read"] == 0 and again["proposed"] == [] and again["already_read"] == 0
    assert (
        ok("sync", "--now", LATER).out == "INBOX: 0 new\nSent: 0 new\nNothing new from your applications.\n"
    )


def test_a_uidvalidity_reset_rescans_without_duplicate_proposals(lumen: Dovecot) -> None:
    lumen.append(mail(INVITATION))
    ok("sync", "--now", LATER)
    lumen.reset_uidvalidity("INBOX")
    again = ok("sync", "--now", LATER, "--json").json()
    inbox = next(f for f in again["folders"] if f["folder"] == "INBOX")
    assert (inbox["rescan"], inbox["messages"]) == (True, 1)
    assert (again["already_read"], again["proposed"]) == (1, [])
    assert [p["number"] for p in ok("inbox", "--json").json()["proposals"]] == [1]


def test_a_sender_is_matched_by_address_then_by_domain_and_strangers_are_ignored(lumen: Dovecot) -> None:
    lumen.append(mail("Thank you, we are still interviewing and will be in touch.", message_id="<a@x>"))
    lumen.append(
        mail(
            "Thank you, we are still interviewing and will be in touch.",
            sender="Payroll <payroll@lumen.example>", message_id="<b@x>",
        )
    )  # fmt: skip
    lumen.append(mail("Big sale today only!", sender="Shop <news@shop.example>", message_id="<c@x>"))
    result = ok("sync", "--now", LATER, "--json").json()
    assert result["ignored"] == 1
    assert [(p["matched_by"], p["person"]) for p in result["proposed"]] == [
        ("sender", "ben"),
        ("domain", None),
    ]


def test_an_out_of_office_with_a_return_date_holds_the_follow_up_until_then(lumen: Dovecot) -> None:
    away = mail(
        "I am out of the office until Friday 5 June 2026 with limited access to email.",
        subject="Automatic reply: Credit Analyst",
        extra="Auto-Submitted: auto-replied\r\n",
        date="Mon, 25 May 2026 09:00:00 -0400",
    )
    lumen.append(away)
    result = ok("sync", "--now", "2026-05-26T09:00", "--json").json()
    [recorded] = result["auto_replies"]
    assert (recorded["kind"], recorded["date"], recorded["person"]) == ("auto_reply", "2026-06-05", "ben")
    assert result["proposed"] == []
    held = plan_step("2026-06-02T10:00", "F2")
    assert held["state"] == "NOT_YET" and "N-AWAY" in held["codes"]
    back = plan_step("2026-06-05T10:00", "F2")
    assert back["state"] == "DUE" and "N-AWAY" not in back["codes"]


def test_a_bounce_marks_the_address_failing_and_shows_it(lumen: Dovecot) -> None:
    bounce = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\nTo: alex@example.com\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nDate: Wed, 27 May 2026 09:00:00 +0000\r\n"
        b"Message-ID: <bounce-1@mx.example.com>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system. Your message could not be "
        b"delivered to <ben.carter@lumen.example>: user unknown.\r\n"
        b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n"
        b"Final-Recipient: rfc822; ben.carter@lumen.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"--B--\r\n"
    )
    lumen.append(bounce)
    result = ok("sync", "--now", LATER, "--json").json()
    [marked] = result["bounces"]
    assert (marked["application"], marked["person"], marked["text"]) == (
        "lumen",
        "ben",
        "ben.carter@lumen.example",
    )
    failing = ok("inbox", "--json").json()["failing"]
    assert failing == [
        {
            "address": "ben.carter@lumen.example",
            "at": "2026-05-27T09:00:00+00:00",
            "reason": "no such mailbox at that address (status 5.1.1)",
        }
    ]
    assert (
        "Failing address: ben.carter@lumen.example: no such mailbox at that address (status 5.1.1)"
        in ok("inbox").out
    )


def test_the_real_fixture_emails_never_crash_sync(lumen: Dovecot) -> None:
    names = lumen.append_fixtures()
    result = invoke("sync", "--now", LATER, "--json")
    assert (result.code, result.err) == (0, ""), result
    data = result.json()
    assert data["read"] == len(names) > 0
    kept = len(data["proposed"]) + len(data["auto_replies"]) + len(data["bounces"])
    assert data["ignored"] + kept == len(names)
    again = ok("sync", "--now", LATER, "--json").json()
    assert again["read"] == 0


def test_a_draft_sent_from_the_mail_program_is_logged_as_sent(lumen: Dovecot) -> None:
    message_id = drafted_f2(lumen)
    [(_, _, raw)] = lumen.messages("Drafts")
    sent = raw.replace(b"Date: ", b"X-Old-Date: ", 1)
    lumen.append(b"Date: Tue, 26 May 2026 11:00:00 -0400\r\n" + sent, "Sent")
    result = ok("sync", "--now", LATER, "--json").json()
    [noticed] = result["sent"]
    assert (noticed["kind"], noticed["message_id"], noticed["status"]) == ("F2", message_id, "sent")
    events = codec.loads(ok("export").out).applications[0].events
    logged = next(e for e in events if e.id == noticed["event"])
    assert (logged.type.value, logged.kind, logged.to) == ("sent", "F2", ("ben",))
    assert plan_step(LATER, "F2")["state"] == "DONE"


def test_inbox_add_reads_a_file_without_a_mailbox(lumen: Dovecot, tmp_path: Path) -> None:
    ok("mail", "forget")
    path = tmp_path / "reply.eml"
    path.write_bytes(mail(INVITATION))
    result = ok("inbox", "add", str(path), "--now", LATER, "--json").json()
    [proposal] = result["proposed"]
    assert (proposal["kind"], proposal["application"], proposal["matched_by"]) == (
        "invitation",
        "lumen",
        "sender",
    )
    assert ok("inbox", "add", str(path), "--now", LATER, "--json").json()["already_read"] == 1
    stranger = tmp_path / "stranger.eml"
    stranger.write_bytes(mail("Hello", sender="x@elsewhere.example", message_id="<s@x>"))
    assert ok("inbox", "add", str(stranger), "--now", LATER).out == (
        f"{stranger}: from no one of your applications; ignored.\n"
    )


def test_e06_a_timeframe_is_accepted_with_its_date_and_refused_without_one(
    lumen: Dovecot, tmp_path: Path
) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(mail("Thanks for your patience. We expect to decide by Friday 12 June 2026."))
    [proposal] = ok("inbox", "add", str(path), "--now", LATER, "--json").json()["proposed"]
    assert proposal["kind"] == "timeframe" and proposal["date"] == "2026-06-12"
    ok("inbox", "accept", "1", "--now", LATER)
    assert plan_step(LATER, "F2")["windows"][0] == {
        "state": "ALLOWED",
        "from": "2026-06-15",
        "to": "2026-06-18",
    }


def test_errors_are_one_line_and_one_json_document(lumen: Dovecot) -> None:
    assert_one_line_error(invoke("inbox", "accept", "7"), "N: expected the number of a proposal")
    result = invoke("inbox", "accept", "x", "--json")
    assert result.code == 2 and result.json()["error"]
    assert_one_line_error(invoke("inbox", "dismiss", "0"), "N: expected the number of a proposal")
    ok("mail", "forget")
    result = invoke("sync", "--json")
    assert result.code == 2 and "no mail account yet" in str(result.json())


def test_dismiss_drops_a_proposal(lumen: Dovecot) -> None:
    lumen.append(mail(INVITATION))
    ok("sync", "--now", LATER)
    dismissed = ok("inbox", "dismiss", "1", "--json").json()
    assert dismissed["status"] == "dismissed"
    assert ok("inbox", "--json").json()["proposals"] == []
    assert codec.loads(ok("export").out).applications[0].events[-1].kind == "timeframe"


def test_auto_apply_replies_applies_a_sure_reply_at_once_and_is_off_by_default(lumen: Dovecot) -> None:
    assert ok("settings", "auto_apply_replies", "--json").json()["value"] == "false"
    ok("settings", "auto_apply_replies", "true")
    lumen.append(mail(INVITATION))
    result = ok("sync", "--now", LATER, "--json").json()
    [applied] = result["applied"]
    assert (applied["kind"], result["proposed"]) == ("invitation", [])
    events = codec.loads(ok("export").out).applications[0].events
    assert (events[-1].kind, events[-1].from_person) == ("invitation", "ben")
    assert plan_step(LATER, "F2")["state"] == "CANCELLED"


def test_a_long_run_on_a_pipe_prints_no_progress_bar(lumen: Dovecot) -> None:
    with lumen.client() as connection:
        for n in range(210):
            raw = mail("Newsletter", sender="news@shop.example", message_id=f"<n{n}@shop.example>")
            connection.append("INBOX", None, None, raw)  # type: ignore[arg-type]
    result = invoke("sync", "--now", LATER)
    assert (result.code, result.err) == (0, "")
    assert result.out == "INBOX: 210 new\nSent: 0 new\nNothing new from your applications.\n"


def test_inbox_add_reads_standard_input_and_refuses_what_is_no_email(lumen: Dovecot) -> None:
    result = invoke("inbox", "add", "-", "--now", LATER, "--json", stdin=mail(INVITATION).decode())
    assert result.code == 0, result
    assert [p["kind"] for p in result.json()["proposed"]] == ["invitation"]
    assert_one_line_error(
        invoke("inbox", "add", "-", "--now", LATER, stdin="just some words\n"),
        "standard input: expected an email (.eml) with its headers",
    )


def test_a_server_that_is_down_is_one_line_and_one_json_document_and_nothing_is_remembered(
    lumen: Dovecot,
) -> None:
    lumen.append(mail(INVITATION))
    lumen.stop()
    result = invoke("sync", "--now", LATER, "--json")
    assert (result.code, result.out.count("\n{")) == (2, 0)
    error = result.json()["error"]
    line = (
        f"IMAP server 127.0.0.1:{lumen.port}: nothing answers there (is the server down, or the port wrong?)"
    )
    assert line in str(error)
    assert_one_line_error(invoke("sync", "--now", LATER), line)
    assert ok("inbox", "--json").json() == {"proposals": [], "failing": []}


def test_a_proposal_below_the_classifiers_threshold_says_not_sure(lumen: Dovecot) -> None:
    lumen.append(mail("Got it."))
    [proposal] = ok("sync", "--now", LATER, "--json").json()["proposed"]
    assert (proposal["kind"], proposal["sure"]) == ("generic", False)
    assert ok("inbox").out.startswith(
        f"1. lumen: generic ({proposal['confidence']:.2f}, not sure: read it yourself) from Ben Carter "
        "<ben.carter@lumen.example>, 2026-05-27: Re: Credit Analyst\n"
    )


def test_a_draft_whose_message_id_the_mail_program_rewrote_is_found_by_recipient_subject_and_time(
    lumen: Dovecot,
) -> None:
    drafted_f2(lumen)
    [(_, _, raw)] = lumen.messages("Drafts")
    parsed = email.message_from_bytes(raw, policy=policy.default)
    resent = mail(
        "My own words now.", sender="Alex Morgan <alex@example.com>", subject=str(parsed["Subject"]),
        date="Tue, 26 May 2026 11:00:00 -0400", message_id="<rewritten-1@client.example>",
    )  # fmt: skip
    to_ben = b"To: Ben Carter <ben.carter@lumen.example>"
    resent = resent.replace(b"To: Alex Morgan <alex@example.com>", to_ben)
    lumen.append(resent, "Sent")
    other = resent.replace(b"<rewritten-1@", b"<other-2@").replace(b"Subject: ", b"Subject: Fwd: ")
    lumen.append(other, "Sent")
    result = ok("sync", "--now", LATER, "--json").json()
    [noticed] = result["sent"]
    assert (noticed["kind"], noticed["message_id"]) == ("F2", "<rewritten-1@client.example>")
    assert result["ignored"] == 1
    assert plan_step(LATER, "F2")["state"] == "DONE"
    # a reply threaded to the message as the mail program sent it is matched by that thread
    lumen.append(
        mail(
            INVITATION,
            sender="Someone <someone@elsewhere.example>",
            in_reply_to="<rewritten-1@client.example>",
        )
    )
    [proposal] = ok("sync", "--now", LATER, "--json").json()["proposed"]
    assert (proposal["matched_by"], proposal["application"], proposal["person"]) == ("thread", "lumen", "ben")
