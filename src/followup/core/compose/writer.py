"""The composer's working parts: the ``Writer`` that picks wording for one draft and collects what is
missing, the sentences and paragraphs it builds (``Part``, ``Message``), new material (``Hook``), and the
text helpers every builder shares (dates, names, greetings). Pure; see ``composer`` for the design."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from zoneinfo import ZoneInfo

from followup.core.checks.grammar import indefinite_article
from followup.core.compose import shapes
from followup.core.compose.material import Material, Piece, material_for
from followup.core.compose.wording import Bank, common, thanks
from followup.core.compose.wording import debrief as frames
from followup.core.drafts import DraftContext
from followup.core.model import Person, Role

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# A talking point that starts like a clause ("both ran the Denver marathon") only fits the colon forms.
_CLAUSE_STARTS = frozenset({"we", "both", "you", "i", "i'm", "we're", "you're", "they", "he", "she", "it"})
_STATUS_SUFFIX = re.compile(r"\s*\((" + "|".join(common.STATUS_PHRASES) + r")\)\s*$", re.IGNORECASE)
THANK_YOU_ROUND = frozenset({"TY", "TA", "TY-FWD"})


# --- the pieces of a message ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Part:
    """One sentence; ``drop`` > 0 marks it optional, higher numbers going first when a draft is too long."""

    text: str
    drop: int = 0


@dataclass
class Message:
    paragraphs: list[list[Part]]
    channel: str = "email"
    greeting: bool = True
    closing: str = ""  # "" = the writer's pick from the C-10 closings
    signed: bool = True
    cc: tuple[str, ...] = ()
    step_key: str = ""


@dataclass
class Writer:
    """Picks wording for one draft and collects what is missing. Lives for one composition only."""

    ctx: DraftContext
    missing: list[str] = field(default_factory=list)
    # The frames this draft has used so far: two sentences of one note never share a turn of phrase
    # ("... stays with me: X. What stays with me from the day: Y." reads as a form filled twice).
    framed: set[tuple[str, ...]] = field(default_factory=set)

    @property
    def person(self) -> Person | None:
        return self.ctx.recipient

    def need(self, what: str) -> None:
        if what not in self.missing:
            self.missing.append(what)

    def pick(self, element: str, bank: Sequence[str]) -> str:
        seed = f"{self.ctx.application.id}|{self.ctx.action}|{element}".encode()
        return bank[(_hashed(seed) + self._position()) % len(bank)]

    def pick_once(self, element: str, bank: Sequence[str], scope: str) -> str:
        """One variant for everything in ``scope`` (a round, a candidate), whoever the reader is."""
        return bank[_hashed(f"{scope}|{element}".encode()) % len(bank)]

    def formal(self, person: Person | None) -> str:
        return formal_name(person, self.ctx.profile.country)

    def _position(self) -> int:
        if self.person is None:
            return 0
        ids = [p.id for p in self.ctx.application.people]
        if self.person.id in ids:
            return ids.index(self.person.id)
        return int.from_bytes(hashlib.sha256(self.person.id.encode()).digest()[:4], "big")

    def say(self, element: str, bank: Sequence[str], **extra: str) -> str:
        """A variant of ``bank`` filled in; variants needing a field that is empty are avoided."""
        values = self.fields() | extra
        usable = [v for v in bank if all(values.get(k) for k in re.findall(r"\{(\w+)\}", v))] or list(bank)
        chosen = self.pick(element, usable)
        start = usable.index(chosen)
        order = [usable[(start + i) % len(usable)] for i in range(len(usable))]
        texts = [self._fill(t, values) for t in order]
        fresh = [n for n, t in enumerate(texts) if self.fresh(t)] or [0]
        n = next((n for n in fresh if not _trigrams(order[n]) & self.framed), fresh[0])
        self.framed |= _trigrams(order[n])
        return texts[n]

    @staticmethod
    def _fill(template: str, values: dict[str, str]) -> str:
        filled = {k: (values.get(k) or FALLBACK.get(k, "")) for k in re.findall(r"\{(\w+)\}", template)}
        return tidy(template.format(**filled))

    def fresh(self, text: str) -> bool:
        """C-16: a sentence of five words or more that an earlier message already carried is not fresh."""
        said = words(text)
        return len(said) < 5 or f" {' '.join(said)} " not in self.earlier

    @cached_property
    def earlier(self) -> str:
        return " " + " | ".join(" ".join(words(e.body)) for e in self.ctx.earlier_messages) + " "

    def fields(self) -> dict[str, str]:
        app = self.ctx.application
        return {
            "role": app.position.strip(),
            "company": app.company.name.strip(),
            "name": self.ctx.profile.name.strip(),
            "when": self.when(),
            "date": self.date(),
        }

    # dates
    def country(self) -> str:
        return self.ctx.application.company.country or self.ctx.profile.country

    def date(self) -> str:
        day = self.ctx.interview_date
        return day_text(day, self.country(), self.ctx.today) if day else ""

    def when(self) -> str:
        """The interview day as seen from the day the message goes: "today", "yesterday", "on Monday"."""
        day, today = self.ctx.interview_date, self.ctx.today
        if day is None:
            return "recently"
        if today is not None:
            gap = (today - day).days
            if gap == 0:
                return "today"
            if gap == 1:
                return "yesterday"
            if 1 < gap < 7:
                return f"on {_WEEKDAYS[day.weekday()]}"
        return f"on {day_text(day, self.country(), today)}"

    # facts from the records, checked for C-28 and asked for when absent
    def usable(self, text: str, what: str) -> bool:
        """C-28: user text that names an insider without permission is left out (and asked about)."""
        for insider in self.insiders():
            if mentions(text, insider):
                self.need(
                    f"permission from {insider.name} to be named ({what} mentions them, C-28): "
                    f"`followup person edit {insider.id} --may-name`, or reword it"
                )
                return False
        return True

    def insiders(self) -> list[Person]:
        """C-28: people at the company who may not be named: not on the panel, not running the process
        (HR, the main or designated contact), not addressed, and without permission."""
        app = self.ctx.application
        exempt = {app.main_contact, app.designated_contact} | ({self.person.id} if self.person else set())
        return [
            p
            for p in app.people
            if not p.on_panel and not p.permission_to_name and p.id not in exempt and p.role is not Role.HR
        ]

    def talking_point(self, person: Person | None = None, required: bool = True) -> str:
        """A talking point of the person (C-04): one not yet used with this company, else the first."""
        who = person or self.person
        if who is None:
            return ""
        points = [clean(t) for t in who.talking_points if clean(t)]
        points = [t for t in points if self.usable(t, f"the talking point {t!r}")]
        if not points:
            if required:
                self.need(
                    f"a talking point of {who.name} (C-04): add one with "
                    f"`followup person edit {who.id} --talking-point ...`"
                )
            return ""
        earlier = " ".join(e.body.lower() for e in self.ctx.earlier_messages)
        fresh = [t for t in points if t.lower() not in earlier]
        return (fresh or points)[0]

    def point_sentence(self, element: str, point: str, nouns: Bank, clauses: Bank, **extra: str) -> str:
        bank = clauses if is_clause(point) else nouns
        return self.say(element, bank, tp=point, **extra)

    def fit_statement(self) -> str:
        """The debrief's fit statement as a sentence of its shape ("I would bring ..." for a noun phrase);
        outside the thank-you round only if not sent before."""
        raw = self.debrief_fit()
        fit = f"I would bring {shapes.as_noun(raw)}." if shapes.shape_of(raw) == "noun" else sentence(raw)
        if not fit or not self.usable(fit, "the fit statement"):
            return ""
        return fit if self.ctx.action in THANK_YOU_ROUND or self.fresh(fit) else ""

    def debrief_fit(self) -> str:
        interview = self.ctx.application.current_interview
        return interview.debrief.fit_statement if interview else ""

    def emphasized(self) -> str:
        interview = self.ctx.application.current_interview
        items = [clean(e) for e in (interview.debrief.emphasized if interview else ()) if clean(e)]
        items = [e for e in items if self.usable(e, f"the emphasized item {e!r}")]
        return join(items[:2])

    def supplement(self) -> str:
        interview = self.ctx.application.current_interview
        items = [clean(s) for s in (interview.debrief.to_supplement if interview else ()) if clean(s)]
        earlier = " ".join(e.body.lower() for e in self.ctx.earlier_messages)
        items = [s for s in items if s.lower() not in earlier and self.usable(s, f"the item {s!r}")]
        return items[0] if items else ""

    def fit_parts(self, fit_bank: Bank, emphasis_bank: Bank) -> list[Part]:
        """C-02: the fit statement and what they stressed; asks for them when neither is recorded. A fit
        statement already sent is not copied again (C-16): a sentence of our own says it instead."""
        fit, emph = self.fit_statement(), self.emphasized()
        parts = []
        if fit:
            parts.append(Part(self.say("fit", fit_bank, fit=fit), drop=2))
        if emph:
            parts.append(Part(self.say("emphasis", emphasis_bank, emph=emph), drop=3 if fit else 2))
        if not fit and not emph:
            if self.debrief_fit().strip():
                parts.append(Part(self.say("fit", common.FIT_AGAIN), drop=2))
            else:
                self.need("why you fit the role (C-02): add it with `followup debrief --fit ...`")
        return parts

    # --- the thank-you round: each note from its reader's own material ----------------------------------
    @cached_property
    def material(self) -> Material | None:
        return material_for(self.ctx.application, self.person)

    def point_parts(self, person: Person | None = None, required: bool = True) -> list[Part]:
        """C-04: every talking point of the reader, each in the frame its shape takes; two noun phrases
        share a sentence. Points that name an insider are left out (C-28)."""
        who = person or self.person
        if who is None:
            return []
        points = [clean(t) for t in who.talking_points if clean(t)]
        points = [t for t in points if self.usable(t, f"the talking point {t!r}")]
        if not points:
            if required:
                self.need(
                    f"a talking point of {who.name} (C-04): add one with "
                    f"`followup person edit {who.id} --talking-point ...`"
                )
            return []
        nouns = [shapes.as_noun(t) for t in points if shapes.shape_of(t) in ("noun", "offer")]
        clauses = [shapes.as_clause(t) for t in points if shapes.shape_of(t) not in ("noun", "offer")]
        parts: list[Part] = []
        if nouns:
            first = join(nouns[:2])
            parts.append(Part(self.say(f"point-{who.id}", frames.POINT, x=first)))
            parts += [
                Part(self.say(f"point-more-{n}", frames.POINT_MORE, x=x), drop=3)
                for n, x in enumerate(nouns[2:4])
            ]
        for n, x in enumerate(clauses[:2]):
            bank = frames.POINT_MORE_CLAUSE if parts else frames.POINT_CLAUSE
            parts.append(Part(self.say(f"point-clause-{n}", bank, x=x), drop=3 if parts else 0))
        return parts

    def piece_parts(self) -> list[Part]:
        """C-02: the debrief's pieces given to this reader (``material``), each in its field's frame."""
        pieces = self.material.pieces if self.material else ()
        if self.material is None and self.debrief_fit().strip():
            pieces = (Piece("fit_statement", clean(self.debrief_fit()), own=False),)
        parts = []
        for n, piece in enumerate(pieces):
            if not self.usable(piece.text, f"the debrief item {piece.text!r}"):
                continue
            bank, x = shapes.bank_for(piece.field, piece.text, own=piece.own)
            if bank:
                parts.append(Part(self.say(f"piece-{piece.field}-{n}", bank, x=x), drop=2 + n))
        if not any(p.field in ("fit_statement", "emphasized") for p in pieces):
            self.need_fit_piece()
        return parts

    def need_fit_piece(self) -> None:
        interview = self.ctx.application.current_interview
        debrief = interview.debrief if interview else None
        if debrief is None or not (debrief.fit_statement.strip() or debrief.emphasized):
            self.need("why you fit the role (C-02): add it with `followup debrief --fit ...`")
            return
        who = self.person.name if self.person else "this reader"
        how = (
            "`followup debrief --edit` (under [emphasized])"
            if debrief.emphasized
            else ("`followup debrief --emphasized ...`")
        )
        self.need(
            f"a reason you fit for the note to {who}, one the other notes of the round do not use (C-02): "
            f"what {who} stressed, with {how}"
        )

    def role_interest(self) -> str:
        """C-01's interest, shaped by the reader's part in the interview and carrying their title: a
        hiring manager hears about their team, a peer about learning from them, HR about their view."""
        person = self.person
        if person is None or not person.title.strip():
            return self.say("interest", thanks.INTEREST)
        if person.role is Role.HIRING_MANAGER:
            bank = thanks.INTEREST_HIRING_MANAGER
        elif person.role is Role.HR:
            bank = thanks.INTEREST_HR
        else:
            bank = thanks.INTEREST_PEER
        return self.say("interest", bank, title=with_article(person.title.strip()))

    def round_items(self, present: bool) -> list[Part]:
        """C-03 and K13: the item to add goes once per round, on the note to the main contact."""
        if not self.ctx.round_contact:
            return []
        extra = self.supplement()
        if not extra:
            return []
        bank, x = shapes.bank_for("to_supplement", extra, present=present)
        return [Part(self.say("supplement", bank, x=x), drop=4)] if bank else []

    def fresh_hooks(self, tags: Sequence[str] = ()) -> list[Hook]:
        """C-18: material not used in any earlier message to this company, new kinds of material first."""
        used = {h for e in self.ctx.earlier_messages for h in e.hooks}
        used_tags = {h.split(":", 1)[0].strip().lower() for h in used}
        bodies = " ".join(e.body.lower() for e in self.ctx.earlier_messages)
        hooks = [parse_hook(h) for h in self.ctx.hooks if h.strip() and h not in used]
        hooks = [h for h in hooks if h.content and h.content.lower() not in bodies]
        hooks = [h for h in hooks if not tags or h.tag in tags]
        hooks = [h for h in hooks if self.usable(h.content, f"the material {h.content!r}")]
        return sorted(hooks, key=lambda h: h.tag in used_tags)

    def hook_sentence(self, hook: Hook) -> str:
        bank = common.HOOK_LINES.get(hook.tag, common.HOOK_LINES[""])
        return self.say(f"hook-{hook.tag}", bank, x=hook.rendered)

    def ending(self, question: bool = False) -> list[Part]:
        """The last paragraph of a thank-you-round note: final note (C-19), next steps (C-05), close."""
        parts = []
        if self.ctx.last_permitted_touch:
            parts.append(Part(self.say("final", common.FINAL_NOTE)))
        if question:
            parts.append(Part(self.say("next-steps", thanks.NEXT_STEPS)))
        parts.append(Part(self.say("close", thanks.TY_CLOSE)))
        return parts


def _hashed(seed: bytes) -> int:
    """A stable number for a seed (SHA-256, never Python's per-process ``hash``)."""
    return int.from_bytes(hashlib.sha256(seed).digest()[:8], "big")


FALLBACK = {"role": "open", "name": "a candidate", "company": "your company", "date": "a recent day"}


@dataclass(frozen=True)
class Hook:
    tag: str
    content: str
    status: str = ""

    @property
    def rendered(self) -> str:
        """The material as a clause: news with its status ("... has been accepted"), C-24. An article,
        idea, data point or connection is offered as it is ("the Forrester report", not "... has been
        published")."""
        if not self.status or self.status.lower() in self.content.lower() or self.tag in _OFFERED:
            return self.content
        return f"{self.content} {common.STATUS_PHRASES[self.status.lower()]}"


_OFFERED = frozenset({"article", "idea", "data", "connection"})


def parse_hook(text: str) -> Hook:
    tag, _, rest = text.partition(":")
    if rest and tag.strip().lower() in common.HOOK_TAGS:
        tag, content = tag.strip().lower(), rest.strip()
    else:
        tag, content = "", text.strip()
    match = _STATUS_SUFFIX.search(content)
    status = match.group(1).lower() if match else ""
    content = clean(content[: match.start()] if match else content)
    return Hook(tag, content, status)


# --- text helpers -------------------------------------------------------------------------------------------
def day_text(day: dt.date, country: str, today: dt.date | None) -> str:
    """ "Monday, March 2" (US) or "Monday 2 March"; the year only when it is not the current one."""
    weekday, month = _WEEKDAYS[day.weekday()], _MONTHS[day.month - 1]
    text = f"{weekday}, {month} {day.day}" if country == "US" else f"{weekday} {day.day} {month}"
    if today is not None and today.year != day.year:
        text += f", {day.year}" if country == "US" else f" {day.year}"
    return text


def moment_text(moment: dt.datetime, zone: ZoneInfo | None, country: str) -> str:
    """A slot in the recipient's time with the zone's abbreviation: "Tuesday, March 17 at 10:00 AM EDT"."""
    local = moment.astimezone(zone) if zone else moment
    if country == "US":
        hour = local.hour % 12 or 12
        clock = f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    else:
        clock = f"{local.hour:02d}:{local.minute:02d}"
    abbreviation = local.tzname() or ""
    return f"{day_text(local.date(), country, None)} at {clock} {abbreviation}".strip()


def mentions(text: str, person: Person) -> bool:
    """Whether ``text`` names ``person``: full name, honorific and surname, or a first name alone."""
    names = {person.name} if person.first and person.last else set()
    if person.honorific and person.last:
        names.add(f"{person.honorific} {person.last}")
    if len(person.first) >= 3:
        names.add(person.first)
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def with_article(title: str) -> str:
    """ "a Senior Analyst", "an Editor", but "Director of Marketing" and "Head of Content" alone."""
    first = title.split(" ", 1)[0].lower()
    if " of " in f" {title.lower()} " or first in _UNIQUE_TITLES:
        return title
    return f"{indefinite_article(title)} {title}"  # C-11: "an Underwriting Manager"


_UNIQUE_TITLES = frozenset(
    str.split(
        "head chief vp svp evp president ceo cto cfo coo cmo cio founder co-founder owner partner principal"
    )
)


def is_clause(point: str) -> bool:
    return point.split(" ", 1)[0].lower() in _CLAUSE_STARTS


def _trigrams(template: str) -> set[tuple[str, ...]]:
    """The turns of phrase of a frame: three words in a row of its own wording (never the user's)."""
    runs = [words(part) for part in re.split(r"\{\w+\}", template)]
    return {tuple(run[i : i + 3]) for run in runs for i in range(len(run) - 2)}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.lower().replace("’", "'"))


def clean(text: str) -> str:
    """User text for the middle of a sentence: trimmed, without closing punctuation."""
    return " ".join(text.split()).rstrip(".!?;:, ")


def sentence(text: str) -> str:
    """User text as a sentence of its own: a capital first and a full stop last."""
    cleaned = clean(text)
    return capital(cleaned) + "." if cleaned else ""


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def join(items: Sequence[str], sep: str = ", ", last: str = " and ") -> str:
    if len(items) <= 1:
        return "".join(items)
    return sep.join(items[:-1]) + last + items[-1]


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.;:?])", r"\1", text)


# C-09: "Ms." in North America, "Ms" in Britain and Australia (K12); elsewhere as recorded.
_DOTTED = frozenset({"US", "CA"})
_UNDOTTED = frozenset({"GB", "UK", "AU", "NZ", "IE", "ZA"})
_NEVER_DOTTED = frozenset({"miss", "sir", "dame", "professor", "madam"})


def honorific_for(honorific: str, country: str) -> str:
    """The honorific as the candidate's region writes it: "Ms." (US, Canada) or "Ms" (UK, Australia)."""
    base = honorific.strip().rstrip(".")
    if not base or base.lower() in _NEVER_DOTTED:
        return base
    region = country.strip().upper()
    if region in _DOTTED:
        return base + "."
    if region in _UNDOTTED:
        return base
    return honorific.strip()


def greeting_for(
    person: Person | None, ctx: DraftContext, formal: bool, ask_honorific: bool = True
) -> tuple[str, str]:
    """C-09, K12: "Dear {First}," only when invited (never in the formal letter); else "Dear {Honorific}
    {Last}," with the honorific in the candidate's regional form; without one, "Dear {First} {Last},"
    and the honorific is asked for (not on LinkedIn, where a full name is the norm's formal end)."""
    if person is None:
        return f"Dear {ctx.application.company.name} team,", ""
    first, last = person.first.strip(), person.last.strip()
    title = honorific_for(person.honorific, ctx.profile.country)
    if first and person.first_name_ok and not formal:
        return f"Dear {first},", ""
    if title and last:
        return f"Dear {title} {last},", ""
    if first and last:
        return f"Dear {first} {last},", (
            f"the honorific of {person.name} for the greeting (C-09), as they use it (Ms., Mr., Mx., "
            f"Dr. ...): `followup person edit {person.id} --honorific ...`"
        ) if ask_honorific else ""
    known = first or last or person.id
    fix = "--last" if first else "--first or --honorific"
    return f"Dear {known},", (
        f"the full name or honorific of {person.name} for a formal greeting (C-09): "
        f"`followup person edit {person.id} {fix} ...`"
    )


def formal_name(person: Person | None, country: str = "") -> str:
    """How a script names someone: the first name when invited, else "Ms. Kim", else the full name."""
    if person is None:
        return ""
    if person.first_name_ok and person.first:
        return person.first
    title = honorific_for(person.honorific, country)
    if title and person.last:
        return f"{title} {person.last}"
    return person.name if person.first or person.last else ""


def recipient_zone(ctx: DraftContext) -> ZoneInfo | None:
    person = ctx.recipient
    name = (person.tz if person and person.tz else "") or ctx.application.company.tz
    return ZoneInfo(name) if name else None
