"""`followup person import FILE.vcf`: business cards become people of an application. Known people (same
email) are filled in, never overwritten, with conflicts shown; a second import adds nothing; without
--yes and without a terminal the plan is shown and nothing is saved; bad files are refused in one line
and leave the database exactly as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.cli.common import db_url
from followup.core.errors import Refused
from followup.services.cards import apply_import, plan_import, read_cards
from followup.services.workspace import Workspace
from tests.cli.conftest import APP, USER, assert_one_line_error, invoke, ok, state

SHARED = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
VCF = SHARED / "vcf"
FLOW_PEOPLE = ["dana-kim", "luis-ortega", "mei-chen", "priya-shah"]

DANA_CARD = """BEGIN:VCARD
VERSION:3.0
N:Kim;Dana;;Ms.;
FN:Dana Kim
ORG:Harbor Analytics;Marketing
TITLE:VP Marketing
EMAIL;TYPE=work:Dana.Kim@Harbor.example
TEL;TYPE=work,voice:+1 617 555 0142
ADR;TYPE=work:;;1 Harbor Way;Boston;MA;02110;USA
END:VCARD
"""


def people() -> dict[str, Any]:
    return {p["id"]: p for p in ok("person", "list", "--json").json()}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="\r\n")
    else:
        path.write_bytes(content)
    return path


def test_a_file_of_cards_adds_each_person_to_the_panel(populated: Path) -> None:
    result = ok("person", "import", str(VCF / "ezvcard__gmail-list.vcf"), "--yes")
    assert result.out.splitlines()[-2:] == [
        "Plan: 3 new, 0 merged, 0 unchanged.",
        f"Saved to {APP}: 3 new, 0 merged.",
    ]
    everyone = people()
    assert list(everyone) == [*FLOW_PEOPLE, "arnold-smith", "chris-beatle", "doug-white"]
    arnold = everyone["arnold-smith"]
    assert (arnold["first"], arnold["last"], arnold["email"]) == ("Arnold", "Smith", "asmithk@gmail.com")
    assert (arnold["role"], arnold["on_panel"]) == ("interviewer", True)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_file_starting_with_a_byte_order_mark_is_read(
    populated: Path, tmp_path: Path, encoding: str
) -> None:
    text = (VCF / "ezvcard__gmail-list.vcf").read_bytes().decode("utf-8")
    path = write(tmp_path, f"{encoding}.vcf", text.encode(encoding))
    assert "Plan: 3 new, 0 merged, 0 unchanged." in ok("person", "import", str(path), "--yes").out


def test_importing_the_same_file_again_adds_nobody(populated: Path, tmp_path: Path) -> None:
    card = write(tmp_path, "outlook.vcf", (VCF / "ezvcard__John_Doe_MS_OUTLOOK.vcf").read_bytes())
    ok("person", "import", str(card), "--yes")
    before = state(populated)
    again = ok("person", "import", str(card), "--yes")
    assert "  unchanged  John Doe ('john-doe'): already recorded" in again.out
    assert again.out.splitlines()[-1] == "Nothing to save: every card is recorded already."
    assert state(populated) == before
    john = people()["john-doe"]
    assert (john["honorific"], john["title"], john["email"], john["phone"]) == (
        "Mr.",
        "Money Counter",
        "john.doe@ibm.cm",
        "(905) 555-1234",
    )
    assert john["postal_address"] == "Cresent moon drive\nAlbaney, New York 12345\nUnited States of America"


def test_a_card_without_email_matches_by_name_on_the_second_import(populated: Path) -> None:
    blackberry = str(VCF / "ezvcard__John_Doe_BLACK_BERRY.vcf")
    ok("person", "import", blackberry, "--yes")
    before = state(populated)
    assert "0 new, 0 merged, 1 unchanged" in ok("person", "import", blackberry, "--yes").out
    assert state(populated) == before
    assert len(people()) == len(FLOW_PEOPLE) + 1


def test_a_known_email_fills_what_is_missing_and_reports_conflicts(populated: Path, tmp_path: Path) -> None:
    result = ok("person", "import", str(write(tmp_path, "dana.vcf", DANA_CARD)), "--yes")
    assert result.out.splitlines()[1:4] == [
        "  merged     Dana Kim ('dana-kim'): fills in honorific, phone, postal address",
        "             kept title 'Director of Marketing'; the card says 'VP Marketing'",
        "Plan: 0 new, 1 merged, 0 unchanged.",
    ]
    dana = people()["dana-kim"]
    assert dana["title"] == "Director of Marketing"  # what the user typed stays
    assert dana["email"] == "dana.kim@harbor.example"
    assert (dana["honorific"], dana["phone"]) == ("Ms.", "+1 617 555 0142")
    assert dana["postal_address"] == "1 Harbor Way\nBoston, MA 02110\nUSA"
    assert (dana["role"], dana["talking_points"]) == ("hiring_manager", ["attribution dashboards"])
    assert len(people()) == len(FLOW_PEOPLE)


def test_a_card_naming_someone_else_at_a_known_address_adds_no_name_parts(
    populated: Path, tmp_path: Path
) -> None:
    shared = DANA_CARD.replace("N:Kim;Dana;;Ms.;", "N:Lee;Sam;;Mr.;").replace("FN:Dana Kim", "FN:Sam Lee")
    result = ok("person", "import", str(write(tmp_path, "sam.vcf", shared)), "--yes")
    assert "kept first 'Dana'; the card says 'Sam'" in result.out
    assert "kept last 'Kim'; the card says 'Lee'" in result.out
    assert people()["dana-kim"]["honorific"] == ""


def test_a_recruiter_card_makes_an_hr_contact_off_the_panel(populated: Path, tmp_path: Path) -> None:
    recruiter = "BEGIN:VCARD\nVERSION:2.1\nN:Ng;Rosa\nTITLE:Talent Acquisition Partner\nEND:VCARD\n"
    ok("person", "import", str(write(tmp_path, "rosa.vcf", recruiter)), "--yes")
    rosa = people()["rosa-ng"]
    assert (rosa["role"], rosa["on_panel"], rosa["title"]) == ("hr", False, "Talent Acquisition Partner")


def test_an_address_that_is_not_an_email_is_left_out_with_a_note(populated: Path, tmp_path: Path) -> None:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Ana Ruiz",
        "EMAIL;TYPE=pref:ana at harbor",
        "EMAIL:ana@harbor.example",
    ]
    result = ok(
        "person", "import", str(write(tmp_path, "ana.vcf", "\n".join([*lines, "END:VCARD", ""]))), "--yes"
    )
    assert "             note: left out 'ana at harbor': not an email address" in result.out.splitlines()
    assert people()["ana-ruiz"]["email"] == "ana@harbor.example"


def test_json_shows_the_plan_and_what_was_saved(populated: Path, tmp_path: Path) -> None:
    card = write(tmp_path, "cards.vcf", DANA_CARD + (VCF / "ezvcard__rfc6350-example.vcf").read_text())
    data = ok("person", "import", str(card), "--yes", "--json").json()
    assert set(data) == {"application", "file", "saved", "counts", "cards", "skipped"}
    assert (data["application"], data["file"], data["saved"]) == (APP, str(card), True)
    assert (data["counts"], data["skipped"]) == ({"new": 1, "merged": 1, "unchanged": 0, "skipped": 0}, [])
    dana, simon = data["cards"]
    assert set(dana) == {"line", "name", "outcome", "person", "filled", "conflicts", "notes"}
    assert (dana["line"], dana["name"], dana["outcome"]) == (1, "Dana Kim", "merged")
    assert dana["filled"] == ["honorific", "phone", "postal_address"]
    assert dana["conflicts"] == [{"field": "title", "kept": "Director of Marketing", "card": "VP Marketing"}]
    listed = people()["dana-kim"]
    assert dana["person"] == {key: value for key, value in listed.items() if key != "contact_roles"}
    assert (simon["line"], simon["outcome"], simon["person"]["id"]) == (11, "new", "simon-perreault")
    assert simon["person"]["phone"] == "+1-418-656-9254 ext. 102"
    assert simon["notes"] == ["the card is from 'Viagenie', this application is with 'Harbor Analytics'"]


def test_without_yes_and_without_a_terminal_the_plan_is_shown_and_nothing_saved(populated: Path) -> None:
    before = state(populated)
    result = invoke("person", "import", str(VCF / "ezvcard__gmail-list.vcf"))
    assert result.code == 2
    assert (
        result.out.splitlines()[1]
        == "  new        Arnold Smith ('arnold-smith'): interviewer, on the panel, asmithk@gmail.com"
    )
    assert (
        result.err
        == "followup: nothing was saved: add --yes to import these cards (or run this in a terminal)\n"
    )
    assert state(populated) == before
    as_json = invoke("person", "import", str(VCF / "ezvcard__gmail-list.vcf"), "--json")
    assert (as_json.code, as_json.json()["saved"], as_json.json()["counts"]["new"]) == (2, False, 3)
    assert state(populated) == before


@pytest.mark.parametrize(("answer", "code", "saved"), [("y\n", 0, True), ("n\n", 1, False)])
def test_in_a_terminal_it_asks_before_saving(
    populated: Path, monkeypatch: pytest.MonkeyPatch, answer: str, code: int, saved: bool
) -> None:
    monkeypatch.setattr("followup.cli.person._interactive", lambda: True)
    before = state(populated)
    result = invoke("person", "import", str(VCF / "ezvcard__gmail-list.vcf"), stdin=answer)
    assert result.code == code
    assert f"Save to {APP}? [Y/n]" in result.out
    assert ("arnold-smith" in people()) is saved
    assert (state(populated) == before) is not saved


def test_a_plan_made_stale_by_an_edit_is_refused(populated: Path) -> None:
    with Workspace(db_url(str(populated)), USER) as ws:
        plan = plan_import(ws, APP, read_cards(VCF / "ezvcard__gmail-list.vcf"))
        ok("person", "add", "Arnold Smith", "--email", "arnold@elsewhere.example")
        with pytest.raises(Refused, match="changed while the import waited; nothing was saved"):
            apply_import(ws, plan)
    assert list(people()) == [*FLOW_PEOPLE, "arnold-smith"]


BAD_FILES = [
    pytest.param(
        "calendar.vcf",
        (SHARED / "ics" / "icalendar__timezone_same_start.ics").read_bytes(),
        ["calendar.vcf: expected a vCard file (BEGIN:VCARD ... END:VCARD); this file has no card"],
        id="not-a-vcard",
    ),
    pytest.param("empty.vcf", b"", ["empty.vcf: expected a vCard file", "this file is empty"], id="empty"),
    pytest.param(
        "qp.vcf",
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ana=80\r\nEND:VCARD\r\n",
        [
            "qp.vcf: expected a vCard file with a card followup can read; it has none (card 1 (line 1): no "
            "name (N or FN), and no email address to name it from; left out FN (line 3): not text in UTF-8 "
            "(its byte 4, 0x80, is not))"
        ],
        id="undecodable-quoted-printable",
    ),
]


@pytest.mark.parametrize(("name", "content", "fragments"), BAD_FILES)
def test_a_bad_file_is_refused_in_one_line_and_nothing_is_saved(
    populated: Path, tmp_path: Path, name: str, content: bytes, fragments: list[str]
) -> None:
    before = state(populated)
    result = invoke("person", "import", str(write(tmp_path, name, content)), "--yes")
    assert_one_line_error(result, *fragments)
    assert state(populated) == before


def test_a_50_mb_file_is_refused_by_its_size_before_it_is_read(populated: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.vcf"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    before = state(populated)
    opened: list[Path] = []
    real_open = Path.open

    def watched_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    small = write(tmp_path, "small.vcf", DANA_CARD)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "open", watched_open)
        result = invoke("person", "import", str(big), "--yes")
        invoke("person", "import", str(small))  # read through the watched door (then refused: no --yes)
    assert big not in opened and small in opened
    assert_one_line_error(result, f"{big}: expected a vCard file of at most 5 MB; this one is 50 MB")
    assert state(populated) == before


def test_a_missing_file_is_refused_in_one_line(populated: Path, tmp_path: Path) -> None:
    before = state(populated)
    missing = tmp_path / "nowhere.vcf"
    assert_one_line_error(
        invoke("person", "import", str(missing), "--yes"),
        f"{missing}: expected a vCard file that can be read (No such file or directory)",
    )
    assert_one_line_error(
        invoke("person", "import", str(tmp_path), "--yes"), "expected a vCard file that can be read"
    )
    assert state(populated) == before


# --- real exports: card by card ------------------------------------------------------------------------

OURS = Path(__file__).resolve().parents[1] / "calendars" / "files"


def test_a_file_with_bad_cards_imports_the_good_ones_and_names_each_card_left_out(populated: Path) -> None:
    result = ok("person", "import", str(OURS / "some-bad-cards.vcf"), "--yes")
    assert result.out.splitlines() == [
        f"some-bad-cards.vcf: 2 card(s) for {APP} (Harbor Analytics)",
        "  new        Rosa Ng ('rosa-ng'): hr, rosa.ng@harbor-analytics.example",
        "  new        Tom Baker ('tom-baker'): interviewer, on the panel, tom.baker@harbor-analytics.example",
        "             note: left out line 29, not a property: 'this line is no property'",
        "             note: left out TITLE (line 28): CHARSET 'hex' is not a character set followup knows",
        "  skipped    card 2 (line 8, Future Person): its VERSION is '5.0'; followup reads 2.1, 3.0 and 4.0",
        "  skipped    card 3 (line 13, +1 617 555 0111): no name (N or FN), and no email address to name it "
        "from",
        "  skipped    card 4 (line 19): no name (N or FN), and no email address to name it from; left out N "
        "(line 21): not text in UTF-8 (its byte 1, 0xC3, is not)",
        "Plan: 2 new, 0 merged, 0 unchanged, 3 skipped.",
        f"Saved to {APP}: 2 new, 0 merged.",
    ]
    assert list(people()) == [*FLOW_PEOPLE, "rosa-ng", "tom-baker"]


def test_json_lists_the_cards_left_out(populated: Path) -> None:
    data = ok("person", "import", str(OURS / "iphone-export.vcf"), "--yes", "--json").json()
    assert data["counts"] == {"new": 2, "merged": 0, "unchanged": 0, "skipped": 1}
    assert data["skipped"] == [
        {
            "card": 2,
            "line": 45,
            "hint": "Harbor Analytics Careers",
            "reason": "a company's card (Harbor Analytics Careers), not a person's",
        }
    ]
    # Their addresses at harbor-analytics.example are not the flow's (harbor.example): new people.
    assert [(c["name"], c["outcome"]) for c in data["cards"]] == [
        ("Priya Shah", "new"),
        ("Luis Ortega", "new"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Android and Google write contacts that have only an address without a name: named from it.
        (SHARED / "vcf" / "ezvcard__John_Doe_ANDROID.vcf", ["john-doe", "jane-doe"]),
        (OURS / "google-contacts.vcf", ["dana-kim-2", "luis-ortega-2", "mei-chen-2"]),
        (OURS / "thunderbird-4.0.vcf", ["ana-ruiz", "sam-lee"]),
        (OURS / "outlook-2.1-windows-1252.vcf", ["jurgen-muller", "anke-wei"]),  # ids drop what is not ASCII
        (OURS / "joined-mixed-line-endings.vcf", ["dana-kim-2", "mei-chen-2"]),
    ],
    ids=["android", "google", "thunderbird", "outlook-windows-1252", "joined-mixed-line-endings"],
)
def test_real_exports_import_card_by_card(populated: Path, name: Path, expected: list[str]) -> None:
    result = ok("person", "import", str(name), "--yes", "--json").json()
    assert result["saved"] is True
    new = [c["person"]["id"] for c in result["cards"] if c["outcome"] == "new"]
    assert new[: len(expected)] == expected
    assert set(people()) >= {*FLOW_PEOPLE, *expected}


def test_a_latin_1_file_is_read_as_windows_1252(populated: Path, tmp_path: Path) -> None:
    latin = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:M\u00fcller;J\u00fcrgen\r\nEND:VCARD\r\n".encode("latin-1")
    ok("person", "import", str(write(tmp_path, "latin1.vcf", latin)), "--yes")
    assert (people()["jurgen-muller"]["first"], people()["jurgen-muller"]["last"]) == (
        "J\u00fcrgen",
        "M\u00fcller",
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf_16_without_a_byte_order_mark_is_read(populated: Path, tmp_path: Path, encoding: str) -> None:
    text = (VCF / "ezvcard__gmail-list.vcf").read_bytes().decode("utf-8")
    path = write(tmp_path, "nobom.vcf", text.encode(encoding))
    assert "Plan: 3 new, 0 merged, 0 unchanged." in ok("person", "import", str(path), "--yes").out
