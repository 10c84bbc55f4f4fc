"""The one error type the calendar service raises: a readable line, never a traceback."""

from __future__ import annotations


class CalendarError(Exception):
    """A calendar that cannot be used at all (not an .ics file, unknown layer, fetch failed).

    Problems inside an otherwise readable file are not errors: they are reported line by line
    in the ImportReport and the broken events or series are skipped.
    """


class FetchError(CalendarError):
    """A subscription that could not be fetched; the layer keeps its last good copy."""
