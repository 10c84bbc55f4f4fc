"""Rituals that ask once: a missed reflection offered again, the yearly competence mirror, and the
click on a ritual's notification that opens its dialog.

- Missed reflection: when the app comes back (start, resume from sleep, a clock jump) on a day
  whose reflection time has passed without a reflection written and without it being started,
  one card offers it ("Reflect now" / "Skip"). Whatever the answer — even none — it is not offered
  again that day: the offer is written to the nudge log (nudge kind `offer_reflection`), so this
  holds across restarts too. Skipping the nudge while the app keeps running is respected as is.
- Competence mirror: from the first working day of December, once per year, when the user is
  around (app start or resume, or right after answering a nudge) and on a working day — and only
  when there is a year to look at: the store reaches back ~10.5 months (its oldest
  reflection, DADU or nudge) and this year holds reflections (ritmeregie/services/ritual_facts.py).
- Nothing is offered while the first-run welcome is still to come or open: a new user meets the
  welcome alone. What was due is offered at the next moment the user is back (resume, the next
  start, an answered nudge), not queued behind the welcome.
- Notifications: with the nudge window turned off a ritual's start comes as a notification; a
  click on it (or on the tray icon while that ritual's block runs) opens the ritual's dialog, once.

Offers are logged with their own nudge kinds; statistics count only `block_start` nudges.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from ritmeregie.domain.localtime import local_instant
from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeAnswer
from ritmeregie.domain.review import first_working_day_of_december
from ritmeregie.services.ritual_facts import mirror_has_data, reflection_written

from .tray import Tray
from .window_keys import RITUAL_WINDOWS, WindowKey, window_for_nudge

if TYPE_CHECKING:
    from ..storage import Store
    from .app import RitmeregieApp
    from .nudge_window import NudgeWindow

log = logging.getLogger("ritmeregie.ui")

OFFER_REFLECTION = "offer_reflection"
OFFER_MIRROR = "offer_mirror"
OFFER_ANSWERS = (NudgeAnswer.STARTED, NudgeAnswer.SKIPPED)


class RitualPrompts(QObject):
    offer_shown = Signal(str)  # OFFER_REFLECTION or OFFER_MIRROR
    offer_answered = Signal(str, object)  # offer kind, NudgeAnswer

    def __init__(self, app: RitmeregieApp) -> None:
        super().__init__(app)
        self._app = app
        self.window: NudgeWindow | None = None
        # A ritual whose start came as a notification: (window key, its block) until clicked.
        self.pending: tuple[WindowKey, Block | None] | None = None
        app.presenter.nudge_shown.connect(self.on_nudge_shown)
        app.presenter.nudge_answered.connect(self.on_nudge_answered)

    @property
    def _store(self) -> Store:
        return self._app.store

    def attach_tray(self, tray: Tray) -> None:
        tray.icon.messageClicked.connect(self.on_message_clicked)
        tray.icon.activated.connect(self.on_tray_activated)

    # -- the app coming back ---------------------------------------------------------------------

    @Slot()
    def check(self) -> None:
        """Offer what is due (at most one card at a time): a missed reflection, then the mirror."""
        if self.window is not None or self._ritual_open() or self._welcome_pending():
            return
        if self.missed_reflection() is not None:
            self._offer(OFFER_REFLECTION)
        elif self.mirror_due():
            self._offer(OFFER_MIRROR)

    def missed_reflection(self) -> Block | None:
        """Today's reflection block when its time has passed and it is neither written nor
        started nor offered again already; else None."""
        controller = self._app.controller
        today = controller.today()
        plan = controller.plan
        if plan.date != today:
            return None
        block = next((b for b in plan.blocks if b.kind is BlockKind.REFLECTION), None)
        if block is None or controller.clock.now() < block.start.astimezone(dt.UTC):
            return None
        if reflection_written(self._store.reflections.get(today)):
            return None
        start, end = controller.day_window(today)
        for entry in self._store.nudge_log.between(start, end):
            if entry.nudge_kind == OFFER_REFLECTION:
                return None
            if entry.block_kind == BlockKind.REFLECTION and entry.answer is NudgeAnswer.STARTED:
                return None
        return block

    def mirror_due(self) -> bool:
        controller = self._app.controller
        today = controller.today()
        rhythm = self._store.settings.rhythm()
        if today.month != 12 or rhythm.for_date(today) is None:
            return False
        if today < first_working_day_of_december(today.year, rhythm.days.keys()):
            return False
        tz = controller.tz
        year_start = local_instant(dt.date(today.year, 1, 1), dt.time(0), tz)
        year_end = local_instant(dt.date(today.year + 1, 1, 1), dt.time(0), tz)
        if any(
            entry.nudge_kind == OFFER_MIRROR
            for entry in self._store.nudge_log.between(year_start, year_end)
        ):
            return False
        return mirror_has_data(self._store, today, tz)

    def _ritual_open(self) -> bool:
        return any(self._app.windows.get(key) is not None for key in RITUAL_WINDOWS.values())

    def _welcome_pending(self) -> bool:
        """The first-run welcome is open, or still to come at this start."""
        if self._app.windows.get(WindowKey.WELCOME) is not None:
            return True
        return not self._store.settings.first_run_done()

    def _offer(self, kind: str) -> None:
        now = self._app.controller.clock.now()
        if kind == OFFER_REFLECTION:
            title = self.tr("Reflection")
            message = self.tr(
                "Your reflection did not happen earlier today. Five minutes now, while the day is fresh?"
            )
        else:
            title = self.tr("Competence mirror")
            message = self.tr(
                "December: time to look back at your year. How enterprising have you been?"
            )
        log_id = self._store.nudge_log.record(now, kind, BlockKind.REFLECTION.value, title, now)
        log.info("offering %s", kind)
        self.offer_shown.emit(kind)
        if not self._store.settings.nudge_window():
            key = WindowKey.REFLECTION if kind == OFFER_REFLECTION else WindowKey.COMPETENCE_MIRROR
            self.pending = (key, None)
            self._app.notifier.notify(title, message)
            return
        from .nudge_window import NudgeWindow  # loaded with the first offer, not at start

        timeout_ms = self._store.settings.nudge_timeout_seconds() * 1000
        window = NudgeWindow(
            title, message, OFFER_ANSWERS, kind=BlockKind.REFLECTION, timeout_ms=timeout_ms
        )
        window.answered.connect(lambda answer: self.on_offer_answered(kind, log_id, answer, window))
        self.window = window
        window.show_near(self._app.tray_geometry())

    def on_offer_answered(
        self, kind: str, log_id: int, answer: NudgeAnswer, window: NudgeWindow
    ) -> None:
        self._store.nudge_log.answer(log_id, answer, self._app.controller.clock.now())
        if self.window is window:
            self.window = None
        window.deleteLater()
        self.offer_answered.emit(kind, answer)
        if answer is NudgeAnswer.STARTED:
            if kind == OFFER_REFLECTION:
                self._app.show_window(WindowKey.REFLECTION, date=self._app.controller.today())
            else:
                self._app.show_window(WindowKey.COMPETENCE_MIRROR)

    # -- nudges and notifications ----------------------------------------------------------------

    @Slot(object)
    def on_nudge_shown(self, nudge: Nudge) -> None:
        if self._app.presenter.window is not None:
            return  # the nudge window answers for itself
        target = window_for_nudge(nudge)
        if target is not None and nudge.answerable:
            self.pending = (target[0], nudge.block)

    @Slot(object, object)
    def on_nudge_answered(self, _nudge: Nudge, answer: NudgeAnswer) -> None:
        self.pending = None
        if answer is not NudgeAnswer.MISSED and self.mirror_due():
            self.check()  # the user is here: a good moment for the once-a-year question

    @Slot()
    def on_message_clicked(self) -> None:
        self.open_pending()

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.open_pending()

    def open_pending(self) -> bool:
        """Open the ritual a notification announced, if its block still runs; True if opened."""
        if self.pending is None:
            return False
        key, block = self.pending
        self.pending = None
        if block is not None and not block.contains(self._app.controller.clock.now()):
            return False
        self._app.show_window(key)
        return True
