"""The formal letter (FL, C-14) as a PDF: sender block, date, recipient block, greeting, body, closing
and the typed name, on the paper of the candidate's country (US Letter in North America, else A4). A
letter has no subject line (that belongs to email). Postal addresses are set one line per line: an
address stored on one line with commas is split where a postal line ends ("12 Beacon St, Boston, MA
02108" becomes "12 Beacon St" / "Boston, MA 02108"), and the recipient's country is left out when it is
the candidate's own. Rendered with typst; the text goes in as JSON data, never as markup, so it cannot
inject code.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from followup.core.compose.writer import honorific_for
from followup.core.drafts import Draft
from followup.core.errors import InvalidInput
from followup.core.model import Application, Person, Profile

TEMPLATE = Path(__file__).with_name("letter.typ")
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV"})


# The end of a one-line address that belongs with the town before it: "MA 02108", "ON M5V 2T6", "NSW
# 2000", "02108", "94105-1234".
_REGION_CODE = re.compile(
    r"^(?:[A-Z]{2,3}\.?\s+)?(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$|^[A-Z]{2}$", re.IGNORECASE
)
_COUNTRY_NAMES = {
    "US": {"us", "usa", "u.s.", "u.s.a.", "united states", "united states of america"},
    "CA": {"ca", "canada"},
    "GB": {"gb", "uk", "u.k.", "united kingdom", "great britain", "england", "scotland", "wales"},
    "AU": {"au", "australia"},
    "NZ": {"nz", "new zealand"},
    "IE": {"ie", "ireland"},
}


def paper_for(country: str) -> str:
    return "us-letter" if country.upper() in LETTER_COUNTRIES else "a4"


def address_lines(address: str, home_country: str = "") -> list[str]:
    """A postal address as the lines of an envelope: as stored when it has line breaks; else split at
    its commas, keeping a state or postcode with its town; without a last line naming ``home_country``."""
    if "\n" in address:
        lines = [line.strip().rstrip(",") for line in address.splitlines()]
    else:
        lines = []
        for part in (p.strip() for p in address.split(",")):
            if lines and part and _REGION_CODE.match(part):
                glue = " " if re.fullmatch(r"[\d-]+", part) and re.search(r"\b[A-Z]{2}$", lines[-1]) else ", "
                lines[-1] = f"{lines[-1]}{glue}{part}"
            else:
                lines.append(part)
    lines = [line for line in lines if line]
    names = _COUNTRY_NAMES.get(home_country.upper(), {home_country.lower()})
    if len(lines) > 1 and lines[-1].lower() in names:
        lines.pop()
    return lines


def letter_data(
    draft: Draft, profile: Profile, app: Application, person: Person, day: dt.date
) -> dict[str, object]:
    """Everything the template sets, as plain strings and lists."""
    needed = (
        ("your postal address", profile.postal_address),
        (f"{person.name}'s postal address", person.postal_address),
    )
    missing = [what for what, value in needed if not value]
    if missing:
        raise InvalidInput(
            "letter",
            "postal addresses for a letter: " + " and ".join(missing) + " (add with `followup init "
            "--address ...` or `followup person edit ... --address ...`)",
        )
    contact = [line for line in (profile.phone, profile.email) if line]
    honorific = honorific_for(person.honorific, profile.country)
    addressee = f"{honorific} {person.name}" if honorific and person.first else person.name
    recipient = [
        addressee,
        person.title,
        app.company.name,
        *address_lines(person.postal_address, profile.country),
    ]
    return {
        "paper": paper_for(profile.country),
        "lang": "en",
        "sender": {
            "name": profile.name,
            "address": address_lines(profile.postal_address),
            "contact": contact,
        },
        "date": f"{day:%B} {day.day}, {day.year}"
        if profile.country.upper() == "US"
        else f"{day.day} {day:%B %Y}",
        "recipient": [line for line in recipient if line],
        "greeting": draft.greeting,
        "paragraphs": list(draft.paragraphs),
        "closing": draft.closing,
    }


def render_letter(data: dict[str, object]) -> bytes:
    import typst  # imported here: only letters need it

    pdf = typst.compile(str(TEMPLATE), sys_inputs={"data": json.dumps(data, ensure_ascii=False)})
    assert isinstance(pdf, bytes)
    return pdf
