"""The composition root offscreen for the ritual tests: a ManualClock, a recording notifier, and
helpers that hand a nudge to the real presenter and answer its real nudge window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from app_harness import AppUnderTest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeAnswer, NudgeKind
from ritmeregie.ui.window_keys import WindowKey

AMS = ZoneInfo("Europe/Amsterdam")


class Running(AppUnderTest):
    """The app under test (tests/gui/app_harness.py) with the ritual tests' helpers."""

    def __init__(self, data_dir: Path, start: dt.datetime, *, first_start: bool = False) -> None:
        """`first_start`: the welcome has not been seen yet (else a returning user's store)."""
        super().__init__(data_dir, start, AMS, welcome_seen=not first_start)

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
