"""The parts of a message as the checker sees them: greeting, body paragraphs, closing and signature,
each with its character span in the text, plus the words and sentences of the body.

A text the user wrote has no markup, so the parts are found heuristically (``parse_message``): the
greeting is the first line (or the start of it) when it opens with Dear/Hi/Hello/Hey/Good morning...;
the closing is a short line near the end that reads like a sign-off ("Kind regards,", "Cheers"), or a
short line ending in a comma followed by a few short lines; the signature is whatever follows the
closing, or, without a closing, a trailing block of short lines that holds the candidate's name, an
email address or a phone number. Everything between greeting and closing is the body. A ``Draft``
made by the composer carries its parts, so ``anatomy_of_draft`` places them exactly instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from followup.core.drafts import Draft


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Anatomy:
    greeting: Span | None
    paragraphs: tuple[Span, ...]
    closing: Span | None
    signature: tuple[Span, ...]  # one span per line
    # a postscript below the signature ("P.S. ..."), without its mark: read and proofread like the body,
    # but not one of its paragraphs (a thank-you's three paragraphs are counted without it)
    postscript: tuple[Span, ...] = ()

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in (*self.paragraphs, *self.postscript))

    @property
    def body_span(self) -> tuple[int, int]:
        if not self.paragraphs:
            return (0, 0)
        return (self.paragraphs[0].start, self.paragraphs[-1].end)


GREETING = re.compile(
    r"(dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|to whom it may concern)\b",
    re.IGNORECASE,
)
SALUTATION = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[,:]")
CLOSING_PHRASE = (
    r"(?:(?:with\s+)?(?:kind|kindest|best|warm|warmest|many|warm\s+and\s+kind)\s+(?:regards|wishes|thanks)"
    r"|all\s+the\s+best|regards|yours\s+(?:sincerely|truly|faithfully|respectfully)"
    r"|sincerely(?:\s+yours)?|respectfully(?:\s+yours)?|cheers|best|thanks(?:\s+again|\s+so\s+much)?"
    r"|thank\s+you(?:\s+again|\s+so\s+much)?|thx|thnx|cordially|warmly|take\s+care|talk\s+soon"
    r"|speak\s+soon|with\s+(?:gratitude|appreciation|thanks)|gratefully|ttyl|later|love|xo+)"
)
CLOSING_LINE = re.compile(rf"(?P<c>{CLOSING_PHRASE})\s*[,.!]*", re.IGNORECASE)
CLOSING_AND_NAME = re.compile(rf"(?P<c>{CLOSING_PHRASE}\s*[,.!-]+)\s*(?P<rest>\S.*)", re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # from a run's start only: linear time
PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?![\w])")
URL = re.compile(r"\b(?:https?://|www\.)\S+[^\s.,;:!?)\]]", re.IGNORECASE)
# A web address written without its scheme ("marisolvega.example.com/case-studies"): a name, not words.
DOMAIN = re.compile(
    r"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:com|org|net|io|co|uk|ca|au|nz|ie|edu|gov|dev|app|me|info|design|studio|site|page|xyz|ai|tech)"
    r"\b(?:/[^\s,;!?)\]]*[^\s.,;:!?)\]])?",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
BULLET = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_ABBREVIATIONS = frozenset(
    str.split(
        "mr mrs ms dr prof st sr jr inc ltd co corp llc vs etc e.g i.e a.m p.m no approx dept est "
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
    )
)


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The lines of ``text[start:end]``, each trimmed of surrounding blanks (empty lines kept)."""
    stop = len(text) if end is None else end
    found: list[Span] = []
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        raw = text[pos:line_end]
        left = len(raw) - len(raw.lstrip())
        right = len(raw.rstrip())
        if right <= left:
            found.append(Span(pos, pos, ""))
        else:
            found.append(Span(pos + left, pos + right, raw[left:right]))
        if nl < 0:
            break
        pos = nl + 1
    return found


def _strip(text: str, start: int, end: int) -> Span | None:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return Span(start + left, start + right, piece[left:right]) if right > left else None


def _short(line: str, words: int) -> bool:
    return len(line.split()) <= words


def _signature_like(line: str) -> bool:
    return _short(line, 8) and not line.endswith("?") and not (line.endswith(".") and not _short(line, 5))


def _identifies(line: str, names: tuple[str, ...]) -> bool:
    low = line.lower()
    return bool(EMAIL.search(line) or PHONE.search(line) or any(n and n.lower() in low for n in names))


def parse_message(text: str, names: tuple[str, ...] = ()) -> Anatomy:
    """Find greeting, body paragraphs, closing and signature in a plain text (see the module docstring).

    ``names`` are the candidate's name and its parts: a line holding one of them is a signature line,
    never a closing."""
    lines = lines_of(text)
    filled = [i for i, line in enumerate(lines) if line.text]
    if not filled:
        return Anatomy(None, (), None, ())
    greeting: Span | None = None
    at = _greeting_line(lines, filled)
    first = lines[at]
    body_from = first.start  # character where the body starts
    body_line = at
    match = GREETING.match(first.text) or _salutation(first.text, len(filled))
    if match:
        if _short(first.text, 6):
            greeting, body_line = first, at + 1
            body_from = lines[body_line].start if body_line < len(lines) else len(text)
        else:
            head = re.compile(r"[^,:;!—]{0,60}?[,:;!—]").match(first.text)
            if head is None:
                head = re.compile(r"\S+(?:\s+[A-Z][\w.'’-]*){0,3}").match(first.text, match.end() - 1)
            cut = head.end() if head else match.end()
            greeting = Span(first.start, first.start + cut, first.text[:cut])
            body_from = first.start + cut
    tail_lines = [i for i in filled if i >= body_line and lines[i].start >= body_from]
    ps_line, ps_from = _postscript(lines, tail_lines)
    ps_to = len(text)
    if ps_line is not None:
        closing, signature, body_to = _tail(text, lines, [i for i in tail_lines if i < ps_line], names)
        if closing is None and not signature:
            # A "P.S." above the sign-off: many people put it there, and it is still a postscript (not a
            # fourth paragraph of the body); a "PS" with no sign-off anywhere is read as it stands.
            closing, signature, ps_to = _tail(text, lines, tail_lines, names)
            body_to = lines[ps_line].start
            if closing is None and not signature:
                ps_line, body_to = None, len(text)
    else:
        closing, signature, body_to = _tail(text, lines, tail_lines, names)
        if closing is None and not signature:
            body_to = len(text)
    paragraphs = tuple(_paragraphs(text, body_from, body_to))
    postscript = tuple(_paragraphs(text, ps_from, ps_to)) if ps_line is not None else ()
    return Anatomy(greeting, paragraphs, closing, tuple(signature), postscript)


# "P.S.", "PS:", "P.P.S." opening a line: a postscript
_PS_MARK = re.compile(r"(?:P\.\s?){1,2}S\.?(?=[\s:,-])\s*[:,-]?\s*|P{1,2}S(?=[\s:-])\s*[:-]?\s*")


def _postscript(lines: list[Span], filled: list[int]) -> tuple[int | None, int]:
    """The line where a postscript starts, after the body's first line, and where its words start."""
    for i in filled[1:]:
        mark = _PS_MARK.match(lines[i].text)
        if mark and mark.end() < len(lines[i].text):
            return i, lines[i].start + mark.end()
    return None, 0


def _salutation(line: str, lines: int) -> re.Match[str] | None:
    """A bare name line such as "Mr. Whitaker," opening a message of several lines."""
    if lines < 2 or CLOSING_LINE.fullmatch(line):
        return None
    return SALUTATION.fullmatch(line)


def _greeting_line(lines: list[Span], filled: list[int]) -> int:
    """The line of the greeting: the first line, or the first greeting after a header of short lines
    (a letter's addresses and date)."""
    for n in filled[:15]:
        if GREETING.match(lines[n].text):
            header = [lines[h].text for h in filled if h < n]
            if all(_signature_like(h) for h in header):
                return n
            break
    return filled[0]


def _tail(
    text: str, lines: list[Span], filled: list[int], names: tuple[str, ...]
) -> tuple[Span | None, list[Span], int]:
    """Closing, signature lines and where the body ends."""
    candidates = filled[-8:]
    for n in range(len(candidates) - 1, -1, -1):
        i = candidates[n]
        line = lines[i]
        after = [lines[j] for j in candidates[n + 1 :]]
        if any(not _short(a.text, 12) or a.text.endswith("?") for a in after):
            break
        alone = not after and (line.text.endswith(".") or i == filled[0])  # a body's last sentence
        if CLOSING_LINE.fullmatch(line.text) and not alone:
            return line, after, line.start
        both = CLOSING_AND_NAME.fullmatch(line.text)
        if both and _short(both["rest"], 4) and not both["rest"].rstrip().endswith((".", "?")):
            cut = line.start + both.end("c")
            closing = Span(line.start, cut, line.text[: both.end("c")].rstrip())
            rest = _strip(text, cut, line.end)
            return closing, ([rest] if rest else []) + after, line.start
        if (
            after
            and line.text.endswith(",")
            and _short(line.text, 3)
            and not re.search(r"[\d@]", line.text)
            and not _identifies(line.text, names)
        ):
            return line, after, line.start
    # no closing: a trailing block of short lines that identifies the sender is the signature
    block: list[Span] = []
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.text:
            if block:
                break
            continue
        if not filled or i < filled[0] or not _signature_like(line.text):
            break
        block.insert(0, line)
    if block and any(_identifies(line.text, names) for line in block) and len(block) < len(filled):
        return None, block, block[0].start
    return None, [], len(text)


def _paragraphs(text: str, start: int, end: int) -> Iterator[Span]:
    current: list[Span] = []
    for line in lines_of(text, start, end):
        if line.text:
            current.append(line)
        elif current:
            yield Span(current[0].start, current[-1].end, text[current[0].start : current[-1].end])
            current = []
    if current:
        yield Span(current[0].start, current[-1].end, text[current[0].start : current[-1].end])


def anatomy_of_draft(draft: Draft) -> Anatomy:
    """The parts of a composed draft, placed exactly where ``Draft.text`` puts them."""
    text = draft.text
    pos = 0
    greeting: Span | None = None
    if draft.greeting:
        greeting = Span(0, len(draft.greeting), draft.greeting)
        pos = len(draft.greeting) + 2
    paragraphs: list[Span] = []
    if draft.body:
        for paragraph in draft.paragraphs:
            piece = _strip(text, pos, pos + len(paragraph))
            if piece:
                paragraphs.append(piece)
            pos += len(paragraph) + 2
    tail = [line for line in (draft.closing, *draft.signature) if line]
    closing: Span | None = None
    signature: list[Span] = []
    for n, line in enumerate(tail):
        span = Span(pos, pos + len(line), line)
        if n == 0 and draft.closing:
            closing = span
        else:
            signature.append(span)
        pos += len(line) + 1
    return Anatomy(greeting, tuple(paragraphs), closing, tuple(signature))


# --- words and sentences -------------------------------------------------------------------------------
def words_in(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Letter words (with inner hyphens and apostrophes) and their spans."""
    stop = len(text) if end is None else end
    return [Span(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, stop)]


def _is_bullet(line: str) -> bool:
    return BULLET.match(line) is not None


def sentences_in(text: str, paragraph: Span) -> list[tuple[Span, bool]]:
    """The sentences of one paragraph, each with a flag: True when it is a list item (a bullet line)."""
    found: list[tuple[Span, bool]] = []
    for chunk, bullet in _chunks(text, paragraph):
        begin = chunk.start
        for m in re.finditer(r"[.!?]+[\"'”’)\]]*(?=\s|$)", text[chunk.start : chunk.end]):
            stop = chunk.start + m.end()
            before = re.search(r"([\w.]+)[.!?]+[\"'”’)\]]*$", text[begin:stop])
            token = before.group(1).lower().rstrip(".") if before else ""
            if m.group().startswith(".") and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
                continue
            piece = _strip(text, begin, stop)
            if piece:
                found.append((piece, bullet))
            begin = stop
        piece = _strip(text, begin, chunk.end)
        if piece:
            found.append((piece, bullet))
    return found


def _chunks(text: str, paragraph: Span) -> Iterator[tuple[Span, bool]]:
    """A paragraph cut at bullet lines: running text, then one chunk per list item."""
    lines = [line for line in lines_of(text, paragraph.start, paragraph.end) if line.text]
    run: list[Span] = []
    for line in lines:
        if _is_bullet(line.text):
            if run:
                yield Span(run[0].start, run[-1].end, text[run[0].start : run[-1].end]), False
                run = []
            yield line, True
        else:
            run.append(line)
    if run:
        yield Span(run[0].start, run[-1].end, text[run[0].start : run[-1].end]), False
