"""The plan's vocabulary: block kinds, blocks, agenda items and the day plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, StrEnum


class BlockKind(StrEnum):
    """Kinds as in the CLI contract; the values are stable (scripts and the database use them)."""

    DAGSTART = "dagstart"
    FOCUS = "focus"
    RESET = "reset"
    INBOX = "inbox"
    MEETING = "meeting"
    LUNCH = "lunch"
    QUIET_QUARTER = "quiet_quarter"
    FRICTION_FRIDAY = "friction_friday"
    REFLECTION = "reflection"
    WEEKLY_REVIEW = "weekly_review"
    CALL = "call"
    REPORT = "report"  # the optional after-lunch verslag (off by default)
    DADU = "dadu"  # the first minutes after a meeting: its DADU, before the next focus block
    BUSY = "busy"


class LayerRole(StrEnum):
    """What an imported calendar is to her (values stable: the database and the CLI use them)."""

    OWN = "own"  # her own calendar: its events are her meetings
    MANAGER = "manager"  # one manager's calendar: context, or blocking when she says so
    CONTEXT = "context"  # holidays, the team's rota: shown, never in the way


# Kinds that come from an agenda rather than from the rhythm.
AGENDA_KINDS = frozenset({BlockKind.MEETING, BlockKind.CALL, BlockKind.BUSY})
# Kinds a rhythm template may hold (focus and reset are generated, never templated).
RITUAL_KINDS = frozenset(
    {
        BlockKind.DAGSTART,
        BlockKind.INBOX,
        BlockKind.LUNCH,
        BlockKind.QUIET_QUARTER,
        BlockKind.FRICTION_FRIDAY,
        BlockKind.REFLECTION,
        BlockKind.WEEKLY_REVIEW,
        BlockKind.CALL,
        BlockKind.REPORT,
    }
)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """An item of the own agenda or of an imported calendar (source = the layer's name).

    Instants are timezone-aware. An all-day event is context only: it never blocks.
    """

    title: str
    start: dt.datetime
    end: dt.datetime
    kind: BlockKind = BlockKind.MEETING
    id: int | None = None
    source: str | None = None
    blocking: bool = True
    tentative: bool = False
    all_day: bool = False
    # A meeting from her own calendar: the occurrence (UID + original start) and the invite's
    # decision line; None for the own agenda and other layers.
    event_uid: str | None = None
    event_occurrence: str | None = None
    decision_line: str | None = None

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("agenda instants must be timezone-aware")
        if self.end <= self.start:
            raise ValueError("an agenda item must end after it starts")
        if self.kind not in AGENDA_KINDS:
            raise ValueError(f"{self.kind} is not an agenda kind")


@dataclass(frozen=True, slots=True)
class ManagerRef:
    """Whose block it is: a manager's weekly review slot names the manager (id and name)."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a day plan, in local time (aware datetimes in the plan's zone)."""

    kind: BlockKind
    start: dt.datetime
    end: dt.datetime
    title: str
    agenda_id: int | None = None
    source: str | None = None
    blocking: bool = True
    tentative: bool = False
    all_day: bool = False
    # Placed from the rhythm template (a ritual), not from the agenda or a calendar: the
    # default day's personal calls are `call` blocks like an agenda call, but not a meeting.
    from_rhythm: bool = False
    # A meeting from her own calendar (see AgendaItem); a `dadu` block carries its meeting's.
    event_uid: str | None = None
    event_occurrence: str | None = None
    decision_line: str | None = None
    # A manager's weekly review slot (several managers): opens the review filtered to them.
    manager: ManagerRef | None = None

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    def contains(self, instant: dt.datetime) -> bool:
        # Compare in UTC: aware datetimes sharing a tzinfo compare by wall time, which is wrong
        # in the hour that repeats when DST ends.
        moment = instant.astimezone(dt.UTC)
        return self.start.astimezone(dt.UTC) <= moment < self.end.astimezone(dt.UTC)


class NoteReason(Enum):
    """Why the planner moved or dropped a ritual (the UI and CLI turn these into words)."""

    COLLIDES_WITH_AGENDA = "collides_with_agenda"
    COLLIDES_WITH_RITUAL = "collides_with_ritual"
    TIME_DOES_NOT_EXIST = "time_does_not_exist"


@dataclass(frozen=True, slots=True)
class PlanNote:
    """A ritual the planner could not put at its own time: moved (placed) or dropped (placed None)."""

    kind: BlockKind
    title: str
    reason: NoteReason
    wanted: dt.datetime
    placed: dt.datetime | None  # None: dropped
    manager: ManagerRef | None = None  # a manager's weekly review slot

    @property
    def dropped(self) -> bool:
        return self.placed is None


@dataclass(frozen=True, slots=True)
class DayPlan:
    date: dt.date
    timezone: str
    blocks: tuple[Block, ...]
    notes: tuple[PlanNote, ...] = field(default=())

    def block_at(self, instant: dt.datetime) -> Block | None:
        for block in self.blocks:
            if block.contains(instant):
                return block
        return None

    def next_block(self, instant: dt.datetime) -> Block | None:
        moment = instant.astimezone(dt.UTC)
        for block in self.blocks:
            if block.start.astimezone(dt.UTC) > moment:
                return block
        return None
