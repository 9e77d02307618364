"""Business-day arithmetic (PLAYBOOK §1.2–§1.3) on calendars built from the ``holidays`` package.

bd(X, N) is the N-th business day strictly after X (X itself is day 0 whether or not it is a business
day); bd_prev(X) is the last business day strictly before X. The dates below are the playbook's own
(§1.2 table, §4 scenarios) or checked by hand against a printed calendar.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.errors import InvalidInput
from followup.core.plan.business_days import BusinessCalendar
from followup.workdays import business_calendar

D = dt.date
YEARS = (2025, 2026, 2027)
US = business_calendar("US", "", YEARS)
GB_ENG = business_calendar("GB", "ENG", YEARS)
GB_SCT = business_calendar("GB", "SCT", YEARS)
JP = business_calendar("JP", "", YEARS)
IL = business_calendar("IL", "", YEARS)
DE_BY = business_calendar("DE", "BY", YEARS)
PLAIN = BusinessCalendar()  # Monday to Friday, no holidays


@pytest.mark.parametrize(
    ("calendar", "start", "n", "expected"),
    [
        (PLAIN, D(2026, 3, 2), 5, D(2026, 3, 9)),  # §1.3: bd(Mon 2 Mar 2026, 5) = Mon 9 Mar 2026
        (US, D(2026, 3, 2), 5, D(2026, 3, 9)),
        (US, D(2026, 3, 2), 0, D(2026, 3, 2)),  # day 0 is X itself
        (US, D(2026, 3, 7), 0, D(2026, 3, 7)),  # even when X is a Saturday
        (US, D(2026, 3, 7), 1, D(2026, 3, 9)),  # from a Saturday: the Monday is day 1
        (US, D(2026, 3, 6), 1, D(2026, 3, 9)),  # Friday + 1 = Monday
        (US, D(2026, 3, 2), 10, D(2026, 3, 16)),  # S01 F1 window end
        (US, D(2026, 1, 21), 2, D(2026, 1, 23)),  # S08 FL window
        (US, D(2026, 2, 10), 4, D(2026, 2, 17)),  # S10: Presidents' Day Mon 16 Feb not counted
        (US, D(2026, 2, 19), 10, D(2026, 3, 5)),  # S10: bd(Thu 19 Feb, 10) = Thu 5 Mar
        (US, D(2026, 4, 29), 1, D(2026, 4, 30)),  # S04: earliest F1 Thu 30 Apr
        (US, D(2026, 5, 22), 1, D(2026, 5, 26)),  # S04: Memorial Day Mon 25 May, bd(D',1) = Tue 26 May
        (US, D(2026, 5, 12), 10, D(2026, 5, 27)),  # S07: F1 due until Wed 27 May
        (US, D(2026, 7, 1), 5, D(2026, 7, 9)),  # S18: Fri 3 Jul observed Independence Day
        (US, D(2026, 7, 1), 3, D(2026, 7, 7)),
        (US, D(2026, 11, 25), 1, D(2026, 11, 27)),  # Thanksgiving; the day after is a business day
        (US, D(2026, 12, 23), 1, D(2026, 12, 24)),  # 24 Dec is an ordinary business day
        (US, D(2026, 12, 24), 1, D(2026, 12, 28)),  # Christmas Fri 25 Dec
        (US, D(2026, 12, 30), 2, D(2027, 1, 4)),  # 31 Dec is a business day; Fri 1 Jan 2027 is not
        (US, D(2027, 1, 15), 1, D(2027, 1, 19)),  # Martin Luther King Jr. Day Mon 18 Jan 2027
        (GB_ENG, D(2026, 4, 2), 5, D(2026, 4, 13)),  # S22: Good Friday and Easter Monday
        (GB_ENG, D(2026, 4, 2), 10, D(2026, 4, 20)),
        (GB_ENG, D(2026, 12, 24), 1, D(2026, 12, 29)),  # Christmas Fri 25, Boxing Day substitute Mon 28
        (GB_SCT, D(2026, 12, 31), 1, D(2027, 1, 5)),  # 1 and 4 Jan 2027 (2 Jan substitute) closed
        (GB_ENG, D(2026, 12, 31), 1, D(2027, 1, 4)),  # England has no 2 January holiday
        (JP, D(2026, 4, 28), 1, D(2026, 4, 30)),  # Shōwa Day Wed 29 Apr
        (JP, D(2026, 5, 1), 1, D(2026, 5, 7)),  # Golden Week: 4, 5 and 6 May (substitute)
        (IL, D(2026, 3, 5), 1, D(2026, 3, 8)),  # Thursday + 1 = Sunday (weekend Fri/Sat)
        (IL, D(2026, 3, 6), 1, D(2026, 3, 8)),
        (IL, D(2026, 3, 8), 5, D(2026, 3, 15)),  # Sun–Thu weeks
        (DE_BY, D(2026, 8, 14), 1, D(2026, 8, 17)),  # Bavaria's Assumption Day Sat 15 Aug: the weekend anyway
        (DE_BY, D(2026, 1, 5), 1, D(2026, 1, 7)),  # Epiphany Tue 6 Jan in Bavaria
    ],
)
def test_bd_is_the_nth_business_day_strictly_after(
    calendar: BusinessCalendar, start: D, n: int, expected: D
) -> None:
    assert calendar.bd(start, n) == expected


@pytest.mark.parametrize(
    ("calendar", "day", "expected"),
    [
        (US, D(2026, 10, 20), D(2026, 10, 19)),  # S12: bd_prev(Tue 20 Oct) = Mon 19 Oct
        (US, D(2026, 3, 9), D(2026, 3, 6)),  # Monday → Friday
        (US, D(2026, 3, 8), D(2026, 3, 6)),  # Sunday → Friday
        (US, D(2026, 7, 6), D(2026, 7, 2)),  # before the observed Fri 3 Jul
        (US, D(2026, 5, 26), D(2026, 5, 22)),  # before Memorial Day
        (US, D(2026, 1, 2), D(2025, 12, 31)),  # over New Year's Day into the previous year
        (GB_ENG, D(2026, 4, 7), D(2026, 4, 2)),  # Easter: back to Thursday
        (IL, D(2026, 3, 8), D(2026, 3, 5)),  # Sunday → Thursday
    ],
)
def test_bd_prev_is_the_last_business_day_strictly_before(
    calendar: BusinessCalendar, day: D, expected: D
) -> None:
    assert calendar.bd_prev(day) == expected


@pytest.mark.parametrize(
    ("day", "business"),
    [
        (D(2026, 1, 1), False),  # New Year's Day
        (D(2026, 1, 19), False),  # Martin Luther King Jr. Day
        (D(2026, 2, 16), False),  # Washington's Birthday
        (D(2026, 5, 25), False),  # Memorial Day
        (D(2026, 6, 19), False),  # Juneteenth
        (D(2026, 7, 3), False),  # Independence Day, observed (4 Jul is a Saturday)
        (D(2026, 9, 7), False),  # Labor Day
        (D(2026, 10, 12), False),  # Columbus Day
        (D(2026, 11, 11), False),  # Veterans Day
        (D(2026, 11, 26), False),  # Thanksgiving
        (D(2026, 12, 25), False),  # Christmas
        (D(2027, 1, 1), False),
        (D(2027, 1, 18), False),
        (D(2026, 11, 27), True),  # the day after Thanksgiving
        (D(2026, 12, 24), True),
        (D(2026, 12, 31), True),
        (D(2026, 7, 2), True),
        (D(2026, 3, 7), False),  # a Saturday
        (D(2026, 3, 8), False),  # a Sunday
    ],
)
def test_us_federal_calendar_2026_on_observed_dates(day: D, business: bool) -> None:
    assert US.is_business_day(day) is business


def test_us_federal_calendar_has_exactly_the_eleven_weekday_holidays_of_2026() -> None:
    weekday_holidays = sorted(d for d in US.holidays if d.year == 2026 and d.weekday() < 5)
    assert len(weekday_holidays) == 11
    assert US.name == "US" and US.weekend == frozenset({5, 6})


@pytest.mark.parametrize(
    ("calendar", "day", "business"),
    [
        (GB_ENG, D(2026, 4, 3), False),
        (GB_ENG, D(2026, 4, 6), False),
        (GB_ENG, D(2026, 5, 4), False),
        (GB_ENG, D(2026, 8, 31), False),
        (GB_ENG, D(2026, 12, 28), False),  # substitute for Boxing Day
        (GB_ENG, D(2026, 7, 3), True),  # no US holidays in England
        (JP, D(2026, 5, 6), False),  # substitute holiday for Sun 3 May
        (JP, D(2026, 5, 7), True),
        (IL, D(2026, 3, 6), False),  # Friday
        (IL, D(2026, 3, 7), False),  # Saturday
        (IL, D(2026, 3, 8), True),  # Sunday
        (DE_BY, D(2026, 1, 6), False),
        (DE_BY, D(2026, 6, 4), False),  # Corpus Christi in Bavaria
    ],
)
def test_other_national_calendars(calendar: BusinessCalendar, day: D, business: bool) -> None:
    assert calendar.is_business_day(day) is business


def test_israel_weekend_is_friday_and_saturday() -> None:
    assert IL.weekend == frozenset({4, 5})


def test_extra_closures_are_days_off_too() -> None:
    closed = US.with_closures(frozenset({D(2026, 11, 27), D(2026, 12, 24)}))
    assert closed.bd(D(2026, 11, 25), 1) == D(2026, 11, 30)
    assert closed.bd_prev(D(2026, 12, 28)) == D(2026, 12, 23)
    assert US.bd(D(2026, 11, 25), 1) == D(2026, 11, 27)  # the original calendar is unchanged
    assert closed.name == US.name and closed.weekend == US.weekend


@pytest.mark.parametrize(
    ("day", "expected"),
    [(D(2026, 3, 6), D(2026, 3, 6)), (D(2026, 3, 7), D(2026, 3, 9)), (D(2026, 7, 3), D(2026, 7, 6))],
)
def test_next_business_day_is_the_day_itself_when_it_is_one(day: D, expected: D) -> None:
    assert US.next_business_day(day) == expected


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        US.bd(D(2026, 3, 2), -1)


def test_a_calendar_without_business_days_fails_instead_of_looping() -> None:
    never = BusinessCalendar("never", weekend=frozenset(range(7)))
    with pytest.raises(ValueError, match="no business days"):
        never.bd(D(2026, 3, 2), 1)
    with pytest.raises(ValueError, match="no business days"):
        never.bd_prev(D(2026, 3, 2))


@pytest.mark.parametrize(("country", "subdivision"), [("XX", ""), ("US", "ZZ")])
def test_unknown_countries_and_subdivisions_are_refused(country: str, subdivision: str) -> None:
    with pytest.raises(InvalidInput):
        business_calendar(country, subdivision, YEARS)


def test_bd_and_bd_prev_are_inverse_on_business_days() -> None:
    day = D(2026, 1, 2)
    while day < D(2027, 1, 1):
        if US.is_business_day(day):
            assert US.bd_prev(US.bd(day, 1)) == day
        day += dt.timedelta(days=1)
