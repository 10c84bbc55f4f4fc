"""Reading the dates and times people type on the command line, in the store's zone and day."""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.cli.common import CliError
from ritmeregie.domain.date_input import DateInputError, parse_date_input
from ritmeregie.domain.localtime import (
    wall_time_repeats,
)
from ritmeregie.platform.i18n import translate
from ritmeregie.services.date_words import date_problem_text

if TYPE_CHECKING:
    from ritmeregie.storage import Store


def parse_date(text: str | None, tz: ZoneInfo) -> dt.date:
    """A typed date, checked before anything is opened: relative words are read against the
    local date here and read again against the app's today once the store is open (day_of_args)."""
    today = dt.datetime.now(tz).date()
    return today if text is None else read_date(text, today)


def read_date(text: str, today: dt.date) -> dt.date:
    """18-12, 18 december, morgen, vrijdag, 2027-12-18 … as the dialogs read them (date_input)."""
    try:
        return parse_date_input(text, today)
    except DateInputError as exc:
        raise CliError(date_problem_text(exc.problem, text)) from None


def day_boundary_of(store: Store) -> dt.time:
    """The store's day boundary (04:00 by default): the one rule of ritmeregie/services/today.py."""
    from ritmeregie.services.today import day_boundary

    return day_boundary(store)


def today_of(store: Store, tz: ZoneInfo) -> dt.date:
    """Today as the app sees it: before the day boundary, still yesterday's date."""
    from ritmeregie.services.today import today

    return today(store, tz)


def day_of_args(store: Store, text: str | None, tz: ZoneInfo) -> dt.date:
    """The --date given (read as on the app's today), or that today."""
    today = today_of(store, tz)
    return today if text is None else read_date(text, today)


_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_ISO_T = re.compile(r"(?<=\d)T(?=\d)")


@dataclass(frozen=True, slots=True)
class WallInput:
    """A typed moment: a date as typed (None: the day is implied) and a wall-clock time."""

    text: str
    date_text: str | None
    time: dt.time

    def on(self, day: dt.date, boundary: dt.time) -> dt.datetime:
        """The naive wall-clock moment. A typed date is read as on `day`; a time alone falls in
        `day` as the app counts days, so before the day boundary it is the next calendar date
        (01:30 on a day that runs from 04:00 to 04:00 is the night after it)."""
        if self.date_text is not None:
            return dt.datetime.combine(read_date(self.date_text, day), self.time)
        later = dt.timedelta(days=1 if self.time < boundary else 0)
        return dt.datetime.combine(day + later, self.time)


def parse_wall(text: str) -> WallInput:
    """'2027-12-18 10:00', '18-12 10:00', 'morgen 10:00' or just '10:00', checked for its form."""
    raw = _ISO_T.sub(" ", text.strip())
    date_text, _, time_text = raw.rpartition(" ")
    if ":" in time_text and re.search(r"\d(?:[+-]\d{2}:?\d{2}|Z)$", time_text):
        raise CliError(
            translate(
                "cli", "Write '{value}' without a UTC offset: times are in your own time zone."
            ).format(value=text)
        )
    try:
        if not _TIME.fullmatch(time_text):
            raise ValueError(time_text)
        at = dt.time.fromisoformat(time_text.zfill(5) if len(time_text) < 5 else time_text)
    except ValueError:
        raise CliError(
            translate(
                "cli",
                '\'{value}\' is not a date and time; write e.g. "2027-03-26 10:00", "26-3 10:00", '
                '"tomorrow 10:00" or 10:00.',
            ).format(value=text)
        ) from None
    wall = WallInput(text, date_text.strip() or None, at)
    if wall.date_text is not None:
        read_date(wall.date_text, dt.date.today())  # refuse a bad date before opening anything
    return wall


def localize(wall: dt.datetime, tz: ZoneInfo, fold: int | None = None) -> dt.datetime:
    """The instant of a wall-clock time, decided once: a skipped hour is refused, and in the hour
    that happens twice `fold` picks the first (0) or second (1) time; without it, the first, and
    the command says so."""
    aware = wall.replace(tzinfo=tz)
    if aware.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) != wall:
        raise CliError(
            translate("cli", "{value} does not exist in {zone}: the clocks skip that hour.").format(
                value=f"{wall:%Y-%m-%d %H:%M}", zone=tz.key
            )
        )
    if not wall_time_repeats(wall.date(), wall.time(), tz):
        return aware
    if fold is None:
        first, second = aware.replace(fold=0), aware.replace(fold=1)
        print(
            translate(
                "cli",
                "{value} happens twice in {zone} (the clocks go back): taken the first time "
                "({first}); --fold 1 takes the second ({second}).",
            ).format(
                value=f"{wall:%Y-%m-%d %H:%M}",
                zone=tz.key,
                first=_offset(first),
                second=_offset(second),
            ),
            file=sys.stderr,
        )
        fold = 0
    return aware.replace(fold=fold)


def _offset(moment: dt.datetime) -> str:
    text = moment.strftime("%z")
    return f"UTC{text[:3]}:{text[3:]}"


def local_text(moment: dt.datetime, tz: ZoneInfo, pattern: str) -> str:
    """A local time for people; in the hour that happens twice, with its UTC offset."""
    local = moment.astimezone(tz)
    text = local.strftime(pattern)
    if wall_time_repeats(local.date(), local.time().replace(tzinfo=None), tz):
        text += f" ({_offset(local)})"
    return text
