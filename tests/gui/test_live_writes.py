"""Every write reaches the running app, whoever made it: the command line next to the app (its
notice over the single-instance channel, or SQLite's data_version on the heartbeat), and every
write inside the app, through one replan path.

The app runs on the real clock here (the command line in a child process does too); the store's
zone is chosen so that it is around midday there now, whatever hour the suite runs at.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.clock import SystemClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.platform.single_instance import SingleInstance
from ritmeregie.storage import Store, open_store
from ritmeregie.ui.app import RitmeregieApp

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support raise\(\)",
        r"This plugin does not support propagateSizeHints\(\)",
    ),
]

TITLE = "Telefoontje HR"
# Generous: the child process has to start Python on a busy machine (no threshold asserted).
CHILD_WAIT_MS = 60_000


def midday_zone() -> ZoneInfo:
    """A fixed-offset zone where it is now between 11:00 and 13:00 (Etc/GMT-N is N hours ahead)."""
    ahead = (12 - dt.datetime.now(dt.UTC).hour) % 24
    if ahead > 14:
        ahead -= 24
    return ZoneInfo(f"Etc/GMT{-ahead:+d}")


class Live:
    def __init__(self, app: RitmeregieApp, store: Store, data_dir: Path, tz: ZoneInfo) -> None:
        self.app, self.store, self.data_dir, self.tz = app, store, data_dir, tz
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> bool:
        self.sent.append((title, message))
        return True

    def titles_planned(self) -> list[str]:
        return [b.title for b in self.app.controller.plan.blocks]


@pytest.fixture
def live(qapp: Any, data_dir: Path) -> Iterator[Live]:
    tz = midday_zone()
    store = open_store(data_dir)
    store.settings.set("timezone", tz.key)
    store.settings.set("first_run_done", True)
    store.settings.set("nudge_window", False)
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    app = RitmeregieApp(store, SystemClock(), tz, instance, system_zone=lambda: None)
    env = Live(app, store, data_dir, tz)
    app.notifier._parts = [env]  # the OS-facing parts only
    app.start()
    yield env
    app.stop()
    for widget in qapp.topLevelWidgets():
        widget.close()
    instance.close()
    app.deleteLater()
    qapp.processEvents()
    store.close()


def run_cli(qtbot: Any, live: Live, *args: str) -> subprocess.CompletedProcess[str]:
    """`ritmeregie ARGS` in a child process while this test's event loop serves the app."""
    env = dict(os.environ, RITMEREGIE_HOME=str(live.data_dir), LANG="C.UTF-8")
    env.pop("RITMEREGIE_LANG", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "ritmeregie", "--lang", "en", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=CHILD_WAIT_MS)
    out, err = child.communicate()
    assert child.returncode == 0, err
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def test_a_meeting_added_by_the_command_line_is_known_to_the_running_app(
    qtbot: Any, live: Live
) -> None:
    start = (dt.datetime.now(live.tz) + dt.timedelta(minutes=4)).replace(second=0, microsecond=0)
    assert TITLE not in live.titles_planned()

    run_cli(qtbot, live, "agenda", "add", "--title", TITLE,
            "--start", f"{start:%Y-%m-%d %H:%M}", "--minutes", "15")  # fmt: skip

    # The notice was answered before the command returned: the app has replanned already.
    assert TITLE in live.titles_planned()
    starts = [j for j in live.app.scheduler.job_ids() if j.startswith("block_start:meeting:")]
    assert starts, "its start has a job"
    answer = json.loads(run_cli(qtbot, live, "status", "--json").stdout)
    assert answer["running"] is True  # answered by the running app, not read from the store
    assert answer["next_nudge"] is not None
    assert dt.datetime.fromisoformat(answer["next_nudge"]) <= start
    live.app.show_vandaag()
    vandaag = live.app.vandaag
    titles = [
        vandaag.agenda_list.topLevelItem(i).text(1)  # type: ignore[attr-defined]
        for i in range(vandaag.agenda_list.topLevelItemCount())  # type: ignore[attr-defined]
    ]
    assert TITLE in titles


def test_a_write_the_app_was_not_told_about_shows_on_its_heartbeat(qtbot: Any, live: Live) -> None:
    """Another process wrote and did not (or could not) send its notice: data_version shows it."""
    start = dt.datetime.now(live.tz) + dt.timedelta(hours=1)
    with open_store(live.data_dir) as other:  # another connection, as another process has
        other.agenda.add(TITLE, start, start + dt.timedelta(minutes=15), live.tz.key)
    live.app.wall_watch.check_now()  # what the heartbeat does every 30 s
    qtbot.waitUntil(lambda: TITLE in live.titles_planned(), timeout=5000)


def test_a_heartbeat_without_changes_does_not_replan(qtbot: Any, live: Live) -> None:
    replans: list[int] = []
    live.app.controller.plan_changed.connect(lambda: replans.append(1))
    for _ in range(3):
        live.app.wall_watch.check_now()
        assert not live.app.store_changes.pending  # no replan waiting to happen
    assert replans == []


def test_a_write_inside_the_app_replans_once_without_anyone_asking(qtbot: Any, live: Live) -> None:
    replans: list[int] = []
    live.app.controller.plan_changed.connect(lambda: replans.append(1))
    start = dt.datetime.now(live.tz) + dt.timedelta(hours=2)
    for minutes in (15, 30, 45):  # three writes of one action: one replan
        live.store.agenda.add(
            f"{TITLE} {minutes}", start, start + dt.timedelta(minutes=minutes), live.tz.key,
            kind=BlockKind.CALL,
        )  # fmt: skip
    assert replans == []  # not yet: the writes of one action are gathered first
    qtbot.waitUntil(lambda: f"{TITLE} 45" in live.titles_planned(), timeout=5000)
    assert not live.app.store_changes.pending
    assert len(replans) == 1


def test_a_must_do_added_elsewhere_shows_in_vandaag(qtbot: Any, live: Live) -> None:
    live.app.show_vandaag()
    panel = live.app.vandaag.tasks_panel  # type: ignore[union-attr]
    today = live.app.controller.today()
    with open_store(live.data_dir) as other:
        other.must_dos.add("Offerte nabellen", planned_for=today)
    live.app.wall_watch.check_now()
    qtbot.waitUntil(
        lambda: "Offerte nabellen" in [b.text() for b in panel.boxes.values()], timeout=5000
    )
