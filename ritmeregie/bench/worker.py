"""Measurements made inside one app process (run by the benchmark, in the desktop session).

    python -m ritmeregie.bench.worker TASK --data-dir DIR [--count N] [--settle SECONDS]

TASK is memory, punctuality, vandaag or statistics. The worker builds the real composition root
(RitmeregieApp on the store in DIR with the system clock), starts it like the app does, measures,
and prints one line `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ritmeregie.domain.clock import SystemClock
from ritmeregie.domain.localtime import zone
from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeAnswer, NudgeKind
from ritmeregie.platform.paths import local_timezone_name
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.window_keys import WindowKey

from .procs import rss_mb

SETTLE_S = 2.0  # how long the event loop runs before RSS is read, and before the first nudge
WARM_UP_NUDGES = 20
ANSWER_AFTER_MS = 300


def wait(seconds: float) -> None:
    """Run the event loop for a while (timers and paints happen, as in the running app)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def flush() -> None:
    """Deliver posted events, deferred deletes included, then collect Python garbage."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


def steady_rss(seconds: float | None = None) -> float:
    flush()
    wait(SETTLE_S if seconds is None else seconds)
    flush()
    return rss_mb(_pid())


def _pid() -> int:
    import os

    return os.getpid()


def build_app(data_dir: Path) -> RitmeregieApp:
    store = open_store(data_dir)
    tz = zone(store.settings.timezone_name() or local_timezone_name())
    app = RitmeregieApp(store, SystemClock(), tz)
    app.start()
    qt_app = QApplication.instance()
    if qt_app is not None:
        qt_app.aboutToQuit.connect(app.stop)
    return app


def close_window(window: QWidget) -> None:
    window.close()
    window.deleteLater()
    flush()


# -- tasks -----------------------------------------------------------------------------------------


def task_memory(app: RitmeregieApp, count: int) -> dict[str, Any]:
    """RSS after start, after every window once (twice), and around `count` nudges answered."""
    result: dict[str, Any] = {"rss_start_mb": steady_rss()}
    opened, skipped = [], []
    for round_no in (1, 2):
        for key in WindowKey:
            try:
                window = app.show_window(key)
            except Exception as exc:  # a window being built right now may be broken: say so
                if round_no == 1:
                    skipped.append(f"{key.value} ({type(exc).__name__}: {exc})")
                continue
            if window is None:
                continue
            wait(0.05)
            close_window(window)
            if round_no == 1:
                opened.append(key.value)
        result[f"rss_windows_{round_no}_mb"] = steady_rss()
    result["windows_opened"] = opened
    result["windows_skipped"] = skipped

    def answer_nudges(n: int, offset: int) -> None:
        presenter = app.presenter
        now = dt.datetime.now(app.controller.tz).replace(microsecond=0)
        for i in range(n):
            start = now + dt.timedelta(minutes=offset + i)
            block = Block(BlockKind.FOCUS, start, start + dt.timedelta(minutes=50), "Focus")
            presenter.on_nudge_due(Nudge(start, NudgeKind.BLOCK_START, block))
            window = presenter.window
            if window is None:
                raise RuntimeError("the presenter showed no nudge window")
            QCoreApplication.processEvents()
            window.buttons[NudgeAnswer.STARTED].click()
            if i % 50 == 0:
                flush()

    answer_nudges(WARM_UP_NUDGES, 0)
    result["rss_nudges_warm_mb"] = steady_rss()
    answer_nudges(count, WARM_UP_NUDGES)
    result["rss_nudges_done_mb"] = steady_rss()
    result["nudges"] = count
    return result


def task_punctuality(app: RitmeregieApp, count: int) -> dict[str, Any]:
    """`count` nudges one second apart through the app's real NudgeScheduler, each answered
    (Start) 0.3 s after it appeared; lateness is taken when the scheduler fires and after the
    presenter has shown the nudge window (logged in the store)."""
    lateness_ms: list[float] = []
    fired_ms: list[float] = []
    tz = app.controller.tz
    first = dt.datetime.now(tz) + dt.timedelta(seconds=SETTLE_S)
    nudges = []
    for i in range(count):
        at = first + dt.timedelta(seconds=i)
        block = Block(BlockKind.FOCUS, at, at + dt.timedelta(minutes=50), f"Focus {i}")
        nudges.append(Nudge(at, NudgeKind.BLOCK_START, block))
    done = QEventLoop()

    def on_fired(nudge: Nudge) -> None:
        fired_ms.append((time.time() - nudge.at.timestamp()) * 1000)

    def on_shown(nudge: Nudge) -> None:
        lateness_ms.append((time.time() - nudge.at.timestamp()) * 1000)
        window = app.presenter.window
        if window is not None:  # the user answers a moment later, well before the next nudge
            button = window.buttons[NudgeAnswer.STARTED]
            QTimer.singleShot(ANSWER_AFTER_MS, button.click)
        if len(lateness_ms) >= count:
            QTimer.singleShot(ANSWER_AFTER_MS * 2, done.quit)

    # Instrumentation around the presenter: one slot before it (the scheduler fired), one after
    # it (the nudge is on screen). Slots run in the order they were connected.
    due = app.scheduler.nudge_due
    due.disconnect(app.presenter.on_nudge_due)
    due.connect(on_fired)
    due.connect(app.presenter.on_nudge_due)
    due.connect(on_shown)
    app.scheduler.replace(nudges)
    QTimer.singleShot(int((count + 30) * 1000), done.quit)
    done.exec()
    return {"lateness_ms": lateness_ms, "fired_ms": fired_ms, "expected": count}


def _time_until_painted(open_window: Callable[[], QWidget | None]) -> tuple[float, QWidget | None]:
    painted: list[float] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    spy = PaintSpy()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    t0 = time.perf_counter()
    window = open_window()
    deadline = t0 + 10
    while not painted and time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    app.removeEventFilter(spy)
    end = painted[0] if painted else time.perf_counter()
    return (end - t0) * 1000, window


def task_window(app: RitmeregieApp, count: int, key: WindowKey) -> dict[str, Any]:
    """Time from asking for the window to its first paint: the first (cold) open, then warm ones."""
    wait(min(0.5, SETTLE_S))
    # Without a tray host the app shows Today at start: close it, or no new paint would come.
    open_at_start = app.windows.get(key)
    if open_at_start is not None:
        close_window(open_at_start)
    times = []
    for _ in range(max(1, count)):
        ms, window = _time_until_painted(lambda: app.show_window(key))
        times.append(ms)
        if window is not None:
            close_window(window)
    return {"cold_ms": times[0], "warm_ms": times[1:], "open_at_start": open_at_start is not None}


def main(argv: list[str] | None = None) -> int:
    global SETTLE_S
    parser = argparse.ArgumentParser()
    parser.add_argument("task", choices=("memory", "punctuality", "vandaag", "statistics"))
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--settle", type=float, default=SETTLE_S)
    args = parser.parse_args(argv)
    SETTLE_S = args.settle
    qt_app = QApplication(sys.argv[:1])
    qt_app.setQuitOnLastWindowClosed(False)
    app = build_app(args.data_dir)
    if args.task == "memory":
        result = task_memory(app, args.count)
    elif args.task == "punctuality":
        result = task_punctuality(app, args.count)
    elif args.task == "vandaag":
        result = task_window(app, args.count, WindowKey.TODAY)
    else:
        result = task_window(app, args.count, WindowKey.STATISTICS)
    app.stop()
    app.store.close()
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
