"""``parse_decision``: every phrasing of PLAYBOOK §1.4 and the precedence of §1.12 K4.

D is anchored on I (the interview date) or, for a reply, on the day it was received (K4). Explicit
dates beat weekdays and relative phrases; "within N business days" counts in the company's calendar;
vague words give no date and ask the user to confirm one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.plan.business_days import BusinessCalendar
from followup.core.plan.decision_date import parse_decision
from followup.workdays import business_calendar

D = dt.date
YEARS = (2025, 2026, 2027)
US = business_calendar("US", "", YEARS)
GB = business_calendar("GB", "ENG", YEARS)
JP = business_calendar("JP", "", YEARS)
IL = business_calendar("IL", "", YEARS)
MON_2_MAR = D(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # explicit dates, in the forms people say and write them
        ("We'll decide by Friday, March 20", D(2026, 3, 10), D(2026, 3, 20)),  # S02
        ("decision by Fri 23 Oct", D(2026, 10, 5), D(2026, 10, 23)),  # S12
        ("by March 20th", MON_2_MAR, D(2026, 3, 20)),
        ("by the 15th of April", MON_2_MAR, D(2026, 4, 15)),
        ("on 4 July", MON_2_MAR, D(2026, 7, 4)),
        ("by Mar. 20", MON_2_MAR, D(2026, 3, 20)),
        ("2026-03-20", MON_2_MAR, D(2026, 3, 20)),
        ("March 20, 2027", MON_2_MAR, D(2027, 3, 20)),
        ("by 03/20/2026", MON_2_MAR, D(2026, 3, 20)),
        ("by February 10", MON_2_MAR, D(2027, 2, 10)),  # no year and already past: the next one
        # within N days / weeks / business days
        ("within two weeks", D(2026, 4, 15), D(2026, 4, 29)),  # S04
        ("within 10 days", MON_2_MAR, D(2026, 3, 12)),
        ("in a week", MON_2_MAR, D(2026, 3, 9)),
        ("in 3 weeks", MON_2_MAR, D(2026, 3, 23)),
        ("within the next two weeks", MON_2_MAR, D(2026, 3, 16)),
        ("within five business days", MON_2_MAR, D(2026, 3, 9)),  # bd(Mon 2 Mar, 5) = Mon 9 Mar
        ("within 3 working days", D(2026, 3, 6), D(2026, 3, 11)),
        ("we may decide within 10 days", MON_2_MAR, D(2026, 3, 12)),  # "may" is not the month here
        # by <weekday>: the first such weekday after I
        ("by Friday", MON_2_MAR, D(2026, 3, 6)),
        ("by Friday", D(2026, 3, 13), D(2026, 3, 20)),  # I is a Friday: the next Friday
        ("by Monday", MON_2_MAR, D(2026, 3, 9)),
        ("on Wednesday", D(2026, 3, 4), D(2026, 3, 11)),
        ("this Thursday", MON_2_MAR, D(2026, 3, 5)),
        # next week: Friday of the following week
        ("next week", D(2026, 4, 15), D(2026, 4, 24)),
        ("sometime next week", MON_2_MAR, D(2026, 3, 13)),
        ("by the end of next week", D(2026, 3, 6), D(2026, 3, 13)),  # I a Friday
        ("next week", D(2026, 3, 8), D(2026, 3, 13)),  # I a Sunday: the week starting the next day
        # end of <month>: its last calendar day
        ("by the end of April", D(2026, 4, 9), D(2026, 4, 30)),  # S06
        ("end of the month", MON_2_MAR, D(2026, 3, 31)),
        ("end of this month", D(2026, 2, 3), D(2026, 2, 28)),
        ("by the end of next month", D(2026, 12, 15), D(2027, 1, 31)),
        ("end of February", D(2027, 11, 1), D(2028, 2, 29)),  # a leap year
        ("by the end of Jan", D(2026, 12, 1), D(2027, 1, 31)),  # a month already past: next year's
    ],
)
def test_every_phrasing_of_section_1_4(text: str, anchor: D, expected: D) -> None:
    assert parse_decision(text, anchor, US, "US").date == expected


@pytest.mark.parametrize(
    "text",
    [
        "soon",
        "We'll be in touch soon.",
        "in the coming weeks",
        "in a couple of weeks",  # §5.6: vague phrases are generic
        "shortly",
        "as soon as we can",
        "we are still interviewing",
        "by mid-March",
    ],
)
def test_vague_words_give_no_date_and_ask_for_one(text: str) -> None:
    parsed = parse_decision(text, MON_2_MAR, US, "US")
    assert parsed.date is None
    assert "confirm" in parsed.how


def test_nothing_stated_gives_no_date() -> None:
    assert parse_decision("   ", MON_2_MAR, US, "US").date is None


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("by Friday, March 20", MON_2_MAR, D(2026, 3, 20)),  # not Fri 6 Mar, the first Friday after I
        ("We expect a decision by Friday 22 May", D(2026, 5, 8), D(2026, 5, 22)),  # S04: not Fri 15 May
        ("within two weeks, so by March 20", MON_2_MAR, D(2026, 3, 20)),  # not I + 14 = 16 Mar
        ("next week, on the 11th of March", MON_2_MAR, D(2026, 3, 11)),  # not Fri 13 Mar
        ("by the end of the month, 2026-03-27 at the latest", MON_2_MAR, D(2026, 3, 27)),
        ("Friday, March 19", MON_2_MAR, D(2026, 3, 19)),  # the date wins even over a wrong weekday
    ],
)
def test_k4_an_explicit_date_beats_a_weekday_or_relative_phrase(text: str, anchor: D, expected: D) -> None:
    parsed = parse_decision(text, anchor, US, "US")
    assert parsed.date == expected and parsed.how == "explicit date"


def test_k4_a_day_of_the_month_with_a_weekday_is_an_explicit_date() -> None:
    assert parse_decision("We'll decide by Friday the 20th", MON_2_MAR, US, "US").date == D(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "received", "expected"),
    [
        ("within two weeks", D(2026, 5, 8), D(2026, 5, 22)),
        ("by Friday", D(2026, 5, 8), D(2026, 5, 15)),
        ("next week", D(2026, 5, 8), D(2026, 5, 15)),
    ],
)
def test_k4_a_relative_phrase_in_a_reply_is_anchored_on_the_day_it_was_received(
    text: str, received: D, expected: D
) -> None:
    assert parse_decision(text, received, US, "US").date == expected


@pytest.mark.parametrize(
    ("calendar", "anchor", "n", "expected"),
    [
        (US, D(2026, 7, 1), 5, D(2026, 7, 9)),  # Fri 3 Jul 2026 is the observed Independence Day
        (US, D(2026, 11, 25), 2, D(2026, 11, 30)),  # Thanksgiving Thu 26 Nov; Fri 27 Nov is a business day
        (GB, D(2026, 4, 2), 5, D(2026, 4, 13)),  # Good Friday and Easter Monday
        (US, D(2026, 4, 2), 5, D(2026, 4, 9)),  # the same days in the US are business days
        (JP, D(2026, 4, 28), 3, D(2026, 5, 7)),  # Shōwa Day and Golden Week (6 May substitute holiday)
        (IL, D(2026, 3, 5), 1, D(2026, 3, 8)),  # Israel: Friday and Saturday are the weekend
    ],
)
def test_within_n_business_days_uses_the_company_calendar(
    calendar: BusinessCalendar, anchor: D, n: int, expected: D
) -> None:
    parsed = parse_decision(f"within {n} business days", anchor, calendar, "US")
    assert parsed.date == expected
    assert parsed.how == f"within {n} business day(s): bd(I, {n})"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("by 3/4", "US", D(2026, 3, 4)),
        ("by 3/4", "GB", D(2026, 4, 3)),
        ("by 3/4", "DE", D(2026, 4, 3)),
        ("by 4/3", "US", D(2026, 4, 3)),
        ("by 4/3", "FR", D(2026, 3, 4)),
        ("bis 20.3.", "DE", D(2026, 3, 20)),
        ("by 20/03/2026", "GB", D(2026, 3, 20)),
        ("by 03/20/2026", "US", D(2026, 3, 20)),
        ("by 03/20/2026", "GB", None),  # month 20 does not exist: no date, ask the user
        ("by 2026-03-20", "GB", D(2026, 3, 20)),  # ISO is the same everywhere
    ],
)
def test_numeric_dates_are_month_first_only_where_people_write_them_so(
    text: str, country: str, expected: D | None
) -> None:
    calendar = business_calendar(country, "ENG" if country == "GB" else "", YEARS)
    assert parse_decision(text, MON_2_MAR, calendar, country).date == expected


def test_the_parse_says_how_it_read_the_words() -> None:
    assert parse_decision("within two weeks", MON_2_MAR, US).how == "within 2 week(s): I + 14 days"
    assert parse_decision("next week", MON_2_MAR, US).how == "next week: Friday of the following week"
    assert parse_decision("end of April", MON_2_MAR, US).how == "end of the month: its last calendar day"
    assert parse_decision("by Friday", MON_2_MAR, US).how == "by <weekday>: the first such day after I"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("we will decide by 30 February", "30 February does not exist"),
        ("by February 30th, 2026", "30 February 2026 does not exist"),
        ("on the 31st of April", "31 April does not exist"),
        ("by 2026-02-30", "30 February 2026 does not exist"),
        ("by 2026-13-01", "month 13 does not exist"),
        ("by 29 February 2027", "29 February 2027 does not exist (not a leap year)"),
        ("by 4/31", "31 April does not exist"),  # US: month first
        ("by the 32nd", "day 32 does not exist"),
        ("within two weeks, so by March 32", "32 March does not exist"),  # K4: the date was meant
    ],
)
def test_an_impossible_explicit_date_is_named_and_gives_no_date(text: str, problem: str) -> None:
    parsed = parse_decision(text, MON_2_MAR, US, "US")
    assert (parsed.date, parsed.problem) == (None, problem)
    assert parsed.how == f"{problem}: please confirm a date"


def test_a_day_first_country_names_the_impossible_day_the_other_way() -> None:
    assert parse_decision("by 31/4", MON_2_MAR, US, "GB").problem == "31 April does not exist"


@pytest.mark.parametrize("text", ["we pay 12.50 an hour; within two weeks", "version 3.40, within two weeks"])
def test_a_number_with_a_dot_is_not_an_impossible_date(text: str) -> None:
    parsed = parse_decision(text, MON_2_MAR, US, "US")
    assert (parsed.date, parsed.problem) == (D(2026, 3, 16), "")


def test_every_month_is_named_in_full_when_its_day_does_not_exist() -> None:
    assert parse_decision("by 31 June", MON_2_MAR, US, "US").problem == "31 June does not exist"
    assert parse_decision("by Sept 31", MON_2_MAR, US, "US").problem == "31 September does not exist"
