"""Reading business cards: every real export in the shared fixtures either gives the people written in it
(names, honorific, title, organisation, emails and phones preferred first, addresses as postal text) or
is refused with one sentence naming the file, the card and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.calendars.vcard import Card, parse_vcards
from followup.core.errors import InvalidInput

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "vcf"
US = "United States of America"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8")  # bytes: keep the file's own line endings


def parse(name: str) -> list[Card]:
    return parse_vcards(fixture(name), source=name)


EXPECTED: dict[str, list[Card]] = {
    "audriga__ms_exchange.vcf": [
        Card(1, "3.0", "SomeFullName", last="SOMENAME", emails=("xxxxxxxx@kolumbus.us",)),
    ],
    "audriga__nextcloud_vcard.vcf": [
        Card(1, "3.0", "Baumus Maximilian", "Maximilian", "Baumus", emails=("baum@max.ilius",)),
    ],
    "audriga__test_vcard.vcf": [
        Card(
            1,
            "2.1",
            "Forrest Gump",
            "Forrest",
            "Gump",
            "Mr.",
            "Shrimp Man",
            "Bubba Gump Shrimp Co.",
            emails=("forrestgump@example.com", "forrestgump-work@example.com"),
            phones=("(111) 555-1212", "(404) 555-1212"),
            addresses=(  # ADR;WORK;PREF first
                f"100 Waters Edge\nBaytown, LA 30314\n{US}",
                f"42 Plantation St.\nBaytown, LA 30314\n{US}",
            ),
        ),
    ],
    "ezvcard__John_Doe_BLACK_BERRY.vcf": [
        Card(1, "2.1", "John Doe", "john", "Doe", organisation="Acme Solutions", phones=("+96123456789",)),
    ],
    "ezvcard__John_Doe_EVOLUTION.vcf": [
        Card(
            1,
            "3.0",
            "Mr. John Richter, James Doe Sr.",
            "John",
            "Doe",
            "Mr.",
            "Money Counter",
            "IBM",
            emails=("john.doe@ibm.com",),  # folded in the middle of the address
            phones=("905-666-1234", "905-555-1234"),
            addresses=(f"ASB-123\n15 Crescent moon drive\nAlbaney, New York 12345\n{US}",),
        ),
    ],
    "ezvcard__John_Doe_GMAIL.vcf": [
        Card(
            1,
            "3.0",
            "Mr. John Richter, James Doe Sr.",
            "John",
            "Doe",
            "Mr.",
            "Money Counter",
            "IBM",
            emails=("john.doe@ibm.com",),
            phones=("905-555-1234", "905-666-1234"),
            addresses=(f"Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\n{US}",),
        ),
    ],
    "ezvcard__John_Doe_LOTUS_NOTES.vcf": [
        Card(
            1,
            "3.0",
            "Mr. Doe John I Johny",
            "John",
            "Doe",
            "Mr.",
            "Generic Accountant",
            "IBM",
            emails=("john.doe@ibm.com", "billy_bob@gmail.com"),
            phones=("+1 (212) 204-34456", "00-1-212-555-7777"),
            addresses=(
                "25334\nSouth cresent drive, Building 5, 3rd floo r\nNew York, New York NYC887\nU.S.A.",
            ),
        ),
    ],
    "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf": [
        Card(
            1,
            "3.0",
            "Mr. John Richter,James Doe Sr.",
            "John",
            "Doe",
            "Mr.",
            "Money Counter",
            "IBM",
            emails=("john.doe@ibm.com",),
            # type=pref first, then in card order; faxes and the pager last
            phones=(
                "905-777-1234",
                "905-666-1234",
                "905-555-1234",
                "905-222-1234",
                "905-888-1234",
                "905-999-1234",
                "905-111-1234",
            ),
            addresses=(
                f"Silicon Alley 5,\nNew York, New York 12345\n{US}",
                "Street4\nBuilding 6\nFloor 8\nNew York 12345\nUSA",
            ),
        ),
    ],
    "ezvcard__John_Doe_MS_OUTLOOK.vcf": [
        Card(
            1,
            "2.1",
            "Mr. John Richter James Doe Sr.",
            "John",
            "Doe",
            "Mr.",
            "Money Counter",
            "IBM",
            emails=("john.doe@ibm.cm",),  # after the photo's base64 lines
            phones=("(905) 555-1234", "(905) 666-1234"),
            addresses=(
                f"Cresent moon drive\nAlbaney, New York 12345\n{US}",
                f"Silicon Alley 5,\nNew York, New York 12345\n{US}",
            ),
        ),
    ],
    "ezvcard__gmail-list.vcf": [
        Card(1, "3.0", "Arnold Smith", "Arnold", "Smith", emails=("asmithk@gmail.com",)),
        Card(7, "3.0", "Chris Beatle", "Chris", "Beatle", emails=("chrisy55d@yahoo.com",)),
        Card(13, "3.0", "Doug White", "Doug", "White", emails=("dwhite@gmail.com",)),
    ],
    "ezvcard__gmail-single2.vcf": [
        Card(
            1,
            "3.0",
            "VCard Test",
            "VCard",
            "Test",
            title="TheJobTitle",
            organisation="TheCompany",
            emails=(
                "email@example.com",
                "homeemail@example.com",
                "workemail@example.com",
                "otheremail@example.com",
                "customcategory@example.com",  # item1.EMAIL
            ),
            phones=(
                *("5555551111", "5555551112", "5555551113", "5555551114", "5555551115", "5555551116"),
                *("5555551119", "5555551121", "5555551117", "5555551118", "5555551120"),
            ),
            addresses=tuple(f"{n} Main St\nNY, New York 10011" for n in range(111, 116)),
        ),
    ],
    "ezvcard__outlook-2003.vcf": [
        Card(
            1,
            "2.1",
            "John Doe III",
            "John",
            "Doe",
            "Mr.",
            "The Job Title",
            "Company, The",
            emails=("jdoe@hotmail.com",),  # after the KEY's base64 lines and two blank lines
            phones=("BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"),
            addresses=(f"TheOffice\n123 Main St\nAustin, TX 12345\n{US}",),
        ),
    ],
    "ezvcard__rfc2426-example.vcf": [
        Card(
            1,
            "3.0",
            "Frank Dawson",
            "Frank",
            "Dawson",
            organisation="Lotus Development Corporation",
            emails=("Frank_Dawson@Lotus.com", "fdawson@earthlink.net"),
            phones=("+1-919-676-9515", "+1-919-676-9564"),
            addresses=("6544 Battleford Drive\nRaleigh, NC 27613-3502\nU.S.A.",),
        ),
        Card(
            13,
            "3.0",
            "Tim Howes",
            "Tim",
            "Howes",
            organisation="Netscape Communications Corp.",
            emails=("howes@netscape.com",),
            phones=("+1-415-937-3419", "+1-415-528-4164"),
            addresses=("501 E. Middlefield Rd.\nMountain View, CA 94043\nU.S.A.",),
        ),
    ],
    "ezvcard__rfc6350-example.vcf": [
        Card(
            1,
            "4.0",
            "Simon Perreault",
            "Simon",
            "Perreault",
            organisation="Viagenie",
            emails=("simon.perreault@viagenie.ca",),
            phones=("+1-418-656-9254 ext. 102", "+1-418-262-6501"),
            addresses=("Suite D2-630\n2875 Laurier\nQuebec, QC G1V 2M2\nCanada",),
        ),
    ],
    "ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf": [
        Card(
            1,
            "3.0",
            "John Doe",
            "John",
            "Doe",
            title="TheTitle",
            organisation="TheOrganization",
            emails=(
                "doe.john@hotmail.com",
                *(f"additional-email{n}@company.com" for n in ("", "1", "2", "3")),
            ),
            phones=("555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"),
            addresses=(
                "222 Broadway\nSuite 100\nNew York, NY 98765\nUSA",
                "123 Main St\nApt 10\nAustin, TX 12345\nUSA",
            ),
        ),
    ],
}

REFUSED = {
    # Android exports contacts that have only an address as cards without N or FN.
    "ezvcard__John_Doe_ANDROID.vcf": [
        "ezvcard__John_Doe_ANDROID.vcf, card 1 (line 1, john.doe@company.com): expected a name (N or FN)"
    ],
}


def test_every_fixture_is_either_expected_or_refused() -> None:
    names = {path.name for path in FIXTURES.glob("*.vcf")}
    assert names == set(EXPECTED) | set(REFUSED)
    assert not set(EXPECTED) & set(REFUSED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_the_people_written_in_it(name: str) -> None:
    assert parse(name) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_fixture_is_refused_with_one_sentence(name: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse(name)
    assert "\n" not in refused.value.message
    for fragment in REFUSED[name]:
        assert fragment in refused.value.message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_line_endings_and_a_byte_order_mark_change_nothing(name: str) -> None:
    text = fixture(name)
    lf = text.replace("\r\n", "\n")
    crlf = lf.replace("\n", "\r\n")
    assert (
        parse_vcards("\ufeff" + lf)
        == parse_vcards(crlf)
        == parse_vcards(lf.replace("\n", "\r"))
        == parse(name)
    )


def android_cards(*numbers: int) -> str:
    cards = fixture("ezvcard__John_Doe_ANDROID.vcf").split("END:VCARD\r\n")
    return "".join(cards[n - 1] + "END:VCARD\r\n" for n in numbers)


def test_android_quoted_printable_names_with_soft_line_breaks() -> None:
    three, four, five, six = parse_vcards(android_cards(3, 4, 5, 6))
    assert (three.last, three.formatted_name, three.phones) == ("Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ", ("123456789",))
    assert four.last == four.formatted_name == " ".join(["Ñ"] * 11)  # the value goes on after "=" + CRLF
    assert four.phones == ("123456", "234567", "3456789", "45678901")  # TEL;CELL;PREF first
    assert (five.first, five.last, five.organisation) == ("Ñ Ñ Ñ", "Ñ Ñ", "Ñ" * 12)
    assert five.emails == ("bob@company.com", "Ñ" * 14)  # both PREF: card order; the photo is skipped
    assert (six.last, six.emails, six.organisation) == ("ÑÑÑÑ", ("henry@company.com",), "Ñ" * 44)


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def one(*lines: str, version: str = "3.0") -> Card:
    (only,) = parse_vcards(card(*lines, version=version))
    return only


def test_folding_drops_one_space_in_3_0_and_keeps_it_in_2_1() -> None:
    folded = ("FN:Ana Ruiz", "TITLE:Head of", "  Data")
    assert one(*folded, version="3.0").title == "Head of Data"
    assert one(*folded, version="4.0").title == "Head of Data"
    assert one("FN:Ana Ruiz", "TITLE:Head of", " Data", version="2.1").title == "Head of Data"
    assert one("FN:Ana Ruiz", "TITLE:Head of", " Data", version="3.0").title == "Head ofData"


def test_quoted_printable_follows_its_charset() -> None:
    latin = one("N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;Dr.;", version="2.1")
    assert (latin.honorific, latin.first, latin.last, latin.name) == (
        "Dr.",
        "Jürgen",
        "Müller",
        "Jürgen Müller",
    )
    bare = one("FN;QUOTED-PRINTABLE;CHARSET=UTF-8:Ren=C3=A9 Dupont", version="2.1")
    assert (bare.first, bare.last) == ("René", "Dupont")


def test_preference_decides_the_order_of_emails_phones_and_addresses() -> None:
    four = one(
        "FN:Ana Ruiz",
        "EMAIL;PREF=2:second@example.com",
        "EMAIL:last@example.com",
        "EMAIL;PREF=1:first@example.com",
        "TEL;TYPE=fax;PREF=1:111",
        "TEL:222",
        "ADR:;;1 Side St;Springfield;;;",
        "ADR;TYPE=work,pref:;;2 Main St;Springfield;IL;62701;USA",
        version="4.0",
    )
    assert four.emails == ("first@example.com", "second@example.com", "last@example.com")
    assert four.phones == ("222", "111")  # a fax is a phone of last resort
    assert four.address == "2 Main St\nSpringfield, IL 62701\nUSA"
    assert four.addresses[1] == "1 Side St\nSpringfield"


def test_the_same_address_twice_is_kept_once() -> None:
    twice = one("FN:Ana Ruiz", "EMAIL;TYPE=work:ana@example.com", "item1.EMAIL:ANA@example.com")
    assert twice.emails == ("ana@example.com",)


def test_unindented_base64_of_a_2_1_photo_is_skipped_up_to_the_blank_line() -> None:
    photo = (
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ",
        "AAAQABAAD/2wBDAAYEBQYFBAYGBQYH",
        "+/==",
        "",
    )
    after = one("N:Ruiz;Ana;;;", *photo, "TITLE:Recruiter", "LOGO;BASE64:", "QUJD", "", version="2.1")
    assert (after.first, after.last, after.title) == ("Ana", "Ruiz", "Recruiter")


def test_a_name_from_fn_when_n_is_empty() -> None:
    ana = one("N:;;;;", "FN:Dr. Ana María Ruiz")
    assert (ana.honorific, ana.first, ana.last) == ("Dr.", "Ana María", "Ruiz")
    assert (one("FN:Cher").first, one("FN:Cher").last) == ("Cher", "")
    assert one("N:;;;Ms.;", "FN:Ms. Alvarez").name == "Ms. Alvarez"


def test_an_agent_card_inside_a_card_is_left_out() -> None:
    text = card(
        "FN:Ana Ruiz", "AGENT:", "BEGIN:VCARD", "FN:Her Assistant", "END:VCARD", "TITLE:CTO", version="2.1"
    )
    (ana,) = parse_vcards(text)
    assert (ana.name, ana.title) == ("Ana Ruiz", "CTO")


REFUSALS = [
    pytest.param(
        "", "cards.vcf: expected a vCard file (BEGIN:VCARD ... END:VCARD); this file is empty", id="empty"
    ),
    pytest.param("\ufeff \r\n\r\n", "this file is empty", id="blank-lines"),
    pytest.param('{"format": "followup-export"}', "this file has no card", id="json"),
    pytest.param("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "this file has no card", id="calendar"),
    pytest.param(
        card("FN:Ana Ruiz") + "BEGIN:VCARD\r\nFN:Luis\r\n",
        "cards.vcf, card 2 (line 5): expected END:VCARD before the end of the file",
        id="unterminated",
    ),
    pytest.param(
        card("FN:Ana Ruiz", "just some words"),
        "cards.vcf, card 1 (line 1), line 4: expected a property written NAME:value (got 'just some words')",
        id="not-a-property",
    ),
    pytest.param(
        card("FN:Ana Ruiz", version="5.0"), "card 1 (line 1), VERSION: expected 2.1, 3.0 or 4.0", id="version"
    ),
    pytest.param(
        card("FN;CHARSET=KLINGON;ENCODING=QUOTED-PRINTABLE:Ana"),
        "card 1 (line 1), FN: expected a CHARSET Python knows, such as UTF-8 (got 'KLINGON')",
        id="charset",
    ),
    pytest.param(
        card("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=80", version="2.1"),
        "card 1 (line 1), FN: expected text in UTF-8; its byte 3 (0x80) is not",
        id="undecodable-quoted-printable",
    ),
    pytest.param(
        card("N:;;;;", "EMAIL:ana@example.com"),
        "cards.vcf, card 1 (line 1, ana@example.com): expected a name (N or FN); it has none",
        id="no-name",
    ),
    pytest.param(
        card("N:;;;Dr.;", "FN: "), "card 1 (line 1): expected a name (N or FN)", id="only-an-honorific"
    ),
]


@pytest.mark.parametrize(("text", "message"), REFUSALS)
def test_what_cannot_be_read_is_refused_naming_the_place(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_vcards(text, source="cards.vcf")
    assert message in refused.value.message
    assert refused.value.message.startswith("cards.vcf")


def test_a_broken_property_followup_does_not_read_is_ignored() -> None:
    broken_label = "LABEL;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=80=81"
    assert one("FN:Ana Ruiz", broken_label, "NOTE;ENCODING=b:not base64!", version="2.1").name == "Ana Ruiz"
