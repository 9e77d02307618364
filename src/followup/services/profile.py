"""The candidate's profile and settings (PLAYBOOK §1.11 profile, §3 settings)."""

from __future__ import annotations

import dataclasses

from followup.core import codec
from followup.core.errors import InvalidInput
from followup.core.model import Profile
from followup.core.settings import DEFAULTS, NAMES, format_setting, parse_setting
from followup.services.workspace import Workspace


def save_profile(ws: Workspace, **fields: str) -> Profile:
    """Create or update the profile; only the given fields change."""
    unknown = set(fields) - {f.name for f in dataclasses.fields(Profile) if f.name != "words"}
    if unknown:
        raise ValueError(f"unknown profile fields: {sorted(unknown)}")
    if "email" in fields:
        codec.check_email(fields["email"], "email")
    if "tz" in fields:
        codec.check_time_zone(fields["tz"], "time zone")
    if "country" in fields:
        fields["country"] = fields["country"].upper()
        codec.check_country(fields["country"], "country")
    with ws.transaction() as change:
        current = change.records.profile
        if "name" in fields and not fields["name"].strip() and current.name:
            raise InvalidInput(
                "--name",
                f"your name: it signs your messages (C-08), so {current.name!r} stays until you give another",
                fields["name"],
            )
        profile = dataclasses.replace(current, **fields)  # type: ignore[arg-type]
        change.records = dataclasses.replace(change.records, profile=profile)
        change.profile = True
    return profile


def add_words(ws: Workspace, words: list[str]) -> tuple[str, ...]:
    """Teach the spell checker words of your own (product names, jargon): kept with the profile."""
    cleaned = [w.strip() for w in words if w.strip()]
    for word in cleaned:
        if any(ch.isspace() for ch in word):
            raise InvalidInput("word", "a single word without spaces", word)
    with ws.transaction() as change:
        profile = change.records.profile
        merged = tuple(sorted(set(profile.words) | set(cleaned), key=str.lower))
        change.records = dataclasses.replace(
            change.records, profile=dataclasses.replace(profile, words=merged)
        )
        change.profile = True
    return merged


def settings_table(ws: Workspace, application_id: str | None = None) -> list[dict[str, str]]:
    """Every setting with its default, the candidate's value and (optionally) one application's override."""
    from followup.core.settings import CHOICES, DESCRIPTIONS

    records = ws.read()
    mine = dict(records.settings)
    app = records.application(application_id) if application_id else None
    theirs = dict(app.settings) if app else {}
    rows = []
    for name in NAMES:
        default = format_setting(getattr(DEFAULTS, name))
        value = theirs.get(name, mine.get(name, default))
        rows.append(
            {
                "name": name,
                "value": value,
                "default": default,
                "source": "application" if name in theirs else "profile" if name in mine else "default",
                "accepts": " | ".join(CHOICES.get(name, ())) or _kind(getattr(DEFAULTS, name)),
                "description": DESCRIPTIONS[name],
            }
        )
    return rows


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true | false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number between 0 and 1"
    return "text"


def set_setting(ws: Workspace, name: str, value: str, application_id: str | None = None) -> str:
    """Validate and store one setting, for the candidate or for one application."""
    text = format_setting(parse_setting(name, value))
    with ws.transaction() as change:
        if application_id:
            app = change.app(application_id)
            pairs = dict(app.settings) | {name: text}
            change.put(dataclasses.replace(app, settings=tuple(sorted(pairs.items()))))
        else:
            pairs = dict(change.records.settings) | {name: text}
            change.set_records(dataclasses.replace(change.records, settings=tuple(sorted(pairs.items()))))
    return text


def reset_setting(ws: Workspace, name: str, application_id: str | None = None) -> None:
    if name not in NAMES:
        parse_setting(name, "")  # raises the one-line message that lists the known names
    with ws.transaction() as change:
        if application_id:
            app = change.app(application_id)
            change.put(dataclasses.replace(app, settings=tuple(p for p in app.settings if p[0] != name)))
        else:
            kept = tuple(p for p in change.records.settings if p[0] != name)
            change.set_records(dataclasses.replace(change.records, settings=kept))
