"""At 02:30 on a Sunday the app, its windows and its timers all say Saturday, and Saturday's plan
nudges the meetings at 00:30 and 03:50 (heads-up, start, end) on the app's real scheduler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from app_harness import AMS, AppUnderTest

from ritmeregie.domain.model import BlockKind
from ritmeregie.services.vocabulary import long_date
from ritmeregie.ui.calendar_sync import CalendarSync
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
)

SATURDAY = dt.date(2027, 6, 12)
SUNDAY = SATURDAY + dt.timedelta(days=1)


def ams(date: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(date, dt.time.fromisoformat(hhmm), tzinfo=AMS)


def test_at_0230_the_app_and_its_windows_say_saturday(
    make_app: Callable[..., AppUnderTest],
) -> None:
    running = make_app(ams(SUNDAY, "02:30"))
    app = running.app
    assert app.controller.today() == SATURDAY
    assert app.controller.plan.date == SATURDAY
    assert app.day_watch.day == SATURDAY
    vandaag = app.show_window(WindowKey.TODAY)
    assert vandaag is not None
    assert vandaag.date_label.text() == long_date(SATURDAY)  # type: ignore[attr-defined]
    settings = app.show_window(WindowKey.SETTINGS)
    assert settings is not None
    assert settings.rhythm_page.day_tabs.currentIndex() == SATURDAY.weekday()  # type: ignore[attr-defined]


def test_meetings_at_0030_and_0350_get_their_jobs(make_app: Callable[..., AppUnderTest]) -> None:
    running = make_app(ams(SUNDAY, "00:10"))
    app = running.app
    for start in ("00:30", "03:50"):
        begin = ams(SUNDAY, start)
        app.controller.add_agenda(f"Overleg {start}", begin, begin + dt.timedelta(minutes=30))
    meetings = [b for b in app.controller.plan.blocks if b.kind is BlockKind.MEETING]
    assert [b.start.strftime("%d %H:%M") for b in meetings] == ["13 00:30", "13 03:50"]
    jobs = app.scheduler.job_ids()
    for block in meetings:
        start = block.start.isoformat()
        for kind in ("heads_up", "block_start", "block_end"):
            # A job's key starts with its moment and block; it goes on to name the meeting.
            assert any(j.startswith(f"{kind}:meeting:{start}") for j in jobs), (kind, jobs)


def test_the_calendar_sync_wakes_in_the_future_at_0230(
    make_app: Callable[..., AppUnderTest],
) -> None:
    """Default settings (04:00 boundary): the next wake is just after 04:00, not a past midnight
    (which made the timer poll at its one-second minimum all night)."""
    running = make_app(ams(SUNDAY, "02:30"), started=False)
    sync = CalendarSync(running.app.controller, running.app)
    wake = sync.next_wake()
    assert wake > running.clock.now()
    assert wake.astimezone(AMS) == ams(SUNDAY, "04:05")
