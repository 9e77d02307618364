"""From the words the employer used to a decision date D (PLAYBOOK §1.4 and §1.12 K4).

``parse_decision`` reads phrases such as "within two weeks", "by Friday", "next week", "end of the
month", "within five business days" and explicit dates ("Friday, March 20", "2026-03-20", "3/20"),
anchored on the interview date I (or, for a reply, on the day it was received, K4). An explicit
calendar date wins over a weekday or a relative phrase in the same statement (K4). Vague words
("soon", "in the coming weeks") give no date: the planner then uses the no-date rules and asks the
user to confirm (I-01). An explicit date that does not exist ("30 February", "4/31") gives no date
either, and says so (``problem``): it is a typo the user should correct, not words to guess around.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from dataclasses import dataclass

from followup.core.dates import MONTH_NAMES, calendar_problem
from followup.core.plan.business_days import BusinessCalendar

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# Countries that write numeric dates month first (3/20); everyone else writes day first (20/3).
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"})

_NUM = r"(\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_MONTH = r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# Only full weekday names: "sat", "sun" and "wed" are ordinary words too often.
_WEEKDAY = r"(" + "|".join(name for name in _WEEKDAYS if len(name) > 5) + r")"

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASH = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})(?:[/.](\d{2,4}))?\b")
_MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s*(\d{4}))?")
_WITHIN = re.compile(
    r"\b(?:within|in|inside|over)\s+(?:the\s+next\s+)?" + _NUM + r"\s+(business\s+|working\s+)?(day|week)s?\b"
)
_END_OF_MONTH = re.compile(r"\bend\s+of\s+(?:the\s+)?(this\s+month|month|next\s+month|" + _MONTH + r")")
_NEXT_WEEKDAY = re.compile(r"\bnext\s+" + _WEEKDAY + r"\b")
_WEEKDAY_ALONE = re.compile(r"\b(?:by|on|until|before|this|come)?\s*" + _WEEKDAY + r"\b")
_NEXT_WEEK = re.compile(r"\b(?:end\s+of\s+|by\s+|sometime\s+|early\s+|later\s+|during\s+)?next\s+week\b")
_THIS_WEEK = re.compile(r"\b(?:end\s+of\s+(?:the|this)\s+week|this\s+week|by\s+the\s+weekend)\b")
_TOMORROW = re.compile(r"\btomorrow\b")
_ORDINAL_DAY = re.compile(r"(?:\b" + _WEEKDAY + r",?\s+)?\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b")


@dataclass(frozen=True)
class DecisionParse:
    """The date read from a statement, and how (shown to the user so they can confirm it)."""

    date: dt.date | None
    how: str
    problem: str = ""  # an explicit date that does not exist: "30 February does not exist"


class _Impossible(Exception):
    """An explicit date in the words names no day; ``str(self)`` says which."""


def parse_decision(
    text: str, anchor: dt.date, calendar: BusinessCalendar, country: str = "US"
) -> DecisionParse:
    """Read D from ``text``; ``anchor`` is I (or a reply's receipt date, K4)."""
    said = " ".join(text.lower().replace(",", ", ").split())
    if not said:
        return DecisionParse(None, "nothing stated")
    try:
        explicit = _explicit_date(said, anchor, country)
    except _Impossible as impossible:
        return DecisionParse(None, f"{impossible}: please confirm a date", str(impossible))
    if explicit is not None:
        return DecisionParse(explicit, "explicit date")
    if m := _WITHIN.search(said):
        n = _number(m.group(1))
        if m.group(3) == "week":
            return DecisionParse(anchor + dt.timedelta(days=7 * n), f"within {n} week(s): I + {7 * n} days")
        if m.group(2):
            return DecisionParse(calendar.bd(anchor, n), f"within {n} business day(s): bd(I, {n})")
        return DecisionParse(anchor + dt.timedelta(days=n), f"within {n} day(s): I + {n} days")
    if m := _END_OF_MONTH.search(said):
        return DecisionParse(_end_of_month(m.group(1), anchor), "end of the month: its last calendar day")
    if m := _NEXT_WEEKDAY.search(said):
        weekday = _WEEKDAYS[m.group(1)]
        monday_next = anchor + dt.timedelta(days=7 - anchor.weekday())
        return DecisionParse(
            monday_next + dt.timedelta(days=weekday), "next <weekday>: that day of next week"
        )
    if _NEXT_WEEK.search(said):
        friday = anchor + dt.timedelta(days=7 - anchor.weekday() + 4)
        return DecisionParse(friday, "next week: Friday of the following week")
    if _THIS_WEEK.search(said):
        friday = anchor + dt.timedelta(days=4 - anchor.weekday())
        if friday > anchor:
            return DecisionParse(friday, "this week: its Friday")
    if m := _WEEKDAY_ALONE.search(said):
        weekday = _WEEKDAYS[m.group(1)]
        ahead = (weekday - anchor.weekday()) % 7 or 7
        return DecisionParse(anchor + dt.timedelta(days=ahead), "by <weekday>: the first such day after I")
    if _TOMORROW.search(said):
        return DecisionParse(anchor + dt.timedelta(days=1), "tomorrow")
    return DecisionParse(None, "no date in these words: please confirm a date")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _explicit_date(said: str, anchor: dt.date, country: str) -> dt.date | None:
    """The calendar date the words name, if any; raises ``_Impossible`` for one that does not exist."""
    if m := _ISO.search(said):
        day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day is None:
            raise _Impossible(calendar_problem(m.group(0)) or f"{m.group(0)} does not exist")
        return day
    if m := _MONTH_DAY.search(said):
        return _with_year(_MONTHS[m.group(1)], int(m.group(2)), m.group(3), anchor)
    if m := _DAY_MONTH.search(said):
        return _with_year(_MONTHS[m.group(2)], int(m.group(1)), m.group(3), anchor)
    if m := _ORDINAL_DAY.search(said):  # "Friday the 20th": a calendar day, K4
        day_number = int(m.group(2))
        if not 1 <= day_number <= 31:
            raise _Impossible(f"day {day_number} does not exist")
        return _day_of_month(day_number, _WEEKDAYS.get(m.group(1) or ""), anchor)
    for m in _SLASH.finditer(said):
        first, second = int(m.group(1)), int(m.group(3))
        month, day_number = (first, second) if country.upper() in _MONTH_FIRST_COUNTRIES else (second, first)
        try:
            return _with_year(month, day_number, m.group(4), anchor)
        except _Impossible:
            if m.group(2) == "/":  # "4/31" was meant as a date; "12.50" is a number
                raise
    return None


def _day_of_month(day: int, weekday: int | None, anchor: dt.date) -> dt.date | None:
    """The first date after ``anchor`` that falls on ``day`` (and on ``weekday`` when one was named)."""
    year, month = anchor.year, anchor.month
    for _ in range(13):
        candidate = _safe_date(year, month, day)
        if (
            candidate is not None
            and candidate > anchor
            and (weekday is None or candidate.weekday() == weekday)
        ):
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _with_year(month: int, day: int, year_text: str | None, anchor: dt.date) -> dt.date:
    """Day and month in the year given, else the first such day from ``anchor`` on (this year or next);
    raises ``_Impossible`` when there is no such day."""
    if year_text:
        year = int(year_text)
        year = year + 2000 if year < 100 else year
        found = _safe_date(year, month, day)
        if found is None:
            raise _Impossible(_no_such_day(month, day, year))
        return found
    candidate = _safe_date(anchor.year, month, day)
    if candidate is None or candidate < anchor:
        candidate = _safe_date(anchor.year + 1, month, day)
    if candidate is None:
        raise _Impossible(_no_such_day(month, day, None if (month, day) != (2, 29) else anchor.year + 1))
    return candidate


def _no_such_day(month: int, day: int, year: int | None) -> str:
    if not 1 <= month <= 12:
        return f"month {month} does not exist"
    if year is not None:
        return (
            calendar_problem(f"{year:04d}-{month:02d}-{day:02d}") or f"{day} {MONTH_NAMES[month - 1]} {year}"
        )
    return f"{day} {MONTH_NAMES[month - 1]} does not exist" if day else "day 0 does not exist"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _end_of_month(which: str, anchor: dt.date) -> dt.date:
    if which in ("month", "this month"):
        year, month = anchor.year, anchor.month
    elif which == "next month":
        year, month = (anchor.year + 1, 1) if anchor.month == 12 else (anchor.year, anchor.month + 1)
    else:
        month = _MONTHS[which.rstrip(".")]
        year = anchor.year if month >= anchor.month else anchor.year + 1
    return dt.date(year, month, _calendar.monthrange(year, month)[1])
