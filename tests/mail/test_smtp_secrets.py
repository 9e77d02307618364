"""The SMTP password and the connection's safety, against the real server on 127.0.0.1: every way the
password can be unusable (not ASCII, a command that prints nothing, fails or hangs) is one line, exit 2,
nothing sent and the password never shown; mail without TLS leaves this machine only when allowed, with
a warning; a password that worked reaches no output, no database file and no export."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from followup.mail.smtp import is_loopback
from tests.cli.conftest import assert_one_line_error, invoke
from tests.mail.conftest import SECRET, Inbox, configure

REMIND = ("remind", "--mail", "--now", "2026-03-02T14:00")
PYTHON = sys.executable


def command_printing(code: str) -> str:
    return f'{PYTHON} -c "{code}"'


@pytest.mark.parametrize(
    ("code", "fragments"),
    [
        ("print('pässwörd')", ["the SMTP password has characters other than ASCII"]),
        ("pass", ["the SMTP password command printed no password"]),
        ("print()", ["the SMTP password command printed no password"]),
        (
            f"import sys; print('{SECRET}'); print('{SECRET}', file=sys.stderr); sys.exit(3)",
            ["the SMTP password command failed (exit status 3)", "FOLLOWUP_SMTP_PASSWORD_COMMAND"],
        ),
        ("import sys; sys.stdout.buffer.write(bytes([0xff, 0xfe]))", ["printed something that is not text"]),
    ],
    ids=["not-ascii", "prints-nothing", "prints-an-empty-line", "fails", "not-text"],
)
def test_an_unusable_password_is_one_line_and_sends_nothing(
    store: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch, code: str, fragments: list[str]
) -> None:
    inbox, port = smtp
    configure(monkeypatch, port, SECRET)
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", command_printing(code))
    result = invoke(*REMIND)
    assert_one_line_error(result, *fragments)
    assert SECRET not in result.err and "pässwörd" not in result.err
    assert inbox.messages == []


def test_a_non_ascii_password_in_the_environment_is_one_line(
    store: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    configure(monkeypatch, port, SECRET)
    monkeypatch.delenv("FOLLOWUP_SMTP_PASSWORD_COMMAND")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD", "naïve-Pa55")
    result = invoke(*REMIND)
    assert_one_line_error(result, "characters other than ASCII", "app passwords")
    assert "naïve" not in result.err and inbox.messages == []


def test_a_password_command_that_hangs_gives_up_after_the_timeout(
    store: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    configure(monkeypatch, port, SECRET)
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_COMMAND", command_printing("import time; time.sleep(60)"))
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD_TIMEOUT", "0.5")
    started = time.monotonic()
    result = invoke(*REMIND)
    assert time.monotonic() - started < 15
    assert_one_line_error(
        result, "the SMTP password command did not finish within 0.5 s", "FOLLOWUP_SMTP_PASSWORD_TIMEOUT"
    )
    assert inbox.messages == []


@pytest.mark.parametrize(
    ("variable", "value", "fragments"),
    [
        (
            "FOLLOWUP_SMTP_PASSWORD_COMMAND",
            "/nonexistent/pw-helper --account mail",
            ["the SMTP password command '/nonexistent/pw-helper' could not be run"],
        ),
        (
            "FOLLOWUP_SMTP_PASSWORD_COMMAND",
            f"echo '{SECRET}",
            ["FOLLOWUP_SMTP_PASSWORD_COMMAND: expected a command line with matching quotes"],
        ),
        ("FOLLOWUP_SMTP_PASSWORD_COMMAND", "   ", ["FOLLOWUP_SMTP_PASSWORD_COMMAND: expected a command"]),
        (
            "FOLLOWUP_SMTP_PASSWORD_TIMEOUT",
            "soon",
            ["FOLLOWUP_SMTP_PASSWORD_TIMEOUT: expected a number of seconds"],
        ),
        ("FOLLOWUP_SMTP_PASSWORD_TIMEOUT", "0", ["FOLLOWUP_SMTP_PASSWORD_TIMEOUT: expected", "'0'"]),
        ("FOLLOWUP_SMTP_USER", "álex", ["FOLLOWUP_SMTP_USER: expected a user name in ASCII", "'álex'"]),
        ("FOLLOWUP_SMTP_PORT", "70000", ["FOLLOWUP_SMTP_PORT: expected a port number (1 to 65535)"]),
    ],
)
def test_a_mistaken_mail_setting_is_one_line_that_names_it(
    store: Path,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
    fragments: list[str],
) -> None:
    inbox, port = smtp
    configure(monkeypatch, port, SECRET)
    monkeypatch.setenv(variable, value)
    result = invoke(*REMIND)
    assert_one_line_error(result, *fragments)
    assert SECRET not in result.err and inbox.messages == []


def test_no_tls_to_a_server_elsewhere_is_refused_without_the_flag(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_SMTP_HOST", "mail.example.com")
    monkeypatch.setenv("FOLLOWUP_SMTP_SECURITY", "none")
    result = invoke(*REMIND)
    assert_one_line_error(
        result,
        "FOLLOWUP_SMTP_SECURITY: expected starttls or tls for mail.example.com, "
        "a server outside this machine",
        "--allow-unencrypted",
        "(got 'none')",
    )


def test_no_tls_to_a_server_elsewhere_with_the_flag_warns_first(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A host name that cannot even be encoded ("a..b") fails before any packet leaves the machine, so the
    warning can be seen without reaching outside 127.0.0.0/8."""
    monkeypatch.setenv("FOLLOWUP_SMTP_HOST", "a..b")
    monkeypatch.setenv("FOLLOWUP_SMTP_PORT", "25")
    monkeypatch.setenv("FOLLOWUP_SMTP_SECURITY", "none")
    result = invoke(*REMIND, "--allow-unencrypted")
    assert result.code == 2
    assert result.err.splitlines() == [
        "followup: warning: mailing through a..b:25 without encryption (FOLLOWUP_SMTP_SECURITY=none): your "
        "password and the digest cross the network in clear text",
        "followup: could not send through a..b:25: UnicodeError",
    ]


def test_a_password_that_worked_reaches_no_output_no_database_and_no_export(
    store: Path, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    configure(monkeypatch, port, SECRET)
    monkeypatch.delenv("FOLLOWUP_SMTP_PASSWORD_COMMAND")
    monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD", SECRET)
    sent = invoke(*REMIND, "--json")
    assert (sent.code, sent.err, len(inbox.messages)) == (0, "", 1)  # to 127.0.0.1: no warning
    exported = invoke("export", "-o", str(store / "records.json"))
    files = b"".join(p.read_bytes() for p in store.iterdir() if p.is_file())
    assert b"Harbor Analytics" in files
    assert SECRET.encode() not in files
    assert SECRET not in sent.out + sent.err + exported.out + exported.err
    assert SECRET.encode() not in inbox.messages[0]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("10.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("mail.example.com", False),
        ("localhost.example.com", False),
    ],
)
def test_loopback_is_this_machine_by_name_or_address(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
