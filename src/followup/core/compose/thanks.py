"""Builders of the thank-you round and what follows on its theme: TY (C-01 to C-06), TA (C-12), TY-FWD
(H-04, H-05), the LinkedIn note (C-13) and the formal letter (C-14, H-09)."""

from __future__ import annotations

from collections.abc import Sequence

from followup.core.compose.shapes import as_clause, as_noun, clean, refers_back, shape_of
from followup.core.compose.wording import common, thanks
from followup.core.compose.writer import (
    FALLBACK,
    Message,
    Part,
    Writer,
    greeting_for,
    join,
    tidy,
)
from followup.core.model import Culture, Person, Role


def thank_you(w: Writer) -> Message:
    """A note built from its reader's own material (``material``): all their talking points, the debrief
    pieces given to them, what their part in the interview makes worth saying; the item to add and the
    next-steps question only on the round's note to the main contact (K13). A reader with little
    material gets a shorter note and ``missing`` says what would add to it."""
    ctx = w.ctx
    fmt = ctx.interview_format if ctx.interview_format in thanks.TY_OPENING else "in_person"
    first = [Part(w.say("opening", thanks.TY_OPENING[fmt])), *w.point_parts()]
    second = [*w.piece_parts(), Part(w.role_interest())]
    last = [*w.round_items(present=True), *w.ending(ctx.needs_next_steps_question)]
    return Message([first, second, last])


def arranger_note(w: Writer) -> Message:
    """C-12: thanks for arranging it. The arranger was not in the interview: nothing says "we spoke"."""
    person, app = w.person, w.ctx.application
    scheduler = person is not None and (person.role is Role.HR or person.id == app.main_contact)
    first = [Part(w.say("thanks", thanks.TA_THANKS_HR if scheduler else thanks.TA_THANKS_OTHER))]
    first += [Part(p.text, 3) for p in w.point_parts(required=False)]
    panel = join([p.name for p in app.people if p.on_panel and (person is None or p.id != person.id)])
    met = w.say("met", thanks.TA_MET, panel=panel) if panel else w.say("met", thanks.TA_NO_PANEL)
    second = [Part(met), Part(w.say("interest", thanks.INTEREST_AFTER))]
    last = [*w.round_items(present=False), *w.ending(w.ctx.needs_next_steps_question)]
    return Message([first, second, last])


def forwarded_thanks(w: Writer) -> Message:
    """H-04: thanks passed on through the main contact, with each routed person's talking point."""
    person, app = w.person, w.ctx.application
    arranged = person is not None and person.id == app.arranger  # H-05: one combined message is fine
    first = [Part(w.say("thanks", thanks.FWD_THANKS_ARRANGER if arranged else thanks.FWD_THANKS))]
    routed = [_routed_person(app.people, name) for name in w.ctx.routed_names]
    names = join([p.name if p else n for p, n in zip(routed, w.ctx.routed_names, strict=True)])
    second = []
    if names:
        second.append(Part(w.say("pass-on", thanks.FWD_PASS_ON, names=names)))
    else:
        w.need("the interviewers whose thanks the main contact should pass on (H-04)")
    for routed_person in (p for p in routed if p is not None):
        point = w.talking_point(routed_person)
        if point:
            sentence = w.point_sentence(
                f"point-{routed_person.id}",
                point,
                thanks.FWD_POINT,
                thanks.FWD_POINT_CLAUSE,
                person=w.formal(routed_person) or routed_person.name,
            )
            second.append(Part(sentence, 3))
    present = person is not None and person.on_panel
    second.append(Part(w.say("interest", thanks.INTEREST if present else thanks.INTEREST_AFTER)))
    last = [*w.round_items(present=present), *w.ending(w.ctx.needs_next_steps_question)]
    return Message([first, second, last])


def linkedin_note(w: Writer) -> Message:
    """C-13: the longest variant that fits the limit, with a talking point when one fits at all."""
    limit = w.ctx.settings.linkedin_note_limit
    greeting = greeting_for(w.person, w.ctx, formal=False)[0]
    point = w.talking_point()
    clause = bool(point) and shape_of(point) not in ("noun", "offer")
    point = (as_clause(point) if clause else as_noun(point)) if point else ""
    bank = thanks.LI_NOTE_CLAUSE if clause else thanks.LI_NOTE
    first = bank.index(w.pick("note", bank)) if point else 0
    tries = [bank[(first + i) % len(bank)] for i in range(len(bank))] if point else []
    short = thanks.LI_SHORT.index(w.pick("short", thanks.LI_SHORT))
    tries += [thanks.LI_SHORT[(short + i) % len(thanks.LI_SHORT)] for i in range(len(thanks.LI_SHORT))]
    values = w.fields() | {"tp": point, "when": w.when()}
    if not values["name"]:
        tries = [t for t in tries if "{name}" not in t] or tries
    notes = [tidy(t.format(**{k: values[k] or FALLBACK.get(k, "") for k in values})) for t in tries]
    fitting = [n for n in notes if len(f"{greeting}\n\n{n}") <= limit]
    body = fitting[0] if fitting else min(notes, key=len)
    if point and point not in body:
        w.need(
            f"a shorter talking point of {w.person.name if w.person else 'them'} (fits {limit} characters)"
        )
    return Message([[Part(body)]], channel="linkedin", closing="-", signed=False)


def formal_letter(w: Writer) -> Message:
    ctx, app = w.ctx, w.ctx.application
    medium = ctx.settings.formal_letter_medium
    post = medium == "post" or (medium == "auto" and app.company.culture is Culture.TRADITIONAL)
    if post and w.person is not None and not w.person.postal_address:
        w.need(
            f"the postal address of {w.person.name} for the posted letter (H-09): "
            f"`followup person edit {w.person.id} --address ...`"
        )
    first = [Part(w.say("opening", thanks.FL_OPENING))]
    second = _letter_points(w)
    fit, emph = w.fit_statement(), w.emphasized()
    if fit:
        second.append(Part(w.say("asset", thanks.FL_ASSET, fit=fit)))
    else:
        second.append(Part(w.say("asset", thanks.FL_ASSET_PLAIN)))
        if not emph and not w.debrief_fit().strip():
            w.need("why you fit the role (C-02, C-14): add it with `followup debrief --fit ...`")
    if emph:
        second.append(Part(w.say("emphasis", thanks.FL_EMPHASIS, emph=emph), 2))
    third: list[Part] = []
    values = w.fresh_hooks(common.VALUE_TAGS)
    extra = w.supplement()
    if values:
        value = values[0]
        third.append(Part(w.say("value", thanks.FL_VALUE[value.tag], x=value.rendered)))
    else:
        w.need(
            "something useful to offer in the letter (C-14): an idea, a data point or an article, "
            "given as a hook (`article: ...`, `idea: ...`, `data: ...`)"
        )
    if extra and not refers_back(extra):  # "the sample I mentioned" is no point "not covered"
        third.append(Part(w.say("supplement", thanks.FL_SUPPLEMENT, sup=extra), 2))
    last = [Part(w.say("interest", thanks.FL_INTEREST))]
    if ctx.last_permitted_touch:
        last.append(Part(w.say("final", common.FINAL_NOTE)))
    last.append(Part(w.say("close", thanks.FL_CLOSE)))
    closing = ctx.settings.letter_closing.strip().rstrip(",") + ","
    paragraphs = [p for p in (first, second, third, last) if p]
    return Message(paragraphs, channel="letter" if post else "email", closing=closing)


def _letter_points(w: Writer) -> list[Part]:
    """C-14: the reader's talking points, in the letter's own words (the thank-you used others)."""
    person = w.person
    if person is None:
        return []
    points = [clean(t) for t in person.talking_points if clean(t)]
    points = [t for t in points if w.usable(t, f"the talking point {t!r}")]
    if not points:
        w.need(
            f"a talking point of {person.name} (C-14): add one with "
            f"`followup person edit {person.id} --talking-point ...`"
        )
        return []
    nouns = [as_noun(t) for t in points if shape_of(t) in ("noun", "offer")]
    clauses = [as_clause(t) for t in points if shape_of(t) not in ("noun", "offer")]
    parts = []
    if nouns:
        parts.append(Part(w.say("point", thanks.FL_POINT, tp=join(nouns[:2]))))
    if clauses:
        parts.append(Part(w.say("point-clause", thanks.FL_POINT_CLAUSE, tp=clauses[0]), 3 if nouns else 0))
    return parts


def _routed_person(people: Sequence[Person], name: str) -> Person | None:
    return next((p for p in people if name in (p.name, p.id)), None)
