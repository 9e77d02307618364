"""`followup send` through a real SMTP server (aiosmtpd on 127.0.0.1): the draft arrives once with our
Message-ID and is recorded as sent with its exact text; the guard stops a BLOCK unless forced (a send now
only, §1.6); attachments are checked; a wrong password, a server that is down, a 5xx and a 4xx are one
line each, and the message is kept or failed as the outbox says."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.cli.conftest import Result, invoke
from tests.mail.conftest import SECRET, configure
from tests.mail.outbox_support import Server, outbox_rows, sent_events, server, stored_sizes

__all__ = ["server"]

NOW = "2026-03-02T14:00"  # S01: the thank-you notes are due


def _state(step: str, now: str) -> str:
    plan = invoke("plan", "--now", now, "--json").json()["applications"][0]
    return str(next(s for s in plan["steps"] if s["key"] == step)["state"])


def _events() -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = invoke("export").json()["applications"][0]["events"]
    return events


def _send(*args: str) -> tuple[int, dict[str, object], str]:
    result = invoke("send", *args, "--json")
    return result.code, json.loads(result.out), result.err


def test_a_thank_you_arrives_once_with_our_message_id_and_is_recorded_with_its_exact_text(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    drafted = invoke("draft", "TY", "--person", "dana", "--now", NOW, "--json").json()
    code, data, err = _send("TY", "--person", "dana", "--yes", "--now", NOW)
    assert (code, err) == (0, ""), data
    assert len(server.messages) == 1
    message = server.parsed()[0]
    assert str(message["Message-ID"]) == data["message_id"]
    assert str(data["message_id"]).endswith("@example.com>")  # the user's own domain
    assert str(message["To"]) == "Dana Kim <dana.kim@harbor.example>"
    assert message["X-Unsent"] is None  # a real message, not a draft for Outlook
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == drafted["text"]
    outbox = data["outbox"]
    assert isinstance(outbox, dict)
    assert (outbox["state"], outbox["event"]) == ("sent", "e1")
    assert [h["state"] for h in outbox["history"]] == ["claimed", "sending", "sent"]
    assert sent_events(store) == [("TY", drafted["subject"], drafted["text"])]
    assert outbox_rows(store) == [(1, "sent", data["message_id"])]
    # The plan has moved on: the thank-you to Dana is done.
    assert _state("TY:dana", "2026-03-02T14:05") == "DONE"


def test_sending_the_same_step_twice_is_refused_and_nothing_more_arrives(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert _send("TY", "--person", "dana", "--yes", "--now", NOW)[0] == 0
    again = invoke("send", "TY", "--person", "dana", "--yes", "--now", "2026-03-02T14:10")
    assert again.code == 2 and again.err_lines == [
        "followup: not sent: TY:dana went out by mail already (outbox 1). To send it again anyway: --force "
        '--reason "why"'
    ], again
    assert len(server.messages) == 1 and outbox_rows(store)[1:] == []


def test_a01_a_block_stops_a_send_now_in_words_and_nothing_is_queued_or_sent(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert invoke("timeline", "we will decide by Friday 13 March", "--now", NOW).code == 0
    result = invoke("send", "F1", "--yes", "--now", "2026-03-04T10:00")
    assert result.code == 2 and result.err_lines == [
        "followup: not sent: W-EARLY: They said Fri 13 Mar: wait until Mon 16 Mar (A-01). "
        'To send it anyway: --force --reason "why"'
    ], result
    assert "BLOCKED now: too early. This can go from Mon 16 Mar." in result.out
    assert server.messages == [] and outbox_rows(store) == []


def test_a01_force_with_a_reason_sends_now_and_records_the_override(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert invoke("timeline", "we will decide by Friday 13 March", "--now", NOW).code == 0
    code, data, err = _send(
        "F1", "--yes", "--now", "2026-03-04T10:00", "--force", "--reason", "Priya asked me to"
    )
    assert (code, err) == (0, ""), data
    assert len(server.messages) == 1
    sent = [e for e in _events() if e["type"] == "sent"]
    assert [(e["kind"], e["override_codes"], e["override_reason"]) for e in sent] == [
        ("F1", ["W-EARLY"], "Priya asked me to")
    ]


def test_s1_6_a_forced_override_never_schedules_a_message(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    result = invoke(
        "send", "F1", "--yes", "--at", "2026-03-20T10:00", "--force", "--reason", "x", "--now", NOW
    )
    assert result.code == 2 and result.err_lines == [
        "followup: --force: expected a send now: a forced override never schedules a blocked message "
        "(PLAYBOOK §1.6)"
    ]
    assert outbox_rows(store) == []


def test_a_blocked_message_is_not_queued_for_a_moment_it_is_still_blocked(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert invoke("timeline", "we will decide by Friday 13 March", "--now", NOW).code == 0
    result = invoke("send", "F1", "--yes", "--at", "2026-03-10T10:00", "--now", "2026-03-04T10:00")
    assert result.code == 2 and result.err.startswith("followup: not queued: W-EARLY"), result
    assert outbox_rows(store) == []


def test_t07_next_good_time_is_the_first_working_morning_after_the_wait(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert invoke("timeline", "we will decide by Friday 13 March", "--now", NOW).code == 0
    code, data, err = _send("F1", "--yes", "--next-good-time", "--now", "2026-03-04T10:00")
    assert (code, err) == (0, ""), data
    # K1: bd(D,1) is Mon 16 Mar; T-07: 09:00 the recipient's time (Harbor Analytics, Boston).
    assert data["at"] == "2026-03-16T09:00:00-04:00"
    assert outbox_rows(store) == [(1, "queued", data["message_id"])]
    assert server.messages == []


def test_the_outbox_delivers_a_scheduled_message_when_it_is_due_and_not_before(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    code, data, _ = _send("F1", "--yes", "--at", "2026-03-10T10:00", "--now", NOW)
    assert code == 0 and data["outbox"]["state"] == "queued"  # type: ignore[index]
    early = invoke("outbox", "run", "--now", "2026-03-10T09:59", "--json")
    assert early.code == 0 and early.json()["delivered"] == []
    assert server.messages == []
    run = invoke("outbox", "run", "--now", "2026-03-10T10:01", "--json")
    assert run.code == 0, run
    assert [d["state"] for d in run.json()["delivered"]] == ["sent"]
    assert server.ids() == [data["message_id"]]
    # dated when it went, not when it was queued eight days before
    went = email.utils.parsedate_to_datetime(str(server.parsed()[0]["Date"]))
    assert went == dt.datetime(2026, 3, 10, 10, 1, tzinfo=ZoneInfo("America/New_York"))
    again = invoke("outbox", "run", "--now", "2026-03-10T11:00", "--json")
    assert again.code == 0 and again.json()["delivered"] == []
    assert len(server.messages) == 1


def test_a12_a_queued_follow_up_is_held_when_an_offer_arrives_before_it_goes(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert _send("F1", "--yes", "--at", "2026-03-10T10:00", "--now", NOW)[0] == 0
    assert invoke("log", "offer", "--at", "2026-03-09T12:00", "--now", "2026-03-09T12:05").code == 0
    run = invoke("outbox", "run", "--now", "2026-03-10T10:01", "--json")
    assert run.code == 0, run
    held = run.json()["delivered"][0]
    assert held["state"] == "held"
    assert held["reason"] == (
        "held: the guard blocks it now: W-CLOSED: The outcome is known: status outreach has stopped (A-12); "
        "it is not sent by itself (`followup outbox cancel 1` takes it out)"
    )
    assert server.messages == []
    listed = invoke("outbox").out
    assert "held" in listed and "W-CLOSED" in listed
    cancelled = invoke("outbox", "cancel", "1", "--json")
    assert cancelled.code == 0 and cancelled.json()["state"] == "cancelled"


def test_a_wrong_password_is_one_line_and_the_message_is_kept_for_a_retry(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, "wrong-" + SECRET)
    result = invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW)
    assert result.code == 2 and len(result.err_lines) == 1, result
    assert result.err.startswith(
        "followup: outbox 1: not sent: the SMTP server 127.0.0.1 refused the user name or password; "
        "next try from 2026-03-02 19:05 UTC"
    )
    assert SECRET not in result.err
    assert outbox_rows(store)[0][1] == "queued" and server.messages == []
    configure(monkeypatch, server.port, SECRET)  # fixed: the next run after the wait sends it
    early = invoke("outbox", "run", "--now", "2026-03-02T14:04", "--json")
    assert early.code == 0 and early.json()["delivered"] == []
    run = invoke("outbox", "run", "--now", "2026-03-02T14:06", "--json")
    assert run.code == 0 and [d["state"] for d in run.json()["delivered"]] == ["sent"]
    assert len(server.messages) == 1


def test_a_server_that_is_down_is_one_line_and_the_message_is_kept(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.mail.conftest import _free_port

    configure(monkeypatch, _free_port(), SECRET)  # nothing listens there
    result = invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW, "--json")
    assert result.code == 2 and result.err == ""
    document = result.json()
    assert document["error"]["message"].startswith("outbox 1: not sent: could not send through 127.0.0.1:")
    assert "ConnectionRefusedError" in document["error"]["message"]
    assert document["outbox"]["state"] == "queued" and document["outbox"]["attempts"] == 1


def test_a_permanent_refusal_fails_the_message_with_the_servers_reason_and_the_step_is_due_again(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    server.refuse["dana.kim@harbor.example"] = "550 5.1.1 No such user here"
    result = invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW)
    assert result.code == 2 and result.err_lines == [
        "followup: outbox 1: failed: 127.0.0.1:"
        f"{server.port} refused the recipients (dana.kim@harbor.example: 550 5.1.1 No such user here); "
        "TY:dana is due again"
    ], result
    assert outbox_rows(store)[0][1] == "failed" and sent_events(store) == []
    assert _state("TY:dana", "2026-03-02T14:05") == "DUE"


def test_a_temporary_refusal_keeps_the_message_queued_with_a_retry_time(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    server.refuse["dana.kim@harbor.example"] = "451 4.3.0 Try again later"
    result = invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW, "--json")
    assert result.code == 2
    row = result.json()["outbox"]
    assert (row["state"], row["attempts"], row["retry"]) == ("queued", 1, "2026-03-02T14:05:00-05:00")


def test_an_attachment_goes_with_the_message_and_is_recorded(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    configure(monkeypatch, server.port, SECRET)
    resume = tmp_path / "resume.pdf"
    resume.write_bytes(b"%PDF-1.4\n% a resume\n%%EOF\n")
    code, data, _ = _send("TY", "--person", "dana", "--yes", "--now", NOW, "--attach", str(resume))
    assert code == 0, data
    parts = list(server.parsed()[0].iter_attachments())
    assert [(p.get_filename(), p.get_content_type(), p.get_content()) for p in parts] == [
        ("resume.pdf", "application/pdf", resume.read_bytes())
    ]
    events = _events()
    assert [a["name"] for e in events if e["type"] == "sent" for a in e["attachments"]] == ["resume.pdf"]
    assert stored_sizes(store) == [0]  # sent: the outbox's copy of the file is gone


def test_a_waiting_message_is_kept_whole_until_it_is_cancelled(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    resume = tmp_path / "resume.pdf"
    resume.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    args = ("--yes", "--at", "2026-03-02T16:00", "--now", NOW, "--attach", str(resume))
    assert _send("TY", "--person", "dana", *args)[0] == 0
    assert stored_sizes(store)[0] > 5000
    assert invoke("outbox", "cancel", "1").code == 0
    assert stored_sizes(store) == [0]


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("tool.exe", b"MZ\x90\x00", "a PDF, Word (.docx, .doc), OpenDocument (.odt), RTF, text"),
        ("resume.pdf", b"<html>not a pdf</html>", "a real .pdf file (its content is something else)"),
        ("notes.txt", b"\xff\xfe\x00bad", "a .txt file in UTF-8 text"),
        ("empty.pdf", b"", "a file that is not empty"),
    ],
)
def test_an_attachment_of_the_wrong_type_is_refused_in_one_line_before_anything_is_queued(
    store: Path,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    content: bytes,
    accepted: str,
) -> None:
    configure(monkeypatch, server.port, SECRET)
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW, "--attach", str(path))
    assert result.code == 2 and len(result.err_lines) == 1, result
    assert result.err.startswith("followup: --attach: expected ") and accepted in result.err
    assert outbox_rows(store) == [] and server.messages == []


def test_an_attachment_over_the_size_limit_is_refused(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    configure(monkeypatch, server.port, SECRET)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * (10 * 2**20))
    result = invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW, "--attach", str(big))
    assert result.code == 2 and "files of 10 MB at most in all" in result.err, result
    assert outbox_rows(store) == []


def test_without_a_terminal_send_asks_for_yes_and_sends_nothing(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    result = invoke("send", "TY", "--person", "dana", "--now", NOW)
    assert result.code == 2 and result.err_lines[-1].startswith("followup: --yes: expected a confirmation")
    assert "To: Dana Kim <dana.kim@harbor.example>" in result.out
    assert "Subject: Marketing Analyst interview: thanks from Alex Morgan" in result.out
    assert server.messages == [] and outbox_rows(store) == []


def test_undo_of_a_sent_message_refuses_in_one_line_and_offers_a_correction(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert _send("TY", "--person", "dana", "--yes", "--now", NOW)[0] == 0
    result = invoke("undo")
    assert result.code == 2 and result.err_lines == [
        "followup: not undone: TY to Dana Kim <dana.kim@harbor.example> went out by mail (outbox 1) and "
        "mail cannot be unsent; to correct the record instead: `followup event edit 1 -a harbor`"
    ], result
    assert sent_events(store) != []


def test_a_connection_lost_after_the_message_was_handed_over_leaves_it_uncertain_and_unsent_again(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    server.hang_up_after_data = True
    result = invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW)
    assert result.code == 2 and result.err_lines == [
        f"followup: outbox 1: uncertain: could not send through 127.0.0.1:{server.port}: "
        "SMTPServerDisconnected; it may have gone out"
    ], result
    server.hang_up_after_data = False
    rerun = invoke("outbox", "run", "--now", "2026-03-02T15:00")
    assert rerun == Result(0, "", "")  # said once, by the send; it waits in `followup outbox`
    assert len(server.messages) == 1 and outbox_rows(store)[0][1] == "uncertain" and sent_events(store) == []


def test_outbox_run_without_a_mail_server_is_one_line_and_keeps_the_message(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _send("TY", "--person", "dana", "--yes", "--at", "2026-03-02T14:10", "--now", NOW)[0] == 0
    result = invoke("outbox", "run", "--now", "2026-03-02T14:11")
    assert result.code == 2 and len(result.err_lines) == 1 and "FOLLOWUP_SMTP_HOST" in result.err
    assert outbox_rows(store)[0][1] == "queued"


def test_a_message_the_server_never_takes_is_failed_after_eight_tries_and_the_step_is_due_again(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.mail.conftest import _free_port

    configure(monkeypatch, _free_port(), SECRET)  # nothing listens there, ever
    assert invoke("send", "TY", "--person", "dana", "--yes", "--now", NOW).code == 2  # the first try
    for day in range(3, 9):  # a day apart: past every wait (at most six hours)
        assert invoke("outbox", "run", "--now", f"2026-03-0{day}T10:00").code == 2
    row = invoke("outbox", "--json").json()[0]
    assert (row["state"], row["attempts"]) == ("queued", 7)
    assert invoke("outbox", "run", "--now", "2026-03-09T10:00").code == 2
    row = invoke("outbox", "--json").json()[0]
    assert (row["state"], row["attempts"]) == ("failed", 8), row
    assert row["reason"].endswith("ConnectionRefusedError (8 tries); TY:dana is due again")


def test_a01_a_queued_follow_up_is_held_when_they_name_a_later_date_after_it_was_queued(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert _send("F1", "--yes", "--at", "2026-03-10T10:00", "--now", NOW)[0] == 0
    assert invoke("timeline", "we will decide by Friday 13 March", "--now", "2026-03-02T15:00").code == 0
    run = invoke("outbox", "run", "--now", "2026-03-10T10:05")
    assert run == Result(
        0,
        "outbox 1: held: the guard blocks it now: W-EARLY: They said Fri 13 Mar: wait until Mon 16 Mar "
        "(A-01); it is not sent by itself (`followup outbox cancel 1` takes it out)\n",
        "",
    )
    assert server.messages == [] and outbox_rows(store)[0][1] == "held" and sent_events(store) == []
    assert invoke("outbox", "run", "--now", "2026-03-17T10:05") == Result(0, "", "")  # held stays held
    assert server.messages == []


def test_h15_a_scheduled_request_for_a_call_goes_with_its_slots_recorded_for_the_answer(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    code, data, err = _send("SCHED", "--yes", "--at", "2026-03-10T10:00", "--now", "2026-03-09T10:00")
    assert code == 0, (data, err)
    run = invoke("outbox", "run", "--now", "2026-03-10T10:01", "--json")
    assert [d["state"] for d in run.json()["delivered"]] == ["sent"], run
    [sched] = [e for e in _events() if e["kind"] == "SCHED"]
    assert len(sched["proposed_slots"]) == 3  # E-09 matches Dana's answer to one of them
    body = server.parsed()[0].get_body(("plain",))
    assert body is not None and "Would any of these times work" in body.get_content()


def test_h15_a_request_for_a_call_that_would_go_after_its_first_slot_is_held_not_sent(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    assert _send("SCHED", "--yes", "--at", "2026-03-10T10:00", "--now", "2026-03-09T10:00")[0] == 0
    late = invoke("outbox", "run", "--now", "2026-03-16T10:00", "--json")  # the runner did not run for a week
    assert late.code == 0, late
    [held] = late.json()["delivered"]
    assert held["state"] == "held"
    assert held["reason"].startswith("held: the call times it offers no longer fit: "), held["reason"]
    assert server.messages == []
