"""`followup timeline "within two weeks"`: what the employer said about timing (I-01, I-02, D-08, I-05)."""

from __future__ import annotations

import click

from followup.cli.common import (
    Context,
    application_option,
    emit,
    json_option,
    now_option,
    parse_day,
    pass_context,
    resolve_application,
)
from followup.cli.params import text
from followup.cli.timefmt import human_day
from followup.core import fields
from followup.core.errors import InvalidInput
from followup.core.model import Channel
from followup.services.interviews import (
    check_after_interview,
    interview_day,
    request_no_contact,
    set_timeline,
)
from followup.services.people import find_person


@click.command()
@click.argument("said", type=text(fields.WORDS), required=False, default="")
@application_option
@click.option(
    "--date",
    "date_text",
    type=text(fields.MOMENT),
    metavar="YYYY-MM-DD",
    help="The decision date, if you know it exactly.",
)
@click.option(
    "--fill-date", type=text(fields.MOMENT), metavar="YYYY-MM-DD", help="When they hope to fill the post."
)
@click.option("--contact", type=text(fields.REFERENCE), help="Who will get in touch (id or name), I-02.")
@click.option("--means", type=click.Choice(["email", "phone", "letter"]), help="How they will get in touch.")
@click.option(
    "--no-contact-until",
    type=text(fields.MOMENT),
    metavar="YYYY-MM-DD|stated",
    help="They asked you not to contact them until then ('stated' = the decision date), I-05.",
)
@now_option
@json_option
@pass_context
def timeline(
    context: Context,
    said: str,
    application_ref: str | None,
    date_text: str | None,
    fill_date: str | None,
    contact: str | None,
    means: str | None,
    no_contact_until: str | None,
    now_text: str | None,
    as_json: bool,
) -> None:
    """Record what they said about timing, e.g. "we will decide within two weeks".

    The decision date D is read from their words (explicit dates, "by Friday", "next week", "end of the
    month", "within five business days"...). Vague words give no date: then say --date when you learn it.
    """
    records = context.ws.read_for(application_ref)  # that application alone when named by its id
    now = context.now(now_text, records)  # read even when unused: a bad --now is refused, never ignored
    app = resolve_application(records, application_ref)
    # Everything is read and checked before anything is written: two writes follow, and a bad
    # --no-contact-until must not leave the first one done.
    contact_id = find_person(app, contact).id if contact else ""
    date = parse_day(date_text, "--date")
    filled = parse_day(fill_date, "--fill-date")
    until = None
    if no_contact_until and no_contact_until != "stated":
        until = parse_day(no_contact_until, "--no-contact-until")
        assert until is not None
        check_after_interview(until, interview_day(app), "--no-contact-until")
    if not (said or date or filled or contact or means or no_contact_until):
        raise InvalidInput(
            "SAID", "their words, or one of --date, --fill-date, --contact, --means, --no-contact-until"
        )
    app, parsed = set_timeline(
        context.ws,
        app.id,
        said,
        date=date,
        fill_date=filled,
        contact=contact_id,
        means=Channel(means) if means else None,
    )
    if no_contact_until:
        request_no_contact(context.ws, app.id, now, until)
    data = {
        "application": app.id,
        "said": app.decision.stated_text,
        "decision_date": parsed.date.isoformat() if parsed.date else None,
        "how": parsed.how,
        "designated_contact": app.designated_contact or None,
        "contact_means": app.contact_means.value if app.contact_means else None,
    }
    if parsed.date:
        text = f"Decision date for {app.id}: {human_day(parsed.date)} ({parsed.how}). Plan updated."
    elif app.decision.stated_text:
        text = f"No date in {app.decision.stated_text!r}: {parsed.how}. "
        text += "The no-date rules apply (T-03) until you give --date."
    else:
        text = f"Recorded for {app.id}. No decision date yet: the no-date rules apply (T-03) until --date."
    emit(as_json, data, text)
