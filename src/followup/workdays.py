"""Builds the core's ``BusinessCalendar`` for an employer from the ``holidays`` package (PLAYBOOK §1.2).

The employer's country and subdivision choose the calendar (US with no subdivision = the eleven federal
holidays with observed dates, the playbook's US-FED); the package also knows each country's weekend
(IL: Friday and Saturday). Extra closures (24 Dec, the day after Thanksgiving...) come from the
company record and are added by the planner. Imported lazily, and only when the cache lacks a year:
``holidays`` costs ~150 ms to import and is never needed on the ``followup today`` path, which reads
stored dates.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from followup.core.errors import InvalidInput
from followup.core.model import Application, Records
from followup.core.plan.business_days import BusinessCalendar

# Some regions only have a holiday on the religious calendars the package keeps apart (DE-BY's 15 Aug).
_CATEGORIES = ("public", "catholic")


@lru_cache(maxsize=256)
def business_calendar(country: str, subdivision: str, years: tuple[int, ...]) -> BusinessCalendar:
    """The business calendar of a country (ISO 3166-1 alpha-2) and optional subdivision for ``years``.

    The dates come from the cache (``_cache_read``) when it has every year asked for, made by the same
    version of the ``holidays`` package; otherwise from the package, and are then cached. Importing the
    package costs a write command about 150 ms, ten times Python's own start-up (issue 9)."""
    country = country.upper()
    name = f"{country}-{subdivision}" if subdivision else country
    cached = _cache_read(country, subdivision, years)
    if cached is not None:
        return BusinessCalendar(name, cached.days, cached.weekend)
    by_year, weekend = _from_package(country, subdivision, years)
    _cache_write(country, subdivision, by_year, weekend)
    return BusinessCalendar(name, frozenset(d for days in by_year.values() for d in days), weekend)


def _from_package(
    country: str, subdivision: str, years: tuple[int, ...]
) -> tuple[dict[int, list[dt.date]], frozenset[int]]:
    """Each year's days off and the weekend, from the ``holidays`` package; bad codes are ``InvalidInput``."""
    import holidays
    from holidays.registry import EntityLoader

    # Ask about this one country: ``list_supported_countries()`` imports every country's module.
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
    # Only the years asked for: the package can add a neighbour's observed day (31 Dec for 1 Jan), and a
    # cached calendar must equal a computed one.
    by_year: dict[int, list[dt.date]] = {year: [] for year in years}
    for day in table:
        if day.year in by_year:
            by_year[day.year].append(day)
    return by_year, frozenset(table.weekend)


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


# The cache of days off: one JSON file per country and subdivision, holding the years computed so far and
# the ``holidays`` package version that computed them. It is derived data: a missing, unreadable or
# foreign file is computed again, and a folder that cannot be written only costs the import next time.
CACHE_FORMAT = 1
_CODE = re.compile(r"[A-Za-z0-9_-]{1,16}")


class Cached(NamedTuple):
    days: frozenset[dt.date]
    weekend: frozenset[int]


def cache_dir() -> str:
    """``$FOLLOWUP_HOME/cache/holidays`` when the home is set (as ``store.location`` reads it), else the
    platform's cache folder: ``$XDG_CACHE_HOME/followup/holidays`` or ``~/.cache/followup/holidays``."""
    home = os.environ.get("FOLLOWUP_HOME")
    if home:
        return os.path.join(os.path.expanduser(home), "cache", "holidays")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser(r"~\AppData\Local")
        return os.path.join(base, "followup", "cache", "holidays")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Caches/followup/holidays")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "followup", "holidays")


@lru_cache(maxsize=1)
def package_version() -> str | None:
    """What identifies the installed ``holidays`` package, found without importing it: the name of its
    ``.dist-info`` folder (``holidays-0.109.dist-info``), else its ``__init__.py``'s time and size."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("holidays")
        if spec is None or spec.origin is None:
            return None
        package = os.path.dirname(spec.origin)
        found = sorted(
            name
            for name in os.listdir(os.path.dirname(package))
            if name.startswith("holidays-") and name.endswith(".dist-info")
        )
        if found:
            return found[-1]
        facts = os.stat(spec.origin)
    except (OSError, ImportError, ValueError):
        return None
    return f"{spec.origin}:{facts.st_mtime_ns}:{facts.st_size}"


def _cache_file(country: str, subdivision: str) -> str | None:
    if not _CODE.fullmatch(country) or (subdivision and not _CODE.fullmatch(subdivision)):
        return None  # never a path made of whatever was typed
    return os.path.join(cache_dir(), f"{country}-{subdivision or '_'}.json")


def _cache_load(path: str) -> dict[str, object] | None:
    version = package_version()
    try:
        with open(path, encoding="utf-8") as file:
            document = json.load(file)
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != CACHE_FORMAT:
        return None
    if version is None or document.get("package") != version:
        return None
    return document


def _cache_read(country: str, subdivision: str, years: tuple[int, ...]) -> Cached | None:
    """The days off of every year in ``years`` and the weekend, if the cache holds them all."""
    path = _cache_file(country, subdivision)
    document = _cache_load(path) if path else None
    if document is None:
        return None
    stored, weekend = document.get("years"), document.get("weekend")
    if not isinstance(stored, dict) or not isinstance(weekend, list):
        return None
    try:
        days = frozenset(dt.date.fromisoformat(d) for year in years for d in stored[str(year)])
        return Cached(days, frozenset(int(w) for w in weekend))
    except (KeyError, TypeError, ValueError):
        return None


def _cache_write(
    country: str, subdivision: str, by_year: dict[int, list[dt.date]], weekend: frozenset[int]
) -> None:
    """Add ``by_year`` to the cache file, replacing it atomically (two commands at once: the last wins,
    and each file written is whole). Errors are ignored: the cache only saves time."""
    path, version = _cache_file(country, subdivision), package_version()
    if path is None or version is None:
        return
    previous = _cache_load(path)
    stored = previous.get("years") if previous else None
    years: dict[str, list[str]] = dict(stored) if isinstance(stored, dict) else {}
    years.update({str(year): sorted(d.isoformat() for d in days) for year, days in by_year.items()})
    document = {"format": CACHE_FORMAT, "package": version, "weekend": sorted(weekend), "years": years}
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".partial")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(document, file, sort_keys=True)
        os.replace(partial, path)
    except OSError:
        return
