"""The weekly rhythm template: per weekday, work hours and the ritual blocks at their wall-clock times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .model import RITUAL_KINDS, BlockKind

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class RhythmError(ValueError):
    """A rhythm that cannot be planned (bad times, overlapping rituals, unknown kinds)."""


@dataclass(frozen=True, slots=True)
class Ritual:
    kind: BlockKind
    start: dt.time
    minutes: int
    title: str

    def __post_init__(self) -> None:
        if self.kind not in RITUAL_KINDS:
            raise RhythmError(f"'{self.kind}' cannot be a ritual")
        if not 1 <= self.minutes <= 8 * 60:
            raise RhythmError(f"a ritual lasts 1 to 480 minutes, not {self.minutes}")
        if not self.title.strip():
            raise RhythmError("a ritual needs a title")


@dataclass(frozen=True, slots=True)
class WorkHours:
    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise RhythmError("work hours must end after they start")


@dataclass(frozen=True, slots=True)
class DayRhythm:
    hours: WorkHours
    rituals: tuple[Ritual, ...] = ()


@dataclass(frozen=True, slots=True)
class RhythmTemplate:
    """A week of rhythm; a weekday without an entry (the weekend, by default) has no plan."""

    days: Mapping[int, DayRhythm] = field(default_factory=dict)
    focus_minutes: int = 50
    reset_minutes: int = 5
    min_focus_minutes: int = 15

    def __post_init__(self) -> None:
        if not 10 <= self.focus_minutes <= 240:
            raise RhythmError("focus blocks last 10 to 240 minutes")
        if not 1 <= self.reset_minutes <= 60:
            raise RhythmError("resets last 1 to 60 minutes")
        if not 5 <= self.min_focus_minutes <= self.focus_minutes:
            raise RhythmError("the shortest focus block lies between 5 minutes and a full block")
        if any(day not in range(7) for day in self.days):
            raise RhythmError("weekdays are numbered 0 (Monday) to 6 (Sunday)")

    def for_date(self, date: dt.date) -> DayRhythm | None:
        return self.days.get(date.weekday())


def _t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def default_rhythm() -> RhythmTemplate:
    """The day the profession describes: dagstart, inbox block, lunch, quiet quarter, reflection;
    the weekly review on Monday and frictievrijdag on Friday. Titles are the Dutch words of
    STYLE.md; the UI and CLI translate them by kind."""
    hours = WorkHours(_t("08:30"), _t("17:00"))
    daily = (
        Ritual(BlockKind.DAGSTART, _t("08:30"), 10, "Dagstart"),
        Ritual(BlockKind.INBOX, _t("11:00"), 30, "Inbox-blok"),
        Ritual(BlockKind.LUNCH, _t("12:30"), 30, "Lunch"),
        Ritual(BlockKind.QUIET_QUARTER, _t("16:30"), 15, "Stil kwartier"),
        Ritual(BlockKind.REFLECTION, _t("16:45"), 10, "Reflectie"),
    )
    review = Ritual(BlockKind.WEEKLY_REVIEW, _t("09:00"), 30, "Weekstart met je manager")
    friction = Ritual(BlockKind.FRICTION_FRIDAY, _t("15:00"), 45, "Frictievrijdag")
    days = {day: DayRhythm(hours, daily) for day in (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)}
    days[MONDAY] = DayRhythm(hours, _sorted((*daily, review)))
    days[FRIDAY] = DayRhythm(hours, _sorted((*daily, friction)))
    return RhythmTemplate(days=days)


def _sorted(rituals: tuple[Ritual, ...]) -> tuple[Ritual, ...]:
    return tuple(sorted(rituals, key=lambda r: r.start))


# --- plain-data form (settings storage, JSON export); strict on the way in ---------------------


def rhythm_to_data(rhythm: RhythmTemplate) -> dict[str, Any]:
    return {
        "focus_minutes": rhythm.focus_minutes,
        "reset_minutes": rhythm.reset_minutes,
        "min_focus_minutes": rhythm.min_focus_minutes,
        "days": {
            str(day): {
                "work_start": d.hours.start.strftime("%H:%M"),
                "work_end": d.hours.end.strftime("%H:%M"),
                "rituals": [
                    {
                        "kind": r.kind.value,
                        "start": r.start.strftime("%H:%M"),
                        "minutes": r.minutes,
                        "title": r.title,
                    }
                    for r in d.rituals
                ],
            }
            for day, d in sorted(rhythm.days.items())
        },
    }


def rhythm_from_data(data: Any) -> RhythmTemplate:
    """Build a template from plain data; any defect raises RhythmError with one readable line."""
    try:
        days: dict[int, DayRhythm] = {}
        for key, day in dict(data["days"]).items():
            rituals = tuple(
                Ritual(
                    BlockKind(r["kind"]),
                    _t(r["start"]),
                    int(r["minutes"]),
                    str(r["title"]),
                )
                for r in day["rituals"]
            )
            hours = WorkHours(_t(day["work_start"]), _t(day["work_end"]))
            days[int(key)] = DayRhythm(hours, _sorted(rituals))
        return RhythmTemplate(
            days=days,
            focus_minutes=int(data.get("focus_minutes", 50)),
            reset_minutes=int(data.get("reset_minutes", 5)),
            min_focus_minutes=int(data.get("min_focus_minutes", 15)),
        )
    except RhythmError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RhythmError(f"the stored rhythm is not readable ({exc})") from exc
