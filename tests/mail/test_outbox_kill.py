"""Kill at every step, for real: `followup send` and `followup outbox run` run as child processes against
a real SMTP server (aiosmtpd) living in this process, and kill themselves (SIGKILL) right after a step is
committed (``FOLLOWUP_TEST_KILL_AT``, the outbox's test hook). Then the outbox runs again. Never more than
one copy reaches the server; a copy that arrived but was not recorded leaves the message uncertain, and
it waits (or is found in the Sent folder); nothing is lost. Two `outbox run` at once, on SQLite and on
PostgreSQL, deliver each message once."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
from pathlib import Path

import pytest

from followup.services import outbox
from followup.services.workspace import Workspace
from tests.cli.conftest import CONSOLE_SCRIPT, Result, invoke
from tests.mail.conftest import SCENARIOS, SECRET, configure
from tests.mail.outbox_support import Server, outbox_rows, sent_events, server
from tests.support.postgres import PostgresCluster

__all__ = ["server"]

NOW = "2026-03-02T14:00"
LATER = "2026-03-02T14:30"


def _child(*args: str, kill_at: str = "", db: str = "") -> subprocess.CompletedProcess[str]:
    """The installed `followup` in a child process (standard input is not a terminal)."""
    env = dict(os.environ)
    env.pop(outbox.KILL_VARIABLE, None)
    if kill_at:
        env[outbox.KILL_VARIABLE] = kill_at
    database = ("--db", db) if db else ()
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *database, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _states(home: Path) -> list[str]:
    return [state for _, state, _ in outbox_rows(home)]


class ServerSentFolder:
    """The Sent folder as the test server holds it: what it received, searched by Message-ID (a real
    ``SentFolder``; the IMAP one is the mailbox's part)."""

    def __init__(self, server: Server) -> None:
        self.server = server

    def contains(self, message_id: str) -> bool | None:
        return message_id in self.server.ids()


# --- a send now, killed at each step ----------------------------------------------------------------------


def test_a_send_killed_after_it_is_claimed_is_queued_again_and_sent_once(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    killed = _child("send", "TY", "--person", "dana", "--yes", "--now", NOW, kill_at="claimed")
    assert killed.returncode == -signal.SIGKILL
    assert _states(store) == ["claimed"] and server.messages == []
    rerun = invoke("outbox", "run", "--now", LATER, "--json")
    assert rerun.code == 0, rerun
    assert [r["state"] for r in rerun.json()["recovered"]] == ["queued"]
    assert [r["state"] for r in rerun.json()["delivered"]] == ["sent"]
    assert len(server.messages) == 1 and _states(store) == ["sent"]
    assert [kind for kind, _, _ in sent_events(store)] == ["TY"]


def test_a_send_killed_while_sending_before_the_server_is_reached_is_uncertain_and_never_resent_by_itself(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    killed = _child("send", "TY", "--person", "dana", "--yes", "--now", NOW, kill_at="sending")
    assert killed.returncode == -signal.SIGKILL
    assert _states(store) == ["sending"]
    rerun = invoke("outbox", "run", "--now", LATER)
    assert rerun.code == 2 and len(rerun.err_lines) == 1, rerun
    assert rerun.err.startswith("followup: outbox 1: uncertain: its sender stopped while sending, and it is")
    assert "your Sent folder could not be searched" in rerun.err
    assert "`followup outbox resolve 1 --sent | --resend | --drop`" in rerun.err
    # However often the outbox runs again, it waits for the user, and says so once (cron mails news only).
    again = invoke("outbox", "run", "--now", LATER, "--json")
    assert again.code == 0 and [i["state"] for i in again.json()["uncertain"]] == ["uncertain"]
    assert invoke("outbox", "run", "--now", LATER) == Result(0, "", "")
    assert "uncertain" in invoke("outbox").out
    assert server.messages == [] and _states(store) == ["uncertain"] and sent_events(store) == []
    shown = invoke("outbox", "resolve", "1")
    assert shown.code == 0 and "Subject: Marketing Analyst interview: thanks from Alex Morgan" in shown.out
    assert "Dear Dana Kim," in shown.out
    resent = invoke("outbox", "resolve", "1", "--resend", "--now", LATER, "--json")
    assert resent.code == 0 and resent.json()["state"] == "sent", resent
    assert len(server.messages) == 1 and [kind for kind, _, _ in sent_events(store)] == ["TY"]


def test_a_send_killed_after_the_server_accepted_it_is_uncertain_waits_and_is_never_sent_twice(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    killed = _child("send", "TY", "--person", "dana", "--yes", "--now", NOW, kill_at="accepted")
    assert killed.returncode == -signal.SIGKILL
    assert len(server.messages) == 1 and _states(store) == ["sending"] and sent_events(store) == []
    rerun = invoke("outbox", "run", "--now", LATER)
    assert rerun.code == 2 and "uncertain" in rerun.err
    assert invoke("outbox", "run", "--now", LATER).code == 0  # told once
    assert len(server.messages) == 1 and _states(store) == ["uncertain"] and sent_events(store) == []
    cancel = invoke("outbox", "cancel", "1")
    assert cancel.code == 2 and "it may have gone out: `followup outbox resolve N --drop`" in cancel.err
    went = invoke("outbox", "resolve", "1", "--sent", "--now", LATER, "--json")
    assert went.code == 0 and went.json()["state"] == "sent"
    assert len(server.messages) == 1 and [kind for kind, _, _ in sent_events(store)] == ["TY"]
    assert invoke("outbox", "run", "--now", LATER).code == 0
    assert len(server.messages) == 1


def test_an_uncertain_message_found_in_the_sent_folder_is_recorded_as_sent(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    killed = _child("send", "TY", "--person", "dana", "--yes", "--now", NOW, kill_at="accepted")
    assert killed.returncode == -signal.SIGKILL
    now = dt.datetime(2026, 3, 2, 19, 30, tzinfo=dt.UTC)
    with Workspace() as ws:
        result = outbox.run(ws, now, dt.datetime.now(dt.UTC), ServerSentFolder(server))
    assert [(i.state.value, i.reason) for i in result.uncertain] == [("sent", "")]
    assert result.uncertain[0].history[-1][2] == "found in the Sent folder"
    assert len(server.messages) == 1 and [kind for kind, _, _ in sent_events(store)] == ["TY"]


def test_an_uncertain_message_not_in_the_sent_folder_waits_for_the_user(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    _child("send", "TY", "--person", "dana", "--yes", "--now", NOW, kill_at="sending")
    now = dt.datetime(2026, 3, 2, 19, 30, tzinfo=dt.UTC)
    with Workspace() as ws:
        result = outbox.run(ws, now, dt.datetime.now(dt.UTC), ServerSentFolder(server))
    assert [i.state.value for i in result.uncertain] == ["uncertain"]
    assert "it is not in your Sent folder" in result.uncertain[0].reason
    dropped = invoke("outbox", "resolve", "1", "--drop", "--json")
    assert dropped.code == 0 and dropped.json()["state"] == "dropped"
    assert server.messages == [] and sent_events(store) == []


def test_a_send_killed_after_it_is_recorded_is_left_alone(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    killed = _child("send", "TY", "--person", "dana", "--yes", "--now", NOW, kill_at="sent")
    assert killed.returncode == -signal.SIGKILL
    rerun = invoke("outbox", "run", "--now", LATER, "--json")
    assert rerun.code == 0 and rerun.json() == {"recovered": [], "uncertain": [], "delivered": []}
    assert len(server.messages) == 1 and _states(store) == ["sent"]
    assert [kind for kind, _, _ in sent_events(store)] == ["TY"]


# --- the outbox run, killed at each step ------------------------------------------------------------------

EXPECTED = {
    # step: (copies at the server after the kill, state after the kill, state after a second run, copies)
    "queued": (0, "queued", "sent", 1),
    "claimed": (0, "claimed", "sent", 1),
    "sending": (0, "sending", "uncertain", 0),
    "accepted": (1, "sending", "uncertain", 1),
    "sent": (1, "sent", "sent", 1),
}


@pytest.mark.parametrize("step", list(EXPECTED))
def test_an_outbox_run_killed_at_each_step_never_sends_twice_and_loses_nothing(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    configure(monkeypatch, server.port, SECRET)
    copies, after_kill, after_rerun, finally_ = EXPECTED[step]
    if step == "queued":
        queued = _child(
            "send", "TY", "--person", "dana", "--yes", "--at", "2026-03-02T14:10", "--now", NOW, kill_at=step
        )
        assert queued.returncode == -signal.SIGKILL
    else:
        assert (
            invoke("send", "TY", "--person", "dana", "--yes", "--at", "2026-03-02T14:10", "--now", NOW).code
            == 0
        )
        killed = _child("outbox", "run", "--now", "2026-03-02T14:11", kill_at=step)
        assert killed.returncode == -signal.SIGKILL, killed
    assert (len(server.messages), _states(store)) == (copies, [after_kill])
    for _ in range(2):
        _child("outbox", "run", "--now", LATER)
    assert (len(server.messages), _states(store)) == (finally_, [after_rerun])
    assert len(sent_events(store)) == (1 if after_rerun == "sent" else 0)
    assert len(set(server.ids())) == len(server.messages)  # never the same message twice


# --- two runners at once ----------------------------------------------------------------------------------


def _queue_three(*db: str) -> None:
    for action, person in (("TY", "dana"), ("TY", "luis"), ("TA", "priya")):
        result = invoke(
            *db, "send", action, "--person", person, "--yes", "--at", "2026-03-02T14:10", "--now", NOW
        )
        assert result.code == 0, result


def _two_runners(db: str = "") -> list[subprocess.Popen[str]]:
    env = dict(os.environ)
    env.pop(outbox.KILL_VARIABLE, None)
    database = ["--db", db] if db else []
    command = [str(CONSOLE_SCRIPT), *database, "outbox", "run", "--now", LATER]
    runners = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(2)
    ]
    for runner in runners:
        runner.wait(timeout=120)
    return runners


def test_two_outbox_runs_at_once_deliver_each_message_once_on_sqlite(
    store: Path, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, server.port, SECRET)
    _queue_three()
    runners = _two_runners()
    assert [r.returncode for r in runners] == [0, 0], [r.stderr.read() if r.stderr else "" for r in runners]
    assert len(server.messages) == 3 and len(set(server.ids())) == 3
    assert _states(store) == ["sent", "sent", "sent"]
    assert sorted(kind for kind, _, _ in sent_events(store)) == ["TA", "TY", "TY"]


@pytest.mark.postgres
def test_two_outbox_runs_at_once_deliver_each_message_once_on_postgresql(
    postgres_cluster: PostgresCluster, server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    configure(monkeypatch, server.port, SECRET)
    url = postgres_cluster.create_database()
    assert invoke("--db", url, "import", str(SCENARIOS / "S01.json")).code == 0
    _queue_three("--db", url)
    runners = _two_runners(url)
    assert [r.returncode for r in runners] == [0, 0], [r.stderr.read() if r.stderr else "" for r in runners]
    assert len(server.messages) == 3 and len(set(server.ids())) == 3
    listed = invoke("--db", url, "outbox", "--json").json()
    assert [row["state"] for row in listed] == ["sent", "sent", "sent"]
    assert sorted(row["event"] for row in listed) == ["e1", "e2", "e3"]
