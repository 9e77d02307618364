"""Reading an email file (.eml: RFC 5322 with MIME) as the message its writer wrote, for the checker.

``read_mail`` gives the subject (RFC 2047 encoded words decoded, folding undone) and the text: the
text/plain part, or the text/html part reduced to readable text when there is no plain one (scripts,
styles and quoted blocks dropped, paragraphs and line breaks kept). Parts are decoded by their declared
charset and transfer encoding; an unknown charset is read as UTF-8, else Windows-1252, so a label no
codec knows never stops the check. Attachments and attached messages (message/rfc822) are not the
writer's text and are skipped.

``strip_quotes`` removes what the writer did not write: "> " lines, the "On Tue, ... wrote:" line
before a quote (in several languages), Outlook's "-----Original Message-----" and its "From: / Sent: /
To: / Subject:" header block, and the headers of forwarded messages (Gmail's "---------- Forwarded
message ---------", Apple Mail's "Begin forwarded message:"). Everything from such a header on is the
earlier message. The signature stays (C-08 reads it); only its "-- " delimiter line goes.

Hostile files are refused as ``InvalidInput`` naming the file: no text part, more nested parts than any
mail program makes, or a structure the parser cannot descend.
"""

from __future__ import annotations

import codecs
import email
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.header import Header, decode_header
from email.message import Message
from email.policy import compat32
from html.parser import HTMLParser

from followup.core.errors import InvalidInput

MAX_MESSAGE_BYTES = 30_000_000  # the largest emails mail servers accept, attachments included
MAX_MULTIPARTS = 100  # no mail program nests or lists this many multiparts; a parser would take seconds
MAIL_HEADERS = frozenset(
    str.split(
        """
        from to cc date message-id mime-version received return-path content-type in-reply-to references
        reply-to sender delivered-to x-mailer user-agent
        """
    )
)
_HEADER_LINE = re.compile(rb"[!-9;-~]+:")
_ASCII = frozenset({"ascii", "us-ascii", "ansi_x3.4-1968", "us"})
# Labels mail programs write for the larger charset they really use (as browsers read them, WHATWG).
_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gbk",
    "gb_2312-80": "gbk",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "tis-620": "cp874",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
}


@dataclass(frozen=True)
class MailText:
    """What an email says: its subject and its writer's own text."""

    subject: str
    text: str  # greeting to signature, quotes and forwarded messages removed
    part: str  # the part it came from: "text/plain" or "text/html"
    quoted: bool  # quoted or forwarded text was removed
    reply: bool  # it answers another message (In-Reply-To, or a "Re:" subject)


def looks_like_mail(data: bytes) -> bool:
    """A header block (``Name: value`` lines up to a blank line) holding at least one header that only
    mail has: "Subject: ..." alone on the first line is followup's plain-text convention, not a mail."""
    head = data.lstrip(b"\xef\xbb\xbf").split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    names: set[str] = set()
    for n, line in enumerate(head.splitlines()[:200]):
        if n == 0 and line.startswith(b"From "):
            continue  # an mbox separator
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header's next line
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        names.add(match.group()[:-1].decode("ascii").lower())
    return bool(names & MAIL_HEADERS)


def read_mail(data: bytes, name: str) -> MailText:
    """The subject and the writer's own text of the email in ``data`` (``name`` is for messages)."""
    if data.lower().count(b"multipart/") > MAX_MULTIPARTS:
        raise InvalidInput(name, f"an email with at most {MAX_MULTIPARTS} multipart sections", "more")
    try:
        message = email.message_from_bytes(data, policy=compat32)
    except RecursionError:
        raise InvalidInput(name, "an email whose parts are not nested past reason") from None
    found = _body(message)
    if found is None:
        raise InvalidInput(name, "an email with a text part (text/plain or text/html)", "none")
    kind, text = found
    own, quoted = strip_quotes(text)
    subject = header_text(message.get("Subject"))
    reply = bool(header_text(message.get("In-Reply-To"))) or bool(re.match(r"re\s*:", subject, re.I))
    return MailText(subject, own, kind, quoted, reply)


# --- structure and decoding ------------------------------------------------------------------------------
def _body(message: Message) -> tuple[str, str] | None:
    """The type and text of the first inline text/plain part that holds some text, else of the first
    such text/html part (as text), else of the first text part at all."""
    texts: list[tuple[str, str]] = []
    for part in _leaves(message):
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html") or _attached(part):
            continue
        text = _payload_text(part)
        if kind == "text/html":
            text = html_to_text(text)
        elif str(part.get_param("format") or "").lower() == "flowed":
            text = unflow(text, delete_space=str(part.get_param("delsp") or "").lower() == "yes")
        texts.append((kind, text))
    for wanted in ("text/plain", "text/html"):
        for kind, text in texts:
            if kind == wanted and text.strip():
                return kind, text
    return texts[0] if texts else None


def _attached(part: Message) -> bool:
    return str(part.get("Content-Disposition", "")).strip().lower().startswith("attachment")


def _leaves(message: Message) -> Iterator[Message]:
    """The non-multipart parts in order, without recursion (a hostile file may nest thousands deep) and
    without entering attached messages."""
    stack = [message]
    while stack:
        part = stack.pop()
        if not part.is_multipart():
            yield part  # its payload is not fetched here: Python would decode it in any declared charset
        elif part.get_content_maintype() != "message":  # message/rfc822: forwarded, not the writer's text
            payload = part.get_payload()
            stack.extend(reversed([p for p in payload if isinstance(p, Message)]))


def _payload_text(part: Message) -> str:
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        raw = str(raw or "").encode("utf-8", "surrogateescape")
    try:
        charset = part.get_content_charset()
    except (LookupError, UnicodeError, ValueError):  # an RFC 2231 label in a charset no codec knows
        charset = None
    return decode_bytes(raw, charset)


def decode_bytes(raw: bytes, charset: str | None) -> str:
    """``raw`` in its declared charset; US-ASCII labels (often wrong) and unknown labels try UTF-8 first,
    then Windows-1252. Bytes that do not fit become U+FFFD: a stray byte never stops the check."""
    label = (charset or "").strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    if label and label not in _ASCII and label != "unknown-8bit":
        try:
            codecs.lookup(label)
            return raw.decode(label, errors="replace")
        except (LookupError, UnicodeError, ValueError):
            pass  # a label no codec knows, or a codec that is not a text encoding
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def header_text(value: str | Header | None) -> str:
    """A header's text: encoded words decoded, folding undone, surrounding blanks removed."""
    if value is None:
        return ""
    try:
        pieces = decode_header(value)
    except (HeaderParseError, ValueError, LookupError):
        pieces = [(str(value), None)]
    text = "".join(
        piece if isinstance(piece, str) else decode_bytes(piece, charset) for piece, charset in pieces
    )
    text = re.sub(r"\r?\n(?=[ \t])", "", text).replace("\r", " ").replace("\n", " ")
    return text.strip()


def unflow(text: str, delete_space: bool = False) -> str:
    """RFC 3676 format=flowed: a line ending in a space goes on with the next line of the same quote
    depth (the signature's "-- " delimiter excepted); space-stuffing is undone."""
    joined: list[str] = []
    carry: tuple[int, str] | None = None  # quote depth and text of a line that flows on
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        content = content[1:] if content.startswith(" ") else content  # space-stuffing
        if carry is not None and carry[0] == depth:
            content = carry[1] + content
        elif carry is not None:
            joined.append(">" * carry[0] + (" " if carry[0] else "") + carry[1])
        carry = None
        if content.endswith(" ") and content != "-- ":
            carry = (depth, content[:-1] if delete_space else content)
            continue
        joined.append(">" * depth + (" " if depth else "") + content)
    if carry is not None:
        joined.append(">" * carry[0] + (" " if carry[0] else "") + carry[1])
    return "\n".join(joined)


# --- HTML -----------------------------------------------------------------------------------------------
_DROP = frozenset({"script", "style", "head", "title", "template", "blockquote"})
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote")
_BLOCK = frozenset(
    str.split("p div section article header footer li ul ol table tr h1 h2 h3 h4 h5 h6 pre address dl dt dd")
)
_VOID = frozenset(str.split("br img hr meta link input wbr area base col embed source track param"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropping: str = ""  # the element whose content is being left out
        self.depth = 0  # how many of that element are open

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.dropping:
            if tag == self.dropping:
                self.depth += 1
            return
        quoted = any(
            c in (value or "") for name, value in attrs if name in ("class", "id") for c in _QUOTE_CLASSES
        )
        if (tag in _DROP or quoted) and tag not in _VOID:
            self.dropping, self.depth = tag, 1
            return
        if tag == "br":
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")  # cells of one row: "Expected decision by" | "September 25", not glued
        elif tag in ("p", "tr", "table", "ul", "ol"):
            self.out.append("\n\n")
        elif tag in _BLOCK or tag == "hr":
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag == self.dropping:
                self.depth -= 1
                if self.depth == 0:
                    self.dropping = ""
            return
        if tag in ("p", "tr", "table", "ul", "ol"):
            self.out.append("\n\n")
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(re.sub(r"[ \t\r\n\f\v]+", " ", data))


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail body: one line per line break, a blank line between paragraphs."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out).replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# --- quotes ---------------------------------------------------------------------------------------------
_QUOTE = re.compile(r"\s*>")
_SEPARATOR = re.compile(
    r"\s*-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|messaggio originale|oorspronkelijk bericht)\s*-{2,}\s*$"
    r"|\s*(?:begin forwarded message|inizio messaggio inoltrato|début du message réexpédié)\s*:\s*$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\s*\**(?:from|da|de|von|van|fra|från|od|от)\s*\**\s*:", re.IGNORECASE)
_OTHER_FIELDS = re.compile(
    r"\s*\**(?:sent|date|to|cc|subject|inviato|data|a|oggetto|envoyé|à|objet|gesendet|datum|an|betreff"
    r"|enviado|fecha|para|asunto|verzonden|aan|onderwerp|assunto|emne|ämne|til|kopie)\s*\**\s*:",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"\s*_{10,}\s*$")
_WROTE = re.compile(
    r"(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|skrev|schreef|napisał|написал|написала)\s*:\s*$",
    re.IGNORECASE,
)


def strip_quotes(text: str) -> tuple[str, bool]:
    """The writer's own text, and whether anything quoted or forwarded was removed (see the module)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    end, removed = _quoted_tail(lines), False
    if end < len(lines):
        lines, removed = lines[:end], True
    kept: list[str] = []
    for n, line in enumerate(lines):
        if _QUOTE.match(line) or _attribution_at(lines, n) or _attribution_at(lines, n - 1, second=True):
            removed = True
        elif line.rstrip() != "--":  # the signature delimiter, not the writer's words (what follows is)
            kept.append(line.rstrip())
    own = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return own, removed


def _quoted_tail(lines: list[str]) -> int:
    """Where an earlier message starts (a separator line or a mail header block), or ``len(lines)``."""
    for n, line in enumerate(lines):
        if _SEPARATOR.match(line):
            return n
        if _FROM.match(line) and sum(1 for x in lines[n + 1 : n + 6] if _OTHER_FIELDS.match(x)) >= 2:
            return n - 1 if n and _UNDERSCORES.match(lines[n - 1]) else n
    return len(lines)


def _attribution_width(lines: list[str], n: int) -> int:
    """1 or 2 when an "On <date>, X <address> wrote:" line starts at ``n`` (mail programs wrap it over
    two lines), else 0. It names a date or an address, and a quote or nothing at all follows it."""
    if n < 0 or n >= len(lines) or _QUOTE.match(lines[n]):
        return 0
    width = 1 if _WROTE.search(lines[n]) else 2 if n + 1 < len(lines) and _WROTE.search(lines[n + 1]) else 0
    said = " ".join(lines[n : n + width])
    if not width or len(said) > 240 or not re.search(r"\d|@", said) or _QUOTE.match(lines[n + width - 1]):
        return 0
    following = next((x for x in lines[n + width :] if x.strip()), None)
    return width if following is None or _QUOTE.match(following) else 0


def _attribution_at(lines: list[str], n: int, second: bool = False) -> bool:
    width = _attribution_width(lines, n)
    return width == 2 if second else width > 0


def read_message_file(path: str) -> bytes:
    """The bytes of a message file the user names (`check FILE`, `inbox classify FILE`): refused in one
    line, naming the file, when it is larger than any mail server accepts or cannot be read."""
    import os

    from followup.core.errors import InvalidInput

    try:
        size = os.path.getsize(path)
        if size > MAX_MESSAGE_BYTES:
            raise InvalidInput(
                path, f"a message file of at most {MAX_MESSAGE_BYTES // 1_000_000} MB", f"{size} bytes"
            )
        with open(path, "rb") as file:
            return file.read()
    except OSError as e:
        raise InvalidInput(path, "a file you can read", e.strerror or str(e)) from e
