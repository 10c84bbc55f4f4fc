"""A meeting's end asks for its DADU; once that DADU is written the prompt stays quiet (pure)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.domain.ritual_done import asks_for_dadu, quiet_when_dadu_written

AMS = ZoneInfo("Europe/Amsterdam")
START = dt.datetime(2027, 3, 29, 10, 0, tzinfo=AMS)
END = START + dt.timedelta(hours=1)


def nudge(kind: BlockKind, moment: NudgeKind) -> Nudge:
    block = Block(kind, START, END, "MT-overleg", agenda_id=7)
    return Nudge(END if moment is NudgeKind.BLOCK_END else START, moment, block)


def test_a_meetings_end_is_quiet_only_when_its_dadu_is_written() -> None:
    end = nudge(BlockKind.MEETING, NudgeKind.BLOCK_END)
    assert asks_for_dadu(end)
    assert quiet_when_dadu_written(end, dadu_written=True)
    assert not quiet_when_dadu_written(end, dadu_written=False)


def test_other_moments_of_a_meeting_are_no_dadu_prompt() -> None:
    for moment in (NudgeKind.BLOCK_START, NudgeKind.HEADS_UP):
        assert not quiet_when_dadu_written(nudge(BlockKind.MEETING, moment), dadu_written=True)
    assert not quiet_when_dadu_written(
        nudge(BlockKind.CALL, NudgeKind.BLOCK_END), dadu_written=True
    )
