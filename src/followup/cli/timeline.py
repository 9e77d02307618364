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
from followup.core.model import Channel
from followup.services.interviews import request_no_contact, set_timeline
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
    records = context.ws.read()
    now = context.now(now_text, records)  # read even when unused: a bad --now is refused, never ignored
    app = resolve_application(records, application_ref)
    contact_id = find_person(app, contact).id if contact else ""
    app, parsed = set_timeline(
        context.ws,
        app.id,
        said,
        date=parse_day(date_text, "--date"),
        fill_date=parse_day(fill_date, "--fill-date"),
        contact=contact_id,
        means=Channel(means) if means else None,
    )
    if no_contact_until:
        until = None if no_contact_until == "stated" else parse_day(no_contact_until, "--no-contact-until")
        request_no_contact(context.ws, app.id, now, until)
    data = {
        "application": app.id,
        "said": said,
        "decision_date": parsed.date.isoformat() if parsed.date else None,
        "how": parsed.how,
        "designated_contact": app.designated_contact or None,
        "contact_means": app.contact_means.value if app.contact_means else None,
    }
    if parsed.date:
        text = f"Decision date for {app.id}: {human_day(parsed.date)} ({parsed.how}). Plan updated."
    else:
        text = f"No date in {said!r}: {parsed.how}. The no-date rules apply (T-03) until you give --date."
    emit(as_json, data, text)
