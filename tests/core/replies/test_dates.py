"""Dates in replies, read against the sent day (K4)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.replies.dates import day_first_of, find_dates, pick

TUESDAY = dt.date(2026, 8, 4)


def picked(text: str, day_first: bool | None = None, sent: dt.date = TUESDAY) -> dt.date | None:
    found = pick(find_dates(text, sent, day_first), sent)
    return found.date if found else None


@pytest.mark.parametrize(
    ("text", "day_first", "date"),
    [
        ("we decide next Wednesday", None, dt.date(2026, 8, 12)),  # K4: the Wednesday of next week
        ("by Friday", None, dt.date(2026, 8, 7)),
        ("thurs 3:30", None, dt.date(2026, 8, 6)),  # a weekday and a time of day: that weekday
        ("Friday 2pm works", None, dt.date(2026, 8, 7)),
        ("Wed 10.30 is fine", None, dt.date(2026, 8, 5)),
        ("by the 19th", None, dt.date(2026, 8, 19)),
        ("by the 2nd", None, dt.date(2026, 9, 2)),  # the 2nd has passed this month: next month's
        ("within two weeks", None, dt.date(2026, 8, 18)),
        ("within five business days", None, dt.date(2026, 8, 11)),
        ("by the end of the month", None, dt.date(2026, 8, 31)),
        ("by 28/8", None, dt.date(2026, 8, 28)),  # unmistakable
        ("by 9/4", False, dt.date(2026, 9, 4)),  # month first (US)
        ("by 4/9", True, dt.date(2026, 9, 4)),  # day first
        ("am 21.09.2026", None, dt.date(2026, 9, 21)),
        ("jusqu'au 17 août", None, dt.date(2026, 8, 17)),
    ],
)
def test_k4_dates_are_read_against_the_sent_day(text: str, day_first: bool | None, date: dt.date) -> None:
    assert picked(text, day_first) == date


def test_an_ambiguous_numeric_date_from_an_unknown_hand_is_not_guessed() -> None:
    assert picked("by 9/10", None) is None


def test_k4_an_explicit_date_wins_over_a_relative_one() -> None:
    assert picked("within two weeks, by Wednesday, August 12") == dt.date(2026, 8, 12)


def test_an_old_date_before_the_reply_is_never_the_new_one() -> None:
    assert picked("we missed our 31 July date; now by 14 August") == dt.date(2026, 8, 14)


def test_the_sender_habit_follows_the_offset_of_the_sent_date() -> None:
    us = dt.datetime(2026, 8, 4, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    uk = dt.datetime(2026, 8, 4, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert (day_first_of(us), day_first_of(uk), day_first_of(None)) == (False, True, None)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("we hope to decide within a fortnight", dt.date(2026, 8, 18)),
        ("we will let you know on Monday week", dt.date(2026, 8, 17)),  # the Monday after the coming one
        ("expect news two weeks from Monday", dt.date(2026, 8, 24)),
        ("by the last day of September", dt.date(2026, 9, 30)),
        ("by the end of January", dt.date(2027, 1, 31)),  # a month already past this year: next year's
    ],
)
def test_k4_british_and_calendar_turns_of_phrase(text: str, date: dt.date) -> None:
    assert picked(text) == date


def test_k4_a_weekly_meeting_is_not_monday_week() -> None:
    assert picked("our Monday weekly stand-up") == dt.date(2026, 8, 10)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a German hand: day and month each closed by a dot, no year, after a word that introduces a date
        ("The decision will come until 20.11. at latest, I promise.", dt.date(2026, 11, 20)),
        ("Eine Antwort bekommen Sie bis 3.12. von uns.", dt.date(2026, 12, 3)),
        # a British time and a section number are no date
        ("The panel meets at 11.05. Please be on time.", None),
        ("See section 4.2. for the details.", None),
    ],
)
def test_a_day_and_month_with_dots_and_no_year_is_read_only_after_a_date_word(
    text: str, date: dt.date | None
) -> None:
    assert picked(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Good to meet you on Tuesday. We'll write again soon.", None),
        ("Thanks for Monday, the panel enjoyed it.", None),
        ("We met on Thursday and the notes are with HR.", None),
        ("Could you come in on Thursday for a second conversation?", dt.date(2026, 8, 6)),
    ],
)
def test_a_weekday_that_names_the_meeting_held_is_no_date_to_come(text: str, date: dt.date | None) -> None:
    assert picked(text) == date
