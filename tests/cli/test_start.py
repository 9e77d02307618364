"""`followup` with no command: the guided session keeps what you typed.

The session is driven with scripted answers, in this process through a terminal stand-in (standard input
that says it is a terminal; a line ``^C`` is Ctrl-C: reading it raises KeyboardInterrupt, as a terminal's
interrupt does), and once through a real pseudo-terminal with the installed console script. Every answer
is checked as it is typed, with the parsers and services the commands use; a refused answer is asked
again with the reason and every other answer is kept; Ctrl-C in a step returns to the menu with nothing
written; at the menu it leaves.
"""

from __future__ import annotations

import io
import json
import os
import pty
import select
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import click
import pytest

from followup.cli import entry
from followup.cli.app import cli
from tests.cli.conftest import CONSOLE_SCRIPT, USER, Result, dump, invoke, ok


class Terminal(io.StringIO):
    """Scripted answers on a standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> str:
        line = super().readline(-1 if size is None else size)
        if line == "^C\n":
            raise KeyboardInterrupt
        return line


def session(*answers: str) -> Result:
    """``followup`` with no command, answering each prompt with the next line."""
    return in_terminal([], *answers)


def in_terminal(args: list[str], *answers: str) -> Result:
    """``followup ARGS`` run in a terminal stand-in, answering each prompt with the next line."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = Terminal("".join(f"{answer}\n" for answer in answers))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = entry.main(args)
    finally:
        sys.stdin = saved
    return Result(code, out.getvalue(), err.getvalue())


def exported() -> dict[str, object]:
    data: dict[str, object] = ok("export").json()
    return data


PROFILE = [
    "Alex Morgan",
    "alex@example.com",
    "+1 617 555 0100",
    "12 Beacon St, Boston",
    "America/New_York",
    "US",
    "",  # the closing of formal letters: Enter takes "Sincerely", usual in the US (K-23)
]
INTERVIEW = ["Harbor Analytics", "Marketing Analyst", "video", "", "2026-03-02T10:00", "2026-03-02T11:00"]


def test_a_first_run_with_mistakes_keeps_every_good_answer() -> None:
    result = session(
        "",  # an empty required name
        "Alex Morgan",
        "alex@@example.com",  # a mistyped email
        "alex@example.com",
        "+1 617 555 0100",
        "12 Beacon St, Boston",
        "Mars/Olympus",  # an unknown time zone
        "America/New_York",
        "us",
        "",  # the closing of formal letters: Enter takes the one offered
        "Harbor Analytics",
        "Marketing Analyst",
        "video",
        "",  # the interview's zone: the profile's
        "2026-02-30T10:00",  # a mistyped date
        "2026-03-02T10:00",
        "2026-03-02T09:30",  # an end before the start: refused by the service, asked again alone
        "2026-03-02T11:00",
        "q",
    )
    assert (result.code, result.err) == (0, "")
    out = result.out
    assert "  Full name is required.\n" in out
    assert "  Not accepted: email: expected an email address like dana@example.com" in out
    assert (
        "  Not accepted: time zone: expected an IANA time zone name such as Europe/Berlin or "
        "America/New_York (got 'Mars/Olympus')\n"
    ) in out
    assert (
        "  Not accepted: start: expected a day the calendar has: 30 February 2026 does not exist "
        "(got '2026-02-30T10:00')\n" in out
    )
    assert (
        "  Not accepted: end: expected a time after the start (2026-03-02 10:00) (got '2026-03-02 09:30')\n"
        in out
    )
    # After the refused end only the end is asked again: company, position and start are kept.
    after = out.split("(got '2026-03-02 09:30')\n", 1)[1]
    assert after.startswith("End (YYYY-MM-DDTHH:MM; Enter: an hour after the start")
    assert "Recorded round 1 with Harbor Analytics on Mon 02 Mar 10:00 (America/New_York)" in out
    data = exported()
    assert data["profile"] == {
        "name": "Alex Morgan",
        "email": "alex@example.com",
        "phone": "+1 617 555 0100",
        "postal_address": "12 Beacon St, Boston",
        "tz": "America/New_York",
        "country": "US",
        "words": [],
    }
    (app,) = data["applications"]  # type: ignore[misc]
    assert (app["company"]["name"], app["position"]) == ("Harbor Analytics", "Marketing Analyst")
    (interview,) = app["interviews"]
    assert (interview["start"], interview["end"], interview["format"]) == (
        "2026-03-02T15:00:00Z",
        "2026-03-02T16:00:00Z",
        "video",
    )


def test_required_fields_say_so_in_their_prompt() -> None:
    out = session(*PROFILE, "^C", "q").out
    for prompt in (
        "Full name (required): ",
        "Time zone (required; e.g. Europe/Berlin)",
        "Country (required; ISO code, e.g. US)",
        "Company (required): ",
    ):
        assert prompt in out
    assert "Email: " in out and "Phone: " in out  # optional: no mark


def test_ctrl_c_in_the_middle_of_a_step_returns_to_the_menu_and_writes_nothing(tmp_path: Path) -> None:
    result = session(*PROFILE, *INTERVIEW, "i", "Acme", "Analyst", "^C", "t", "q")
    assert (result.code, result.err) == (0, "")
    assert "\nCancelled: nothing of this step was saved.\n" in result.out
    after = result.out.split("Cancelled: nothing of this step was saved.\n", 1)[1]
    assert "  t) today: what is due now" in after  # the menu again, and it still answers
    assert "Due at " in after or "Nothing due" in after
    assert [a["company"]["name"] for a in exported()["applications"]] == ["Harbor Analytics"]  # type: ignore[index]


def test_ctrl_c_at_the_menu_leaves(tmp_path: Path) -> None:
    session(*PROFILE, *INTERVIEW, "q")
    before = dump(tmp_path / "followup.db")
    result = session("^C")
    assert (result.code, result.err) == (0, "")
    assert result.out.endswith("  q) quit\nChoose [t]: \n")
    assert dump(tmp_path / "followup.db") == before


def test_ctrl_c_in_the_first_run_profile_leaves_no_profile() -> None:
    result = session("Alex Morgan", "^C", "q")
    assert "Cancelled: nothing of this step was saved." in result.out
    assert exported()["profile"]["name"] == ""  # type: ignore[index]


def test_the_menu_adds_a_person_checking_the_email_as_typed() -> None:
    result = session(
        *PROFILE,
        *INTERVIEW,
        "a",
        "Dana Kim",
        "Ms.",
        "boss",
        "hiring_manager",
        "Director",
        "dana@",
        "dana@harbor.example",
        "",
        "q",
    )
    assert result.code == 0
    assert "  Not accepted: Invalid value for '--role': 'boss' is not one of 'hiring_manager'" in result.out
    assert "  Not accepted: email: expected an email address" in result.out
    assert "Added Dana Kim as 'dana-kim' to harbor-analytics." in result.out
    (app,) = exported()["applications"]  # type: ignore[misc]
    (dana,) = app["people"]
    assert (dana["honorific"], dana["role"], dana["title"], dana["email"]) == (
        "Ms.",
        "hiring_manager",
        "Director",
        "dana@harbor.example",
    )


def test_the_menu_logs_checks_and_drafts_through_the_commands() -> None:
    result = session(
        *PROFILE,
        *INTERVIEW,
        "a", "Dana Kim", "", "hiring_manager", "Director", "dana@harbor.example", "",
        "g", "sent", "ty", "Dana", "", "2026-03-02T15:00", "",
        "c", "send F1 to Dana by email", "--now 2026-03-03T10:00",
        "r", "ty", "Dana", "--now 2026-03-03T10:00",
        "q",
    )  # fmt: skip
    assert (result.code, result.err) == (0, "")
    assert "Logged TY for harbor-analytics at Mon 02 Mar 15:00" in result.out
    assert "ALLOWED: F1 to Dana Kim by email at Tue 03 Mar 10:00 (plan step F1: NOT_YET)" in result.out
    assert "  WARN  W-EARLY  No date was given: wait until Mon 09 Mar (5 business days). [T-03]" in result.out
    assert "Dear Dana Kim," in result.out
    events = exported()["applications"][0]["events"]  # type: ignore[index]
    assert [(e["type"], e["kind"], e["to"]) for e in events] == [("sent", "TY", ["dana-kim"])]


def test_a_command_error_offers_to_change_the_answers_and_keeps_them() -> None:
    result = session(
        *PROFILE,
        *INTERVIEW,
        "g", "sent", "ty", "Nobody", "", "2026-03-02T15:00", "",  # no such person: refused by the command
        "", "", "", "", "", "",  # change the answers? yes; Enter keeps each one...
        "q",
    )  # fmt: skip
    assert "Change your answers? Enter keeps each one [Y/n]: " in result.out
    again = result.out.split("Change your answers?", 1)[1]
    assert "[Nobody]" in again and "[2026-03-02T15:00]" in again  # every answer offered back


def test_correction_commands_appear_in_the_menu_when_the_application_has_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Helper commands added later (`event edit`, `undo`...) are found by name when the menu is drawn."""
    ran: list[tuple[str, str]] = []

    @click.group("event")
    def event() -> None:
        """Events."""

    @event.command("remove")
    @click.argument("event_id")
    def remove(event_id: str) -> None:
        """Remove an event."""
        ran.append(("remove", event_id))
        click.echo(f"Removed {event_id}.")

    @click.command("undo")
    def undo() -> None:
        """Undo the last change."""
        ran.append(("undo", ""))
        click.echo("Undone.")

    monkeypatch.setitem(cli.commands, "event", event)
    monkeypatch.setitem(cli.commands, "undo", undo)
    result = session(*PROFILE, *INTERVIEW, "x", "", "event remove", "e1", "", "u", "", "q")
    removals = next(line for line in result.out.splitlines() if line.startswith("  x) remove a record: "))
    assert "event remove" in removals.split(": ", 1)[1].split(", ")
    assert "Which (required; " in result.out  # several removals: Enter alone does not choose one
    assert "  Which is required." in result.out
    assert "  u) undo the last change\n" in result.out
    assert ran == [("remove", "e1"), ("undo", "")]


def test_without_a_terminal_the_session_prints_the_help_and_asks_nothing() -> None:
    result = ok()
    assert result.out.startswith("Usage: followup [OPTIONS] [COMMAND] [ARGS]...")
    assert "Choose" not in result.out


# --- a real terminal ---------------------------------------------------------------------------------------


class Pty:
    """The console script on a pseudo-terminal: read until a prompt shows, then type."""

    def __init__(self, home: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_DB"}
        env |= {"FOLLOWUP_HOME": str(home), "FOLLOWUP_USER": USER, "TERM": "dumb", "COLUMNS": "100"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the pty is its controlling terminal, so ^C is SIGINT
            os.execve(str(CONSOLE_SCRIPT), [str(CONSOLE_SCRIPT), *args], env)
        self.seen = ""

    def expect(self, text: str, timeout: float = 60) -> str:
        """Everything shown up to and including ``text``."""
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise AssertionError(f"waited for {text!r}; the terminal shows:\n{self.seen[-2000:]}")
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:  # the child closed the terminal
                chunk = b""
            if not chunk:
                raise AssertionError(f"ended before {text!r}; the terminal shows:\n{self.seen[-2000:]}")
            self.seen += chunk.decode(errors="replace").replace("\r\n", "\n")
        shown, self.seen = self.seen.split(text, 1)
        return shown + text

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def answer(self, prompt: str, text: str) -> str:
        shown = self.expect(prompt)
        self.type(text + "\r")
        return shown

    def wait(self, timeout: float = 30) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                while select.select([self.fd], [], [], 0.1)[0] and os.read(self.fd, 4096):
                    pass
            except OSError:
                pass
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError("the session did not end")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Pty]:
    term = Pty(tmp_path)
    yield from _closed(term)


def _closed(term: Pty) -> Iterator[Pty]:
    yield term
    try:
        os.kill(term.pid, signal.SIGKILL)
        os.waitpid(term.pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def test_a_real_terminal_session_with_a_typo_and_ctrl_c(terminal: Pty, tmp_path: Path) -> None:
    terminal.answer("Full name (required): ", "Alex Morgan")
    terminal.answer("Email: ", "alex@example.com")
    terminal.answer("Phone: ", "")
    terminal.answer("Postal address: ", "")
    terminal.answer("Time zone (required; e.g. Europe/Berlin)", "Europe/Atlantis")
    shown = terminal.answer("Time zone (required; e.g. Europe/Berlin)", "Europe/Berlin")
    assert "Not accepted: time zone: expected an IANA time zone name" in shown
    terminal.answer("Country (required; ISO code, e.g. US)", "de")
    terminal.answer("[Yours sincerely]: ", "")  # outside the US and Canada the default stays (K-23)
    terminal.answer("Company (required): ", "Harbor Analytics")
    terminal.answer("Position: ", "Analyst")
    terminal.answer("Format (in_person, phone, video) [in_person]: ", "")
    terminal.answer("Time zone of the times you give (required) [Europe/Berlin]: ", "")
    terminal.answer("Start (required; YYYY-MM-DDTHH:MM): ", "2026-03-02T10:00")
    terminal.expect("half for a phone call): ")
    # A person presses Ctrl-C while the question waits, not in the microsecond the prompt is drawn (a
    # SIGINT inside readline's own prompt output can be held until the next key).
    time.sleep(0.3)
    terminal.type("\x03")  # Ctrl-C in the middle of the interview step
    shown = terminal.answer("Choose [t]: ", "l")
    assert "Cancelled: nothing of this step was saved." in shown
    shown = terminal.expect("Choose [t]: ")
    assert "No applications yet" in shown
    time.sleep(0.3)
    terminal.type("\x03")  # Ctrl-C at the menu leaves
    assert terminal.wait() == 0
    data = json.loads(ok("export").out)
    assert (data["profile"]["name"], data["profile"]["tz"], data["profile"]["country"]) == (
        "Alex Morgan",
        "Europe/Berlin",
        "DE",
    )
    assert data["applications"] == []


# --- the closing of formal letters (K-23) -----------------------------------------------------------------

CLOSING_PROMPT = (
    'Closing of your formal letters (required; "Sincerely" in the US and Canada, "Yours sincerely" in the '
    "UK and Australia (C-10))"
)


def _closing() -> dict[str, str]:
    setting: dict[str, str] = ok("settings", "letter_closing", "--json").json()
    return {"value": setting["value"], "source": setting["source"]}


@pytest.mark.parametrize("country", ["US", "ca"])
def test_k23_a_us_or_canadian_candidate_is_offered_sincerely_and_it_is_stored(country: str) -> None:
    result = session(*PROFILE[:5], country, "", "^C", "q")
    assert f"{CLOSING_PROMPT} [Sincerely]: " in result.out
    assert _closing() == {"value": "Sincerely", "source": "profile"}


@pytest.mark.parametrize("country", ["GB", "AU"])
def test_k23_a_uk_or_australian_candidate_keeps_yours_sincerely(country: str) -> None:
    result = session(*PROFILE[:5], country, "", "^C", "q")
    assert f"{CLOSING_PROMPT} [Yours sincerely]: " in result.out
    assert _closing() == {"value": "Yours sincerely", "source": "default"}


def test_k23_a_closing_of_ones_own_is_kept_without_its_comma() -> None:
    session(*PROFILE[:5], "US", "Respectfully yours,", "^C", "q")
    assert _closing() == {"value": "Respectfully yours", "source": "profile"}


def test_k23_a_closing_chosen_earlier_is_offered_again_not_the_countrys() -> None:
    ok("settings", "letter_closing", "Yours faithfully")
    result = session(*PROFILE[:5], "US", "", "^C", "q")
    assert f"{CLOSING_PROMPT} [Yours faithfully]: " in result.out
    assert _closing() == {"value": "Yours faithfully", "source": "profile"}


def test_k23_the_formal_letter_closes_with_the_closing_chosen_in_the_first_run() -> None:
    session(*PROFILE, *INTERVIEW, "q")
    ok(
        "person",
        "add",
        "Dana Kim",
        "--honorific",
        "Ms.",
        "--hiring-manager",
        "--email",
        "dana@harbor.example",
    )
    ok("person", "edit", "dana-kim", "--address", "100 Federal St, Boston, MA 02110")
    text = ok("draft", "FL", "--person", "dana-kim", "--now", "2026-03-04T10:00").out
    assert "\nSincerely,\nAlex Morgan" in text


# --- the honorific when a person is added (C-09) ---------------------------------------------------------

US_HONORIFIC = (
    'Honorific (Ms., Mr., Dr., Mx.; Enter for none. With one, greetings are formal, e.g. "Dear Ms. Kim" '
    "(C-09))"
)


def _people() -> list[dict[str, str]]:
    (app,) = exported()["applications"]  # type: ignore[misc]
    return list(app["people"])


def test_c09_the_guided_session_asks_the_honorific_once_right_after_the_name() -> None:
    result = session(*PROFILE, *INTERVIEW, "a", "Dana Kim", "", "hiring_manager", "", "", "", "q")
    assert result.code == 0
    after_name = result.out.split("Name (e.g. Dana Kim) (required): ", 1)[1]
    assert after_name.startswith(US_HONORIFIC + ": ")
    assert after_name.count("Honorific") == 1  # Enter for none: `person add` does not ask again
    (dana,) = _people()
    assert (dana["first"], dana["last"], dana["honorific"]) == ("Dana", "Kim", "")


def test_c09_the_honorific_given_in_the_guided_session_makes_the_greeting_formal() -> None:
    session(
        *PROFILE, *INTERVIEW, "a", "Dana Kim", "Ms.", "hiring_manager", "", "dana@harbor.example", "", "q"
    )
    (dana,) = _people()
    assert dana["honorific"] == "Ms."
    text = ok("draft", "TY", "--person", "dana-kim", "--now", "2026-03-02T14:00").out
    assert "Dear Ms. Kim," in text


def test_c09_a_uk_candidate_is_offered_the_forms_without_a_full_stop() -> None:
    uk = [*PROFILE[:4], "Europe/London", "GB", ""]
    interview = ["Harbor Analytics", "Marketing Analyst", "video", "", "2026-03-02T10:00", "2026-03-02T11:00"]
    result = session(*uk, *interview, "a", "Dana Kim", "Ms", "", "", "", "", "q")
    assert (
        'Honorific (Ms, Mr, Dr, Mx; Enter for none. With one, greetings are formal, e.g. "Dear Ms Kim" '
        "(C-09))" in result.out
    )
    assert _people()[0]["honorific"] == "Ms"


def test_c09_person_add_in_a_terminal_asks_the_honorific() -> None:
    session(*PROFILE, *INTERVIEW, "q")
    result = in_terminal(["person", "add", "Luis Ortega", "--email", "luis@harbor.example"], "Mr.")
    assert (result.code, result.err) == (0, "")
    assert result.out == (f"{US_HONORIFIC}: Added Luis Ortega as 'luis-ortega' to harbor-analytics.\n")
    assert _people()[0]["honorific"] == "Mr."


@pytest.mark.parametrize(
    "args",
    [
        ["person", "add", "Ms. Alvarez"],  # the name carries it
        ["person", "add", "Dana Kim", "--honorific", "Dr."],
        ["person", "add", "Dana Kim", "--json"],  # a script: one JSON document, no question
    ],
)
def test_c09_person_add_does_not_ask_what_it_was_told_or_when_scripted(args: list[str]) -> None:
    session(*PROFILE, *INTERVIEW, "q")
    result = in_terminal(args)
    assert result.code == 0, result
    assert "Honorific" not in result.out


def test_c09_person_add_without_a_terminal_asks_nothing() -> None:
    session(*PROFILE, *INTERVIEW, "q")
    result = ok("person", "add", "Dana Kim")
    assert result.out == "Added Dana Kim as 'dana-kim' to harbor-analytics.\n"


def test_a_real_terminal_first_run_offers_sincerely_and_asks_a_new_persons_honorific(
    terminal: Pty, tmp_path: Path
) -> None:
    terminal.answer("Full name (required): ", "Alex Morgan")
    terminal.answer("Email: ", "alex@example.com")
    terminal.answer("Phone: ", "")
    terminal.answer("Postal address: ", "")
    terminal.answer("Time zone (required; e.g. Europe/Berlin)", "America/New_York")
    terminal.answer("Country (required; ISO code, e.g. US)", "us")
    terminal.answer(f"{CLOSING_PROMPT} [Sincerely]: ", "")
    terminal.answer("Company (required): ", "Harbor Analytics")
    terminal.answer("Position: ", "Analyst")
    terminal.answer("Format (in_person, phone, video) [in_person]: ", "video")
    terminal.answer("Time zone of the times you give (required) [America/New_York]: ", "")
    terminal.answer("Start (required; YYYY-MM-DDTHH:MM): ", "2026-03-02T10:00")
    terminal.answer("half for a phone call): ", "")
    terminal.answer("Choose [t]: ", "a")
    terminal.answer("Name (e.g. Dana Kim) (required): ", "Dana Kim")
    terminal.answer(f"{US_HONORIFIC}: ", "Ms.")
    terminal.answer("Role (hiring_manager, interviewer, hr, arranger, employee): ", "hiring_manager")
    terminal.answer("Job title, exactly as on the card: ", "Director")
    terminal.answer("Email address (never guessed, I-03): ", "dana@harbor.example")
    shown = terminal.answer("Other options (Enter for none; ? lists them): ", "")
    assert shown.count("Honorific") == 0  # asked once, before the role
    shown = terminal.answer("Choose [t]: ", "q")
    assert "Added Dana Kim as 'dana-kim' to harbor-analytics." in shown
    assert terminal.wait() == 0
    assert _closing() == {"value": "Sincerely", "source": "profile"}
    (dana,) = _people()
    assert (dana["honorific"], dana["role"]) == ("Ms.", "hiring_manager")


def test_a_real_terminal_debrief_in_the_editor_asks_about_each_unknown_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C-11: the editor closes, then each word the dictionary lacks is asked about on the terminal."""
    assert invoke("import", str(Path(__file__).parent.parent / "scenarios" / "S04.json")).code == 0
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys\np = sys.argv[1]\n"
        "s = open(p).read().replace('[takeaways]\\n', '[takeaways]\\n- the attribuiton dashbords\\n', 1)\n"
        "open(p, 'w').write(s)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    term = Pty(tmp_path, "debrief", "--edit", "--now", "2026-04-15T11:00")
    for running in _closed(term):
        shown = running.answer('or = to keep "attribuiton" (added to your dictionary) [attribution]: ', "")
        assert '"attribuiton" is not in the dictionary; did you mean "attribution"?' in shown
        running.answer('or = to keep "dashbords" (added to your dictionary) [dashboards]: ', "=")
        running.expect("Debrief saved for lumen.")
        assert running.wait() == 0
    data = ok("export").json()
    assert data["applications"][0]["interviews"][0]["debrief"]["takeaways"] == ["the attribution dashbords"]
    assert data["profile"]["words"] == ["dashbords"]
