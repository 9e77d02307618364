"""The lossless JSON form of ``Records``: the export a user keeps, the import that restores it.

This module owns the document shape (``docs/export-format.md``) and every rule an imported document must
pass. Export writes every field of every record, defaults included, so a file is self-describing and
``dumps(loads(dumps(r))) == dumps(r)`` byte for byte. Import is strict, because an import file is often
written by hand: an unknown key, a wrong type, an impossible date, a naive time, an unknown zone or a
person an event cannot find is refused with ``InvalidInput`` naming the exact JSON path
(``applications[0].interviews[1].end``) and what that place accepts. Missing optional fields take the
record's default, so a hand-written file only needs ids and the other required fields.

The conversion walks the dataclasses of ``model`` by their type hints, so a field added to the model is
exported and imported without touching this module; the checks a type cannot express live in two small
tables, one per field (email, zone, country, ranges) and one per record (ordering, ids, references).
Pure: standard library and ``followup.core`` only.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import types
from collections.abc import Callable, Sequence
from dataclasses import MISSING, fields, is_dataclass
from enum import StrEnum
from functools import cache, partial
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.core.dates import YEARS_TEXT, in_years, refuse_date_text
from followup.core.errors import InvalidInput
from followup.core.fields import RECORD_FIELDS, SETTING
from followup.core.model import (
    Application,
    Company,
    Debrief,
    Document,
    Event,
    EventType,
    InboundKind,
    Interview,
    MailAccount,
    Person,
    Profile,
    Records,
)
from followup.core.settings import parse_setting

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "COUNTRY_CODES",
    "FORMAT",
    "VERSION",
    "check_country",
    "check_email",
    "check_time_zone",
    "data_to_export",
    "data_to_records",
    "dumps",
    "export_to_data",
    "loads",
    "loads_export",
    "records_to_data",
]

JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"
R = TypeVar("R", bound="DataclassInstance")

FORMAT = "followup-export"
VERSION = 1
IMPORT_FILE = "import file"  # the field named by errors about the document as a whole

# ISO 3166-1 alpha-2, the officially assigned codes (249); tests compare it with tzdata's iso3166.tab.
_COUNTRY_TEXT = (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
    "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
    "DE DJ DK DM DO DZ "
    "EC EE EG EH ER ES ET "
    "FI FJ FK FM FO FR "
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
    "HK HM HN HR HT HU "
    "ID IE IL IM IN IO IQ IR IS IT "
    "JE JM JO JP "
    "KE KG KH KI KM KN KP KR KW KY KZ "
    "LA LB LC LI LK LR LS LT LU LV LY "
    "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
    "NA NC NE NF NG NI NL NO NP NR NU NZ "
    "OM "
    "PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
    "QA "
    "RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
    "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
    "UA UG UM US UY UZ "
    "VA VC VE VG VI VN VU "
    "WF WS "
    "YE YT "
    "ZA ZM ZW"
)
COUNTRY_CODES: tuple[str, ...] = tuple(_COUNTRY_TEXT.split())
_COUNTRY_SET = frozenset(COUNTRY_CODES)

_SETTINGS_HINT = tuple[tuple[str, str], ...]  # stored as (name, text) pairs, written as {name: text}
_DATETIME_TEXT = "an ISO 8601 date-time with an offset or Z, e.g. 2026-03-02T15:00:00Z"
_DATE_TEXT = "a date as YYYY-MM-DD, e.g. 2026-03-02"
_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


# --- the public API ------------------------------------------------------------------------------------


def records_to_data(records: Records) -> dict[str, JSONValue]:
    """The export document of ``records``: plain JSON values, every field written."""
    data: dict[str, JSONValue] = {"format": FORMAT, "version": VERSION}
    data.update(_encode_record(records, ""))
    return data


def data_to_records(data: object) -> Records:
    """Read an export document (already parsed from JSON), or raise ``InvalidInput`` naming the path."""
    return data_to_export(data)[0]


MAIL_ACCOUNT = "mail_account"  # the export's key for the mail account's settings (never a secret)
MAIL_SECURITY = ("tls", "starttls", "none")
MAIL_AUTH = ("password", "xoauth2")


def export_to_data(records: Records, account: MailAccount | None) -> dict[str, JSONValue]:
    """The export document with the mail account's settings beside the records (when there is one)."""
    data = records_to_data(records)
    if account is not None:
        data[MAIL_ACCOUNT] = _encode_record(account, MAIL_ACCOUNT)
    return data


def data_to_export(data: object) -> tuple[Records, MailAccount | None]:
    """The records and the mail account of an export document (already parsed from JSON)."""
    if not isinstance(data, dict):
        raise InvalidInput(IMPORT_FILE, f'a JSON object with "format": "{FORMAT}" (not a followup export)')
    marker, version = data.get("format"), data.get("version")
    if marker != FORMAT:
        given = None if "format" not in data else marker if isinstance(marker, str) else _given(marker)
        raise InvalidInput("format", f'"{FORMAT}" (not a followup export)', given)
    if version != VERSION or isinstance(version, bool):  # True == 1 in Python
        given = _given(version) if "version" in data else None
        raise InvalidInput("version", f"{VERSION} (not a followup export this program can read)", given)
    envelope = ("format", "version", MAIL_ACCOUNT)
    body = {key: value for key, value in data.items() if key not in envelope}
    records = _decode_record(Records, body, "", envelope=envelope)
    raw_account = data.get(MAIL_ACCOUNT)
    account = None if raw_account is None else _decode_record(MailAccount, raw_account, MAIL_ACCOUNT)
    return records, account


def event_to_data(event: Event) -> dict[str, JSONValue]:
    """One event as the export format writes it (stored summaries keep offers this way)."""
    return _encode_record(event, "event")


def data_to_event(data: object) -> Event:
    """One event written by ``event_to_data``, checked as the import checks it."""
    return _decode_record(Event, data, "event")


def dumps(records: Records, account: MailAccount | None = None) -> str:
    """The export file's text: stable key order and indentation, so equal records give equal bytes."""
    data = export_to_data(records, account)
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def loads(text: str | bytes) -> Records:
    """Read an export file's text (``loads_export``), the records alone."""
    return loads_export(text)[0]


def loads_export(text: str | bytes) -> tuple[Records, MailAccount | None]:
    """Read an export file's text (or bytes, which must be UTF-8); text that is not JSON is refused with
    its line and column, and hostile JSON (deep nesting, NaN, numbers of a thousand digits) in one line."""
    if isinstance(text, bytes):
        text = decode(text)
    try:
        data = json.loads(
            text.removeprefix("\ufeff"),
            object_pairs_hook=_object_without_repeats,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as error:
        where = f"{error.msg}; line {error.lineno}, column {error.colno}"
        raise InvalidInput(IMPORT_FILE, f"a JSON document; this is not valid JSON ({where})") from None
    except RecursionError:  # the parser's own limit, far past ours
        raise InvalidInput(IMPORT_FILE, _NESTING_TEXT) from None
    _check_depth(data)
    return data_to_export(data)


MAX_FILE_BYTES = 20 * 1024 * 1024  # an export of years of records is a few hundred kilobytes
MAX_DEPTH = 32  # the format itself nests 8 levels deep
_NESTING_TEXT = f"JSON nested at most {MAX_DEPTH} levels deep (a followup export nests 8)"
_BYTE_ORDER_MARKS = (  # UTF-32's little-endian mark starts with UTF-16's: it comes first
    (b"\xff\xfe\x00\x00", "UTF-32", "FF FE 00 00"),
    (b"\x00\x00\xfe\xff", "UTF-32", "00 00 FE FF"),
    (b"\xff\xfe", "UTF-16", "FF FE"),
    (b"\xfe\xff", "UTF-16", "FE FF"),
)


def decode(data: bytes, field: str = IMPORT_FILE, limit: int = MAX_FILE_BYTES) -> str:
    """A file's bytes as text: UTF-8 (a UTF-8 byte order mark is fine), at most ``limit`` bytes; anything
    else is refused saying what it is and where, so the user knows how to save it. Used for import files
    and for every text file the CLI reads (a message body, a debrief form)."""
    if len(data) > limit:
        size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"
        raise InvalidInput(field, f"a file of at most {size}; this one has {len(data):,} bytes")
    for mark, encoding, shown_mark in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            accepted = f"UTF-8 text; this is {encoding} (it starts with the byte order mark {shown_mark})"
            raise InvalidInput(field, accepted + ": save it as UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        accepted = f"UTF-8 text; the byte 0x{data[error.start]:02X} at offset {error.start} is not UTF-8"
        raise InvalidInput(field, accepted + " (save the file as UTF-8)") from None
    nul = data.find(b"\x00")
    if nul >= 0:  # valid UTF-8, but no text holds NUL: most often UTF-16 without its mark
        accepted = f"UTF-8 text; the byte 0x00 at offset {nul} is not text (is it UTF-16? save it as UTF-8)"
        raise InvalidInput(field, accepted)
    return text.removeprefix("\ufeff")


def _parse_int(text: str) -> int:
    # Ranges are checked per field (INT_RANGES), naming the path; this only keeps int() from working on
    # (or, past 4,300 digits, refusing with a ValueError) a number no field could take.
    if len(text.lstrip("-")) > 100:
        raise InvalidInput(IMPORT_FILE, "whole numbers of at most 100 digits", text)
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise InvalidInput(IMPORT_FILE, "numbers that fit a double; this one overflows", text)
    return value


def _no_constant(name: str) -> object:
    raise InvalidInput(IMPORT_FILE, "JSON numbers; NaN and Infinity are not JSON", name)


def _check_depth(data: object) -> None:
    """Refuse a document nested deeper than ``MAX_DEPTH`` (checked without recursion)."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        if children and depth > MAX_DEPTH:
            raise InvalidInput(IMPORT_FILE, _NESTING_TEXT)
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


# --- checks of single fields ---------------------------------------------------------------------------


def check_email(text: str, field: str) -> None:
    """A deliberately simple check: one @, a local part, a dotted domain, nothing that splits a list."""
    local, _, domain = text.partition("@")
    well_formed = (
        text.count("@") == 1
        and bool(local)
        and "." in domain.strip(".")
        and not any(char.isspace() or char in ",<>" for char in text)
    )
    if text and not well_formed:
        raise InvalidInput(
            field,
            "an email address like dana@example.com (one @, a domain with a dot, no spaces, commas or "
            "angle brackets), or empty",
            text,
        )


def check_time_zone(name: str, field: str, *, allow_empty: bool = False) -> None:
    if allow_empty and not name:
        return
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a directory such as "America"
        accepted = "an IANA time zone name such as Europe/Berlin or America/New_York"
        raise InvalidInput(field, accepted + (", or empty" if allow_empty else ""), name) from None


def check_country(code: str, field: str) -> None:
    if code not in _COUNTRY_SET:
        raise InvalidInput(field, "an ISO 3166-1 alpha-2 country code in capitals, e.g. US, GB or DE", code)


def _check_id(text: str, field: str) -> None:
    if not text:
        raise InvalidInput(field, "a non-empty id", text)


_TEXT_CHECKS: dict[tuple[type, str], Callable[[str, str], None]] = {
    (Profile, "email"): check_email,
    (Person, "email"): check_email,
    (Profile, "tz"): check_time_zone,
    (Interview, "tz"): check_time_zone,
    (Company, "tz"): partial(check_time_zone, allow_empty=True),
    (Person, "tz"): partial(check_time_zone, allow_empty=True),
    (Profile, "country"): check_country,
    (Company, "country"): check_country,
    (Application, "id"): _check_id,
    (Person, "id"): _check_id,
    (Interview, "id"): _check_id,
    (Event, "id"): _check_id,
}

# Every whole number of every record, with its bounds (a test holds this to the model): beyond them a
# value is a typo, and past 64 bits it would not even fit the database's integer column.
INT_RANGES: dict[tuple[type, str], tuple[int, int]] = {
    (Interview, "round"): (1, 100),
    (Interview, "sequence"): (0, 2**31 - 1),  # an iCalendar SEQUENCE is a 32-bit integer (RFC 5545)
    (Debrief, "self_rating"): (1, 5),  # PLAYBOOK §1.11
    (Document, "size"): (0, 2**53),  # bytes; 8 PiB is no file anyone attaches, and JSON keeps it exact
}


def _check_field(cls: type, name: str, value: object, field: str) -> None:
    text = RECORD_FIELDS.get((cls, name))
    if text is not None:  # every string and every item of a tuple of strings: lines, controls, length
        for item, path in [(value, field)] if isinstance(value, str) else _items(value, field):
            text.check(item, path)
    text_check = _TEXT_CHECKS.get((cls, name))
    if text_check is not None and isinstance(value, str):
        text_check(value, field)
    bounds = INT_RANGES.get((cls, name))
    if bounds is not None and isinstance(value, int):
        low, high = bounds
        if not low <= value <= high:
            raise InvalidInput(field, f"a whole number from {low} to {high}", _given(value))


def _items(value: object, path: str) -> list[tuple[str, str]]:
    if not isinstance(value, tuple):
        return []
    return [(item, f"{path}[{index}]") for index, item in enumerate(value) if isinstance(item, str)]


# --- checks across the fields of a record --------------------------------------------------------------


def _check_interview(interview: Interview, path: str) -> None:
    if interview.end is not None and interview.end < interview.start:
        raise InvalidInput(
            f"{path}.end",
            f"a time not before start ({_format_datetime(interview.start, path)})",
            _format_datetime(interview.end, path),
        )


def _check_event(event: Event, path: str) -> None:
    kinds = [kind.value for kind in InboundKind]
    if event.type is EventType.INBOUND and event.kind and event.kind not in kinds:
        accepted = "one of: " + ", ".join(kinds) + " (the kind of an inbound event)"
        raise InvalidInput(f"{path}.kind", accepted, event.kind)


def _check_application(application: Application, path: str) -> None:
    person_ids = [person.id for person in application.people]
    _check_unique(person_ids, f"{path}.people", "an id used by no other person of this application")
    _check_unique(
        [interview.id for interview in application.interviews],
        f"{path}.interviews",
        "an id used by no other interview of this application",
    )
    _check_unique(
        [event.id for event in application.events],
        f"{path}.events",
        "an id used by no other event of this application",
    )
    for index, event in enumerate(application.events):
        _check_people_named(event, f"{path}.events[{index}]", person_ids)


def _check_records(records: Records, path: str) -> None:
    _check_unique([a.id for a in records.applications], "applications", "an id used by no other application")
    _check_unique([e.id for e in records.events], "events", "an id used by no other top-level event")
    for index, event in enumerate(records.events):
        _check_people_named(event, f"events[{index}]", None)


def _check_mail_account(account: MailAccount, path: str) -> None:
    for name in ("smtp_security", "imap_security"):
        if getattr(account, name) not in MAIL_SECURITY:
            raise InvalidInput(f"{path}.{name}", " or ".join(MAIL_SECURITY), getattr(account, name))
    if account.auth not in MAIL_AUTH:
        raise InvalidInput(f"{path}.auth", " or ".join(MAIL_AUTH), account.auth)
    for name in ("smtp_port", "imap_port"):
        if not 0 < getattr(account, name) < 65536:
            raise InvalidInput(f"{path}.{name}", "a port number (1 to 65535)", str(getattr(account, name)))
    for name in ("smtp_host", "imap_host", "address"):
        if not getattr(account, name):
            raise InvalidInput(f"{path}.{name}", "a value (this field is required)")
    check_email(account.address, f"{path}.address")


_RECORD_CHECKS: dict[type, Callable[[Any, str], None]] = {
    MailAccount: _check_mail_account,
    Interview: _check_interview,
    Event: _check_event,
    Application: _check_application,
    Records: _check_records,
}


def _check_unique(ids: Sequence[str], list_path: str, accepted: str) -> None:
    seen: set[str] = set()
    for index, record_id in enumerate(ids):
        if record_id in seen:
            raise InvalidInput(f"{list_path}[{index}].id", accepted, record_id)
        seen.add(record_id)


def _check_people_named(event: Event, path: str, person_ids: Sequence[str] | None) -> None:
    """Events of an application name its people by id; events outside any application name nobody."""
    named = [(f"{path}.to[{i}]", person) for i, person in enumerate(event.to)]
    named += [(f"{path}.cc[{i}]", person) for i, person in enumerate(event.cc)]
    if event.from_person:
        named.append((f"{path}.from_person", event.from_person))
    for field, person in named:
        if person_ids is None:
            accepted = "no person: an event outside any application names nobody (empty to, cc, from_person)"
            raise InvalidInput(field, accepted, person)
        if person not in person_ids:
            known = ", ".join(person_ids) if person_ids else "(this application records no people)"
            raise InvalidInput(field, f"the id of a person of this application: {known}", person)


# --- export ----------------------------------------------------------------------------------------------


def _encode_record(record: DataclassInstance, path: str) -> dict[str, JSONValue]:
    hints = _hints(type(record))
    data: dict[str, JSONValue] = {}
    for spec in fields(record):
        value = getattr(record, spec.name)
        field_path = _join(path, spec.name)
        if hints[spec.name] == _SETTINGS_HINT:
            data[spec.name] = _encode_settings(value, field_path)
        else:
            data[spec.name] = _encode_value(value, field_path)
    return data


def _encode_value(value: object, path: str) -> JSONValue:
    if value is None or isinstance(value, bool | int | str):  # a StrEnum member is written as its value
        return str(value) if isinstance(value, StrEnum) else value
    if isinstance(value, dt.datetime):
        return _format_datetime(value, path)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode_value(item, f"{path}[{index}]") for index, item in enumerate(value)]
    if is_dataclass(value) and not isinstance(value, type):
        return _encode_record(value, path)
    raise TypeError(f"{path}: no JSON form for {type(value).__name__}")


def _encode_settings(pairs: Sequence[tuple[str, str]], path: str) -> dict[str, JSONValue]:
    data: dict[str, JSONValue] = {}
    for name, text in sorted(pairs):
        if name in data:
            raise InvalidInput(_join(path, name), "each setting at most once", text)
        data[name] = text
    return data


def _format_datetime(value: dt.datetime, path: str) -> str:
    """UTC with a Z; microseconds only when there are any (isoformat's own rule)."""
    if value.utcoffset() is None:
        raise InvalidInput(path, "an aware date-time (one that carries its time zone)", value.isoformat())
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat() + "Z"


# --- import ----------------------------------------------------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _decode_record(cls: type[R], raw: object, path: str, envelope: tuple[str, ...] = ()) -> R:
    if not isinstance(raw, dict):
        raise InvalidInput(path, f"an object ({cls.__name__})", _given(raw))
    hints = _hints(cls)
    specs = fields(cls)
    names = [spec.name for spec in specs]
    for key in raw:
        if key not in names:
            raise InvalidInput(_join(path, _key(key)), "one of: " + ", ".join((*envelope, *names)))
    values: dict[str, object] = {}
    for spec in specs:
        field_path = _join(path, spec.name)
        if spec.name in raw:
            values[spec.name] = _decode(raw[spec.name], hints[spec.name], field_path)
            _check_field(cls, spec.name, values[spec.name], field_path)
        elif spec.default is MISSING and spec.default_factory is MISSING:
            raise InvalidInput(field_path, f"{_describe(hints[spec.name])} (this field is required)")
    record = cls(**values)
    record_check = _RECORD_CHECKS.get(cls)
    if record_check is not None:
        record_check(record, path)
    return record


def _decode(raw: object, hint: Any, path: str) -> object:
    """Turn one JSON value into the value of the type ``hint`` (a model annotation), checking its shape."""
    if hint == _SETTINGS_HINT:
        return _decode_settings(raw, path)
    optional = _optional_of(hint)
    if optional is not None:
        return None if raw is None else _decode(raw, optional, path)
    if get_origin(hint) is tuple:
        if not isinstance(raw, list):
            raise InvalidInput(path, _describe(hint), _given(raw))
        item_hint = get_args(hint)[0]
        return tuple(_decode(item, item_hint, f"{path}[{index}]") for index, item in enumerate(raw))
    if hint is Document and isinstance(raw, str) and raw:
        return Document(name=raw)  # exports before 0.2 wrote an attachment as its file name
    if isinstance(hint, type) and is_dataclass(hint):
        return _decode_record(hint, raw, path)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        if isinstance(raw, str) and raw in hint._value2member_map_:
            return hint(raw)
        raise InvalidInput(path, _describe(hint), raw if isinstance(raw, str) else _given(raw))
    if hint is dt.datetime:
        return _parse_datetime(raw, path)
    if hint is dt.date:
        return _parse_date(raw, path)
    if hint is bool and isinstance(raw, bool):
        return raw
    if hint is int and isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if hint is str and isinstance(raw, str):
        return raw
    if hint in (bool, int, str):
        raise InvalidInput(path, _describe(hint), _given(raw))
    raise TypeError(f"{path}: no JSON form for {hint!r}")


def _decode_settings(raw: object, path: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict):
        raise InvalidInput(path, _describe(_SETTINGS_HINT), _given(raw))
    pairs: list[tuple[str, str]] = []
    for name, text in raw.items():
        field = _join(path, _key(name))
        if not isinstance(text, str):
            raise InvalidInput(field, 'the setting as text, e.g. "true" or "3"', _given(text))
        try:
            parse_setting(name if isinstance(name, str) else repr(name), text)
        except InvalidInput as error:
            raise InvalidInput(field, error.accepted, text) from None
        SETTING.check(text, field)
        pairs.append((name, text))
    return tuple(sorted(pairs))


def _parse_datetime(raw: object, path: str) -> dt.datetime:
    if not isinstance(raw, str):
        raise InvalidInput(path, _DATETIME_TEXT, _given(raw))
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError:  # not ISO 8601, or a day the calendar does not have
        raise refuse_date_text(raw, path, _DATETIME_TEXT) from None
    if value.utcoffset() is None:
        raise InvalidInput(path, _DATETIME_TEXT + "; this time has no offset", raw)
    if not in_years(value):
        raise InvalidInput(path, f"{_DATETIME_TEXT}, {YEARS_TEXT.removeprefix('a date ')}", raw)
    return value.astimezone(dt.UTC)


def _parse_date(raw: object, path: str) -> dt.date:
    if not isinstance(raw, str):
        raise InvalidInput(path, _DATE_TEXT, _given(raw))
    if not _DATE_SHAPE.fullmatch(raw):
        raise InvalidInput(path, _DATE_TEXT, raw)
    try:
        value = dt.date.fromisoformat(raw)
    except ValueError:  # 2026-02-30
        raise refuse_date_text(raw, path, _DATE_TEXT) from None
    if not in_years(value):
        raise InvalidInput(path, f"{_DATE_TEXT}, {YEARS_TEXT.removeprefix('a date ')}", raw)
    return value


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json.loads keeps the last of repeated keys silently; an import refuses them instead."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise InvalidInput(IMPORT_FILE, "each key at most once in an object", key)
        data[key] = value
    return data


# --- helpers ---------------------------------------------------------------------------------------------


def _optional_of(hint: Any) -> Any | None:
    """``X`` for a hint ``X | None``, else None."""
    if get_origin(hint) is types.UnionType:
        others = [arg for arg in get_args(hint) if arg is not type(None)]
        if len(others) == 1:
            return others[0]
    return None


def _describe(hint: Any) -> str:
    """What a JSON value of the type ``hint`` looks like, for error messages."""
    if hint == _SETTINGS_HINT:
        return 'an object of setting name to text, e.g. {"followup_cap": "2"}'
    optional = _optional_of(hint)
    if optional is not None:
        return f"{_describe(optional)}, or null"
    if get_origin(hint) is tuple:
        return f"a list of items, each {_describe(get_args(hint)[0])}"
    if isinstance(hint, type) and is_dataclass(hint):
        return f"an object ({hint.__name__})"
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return "one of: " + ", ".join(member.value for member in hint)
    descriptions: dict[Any, str] = {
        dt.datetime: _DATETIME_TEXT,
        dt.date: _DATE_TEXT,
        bool: "true or false",
        int: "a whole number",
        str: "a string",
    }
    return descriptions.get(hint, repr(hint))


def _key(key: object) -> str:
    """A key of the file as it may appear in a message: control characters and surrogates escaped."""
    text = str(key)
    return text if text.isprintable() else repr(text)[1:-1]


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _given(raw: object) -> str:
    """A value of the wrong type as short JSON, for the message's "(got ...)": text shows its quotes."""
    text = json.dumps(raw, ensure_ascii=False, default=repr)
    return text if len(text) <= 60 else text[:57] + "..."
