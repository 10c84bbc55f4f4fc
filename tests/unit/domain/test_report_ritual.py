"""The optional after-lunch verslag (issue 19): off in the default day, placed right after lunch
when switched on, never on top of her own blocks, and done once its prompt was copied (no Qt)."""

from __future__ import annotations

import datetime as dt

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.domain.rhythm import (
    MONDAY,
    REPORT_MINUTES,
    REPORT_TITLE,
    Ritual,
    WorkHours,
    default_rhythm,
    report_after_lunch,
)
from ritmeregie.domain.ritual_done import RitualFacts, quiet_when_done

HOURS = WorkHours(dt.time(8, 30), dt.time(17, 0))


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def test_the_default_day_has_no_report() -> None:
    for day in default_rhythm().days.values():
        assert BlockKind.REPORT not in {r.kind for r in day.rituals}


def test_switched_on_it_follows_lunch() -> None:
    monday = default_rhythm().days[MONDAY]
    report = report_after_lunch(monday.hours, monday.rituals)
    assert report == Ritual(BlockKind.REPORT, t("13:00"), REPORT_MINUTES, REPORT_TITLE)
    late_lunch = (Ritual(BlockKind.LUNCH, t("13:15"), 45, "Lunch"),)
    placed = report_after_lunch(HOURS, late_lunch)
    assert placed is not None and placed.start == t("14:00")
    # A verslag already there is replaced, not an obstacle to itself.
    again = (*late_lunch, Ritual(BlockKind.REPORT, t("09:00"), 10, REPORT_TITLE))
    assert report_after_lunch(HOURS, again) == placed


def test_it_never_moves_her_own_blocks() -> None:
    lunch = Ritual(BlockKind.LUNCH, t("12:30"), 30, "Lunch")
    call = Ritual(BlockKind.CALL, t("13:05"), 5, "Belletje")
    assert report_after_lunch(HOURS, (lunch, call)) is None  # those minutes are taken
    assert report_after_lunch(HOURS, (Ritual(BlockKind.INBOX, t("11:00"), 30, "Inbox"),)) is None
    short_day = WorkHours(t("08:30"), t("13:05"))
    assert report_after_lunch(short_day, (lunch,)) is None  # would run past the work hours


def test_a_copied_prompt_makes_the_day_s_report_done() -> None:
    assert RitualFacts().done() == frozenset()
    assert RitualFacts(report_copied=True).done() == {BlockKind.REPORT}
    start = dt.datetime(2027, 3, 29, 13, 0, tzinfo=dt.UTC)
    block = Block(BlockKind.REPORT, start, start + dt.timedelta(minutes=10), REPORT_TITLE)
    nudge = Nudge(start, NudgeKind.BLOCK_START, block)
    assert quiet_when_done(nudge, frozenset({BlockKind.REPORT}))
    assert not quiet_when_done(nudge, frozenset({BlockKind.REFLECTION}))
