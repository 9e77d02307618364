"""Business cards: the people of a .vcf file (vCard 2.1, 3.0 and 4.0), read by a small pure parser.

``parse_vcards(text)`` turns a file's text into ``Card`` values holding only what followup records about
a person: the name (N, else FN; the honorific is N's prefix), TITLE, ORG, every EMAIL, TEL and ADR,
preferred first (a ``PREF`` parameter, ``TYPE=pref`` or 4.0's ``PREF=1``; else the card's order).

Real exports differ in what the RFCs leave open, and the parser accepts each of them: CRLF, LF or a mix;
a byte-order mark; folded lines (3.0/4.0, RFC 6350 §3.2: the line break and one space vanish; 2.1, after
RFC 822: only the line break vanishes, the space stays); quoted-printable values with soft line breaks
and a ``CHARSET``; bare 2.1 parameters (``TEL;WORK;VOICE``); grouped properties (``item1.EMAIL``);
several cards in one file; lower-case ``BEGIN:vCard``. Photos, logos, sounds and keys are skipped, and so
are the base64 lines a 2.1 card writes under them without indenting them. Only the properties followup
reads are decoded, so a broken LABEL or NOTE does not stop an import.

What cannot be read is refused with ``InvalidInput`` naming the source, the card and its line: text with
no card, a card that never ends, a line that is not a property, an unknown VERSION or CHARSET, bytes that
are not text in their charset, and a card without a name. Standard library only; no I/O.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from followup.core.errors import InvalidInput

__all__ = ["Card", "parse_vcards"]

VERSIONS = ("2.1", "3.0", "4.0")
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof"})
BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})  # never decoded, whatever their encoding
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
_NAME = re.compile(r"[A-Za-z0-9-]+")
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_NOT_PREFERRED = 101  # RFC 6350 PREF runs from 1 (most preferred) to 100


@dataclass(frozen=True)
class Card:
    """One person's card. ``emails``, ``phones`` and ``addresses`` are ordered preferred first;
    an address is multi-line text: street lines, then "city, region postcode", then the country."""

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
        if pref.isdigit():
            return int(pref)
        return 1 if "PREF" in self.types else _NOT_PREFERRED


def parse_vcards(text: str, *, source: str = "vCard") -> list[Card]:
    """Every card of ``text``, in file order; ``source`` (the file name) starts every error message."""
    lines = re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))
    if not text.strip("\ufeff \t\r\n"):
        raise InvalidInput(source, "a vCard file (BEGIN:VCARD ... END:VCARD); this file is empty")
    blocks = list(_card_blocks(lines, source))
    if not blocks:
        raise InvalidInput(source, "a vCard file (BEGIN:VCARD ... END:VCARD); this file has no card")
    return [_card(block, source, n, start) for n, (start, block) in enumerate(blocks, 1)]


# --- from lines to properties --------------------------------------------------------------------------


def _card_blocks(lines: Sequence[str], source: str) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """(line of BEGIN, numbered lines inside) per card. A card nested in another (a 2.1 AGENT) is left out
    with its outer property; text between cards is ignored."""
    block: list[tuple[int, str]] | None = None
    start = depth = count = 0
    for number, line in enumerate(lines, 1):
        key = line.strip().upper()
        if block is None:
            if key == "BEGIN:VCARD":
                block, start = [], number
            continue
        if key == "BEGIN:VCARD":
            depth += 1
        elif key == "END:VCARD" and depth:
            depth -= 1
        elif key == "END:VCARD":
            count += 1
            yield start, block
            block = None
        elif not depth:
            block.append((number, line))
    if block is not None:
        raise InvalidInput(
            f"{source}, card {count + 1} (line {start})", "END:VCARD before the end of the file"
        )


def _properties(lines: list[tuple[int, str]], version: str, where: str) -> list[_Property]:
    """The logical lines of one card: folds joined, quoted-printable soft breaks joined, base64 skipped."""
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
        prop = _parse_line(number, "".join(segments), where)
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


def _parse_line(number: int, line: str, where: str) -> _Property:
    cuts = _unquoted(line, ":", first=True)
    head = line[: cuts[0]] if cuts else ""
    bounds = [-1, *_unquoted(head, ";"), len(head)]
    names = [head[a + 1 : b] for a, b in itertools.pairwise(bounds)]
    name = names[0].strip().rpartition(".")[2].upper()  # item1.EMAIL: the group only ties labels
    if not cuts or not _NAME.fullmatch(name):
        shown = line if len(line) <= 60 else line[:57] + "..."
        raise InvalidInput(f"{where}, line {number}", "a property written NAME:value", shown)
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


def _card(lines: list[tuple[int, str]], source: str, number: int, start: int) -> Card:
    where = f"{source}, card {number} (line {start})"
    version = next(
        (text.split(":", 1)[1].strip() for _, text in lines if text.upper().startswith("VERSION:")), ""
    )
    if version and version not in VERSIONS:
        raise InvalidInput(f"{where}, VERSION", "2.1, 3.0 or 4.0", version)
    props = _properties(lines, version, where)
    lists = version != "2.1"  # 2.1 has no value lists: a comma is a comma

    def first(name: str) -> _Property | None:
        return min((p for p in props if p.name == name), key=lambda p: p.rank, default=None)

    def ranked(name: str) -> list[_Property]:
        return sorted((p for p in props if p.name == name), key=lambda p: p.rank)

    fn_prop, n_prop, title_prop, org_prop = first("FN"), first("N"), first("TITLE"), first("ORG")
    formatted = _one_line(_unescape(_decode(fn_prop, where))) if fn_prop else ""
    n = _structured(_decode(n_prop, where), 5, lists, " ") if n_prop else [""] * 5
    last, given, honorific = _one_line(n[0]), _one_line(n[1]), _one_line(n[3])
    if not (given or last):
        split_honorific, given, last = _split_formatted(formatted)
        honorific = honorific or split_honorific
    emails = _unique(_strip_scheme(_unescape(_decode(p, where)), "mailto:") for p in ranked("EMAIL"))
    if not (given or last):
        known = f", {emails[0]}" if emails else ""
        raise InvalidInput(f"{source}, card {number} (line {start}{known})", "a name (N or FN); it has none")
    phones = sorted(ranked("TEL"), key=lambda p: bool(p.types & {"FAX", "PAGER"}))
    return Card(
        line=start,
        version=version,
        formatted_name=formatted,
        first=given,
        last=last,
        honorific=honorific,
        title=_one_line(_unescape(_decode(title_prop, where))) if title_prop else "",
        organisation=_one_line(_structured(_decode(org_prop, where), 1, False, "")[0]) if org_prop else "",
        emails=emails,
        phones=_unique(_phone(_unescape(_decode(p, where))) for p in phones),
        addresses=_unique(_address(_structured(_decode(p, where), 7, lists, ", ")) for p in ranked("ADR")),
    )


def _decode(prop: _Property, where: str) -> str:
    """The value as text (still escaped): quoted-printable and base64 decoded in the property's charset."""
    encoding, charset = prop.encoding, prop.param("CHARSET") or "utf-8"
    if encoding not in ("QUOTED-PRINTABLE", "B", "BASE64"):
        return prop.value  # the file's text already; a CHARSET changes nothing
    field = f"{where}, {prop.name}"
    try:
        codecs.lookup(charset)
    except LookupError:
        raise InvalidInput(field, "a CHARSET Python knows, such as UTF-8", charset) from None
    if encoding == "QUOTED-PRINTABLE":
        data = _quoted_printable(prop.value, charset)
    else:
        try:
            data = base64.b64decode("".join(prop.value.split()), validate=True)
        except binascii.Error:
            raise InvalidInput(field, "base64 text", prop.value[:40]) from None
    try:
        return data.decode(charset).replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            field,
            f"text in {charset}; its byte {error.start + 1} (0x{data[error.start]:02X}) is not",
        ) from None


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
        try:
            data += char.encode(charset)
        except UnicodeEncodeError:
            data += char.encode("utf-8")
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


def _one_line(text: str) -> str:
    return " ".join(text.split())


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
    return _one_line(number)


def _address(parts: list[str]) -> str:
    box, extended, street, city, region, postcode, country = parts
    place = " ".join(p for p in (region, postcode) if p)
    town = f"{city}, {place}" if city and region else " ".join(p for p in (city, place) if p)
    lines = [line.strip() for part in (box, extended, street, town, country) for line in part.split("\n")]
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _split_formatted(formatted: str) -> tuple[str, str, str]:
    """(honorific, first, last) from FN when N gives no name: "Dr. Ana Ruiz", "Frank Dawson", "Cher"."""
    words = formatted.split()
    honorific = words.pop(0) if len(words) > 1 and words[0].rstrip(".").lower() in HONORIFICS else ""
    if len(words) < 2:
        alone = words[0] if words else ""
        return (honorific, "", alone) if honorific else ("", alone, "")
    return honorific, " ".join(words[:-1]), words[-1]
