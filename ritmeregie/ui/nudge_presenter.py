"""What happens when a nudge is due: the OS notification or the nudge window, the log, the answer.

Runs on the Qt main thread only (the scheduler's signal arrives here). Missed nudges are coalesced
into one calm catch-up message — never a burst.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Signal, Slot
from PySide6.QtWidgets import QApplication

from ritmeregie.services.ritual_facts import ritual_done
from ritmeregie.services.vocabulary import display_title

from ..domain.nudges import Nudge, NudgeAnswer, gathered
from ..platform.notifier import Notifier
from ..scheduling.nudge_scheduler import NudgeScheduler
from ..scheduling.watchers import day_of
from ..storage import WriteFailedError
from .controller import RhythmController
from .texts import nudge_message, nudge_title

if TYPE_CHECKING:  # the window's code loads with the first nudge, not at start
    from ..storage import Store
    from .nudge_window import NudgeWindow

log = logging.getLogger("ritmeregie.ui")

# How many missed moments the catch-up message names before it says "and N more".
CATCH_UP_NAMED = 3


class NudgePresenter(QObject):
    nudge_shown = Signal(object)  # Nudge
    nudge_answered = Signal(object, object)  # Nudge, NudgeAnswer

    def __init__(
        self,
        controller: RhythmController,
        scheduler: NudgeScheduler,
        notifier: Notifier,
        anchor: Callable[[], QRect | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._scheduler = scheduler
        self._notifier = notifier
        self._anchor = anchor
        self.window: NudgeWindow | None = None
        scheduler.nudge_due.connect(self.on_nudge_due)
        scheduler.nudges_missed.connect(self.on_nudges_missed)

    @property
    def _store(self) -> Store:
        return self._controller.store

    @Slot(object)
    def on_nudge_due(self, nudge: Nudge) -> None:
        """Show one moment, or several at one instant on one card (`nudge.together`)."""
        now = self._controller.clock.now()
        if self._controller.state.paused(now):
            log.info("nudge %s suppressed: paused", nudge.key)
            return
        # A ritual already done is not asked for; the other moments on its card still are.
        undone = [part for part in nudge.parts if not self.already_done(part)]
        if not undone:
            log.info("nudge %s suppressed: that ritual is done already", nudge.key)
            return
        nudge = gathered(undone)[0]
        log_id: int | None = None
        try:
            # Every moment on the card is logged as shown; the answer goes to the leading one.
            for i, part in enumerate(nudge.parts):
                row = self._store.nudge_log.record(
                    part.at,
                    part.kind.value,
                    part.block.kind.value,
                    part.block.title,
                    now,
                    block_start=part.block.start,
                    block_end=part.block.end,
                )
                log_id = row if i == 0 else log_id
        except WriteFailedError:
            pass  # the disk refused (said once by WriteNotice); the nudge still comes
        self.nudge_shown.emit(nudge)
        if self._store.settings.sound():
            QApplication.beep()  # the system's alert sound (Settings → Nudges)
        if nudge.answerable and self._store.settings.nudge_window():
            self._show_window(nudge, log_id)
        else:
            self._notifier.notify(nudge_title(nudge), nudge_message(nudge))

    def already_done(self, nudge: Nudge) -> bool:
        """A ritual whose result exists for its day (dagstart chosen, reflection written...) is
        not asked for: looked at when it is due, whoever did it (a dialog, the command line)."""
        c = self._controller
        try:
            return ritual_done(self._store, nudge, c.tz, c.day_boundary())
        except Exception as exc:  # a store in trouble (said elsewhere) never costs the nudge
            log.info("could not tell whether %s is done: %s", nudge.key, exc)
            return False

    def _show_window(self, nudge: Nudge, log_id: int | None) -> None:
        if self.window is not None:
            self.window.close()  # an unanswered earlier nudge counts as missed
        from .nudge_window import NudgeWindow

        timeout_ms = self._store.settings.nudge_timeout_seconds() * 1000
        window = NudgeWindow.for_nudge(nudge, timeout_ms=timeout_ms)
        window.answered.connect(lambda answer: self.on_answered(nudge, log_id, answer, window))
        self.window = window
        window.show_near(self._anchor())

    def on_answered(
        self, nudge: Nudge, log_id: int | None, answer: NudgeAnswer, window: NudgeWindow
    ) -> None:
        try:
            if log_id is not None:
                self._store.nudge_log.answer(log_id, answer, self._controller.clock.now())
        except WriteFailedError:
            pass  # said once by WriteNotice; the answer itself still counts below
        if answer is NudgeAnswer.SNOOZED:
            # Later is the answer to the leading moment; the others on its card were said.
            lead = nudge.parts[0]
            self._scheduler.snooze(lead, self._store.settings.snooze_minutes())
        if self.window is window:
            self.window = None
        window.deleteLater()
        self.nudge_answered.emit(nudge, answer)

    @Slot(list)
    def on_nudges_missed(self, nudges: list[Nudge]) -> None:
        now = self._controller.clock.now()
        nudges = [n for n in nudges if not self.already_done(n)]  # not missed: done already
        try:
            for nudge in nudges:
                log_id = self._store.nudge_log.record(
                    nudge.at,
                    nudge.kind.value,
                    nudge.block.kind.value,
                    nudge.block.title,
                    None,
                    block_start=nudge.block.start,
                    block_end=nudge.block.end,
                )
                self._store.nudge_log.answer(log_id, NudgeAnswer.MISSED, now)
        except WriteFailedError:
            pass  # said once by WriteNotice; the catch-up message still comes
        worth_naming = self.todays_moments(nudges)
        if self._controller.state.paused(now) or not worth_naming:
            return
        self._notifier.notify(self.tr("ritmeregie"), self.catch_up_text(worth_naming))

    def todays_moments(self, nudges: list[Nudge]) -> list[Nudge]:
        """Today's missed moments, one per block: after a night or a weekend asleep, yesterday's
        quiet quarter is no news, and its heads-up and start are one moment to the user."""
        c = self._controller
        today = c.today()
        seen: set[tuple[str, dt.datetime, str, int | None]] = set()
        moments = []
        for nudge in nudges:
            block = nudge.block  # two meetings at the same minute are two moments
            key = (block.kind.value, block.start.astimezone(dt.UTC), block.title, block.agenda_id)
            if day_of(nudge.block.start, c.tz, c.day_boundary()) != today or key in seen:
                continue
            seen.add(key)
            moments.append(nudge)
        return moments

    def catch_up_text(self, nudges: list[Nudge]) -> str:
        named = ", ".join(
            f"{display_title(n.block)} {n.block.start:%H:%M}" for n in nudges[:CATCH_UP_NAMED]
        )
        if len(nudges) == 1:
            return self.tr("You missed one moment: {moments}.").format(moments=named)
        more = len(nudges) - CATCH_UP_NAMED
        if more > 0:
            return self.tr("You missed {count} moments: {moments} and {more} more.").format(
                count=len(nudges), moments=named, more=more
            )
        return self.tr("You missed {count} moments: {moments}.").format(
            count=len(nudges), moments=named
        )
