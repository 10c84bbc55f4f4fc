"""One notion of "today" for the app, every window and every command: the day's plan, what is
due, and the status — in one place, without Qt.

A local day D runs from D at the day boundary (setting `day_boundary`, 04:00 by default) up to
D+1 at the boundary (domain/localtime.py). Between midnight and the boundary "today" is still the
previous date, and the day's plan holds every agenda item and imported event that falls in that
window: a meeting at 00:30 or 03:50 belongs to the evening before and is nudged on time. Work hours
and rituals stay on the date itself (domain/planner.py).

`DayService` is what the running app's controller (ui/controller.py: it keeps only the Qt side,
signals and the replan on a store change), the tray, Vandaag and `ritmeregie status`/`plan` ask;
the module functions are its parts for a caller with only a store and a zone (a command).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.dadu_nudges import with_dadu_update, with_moment
from ritmeregie.domain.decision_slot import LEAD_DAYS, OpenDecision, decision_slot_nudge
from ritmeregie.domain.localtime import day_bounds, local_date, next_day_start
from ritmeregie.domain.manager_reviews import ReviewSlot, with_manager_reviews
from ritmeregie.domain.model import AgendaItem, BlockKind, DayPlan, ManagerRef
from ritmeregie.domain.nudges import Nudge, NudgeKind, gathered
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import RhythmTemplate
from ritmeregie.domain.session import (
    RhythmState,
    Status,
    effective_plan,
    on_demand_block,
    session_nudges,
    status_at,
)

if TYPE_CHECKING:
    from ritmeregie.storage import Call, MustDo, Store

__all__ = [
    "DayService",
    "DayTasks",
    "dadu_minutes",
    "day_boundary",
    "day_tasks",
    "day_window",
    "plan_for",
    "planning_rhythm",
    "today",
]


def day_boundary(store: Store) -> dt.time:
    """The store's day boundary (storage/settings.py `Settings.day_boundary`)."""
    return store.settings.day_boundary()


def today(store: Store, tz: ZoneInfo, now: dt.datetime | None = None) -> dt.date:
    """The local day `now` (default: this moment) belongs to, by the store's boundary."""
    instant = now if now is not None else dt.datetime.now(dt.UTC)
    return local_date(instant, tz, day_boundary(store))


def day_window(store: Store, date: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The instants (UTC) the local day `date` spans, by the store's boundary."""
    return day_bounds(date, tz, day_boundary(store))


def plan_for(store: Store, date: dt.date, tz: ZoneInfo) -> DayPlan:
    """The day's plan from the store: the own agenda and the imported layers in its window."""
    from ritmeregie.services.calendars import layer_items

    boundary = day_boundary(store)
    start, end = day_bounds(date, tz, boundary)
    agenda = store.agenda.between(start, end)
    agenda += layer_items(store, start, end, tz)
    return plan_day(
        date,
        planning_rhythm(store),
        agenda,
        tz,
        boundary=boundary,
        dadu_minutes=dadu_minutes(store),
    )


def planning_rhythm(store: Store) -> RhythmTemplate:
    """The rhythm the plans are made of: hers, and with several managers each manager's own
    weekly review slot in place of its one weekly review (domain/manager_reviews.py)."""
    managers = store.managers.all()
    slots = [
        ReviewSlot(ManagerRef(m.id, m.name), m.review_weekday, m.review_time)
        for m in managers
        if m.review_weekday is not None and m.review_time is not None
    ]
    return with_manager_reviews(store.settings.rhythm(), slots, len(managers))


def dadu_minutes(store: Store) -> int:
    """The DADU block after each meeting (setting `dadu_block_minutes`; 0: none)."""
    return store.settings.dadu_block_minutes()


@dataclass(frozen=True, slots=True)
class DayTasks:
    """Today's must-do's (planned for today, still open from earlier, ticked today) and call."""

    date: dt.date
    must_dos: tuple[MustDo, ...]
    call: Call | None

    @property
    def open_must_dos(self) -> tuple[MustDo, ...]:
        return tuple(m for m in self.must_dos if not m.is_done)


def day_tasks(store: Store, date: dt.date, tz: ZoneInfo) -> DayTasks:
    """A day's must-do's (planned for it, still open from earlier, ticked that day) and call."""
    start, end = day_window(store, date, tz)
    return DayTasks(
        date, tuple(store.must_dos.for_day(date, start, end)), store.calls.for_day(date)
    )


class DayService:
    """Today for one store, in one zone, by one clock: the plan, what is due, the status.

    It holds no plan of its own: the caller keeps the plan it shows (the controller rebuilds it
    on a change; a command builds it once) and the user's interventions (`RhythmState`), and asks
    here what they mean now. `tz` may be switched (the user's setting or the system's zone).
    """

    def __init__(self, store: Store, clock: Clock, tz: ZoneInfo) -> None:
        self.store = store
        self.clock = clock
        self.tz = tz

    # -- the day ---------------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self.clock.now().astimezone(self.tz)

    def day_boundary(self) -> dt.time:
        return day_boundary(self.store)

    def today(self) -> dt.date:
        """The local day now belongs to (before the boundary, still yesterday's date)."""
        return today(self.store, self.tz, self.clock.now())

    def day_window(self, date: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
        """The instants (UTC) a local day spans (default: today), by the day boundary."""
        return day_window(self.store, self.today() if date is None else date, self.tz)

    def plan_for(self, date: dt.date | None = None) -> DayPlan:
        """Any day's plan (default: today's) as today's is made: the own agenda and the imported
        layers in the day's window (also after midnight)."""
        return plan_for(self.store, self.today() if date is None else date, self.tz)

    def agenda_on(self, date: dt.date) -> list[AgendaItem]:
        """The own agenda items (not imported events) in a day's window."""
        start, end = self.day_window(date)
        return [i for i in self.store.agenda.between(start, end) if i.source is None]

    # -- what is due -----------------------------------------------------------------------------

    def open_decisions_near(self) -> list[OpenDecision]:
        """DADU decisions due today or within LEAD_DAYS, until today's slot nudge was shown once."""
        if self._shown_today(NudgeKind.DECISION_SLOT):
            return []
        first = self.today()
        return self.store.dadu.decisions_due_between(first, first + dt.timedelta(days=LEAD_DAYS))

    def dadu_updates_due(self) -> list[str]:
        """Meetings whose DADU update is due today, until today's update nudge was shown once."""
        if self._shown_today(NudgeKind.DADU_UPDATE):
            return []
        return [record.meeting_title for record in self.store.dadu.updates_on(self.today())]

    def tasks(self) -> DayTasks:
        """Today's must-do's and call (Vandaag's panel, the tray tooltip, the dagstart)."""
        return day_tasks(self.store, self.today(), self.tz)

    def upcoming_nudges(self, plan: DayPlan, state: RhythmState) -> list[Nudge]:
        """Every nudge still to come today, as the scheduler gets them."""
        heads_up = self.store.settings.heads_up_minutes()
        now = self.now()
        nudges = session_nudges(plan, state, now, heads_up)
        # Moments at one instant become one card naming them all (two meetings, or one ending
        # as the next starts): never one card closing the other.
        effective = effective_plan(plan, state)
        with_update = with_dadu_update(
            nudges, effective, self.dadu_updates_due(), after=now, paused_until=state.paused_until
        )
        slot = decision_slot_nudge(
            effective, self.open_decisions_near(), after=now, paused_until=state.paused_until
        )
        return gathered(with_moment(with_update, slot))

    def next_nudge_at(self, plan: DayPlan, state: RhythmState) -> dt.datetime | None:
        upcoming = self.upcoming_nudges(plan, state)
        return min((n.at for n in upcoming), default=None)

    # -- the status ------------------------------------------------------------------------------

    def status(self, plan: DayPlan, state: RhythmState) -> Status:
        return status_at(plan, state, self.now())

    def status_data(
        self,
        plan: DayPlan,
        state: RhythmState,
        *,
        running: bool,
        next_nudge: dt.datetime | None,
    ) -> dict[str, object]:
        """The status as plain data (`ritmeregie status --json`, the IPC answer)."""
        from ritmeregie.services.status_report import status_data  # not on the start path

        return status_data(
            self.status(plan, state), next_nudge, running=running, timezone=self.tz.key
        )

    def status_without_app(self) -> dict[str, object]:
        """The status when no app runs: today's plan as made, none of the user's interventions."""
        plan, state = self.plan_for(), RhythmState()
        return self.status_data(
            plan, state, running=False, next_nudge=self.next_nudge_at(plan, state)
        )

    # -- the user's interventions (the caller keeps the state: RhythmState) -----------------------

    def with_focus(self, state: RhythmState, minutes: int | None = None) -> RhythmState:
        """Focus now, for `minutes` or the rhythm's focus length; it wins until it ends."""
        return self._with_block(state, BlockKind.FOCUS, minutes)

    def with_reset(self, state: RhythmState, minutes: int | None = None) -> RhythmState:
        """A reset now, for `minutes` or the rhythm's reset length."""
        return self._with_block(state, BlockKind.RESET, minutes)

    def with_pause(self, state: RhythmState, minutes: int | None = None) -> RhythmState:
        """Paused for `minutes`, or (None) for the rest of today: up to the next day boundary."""
        if minutes is None:
            until = next_day_start(self.clock.now(), self.tz, self.day_boundary())
        else:
            until = self.clock.now() + dt.timedelta(minutes=minutes)
        return dataclasses.replace(state, paused_until=until.astimezone(self.tz))

    def _with_block(self, state: RhythmState, kind: BlockKind, minutes: int | None) -> RhythmState:
        rhythm = self.store.settings.rhythm()
        default = rhythm.focus_minutes if kind is BlockKind.FOCUS else rhythm.reset_minutes
        block = on_demand_block(kind, self.clock.now(), minutes or int(default), self.tz)
        return dataclasses.replace(state, override=block)

    def _shown_today(self, kind: NudgeKind) -> bool:
        start, end = self.day_window()
        return any(entry.nudge_kind == kind for entry in self.store.nudge_log.between(start, end))
