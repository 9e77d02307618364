"""C-11, proofreading: write it as a business letter. One W-PROOF finding per fault, pointing at it.

What is checked, in greeting, body and closing (the signature and the subject hold names, numbers and
addresses and are left alone): words the shell's spell checker does not know, text-speak, sentences
that start in lower case or end without . ? or !, a lone lowercase "i", more than one "!", emoji and
emoticons, people's names spelled differently from the records ("Jon Whitaker" for John), and the
grammar faults of ``grammar``. Each finding names its kind (``FINDING_KINDS``), and one place in the text
is reported once, by the most specific check ("Jon" is a name fault, not also a spelling one).

The core loads no dictionary: without a ``Speller`` the spelling check is skipped and the rest still
runs. K15: only names from the records are never sent to it: people, the company, the candidate and the
words the user added (``Profile.words``), and the capitalised words inside the records' sentences (the
"Keller" of "the Keller trial"). Talking points, debrief notes and hooks are not a dictionary: a typo
copied from them into a note is still a typo. Acronyms (all capitals, up to five letters), words inside
links and email addresses, and capitalised words inside a sentence (names the records may not hold:
people, places, products) are not spell-checked either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.anatomy import BULLET, DOMAIN, EMAIL, URL, Span, words_in
from followup.core.checks.base import (
    SCRIPTS,
    WRITTEN,
    Message,
    Need,
    TextRule,
    flag,
    hook_text,
    near_name,
    span_of,
)
from followup.core.checks.grammar import grammar_faults
from followup.core.drafts import DraftContext, TextFinding

TEXT_SPEAK = {
    "u": "you",
    "ur": "your",
    "thx": "thank you",
    "thnx": "thank you",
    "pls": "please",
    "plz": "please",
    "btw": "by the way",
    "lol": "",
    "imo": "in my opinion",
    "tbh": "",
    "gonna": "going to",
    "wanna": "want to",
    "b/c": "because",
    "w/": "with",
}
_TEXT_SPEAK = re.compile(
    r"(?<![\w/@.])(?:(u|ur|thx|thnx|pls|plz|btw|lol|imo|tbh|gonna|wanna)(?![\w'’/@]|\.\w)|(b/c|w/))",
    re.IGNORECASE,
)
_LONE_I = re.compile(r"(?<![\w'’.-])i(?=['’]\w|[\s,;:!?)]|$)")
_EMOJI = re.compile(
    r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2B06\u2B07\u2B05\u2194-\u2199\uFE0F]"
    r"|(?<![\w:/])(?:[:;=]-?[)(DPp]|<3)(?!\w)"
)
_PAIR = re.compile(r"(?=\b([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)\b)")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+([A-Z][\w'’-]+)")
_END = re.compile(r"[.!?][\"'”’)\]]*$")
# A proposed slot on a line of its own ("Tuesday 1 September, 10:00 am"): a list item, with no end mark.
_SLOT_LINE = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? [^.!?]{0,40}?\b\d{1,2}(?:[:.]\d{2})?"
    r"\s*(?:[ap]\.?\s?m\.?)?$",
    re.IGNORECASE,
)


def _slots(text: str) -> bool:
    """Proposed slots, one to a line: a list, whose items end with no mark (C-25's three times)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_SLOT_LINE.match(line) for line in lines)


_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"


def c11_proofread(m: Message) -> Iterator[TextFinding]:
    """C-11: every proofreading fault, once per place in the text (the first check to claim it wins)."""
    claimed: list[tuple[int, int]] = []
    for found in _faults(m):
        if found.kind in _WHOLE_SENTENCE:  # a sentence's end or its marks: not a word's fault
            yield found
            continue
        span = (found.start, found.end)
        if any(a < span[1] and span[0] < b for a, b in claimed):
            continue
        claimed.append(span)
        yield found


_WHOLE_SENTENCE = frozenset({"punctuation", "exclamation"})


def _faults(m: Message) -> Iterator[TextFinding]:
    """In order of precedence: names, text-speak, a lone "i", grammar, spelling, then the sentence marks."""
    parts = (m.parts.greeting, *m.parts.paragraphs, m.parts.closing, *m.parts.postscript)
    regions = [r for r in parts if r is not None]
    yield from _name_faults(m, regions)
    yield from _text_speak(m, regions)
    for region in regions:
        for lone in _LONE_I.finditer(m.text, region.start, region.end):
            yield flag(
                "W-PROOF",
                "C-11",
                'A lone lowercase "i".',
                (lone.start(), lone.end()),
                "I",
                kind="lowercase-i",
            )
    yield from grammar_faults(m)
    yield from _spelling(m, regions)
    yield from _sentences(m)
    marks = [i for r in regions for i in range(r.start, r.end) if m.text[i] == "!"]
    if len(marks) > 1:
        yield flag(
            "W-PROOF",
            "C-11",
            f"{len(marks)} exclamation marks: keep at most one.",
            (marks[0], marks[-1] + 1),
            "Use full stops instead of the extra exclamation marks.",
            kind="exclamation",
        )
    for emoji in _EMOJI.finditer(m.text):
        yield flag(
            "W-PROOF",
            "C-11",
            "Emoji have no place in a business letter.",
            (emoji.start(), emoji.end()),
            kind="emoji",
        )


def _text_speak(m: Message, regions: list[Span]) -> Iterator[TextFinding]:
    for region in regions:
        for hit in _TEXT_SPEAK.finditer(m.text, region.start, region.end):
            instead = TEXT_SPEAK[hit.group().lower()]
            yield flag(
                "W-PROOF",
                "C-11",
                f"Text-speak: {hit.group()!r}.",
                (hit.start(), hit.end()),
                instead or "Leave it out.",
                kind="textspeak",
            )


def record_vocabulary(ctx: DraftContext) -> frozenset[str]:
    """Lowercased names from the records that a dictionary may not know (K15): people, the company, the
    candidate, the user's own words, and the capitalised words inside the records' sentences."""
    app = ctx.application
    names = [app.company.name, ctx.profile.name, *ctx.profile.words, *ctx.routed_names]
    names += [*ctx.offer_sources, *(event.source for event in app.events if event.source)]
    names += [part for person in app.people for part in (person.first, person.last, person.honorific)]
    sentences = [app.position, *(hook_text(h) for h in ctx.hooks), hook_text(ctx.news) if ctx.news else ""]
    sentences += [person.title for person in app.people]
    sentences += [point for person in app.people for point in person.talking_points]
    for interview in app.interviews:
        d = interview.debrief
        sentences += [d.fit_statement, *d.emphasized, *d.to_supplement, *d.takeaways, *d.excitements]
    words: set[str] = set()
    for text in names:
        for w in words_in(text):
            low = w.text.lower().replace("’", "'")
            words.add(low)
            words.update(low.split("-"))
    for text in sentences:
        words.update(_names_inside(text))
    return frozenset(words)


def _names_inside(text: str) -> Iterator[str]:
    """The capitalised words of a text that are not where a sentence starts ("Keller" in "the Keller
    trial"), and words with a capital inside ("HubSpot"): names, lowercased."""
    for n, w in enumerate(words_in(text)):
        head = text[: w.start].rstrip()
        opening = n == 0 or head.endswith((".", "!", "?", ":", "(", '"', "“"))
        inner = any(ch.isupper() for ch in w.text[1:])
        if (w.text[:1].isupper() and not opening) or inner:
            yield w.text.lower().replace("’", "'")


# Prefixes written with a hyphen before a word or a year ("pre-1945 stock", "mid-2020s"): not words alone.
_PREFIXES = frozenset(str.split("pre post mid non co re sub multi anti inter intra semi ex self"))


def _spelling(m: Message, regions: list[Span]) -> Iterator[TextFinding]:
    if m.speller is None:
        return
    known = record_vocabulary(m.ctx)
    skip = [(x.start(), x.end()) for p in (URL, EMAIL, DOMAIN) for x in p.finditer(m.text)]
    openings = _openings(m, regions)
    candidates: list[tuple[Span, list[str]]] = []
    for region in regions:
        for word in words_in(m.text, region.start, region.end):
            if any(a <= word.start < b for a, b in skip) or _TEXT_SPEAK.fullmatch(word.text):
                continue
            if word.start > 0 and m.text[word.start - 1].isdigit():
                continue  # "17th", "3pm", "2nd": the letters of a number
            if word.text.lower() in _PREFIXES and m.text[word.end : word.end + 2][:1] == "-":
                continue  # "pre-1945 stock", "mid-2020s": a prefix before a number
            if word.text[:1].isupper() and word.start not in openings:
                continue  # a name, most likely: of a person, a place or a product the records may not hold
            if word.text.isupper() and len(word.text) <= 5:
                continue
            low = word.text.replace("’", "'").removesuffix("'s").removesuffix("'S")
            if low.lower() in known:
                continue
            pieces = low.split("-")
            parts = [
                p
                for i, p in enumerate(pieces)
                if len(p) > 1
                and p.lower() not in known
                and not (p.lower() in _PREFIXES and i + 1 < len(pieces))  # "pre-1945", "co-author"
            ]
            if parts:
                candidates.append((word, parts))
    asked = list(dict.fromkeys(p for _, parts in candidates for p in parts))
    unknown = {u.lower() for u in m.speller(asked)} if asked else set()
    names = _recorded_names(m)
    for word, parts in candidates:
        if any(p.lower() in unknown for p in parts):
            close = next((n for n in names if word.text[:1].isupper() and near_name(word.text, n)), "")
            message = f"{word.text!r} is not in the dictionary" + (
                f"; did you mean {close}?" if close else "."
            )
            kind = "name" if close else "spelling"
            yield flag("W-PROOF", "C-11", message, span_of(word), close, kind=kind)


def _openings(m: Message, regions: list[Span]) -> set[int]:
    """Where sentences (and the greeting and closing) start: a capital there says nothing of a name."""
    starts = [s for s, _ in m.sentences] + [r for r in (m.parts.greeting, m.parts.closing) if r]
    return {words[0].start for s in starts if (words := words_in(m.text, s.start, s.end))}


def _recorded_names(m: Message) -> list[str]:
    names = [n for p in m.ctx.application.people for n in (p.first, p.last) if n]
    return names + m.full_name.split()


def _name_faults(m: Message, regions: list[Span]) -> Iterator[TextFinding]:
    """A recorded person's name spelled differently: next to the rest of their name, after a title, or
    in the greeting to them."""
    people = [(p.first, p.last) for p in m.ctx.application.people]
    if len(m.full_name.split()) >= 2:
        people.append((m.full_name.split()[0], m.full_name.split()[-1]))
    exact = {n.lower() for pair in people for n in pair if n}
    seen: set[int] = set()

    def fault(start: int, token: str, right: str) -> TextFinding | None:
        bare = re.sub(r"['’]s?$", "", token)  # "Alvarez's", "Jones'": the name with its possessive
        if start in seen or token.lower() in exact or bare.lower() in exact or not near_name(token, right):
            return None
        seen.add(start)
        return flag(
            "W-PROOF",
            "C-11",
            f"{token!r}: the records spell this name {right!r}.",
            (start, start + len(token)),
            right,
            kind="name",
        )

    found: list[TextFinding | None] = []
    for region in regions:
        for pair in _PAIR.finditer(m.text, region.start, region.end):
            a, b = pair.group(1), pair.group(2)
            for first, last in people:
                if last and b == last:
                    found.append(fault(pair.start(1), a, first))
                if first and a == first:
                    found.append(fault(pair.start(2), b, last))
        for titled in _TITLED.finditer(m.text, region.start, region.end):
            token = titled.group(1)
            close = [last for _, last in people if last and near_name(token, last)]
            if close:
                found.append(fault(titled.start(1), token, close[0]))
    greeting, person = m.parts.greeting, m.recipient
    if greeting is not None and person is not None:
        for word in words_in(m.text, greeting.start, greeting.end)[1:]:
            for right in (person.first, person.last):
                found.append(fault(word.start, word.text, right))
    yield from (f for f in found if f is not None)


def _sentences(m: Message) -> Iterator[TextFinding]:
    sentences = m.sentences
    greeting = m.parts.greeting
    # "Hi John, great to meet you." : the body goes on the greeting's sentence, in lower case.
    continued = (
        greeting is not None
        and bool(sentences)
        and greeting.text.endswith(",")
        and "\n" not in m.text[greeting.end : sentences[0][0].start]
    )
    listing = False
    for n, (sentence, bullet) in enumerate(sentences):
        text = sentence.text
        lead = BULLET.match(text) if bullet else None
        first = next(iter(words_in(m.text, sentence.start + (lead.end() if lead else 0), sentence.end)), None)
        opening = text[lead.end() if lead else 0 :].lstrip("\"'“‘([ ")
        if (
            first is not None
            and not (n == 0 and continued)
            and opening[:1].isalpha()
            and opening[:1].islower()
            and first.text == first.text.lower()
            and not re.match(r"(https?:|www\.)", opening)
        ):
            yield flag(
                "W-PROOF",
                "C-11",
                "A sentence starts in lower case.",
                span_of(first),
                first.text[:1].upper() + first.text[1:],
                kind="capital",
            )
        own_line = m.text[: sentence.start].rstrip(" \t").endswith("\n")
        listing = own_line and (listing or (n > 0 and sentences[n - 1][0].text.endswith(":")))
        if (
            bullet
            or _END.search(text)
            or URL.search(last := text.split()[-1])
            or DOMAIN.match(last)
            or _slots(text)
        ):
            continue
        if listing:
            continue  # the lines of a list under "My two referees are:", each on its own line, unbulleted
        signed = text.rstrip(_CLOSING_QUOTES)
        names = (m.full_name, m.full_name.split()[0]) if m.full_name else ()
        if signed in names and (n == len(sentences) - 1 or signed != text):
            continue  # a note signed with the name at its end, or a quoted note signed inside its quote
        following = sentences[n + 1] if n + 1 < len(sentences) else None
        if (
            text.endswith(":")
            and following is not None
            and (
                following[1]
                or following[0].text[:1] in _OPENING_QUOTES
                or m.text[: following[0].start].rstrip(" \t").endswith("\n")
            )
        ):
            continue  # a list, or a quoted note, follows
        yield flag(
            "W-PROOF",
            "C-11",
            "A sentence does not end with . ? or !",
            span_of(sentence),
            text.rstrip(",;:- ") + ".",
            kind="punctuation",
        )


def c11_script_grammar(m: Message) -> Iterator[TextFinding]:
    """C-11 on a call or voicemail script: it is read aloud, so its spelling and sentence marks are the
    candidate's own notes, but its grammar is what the reader hears ("Ms Walsh, Mr Pillai and me had"),
    and the script is written text the candidate keeps: the grammar pass applies, once per place."""
    claimed: list[tuple[int, int]] = []
    for found in grammar_faults(m):
        span = (found.start, found.end)
        if any(a < span[1] and span[0] < b for a, b in claimed):
            continue
        claimed.append(span)
        yield found


RULES = (
    TextRule(
        "C-11", WRITTEN - SCRIPTS, c11_proofread, partial=((Need.APPLICATION, "names spelled as recorded"),)
    ),
    TextRule("C-11", SCRIPTS, c11_script_grammar),
)
