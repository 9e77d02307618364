"""Business cards: the people of a .vcf file (vCard 2.1, 3.0 and 4.0), read card by card by a small parser.

``parse_vcards(text)`` turns a file's text into a ``CardFile``: the ``Card`` values it could read, holding
only what followup records about a person (the name from N, else FN, with N's prefix as the honorific;
TITLE, ORG, every EMAIL, TEL and ADR, preferred first by a ``PREF`` parameter, ``TYPE=pref`` or 4.0's
``PREF=1``, else in the card's order), and the cards it left out (``Skipped``), each with the reason.

A file is read card by card: one bad card never sinks the others. A card is left out only when it names
nobody (no N, no FN, and no email address to name it from), when it is a company's card rather than a
person's (iPhone's ``X-ABShowAs:COMPANY``, or a card whose only name is its ORG), or when its VERSION is
one this parser does not know. Inside a card that is read, a value that cannot be decoded, a line that is
no property, or a value too long to be anybody's (see ``LIMITS``) is left out with a note on the card.
A card without a name but with an email address is named from the address ("dana.kim@..." is Dana Kim),
as invitations name their attendees.

What real exports do, and how each is read: CR LF, LF, CR or any mix, CR CR LF included; byte-order
marks, also in the middle of a file made by joining two exports; folded lines (3.0/4.0, RFC 6350 §3.2:
the break and one space vanish; 2.1, after RFC 822: only the break vanishes); quoted-printable values
with soft line breaks and a ``CHARSET``; 8-bit values in the ``CHARSET`` their parameter names (or in
Windows-1252, what Outlook writes, when the bytes are not UTF-8); bare 2.1 parameters
(``TEL;WORK;VOICE``); grouped properties (``item1.EMAIL``); Google's empty ``FN:`` and ``N:;;;;``;
several cards in one file; a last card without END:VCARD (read to the end of the file, with a note); a
card nested in another as a 2.1 AGENT (left out with its outer property). Photos, logos, sounds and keys
are skipped, with the base64 lines a 2.1 card writes under them without indenting them.

The caller hands in text; bytes that were not UTF-8 arrive as lone surrogates (``surrogateescape``), and
only the properties followup reads are decoded. The whole file is refused (``InvalidInput``) only when it
holds no card at all, or no card that can be read. Standard library only; no I/O.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from followup.calendars.clean import one_line
from followup.calendars.names import name_from_address
from followup.core.errors import InvalidInput

__all__ = ["LIMITS", "Card", "CardFile", "Skipped", "parse_vcards"]

VERSIONS = ("2.1", "3.0", "4.0")
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof"})
BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})  # never decoded, whatever their encoding
# The longest value followup keeps of each field (in characters): longer ones are no one's real details.
LIMITS = {"name": 100, "title": 200, "organisation": 200, "email": 254, "phone": 60, "address": 500}
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
_NAME = re.compile(r"[A-Za-z0-9-]+")
_AGENT = re.compile(r"(?:[A-Za-z0-9-]+\.)?AGENT(?:;[^:]*)?:\s*", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r*\n|\r")  # CR CR LF (a CR LF file written again in text mode) is one break
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_NOT_PREFERRED = 101  # RFC 6350 PREF runs from 1 (most preferred) to 100
_SURROGATES = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Card:
    """One person's card. ``emails``, ``phones`` and ``addresses`` are ordered preferred first;
    an address is multi-line text: street lines, then "city, region postcode", then the country.
    ``notes`` say what of the card was left out or guessed."""

    line: int  # where its BEGIN:VCARD is, for messages
    version: str = ""
    formatted_name: str = ""
    first: str = ""
    last: str = ""
    honorific: str = ""
    title: str = ""
    organisation: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        full = " ".join(part for part in (self.first, self.last) if part)
        if full and not self.first:
            full = f"{self.honorific} {self.last}".strip()
        return full or self.formatted_name

    @property
    def email(self) -> str:
        return self.emails[0] if self.emails else ""

    @property
    def phone(self) -> str:
        return self.phones[0] if self.phones else ""

    @property
    def address(self) -> str:
        return self.addresses[0] if self.addresses else ""


@dataclass(frozen=True)
class Skipped:
    """A card that was left out: its place in the file, something to recognise it by, and why."""

    number: int  # 1 for the file's first card
    line: int
    reason: str
    hint: str = ""  # a name, an address or a company from the card, when it has one

    def __str__(self) -> str:
        known = f", {self.hint}" if self.hint else ""
        return f"card {self.number} (line {self.line}{known}): {self.reason}"


@dataclass(frozen=True)
class CardFile:
    cards: tuple[Card, ...]
    skipped: tuple[Skipped, ...] = ()


def parse_vcards(text: str, *, source: str = "vCard") -> CardFile:
    """Every card of ``text`` that can be read, in file order, and those left out; ``source`` (the file
    name) starts the message when the whole file is refused."""
    lines = [line.lstrip("\ufeff") for line in _LINE_BREAK.split(text)]
    if not "".join(lines).strip():
        raise InvalidInput(source, "a vCard file (BEGIN:VCARD ... END:VCARD); this file is empty")
    blocks = list(_card_blocks(lines))
    if not blocks:
        raise InvalidInput(source, "a vCard file (BEGIN:VCARD ... END:VCARD); this file has no card")
    cards: list[Card] = []
    skipped: list[Skipped] = []
    for number, block in enumerate(blocks, 1):
        try:
            cards.append(_card(block))
        except _Unreadable as bad:
            hint = bad.hint if len(bad.hint) <= 40 else bad.hint[:37] + "..."
            skipped.append(Skipped(number, block.start, bad.reason, hint))
    if not cards:
        shown = "; ".join(map(str, skipped[:3])) + (
            f"; and {len(skipped) - 3} more" if len(skipped) > 3 else ""
        )
        raise InvalidInput(source, f"a vCard file with a card followup can read; it has none ({shown})")
    return CardFile(tuple(cards), tuple(skipped))


# --- from lines to cards and properties ----------------------------------------------------------------


@dataclass
class _Block:
    start: int  # the line of BEGIN:VCARD
    lines: list[tuple[int, str]] = field(default_factory=list)
    ending: str = ""  # why a card without END:VCARD ended ("" when it has one)


class _Unreadable(Exception):
    def __init__(self, reason: str, hint: str = "") -> None:
        super().__init__(reason)
        self.reason, self.hint = reason, hint


def _card_blocks(lines: Sequence[str]) -> Iterator[_Block]:
    """The cards' lines. A card nested in another after an AGENT property is left out with it; a BEGIN
    anywhere else inside a card means that card lacks its END. Text between cards is ignored."""
    block: _Block | None = None
    depth = 0
    last_property = ""
    for number, line in enumerate(lines, 1):
        key = line.strip().upper()
        if block is None:
            if key == "BEGIN:VCARD":
                block, last_property = _Block(number), ""
            continue
        if depth:
            depth += (key == "BEGIN:VCARD") - (key == "END:VCARD")
        elif key == "BEGIN:VCARD" and _AGENT.fullmatch(last_property):
            depth = 1
        elif key == "BEGIN:VCARD":
            block.ending = "the next card begins inside it"
            yield block
            block, last_property = _Block(number), ""
        elif key == "END:VCARD":
            yield block
            block = None
        else:
            block.lines.append((number, line))
            if line[:1] not in (" ", "\t") and line.strip():
                last_property = line
    if block is not None:
        block.ending = "the file ends inside it"
        yield block


@dataclass(frozen=True)
class _Property:
    line: int
    name: str  # upper case, without its group
    params: tuple[tuple[str, str], ...]  # (NAME, value), names upper case; a bare 2.1 param is a TYPE
    value: str  # as written: not yet decoded or unescaped

    def param(self, name: str) -> str:
        return next((value for key, value in self.params if key == name), "")

    @property
    def types(self) -> frozenset[str]:
        return frozenset(
            part.strip().upper() for key, value in self.params if key == "TYPE" for part in value.split(",")
        )

    @property
    def encoding(self) -> str:
        return self.param("ENCODING").upper()

    @property
    def rank(self) -> int:
        pref = self.param("PREF")
        if pref.isascii() and pref.isdigit() and len(pref) <= 3:
            return int(pref)
        return 1 if "PREF" in self.types else _NOT_PREFERRED


def _properties(lines: list[tuple[int, str]], version: str, notes: list[str]) -> list[_Property]:
    """The logical lines of one card: folds joined, quoted-printable soft breaks joined, base64 skipped;
    a line that is no property is left out with a note."""
    found: list[_Property] = []
    i = 0
    while i < len(lines):
        number, text = lines[i]
        i += 1
        if not text.strip():
            continue
        segments = [text]
        while i < len(lines) and lines[i][1][:1] in (" ", "\t"):
            folded = lines[i][1]
            segments.append(folded if version == "2.1" else folded[1:])
            i += 1
        prop = _parse_line(number, "".join(segments))
        if prop is None:
            shown = one_line(text)
            notes.append(f"left out line {number}, not a property: {shown[:40]!r}")
            continue
        if prop.encoding == "QUOTED-PRINTABLE":
            pieces = [prop.value]
            while pieces[-1].endswith("=") and i < len(lines):  # a soft line break: the value goes on
                pieces[-1] = pieces[-1][:-1]
                pieces.append(lines[i][1])
                i += 1
            prop = _Property(prop.line, prop.name, prop.params, "".join(pieces))
        if prop.encoding in ("B", "BASE64") or prop.name in BINARY:
            # 2.1 writes base64 on unindented lines up to a blank line: skip them with their property.
            while i < len(lines) and _BASE64_LINE.fullmatch(lines[i][1].strip()):
                i += 1
        found.append(prop)
    return found


def _parse_line(number: int, line: str) -> _Property | None:
    cuts = _unquoted(line, ":", first=True)
    head = line[: cuts[0]] if cuts else ""
    bounds = [-1, *_unquoted(head, ";"), len(head)]
    names = [head[a + 1 : b] for a, b in itertools.pairwise(bounds)]
    name = names[0].strip().rpartition(".")[2].upper()  # item1.EMAIL: the group only ties labels
    if not cuts or not _NAME.fullmatch(name):
        return None
    params: list[tuple[str, str]] = []
    for param in names[1:]:
        key, equals, given = param.partition("=")
        if equals:
            params.append((key.strip().upper(), given.strip().replace('"', "")))
        elif param.strip():
            bare = param.strip()
            params.append(("ENCODING" if bare.upper() in _ENCODINGS else "TYPE", bare))
    return _Property(number, name, tuple(params), line[cuts[0] + 1 :])


def _unquoted(text: str, separator: str, first: bool = False) -> list[int]:
    """The positions of ``separator`` outside double quotes (parameter values may quote ``:`` and ``;``);
    with ``first``, only the first, without reading the rest (a photo's line may be megabytes long)."""
    found: list[int] = []
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            found.append(index)
            if first:
                break
    return found


# --- from properties to a card -------------------------------------------------------------------------


class _BadValue(Exception):
    """A value that cannot be decoded; the message says why, for a note."""


def _card(block: _Block) -> Card:
    notes: list[str] = []
    version = next(
        (text.split(":", 1)[1].strip() for _, text in block.lines if text.upper().startswith("VERSION:")), ""
    )
    props = _properties(block.lines, version, notes)
    lists = version != "2.1"  # 2.1 has no value lists: a comma is a comma

    def first(name: str) -> _Property | None:
        return min((p for p in props if p.name == name), key=lambda p: p.rank, default=None)

    def ranked(name: str) -> list[_Property]:
        return sorted((p for p in props if p.name == name), key=lambda p: p.rank)

    def text(prop: _Property | None) -> str:
        """The decoded value, or "" with a note when it cannot be decoded."""
        if prop is None:
            return ""
        try:
            return _decode(prop)
        except _BadValue as bad:
            notes.append(f"left out {prop.name} (line {prop.line}): {bad}")
            return ""

    formatted = one_line(_unescape(text(first("FN"))))
    n = _structured(text(first("N")), 5, lists, " ")
    last, given, honorific = one_line(n[0]), one_line(n[1]), one_line(n[3])
    emails = _unique(one_line(_strip_scheme(_unescape(text(p)), "mailto:")) for p in ranked("EMAIL"))
    organisation = one_line(_structured(text(first("ORG")), 1, False, "")[0])
    hint = formatted or " ".join(p for p in (given, last) if p) or next(iter(emails), organisation)
    hint = hint or one_line(_unescape(text(first("TEL"))))
    if version and version not in VERSIONS:
        raise _Unreadable(f"its VERSION is {version[:20]!r}; followup reads 2.1, 3.0 and 4.0", hint)
    company_card = _text_of(first("X-ABSHOWAS")).upper() == "COMPANY" or (
        formatted and formatted.casefold() == organisation.casefold()
    )
    if not (given or last) and company_card:
        raise _Unreadable(f"a company's card ({organisation or formatted}), not a person's", hint)
    if not (given or last):
        split_honorific, given, last = _split_formatted(formatted)
        honorific = honorific or split_honorific
    if not (given or last):
        named = next((e for e in emails if name_from_address(e)), "")
        if not named:
            unread = "".join(
                f"; {note}" for note in notes if note.startswith(("left out N ", "left out FN "))
            )
            raise _Unreadable(f"no name (N or FN), and no email address to name it from{unread}", hint)
        given, last = _split_words(name_from_address(named))
        notes.append(f"named from its address {named}")
    for part in (given, last, honorific):
        if len(part) > LIMITS["name"]:
            raise _Unreadable(f"a name of {len(part)} characters (at most {LIMITS['name']})", hint)
    if block.ending:
        notes.append(f"no END:VCARD ({block.ending}): read up to there")
    phones = sorted(ranked("TEL"), key=lambda p: bool(p.types & {"FAX", "PAGER"}))
    addresses = (_address(_structured(text(p), 7, lists, ", ")) for p in ranked("ADR"))
    return Card(
        line=block.start,
        version=version,
        formatted_name=formatted[: LIMITS["name"] * 3],
        first=given,
        last=last,
        honorific=honorific,
        title=_within(one_line(_unescape(text(first("TITLE")))), "title", notes),
        organisation=_within(organisation, "organisation", notes),
        emails=tuple(e for e in emails if _within(e, "email", notes)),
        phones=tuple(
            p for p in _unique(_phone(_unescape(text(p))) for p in phones) if _within(p, "phone", notes)
        ),
        addresses=tuple(a for a in _unique(addresses) if _within(a, "address", notes)),
        notes=tuple(notes),
    )


def _within(value: str, kind: str, notes: list[str]) -> str:
    """``value`` if it is not longer than ``LIMITS[kind]``; else "" and a note."""
    if len(value) <= LIMITS[kind]:
        return value
    article = "an" if kind[0] in "aeiou" else "a"
    notes.append(f"left out {article} {kind} of {len(value)} characters (at most {LIMITS[kind]})")
    return ""


def _text_of(prop: _Property | None) -> str:
    return prop.value.strip() if prop is not None else ""


def _decode(prop: _Property) -> str:
    """The value as text (still escaped): quoted-printable and base64 decoded in the property's charset,
    8-bit bytes that are not UTF-8 read in the CHARSET named, else in Windows-1252."""
    encoding, charset = prop.encoding, prop.param("CHARSET")
    if encoding not in ("QUOTED-PRINTABLE", "B", "BASE64"):
        if not _SURROGATES.search(prop.value):
            return prop.value  # the file's text already; a CHARSET changes nothing
        raw = prop.value.encode("utf-8", "surrogateescape")
        return _in_charset(raw, charset or "cp1252").replace("\r\n", "\n")
    if encoding == "QUOTED-PRINTABLE":
        data = _quoted_printable(prop.value, charset or "utf-8")
    else:
        try:
            data = base64.b64decode("".join(prop.value.split()), validate=True)
        except (binascii.Error, ValueError):
            raise _BadValue("not base64") from None
    return _in_charset(data, charset or "utf-8").replace("\r\n", "\n")


def _in_charset(data: bytes, charset: str) -> str:
    try:
        "".encode(charset)  # refuses codecs that are not text encodings ("hex", "zlib", "rot13")
        return data.decode(charset)
    except (LookupError, TypeError, ValueError) as error:  # ValueError: UnicodeDecodeError too
        if isinstance(error, UnicodeDecodeError):
            byte = data[error.start]
            raise _BadValue(
                f"not text in {charset} (its byte {error.start + 1}, 0x{byte:02X}, is not)"
            ) from None
        raise _BadValue(f"CHARSET {charset[:30]!r} is not a character set followup knows") from None


def _quoted_printable(value: str, charset: str) -> bytes:
    data = bytearray()
    i = 0
    while i < len(value):
        char, pair = value[i], value[i + 1 : i + 3]
        if char == "=" and len(pair) == 2 and all(c in "0123456789ABCDEFabcdef" for c in pair):
            data.append(int(pair, 16))
            i += 3
            continue
        if char == "=" and i == len(value) - 1:  # a soft break at the very end
            break
        try:  # a literal character stands for itself in the value's charset
            data += char.encode(charset)
        except (LookupError, TypeError, ValueError):  # a byte that was no UTF-8 in the file stays that byte
            data += char.encode("utf-8", "surrogateescape")
        i += 1
    return bytes(data)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), text, flags=re.DOTALL)


def _structured(text: str, size: int, lists: bool, joiner: str) -> list[str]:
    """The ``size`` components of a structured value (N, ADR, ORG), unescaped; a component's value list
    (3.0/4.0: unescaped commas) is joined with ``joiner``."""
    components: list[list[str]] = [[""]]
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            components[-1][-1] += _ESCAPES.get(text[i + 1], text[i : i + 2])
            i += 2
            continue
        if char == ";":
            components.append([""])
        elif char == "," and lists:
            components[-1].append("")
        else:
            components[-1][-1] += char
        i += 1
    joined = [joiner.join(v.strip() for v in values if v.strip()) for values in components]
    return (joined + [""] * size)[:size]


def _unique(values: Iterator[str] | list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            kept.append(value)
    return tuple(kept)


def _strip_scheme(text: str, scheme: str) -> str:
    text = text.strip()
    return text[len(scheme) :] if text.lower().startswith(scheme) else text


def _phone(text: str) -> str:
    """A number as written; a 4.0 ``tel:`` URI becomes "+1-418-656-9254 ext. 102"."""
    number = _strip_scheme(text, "tel:")
    if number != text.strip():
        number, _, extension = number.partition(";ext=")
        number = number.split(";", 1)[0] + (f" ext. {extension}" if extension else "")
    return one_line(number)


def _address(parts: list[str]) -> str:
    box, extended, street, city, region, postcode, country = parts
    place = " ".join(p for p in (region, postcode) if p)
    town = f"{city}, {place}" if city and region else " ".join(p for p in (city, place) if p)
    lines = (one_line(line) for part in (box, extended, street, town, country) for line in part.split("\n"))
    return "\n".join(line for line in lines if line)


def _split_formatted(formatted: str) -> tuple[str, str, str]:
    """(honorific, first, last) from FN when N gives no name: "Dr. Ana Ruiz", "Frank Dawson", "Cher"."""
    words = formatted.split()
    honorific = words.pop(0) if len(words) > 1 and words[0].rstrip(".").lower() in HONORIFICS else ""
    if len(words) < 2:
        alone = words[0] if words else ""
        return (honorific, "", alone) if honorific else ("", alone, "")
    return honorific, " ".join(words[:-1]), words[-1]


def _split_words(name: str) -> tuple[str, str]:
    words = name.split()
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else (name, "")
