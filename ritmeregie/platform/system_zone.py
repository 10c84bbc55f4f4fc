"""The system's time zone as it is now, read again on every call (a running app follows a laptop
across zones; `paths.local_timezone_name()` answers once per process, through tzlocal's cache).

No Qt here. The answer is None when the zone cannot be told — a caller keeps the zone it has rather
than fall back to UTC in the middle of a day.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import warnings
import zoneinfo

from .paths import local_timezone_name

log = logging.getLogger(__name__)


def system_zone_name() -> str | None:
    """The IANA name of the system's zone right now, or None when it cannot be read.

    $TZ, when set, pins the zone for the life of the process (as it does for the C library), so it
    is read once. Cheap enough for a heartbeat: a few small files on Linux and macOS, the registry
    on Windows. Problems are logged once each, not on every call.
    """
    tz_env = os.environ.get("TZ")
    if tz_env:
        return _zone_from_env(tz_env)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            name = _read_fresh()
        for warning in caught:
            _log_once(logging.INFO, f"tzlocal: {warning.message}")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as error:
        _log_once(logging.WARNING, f"the system's time zone cannot be read ({error})")
        return None
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name).key
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        _log_once(logging.WARNING, f"the system's time zone {name!r} is not in the zone database")
        return None


@functools.cache
def _zone_from_env(tz_env: str) -> str:
    return local_timezone_name()


def _read_fresh() -> str | None:
    """tzlocal's uncached reader: its public `get_localzone_name()` remembers the first answer, and
    `reload_localzone()` also builds a zone object (scanning the whole zone database when there is
    no configuration) — too much for a heartbeat."""
    import tzlocal

    if sys.platform == "win32":
        from tzlocal import win32 as source
    else:
        from tzlocal import unix as source
    reader = getattr(source, "_get_localzone_name", None)
    if callable(reader):
        name: str | None = reader()  # tzlocal ships no types
        return name
    tzlocal.reload_localzone()  # a tzlocal without the private reader
    return tzlocal.get_localzone_name()


_said: set[str] = set()
_tzlocal_said: set[str] = set()


def _log_once(level: int, message: str) -> None:
    if message not in _said:
        _said.add(message)
        log.log(level, "%s", message)


class _OnceFilter(logging.Filter):
    """tzlocal logs the same complaint (a stale /etc/timezone) on every read; say it once."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message in _tzlocal_said:
            return False
        _tzlocal_said.add(message)
        return True


logging.getLogger("tzlocal").addFilter(_OnceFilter())
