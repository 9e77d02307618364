"""Guesses from an invitation that the user can override: the interview's format and the employer.

The format: a meeting link means video; a phone number as the place, or a call (the word, a number in
the title, a dial-in) with no place to go, means phone; anything else is in person. The employer: the
commonest domain among the organiser's and attendees' addresses, leaving out the candidate's own and
free mail (gmail.com is nobody's employer), read as a name ("harbor-analytics.example" -> "Harbor
Analytics").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

from followup.calendars.invitation import Invitation, Party
from followup.core.model import Format

__all__ = ["FREE_MAIL", "company_from_domain", "guess_company", "guess_format"]

_PHONE_NUMBER = re.compile(r"\+?\d[\d ().\-/]{6,}\d")
_PHONE_WORDS = re.compile(r"\b(call|phone|telephone|anruf|telefon|appel)\b", re.IGNORECASE)
FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
        "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com", "aol.com", "icloud.com", "me.com",
        "mac.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "gmx.de", "web.de",
        "t-online.de", "mail.com", "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com",
        "zoho.com", "fastmail.com", "hey.com", "tutanota.com", "orange.fr", "free.fr", "laposte.net",
        "libero.it", "xs4all.nl", "comcast.net", "verizon.net", "att.net", "example.com", "example.org",
        "example.net",
    }
)  # fmt: skip
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "or", "ne", "go"})


def guess_format(invitation: Invitation) -> tuple[Format, str]:
    """The interview's format and why: a meeting link is video; a call with no place is phone."""
    if invitation.link:
        return Format.VIDEO, "a meeting link"
    location = invitation.location
    if location and _PHONE_NUMBER.fullmatch(location):
        return Format.PHONE, "a phone number as the place"
    says_call = _PHONE_WORDS.search(invitation.summary) or _PHONE_NUMBER.search(invitation.summary)
    if (says_call or invitation.dial_in) and not location:
        return Format.PHONE, "a call with no place to go"
    if location:
        return Format.IN_PERSON, "a place to go"
    return Format.IN_PERSON, "no link or call mentioned"


def guess_company(parties: Iterable[Party], own: Collection[str] = ()) -> str:
    """The employer from the addresses' domains (not free mail, not the candidate's own): the commonest,
    the first named on a tie (the organiser comes first)."""
    own_folded = {address.casefold() for address in own}
    domains = [
        party.email.rpartition("@")[2].casefold()
        for party in parties
        if party.email and party.email.casefold() not in own_folded
    ]
    names = [name for name in map(company_from_domain, domains) if name]
    if not names:
        return ""
    counts = Counter(names)
    return max(names, key=lambda name: (counts[name], -names.index(name)))


def company_from_domain(domain: str) -> str:
    """ "harbor-analytics.example" -> "Harbor Analytics"; free mail and example domains -> ""."""
    domain = domain.casefold().strip(".")
    if not domain or domain in FREE_MAIL or any(domain.endswith("." + free) for free in FREE_MAIL):
        return ""
    labels = domain.split(".")[:-1]  # without the top-level domain
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    if not labels or domain.endswith("calendar.google.com"):
        return ""
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", labels[-1]) if part)
