"""Local wall-clock time to instants and back, safe on DST nights."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class UnknownTimezoneError(ValueError):
    pass


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimezoneError(name) from exc


def wall_time_exists(date: dt.date, at: dt.time, tz: dt.tzinfo) -> bool:
    """False for the hour skipped when clocks go forward (e.g. 02:30 on 2027-03-28 in Amsterdam)."""
    local = dt.datetime.combine(date, at, tzinfo=tz)
    round_trip = local.astimezone(dt.UTC).astimezone(tz)
    return round_trip.replace(tzinfo=None) == local.replace(tzinfo=None)


def wall_time_repeats(date: dt.date, at: dt.time, tz: dt.tzinfo) -> bool:
    """True for the hour that happens twice when clocks go back (02:30 on 2027-10-31 in Amsterdam)."""
    local = dt.datetime.combine(date, at, tzinfo=tz)
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset() and (
        wall_time_exists(date, at, tz)
    )


def local_instant(date: dt.date, at: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The instant (UTC) of a wall-clock time on a date.

    A time that does not exist (the spring-forward gap) becomes the first instant after the gap;
    a time that occurs twice (the autumn fold) means its first occurrence.
    """
    local = dt.datetime.combine(date, at, tzinfo=tz)
    if wall_time_exists(date, at, tz):
        return local.replace(fold=0).astimezone(dt.UTC)
    # In the gap the two folds map to instants on either side of the transition; bisect (whole
    # seconds) for the first instant whose wall time is at or past the asked time.
    wall = local.replace(tzinfo=None)
    ends = sorted(int(local.replace(fold=f).timestamp()) for f in (0, 1))
    lo, hi = ends
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if dt.datetime.fromtimestamp(mid, tz).replace(tzinfo=None) >= wall:
            hi = mid
        else:
            lo = mid
    return dt.datetime.fromtimestamp(hi, dt.UTC)


# The hour a local day turns over unless the user chose another (setting `day_boundary`): a
# meeting at 00:30 belongs to the evening before, and between midnight and 04:00 "today" is still
# yesterday's date everywhere (app, windows, every command).
DEFAULT_DAY_BOUNDARY = dt.time(4, 0)
# For calendar dates (an .ics export, a calendar's cached window): days from midnight to midnight.
MIDNIGHT = dt.time(0)


def day_bounds(date: dt.date, tz: dt.tzinfo, boundary: dt.time) -> tuple[dt.datetime, dt.datetime]:
    """The instants (UTC) a local day spans: `date` at the boundary up to the next date at the
    boundary. A day may be 23 or 25 hours long."""
    start = local_instant(date, boundary, tz)
    end = local_instant(date + dt.timedelta(days=1), boundary, tz)
    return start, end


def local_date(instant: dt.datetime, tz: dt.tzinfo, boundary: dt.time) -> dt.date:
    """The local day an instant belongs to: the day whose bounds contain it.

    Between midnight and a 04:00 boundary that is the previous calendar date. Subtracting the
    boundary in wall-clock time can land one day off in a DST night, so the bounds settle it.
    """
    local = instant.astimezone(tz)
    date = (local - dt.timedelta(hours=boundary.hour, minutes=boundary.minute)).date()
    start, end = day_bounds(date, tz, boundary)
    while instant >= end:
        date += dt.timedelta(days=1)
        start, end = day_bounds(date, tz, boundary)
    while instant < start:
        date -= dt.timedelta(days=1)
        start, end = day_bounds(date, tz, boundary)
    return date


def next_day_start(instant: dt.datetime, tz: dt.tzinfo, boundary: dt.time) -> dt.datetime:
    """The first day boundary strictly after `instant` (UTC): never a moment already past."""
    return day_bounds(local_date(instant, tz, boundary), tz, boundary)[1]
