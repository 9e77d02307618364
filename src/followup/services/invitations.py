"""An interview from a calendar invitation: record it, reschedule it, or cancel it (I-03, H-05, E-01).

``plan_import`` decides, from the records and an ``Invitation``, what importing it would do, without
writing: the CLI shows that and asks. ``import_invitation`` makes the same decision again inside one
transaction and saves it. The invitation's UID ties it to the interview it created, so:

* a new UID records a new interview: the next round of the application named with ``--application``,
  or of the one whose company (or whose people's email domain) the invitation's addresses name, else a
  new application for the company guessed from them. An interview recorded by hand at exactly the same
  time is linked to the invitation instead of being recorded twice;
* a known UID with a higher SEQUENCE reschedules that interview; a lower or equal one is already
  applied;
* METHOD:CANCEL or STATUS:CANCELLED marks that interview cancelled (an equal SEQUENCE is enough: not
  every calendar raises it on cancelling).

People: the organiser becomes the application's arranger (H-05, not on the panel), the attendees the
panel; the candidate, recognised by the profile's address, is left out. Someone already recorded with
the same address (or, without one, the same name) is reused, never duplicated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from followup.calendars.invitation import Invitation, Party, SeveralEvents, read_invitation
from followup.calendars.invitation_guesses import company_from_domain, guess_company, guess_format
from followup.core import codec
from followup.core.errors import InvalidInput, NotFound
from followup.core.model import Application, Company, Format, Interview, Person, Records, Role
from followup.services.interviews import check_calendar, has_open_answers
from followup.services.workspace import Workspace, next_id, slug

__all__ = [
    "Action",
    "ImportOptions",
    "ImportPlan",
    "Invitation",
    "SeveralEvents",
    "import_invitation",
    "plan_import",
    "read_invitation",
]


class Action(StrEnum):
    CREATE = "create"  # a new interview (and perhaps a new application)
    LINK = "link"  # an interview recorded by hand at the same time now remembers the invitation
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    UP_TO_DATE = "up_to_date"  # this SEQUENCE (or a later one) is already applied
    NOTHING_TO_CANCEL = "nothing_to_cancel"  # a cancellation of an interview that was never imported


WRITES = frozenset({Action.CREATE, Action.LINK, Action.RESCHEDULE, Action.CANCEL})


@dataclass(frozen=True)
class ImportOptions:
    application_id: str = ""  # add the interview to this application
    company: str = ""  # the employer, when the addresses do not name it
    format: Format | None = None  # instead of the guess
    position: str = ""  # the position applied for, when the invitation makes a new application


@dataclass(frozen=True)
class ImportPlan:
    action: Action
    invitation: Invitation
    application: Application | None = None  # as it will be stored
    interview: Interview | None = None  # as it will be stored
    before: Interview | None = None  # the interview as it was (reschedule, cancel, up to date, link)
    new_application: bool = False
    format_reason: str = ""
    arranger: Person | None = None
    panel: tuple[Person, ...] = ()
    added: tuple[str, ...] = ()  # ids of the people new to the application

    @property
    def writes(self) -> bool:
        return self.action in WRITES


def plan_import(records: Records, invitation: Invitation, options: ImportOptions) -> ImportPlan:
    """What importing ``invitation`` would change (pure: nothing is written)."""
    own = {records.profile.email.casefold()} - {""}
    known = _by_uid(records, invitation.uid)
    if known is not None:
        app, before = known
        if options.application_id and options.application_id != app.id:
            raise InvalidInput(
                "--application",
                f"{app.id!r}, where the interview from this invitation is recorded (or leave it out)",
                options.application_id,
            )
        return _update(app, before, invitation, options, own)
    if invitation.cancelled:
        return ImportPlan(Action.NOTHING_TO_CANCEL, invitation)
    app, new_application = _application_for(records, invitation, options, own)
    fmt, reason = (options.format, "as you said") if options.format else guess_format(invitation)
    app, arranger, panel, added = _with_people(app, invitation, own)
    linked = next(
        (i for i in app.interviews if not i.uid and not i.cancelled and i.start == invitation.start), None
    )
    if linked is not None:
        interview = dataclasses.replace(
            linked,
            end=linked.end or invitation.end,
            location=linked.location or invitation.location,
            link=linked.link or invitation.link,
            uid=invitation.uid,
            sequence=invitation.sequence,
        )
        action, reason = Action.LINK, "as you recorded it"
    else:
        interview = Interview(
            id=next_id("i", {i.id for i in app.interviews}),
            start=invitation.start,
            end=invitation.end,
            tz=invitation.tz,
            format=fmt,
            round=len(app.interviews) + 1,
            location=invitation.location,
            link=invitation.link,
            uid=invitation.uid,
            sequence=invitation.sequence,
        )
        action = Action.CREATE
    return ImportPlan(
        action,
        invitation,
        _with_interview(app, interview),
        interview,
        linked,
        new_application,
        reason,
        arranger,
        panel,
        added,
    )


def import_invitation(ws: Workspace, invitation: Invitation, options: ImportOptions) -> ImportPlan:
    """Apply the invitation in one transaction: nothing is written unless all of it is valid."""
    with ws.transaction() as change:
        plan = plan_import(change.records, invitation, options)
        if plan.writes and plan.application is not None:
            check_calendar(plan.application)
            change.put(plan.application, affects=has_open_answers)  # W-PREP (L-01) before a next round
    return plan


# --- which application, which interview ----------------------------------------------------------------


def _by_uid(records: Records, uid: str) -> tuple[Application, Interview] | None:
    if not uid:
        return None
    for app in records.applications:
        for interview in app.interviews:
            if interview.uid == uid:
                return app, interview
    return None


def _update(
    app: Application, before: Interview, invitation: Invitation, options: ImportOptions, own: set[str]
) -> ImportPlan:
    if invitation.cancelled:
        if before.cancelled or invitation.sequence < before.sequence:
            return ImportPlan(Action.UP_TO_DATE, invitation, app, before, before)
        interview = dataclasses.replace(before, cancelled=True, sequence=invitation.sequence)
        return ImportPlan(Action.CANCEL, invitation, _with_interview(app, interview), interview, before)
    if invitation.sequence <= before.sequence:
        return ImportPlan(Action.UP_TO_DATE, invitation, app, before, before)
    app, arranger, panel, added = _with_people(app, invitation, own)
    interview = dataclasses.replace(
        before,
        start=invitation.start,
        end=invitation.end,
        tz=invitation.tz,
        location=invitation.location or before.location,
        link=invitation.link or before.link,
        format=options.format or before.format,
        cancelled=False,
        sequence=invitation.sequence,
    )
    return ImportPlan(
        Action.RESCHEDULE,
        invitation,
        _with_interview(app, interview),
        interview,
        before,
        format_reason="as you said" if options.format else "as before",
        arranger=arranger,
        panel=panel,
        added=added,
    )


def _application_for(
    records: Records, invitation: Invitation, options: ImportOptions, own: set[str]
) -> tuple[Application, bool]:
    """(the application the new interview belongs to, whether it is new)."""
    if options.application_id:
        app = records.application(options.application_id)
        if app is None:
            known = ", ".join(a.id for a in records.applications) or "none yet"
            raise NotFound(f"no application {options.application_id!r} (known: {known}); see `followup list`")
        return app, False
    parties = _parties(invitation, own)
    company = options.company.strip() or guess_company(parties)
    if not company:
        raise InvalidInput(
            "--company",
            "the employer's name: the invitation's addresses do not name one (free mail, or none); "
            "or --application ID for an application you already have",
        )
    domains = {p.email.rpartition("@")[2].casefold() for p in parties if p.email}
    domains = {d for d in domains if company_from_domain(d)}
    matches = [
        a
        for a in records.applications
        if a.company.name.casefold() == company.casefold()
        or (not options.company and any(_domain(p.email) in domains for p in a.people if p.email))
    ]
    if len(matches) > 1:
        raise InvalidInput(
            "--application",
            f"one of {', '.join(a.id for a in matches)}: each could be the employer of this invitation",
        )
    if matches:
        return matches[0], False
    profile = records.profile
    country = (profile.country or "US").upper()
    codec.check_country(country, "country")
    taken = {a.id for a in records.applications}
    app = Application(
        id=slug(company, taken, "application"),
        company=Company(name=company, country=country, tz=invitation.tz),
        position=options.position.strip(),
    )
    return app, True


def _with_interview(app: Application, interview: Interview) -> Application:
    """``app`` with ``interview`` replacing the one with its id, or added as the next round."""
    if any(i.id == interview.id for i in app.interviews):
        interviews = tuple(interview if i.id == interview.id else i for i in app.interviews)
        return dataclasses.replace(app, interviews=interviews)
    return dataclasses.replace(app, interviews=(*app.interviews, interview))


# --- people ----------------------------------------------------------------------------------------------


def _parties(invitation: Invitation, own: set[str]) -> list[Party]:
    """The organiser first, then the attendees, without the candidate."""
    everyone = [invitation.organizer, *invitation.attendees] if invitation.organizer else invitation.attendees
    return [p for p in everyone if p is not None and p.email.casefold() not in own]


def _with_people(
    app: Application, invitation: Invitation, own: set[str]
) -> tuple[Application, Person | None, tuple[Person, ...], tuple[str, ...]]:
    """The application with the organiser (arranger) and attendees (panel) merged into its people."""
    people = list(app.people)
    added: list[str] = []

    def place(party: Party, role: Role, on_panel: bool) -> Person:
        found = _find(people, party)
        if found is not None:
            if party.email and not found.email:  # the same name, now with the address the invite gives
                updated = dataclasses.replace(found, email=party.email)
                people[people.index(found)] = updated
                return updated
            return found
        first, last = _split_name(party.name)
        person = Person(
            id=slug(f"{first} {last}".strip() or party.email, {p.id for p in people}, "person"),
            first=first,
            last=last,
            role=role,
            on_panel=on_panel,
            email=party.email,
        )
        people.append(person)
        added.append(person.id)
        return person

    organizer = invitation.organizer
    arranger = None
    if organizer is not None and organizer.email.casefold() not in own:
        arranger = place(organizer, Role.ARRANGER, on_panel=False)
    panel = tuple(
        place(party, Role.INTERVIEWER, on_panel=True)
        for party in invitation.attendees
        if not party.email or party.email.casefold() not in own
    )
    # A person placed twice (the same name, one with an address) is stored once, in its last form.
    final = {p.id: p for p in people}
    panel = tuple(dict.fromkeys(final[p.id] for p in panel))
    arranger = final[arranger.id] if arranger else None
    app = dataclasses.replace(app, people=tuple(people), arranger=arranger.id if arranger else app.arranger)
    return app, arranger, panel, tuple(added)


def _find(people: Iterable[Person], party: Party) -> Person | None:
    people = list(people)
    if party.email:
        for person in people:
            if person.email.casefold() == party.email.casefold():
                return person
    name = " ".join(_split_name(party.name)).strip().casefold()  # "Shah, Priya" is Priya Shah
    for person in people:
        if name and person.name.casefold() == name and (not person.email or not party.email):
            return person
    return None


def _split_name(name: str) -> tuple[str, str]:
    """ "Dana Kim" -> ("Dana", "Kim"); "Shah, Priya" -> ("Priya", "Shah"); "Dana" -> ("Dana", "")."""
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return " ".join(words[:-1]), words[-1]


def _domain(email: str) -> str:
    return email.rpartition("@")[2].casefold()
