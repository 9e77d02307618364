"""The daily reminder: what is due or overdue now and what opens in the next 24 hours, across
applications, as text for a terminal or a mail to yourself (suitable for a cron job)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from followup.core.errors import InvalidInput
from followup.core.meanings import meaning
from followup.core.plan.agenda import still_asked
from followup.services.plans import plans
from followup.services.workspace import Workspace

AHEAD = dt.timedelta(hours=24)
URGENT = {"OVERDUE": 0, "DUE": 1}


@dataclass(frozen=True)
class Reminder:
    company: str
    label: str
    state: str  # OVERDUE, DUE, or OPENS for what opens within the next 24 hours
    reason: str
    when: dt.datetime | None  # the deadline (due, overdue) or the opening (upcoming)
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Digest:
    now: dt.datetime
    tz: str
    items: tuple[Reminder, ...]

    def text(self) -> str:
        zone = ZoneInfo(self.tz) if self.tz else dt.UTC
        head = f"followup reminder, {self.now.astimezone(zone):%a %d %b %Y %H:%M}"
        if not self.items:
            return (
                head
                + "\nNothing due, overdue or opening in the next 24 hours. Keep applying elsewhere (L-04)."
            )
        lines = [head]
        for section, title in (
            ("OVERDUE", "Overdue"),
            ("DUE", "Due now"),
            ("OPENS", "Opening in the next 24 hours"),
        ):
            chosen = [i for i in self.items if i.state == section]
            if chosen:
                lines += ["", f"{title}:"]
            for item in chosen:
                when = ""
                if item.when is not None:
                    local = item.when.astimezone(zone)
                    if local.time() == dt.time(0) and section != "OPENS":
                        local -= dt.timedelta(minutes=1)
                    when = f" ({'opens' if section == 'OPENS' else 'by'} {local:%a %d %b %H:%M})"
                codes = f" [{'; '.join(f'{c}: {meaning(c)}' if meaning(c) else c for c in item.codes)}]"
                codes = codes if item.codes else ""
                lines.append(f"  - {item.company} · {item.label}{when}: {item.reason}{codes}")
        return "\n".join(lines)


def digest(ws: Workspace, now: dt.datetime) -> Digest:
    records, views = plans(ws, now)
    items: list[Reminder] = []
    for view in views:
        for step_view in view.steps:
            step = step_view.step
            if step.action == "KS" or not still_asked(view.status, step.action):
                continue  # the search, and what a closed application no longer asks (as `today`)
            if step_view.state in URGENT:
                items.append(
                    Reminder(
                        view.schedule.company,
                        step.label,
                        step_view.state,
                        step.reason,
                        step.deadline or step.target,
                        step_view.codes,
                    )
                )
            elif step_view.state == "NOT_YET":
                opens = step.due_from or step.opens
                if opens is not None and now < opens <= now + AHEAD:
                    items.append(Reminder(view.schedule.company, step.label, "OPENS", step.reason, opens, ()))
    order = {"OVERDUE": 0, "DUE": 1, "OPENS": 2}
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    items.sort(key=lambda i: (order[i.state], i.when or far, i.company, i.label))
    return Digest(now, records.profile.tz, tuple(items))


def digest_message(ws: Workspace, result: Digest) -> EmailMessage:
    """The digest as a mail from you to yourself."""
    profile = ws.read().profile
    if not profile.email:
        raise InvalidInput(
            "your email", "an address in your profile to send the reminder to: `followup init --email`"
        )
    message = EmailMessage()
    message["From"] = profile.email
    message["To"] = profile.email
    due = sum(1 for i in result.items if i.state in URGENT)
    message["Subject"] = f"followup: {due} thing(s) to do" if due else "followup: nothing due today"
    message["Date"] = format_datetime(result.now.astimezone(dt.UTC))
    message["Message-ID"] = make_msgid(domain=profile.email.partition("@")[2] or "followup.invalid")
    message.set_content(result.text() + "\n")
    return message
