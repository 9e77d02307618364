"""Dates in an employer's reply, read against the day it was sent (K4).

``find_dates`` gives every date the text names, each with the words that named it and whether it was written
out (an explicit calendar date) or relative ("next Wednesday", "within two weeks", "the 19th", "by the end of
the month", "tomorrow"). Month names are read in English, German and French (auto-replies come in all three).
Numeric dates: ISO 2026-09-18 always; 21.09.2026 day first (as German and French write it), and "until 20.11."
without a year after a word that introduces a date; 28/8 or 9/4 by the sender's habit (``day_first``), and
without one only when the reading cannot be mistaken (28/8 can only be 28 August). ``pick`` chooses the date a
reply gives: by K4 an explicit date wins over a relative one, and a date before the reply was sent is an old
date mentioned, never the new one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12, "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "lundi": 0, "mardi": 1,
    "mercredi": 2, "jeudi": 3, "vendredi": 4,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_WEEKDAY_ANY = "(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
_MONTH_ANY = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"


def _weekday(name: str) -> str:
    return f"(?P<{name}>{_WEEKDAY_ANY})"


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dotted", re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:20)?\d\d)\b")),
    # "until 20.11." (German habit: day, month, each closed by a dot, no year), only after a word that
    # introduces a date, since "at 11.05." is a British time
    (
        "dotted_short",
        re.compile(
            r"\b(?:until|till|by|before|on|from|after|bis|am|vor|ab)\s+"
            r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?!\d)(?!\s*(?:am|pm|a\.m|p\.m|h\b|uhr))",
            re.I,
        ),
    ),
    ("slashed", re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<year>(?:20)?\d\d))?(?![\d/])")),
    ("day_month", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", re.I)),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"(?!\d)" + _YEAR + r"(?![.:]?\d)", re.I)),
)
_RELATIVE = re.compile(
    # British: "Monday week" is the Monday after the coming one
    r"\b(?:(?P<weekday_week>(?:on\s+|by\s+)?" + _weekday("wd4") + r"\s+week)\b"
    r"|(?P<after_next>" + _weekday("wd1") + r"\s+after\s+next)"
    r"|(?P<next>next\s+" + _weekday("wd2") + r")"
    r"|(?P<plain>(?:this\s+|on\s+|by\s+|until\s+)?"
    + _weekday("wd3")
    # ("Thursday 12 November" is an explicit date; "thurs 3:30" and "Friday 2pm" name a time of that day)
    + r")\b(?!\s*,?\s*(?:\d{1,2}(?![\d:.]|\s*(?:am|pm|a\.m|p\.m))|"
    + _MONTH_ANY
    + r"))"
    r"|(?P<within>(?:within|in)\s+(?:the\s+next\s+)?(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|fourteen|fifteen|twenty)\s+(?P<unit>business\s+days?|working\s+days?|days?|weeks?"
    r"|fortnights?))"
    # "two weeks from Monday" counts from that Monday
    r"|(?P<n4>\d+|a|one|two|three|four|five|six)\s+(?P<unit4>weeks?|days?)\s+(?:from|after)\s+(?:this\s+|next\s+)?"
    + _weekday("wd5")
    + r"|(?P<last_day>(?:the\s+)?(?:last\s+day|end)\s+of\s+(?P<month_end>"
    + _MONTH_ANY
    + r"))\b"
    r"|(?P<n2>\d+|two|three|four|five|ten)\s+(?P<unit2>weeks?|days?)\s+from\s+(?:now|today)"
    r"|(?P<give>give\s+us\s+(?P<n3>\d+|two|three|four|five|six|seven|ten|a)\s+(?P<unit3>days?|weeks?))"
    r"|(?P<the_nth>\bthe\s+(?P<nth>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH_ANY + r"))"
    r"|(?P<eom>end\s+of\s+(?:the|this)\s+month)"
    r"|(?P<eonm>end\s+of\s+next\s+month)"
    r"|(?P<eow>end\s+of\s+(?:the|this)\s+week)"
    r"|(?P<eonw>end\s+of\s+next\s+week)"
    r"|(?P<tomorrow>tomorrow|morgen|demain))",
    re.I,
)


@dataclass(frozen=True)
class Found:
    """A date the text names: the day, the words, and whether it was written as a calendar date."""

    date: dt.date
    words: str
    explicit: bool
    at: int


def day_first_of(sent: dt.datetime | None) -> bool | None:
    """The sender's habit judged by the offset of the sent date: the Americas (UTC-3 to UTC-10) write the
    month first; elsewhere the day comes first; without an offset, None (read only the unmistakable)."""
    if sent is None or sent.utcoffset() is None:
        return None
    hours = (sent.utcoffset() or dt.timedelta()).total_seconds() / 3600
    return not -10 <= hours <= -3


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, base: dt.date) -> int:
    """A date written without a year: the one on or after the sent day, give or take a few weeks back
    (an old date mentioned reads as this year, not next)."""
    candidate = _make(base.year, month, day)
    if candidate is not None and (candidate - base).days < -60:
        return base.year + 1
    return base.year


def _explicit(text: str, base: dt.date, day_first: bool | None) -> list[Found]:
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            year_text = m.groupdict().get("year")
            if name == "slashed":
                a, b = int(m.group("a")), int(m.group("b"))
                if a > 12 and b <= 12:
                    day, month = a, b
                elif b > 12 and a <= 12:
                    day, month = b, a
                elif day_first is None or a == 0 or b == 0:
                    continue  # 4/9 from an unknown hand: not read rather than guessed
                else:
                    day, month = (a, b) if day_first else (b, a)
            else:
                day = int(m.group("day"))
                raw = m.group("month")
                month = int(raw) if raw.isdigit() else _MONTHS[raw.lower().rstrip(".")]
            year = int(year_text) if year_text else _year_for(month, day, base)
            if year < 100:
                year += 2000
            date = _make(year, month, day)
            if date is not None:
                taken.append((m.start(), m.end()))
                begin = m.start("day") if name == "dotted_short" else m.start()  # (the date, not "until")
                found.append(Found(date, text[begin : m.end()].strip(), True, begin))
    return found


def _weekday_on_or_after(base: dt.date, weekday: int, strictly: bool = True) -> dt.date:
    ahead = (weekday - base.weekday()) % 7
    if ahead == 0 and strictly:
        ahead = 7
    return base + dt.timedelta(days=ahead)


def _add_business_days(base: dt.date, n: int) -> dt.date:
    day = base
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "fort": 14}  # by a unit's first four letters


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 0)


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def _relative(text: str, base: dt.date) -> list[Found]:
    found: list[Found] = []
    for m in _RELATIVE.finditer(text):
        g = m.groupdict()
        date: dt.date | None = None
        named = g.get("wd1") or g.get("wd2") or g.get("wd3") or g.get("wd4") or g.get("wd5") or ""
        weekday = _WEEKDAYS.get(named.lower())
        if g["after_next"] and weekday is not None:
            date = _weekday_on_or_after(base, weekday) + dt.timedelta(days=7)
        elif g["next"] and weekday is not None:
            # "next Wednesday" is the Wednesday of next week (the common reading the corpus labels take)
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7)
            date = monday + dt.timedelta(days=weekday)
        elif g["plain"] and weekday is not None:
            if _MET_ON.search(text, 0, m.start()):
                continue  # "Good to meet you on Tuesday": the day they met, gone by
            date = _weekday_on_or_after(base, weekday)
        elif g["within"]:
            n, unit = _count(g["n"]), g["unit"].lower()
            if unit.startswith(("business", "working")):
                date = _add_business_days(base, n)
            else:
                date = base + dt.timedelta(days=n * _UNIT_DAYS[unit[:4]])
        elif g["weekday_week"] and weekday is not None:
            date = _weekday_on_or_after(base, weekday) + dt.timedelta(days=7)
        elif g["n4"] and weekday is not None:
            n = _count(g["n4"])
            date = _weekday_on_or_after(base, weekday) + dt.timedelta(
                days=n * _UNIT_DAYS[g["unit4"].lower()[:4]]
            )
        elif g["last_day"]:
            month = _MONTHS[g["month_end"].lower()]
            year = base.year if month >= base.month else base.year + 1
            date = _month_end(year, month)
        elif g["n2"]:
            n = _count(g["n2"])
            date = base + dt.timedelta(days=n * (7 if g["unit2"].lower().startswith("week") else 1))
        elif g["give"]:
            n = _count(g["n3"])
            date = base + dt.timedelta(days=n * (7 if g["unit3"].lower().startswith("week") else 1))
        elif g["the_nth"]:
            day = int(g["nth"])
            date = _make(base.year, base.month, day)
            if date is None or date <= base:
                nxt = _month_end(base.year, base.month) + dt.timedelta(days=1)
                date = _make(nxt.year, nxt.month, day)
        elif g["eom"]:
            date = _month_end(base.year, base.month)
        elif g["eonm"]:
            nxt = _month_end(base.year, base.month) + dt.timedelta(days=1)
            date = _month_end(nxt.year, nxt.month)
        elif g["eow"]:
            date = _weekday_on_or_after(base, 4, strictly=False)
        elif g["eonw"]:
            date = _weekday_on_or_after(base, 4, strictly=False) + dt.timedelta(days=7)
        elif g["tomorrow"]:
            date = base + dt.timedelta(days=1)
        if date is not None:
            found.append(Found(date, m.group(0).strip(), False, m.start()))
    return found


# A weekday that names the meeting already held: "Good to meet you on Tuesday", "thanks for Tuesday",
# "we met on Monday".
_MET_ON = re.compile(
    r"\b(?:(?:good|nice|great|lovely|a pleasure|glad|wonderful) to (?:meet|see|speak (?:with|to)"
    r"|talk (?:with|to)|chat (?:with|to)) you"
    r"|(?:met|saw|spoke|talked|chatted|interviewed)(?: with| to)?(?: you)?"
    r"|thanks? (?:you )?(?:so much |again )?for(?: your time| coming in| the chat| the conversation)?)"
    r"\s+(?:on\s+|last\s+)?$",
    re.IGNORECASE,
)


def find_dates(text: str, sent: dt.date, day_first: bool | None) -> list[Found]:
    """Every date the text names, in the order written (K4: relative ones read against ``sent``)."""
    explicit = _explicit(text, sent, day_first)
    spans = [(f.at, f.at + len(f.words)) for f in explicit]
    relative = [f for f in _relative(text, sent) if not any(s <= f.at < e for s, e in spans)]
    # a weekday written beside an explicit date ("Friday, September 18") is that date, not another
    relative = [f for f in relative if not any(0 <= s - (f.at + len(f.words)) <= 3 for s, _ in spans)]
    return sorted(explicit + relative, key=lambda f: f.at)


def pick(found: list[Found], sent: dt.date) -> Found | None:
    """The date a reply gives: explicit before relative (K4), never a day before it was sent, and of
    several the latest (an earlier one is the old date, or the day a step happens before the answer)."""
    ahead = [f for f in found if f.date >= sent]
    for explicit in (True, False):
        among = [f for f in ahead if f.explicit == explicit]
        if among:
            return max(among, key=lambda f: (f.date, f.at))
    return None
