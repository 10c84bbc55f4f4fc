"""Record types the repositories hand out (besides the domain's AgendaItem). Small and frozen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ritmeregie.domain.model import BlockKind

# One answer vocabulary for the scheduler, the UI and the log.
from ritmeregie.domain.nudges import NudgeAnswer as NudgeAnswer
from ritmeregie.domain.priority import Preference


class FrictionStatus(StrEnum):
    OPEN = "open"
    FIXED = "fixed"
    CHECKLIST = "checklist"  # turned into a checklist for a recurring task
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """Everything stored about an agenda item; the domain AgendaItem carries only what planning needs."""

    id: int
    title: str
    start: dt.datetime  # aware, UTC
    end: dt.datetime  # aware, UTC
    tz: str  # IANA zone the item was entered in
    kind: BlockKind
    notes: str
    decision_question: str | None
    source: str | None
    created: dt.datetime
    updated: dt.datetime


@dataclass(frozen=True, slots=True)
class MustDo:
    id: int
    title: str
    urgent: bool
    important: bool
    deadline: dt.date | None
    planned_for: dt.date | None
    deferred_to: dt.date | None
    done: dt.datetime | None  # aware UTC instant it was ticked off
    created: dt.datetime
    # A request's manager (id and name) and the intake's answers; none for a must-do of her own.
    manager_id: int | None = None
    manager: str | None = None
    estimate_minutes: int | None = None
    goal: str = ""
    needed_for: str = ""
    impact: str = ""
    prefer: Preference | None = None

    @property
    def is_done(self) -> bool:
        return self.done is not None


@dataclass(frozen=True, slots=True)
class Intake:
    """The intake's answers: the real goal, for whom, what moving it affects, speed or completeness."""

    goal: str = ""
    needed_for: str = ""
    impact: str = ""
    prefer: Preference | None = None


@dataclass(frozen=True, slots=True)
class Manager:
    """Someone the assistant works for; `layers` are the names of their calendar layers."""

    id: int
    name: str
    color: str | None
    layers: tuple[str, ...]
    review_weekday: int | None  # 0 = Monday
    review_time: dt.time | None
    is_default: bool


@dataclass(frozen=True, slots=True)
class Agreement:
    """What was agreed about a conflict, kept with both requests."""

    id: int
    text: str
    must_do_ids: tuple[int, ...]
    created: dt.datetime


@dataclass(frozen=True, slots=True)
class Call:
    id: int
    date: dt.date
    who: str
    done: bool


@dataclass(frozen=True, slots=True)
class DaduRow:
    """One line of a DADU block: Decision, Action (with owner), Deadline, Update."""

    decision: str = ""
    action: str = ""
    owner: str = ""
    deadline: dt.date | None = None
    update_note: str = ""
    update_date: dt.date | None = None
    # The stored row's id (None before it is stored); not part of a row's value.
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class EventLink:
    """A meeting from her own calendar: one occurrence (UID + original start) and its real start."""

    uid: str
    occurrence: str
    start: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class DaduRecord:
    id: int
    meeting_title: str
    meeting_date: dt.date
    agenda_item_id: int | None
    created: dt.datetime
    rows: tuple[DaduRow, ...] = field(default=())
    event: EventLink | None = None


@dataclass(frozen=True, slots=True)
class Reflection:
    date: dt.date
    satisfied: str
    less_satisfied: str
    differently: str
    energy: int | None  # 1-5
    updated: dt.datetime


@dataclass(frozen=True, slots=True)
class Friction:
    id: int
    text: str
    status: FrictionStatus
    created: dt.datetime
    resolved: dt.datetime | None


@dataclass(frozen=True, slots=True)
class NudgeLogEntry:
    id: int
    planned: dt.datetime
    shown: dt.datetime | None
    nudge_kind: str
    block_kind: str
    block_title: str
    answer: NudgeAnswer | None
    answered: dt.datetime | None
    block_start: dt.datetime | None = None  # the block the nudge was about (None in older rows)
    block_end: dt.datetime | None = None
