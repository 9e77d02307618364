"""The formal letter renders as a PDF business letter: pdftotext finds both addresses (one postal line per
line), the date, the greeting, the body and the closing, and no subject line; user text is set as text,
never run as typst code."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from followup.core.drafts import Draft
from followup.core.errors import InvalidInput
from followup.core.model import Application, Company, Person, Profile
from followup.letters.pdf import address_lines, letter_data, paper_for, render_letter

ME = Profile(
    name="Alex Morgan",
    email="alex.morgan@example.com",
    phone="+1 303 555 0147",
    postal_address="88 Elm St\nDenver, CO 80203",
    country="US",
)
JOHN = Person(
    "john",
    first="John",
    last="Whitaker",
    honorific="Mr.",
    title="Managing Partner",
    postal_address="1600 Broadway\nDenver, CO 80202",
)
APP = Application("summit", Company("Summit Legal LLP"), position="Paralegal", people=(JOHN,))
LETTER = Draft(
    "FL",
    "FL:john",
    "letter",
    ("john",),
    (),
    "Paralegal interview: thank you",
    "Dear Mr. Whitaker,",
    (
        "Thank you again for the conversation about the e-discovery platform migration.",
        "#set text(red) <script> $x^2$ stays text.",
    ),
    "Yours sincerely,",
)


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is installed by `make test`"
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        [tool, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_letter_holds_both_addresses_the_date_and_the_closing(tmp_path: Path) -> None:
    pdf = render_letter(letter_data(LETTER, ME, APP, JOHN, dt.date(2026, 1, 23)))
    assert pdf.startswith(b"%PDF")
    text = _pdftotext(pdf, tmp_path)
    for expected in (
        "Alex Morgan",
        "88 Elm St",
        "Denver, CO 80203",
        "+1 303 555 0147",
        "January 23, 2026",
        "Mr. John Whitaker",
        "Managing Partner",
        "Summit Legal LLP",
        "1600 Broadway",
        "Denver, CO 80202",
        "Dear Mr. Whitaker,",
        "e-discovery platform migration",
        "Yours sincerely,",
    ):
        assert expected in text, expected
    assert "#set text(red) <script> $x^2$ stays text." in text  # set as text, not code
    assert "Paralegal interview: thank you" not in text  # a letter has no subject line


@pytest.mark.parametrize(
    ("address", "home", "lines"),
    [
        ("12 Beacon St, Boston, MA 02108", "US", ["12 Beacon St", "Boston, MA 02108"]),
        ("88 Elm St, Denver, CO, 80203", "US", ["88 Elm St", "Denver, CO 80203"]),
        ("200 Atlantic Ave\nBoston, MA 02110\nUSA", "US", ["200 Atlantic Ave", "Boston, MA 02110"]),
        ("200 Atlantic Ave\nBoston, MA 02110\nUSA", "GB", ["200 Atlantic Ave", "Boston, MA 02110", "USA"]),
        ("2 Bank St, London E14 5AB", "GB", ["2 Bank St", "London E14 5AB"]),
        ("10 High Street, London, SW1A 1AA, United Kingdom", "GB", ["10 High Street", "London", "SW1A 1AA"]),
        (
            "Suite 200, 1 Main St, Toronto, ON M5V 2T6",
            "CA",
            ["Suite 200", "1 Main St", "Toronto, ON M5V 2T6"],
        ),
        ("1 George St, Sydney, NSW 2000, Australia", "US", ["1 George St", "Sydney, NSW 2000", "Australia"]),
    ],
)
def test_an_address_is_set_one_postal_line_per_line(address: str, home: str, lines: list[str]) -> None:
    assert address_lines(address, home) == lines


def test_addresses_stored_on_one_line_print_on_several(tmp_path: Path) -> None:
    me = dataclasses.replace(ME, postal_address="88 Elm St, Denver, CO 80203")
    john = dataclasses.replace(JOHN, postal_address="1600 Broadway, Denver, CO 80202")
    data = letter_data(LETTER, me, APP, john, dt.date(2026, 1, 23))
    assert data["sender"]["address"] == ["88 Elm St", "Denver, CO 80203"]  # type: ignore[index]
    assert data["recipient"][-2:] == ["1600 Broadway", "Denver, CO 80202"]  # type: ignore[index]
    text = _pdftotext(render_letter(data), tmp_path)
    lines = [line.strip() for line in text.splitlines()]
    assert "1600 Broadway" in lines and "Denver, CO 80202" in lines and "88 Elm St" in lines


def test_the_addressee_takes_the_candidates_regional_honorific() -> None:
    me = dataclasses.replace(ME, country="GB")
    data = letter_data(LETTER, me, APP, JOHN, dt.date(2026, 1, 23))
    assert data["recipient"][0] == "Mr John Whitaker"  # type: ignore[index]


@pytest.mark.parametrize(
    ("country", "paper"), [("US", "us-letter"), ("CA", "us-letter"), ("GB", "a4"), ("DE", "a4")]
)
def test_paper_follows_the_candidates_country(country: str, paper: str) -> None:
    assert paper_for(country) == paper


def test_an_a4_letter_uses_the_day_month_year_date(tmp_path: Path) -> None:
    me = Profile(name="Sasha Patel", postal_address="2 Bank St\nLondon E14 5AB", country="GB")
    text = _pdftotext(render_letter(letter_data(LETTER, me, APP, JOHN, dt.date(2026, 4, 9))), tmp_path)
    assert "9 April 2026" in text


@pytest.mark.parametrize(
    ("me", "person", "missing"),
    [
        (Profile(name="Alex Morgan"), JOHN, "your postal address"),
        (ME, Person("john", first="John", last="Whitaker"), "John Whitaker's postal address"),
    ],
)
def test_a_letter_without_a_postal_address_says_what_to_add(
    me: Profile, person: Person, missing: str
) -> None:
    with pytest.raises(InvalidInput, match=missing):
        letter_data(LETTER, me, APP, person, dt.date(2026, 1, 23))
