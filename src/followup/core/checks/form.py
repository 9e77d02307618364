"""The form of a message: length (C-06), subject line (C-07), signature (C-08), greeting (C-09) and
closing (C-10). Each check is one function named after its rule; ``RULES`` lists them with the actions
they apply to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.anatomy import EMAIL, GREETING, PHONE, Span
from followup.core.checks.base import (
    STATUS_EMAILS,
    THANK_YOU_ROUND,
    WRITTEN,
    Message,
    Need,
    TextRule,
    flag,
    near_name,
    normalized,
    span_of,
)
from followup.core.drafts import TextFinding
from followup.core.model import Person
from followup.core.phrases import word_count

THANK_YOU_WORDS = 150  # C-06 [D]
THANK_YOU_PARAGRAPHS = 3  # C-06 [D]
SUBJECT_LENGTH = 78  # C-07 [D]
PROFESSIONAL_CLOSINGS = (
    # C-10's list [D]
    "Yours sincerely", "Sincerely", "Best regards", "Kind regards", "Regards", "Thank you",
    # K11: closings people use in professional mail
    "Best", "Best wishes", "All the best", "Warm regards", "With thanks", "Many thanks",
    # and their close kin: the same register, so the same verdict
    "Kindest regards", "Warmest regards", "Warm wishes", "With best wishes", "With best regards",
    "With kind regards", "With warm regards", "Sincerely yours", "Yours truly", "Yours faithfully",
    "Respectfully", "Yours respectfully", "With gratitude", "With appreciation", "With many thanks",
    "Thank you again", "Thanks again", "Thanks", "Thanks so much", "Thank you so much", "Best wishes again",
)  # fmt: skip
REPLIES = frozenset({"RSP", "RJ", "FB", "EXC-OFFER"})  # K14: sent as answers, they keep the thread
# Answers to the employer's own email: sent with the mail program's "Reply", whose subject it fills in.
ANSWERS = frozenset({"RSP", "RJ", "FB"})
THREAD = re.compile(r"\s*(?:re|aw|sv|antw)\s*:", re.IGNORECASE)
HONORIFIC = re.compile(r"(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev)\.?$", re.IGNORECASE)
STREET = re.compile(
    r"\b\d+[A-Za-z]?\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|"
    r"Drive|Way|Ct|Court|Pl|Place|Sq|Square|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Row|Close|"
    r"Crescent|Gardens|Hill|Walk|Trail|Loop|Plaza|Broadway)\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    r"|\bP\.?\s?O\.?\s+Box\s+\d+",
)
CITY = re.compile(r"^[\s,]*[A-Z][\w'’.-]+")
_WORD = re.compile(r"[\w'’-]+")


def c06_short(m: Message) -> Iterator[TextFinding]:
    """C-06: a thank-you body of at most 150 words in at most three paragraphs."""
    count = word_count(m.body)
    if count > THANK_YOU_WORDS:
        words = [w for p in m.parts.paragraphs for w in _WORD.finditer(m.text, p.start, p.end)]
        yield flag(
            "W-LENGTH",
            "C-06",
            f"{count} words in the body: keep a thank-you to {THANK_YOU_WORDS}.",
            (words[THANK_YOU_WORDS].start(), m.body_span[1]),
            f"Cut it to {THANK_YOU_WORDS} words or fewer: thanks, one point of fit, one shared topic.",
        )
    paragraphs = m.counted_paragraphs
    if len(paragraphs) > THANK_YOU_PARAGRAPHS:
        yield flag(
            "W-LENGTH",
            "C-06",
            f"{len(paragraphs)} paragraphs: keep a thank-you to {THANK_YOU_PARAGRAPHS}.",
            (paragraphs[THANK_YOU_PARAGRAPHS].start, paragraphs[-1].end),
            f"Merge or cut to {THANK_YOU_PARAGRAPHS} paragraphs.",
        )


def c07_subject(m: Message) -> Iterator[TextFinding]:
    """C-07: an email's subject names the candidate and the interview, in at most 78 characters. K14: a
    reply ("Re: ...") keeps its thread's subject; only its length is checked. An answer to their email
    (RSP, RJ, FB) checked without a subject is taken as a reply, whose subject the mail program fills."""
    if m.channel != "email":
        return
    subject = m.subject.strip()
    name = m.full_name
    threaded = m.action in REPLIES and THREAD.match(subject) is not None
    if not subject and m.action in ANSWERS:
        return
    problems = []
    if not subject:
        problems.append("there is no subject")
    elif threaded:
        if len(subject) > SUBJECT_LENGTH:
            problems.append(f"it is {len(subject)} characters long (at most {SUBJECT_LENGTH})")
    else:
        if name and name.lower() not in subject.lower():
            problems.append("it does not carry your full name")
        if not re.search(r"\binterview", subject, re.IGNORECASE):
            problems.append('it does not say "interview"')
        if len(subject) > SUBJECT_LENGTH:
            problems.append(f"it is {len(subject)} characters long (at most {SUBJECT_LENGTH})")
    if problems:
        yield flag(
            "W-SUBJECT",
            "C-07",
            f"Subject {subject!r}: " + "; ".join(problems) + ".",
            (0, 0),  # the subject is not part of the text: no span
            f"Job interview follow up for {name or '<your full name>'}",
        )


def c08_signature(m: Message) -> Iterator[TextFinding]:
    """C-08: the signature carries full name, phone, postal address (street and city) and email."""
    profile = m.ctx.profile
    lines = m.parts.signature
    text = "\n".join(line.text for line in lines)
    absent: list[tuple[str, str]] = []
    if not _has_name(text, m.full_name):
        absent.append(("your full name", m.full_name))
    if not any(_is_phone(p.group()) for p in PHONE.finditer(text)):
        absent.append(("a phone number", profile.phone))
    if not _has_address(lines, profile.postal_address):
        absent.append(("a postal address (street and city)", profile.postal_address.replace("\n", ", ")))
    if not EMAIL.search(text):
        absent.append(("an email address", profile.email))
    if not absent:
        return
    if lines:
        span = (lines[0].start, lines[-1].end)
    else:
        at = m.parts.closing.end if m.parts.closing else len(m.text.rstrip())
        span = (at, at)
    known = [value for _, value in absent if value]
    yield flag(
        "W-SIGNATURE",
        "C-08",
        "The signature lacks " + _listing([what for what, _ in absent]) + ".",
        span,
        ("Add under your name: " + " · ".join(known))
        if known
        else "Add the missing details under your name.",
    )


def _is_phone(candidate: str) -> bool:
    """Seven digits or more, and not a US ZIP+4 code."""
    return len(re.sub(r"\D", "", candidate)) >= 7 and not re.fullmatch(r"\d{5}-\d{4}", candidate.strip())


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _has_name(text: str, name: str) -> bool:
    text = EMAIL.sub(" ", text)
    if name:
        return normalized(name) in normalized(text)
    return any(
        re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*)+", line.strip()) for line in text.split("\n")
    )


def _has_address(lines: tuple[Span, ...], recorded: str) -> bool:
    text = "\n".join(line.text for line in lines)
    if recorded:
        parts = [normalized(p) for p in re.split(r"[\n,]", recorded) if p.strip()]
        if parts and all(p in normalized(text) for p in parts[:2]):
            return True
    for n, line in enumerate(lines):
        street = STREET.search(line.text)
        if street:
            rest = line.text[street.end() :]
            following = lines[n + 1].text if n + 1 < len(lines) else ""
            if CITY.match(rest) or CITY.match(following):
                return True
    return False


def _formal_greeting(person: Person) -> str:
    if person.honorific and person.last:
        return f"Dear {person.honorific} {person.last},"
    return f"Dear {person.first} {person.last},"


def c09_greeting(m: Message) -> Iterator[TextFinding]:
    """C-09 with K12: "Dear {Honorific} {Last}" when the honorific is known, "Dear {First} {Last}" when it
    is not, unless the person invited first names. On LinkedIn "Hi {First}" is the platform's norm: a
    NOTE, never W-GREETING."""
    person = m.recipient
    greeting = m.parts.greeting
    # H-16: an answer by phone is spoken; its script opens with the call itself, not a written greeting.
    if person is None or m.channel == "phone" or (greeting is None and m.action == "LI"):
        return
    if greeting is not None:
        wrong = list(_wrong_person(m, person, greeting))
        if wrong:
            yield from wrong
            return
    if person.first_name_ok or not person.last:
        return
    expected = _formal_greeting(person)
    if greeting is None:
        yield flag("W-GREETING", "C-09", "The message has no greeting.", (0, 0), expected)
        return
    problem = _informality(greeting.text, person)
    if problem and m.channel == "linkedin":
        yield flag(
            "N-LI-GREETING",
            "C-09",
            f"A first name is LinkedIn's norm; in email and letters, write {expected.rstrip(',')!r}.",
            span_of(greeting),
        )
    elif problem:
        yield flag("W-GREETING", "C-09", problem, span_of(greeting), expected)


def _informality(text: str, person: Person) -> str:
    tokens = _WORD.findall(text)
    opener = " ".join(tokens[:1])
    if not re.match(r"dear\b", text, re.IGNORECASE):
        if GREETING.match(text):
            return f'"{text.rstrip(",:;!")}" is informal: {person.name} has not invited first names.'
        return f'Open with "Dear", not "{text.rstrip(",:;!")}".'
    names = tokens[1:]
    if names and HONORIFIC.match(names[0]):
        recorded = person.honorific.rstrip(".").lower()
        if recorded and names[0].rstrip(".").lower() != recorded:
            return f"{person.name} is recorded as {person.honorific}, not {names[0]}."
        if len(names) >= 2 and _is_surname(names[-1], person):
            return ""
    elif len(names) >= 2 and _is_surname(names[-1], person):
        if person.honorific and HONORIFIC.match(person.honorific):
            return f"{person.name} is recorded as {person.honorific}: the greeting uses it (K12)."
        return ""
    if len(names) == 1 and names[0].lower() == person.first.lower():
        return f'"{opener} {names[0]}" uses a first name: {person.name} has not invited that.'
    return f"Address {person.name} by name, formally."


def _is_surname(token: str, person: Person) -> bool:
    return token.lower() == person.last.lower() or near_name(token, person.last)


def _wrong_person(m: Message, person: Person, greeting: Span) -> Iterator[TextFinding]:
    tokens = {t.lower() for t in _WORD.findall(greeting.text)}
    mine = {person.first.lower(), person.last.lower()}
    for other in m.ctx.application.people:
        if other.id == person.id:
            continue
        theirs = {n.lower() for n in (other.first, other.last) if n} - mine
        if theirs & tokens:
            yield flag(
                "W-GREETING",
                "C-09",
                f"The greeting names {other.name}, but this message goes to {person.name}.",
                span_of(greeting),
                _formal_greeting(person) if not person.first_name_ok else f"Dear {person.first},",
            )
            return


def c10_closing(m: Message) -> Iterator[TextFinding]:
    """C-10: the formal letter closes with ``letter_closing``; other messages with a professional closing."""
    if m.channel == "phone":  # H-16: a spoken answer has no closing line
        return
    wanted = (m.ctx.settings.letter_closing,) if m.action == "FL" else PROFESSIONAL_CLOSINGS
    closing = m.parts.closing
    suggestion = f"{wanted[0] if m.action == 'FL' else 'Kind regards'},"
    if closing is None:
        at = m.parts.signature[0].start if m.parts.signature else len(m.text.rstrip())
        yield flag("W-SIGNOFF", "C-10", "The message has no closing line.", (at, at), suggestion)
        return
    said = " ".join(closing.text.rstrip(",.!; ").split()).lower()
    if said not in {w.lower() for w in wanted}:
        what = f"the letter closes with {wanted[0]!r}" if m.action == "FL" else "use a professional closing"
        yield flag(
            "W-SIGNOFF", "C-10", f"{closing.text.rstrip(',')!r}: {what}.", span_of(closing), suggestion
        )


_EMAILS = THANK_YOU_ROUND | STATUS_EMAILS | {"FL", "SCHED", "RJ", "FB", "EXC-OFFER", "EXC-NEWS"}
RULES = (
    TextRule("C-06", THANK_YOU_ROUND, c06_short),
    TextRule("C-07", _EMAILS, c07_subject, partial=((Need.PROFILE, "your name in the subject"),)),
    TextRule(
        "C-08",
        THANK_YOU_ROUND | STATUS_EMAILS | {"FL", "SCHED"},
        c08_signature,
        partial=((Need.PROFILE, "your details as your profile has them"),),
    ),
    TextRule("C-09", WRITTEN, c09_greeting, needs=frozenset({Need.RECIPIENT})),
    TextRule("C-10", WRITTEN - {"LI"}, c10_closing),
)
