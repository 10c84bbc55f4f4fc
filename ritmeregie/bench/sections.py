"""The benchmark's sections; each measures in subprocesses and adds its rows to the report.

Each section lives in its own file (startup, running, scale, calendars); what they share is
bench/context.py.
"""

from __future__ import annotations

from collections.abc import Callable

from . import calendars
from .context import Context
from .running import section_idle, section_memory, section_punctuality
from .scale import section_scale
from .startup import section_startup

__all__ = ["SECTIONS", "Context"]

# -- calendars -------------------------------------------------------------------------------------


def section_calendars(ctx: Context) -> None:
    """Big Outlook- and Google-shaped calendars: add, its memory, and a plan ahead (issue 14)."""
    calendars.section(ctx)


def section_caldav(ctx: Context) -> None:
    """What a CalDAV sync costs in requests, against a local Radicale (issue 20)."""
    from . import caldav_sync

    caldav_sync.section(ctx)


SECTIONS: dict[str, Callable[[Context], None]] = {
    "startup": section_startup,
    "idle": section_idle,
    "memory": section_memory,
    "punctuality": section_punctuality,
    "scale": section_scale,
    "calendars": section_calendars,
    "caldav": section_caldav,
}
