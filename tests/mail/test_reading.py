"""Reading an .eml as the message its writer wrote (followup.mail.reading): the 30 real emails of
../shared/fixtures/eml (Gmail, Outlook, Apple Mail, Thunderbird, Yahoo, Hotmail, bounces, auto-replies, eight
charsets) and our own files in tests/mail/eml/, one per case: plain, HTML only, multipart/alternative,
quoted-printable, base64, Windows-1252 labelled ISO-8859-1, an unknown charset, replies with quotes
(top-posted, interleaved, Outlook), a forward, attachments, format=flowed and a "-- " signature.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.core.errors import InvalidInput
from followup.mail.reading import (
    MAX_MULTIPARTS,
    decode_bytes,
    header_text,
    html_to_text,
    looks_like_mail,
    read_mail,
    strip_quotes,
    unflow,
)

FIXTURES = Path(__file__).parents[2].parent / "shared" / "fixtures" / "eml"
OURS = Path(__file__).parent / "eml"
REAL = sorted(FIXTURES.glob("*.eml"))

SIGNATURE = (
    "Kind regards,\nAlex Morgan\n+1 617 555 0100\n12 Beacon St, Boston, MA 02108\nalex.morgan@example.com"
)
THANKS = (
    "Dear Ms. Kim,\n\nThank you for meeting with me today about the Marketing Analyst role at Harbor "
    "Analytics. I enjoyed our conversation about attribution dashboards, and I am very interested in "
    "joining your team."
    "\n\nI look forward to hearing from you.\n\n" + SIGNATURE
)


def ours(name: str) -> bytes:
    return (OURS / name).read_bytes()


def test_the_fixture_directory_holds_the_thirty_real_emails() -> None:
    assert len(REAL) == 30


# --- the real emails -----------------------------------------------------------------------------------
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_every_real_email_is_read_or_refused_in_one_sentence(path: Path) -> None:
    data = path.read_bytes()
    assert looks_like_mail(data)
    if path.name == "rubymail__empty_in_reply_to.eml":  # its body was cut off: no part at all
        with pytest.raises(InvalidInput, match=rf"^{path.name}: expected an email with a text part"):
            read_mail(data, path.name)
        return
    mail = read_mail(data, path.name)
    assert mail.text.strip()
    assert "\r" not in mail.text and "\n" not in mail.subject
    assert mail.part in ("text/plain", "text/html")


@pytest.mark.parametrize(
    "name",
    [
        "talon__android",
        "talon__apple_mail_2",
        "talon__gmail",
        "talon__hotmail",
        "talon__thunderbird",
        "talon__yahoo",
    ],
)
def test_every_mail_programs_reply_leaves_only_what_was_written(name: str) -> None:
    mail = read_mail((FIXTURES / f"{name}.eml").read_bytes(), name)
    assert (mail.text, mail.quoted, mail.reply) == ("Hello", True, True)
    assert mail.subject.lower().startswith("re: ")


@pytest.mark.parametrize(
    ("name", "subject"),
    [
        ("mailparser__mail_test_1", "письмо уведом-е"),  # B-encoded UTF-8
        ("mailparser__mail_test_5", "Je prépare mon été zéro complexe !"),  # Q-encoded ISO-8859-1
        ("mailparser__mail_test_13", "New Webinar: So, You Have A Disaster... Now What?"),
        ("rubymail__japanese_iso_2022", "まみむめも"),
        ("rubymail__bad_subject", "MySurvey.com:  You have a survey waiting!  91123105"),  # split words
        ("sisimai__rfc3834-06", "AutoRespons :Nyaan?"),
        (
            "mailparser__mail_test_9",
            "我把镜头拉近些，你们看看这个是什么屄，这种场合自然少不了内射",
        ),  # gb2312 read as GBK
    ],
)
def test_subjects_are_decoded_and_unfolded(name: str, subject: str) -> None:
    assert read_mail((FIXTURES / f"{name}.eml").read_bytes(), name).subject == subject


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("rubymail__ks_c_5601-1987", "스티해"),  # Outlook's label for Korean
        ("rubymail__japanese_iso_2022", "すみません。"),
        ("sisimai__rfc3834-05", "zukünftig\nkarl@hanz.de"),  # quoted-printable UTF-8
        ("mailparser__mail_test_17", "Test"),  # the plain part is blank: the HTML part is read
        ("rubymail__example06", "This is a reply to your hello."),
    ],
)
def test_bodies_are_decoded_by_their_declared_charset_and_encoding(name: str, text: str) -> None:
    assert read_mail((FIXTURES / f"{name}.eml").read_bytes(), name).text == text


def test_an_html_only_real_email_is_read_as_text() -> None:
    mail = read_mail((FIXTURES / "mailparser__mail_test_1.eml").read_bytes(), "x")
    assert mail.part == "text/html"
    assert mail.text.startswith("Налогоплательщик!\nИнформируем Вас об имеющейся задолженности.\n\n")
    assert "<" not in mail.text


def test_an_outlook_header_block_in_italian_ends_the_writers_text() -> None:
    mail = read_mail((FIXTURES / "mailparser__mail_test_7.eml").read_bytes(), "x")
    assert mail.quoted
    assert mail.text.startswith("Ciao sere mi puoi dire se il mio cliente deve fare questa dichiarazione?")
    assert "Inviato:" not in mail.text and "Buongiorno" not in mail.text
    assert "E-mail: info@voidstudicom.it" in mail.text  # the signature stays


# --- our own files, one case each ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["plain.eml", "html_only.eml", "alternative.eml", "quoted_printable.eml", "base64.eml"]
)
def test_the_same_note_reads_the_same_in_every_encoding(name: str) -> None:
    mail = read_mail(ours(name), name)
    expected = THANKS.replace("I enjoyed", "I’ve enjoyed") if name == "quoted_printable.eml" else THANKS
    assert mail.text == expected
    assert (mail.quoted, mail.reply) == (False, False)
    assert mail.subject.startswith("Job interview follow up for Alex Morgan")


def test_multipart_alternative_reads_the_plain_part() -> None:
    assert read_mail(ours("alternative.eml"), "x").part == "text/plain"


def test_html_only_drops_styles_scripts_and_the_title_and_keeps_line_breaks() -> None:
    mail = read_mail(ours("html_only.eml"), "x")
    assert mail.part == "text/html"
    assert "margin" not in mail.text and "alert" not in mail.text and "ignored" not in mail.text
    assert mail.text.endswith(SIGNATURE)  # <br> between the signature's lines


def test_a_base64_subject_with_a_dash_is_decoded() -> None:
    assert read_mail(ours("base64.eml"), "x").subject == "Job interview follow up for Alex Morgan — thank you"


def test_windows_1252_labelled_iso_8859_1_keeps_its_curly_apostrophe() -> None:
    mail = read_mail(ours("windows_1252.eml"), "x")
    assert "the café on the roof, and I’m very interested" in mail.text
    assert mail.subject == "Job interview follow up for Alex Morgan été"


def test_an_unknown_charset_is_read_as_utf8() -> None:
    assert "today – Tuesday" in read_mail(ours("unknown_charset.eml"), "x").text


def test_a_top_posted_reply_loses_the_attribution_wrapped_over_two_lines_and_the_quote() -> None:
    mail = read_mail(ours("reply_quoted.eml"), "x")
    assert mail.text == (
        "Dear Ms. Walsh,\n\nThank you for letting me know. Wednesday at 10:00 suits me well, and I look "
        "forward to it.\n\nKind regards,\nAlex Morgan"
    )
    assert (mail.quoted, mail.reply, mail.subject) == (True, True, "Re: Second round at Harbor Analytics")


def test_an_interleaved_reply_keeps_the_answers_between_the_quotes() -> None:
    mail = read_mail(ours("reply_interleaved.eml"), "x")
    assert mail.text == (
        "Yes, Wednesday at 10:00 suits me well.\n\nOf course; I will bring it.\n\nKind regards,\nAlex Morgan"
    )


def test_outlook_underscores_and_header_block_end_the_writers_text() -> None:
    mail = read_mail(ours("outlook_reply.eml"), "x")
    assert (
        mail.text
        == "Dear Ms. Shah,\n\nThank you; Wednesday at 10:00 suits me well.\n\nKind regards,\nAlex Morgan"
    )
    assert mail.subject == "RE: Second round"


def test_outlooks_original_message_line_ends_the_writers_text() -> None:
    mail = read_mail(ours("original_message.eml"), "x")
    assert mail.text == "Dear Ms. Shah,\n\nThank you; Wednesday at 10:00 suits me well."


def test_a_gmail_forward_keeps_only_the_note_above_the_forwarded_message() -> None:
    mail = read_mail(ours("forward.eml"), "x")
    assert mail.text == (
        "Dear Ms. Kim,\n\nPriya suggested I send you the note below; I am very interested in the role.\n\n"
        "Kind regards,\nAlex Morgan"
    )
    assert mail.quoted and not mail.reply


def test_the_signature_after_the_delimiter_is_kept_without_the_delimiter() -> None:
    mail = read_mail(ours("signature.eml"), "x")
    assert mail.text.endswith("Kind regards,\nAlex\n" + SIGNATURE.removeprefix("Kind regards,\n"))
    assert "--" not in mail.text and not mail.quoted


def test_attachments_and_attached_messages_are_not_the_body() -> None:
    mail = read_mail(ours("attachments.eml"), "x")
    assert (mail.part, mail.text) == ("text/html", "Dear Ms. Kim,\n\nThank you for today.")


def test_format_flowed_lines_are_joined() -> None:
    mail = read_mail(ours("flowed.eml"), "x")
    assert "role at Harbor Analytics. I enjoyed our conversation about attribution dashboards.\n" in mail.text


# --- the pieces ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mail"),
    [
        (b"Subject: Thanks\n\nDear Dana,\n", False),  # followup's own plain-text convention
        (b"Dear Dana,\n\nThank you.\n", False),
        (b"Re: our talk\n\nDear Dana,\n", False),
        (b"To: Dana Kim <dana@harbor.example>\nSubject: Thanks\n\nDear Dana,\n", True),
        (b"From nobody Tue Nov 24 15:00:00 2026\nFrom: a@b.example\n\nHi\n", True),  # mbox
        (b"\xef\xbb\xbfMIME-Version: 1.0\r\n\r\nHi\r\n", True),
        (b"", False),
    ],
)
def test_looks_like_mail_needs_a_header_only_mail_has(text: bytes, mail: bool) -> None:
    assert looks_like_mail(text) is mail


def test_an_ordinary_sentence_starting_with_on_is_not_an_attribution() -> None:
    text = "Dear Ms. Kim,\n\nOn Tuesday we discussed the dashboards you wrote:\nthey were clear.\n\nRegards,"
    assert strip_quotes(text) == (text, False)


@pytest.mark.parametrize("label", ["x-unknown", "base64", "rot13", "idna", "undefined", "", None, '"utf-8"'])
def test_decode_bytes_never_fails_on_a_label(label: str | None) -> None:
    assert decode_bytes("café".encode(), label) == "café"


def test_decode_bytes_reads_us_ascii_labelled_utf8_as_utf8() -> None:
    assert decode_bytes("I’m".encode(), "us-ascii") == "I’m"


def test_header_text_keeps_a_broken_encoded_word_as_written() -> None:
    assert header_text("=?utf-8?b?not base64!?=") == "=?utf-8?b?not base64!?="
    assert header_text("=?x-nothing?q?caf=C3=A9?=") == "café"
    assert header_text("Re: a very long\r\n subject") == "Re: a very long subject"


def test_html_to_text_drops_nested_quotes_and_decodes_entities() -> None:
    html = (
        "<div>Yes &amp; thanks<br>Alex</div><blockquote>one<blockquote>two</blockquote>still quoted"
        "</blockquote><div class='gmail_quote'>On Tue <div>x</div> wrote</div><p>After</p>"
    )
    assert html_to_text(html) == "Yes & thanks\nAlex\n\nAfter"


def test_unflow_joins_only_lines_of_the_same_quote_depth() -> None:
    assert unflow("> Hi \nHello") == "> Hi \nHello"
    assert unflow("one \ntwo \nthree\n-- \nsig") == "one two three\n-- \nsig"
    assert unflow("one \ntwo", delete_space=True) == "onetwo"


# --- hostile structure --------------------------------------------------------------------------------
def _nested(depth: int) -> bytes:
    head = b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n'
    parts = b"".join(
        b'--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' % (n, n + 1) for n in range(depth)
    )
    return head + parts + b"--b%d\nContent-Type: text/plain\n\nDear Ms. Kim,\n" % depth


def test_reasonably_nested_parts_are_read() -> None:
    assert read_mail(_nested(20), "deep.eml").text == "Dear Ms. Kim,"


def test_parts_nested_past_any_mail_program_are_refused_in_one_sentence() -> None:
    with pytest.raises(InvalidInput) as refused:
        read_mail(_nested(5000), "deep.eml")
    assert refused.value.message == (
        f"deep.eml: expected an email with at most {MAX_MULTIPARTS} multipart sections (got 'more')"
    )


def test_a_mail_with_no_text_part_is_refused() -> None:
    data = (
        b"MIME-Version: 1.0\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0K\n"
    )
    with pytest.raises(InvalidInput, match=r"^cv\.eml: expected an email with a text part"):
        read_mail(data, "cv.eml")


# --- found by fuzzing (tests/fuzz/test_check_bytes.py) ---------------------------------------------------
@pytest.mark.parametrize("label", [b"idna", b"\x00", b"undefined", b"punycode"])
def test_a_charset_label_that_breaks_pythons_own_decoding_is_read_as_utf8(label: bytes) -> None:
    data = b"Content-Type: text/plain; charset=" + label + b"\nFrom: a@b.example\n\nDear Ms. Kim, "
    data += "café\n".encode()
    assert read_mail(data, "x.eml").text == "Dear Ms. Kim, café"


def test_html_to_text_keeps_the_cells_of_a_row_apart() -> None:
    html = "<table><tr><td>Expected decision by</td><td>September 25, 2026</td></tr></table>"
    assert html_to_text(html) == "Expected decision by September 25, 2026"
