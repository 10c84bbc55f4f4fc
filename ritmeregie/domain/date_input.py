"""Dates as people type them, in Dutch or English: one reader for the dialogs and the command line.

Accepted: `18-12`, `9-12`, `18/12`, `18.12`, `18-12-2027`, `18-12-27`, `2027-12-18`, `18 december`,
`18 dec`, `18 december 2027`, `december 18` (, `2027`), `vandaag`/`today`, `morgen`/`tomorrow`,
`overmorgen`, `gisteren`/`yesterday`, and weekday names (`vrijdag`, `vr`, `friday`, `fri`), which
mean the next such day after today. The caller passes `today` (the app's day rule decides it;
this module does not read a clock).

A date without a year is the first such date from about two months before today on: mostly
people plan ahead ("18-12" typed in March is next December, "15-1" typed in December is next
January), while a recent day (last week's meeting, a reflection) stays in its own year. Anything else is refused with a reason, never guessed: "Kerstdiner op 18 december" is
not a date, and the caller keeps the text.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

FIRST_YEAR = 1900  # outside these years a date is a typing mistake, not a plan
LAST_YEAR = 2200
LOOK_BACK_DAYS = 61  # a date without a year: at most this far in the past


class DateProblem(enum.Enum):
    EMPTY = "empty"
    UNREADABLE = "unreadable"  # not a form we know
    NO_SUCH_DAY = "no_such_day"  # a known form, but e.g. 31-2 or month 13
    OUT_OF_RANGE = "out_of_range"  # before 1900 or after 2200


class DateInputError(ValueError):
    def __init__(self, problem: DateProblem, text: str) -> None:
        super().__init__(f"{problem.value}: {text!r}")
        self.problem = problem
        self.text = text


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "febr"),
        ("maart", "march", "mrt", "mar", "maa"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("augustus", "august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    MONTHS.update(dict.fromkeys(_names, _number))

WEEKDAYS: dict[str, int] = {}  # Monday = 0, as date.weekday()
for _number, _names in enumerate(
    (
        ("maandag", "ma", "monday", "mon"),
        ("dinsdag", "di", "tuesday", "tue", "tues"),
        ("woensdag", "wo", "wednesday", "wed"),
        ("donderdag", "do", "thursday", "thu", "thur", "thurs"),
        ("vrijdag", "vr", "friday", "fri"),
        ("zaterdag", "za", "saturday", "sat"),
        ("zondag", "zo", "sunday", "sun"),
    )
):
    WEEKDAYS.update(dict.fromkeys(_names, _number))

RELATIVE_DAYS = {
    "vandaag": 0,
    "today": 0,
    "morgen": 1,
    "tomorrow": 1,
    "overmorgen": 2,
    "gisteren": -1,
    "yesterday": -1,
}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})(?:\s*\2\s*(\d{2}|\d{4}))?")
_DAY_NAME = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?(?:\s+(\d{4}))?")
_NAME_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:\s*,?\s+(\d{4}))?")


def parse_date_input(text: str, today: dt.date) -> dt.date:
    """The date `text` means, typed on `today`; raises DateInputError with the reason otherwise."""
    raw = " ".join(text.split()).lower().rstrip(".")
    if not raw:
        raise DateInputError(DateProblem.EMPTY, text)
    if raw in RELATIVE_DAYS:
        return today + dt.timedelta(days=RELATIVE_DAYS[raw])
    if raw in WEEKDAYS:
        ahead = (WEEKDAYS[raw] - today.weekday() - 1) % 7 + 1  # 1..7: the next one, never today
        return today + dt.timedelta(days=ahead)
    if found := _ISO.fullmatch(raw):
        return _make(text, int(found[1]), int(found[2]), int(found[3]))
    if found := _NUMERIC.fullmatch(raw):
        return _day_month(text, today, int(found[1]), int(found[3]), found[4])
    if (found := _DAY_NAME.fullmatch(raw)) and found[2] in MONTHS:
        return _day_month(text, today, int(found[1]), MONTHS[found[2]], found[3])
    if (found := _NAME_DAY.fullmatch(raw)) and found[1] in MONTHS:
        return _day_month(text, today, int(found[2]), MONTHS[found[1]], found[3])
    raise DateInputError(DateProblem.UNREADABLE, text)


def try_date_input(text: str, today: dt.date) -> dt.date | DateProblem:
    """parse_date_input without the exception: the date, or why there is none."""
    try:
        return parse_date_input(text, today)
    except DateInputError as exc:
        return exc.problem


def _day_month(text: str, today: dt.date, day: int, month: int, year_text: str | None) -> dt.date:
    if year_text is not None:
        year = int(year_text)
        return _make(text, year + 2000 if len(year_text) == 2 else year, month, day)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise DateInputError(DateProblem.NO_SUCH_DAY, text)
    # 29-2 without a year: the first leap year from this one on that keeps it in reach.
    for year in (today.year - 1, today.year, today.year + 1, today.year + 2, today.year + 3):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date >= today - dt.timedelta(days=LOOK_BACK_DAYS):
            return _make(text, date.year, month, day)
    raise DateInputError(DateProblem.NO_SUCH_DAY, text)


def _make(text: str, year: int, month: int, day: int) -> dt.date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateInputError(DateProblem.OUT_OF_RANGE, text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateInputError(DateProblem.NO_SUCH_DAY, text) from None
