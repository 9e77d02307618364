"""Reading business cards: every real export in the shared fixtures, and the exports written for this project
in tests/calendars/files, gives the people written in it (names, honorific, title, organisation, emails
and phones preferred first, addresses as postal text); a card that names nobody is left out with a reason
naming it, and the others are still read; only a file with no readable card is refused, in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.calendars.vcard import Card, CardFile, Skipped, parse_vcards
from followup.core.errors import InvalidInput

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "vcf"
OURS = Path(__file__).resolve().parent / "files"
US = "United States of America"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8")  # bytes: keep the file's own line endings


def parse(name: str) -> list[Card]:
    return list(parse_vcards(fixture(name), source=name).cards)


def cards(text: str) -> list[Card]:
    return list(parse_vcards(text).cards)


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

NAMED_FROM = "named from its address "
EXPECTED["ezvcard__John_Doe_ANDROID.vcf"] = [
    # Android exports contacts that have only an address as cards without N or FN: named from it.
    Card(1, "2.1", first="John", last="Doe", emails=("john.doe@company.com",),
         notes=(NAMED_FROM + "john.doe@company.com",)),
    Card(6, "2.1", first="Jane", last="Doe", emails=("jane.doe@company.com",),
         notes=(NAMED_FROM + "jane.doe@company.com",)),
    Card(11, "2.1", "Ñ Ñ Ñ Ñ Ñ", last="Ñ Ñ Ñ Ñ", phones=("123456789",)),
    Card(18, "2.1", " ".join(["Ñ"] * 11), last=" ".join(["Ñ"] * 11),
         phones=("123456", "234567", "3456789", "45678901")),
    Card(36, "2.1", "Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ", "Ñ Ñ", organisation="Ñ" * 12, emails=("bob@company.com", "Ñ" * 14),
         phones=("123456",)),
    Card(71, "2.1", "ÑÑÑÑ", last="ÑÑÑÑ", organisation="Ñ" * 44, emails=("henry@company.com",),
         phones=("55556666",)),
]  # fmt: skip


def test_every_shared_fixture_is_expected() -> None:
    assert {path.name for path in FIXTURES.glob("*.vcf")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_the_people_written_in_it_and_leaves_none_out(name: str) -> None:
    found = parse_vcards(fixture(name), source=name)
    assert (list(found.cards), found.skipped) == (EXPECTED[name], ())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_line_endings_and_a_byte_order_mark_change_nothing(name: str) -> None:
    text = fixture(name)
    lf = text.replace("\r\n", "\n")
    crlf = lf.replace("\n", "\r\n")
    assert (
        cards("\ufeff" + lf)
        == cards(crlf)
        == cards(lf.replace("\n", "\r"))
        == cards(lf.replace("\n", "\r\r\n"))  # a CR LF file written again in text mode on Windows
        == parse(name)
    )


def android_cards(*numbers: int) -> str:
    cards = fixture("ezvcard__John_Doe_ANDROID.vcf").split("END:VCARD\r\n")
    return "".join(cards[n - 1] + "END:VCARD\r\n" for n in numbers)


def test_android_quoted_printable_names_with_soft_line_breaks() -> None:
    three, four, five, six = cards(android_cards(3, 4, 5, 6))
    assert (three.last, three.formatted_name, three.phones) == ("Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ", ("123456789",))
    assert four.last == four.formatted_name == " ".join(["Ñ"] * 11)  # the value goes on after "=" + CRLF
    assert four.phones == ("123456", "234567", "3456789", "45678901")  # TEL;CELL;PREF first
    assert (five.first, five.last, five.organisation) == ("Ñ Ñ Ñ", "Ñ Ñ", "Ñ" * 12)
    assert five.emails == ("bob@company.com", "Ñ" * 14)  # both PREF: card order; the photo is skipped
    assert (six.last, six.emails, six.organisation) == ("ÑÑÑÑ", ("henry@company.com",), "Ñ" * 44)


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def one(*lines: str, version: str = "3.0") -> Card:
    (only,) = cards(card(*lines, version=version))
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
    (ana,) = cards(text)
    assert (ana.name, ana.title) == ("Ana Ruiz", "CTO")


REFUSALS = [
    pytest.param(
        "", "cards.vcf: expected a vCard file (BEGIN:VCARD ... END:VCARD); this file is empty", id="empty"
    ),
    pytest.param("\ufeff \r\n\r\n", "this file is empty", id="blank-lines"),
    pytest.param('{"format": "followup-export"}', "this file has no card", id="json"),
    pytest.param("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "this file has no card", id="calendar"),
    pytest.param(
        card("N:;;;;", "FN: ", "TEL:+1 617 555 0111") + card("FN:Ana Ruiz", version="5.0"),
        "cards.vcf: expected a vCard file with a card followup can read; it has none (card 1 (line 1, "
        "+1 617 555 0111): no name (N or FN), and no email address to name it from; card 2 (line 7, "
        "Ana Ruiz): its VERSION is '5.0'; followup reads 2.1, 3.0 and 4.0)",
        id="no-readable-card",
    ),
]


@pytest.mark.parametrize(("text", "message"), REFUSALS)
def test_a_file_without_a_readable_card_is_refused_in_one_line(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_vcards(text, source="cards.vcf")
    assert message in refused.value.message
    assert refused.value.message.startswith("cards.vcf")
    assert "\n" not in refused.value.message


SKIPS = [
    pytest.param(
        card("N:;;;;", "EMAIL:not an address"),
        "card 1 (line 1, not an address): no name (N or FN), and no email address to name it from",
        id="no-name-and-no-address",
    ),
    pytest.param(
        card("N:;;;Dr.;", "FN: "), "card 1 (line 1): no name (N or FN), and no email", id="only-an-honorific"
    ),
    pytest.param(
        card("FN:Ana Ruiz", version="5.0"),
        "card 1 (line 1, Ana Ruiz): its VERSION is '5.0'; followup reads 2.1, 3.0 and 4.0",
        id="version",
    ),
    pytest.param(
        card("N;CHARSET=KLINGON;ENCODING=QUOTED-PRINTABLE:Ruiz;Ana"),
        "card 1 (line 1): no name (N or FN), and no email address to name it from; left out N (line 3): "
        "CHARSET 'KLINGON' is not a character set followup knows",
        id="unknown-charset",
    ),
    pytest.param(
        card("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=80", version="2.1"),
        "left out FN (line 3): not text in UTF-8 (its byte 3, 0x80, is not)",
        id="undecodable-quoted-printable",
    ),
    pytest.param(
        card("N:;;;;", "FN:Acme Recruiting", "ORG:Acme Recruiting;", "EMAIL:jobs@acme.example"),
        "card 1 (line 1, Acme Recruiting): a company's card (Acme Recruiting), not a person's",
        id="company-card",
    ),
    pytest.param(
        card("FN:Acme", "EMAIL:jobs@acme.example", "X-ABShowAs:COMPANY"),
        "card 1 (line 1, Acme): a company's card (Acme), not a person's",
        id="iphone-company-card",
    ),
    pytest.param(
        card("N:" + "x" * 500 + ";Ana"),
        "card 1 (line 1, Ana " + "x" * 33 + "...): a name of 500 characters (at most 100)",
        id="name-too-long",
    ),
]


@pytest.mark.parametrize(("text", "reason"), SKIPS)
def test_a_card_that_names_nobody_is_left_out_with_the_reason_and_the_others_are_read(
    text: str, reason: str
) -> None:
    found = parse_vcards(card("FN:Luis Ortega") + text + card("FN:Mei Chen"), source="cards.vcf")
    assert [c.name for c in found.cards] == ["Luis Ortega", "Mei Chen"]
    [skipped] = found.skipped
    assert reason.replace("card 1 (line 1", "card 2 (line 5").replace("(line 3)", "(line 7)") in str(skipped)
    assert (skipped.number, skipped.line) == (2, 5)


def test_a_card_without_a_name_is_named_from_its_preferred_address() -> None:
    google = one("FN:", "N:;;;;", "EMAIL:other@example.com", "EMAIL;TYPE=pref:dana.kim+jobs@harbor.example")
    assert (google.first, google.last, google.email) == ("Dana", "Kim", "dana.kim+jobs@harbor.example")
    assert google.notes == ("named from its address dana.kim+jobs@harbor.example",)
    org_only = one("ORG:Harbor Analytics", "EMAIL:priya_shah@harbor.example")
    assert (org_only.name, org_only.organisation) == ("Priya Shah", "Harbor Analytics")
    assert one("N:;;;;", "EMAIL:bad", "EMAIL:luis@harbor.example").name == "Luis"


def test_a_last_card_without_end_is_read_to_the_end_of_the_file_with_a_note() -> None:
    text = card("FN:Ana Ruiz", version="2.1") + "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ortega;Luis\r\n"
    ana, luis = cards(text)
    assert (ana.notes, luis.name) == ((), "Luis Ortega")
    assert luis.notes == ("no END:VCARD (the file ends inside it): read up to there",)


def test_a_card_whose_end_is_missing_ends_where_the_next_begins() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\n" + card("FN:Luis Ortega")
    ana, luis = cards(text)
    assert (ana.name, luis.name) == ("Ana Ruiz", "Luis Ortega")
    assert ana.notes == ("no END:VCARD (the next card begins inside it): read up to there",)


def test_what_cannot_be_read_inside_a_card_is_left_out_with_a_note() -> None:
    tom = one(
        "FN:Tom Baker",
        "EMAIL;PREF=²:tom@harbor.example",  # a superscript digit is no preference (and no crash)
        "TITLE;CHARSET=hex;ENCODING=QUOTED-PRINTABLE:=41=42",
        "ORG;CHARSET=zlib:Harbor",
        "just some words",
        "TEL:" + "5" * 100,
        "EMAIL:" + "a" * 300 + "@harbor.example",
    )
    assert (tom.name, tom.email, tom.title, tom.organisation, tom.phones) == (
        "Tom Baker",
        "tom@harbor.example",
        "",
        "Harbor",  # valid UTF-8 needs no CHARSET: the parameter changes nothing
        (),
    )
    assert tom.notes == (
        "left out line 7, not a property: 'just some words'",
        "left out TITLE (line 5): CHARSET 'hex' is not a character set followup knows",
        "left out an email of 315 characters (at most 254)",
        "left out a phone of 100 characters (at most 60)",
    )


def test_eight_bit_values_are_read_in_their_charset_or_as_windows_1252() -> None:
    greek, german = "Παπά", "Geschäftsführer"
    data = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-7:" + greek.encode("iso-8859-7")
    data += b"\r\nTITLE:" + german.encode("cp1252") + b"\r\n"
    (read,) = cards((data + b"END:VCARD\r\n").decode("utf-8", "surrogateescape"))
    assert (read.last, read.title) == (greek, german)


def test_control_characters_and_line_breaks_never_reach_a_name() -> None:
    odd = one("N:Ki\x1b[31mm\\n;Da\x00na;;;", "TITLE:Head\\nof Data\u202e", "EMAIL:dana@harbor.example\x07")
    assert (odd.first, odd.last, odd.title, odd.email) == (
        "Dana",
        "Ki[31mm",
        "Head of Data",
        "dana@harbor.example",
    )


# --- exports written for this project (tests/calendars/files, see its README) ----------------------------


def ours(name: str) -> CardFile:
    return parse_vcards((OURS / name).read_bytes().decode("utf-8", "surrogateescape"), source=name)


def test_google_contacts_export_reads_email_only_contacts_and_skips_a_number_alone() -> None:
    found = ours("google-contacts.vcf")
    luis, mei = "luis.ortega@harbor-analytics.example", "mei_chen@harbor-analytics.example"
    assert [(c.name, c.email, c.notes) for c in found.cards] == [
        ("Dana Kim", "dana.kim@harbor-analytics.example", ()),
        ("Luis Ortega", luis, (NAMED_FROM + luis,)),
        ("Mei Chen", mei, (NAMED_FROM + mei,)),
    ]
    assert found.cards[2].emails == ("mei_chen@harbor-analytics.example", "mei.private@gmail.com")
    assert found.skipped == (
        Skipped(4, 30, "no name (N or FN), and no email address to name it from", "+1 617-555-0199"),
    )


def test_iphone_export_skips_the_company_card_and_its_photo() -> None:
    found = ours("iphone-export.vcf")
    priya, luis = found.cards
    assert priya == Card(
        1, "3.0", "Priya Shah", "Priya", "Shah", title="Senior Recruiter", organisation="Harbor Analytics",
        emails=("priya.shah@harbor-analytics.example",), phones=("+1 (617) 555-0123", "+1 (617) 555-0100"),
        addresses=("1 Harbor Way\nFloor 4\nBoston, MA 02110\nUnited States",),
    )  # fmt: skip
    assert (luis.name, luis.organisation) == ("Luis Ortega", "Harbor Analytics")
    assert [str(s) for s in found.skipped] == [
        "card 2 (line 45, Harbor Analytics Careers): a company's card (Harbor Analytics Careers), "
        "not a person's"
    ]


def test_outlook_2_1_in_windows_1252_without_end_on_the_last_card() -> None:
    jurgen, anke = ours("outlook-2.1-windows-1252.vcf").cards
    assert jurgen == Card(
        1, "2.1", "Dr. Jürgen Müller", "Jürgen", "Müller", "Dr.", "Leiter Einkauf", "Hafen Analytik GmbH",
        emails=("juergen.mueller@hafen-analytik.example",), phones=("+49 40 555 0100",),
        addresses=("Hafenstraße 1\nHamburg 20457\nDeutschland",),
    )  # fmt: skip
    assert (anke.name, anke.title, anke.email) == (
        "Anke Weiß",
        "Personalreferentin",
        "anke.weiss@hafen-analytik.example",
    )
    assert anke.notes == ("no END:VCARD (the file ends inside it): read up to there",)


def test_thunderbird_4_0_export_with_an_address_only_card() -> None:
    ana, sam = ours("thunderbird-4.0.vcf").cards
    assert (ana.name, ana.emails, ana.phone) == (
        "Ana Ruiz", ("ana.ruiz@harbor-analytics.example", "ana@ruiz.example"), "+1 617 555 0177",
    )  # fmt: skip
    assert (sam.first, sam.last, sam.notes) == (
        "Sam",
        "Lee",
        (NAMED_FROM + "sam-lee+jobs@harbor-analytics.example",),
    )


def test_two_joined_exports_with_every_line_ending_and_byte_order_marks() -> None:
    dana, mei = ours("joined-mixed-line-endings.vcf").cards
    assert (dana.honorific, dana.name, dana.title, dana.email) == (
        "Ms.", "Dana Kim", "Director of Marketing", "dana.kim@harbor-analytics.example",
    )  # fmt: skip
    assert (mei.first, mei.last, mei.email) == ("Mei", "Chén", "mei.chen@harbor-analytics.example")


def test_a_file_of_good_and_bad_cards_reads_the_good_and_names_the_bad() -> None:
    found = ours("some-bad-cards.vcf")
    assert [c.name for c in found.cards] == ["Rosa Ng", "Tom Baker"]
    assert [str(s) for s in found.skipped] == [
        "card 2 (line 8, Future Person): its VERSION is '5.0'; followup reads 2.1, 3.0 and 4.0",
        "card 3 (line 13, +1 617 555 0111): no name (N or FN), and no email address to name it from",
        "card 4 (line 19): no name (N or FN), and no email address to name it from; left out N (line 21): "
        "not text in UTF-8 (its byte 1, 0xC3, is not)",
    ]


def test_a_broken_property_followup_does_not_read_is_ignored() -> None:
    broken_label = "LABEL;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=80=81"
    assert one("FN:Ana Ruiz", broken_label, "NOTE;ENCODING=b:not base64!", version="2.1").notes == ()
