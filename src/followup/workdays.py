"""Builds the core's ``BusinessCalendar`` for an employer from the ``holidays`` package (PLAYBOOK §1.2).

The employer's country and subdivision choose the calendar (US with no subdivision = the eleven federal
holidays with observed dates, the playbook's US-FED); the package also knows each country's weekend
(IL: Friday and Saturday). Extra closures (24 Dec, the day after Thanksgiving...) come from the
company record and are added by the planner. Imported lazily: ``holidays`` costs ~85 ms to import and
is never needed on the ``followup today`` path, which reads stored dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from followup.core.errors import InvalidInput
from followup.core.model import Application, Records
from followup.core.plan.business_days import BusinessCalendar

# Some regions only have a holiday on the religious calendars the package keeps apart (DE-BY's 15 Aug).
_CATEGORIES = ("public", "catholic")


@lru_cache(maxsize=256)
def business_calendar(country: str, subdivision: str, years: tuple[int, ...]) -> BusinessCalendar:
    """The business calendar of a country (ISO 3166-1 alpha-2) and optional subdivision for ``years``."""
    import holidays
    from holidays.registry import EntityLoader

    country = country.upper()
    # Ask about this one country: ``list_supported_countries()`` imports every country's module, which
    # cost a write command 150 ms (issue 9's start-up target).
    if country not in EntityLoader.get_country_codes():
        raise InvalidInput(
            "company country", "an ISO 3166 country code that the holidays package knows", country
        )
    supported = list(getattr(holidays, country).subdivisions)
    if subdivision and subdivision not in supported:
        shown = ", ".join(supported[:40]) + (" ..." if len(supported) > 40 else "")
        raise InvalidInput(f"subdivision of {country}", f"one of {shown}", subdivision)
    cls = holidays.country_holidays(country, subdiv=subdivision or None, years=years[0])
    categories = tuple(c for c in _CATEGORIES if c in getattr(cls, "supported_categories", ("public",)))
    table = holidays.country_holidays(country, subdiv=subdivision or None, years=years, categories=categories)
    name = f"{country}-{subdivision}" if subdivision else country
    return BusinessCalendar(name, frozenset(table.keys()), frozenset(table.weekend))


def years_for(app: Application) -> tuple[int, ...]:
    """The years a plan can reach: from the year before the first interview to two after the last event."""
    moments: list[dt.datetime] = [i.start for i in app.interviews] + [e.at for e in app.events]
    if app.decision.date is not None:
        moments.append(dt.datetime.combine(app.decision.date, dt.time(), dt.UTC))
    if not moments:
        year = dt.date.today().year
        return (year - 1, year, year + 1)
    low, high = min(m.year for m in moments), max(m.year for m in moments)
    return tuple(range(low - 1, high + 2))


def calendars_for(
    records: Records, applications: Iterable[Application] | None = None
) -> dict[str, BusinessCalendar]:
    """One calendar per application, keyed by its id."""
    return {
        app.id: business_calendar(
            app.company.country or records.profile.country or "US", app.company.subdivision, years_for(app)
        )
        for app in (applications if applications is not None else records.applications)
    }
