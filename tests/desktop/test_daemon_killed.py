"""Scenario 5 — the notification daemon killed mid-run (reliability, on the real desktop session).

The whole app runs in-process on the session (trayer, dunst, real clock, real scheduler). A nudge
arrives through dunst; dunst is killed with SIGKILL; the next nudge still reaches the user as the
tray's balloon, the app says once (in a balloon after it) that notifications stopped working, and
keeps running. The session's dunst is started again afterwards for the tests that follow.

A hung daemon (SIGSTOP: it owns its name but never answers) costs the main thread the notifier's
bounded call (platform/notifier.py DBUS_CALL_TIMEOUT_S), not D-Bus's default 25 s.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from desktop_tools import (
    NOTIFICATIONS_NAME,
    dunst_pid,
    name_has_owner,
    park_pointer,
    region_is_painted,
    screenshot,
    start_dunst,
    tray_is_embedded,
    wait_for_history_entry,
    wait_until,
)
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ritmeregie.domain.clock import SystemClock
from ritmeregie.domain.localtime import zone
from ritmeregie.domain.model import BlockKind
from ritmeregie.platform.notifier import NotifierProblem
from ritmeregie.platform.paths import local_timezone_name
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
from ledger import Tally, tally

pytestmark = [pytest.mark.desktop, pytest.mark.reliability]

# The machine's zone: tools/run-tests runs this suite once more with TZ set so it is night here.
LOCAL = zone(local_timezone_name())
LEAD_S = 3  # a test meeting starts this far ahead: enough to add it before its job fires
NOTICE_DELAY_MS = 1_500  # the app's explanation, shortened from the nudge's display time
DBUS_DEFAULT_TIMEOUT_S = 25.0  # what a call to a hung daemon cost before it was bounded


@pytest.fixture
def ledger() -> Callable[[str], Tally]:
    return tally


@pytest.fixture
def app(qapp: QApplication, data_dir: Path) -> Iterator[RitmeregieApp]:
    store = open_store(data_dir)
    store.settings.set("heads_up_minutes", 0)  # only the meeting's start fires
    store.settings.set("first_run_done", True)
    shell = RitmeregieApp(store, SystemClock(), LOCAL)
    shell.notifier_notice_delay_ms = NOTICE_DELAY_MS
    shell.start()
    assert shell.tray is not None, "the desktop session has a tray host"
    tray = shell.tray
    wait_until(lambda: tray_is_embedded(tray.icon), what="the app's tray icon to embed in trayer")
    yield shell
    tray.menu.hide()
    park_pointer()
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


@pytest.fixture
def restore_dunst() -> Iterator[None]:
    """Whatever happens in the test, the session has its dunst again afterwards."""
    yield
    if not name_has_owner(NOTIFICATIONS_NAME):
        start_dunst()


def balloons() -> list[QWidget]:
    """On an XEmbed tray, QSystemTrayIcon.showMessage draws Qt's own balloon widget."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.metaObject().className() == "QBalloonTip" and w.isVisible()
    ]


def balloon_text() -> str:
    return " ".join(label.text() for b in balloons() for label in b.findChildren(QLabel))


def shot(path: Path) -> None:
    """A screenshot once the balloon is drawn (it maps before it paints)."""
    for balloon in balloons():
        wait_until(lambda b=balloon: region_is_painted(b.frameGeometry()), what="the balloon drawn")
    screenshot(path)


def meeting_soon(app: RitmeregieApp, title: str) -> int:
    """A meeting starting LEAD_S seconds from now; returns its id (remove it once its nudge came:
    a next meeting inside it would be no new block, so no new nudge)."""
    start = dt.datetime.now(LOCAL) + dt.timedelta(seconds=LEAD_S)
    item = app.controller.add_agenda(
        title, start, start + dt.timedelta(minutes=30), BlockKind.MEETING
    )
    assert item.id is not None
    return item.id


def kill_dunst() -> None:
    """SIGKILL, as a crash would: no goodbye on the bus, the name is simply gone."""
    pid = dunst_pid()
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: not _alive(pid), what=f"dunst (pid {pid}) to die")
    wait_until(lambda: not name_has_owner(NOTIFICATIONS_NAME), what="the notification name free")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.usefixtures("restore_dunst")
def test_a_killed_daemon_mid_run_falls_back_to_the_tray_and_is_said_once(
    app: RitmeregieApp, artifacts_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    run = uuid.uuid4().hex[:6]
    problems: list[NotifierProblem] = []
    app.notifier.problem_reported.connect(problems.append)
    shown: list[Any] = []
    app.presenter.nudge_shown.connect(lambda nudge: shown.append(nudge.block.title))

    before = f"Overleg met dunst {run}"
    meeting = meeting_soon(app, before)
    assert wait_for_history_entry(before, timeout_s=LEAD_S + 10)["summary"] == before
    app.controller.remove_agenda(meeting)
    assert not app.notifier.degraded

    kill_dunst()

    after = f"Overleg zonder dunst {run}"
    meeting = meeting_soon(app, after)
    wait_until(lambda: after in balloon_text(), timeout_s=LEAD_S + 10, what="the nudge balloon")
    app.controller.remove_agenda(meeting)
    shot(artifacts_dir / "daemon-killed-nudge-balloon.png")
    assert app.notifier.degraded
    wait_until(
        lambda: "stopped working" in balloon_text(),
        timeout_s=NOTICE_DELAY_MS / 1000 + 10,
        what="the app to say that notifications stopped working",
    )
    shot(artifacts_dir / "daemon-killed-notice.png")

    third = f"Nog een overleg {run}"
    meeting_soon(app, third)
    wait_until(lambda: third in balloon_text(), timeout_s=LEAD_S + 10, what="the next balloon")

    # Said once: one problem for three nudges; the app kept running (the third nudge came).
    assert problems == [NotifierProblem(failed="PlyerNotifier", used_instead="TrayNotifier")]
    assert shown == [before, after, third]
    assert app.tray is not None and app.tray.icon.isVisible()
    tally_row = ledger("5 notification daemon killed (desktop)")
    tally_row.faults_injected += 1
    tally_row.writes_acknowledged += 3  # the nudge log's record of the three nudges
    with open_store(app.store.data_dir) as check:  # a second look, as another process would
        logged = [e.block_title for e in check.nudge_log.between(*_today_span())]
        tally_row.writes_lost += len({before, after, third} - set(logged))
        assert check.integrity_check() == "ok"
    assert {before, after, third} <= set(logged)


def _today_span() -> tuple[dt.datetime, dt.datetime]:
    now = dt.datetime.now(dt.UTC)
    return now - dt.timedelta(days=1), now + dt.timedelta(days=1)


@pytest.fixture
def dunst_hung() -> Iterator[None]:
    """The session's dunst stopped (SIGSTOP): it owns its name but never answers."""
    pid = dunst_pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


@pytest.mark.usefixtures("dunst_hung")
def test_a_hung_daemon_costs_a_bounded_moment_not_the_d_bus_default(
    app: RitmeregieApp, ledger: Callable[[str], Tally]
) -> None:
    title = f"Overleg bij een hangende dunst {uuid.uuid4().hex[:6]}"
    due: list[float] = []
    app.presenter.nudge_shown.connect(lambda _nudge: due.append(time.monotonic()))

    meeting_soon(app, title)
    wait_until(lambda: title in balloon_text(), timeout_s=LEAD_S + 30, what="the nudge balloon")

    # The nudge is shown (and the main thread blocked in the D-Bus call) before the balloon; plyer's
    # own call waited D-Bus's default 25 s for the introspection of a daemon that never answers.
    blocked_s = time.monotonic() - due[0]
    assert blocked_s < DBUS_DEFAULT_TIMEOUT_S, f"the main thread waited {blocked_s:.1f} s"
    assert app.notifier.degraded
    ledger("5 notification daemon killed (desktop)").faults_injected += 1
