"""The formal letter (FL, C-14) as a PDF: sender block, date, recipient block, subject, greeting, body,
closing and the typed name, on the paper of the candidate's country (US Letter in North America, else
A4). Rendered with typst; the text goes in as JSON data, never as markup, so it cannot inject code.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from followup.core.drafts import Draft
from followup.core.errors import InvalidInput
from followup.core.model import Application, Person, Profile

TEMPLATE = Path(__file__).with_name("letter.typ")
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV"})


def paper_for(country: str) -> str:
    return "us-letter" if country.upper() in LETTER_COUNTRIES else "a4"


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
    addressee = f"{person.honorific} {person.name}" if person.honorific else person.name
    recipient = [addressee, person.title, app.company.name, *person.postal_address.splitlines()]
    return {
        "paper": paper_for(profile.country),
        "lang": "en",
        "sender": {"name": profile.name, "address": profile.postal_address.splitlines(), "contact": contact},
        "date": f"{day:%B} {day.day}, {day.year}"
        if profile.country.upper() == "US"
        else f"{day.day} {day:%B %Y}",
        "recipient": [line for line in recipient if line],
        "subject": draft.subject,
        "greeting": draft.greeting,
        "paragraphs": list(draft.paragraphs),
        "closing": draft.closing,
    }


def render_letter(data: dict[str, object]) -> bytes:
    import typst  # imported here: only letters need it

    pdf = typst.compile(str(TEMPLATE), sys_inputs={"data": json.dumps(data, ensure_ascii=False)})
    assert isinstance(pdf, bytes)
    return pdf
