"""`followup mail setup|show|check|forget` against a real Dovecot and a real aiosmtpd on 127.0.0.1: setup
logs in to both before saving, finds Drafts and Sent, keeps a typed password in the keyring (a real
file-backed backend) or an opt-in 600 file, never in the database or an export; check gives one line per
server for a wrong password, a server that is down, a TLS failure and an unknown host; forget removes the
account and its keyring entry."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.mail.secrets import KEYRING_SERVICE
from tests.cli.conftest import Result, assert_one_line_error, invoke, ok
from tests.mail.conftest import SCENARIOS
from tests.support.file_keyring import FileKeyring, use_file_keyring, use_no_keyring
from tests.support.mailservers import Certificate, Dovecot, SmtpServer, free_port

PASSWORD = "mail-Pa55"
ADDRESS = "alex@example.com"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path))
    for name in ("FOLLOWUP_MAIL_PASSWORD", "FOLLOWUP_MAIL_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def keyring(home: Path, monkeypatch: pytest.MonkeyPatch) -> FileKeyring:
    return use_file_keyring(monkeypatch, home / "keyring.json")


@pytest.fixture
def servers(dovecot: Dovecot, smtp_starttls: SmtpServer) -> tuple[Dovecot, SmtpServer]:
    return dovecot, smtp_starttls


def setup_args(dovecot: Dovecot, smtp: SmtpServer, ca: Certificate, *extra: str) -> list[str]:
    return [
        "mail",
        "setup",
        "--name",
        "Alex Morgan",
        "--address",
        ADDRESS,
        "--user",
        "alex",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(smtp.port),
        "--smtp-security",
        "starttls",
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        str(dovecot.port),
        "--imap-security",
        "starttls",
        "--ca-file",
        str(ca.cert),
        *extra,
    ]


def set_up(dovecot: Dovecot, smtp: SmtpServer, ca: Certificate, *extra: str, stdin: str = "") -> Result:
    return invoke(*setup_args(dovecot, smtp, ca, *extra), stdin=stdin)


def database_text(home: Path) -> bytes:
    connection = sqlite3.connect(home / "followup.db")
    try:
        return "\n".join(connection.iterdump()).encode()
    finally:
        connection.close()


def test_setup_logs_in_keeps_the_typed_password_in_the_keyring_and_saves_the_account(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    result = set_up(dovecot, smtp, tls_certificate, "--password-stdin", stdin=f"{PASSWORD}\n")
    assert (result.code, result.err) == (0, ""), result
    assert result.out.splitlines() == [
        f"Mail account for {ADDRESS} saved: logged in to 127.0.0.1 (IMAP) and 127.0.0.1 (SMTP).",
        "Drafts: Drafts; Sent: Sent.",
        f"The password is read from the keyring (test keyring), as {KEYRING_SERVICE}/{ADDRESS}.",
    ]
    assert keyring.get_password(KEYRING_SERVICE, ADDRESS) == PASSWORD
    assert PASSWORD.encode() not in database_text(home)
    shown = ok("mail", "show", "--json").json()["account"]
    assert shown == {
        "name": "Alex Morgan",
        "address": ADDRESS,
        "smtp": {"host": "127.0.0.1", "port": smtp.port, "security": "starttls", "user": "alex"},
        "imap": {"host": "127.0.0.1", "port": dovecot.port, "security": "starttls", "user": "alex"},
        "auth": "password",
        "secret_command": "",
        "secret_file": "",
        "ca_file": str(tls_certificate.cert.resolve()),
        "drafts_folder": "Drafts",
        "sent_folder": "Sent",
    }
    assert ok("mail", "check").out.splitlines() == [
        f"IMAP  ok (IMAP server 127.0.0.1:{dovecot.port})",
        f"SMTP  ok (SMTP server 127.0.0.1:{smtp.port})",
    ]


def test_a_wrong_password_saves_nothing_and_keeps_nothing(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    result = set_up(dovecot, smtp, tls_certificate, "--password-stdin", stdin="wrong\n")
    assert_one_line_error(
        result,
        f"IMAP server 127.0.0.1:{dovecot.port}: the server refused the user name or password for 'alex'",
    )
    assert keyring.get_password(KEYRING_SERVICE, ADDRESS) is None
    assert_one_line_error(
        invoke("mail", "show"), "no mail account yet: set one up with `followup mail setup`"
    )


def test_a_password_command_is_kept_as_a_command_and_run_at_each_use(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    command = f"{sys.executable} -c \"print('{PASSWORD}')\""
    result = set_up(dovecot, smtp, tls_certificate, "--password-command", command, "--json")
    assert result.code == 0, result
    data = result.json()
    assert data["secret"] == {"where": "the command given by --password-command", "warning": ""}
    assert data["account"]["secret_command"] == command
    assert keyring.get_password(KEYRING_SERVICE, ADDRESS) is None
    assert [s["ok"] for s in ok("mail", "check", "--json").json()["servers"]] == [True, True]


def test_without_a_keyring_a_typed_password_needs_an_opt_in_file(
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    servers: tuple[Dovecot, SmtpServer],
    tls_certificate: Certificate,
) -> None:
    use_no_keyring(monkeypatch)
    dovecot, smtp = servers
    refused = set_up(dovecot, smtp, tls_certificate, "--password-stdin", stdin=f"{PASSWORD}\n")
    assert_one_line_error(
        refused, "--password-file: expected a file to keep the password in (there is no keyring here)"
    )
    secret = home / "mail-secret"
    result = set_up(
        dovecot,
        smtp,
        tls_certificate,
        "--password-stdin",
        "--password-file",
        str(secret),
        stdin=f"{PASSWORD}\n",
    )
    assert result.code == 0, result
    assert result.err == (
        f"warning: {secret} holds the secret in plain text, readable by you alone (mode 600); a password "
        "command or a keyring is safer\n"
    )
    assert (os.stat(secret).st_mode & 0o777, secret.read_text()) == (0o600, f"{PASSWORD}\n")
    assert f"The password is read from the file {secret}." in result.out
    assert ok("mail", "show", "--json").json()["account"]["secret_file"] == str(secret)
    ok("mail", "check")
    secret.chmod(0o644)
    assert_one_line_error(invoke("mail", "check"), "expected a file only you can read", "not mode 644")
    assert ok("mail", "forget").out == (
        f"Forgot the mail account for {ADDRESS}; removed the secret from the file {secret}.\n"
    )
    assert not secret.exists()


def test_check_says_each_failure_in_one_line(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    assert set_up(dovecot, smtp, tls_certificate, "--password-stdin", stdin=f"{PASSWORD}\n").code == 0
    keyring.set_password(KEYRING_SERVICE, ADDRESS, "changed-on-the-server")
    wrong = invoke("mail", "check")
    assert (wrong.code, wrong.out.splitlines()) == (
        2,
        [
            f"IMAP  FAILED: IMAP server 127.0.0.1:{dovecot.port}: the server refused the user name or "
            "password for 'alex'",
            f"SMTP  FAILED: SMTP server 127.0.0.1:{smtp.port}: the server refused the user name or "
            "password for 'alex'",
        ],
    )
    keyring.set_password(KEYRING_SERVICE, ADDRESS, PASSWORD)
    smtp.stop()
    down = invoke("mail", "check", "--json")
    assert down.code == 2
    assert down.json()["servers"] == [
        {"protocol": "IMAP", "ok": True, "problem": None, "kind": None},
        {
            "protocol": "SMTP",
            "ok": False,
            "problem": f"SMTP server 127.0.0.1:{smtp.port}: nothing answers there (is the server down, "
            "or the port wrong?)",
            "kind": "down",
        },
    ]


def test_setup_refuses_an_untrusted_certificate_an_unknown_host_and_a_server_that_is_down(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    args = setup_args(dovecot, smtp, tls_certificate, "--password-stdin")
    without_ca = [a for a in args if a not in ("--ca-file", str(tls_certificate.cert))]
    untrusted = invoke(*without_ca, stdin=f"{PASSWORD}\n")
    assert_one_line_error(
        untrusted, "its TLS certificate is not accepted (self-signed certificate)", "--ca-file"
    )
    host = "h" * 64 + ".example"
    unknown = invoke(*args, "--imap-host", host, stdin=f"{PASSWORD}\n")
    assert_one_line_error(unknown, f"unknown host {host!r}")
    port = str(free_port())
    down = invoke(*args, "--imap-port", port, "--json", stdin=f"{PASSWORD}\n")
    assert down.code == 2 and down.err == ""
    assert down.json()["error"]["message"] == (
        f"IMAP server 127.0.0.1:{port}: nothing answers there (is the server down, or the port wrong?)"
    )
    assert keyring.get_password(KEYRING_SERVICE, ADDRESS) is None


def test_setup_without_a_server_names_the_option(home: Path, keyring: FileKeyring) -> None:
    result = invoke("mail", "setup", "--address", ADDRESS, "--imap-host", "127.0.0.1", "--json")
    assert result.code == 2
    assert result.json()["error"] == {
        "field": "--smtp-host",
        "message": "--smtp-host: expected the host name of your SMTP server",
        "accepted": "the host name of your SMTP server",
        "exit_status": 2,
    }


def test_no_encryption_to_another_machine_is_refused_before_connecting(
    home: Path, keyring: FileKeyring
) -> None:
    result = invoke(
        "mail", "setup", "--address", ADDRESS, "--smtp-host", "smtp.example.com", "--smtp-security", "none",
        "--imap-host", "127.0.0.1", "--imap-security", "none", "--password-stdin", stdin="x\n",
    )  # fmt: skip
    assert_one_line_error(
        result,
        "--smtp-security: expected tls or starttls for smtp.example.com, a server outside this machine",
    )


def test_forget_removes_the_account_and_its_keyring_entry(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    assert set_up(dovecot, smtp, tls_certificate, "--password-stdin", stdin=f"{PASSWORD}\n").code == 0
    result = ok("mail", "forget")
    assert (
        result.out
        == f"Forgot the mail account for {ADDRESS}; removed the secret from the keyring (test keyring).\n"
    )
    assert keyring.get_password(KEYRING_SERVICE, ADDRESS) is None
    assert_one_line_error(invoke("mail", "check"), "no mail account yet")


def test_the_account_goes_through_export_and_import_without_its_secret(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate,
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    dovecot, smtp = servers
    assert set_up(dovecot, smtp, tls_certificate, "--password-stdin", stdin=f"{PASSWORD}\n").code == 0
    exported = ok("export").out
    assert PASSWORD not in exported
    account = json.loads(exported)["mail_account"]
    assert (account["imap_port"], account["drafts_folder"], account["auth"]) == (
        dovecot.port,
        "Drafts",
        "password",
    )
    shown = ok("mail", "show", "--json").out
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    monkeypatch.setenv("FOLLOWUP_HOME", str(elsewhere))
    (elsewhere / "export.json").write_text(exported)
    assert invoke("import", str(elsewhere / "export.json")).code == 0
    assert ok("mail", "show", "--json").out == shown
    assert ok("export").out == exported
    ok("mail", "check")  # the secret is found where it was (the keyring), not in the file
    # an import refused for its records leaves the account out too: one transaction
    third = tmp_path_factory.mktemp("third")
    monkeypatch.setenv("FOLLOWUP_HOME", str(third))
    scenario = SCENARIOS / "S01.json"
    assert invoke("import", str(scenario)).code == 0
    both = json.loads(scenario.read_text()) | {"mail_account": account}
    (third / "both.json").write_text(json.dumps(both))
    clash = invoke("import", str(third / "both.json"))  # the same application ids: refused
    assert clash.code == 2 and "ids are not in the store yet" in clash.err, clash
    assert invoke("mail", "show").code != 0  # no account came in either


def test_an_export_with_a_bad_account_is_refused_naming_the_path(home: Path) -> None:
    document = {"format": "followup-export", "version": 1, "mail_account": {"name": "A", "address": ADDRESS}}
    (home / "bad.json").write_text(json.dumps(document))
    assert_one_line_error(
        invoke("import", str(home / "bad.json")), "mail_account.smtp_host: expected", "this field is required"
    )
    document["mail_account"] = {
        "name": "A", "address": ADDRESS, "smtp_host": "h", "smtp_port": 587, "smtp_security": "ssl",
        "smtp_user": "a", "imap_host": "h", "imap_port": 993, "imap_security": "tls", "imap_user": "a",
    }  # fmt: skip
    (home / "bad.json").write_text(json.dumps(document))
    assert_one_line_error(
        invoke("import", str(home / "bad.json")),
        "mail_account.smtp_security: expected tls or starttls or none",
    )


def test_xoauth2_logs_in_to_both_servers_with_the_token_command(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    token = f"{sys.executable} -c \"print('tok-XOAUTH2')\""
    result = set_up(dovecot, smtp, tls_certificate, "--auth", "xoauth2", "--token-command", token, "--json")
    assert result.code == 0, result
    data = result.json()
    assert (data["account"]["auth"], data["account"]["secret_command"]) == ("xoauth2", token)
    assert data["secret"]["where"] == "the command given by --token-command"
    assert keyring.get_password(KEYRING_SERVICE, ADDRESS) is None
    assert [s["ok"] for s in ok("mail", "check", "--json").json()["servers"]] == [True, True]


def test_a_refused_token_is_one_line_per_server(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    dovecot, smtp = servers
    refused = set_up(dovecot, smtp, tls_certificate, "--auth", "xoauth2", stdin="")
    assert_one_line_error(refused, "no mail token found for alex@example.com: give --token-command")
    monkeypatch.setenv("FOLLOWUP_MAIL_TOKEN", "tok-XOAUTH2")
    assert set_up(dovecot, smtp, tls_certificate, "--auth", "xoauth2").code == 0
    monkeypatch.setenv("FOLLOWUP_MAIL_TOKEN", "expired")
    result = invoke("mail", "check")
    assert (result.code, result.out.splitlines()) == (
        2,
        [
            f"IMAP  FAILED: IMAP server 127.0.0.1:{dovecot.port}: the server refused the token for 'alex'",
            f"SMTP  FAILED: SMTP server 127.0.0.1:{smtp.port}: the server refused the token for 'alex'",
        ],
    )


def test_a_password_command_with_xoauth2_is_refused(home: Path, keyring: FileKeyring) -> None:
    result = invoke(
        "mail", "setup", "--address", ADDRESS, "--smtp-host", "127.0.0.1", "--imap-host", "127.0.0.1",
        "--auth", "xoauth2", "--password-command", "pass show mail",
    )  # fmt: skip
    assert_one_line_error(result, "--password-command: expected --token-command with --auth xoauth2")


@pytest.fixture
def unmarked(tls_certificate: Certificate) -> Iterator[Dovecot]:
    """A Dovecot whose folders carry no special-use attribute: only their names tell (French here)."""
    server = Dovecot(certificate=tls_certificate, folders={"Brouillons": "", "Éléments envoyés": ""})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_drafts_and_sent_are_found_by_their_names_where_nothing_marks_them(
    home: Path,
    keyring: FileKeyring,
    unmarked: Dovecot,
    smtp_starttls: SmtpServer,
    tls_certificate: Certificate,
) -> None:
    result = set_up(unmarked, smtp_starttls, tls_certificate, "--password-stdin", stdin=f"{PASSWORD}\n")
    assert result.code == 0, result
    assert "Drafts: Brouillons; Sent: Éléments envoyés." in result.out
    shown = ok("mail", "show", "--json").json()["account"]  # as the server names it, for IMAP commands
    assert (shown["drafts_folder"], shown["sent_folder"]) == ("Brouillons", "&AMk-l&AOk-ments envoy&AOk-s")
    assert "Drafts: Brouillons   Sent: Éléments envoyés" in ok("mail", "show").out
    named = set_up(
        unmarked, smtp_starttls, tls_certificate, "--sent-folder", "Éléments envoyés", "--json",
        "--password-stdin", stdin=f"{PASSWORD}\n",
    )  # fmt: skip
    assert named.json()["account"]["sent_folder"] == "&AMk-l&AOk-ments envoy&AOk-s"


def test_a_named_folder_that_does_not_exist_is_refused_with_the_ones_that_do(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    result = set_up(
        dovecot,
        smtp,
        tls_certificate,
        "--password-stdin",
        "--drafts-folder",
        "Entwürfe",
        stdin=f"{PASSWORD}\n",
    )
    assert_one_line_error(
        result, "--drafts-folder: expected a folder of this mailbox: Drafts, INBOX, Sent (got 'Entwürfe')"
    )
    assert keyring.get_password(KEYRING_SERVICE, ADDRESS) is None


def test_check_says_a_tls_failure_and_an_unknown_host_in_one_line(
    home: Path, keyring: FileKeyring, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    dovecot, smtp = servers
    assert set_up(dovecot, smtp, tls_certificate, "--password-stdin", stdin=f"{PASSWORD}\n").code == 0
    host = "h" * 64 + ".example"
    with sqlite3.connect(home / "followup.db") as connection:  # as if edited since: no CA file, a bad host
        connection.execute("UPDATE mail_accounts SET ca_file = '', smtp_host = ?", (host,))
    connection.close()
    result = invoke("mail", "check")
    assert (result.code, result.out.splitlines()) == (
        2,
        [
            f"IMAP  FAILED: IMAP server 127.0.0.1:{dovecot.port}: its TLS certificate is not accepted "
            "(self-signed certificate); for a server with its own certificate give --ca-file",
            f"SMTP  FAILED: SMTP server {host}:{smtp.port}: unknown host {host!r} (check the name)",
        ],
    )


def test_in_a_terminal_setup_asks_for_what_is_missing_and_the_password_unseen(
    home: Path, servers: tuple[Dovecot, SmtpServer], tls_certificate: Certificate
) -> None:
    """The real console script on a pseudo-terminal: it asks for the two servers and the password (not
    echoed), logs in, and keeps the password in the keyring."""
    import pty
    import select
    import subprocess

    from tests.cli.conftest import CONSOLE_SCRIPT

    dovecot, smtp = servers
    keyring_file = home / "keyring.json"
    env = {
        **os.environ,
        "FOLLOWUP_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "FOLLOWUP_TEST_KEYRING": str(keyring_file),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [str(CONSOLE_SCRIPT), "mail", "setup", "--address", ADDRESS, "--user", "alex",
         "--smtp-port", str(smtp.port), "--imap-port", str(dovecot.port), "--imap-security", "starttls",
         "--ca-file", str(tls_certificate.cert)],
        stdin=secondary, stdout=secondary, stderr=secondary, env=env, close_fds=True,
    )  # fmt: skip
    os.close(secondary)
    screen = b""
    answers = [
        (b"SMTP server", b"127.0.0.1\n"),
        (b"IMAP server", b"127.0.0.1\n"),
        (b"Password for alex", PASSWORD.encode() + b"\n"),
    ]
    try:
        while True:
            ready, _, _ = select.select([primary], [], [], 30)
            assert ready, screen
            try:
                chunk = os.read(primary, 1024)
            except OSError:  # the program ended and closed the terminal
                break
            if not chunk:
                break
            screen += chunk
            if answers and answers[0][0] in screen.rsplit(b"\n", 1)[-1]:
                os.write(primary, answers.pop(0)[1])
        assert process.wait(timeout=30) == 0, screen
    finally:
        os.close(primary)
        if process.poll() is None:
            process.kill()
    assert answers == []
    assert PASSWORD.encode() not in screen  # typed unseen
    assert b"Mail account for alex@example.com saved" in screen
    assert json.loads(keyring_file.read_text()) == {f"{KEYRING_SERVICE}/{ADDRESS}": PASSWORD}
