"""The running day for the UI: today's plan, the user's interventions, and the Qt signals.

What the plan, the status and what is due *are* is asked of services/today.py (`DayService`), the
same answers `ritmeregie status`/`plan` give without the app; this object keeps the plan it shows
and the interventions (focus, reset, pause), and tells the windows when either changed. Every window, the tray, the IPC channel and the scheduler go through this one object, on the Qt
main thread. Every write to the store replans it (once, debounced: `changes`, ui/store_changes.py);
the app decides the other times to replan (start, midnight, resume, clock jump).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from ..domain.clock import Clock
from ..domain.decision_slot import OpenDecision
from ..domain.model import AgendaItem, BlockKind, DayPlan
from ..domain.nudges import Nudge
from ..domain.session import RhythmState, Status, effective_plan
from ..services.today import DayService, DayTasks
from ..storage import Store
from .store_changes import StoreChanges

log = logging.getLogger("ritmeregie.ui")


class RhythmController(QObject):
    plan_changed = Signal()  # the plan itself changed (agenda, rhythm, a new day)
    state_changed = Signal()  # focus/reset/pause/resume changed what "now" means

    def __init__(
        self, store: Store, clock: Clock, tz: ZoneInfo, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.day = DayService(store, clock, tz)
        self._state = RhythmState()
        self._plan = self._compute_plan()
        # Every commit to the store, whoever made it, replans once through here. Connected before
        # anything else hears plan_changed: a replan made for another reason covers every commit
        # before it, so the pending one is dropped first.
        self.changes = StoreChanges(store, self.replan, self)
        self.plan_changed.connect(self.changes.on_replanned)

    # -- reading (services/today.py answers; the plan and the user's interventions are kept here) --

    @property
    def tz(self) -> ZoneInfo:
        return self.day.tz

    def now(self) -> dt.datetime:
        return self.day.now()

    def day_boundary(self) -> dt.time:
        return self.day.day_boundary()

    def today(self) -> dt.date:
        """The local day now belongs to (before the boundary, still yesterday's date)."""
        return self.day.today()

    def day_window(self, date: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
        """The instants (UTC) a local day spans (default: today), by the day boundary."""
        return self.day.day_window(date)

    @property
    def plan(self) -> DayPlan:
        return self._plan

    @property
    def state(self) -> RhythmState:
        self._state = self._state.expire(self.clock.now())
        return self._state

    def effective_plan(self) -> DayPlan:
        return effective_plan(self._plan, self.state)

    def status(self) -> Status:
        return self.day.status(self._plan, self.state)

    def status_data(self, next_nudge: dt.datetime | None) -> dict[str, object]:
        """The running app's status as `ritmeregie status --json` shows it; `next_nudge` is the
        scheduler's next job (what will really fire)."""
        return self.day.status_data(self._plan, self.state, running=True, next_nudge=next_nudge)

    def upcoming_nudges(self) -> list[Nudge]:
        return self.day.upcoming_nudges(self._plan, self.state)

    def open_decisions_near(self) -> list[OpenDecision]:
        return self.day.open_decisions_near()

    def dadu_updates_due(self) -> list[str]:
        return self.day.dadu_updates_due()

    def tasks(self) -> DayTasks:
        return self.day.tasks()

    def agenda_today(self) -> list[AgendaItem]:
        return self.day.agenda_on(self.today())

    def agenda_on(self, date: dt.date) -> list[AgendaItem]:
        return self.day.agenda_on(date)

    # -- changing the day ------------------------------------------------------------------------

    def set_timezone(self, tz: ZoneInfo) -> None:
        """Run in `tz` from now on (the user's setting or the system's zone changed). The plan
        stays as it is until `replan()`: the app switches every part first, then rebuilds once."""
        self.day.tz = tz

    def replan(self, reason: str = "") -> None:
        plan = self._compute_plan()
        log.info("replanned for %s (%s)", plan.date, reason or "request")
        self._plan = plan
        self.plan_changed.emit()

    def start_focus(self, minutes: int | None = None) -> None:
        self._set_state(self.day.with_focus(self.state, minutes))

    def take_reset(self, minutes: int | None = None) -> None:
        self._set_state(self.day.with_reset(self.state, minutes))

    def pause(self, minutes: int | None = None) -> dt.datetime:
        """Pause for `minutes`, or (None) for the rest of today; returns when it ends."""
        state = self.day.with_pause(self.state, minutes)
        self._set_state(state)
        assert state.paused_until is not None
        return state.paused_until

    def resume(self) -> None:
        self._set_state(dataclasses.replace(self.state, paused_until=None))

    def stop_override(self) -> None:
        self._set_state(dataclasses.replace(self.state, override=None))

    # -- the agenda (every change replans at once) -----------------------------------------------

    def add_agenda(
        self,
        title: str,
        start: dt.datetime,
        end: dt.datetime,
        kind: BlockKind = BlockKind.MEETING,
        decision_question: str | None = None,
    ) -> AgendaItem:
        item = self.store.agenda.add(
            title, start, end, self.tz.key, kind=kind, decision_question=decision_question or None
        )
        self.replan("agenda item added")
        return item

    def update_agenda(
        self,
        item_id: int,
        *,
        title: str,
        start: dt.datetime,
        end: dt.datetime,
        kind: BlockKind,
        decision_question: str | None = None,
    ) -> AgendaItem:
        """Change an item; decision_question None leaves the stored line, "" clears it."""
        item = self.store.agenda.update(
            item_id,
            title=title,
            start=start,
            end=end,
            kind=kind,
            decision_question=decision_question,
        )
        self.replan("agenda item changed")
        return item

    def remove_agenda(self, item_id: int) -> AgendaItem | None:
        """Remove an item and return it, so the caller can offer undo (restore_agenda)."""
        item = self.store.agenda.get(item_id)
        if item is not None and self.store.agenda.remove(item_id):
            self.replan("agenda item removed")
            return item
        return None

    def restore_agenda(self, item: AgendaItem) -> AgendaItem:
        return self.add_agenda(item.title, item.start, item.end, item.kind)

    # -- internals -------------------------------------------------------------------------------

    def _compute_plan(self) -> DayPlan:
        return self.day.plan_for(self.today())

    def plan_for(self, date: dt.date) -> DayPlan:
        """Any day's plan as today's is made (Vandaag on another day, the week view)."""
        return self.day.plan_for(date)

    def _set_state(self, state: RhythmState) -> None:
        self._state = state
        self.state_changed.emit()
