"""A DADU update due today becomes one nudge at the first free block after the day start."""

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from ritmeregie.domain.dadu_nudges import FREE_KINDS, dadu_update_nudge, with_dadu_update
from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.domain.nudges import NudgeKind, nudges_for
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import default_rhythm

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)
SATURDAY = dt.date(2027, 3, 27)


def at(hhmm: str, date: dt.date = FRIDAY) -> dt.datetime:
    return dt.datetime.combine(date, dt.time.fromisoformat(hhmm), tzinfo=AMS)


def plan(*items: AgendaItem, date: dt.date = FRIDAY):
    return plan_day(date, default_rhythm(), list(items), AMS)


def test_after_the_day_start_at_the_first_free_block() -> None:
    day = plan()
    dagstart = next(b for b in day.blocks if b.kind is BlockKind.DAGSTART)
    nudge = dadu_update_nudge(day, ["MT-overleg", "Teamoverleg", "MT-overleg", " "])
    assert nudge is not None
    assert nudge.kind is NudgeKind.DADU_UPDATE
    assert nudge.at == dagstart.end == at("08:35")
    assert nudge.block.kind in FREE_KINDS
    assert nudge.about == ("MT-overleg", "Teamoverleg")
    assert not nudge.answerable


def test_nothing_due_means_no_nudge() -> None:
    assert dadu_update_nudge(plan(), []) is None
    assert dadu_update_nudge(plan(), ["  "]) is None


def test_never_inside_a_meeting() -> None:
    early = AgendaItem("Vroeg overleg", at("08:35"), at("10:10"))
    nudge = dadu_update_nudge(plan(early), ["MT"])
    assert nudge is not None
    assert nudge.at >= at("10:10")
    # A busy layer that blocks counts too; one that does not block does not.
    busy = AgendaItem(
        "Bezet (agenda van Kees)", at("08:35"), at("09:40"), BlockKind.BUSY, source="Kees"
    )
    blocked = dadu_update_nudge(plan(busy), ["MT"])
    assert blocked is not None and blocked.at >= at("09:40")


def test_a_late_start_or_a_pause_moves_it_to_the_next_free_block() -> None:
    day = plan()
    late = dadu_update_nudge(day, ["MT"], after=at("10:02"))
    assert late is not None
    assert late.at > at("10:02")
    assert late.block.kind in FREE_KINDS
    free_starts = sorted(b.start for b in day.blocks if b.kind in FREE_KINDS)
    assert late.at == next(s for s in free_starts if s > at("10:02"))
    paused = dadu_update_nudge(day, ["MT"], after=at("08:00"), paused_until=at("13:00"))
    assert paused is not None and paused.at >= at("13:00")
    assert dadu_update_nudge(day, ["MT"], after=at("18:00")) is None


def test_a_day_without_day_start_uses_its_first_free_block() -> None:
    friday = plan()
    no_dagstart = replace(
        friday, blocks=tuple(b for b in friday.blocks if b.kind is not BlockKind.DAGSTART)
    )
    nudge = dadu_update_nudge(no_dagstart, ["MT"])
    assert nudge is not None
    assert nudge.at == min(b.start for b in no_dagstart.blocks if b.kind in FREE_KINDS)
    # A day with no blocks at all (the weekend) has no moment for it.
    assert dadu_update_nudge(plan(date=SATURDAY), ["MT"]) is None


def test_merged_into_the_days_nudges_in_time_order() -> None:
    day = plan(AgendaItem("MT", at("10:00"), at("11:00")))
    plain = nudges_for(day)
    merged = with_dadu_update(plain, day, ["MT"])
    assert len(merged) == len(plain) + 1
    assert [n for n in merged if n.kind is not NudgeKind.DADU_UPDATE] == plain
    moments = [n.at.astimezone(dt.UTC) for n in merged]
    assert moments == sorted(moments)
    assert with_dadu_update(plain, day, []) == plain
    keys = [n.key for n in merged]
    assert len(keys) == len(set(keys))
