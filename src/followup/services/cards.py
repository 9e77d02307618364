"""People from business cards: read a .vcf file, plan what it adds to an application, then save the plan.

Importing is two steps so that the user sees what will happen before anything is written:
``plan_import`` compares each card with the application's people and says, per card, whether it makes
a new person, fills in a known one ("merged") or adds nothing ("unchanged"); ``apply_import`` saves that
plan in one transaction, after checking that the people did not change in between.

A card is the same person as someone recorded when one of its email addresses is theirs (letter case
ignored); a card without a usable address matches by full name instead, so importing a file twice never
makes duplicates. A match only has its empty fields filled: what the user typed is never overwritten,
and where the card says something else the difference is reported as a conflict. A new person is on
the panel as an interviewer, unless the title reads like HR or recruiting (then HR, not on the panel).

A file is imported card by card: the cards the parser left out (no name, a company's card, an unknown
VERSION) are listed in the plan with the reason, and the others are imported. The file's bytes are read
as UTF-8, or UTF-16/UTF-32 when a byte-order mark (or the zero bytes of UTF-16) says so; bytes that are
not UTF-8 are handed to the parser as they are, which reads them in their CHARSET (see ``vcard``).
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from followup.calendars.vcard import Card, CardFile, Skipped, parse_vcards
from followup.core import codec
from followup.core.errors import InvalidInput, NotFound, Refused
from followup.core.model import Application, Person, Role
from followup.services.workspace import Workspace, slug

MAX_BYTES = 5 * 1024 * 1024  # a card is a few KB; an address book with photos, a few MB
NAME_FIELDS = frozenset({"first", "last", "honorific"})
_HR_TITLE = re.compile(
    r"\b(hr|human resources?|recruit\w*|talent|staffing|people (operations|partner|team)|hiring coordinator)"
    r"\b",
    re.IGNORECASE,
)


class Outcome(StrEnum):
    NEW = "new"
    MERGED = "merged"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Conflict:
    """A field where the card says something else than what the user recorded (which is kept)."""

    field: str
    kept: str
    card: str


@dataclass(frozen=True)
class CardPlan:
    card: Card
    outcome: Outcome
    person: Person  # as it will be saved
    filled: tuple[str, ...] = ()  # fields a merge fills in
    conflicts: tuple[Conflict, ...] = ()
    notes: tuple[str, ...] = ()  # what the import left out, and why


@dataclass(frozen=True)
class ImportPlan:
    application_id: str
    company: str
    cards: tuple[Card, ...]
    entries: tuple[CardPlan, ...]
    people: tuple[Person, ...]  # the application's people after the import
    skipped: tuple[Skipped, ...] = ()  # cards of the file that were left out, with the reason

    @property
    def changes(self) -> bool:
        return any(entry.outcome is not Outcome.UNCHANGED for entry in self.entries)

    def count(self, outcome: Outcome) -> int:
        return sum(entry.outcome is outcome for entry in self.entries)


def read_cards(path: Path) -> CardFile:
    """The cards of a .vcf file, and those left out."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(
                name, f"a vCard file of at most {_megabytes(MAX_BYTES)}; this one is {_megabytes(size)}"
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)  # the file may have grown since it was measured
    except OSError as error:
        raise InvalidInput(name, f"a vCard file that can be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise InvalidInput(name, f"a vCard file of at most {_megabytes(MAX_BYTES)}")
    return cards_from_bytes(data, path.name)


def cards_from_bytes(data: bytes, source: str) -> CardFile:
    """The cards of a .vcf file's bytes; ``source`` names it in messages."""
    return parse_vcards(_text(data), source=source)


def _text(data: bytes) -> str:
    """The file's text: by its byte-order mark, UTF-16 by its zero bytes, else UTF-8 with the bytes that
    are not UTF-8 kept as lone surrogates for the parser to read in their CHARSET."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "surrogateescape" if encoding == "utf-8" else "replace")
    head = data[:200]
    if head.count(0) * 3 > len(head):  # ASCII text in UTF-16 without a mark: every other byte is zero
        even_zeros = head[0::2].count(0) > head[1::2].count(0)
        return data.decode("utf-16-be" if even_zeros else "utf-16-le", "replace")
    return data.decode("utf-8", "surrogateescape")


def plan_import(
    ws: Workspace, application_id: str, found: CardFile | tuple[Card, ...] | list[Card]
) -> ImportPlan:
    """What importing the cards into the application would do; nothing is written."""
    app = ws.read().application(application_id)
    if app is None:
        raise NotFound(f"no application {application_id!r}; see `followup list`")
    if isinstance(found, CardFile):
        return plan_cards(app, found.cards, found.skipped)
    return plan_cards(app, tuple(found))


def apply_import(ws: Workspace, plan: ImportPlan) -> ImportPlan:
    """Save ``plan`` in one transaction; refused when the application's people changed since it was made."""
    if not plan.changes:
        return plan
    with ws.transaction() as change:
        app = change.app(plan.application_id)
        fresh = plan_cards(app, plan.cards, plan.skipped)
        if fresh != plan:
            raise Refused(
                f"the people of {app.id} changed while the import waited; nothing was saved, run it again"
            )
        change.put(dataclasses.replace(app, people=fresh.people))
    return fresh


def plan_cards(app: Application, cards: tuple[Card, ...], skipped: tuple[Skipped, ...] = ()) -> ImportPlan:
    """The pure part of ``plan_import``: cards are taken in file order, so a person twice in one file
    is made once and then filled in."""
    people = list(app.people)
    entries: list[CardPlan] = []
    for card in cards:
        emails, notes = _usable_emails(card)
        notes = card.notes + notes + _company_note(card, app.company.name)
        index = _match(people, card, emails)
        if index is None:
            person = _new_person(card, emails, {p.id for p in people})
            people.append(person)
            entries.append(CardPlan(card, Outcome.NEW, person, notes=notes))
            continue
        merged, filled, conflicts = _merge(people[index], card, emails)
        people[index] = merged
        outcome = Outcome.MERGED if filled else Outcome.UNCHANGED
        entries.append(CardPlan(card, outcome, merged, filled, conflicts, notes))
    return ImportPlan(app.id, app.company.name, cards, tuple(entries), tuple(people), skipped)


def looks_like_hr(title: str) -> bool:
    """Recruiter, Talent Acquisition Partner, HR Business Partner, Human Resources Manager ..."""
    return bool(_HR_TITLE.search(title))


def _usable_emails(card: Card) -> tuple[tuple[str, ...], tuple[str, ...]]:
    usable: list[str] = []
    notes: list[str] = []
    for email in card.emails:
        try:
            codec.check_email(email, "email")
        except InvalidInput:
            notes.append(f"left out {email!r}: not an email address")
        else:
            usable.append(email)
    return tuple(usable), tuple(notes)


def _company_note(card: Card, company: str) -> tuple[str, ...]:
    theirs, ours = _words(card.organisation), _words(company)
    if not theirs or theirs <= ours or ours <= theirs:
        return ()
    return (f"the card is from {card.organisation!r}, this application is with {company!r}",)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _match(people: list[Person], card: Card, emails: tuple[str, ...]) -> int | None:
    """The index of the person this card is about: by email (the card's preferred first), else, when the
    card has no usable email or the person none, by full name if exactly one person has it."""
    wanted = [email.casefold() for email in emails]
    by_email = [
        (wanted.index(p.email.casefold()), i) for i, p in enumerate(people) if p.email.casefold() in wanted
    ]
    if by_email:
        return min(by_email)[1]
    full = (card.first.casefold(), card.last.casefold())
    by_name = [
        i
        for i, p in enumerate(people)
        if (p.first.casefold(), p.last.casefold()) == full and (not p.email or not emails)
    ]
    return by_name[0] if len(by_name) == 1 else None


def _offered(card: Card, emails: tuple[str, ...]) -> dict[str, Any]:
    return {
        "first": card.first,
        "last": card.last,
        "honorific": card.honorific,
        "title": card.title,
        "email": emails[0] if emails else "",
        "phone": card.phone,
        "postal_address": card.address,
    }


def _new_person(card: Card, emails: tuple[str, ...], taken: set[str]) -> Person:
    hr = looks_like_hr(card.title)
    return Person(
        id=slug(f"{card.first} {card.last}", taken, "person"),
        role=Role.HR if hr else Role.INTERVIEWER,
        on_panel=not hr,
        **_offered(card, emails),
    )


def _merge(
    person: Person, card: Card, emails: tuple[str, ...]
) -> tuple[Person, tuple[str, ...], tuple[Conflict, ...]]:
    filled: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for field, value in _offered(card, emails).items():
        kept = getattr(person, field)
        if value and not kept:
            filled[field] = value
        elif value and not _same(field, kept, card, emails, value):
            conflicts.append(Conflict(field, kept, value))
    if any(c.field in NAME_FIELDS for c in conflicts):
        # The name is one value: "Mr." from a card naming someone else must not join the recorded name.
        filled = {field: value for field, value in filled.items() if field not in NAME_FIELDS}
    return dataclasses.replace(person, **filled), tuple(filled), tuple(conflicts)


def _same(field: str, kept: str, card: Card, emails: tuple[str, ...], value: str) -> bool:
    """Whether the recorded value says what the card says: any of the card's emails or phones counts."""
    if field == "email":
        return kept.casefold() in {email.casefold() for email in emails}
    if field == "phone":
        return _digits(kept) in {_digits(phone) for phone in card.phones}
    if field == "postal_address":
        return _plain(kept) in {_plain(address) for address in card.addresses}
    if field == "honorific":
        return _plain(kept).rstrip(".") == _plain(value).rstrip(".")
    return _plain(kept) == _plain(value)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _plain(text: str) -> str:
    return " ".join(text.replace(",", " ").split()).casefold()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size % (1024 * 1024) else f"{size // (1024 * 1024)} MB"
