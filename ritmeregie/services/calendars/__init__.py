"""Imported calendars (.ics) as layers the planner respects, subscriptions, and the .ics export.

A service layer: it may import domain and storage (it is what fills the store's calendar tables);
domain and storage never import it; ui and the CLI may. Parsing is icalendar's, expanding
recurring-ical-events'; every failure is a CalendarError with one readable line.
"""

from __future__ import annotations

from ritmeregie.services.calendars.errors import CalendarError, FetchError
from ritmeregie.services.calendars.planning import layer_items
from ritmeregie.services.calendars.service import (
    ImportReport,
    Prepared,
    Unchanged,
    Window,
    check_name,
    import_into,
    needs_roll,
    note_failure,
    prepare,
    prepare_refresh,
    roll_windows,
    store_prepared,
    store_rolled,
    store_timezone,
)

__all__ = [
    "CalendarError",
    "FetchError",
    "ImportReport",
    "Prepared",
    "Unchanged",
    "Window",
    "check_name",
    "import_into",
    "layer_items",
    "needs_roll",
    "note_failure",
    "prepare",
    "prepare_refresh",
    "roll_windows",
    "store_prepared",
    "store_rolled",
    "store_timezone",
]
