"""C-11, proofreading: write it as a business letter. One W-PROOF finding per fault, pointing at it.

What is checked, in greeting, body and closing (the signature and the subject hold names, numbers and
addresses and are left alone): words the shell's spell checker does not know, text-speak, sentences
that start in lower case or end without . ? or !, a lone lowercase "i", more than one "!", emoji and
emoticons, and people's names spelled differently from the records ("Jon Whitaker" for John).

The core loads no dictionary: without a ``Speller`` the spelling check is skipped and the rest still
runs. Words from the records (people, company, position, the candidate's profile and own dictionary,
talking points, debrief notes, hooks) are never sent to it. Acronyms (all capitals, up to five letters)
and words inside links and email addresses are not spell-checked either. Without the application's
records, a capitalised word inside a sentence is taken for a name they would have known, and is not
sent to the speller either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.core.checks.anatomy import BULLET, EMAIL, URL, Span, words_in
from followup.core.checks.base import SCRIPTS, WRITTEN, Message, Need, TextRule, flag, near_name, span_of
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


def c11_proofread(m: Message) -> Iterator[TextFinding]:
    regions = [r for r in (m.parts.greeting, *m.parts.paragraphs, m.parts.closing) if r is not None]
    names = list(_name_faults(m, regions))
    taken = {(f.start, f.end) for f in names}
    yield from names
    yield from _text_speak(m, regions)
    yield from (f for f in _spelling(m, regions) if (f.start, f.end) not in taken)
    yield from _sentences(m)
    for region in regions:
        for lone in _LONE_I.finditer(m.text, region.start, region.end):
            yield flag("W-PROOF", "C-11", 'A lone lowercase "i".', (lone.start(), lone.end()), "I")
    marks = [i for r in regions for i in range(r.start, r.end) if m.text[i] == "!"]
    if len(marks) > 1:
        yield flag(
            "W-PROOF",
            "C-11",
            f"{len(marks)} exclamation marks: keep at most one.",
            (marks[0], marks[-1] + 1),
            "Use full stops instead of the extra exclamation marks.",
        )
    for emoji in _EMOJI.finditer(m.text):
        yield flag(
            "W-PROOF", "C-11", "Emoji have no place in a business letter.", (emoji.start(), emoji.end())
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
            )


def record_vocabulary(ctx: DraftContext) -> frozenset[str]:
    """Lowercased words of the records that a dictionary may not know (names, places, the user's terms)."""
    app = ctx.application
    texts = [app.company.name, app.position, ctx.profile.name, ctx.profile.email, ctx.profile.postal_address]
    texts += list(ctx.profile.words) + list(ctx.hooks) + [ctx.news, *ctx.routed_names]
    for person in app.people:
        texts += [person.first, person.last, person.honorific, person.title, *person.talking_points]
    for interview in app.interviews:
        d = interview.debrief
        texts += [d.fit_statement, *d.emphasized, *d.to_supplement, *d.takeaways, *d.excitements]
        texts += [interview.location]
    words: set[str] = set()
    for text in texts:
        for w in words_in(text):
            low = w.text.lower().replace("’", "'")
            words.add(low)
            words.update(low.split("-"))
    return frozenset(words)


def _spelling(m: Message, regions: list[Span]) -> Iterator[TextFinding]:
    if m.speller is None:
        return
    known = record_vocabulary(m.ctx)
    skip = [(x.start(), x.end()) for p in (URL, EMAIL) for x in p.finditer(m.text)]
    openings = None if m.knows(Need.APPLICATION) else _openings(m, regions)
    candidates: list[tuple[Span, list[str]]] = []
    for region in regions:
        for word in words_in(m.text, region.start, region.end):
            if any(a <= word.start < b for a, b in skip) or _TEXT_SPEAK.fullmatch(word.text):
                continue
            if openings is not None and word.text[:1].isupper() and word.start not in openings:
                continue  # a name, most likely, and no records to know it by
            if word.text.isupper() and len(word.text) <= 5:
                continue
            low = word.text.replace("’", "'").removesuffix("'s").removesuffix("'S")
            if low.lower() in known:
                continue
            parts = [p for p in low.split("-") if len(p) > 1 and p.lower() not in known]
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
            yield flag("W-PROOF", "C-11", message, span_of(word), close)


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
        if start in seen or token.lower() in exact or not near_name(token, right):
            return None
        seen.add(start)
        return flag(
            "W-PROOF",
            "C-11",
            f"{token!r}: the records spell this name {right!r}.",
            (start, start + len(token)),
            right,
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
            )
        if bullet or _END.search(text) or URL.search(text.split()[-1]):
            continue
        if n == len(sentences) - 1 and m.full_name and text in (m.full_name, m.full_name.split()[0]):
            continue  # a note signed with the name at its end
        following = sentences[n + 1] if n + 1 < len(sentences) else None
        if text.endswith(":") and following is not None and following[1]:
            continue
        yield flag(
            "W-PROOF",
            "C-11",
            "A sentence does not end with . ? or !",
            span_of(sentence),
            text.rstrip(",;:- ") + ".",
        )


RULES = (
    TextRule(
        "C-11", WRITTEN - SCRIPTS, c11_proofread, partial=((Need.APPLICATION, "names spelled as recorded"),)
    ),
)
