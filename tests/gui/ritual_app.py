"""The composition root offscreen for the ritual tests: a ManualClock, a recording notifier, and
helpers that hand a nudge to the real presenter and answer its real nudge window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeAnswer, NudgeKind
from ritmeregie.storage import Store, open_store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.windows import WindowKey

AMS = ZoneInfo("Europe/Amsterdam")


class RecordingNotifier:
    """Stands in for the OS notification parts only; the app's chain and presenter stay real."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> bool:
        self.sent.append((title, message))
        return True


class Running:
    def __init__(self, data_dir: Path, start: dt.datetime, *, first_start: bool = False) -> None:
        """`first_start`: the welcome has not been seen yet (else a returning user's store)."""
        self.clock = ManualClock(start)
        self.store: Store = open_store(data_dir, clock=self.clock)
        if not first_start:
            self.store.settings.set("first_run_done", True)
        self.app = RitmeregieApp(self.store, self.clock, AMS)
        self.notes = RecordingNotifier()
        self.app.notifier._parts = [self.notes]  # type: ignore[attr-defined]

    def start(self) -> None:
        self.app.start()

    def block(self, kind: BlockKind) -> Block:
        return next(b for b in self.app.controller.plan.blocks if b.kind is kind)

    def go_to(self, instant: dt.datetime) -> None:
        """Move the clock; a new day is replanned as the day watch would."""
        before = self.app.controller.today()
        self.clock.advance(instant.astimezone(dt.UTC) - self.clock.now())
        if self.app.controller.today() != before:
            self.app.on_day_changed(self.app.controller.today())

    def nudge(self, kind: BlockKind) -> Nudge:
        """The ritual's start nudge arrives through the scheduler's own signal."""
        block = self.block(kind)
        self.go_to(block.start)
        nudge = Nudge(block.start, NudgeKind.BLOCK_START, block)
        self.app.scheduler.nudge_due.emit(nudge)
        return nudge

    def start_nudge(self, kind: BlockKind) -> None:
        """Answer the shown nudge window with its Start button (a real click)."""
        from pytestqt.qtbot import QtBot  # noqa: F401  (pytest-qt is what drives it)

        self.nudge(kind)
        window = self.app.presenter.window
        assert window is not None, f"no nudge window for {kind}"
        QTest.mouseClick(window.buttons[NudgeAnswer.STARTED], Qt.MouseButton.LeftButton)

    def window(self, key: WindowKey) -> QWidget | None:
        return self.app.windows.get(key)

    def close(self) -> None:
        app = self.app
        app.stop()
        for widget in (app.presenter.window, app.prompts.window):
            if widget is not None:
                widget.close()
        for key in WindowKey:
            window = app.windows.get(key)
            if window is not None and shiboken6.isValid(window):
                window.close()
                window.deleteLater()
        app.deleteLater()
        QApplication.processEvents()
        self.store.close()
