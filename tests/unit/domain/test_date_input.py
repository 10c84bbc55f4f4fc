"""Dates as people type them: one reader for the dialogs and the command line (issue 12, point 8-9)."""

from __future__ import annotations

import datetime as dt

import pytest

from ritmeregie.domain.date_input import DateInputError, DateProblem, parse_date_input

SATURDAY = dt.date(2026, 12, 5)  # "today" in these tests; the caller decides it (day rule)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18-12", dt.date(2026, 12, 18)),
        ("9-12", dt.date(2026, 12, 9)),
        ("18/12", dt.date(2026, 12, 18)),
        (" 18.12 ", dt.date(2026, 12, 18)),
        ("18-12-2027", dt.date(2027, 12, 18)),
        ("18-12-27", dt.date(2027, 12, 18)),
        ("2.4.28", dt.date(2028, 4, 2)),
        ("2027-12-18", dt.date(2027, 12, 18)),
        ("18 december", dt.date(2026, 12, 18)),
        ("18 December", dt.date(2026, 12, 18)),
        ("18 dec", dt.date(2026, 12, 18)),
        ("18 dec.", dt.date(2026, 12, 18)),
        ("18 december 2027", dt.date(2027, 12, 18)),
        ("3 mrt", dt.date(2027, 3, 3)),
        ("3 maart", dt.date(2027, 3, 3)),
        ("3 march", dt.date(2027, 3, 3)),
        ("1 mei", dt.date(2027, 5, 1)),
        ("1 oktober", dt.date(2027, 10, 1)),
        ("1 october", dt.date(2027, 10, 1)),
        ("December 18", dt.date(2026, 12, 18)),
        ("December 18, 2027", dt.date(2027, 12, 18)),
        ("vandaag", SATURDAY),
        ("today", SATURDAY),
        ("Morgen", dt.date(2026, 12, 6)),
        ("tomorrow", dt.date(2026, 12, 6)),
        ("overmorgen", dt.date(2026, 12, 7)),
        ("gisteren", dt.date(2026, 12, 4)),
        ("vrijdag", dt.date(2026, 12, 11)),  # the next Friday
        ("friday", dt.date(2026, 12, 11)),
        ("vr", dt.date(2026, 12, 11)),
        ("maandag", dt.date(2026, 12, 7)),
        ("zaterdag", dt.date(2026, 12, 12)),  # today is Saturday: the next one is a week on
        ("sunday", dt.date(2026, 12, 6)),
        # Without a year: at most two months back, otherwise the next one.
        ("15-1", dt.date(2027, 1, 15)),
        ("1-11", dt.date(2026, 11, 1)),
        ("1-10", dt.date(2027, 10, 1)),
        ("1-6", dt.date(2027, 6, 1)),
        ("29-2", dt.date(2028, 2, 29)),  # the first leap year in reach
    ],
)
def test_what_people_type_is_read(text: str, expected: dt.date) -> None:
    assert parse_date_input(text, SATURDAY) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", DateProblem.EMPTY),
        ("   ", DateProblem.EMPTY),
        ("Kerstdiner op 18 december", DateProblem.UNREADABLE),
        ("hello", DateProblem.UNREADABLE),
        ("18 decembre", DateProblem.UNREADABLE),
        ("2-", DateProblem.UNREADABLE),
        ("18-12-2027-1", DateProblem.UNREADABLE),
        ("volgende week", DateProblem.UNREADABLE),
        ("31-2", DateProblem.NO_SUCH_DAY),
        ("31-2-2027", DateProblem.NO_SUCH_DAY),
        ("2027-13-01", DateProblem.NO_SUCH_DAY),
        ("0-12", DateProblem.NO_SUCH_DAY),
        ("32 december", DateProblem.NO_SUCH_DAY),
        ("29-2-2027", DateProblem.NO_SUCH_DAY),
        ("1-1-1899", DateProblem.OUT_OF_RANGE),
        ("2201-01-01", DateProblem.OUT_OF_RANGE),
        ("9999-12-31", DateProblem.OUT_OF_RANGE),
    ],
)
def test_what_is_not_a_date_says_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(DateInputError) as refused:
        parse_date_input(text, SATURDAY)
    assert refused.value.problem is problem
    assert refused.value.text == text


def test_the_years_at_the_edges_are_dates() -> None:
    assert parse_date_input("1-1-1900", SATURDAY) == dt.date(1900, 1, 1)
    assert parse_date_input("2200-12-31", SATURDAY) == dt.date(2200, 12, 31)


def test_recent_days_stay_in_their_year_and_the_rest_is_ahead() -> None:
    january = dt.date(2027, 1, 5)
    assert parse_date_input("20-12", january) == dt.date(2026, 12, 20)
    march = dt.date(2027, 3, 26)
    assert parse_date_input("18-12", march) == dt.date(2027, 12, 18)
    assert parse_date_input("18 december", march) == dt.date(2027, 12, 18)
    assert parse_date_input("morgen", dt.date(2026, 12, 31)) == dt.date(2027, 1, 1)
