"""Builders of the thank-you round and what follows on its theme: TY (C-01 to C-06), TA (C-12), TY-FWD
(H-04, H-05), the LinkedIn note (C-13) and the formal letter (C-14, H-09)."""

from __future__ import annotations

from collections.abc import Sequence

from followup.core.compose.wording import common, thanks
from followup.core.compose.writer import (
    FALLBACK,
    Message,
    Part,
    Writer,
    formal_name,
    greeting_for,
    is_clause,
    join,
    tidy,
)
from followup.core.model import Culture, Person, Role


def thank_you(w: Writer) -> Message:
    ctx = w.ctx
    fmt = ctx.interview_format if ctx.interview_format in thanks.TY_OPENING else "in_person"
    first = [Part(w.say("opening", thanks.TY_OPENING[fmt]))]
    point = w.talking_point()
    if point:
        first.append(
            Part(w.point_sentence("point", point, thanks.TALKING_POINT, thanks.TALKING_POINT_CLAUSE))
        )
    second = [Part(w.say("interest", thanks.INTEREST)), *w.fit_parts(thanks.FIT_LEAD, thanks.EMPHASIS)]
    extra = w.supplement()
    if extra:
        second.append(Part(w.say("supplement", thanks.SUPPLEMENT, sup=extra), drop=4))
    return Message([first, second, w.ending(ctx.needs_next_steps_question)])


def arranger_note(w: Writer) -> Message:
    person, app = w.person, w.ctx.application
    scheduler = person is not None and (person.role is Role.HR or person.id == app.main_contact)
    first = [Part(w.say("thanks", thanks.TA_THANKS_HR if scheduler else thanks.TA_THANKS_OTHER))]
    point = w.talking_point(required=False)
    if point:
        first.append(
            Part(w.point_sentence("point", point, thanks.TALKING_POINT, thanks.TALKING_POINT_CLAUSE), 3)
        )
    panel = join([p.name for p in app.people if p.on_panel and (person is None or p.id != person.id)])
    met = w.say("met", thanks.TA_MET, panel=panel) if panel else w.say("met", thanks.TA_NO_PANEL)
    second = [Part(met), Part(w.say("interest", thanks.INTEREST))]
    return Message([first, second, w.ending(w.ctx.needs_next_steps_question)])


def forwarded_thanks(w: Writer) -> Message:
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
                person=formal_name(routed_person) or routed_person.name,
            )
            second.append(Part(sentence, 3))
    second += [Part(w.say("interest", thanks.INTEREST)), *w.fit_parts(thanks.FIT_LEAD, thanks.EMPHASIS)]
    return Message([first, second, w.ending(w.ctx.needs_next_steps_question)])


def linkedin_note(w: Writer) -> Message:
    """C-13: the longest variant that fits the limit, with a talking point when one fits at all."""
    limit = w.ctx.settings.linkedin_note_limit
    greeting = greeting_for(w.person, w.ctx, formal=False)[0]
    point = w.talking_point()
    bank = thanks.LI_NOTE_CLAUSE if point and is_clause(point) else thanks.LI_NOTE
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
    second: list[Part] = []
    point = w.talking_point()
    if point:
        second.append(Part(w.point_sentence("point", point, thanks.FL_POINT, thanks.FL_POINT_CLAUSE)))
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
    if extra:
        third.append(Part(w.say("supplement", thanks.FL_SUPPLEMENT, sup=extra), 2))
    last = [Part(w.say("interest", thanks.FL_INTEREST))]
    if ctx.last_permitted_touch:
        last.append(Part(w.say("final", common.FINAL_NOTE)))
    last.append(Part(w.say("close", thanks.FL_CLOSE)))
    closing = ctx.settings.letter_closing.strip().rstrip(",") + ","
    paragraphs = [p for p in (first, second, third, last) if p]
    return Message(paragraphs, channel="letter" if post else "email", closing=closing)


def _routed_person(people: Sequence[Person], name: str) -> Person | None:
    return next((p for p in people if name in (p.name, p.id)), None)
