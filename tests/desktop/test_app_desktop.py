"""The whole app in-process on the real desktop session: real clock, real scheduler, trayer, dunst.

Nothing is faked here: the tray icon embeds in trayer, xdotool clicks it, nudges are APScheduler jobs
firing on real time and arrive in dunst (read back with ``dunstctl history``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from desktop_tools import (
    centre_of,
    dunst_history,
    park_pointer,
    region_is_painted,
    right_click,
    screenshot,
    start_dunst,
    stop_dunst,
    tray_is_embedded,
    wait_for_history_entry,
    wait_until,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ritmeregie.domain.clock import SystemClock
from ritmeregie.domain.localtime import DEFAULT_DAY_BOUNDARY, local_date, zone
from ritmeregie.domain.model import BlockKind
from ritmeregie.platform.paths import local_timezone_name
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.tray import Tray

pytestmark = pytest.mark.desktop

# The machine's zone: tools/run-tests runs this suite once more with TZ set so it is night here.
LOCAL = zone(local_timezone_name())
# How far ahead a test meeting starts: enough to add it and see its job before it fires.
LEAD_S = 3
# After a moment that must stay silent, the job would have fired within this much more time.
SILENCE_MARGIN_S = 2


@pytest.fixture
def app(qapp: QApplication, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(qapp, data_dir, LOCAL) as shell:
        yield shell


@contextmanager
def running_app(qapp: QApplication, data_dir: Path, tz: ZoneInfo) -> Iterator[RitmeregieApp]:
    store = open_store(data_dir)
    # Only the start of a test meeting may fire: no heads-up two minutes before a meeting that
    # starts in three seconds.
    store.settings.set("heads_up_minutes", 0)
    shell = RitmeregieApp(store, SystemClock(), tz)
    shell.start()
    assert shell.tray is not None, "the desktop session has a tray host"
    tray = shell.tray
    wait_until(lambda: tray_is_embedded(tray.icon), what="the app's tray icon to embed in trayer")
    yield shell
    tray.menu.hide()
    park_pointer()  # leave the tray icon free for the next test's click
    if shell.presenter.window is not None:
        shell.presenter.window.close()
    shell.stop()
    for balloon in balloons():
        balloon.hide()
    if shell.vandaag is not None:
        shell.vandaag.close()
        shell.vandaag.deleteLater()
    tray.menu.deleteLater()
    shell.deleteLater()
    qapp.processEvents()
    store.close()


def unique(text: str) -> str:
    # dunst's history outlives a test, so every test looks for its own titles.
    return f"{text} {uuid.uuid4().hex[:6]}"


def balloons() -> list[QWidget]:
    """On an XEmbed tray, QSystemTrayIcon.showMessage draws Qt's own balloon widget."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.metaObject().className() == "QBalloonTip" and w.isVisible()
    ]


def meeting_soon(app: RitmeregieApp, title: str) -> dt.datetime:
    """A meeting starting LEAD_S seconds from now; returns its start."""
    start = dt.datetime.now(app.controller.tz) + dt.timedelta(seconds=LEAD_S)
    app.controller.add_agenda(title, start, start + dt.timedelta(minutes=30), BlockKind.MEETING)
    return start


def has_start_job(app: RitmeregieApp, start: dt.datetime) -> bool:
    """A meeting's start job at `start` (its key goes on to name the meeting)."""
    prefix = f"block_start:meeting:{start.isoformat()}:"
    return any(job.startswith(prefix) for job in app.scheduler.job_ids())


def wait_past(moment: dt.datetime) -> None:
    """Let the event loop run (so due jobs can fire) until the wall clock is past `moment`."""
    wait_until(
        lambda: dt.datetime.now(dt.UTC) > moment,
        timeout_s=(moment - dt.datetime.now(dt.UTC)).total_seconds() + 10,
        what=f"the wall clock to pass {moment:%H:%M:%S}",
    )


# --- the tray ----------------------------------------------------------------------------------------


def test_the_tray_icon_embeds_with_a_real_geometry(app: RitmeregieApp) -> None:
    assert app.tray is not None
    geometry = app.tray.icon.geometry()
    assert not geometry.isEmpty()
    assert app.tray_geometry() == geometry
    assert app.tray.icon.toolTip().startswith("ritmeregie\n")


def test_a_real_right_click_opens_the_apps_menu(app: RitmeregieApp, artifacts_dir: Path) -> None:
    tray: Tray | None = app.tray
    assert tray is not None
    assert not tray.menu.isVisible()

    park_pointer()
    right_click(*centre_of(tray.icon.geometry()))

    wait_until(tray.menu.isVisible, what="the app's menu to open after a right-click")
    wait_until(lambda: region_is_painted(tray.menu.geometry()), what="the menu to be drawn")
    visible = [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]
    assert "Today" in visible
    assert "Pause the rhythm" in visible
    assert "Quit ritmeregie" in visible
    assert "Start focus now" in visible
    assert visible[0].startswith("Now: ")
    shot = screenshot(artifacts_dir / "app-tray-menu.png")
    assert not QImage(str(shot)).isNull()


# --- nudges for real ---------------------------------------------------------------------------------


def test_a_meeting_start_reaches_dunst(app: RitmeregieApp) -> None:
    title = unique("Overleg begroting")
    shown: list[Any] = []
    app.presenter.nudge_shown.connect(shown.append)

    start = meeting_soon(app, title)
    assert has_start_job(app, start)

    entry = wait_for_history_entry(title, timeout_s=LEAD_S + 10)
    assert entry["appname"] == "ritmeregie"
    assert [n.block.title for n in shown] == [title]
    assert not has_start_job(app, start)
    logged = app.store.nudge_log.between(
        start - dt.timedelta(seconds=1), start + dt.timedelta(seconds=1)
    )
    assert [(e.nudge_kind, e.block_title) for e in logged] == [("block_start", title)]


def test_while_paused_a_meeting_start_stays_silent(app: RitmeregieApp) -> None:
    title = unique("Overleg tijdens pauze")
    start = meeting_soon(app, title)
    assert has_start_job(app, start)

    app.controller.pause(30)

    assert not has_start_job(app, start)
    wait_past(start + dt.timedelta(seconds=SILENCE_MARGIN_S))
    # dunst handles notifications in order: once a later one is in the history, an earlier nudge
    # would be there too.
    control = unique("Controle")
    assert app.notifier.notify(control, "after the moment")
    wait_for_history_entry(control)
    assert not [e for e in dunst_history() if title in str(e.get("summary"))]
    assert (
        app.store.nudge_log.between(
            start - dt.timedelta(minutes=1), start + dt.timedelta(minutes=1)
        )
        == []
    )


def zone_where_it_is(hour: int) -> ZoneInfo:
    """An Etc/GMT±N zone where the local time is now hour:xx (POSIX sign: Etc/GMT-N is ahead)."""
    ahead = (hour - dt.datetime.now(dt.UTC).hour) % 24
    ahead = ahead - 24 if ahead > 12 else ahead
    return ZoneInfo("Etc/GMT" + ("" if ahead == 0 else f"{-ahead:+d}"))


@pytest.mark.parametrize("hour", [0, 3], ids=["after-midnight", "before-the-boundary"])
def test_a_meeting_after_midnight_reaches_dunst(
    qapp: QApplication, data_dir: Path, hour: int
) -> None:
    """Between midnight and the 04:00 boundary it is still yesterday, and yesterday's plan holds
    the meeting: its start comes on time (the real clock, scheduler and dunst, in a zone where it
    is now 00:xx or 03:xx)."""
    tz = zone_where_it_is(hour)
    with running_app(qapp, data_dir, tz) as app:
        title = unique("Nachtoverleg")
        shown: list[Any] = []
        app.presenter.nudge_shown.connect(shown.append)
        start = meeting_soon(app, title)
        if start.hour == hour:  # not pushed past 01:00 or 04:00 by LEAD_S just now
            assert app.controller.today() == start.date() - dt.timedelta(days=1)
        assert app.controller.today() == local_date(start, tz, DEFAULT_DAY_BOUNDARY)
        assert has_start_job(app, start)

        entry = wait_for_history_entry(title, timeout_s=LEAD_S + 10)
        assert entry["appname"] == "ritmeregie"
        assert [n.block.title for n in shown] == [title]


@pytest.fixture
def dunst_stopped() -> Iterator[None]:
    stop_dunst()
    try:
        yield
    finally:
        start_dunst()


@pytest.mark.usefixtures("dunst_stopped")
def test_without_dunst_a_nudge_falls_back_to_the_tray_balloon(
    app: RitmeregieApp, artifacts_dir: Path
) -> None:
    title = unique("Overleg zonder dunst")
    shown: list[Any] = []
    app.presenter.nudge_shown.connect(shown.append)

    meeting_soon(app, title)

    wait_until(lambda: bool(balloons()), timeout_s=LEAD_S + 10, what="the tray balloon to show")
    assert [n.block.title for n in shown] == [title]
    assert app.notifier.degraded
    balloon = balloons()[0]
    texts = [label.text() for label in balloon.findChildren(QLabel)]
    assert any(title in text for text in texts), texts
    wait_until(lambda: region_is_painted(balloon.frameGeometry()), what="the balloon to be drawn")
    screenshot(artifacts_dir / "app-tray-balloon.png")
