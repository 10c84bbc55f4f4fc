"""The seeds' "kort DADU-blok" (issue 16): the first minutes after each meeting are a `dadu`
block before the next focus block, and the meeting's DADU prompt opens in it."""

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import AgendaItem, Block, BlockKind
from ritmeregie.domain.nudges import NudgeKind, nudges_for
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import default_rhythm

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY = dt.date(2027, 1, 12)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(TUESDAY, dt.time.fromisoformat(hhmm), tzinfo=AMS)


def plan(items: list[AgendaItem], minutes: int = 5) -> list[Block]:
    return list(plan_day(TUESDAY, default_rhythm(), items, AMS, dadu_minutes=minutes).blocks)


def spans(blocks: list[Block], kind: BlockKind) -> list[tuple[str, str, str]]:
    return [(b.title, f"{b.start:%H:%M}", f"{b.end:%H:%M}") for b in blocks if b.kind is kind]


def test_a_meeting_is_followed_by_its_dadu_block_then_focus() -> None:
    blocks = plan([AgendaItem("Afstemming", at("09:00"), at("09:30"), id=1)])
    assert spans(blocks, BlockKind.DADU) == [("Afstemming", "09:30", "09:35")]
    after = [b for b in blocks if b.start >= at("09:30")]
    assert [b.kind for b in after[:2]] == [BlockKind.DADU, BlockKind.FOCUS]
    assert after[0].agenda_id == 1


def test_zero_minutes_turns_it_off() -> None:
    blocks = plan([AgendaItem("Afstemming", at("09:00"), at("09:30"), id=1)], minutes=0)
    assert spans(blocks, BlockKind.DADU) == []
    assert any(b.kind is BlockKind.FOCUS and b.start == at("09:30") for b in blocks)


def test_back_to_back_meetings_get_their_blocks_when_the_agenda_is_free_again() -> None:
    items = [
        AgendaItem("Projectgroep", at("11:00"), at("12:00"), id=1),
        AgendaItem("Communicatie", at("11:30"), at("12:00"), id=2),  # a double booking
        AgendaItem("Lunchoverleg", at("12:00"), at("12:15"), id=3),
    ]
    assert spans(plan(items), BlockKind.DADU) == [
        ("Projectgroep", "12:15", "12:20"),
        ("Communicatie", "12:20", "12:25"),
        ("Lunchoverleg", "12:25", "12:30"),
    ]


def test_a_dadu_block_is_cut_short_by_the_next_item_and_calls_get_none() -> None:
    items = [
        AgendaItem("Overleg", at("14:00"), at("14:30"), id=1),
        AgendaItem("Bellen", at("14:33"), at("14:40"), kind=BlockKind.CALL, id=2),
    ]
    assert spans(plan(items), BlockKind.DADU) == [("Overleg", "14:30", "14:33")]


def test_a_ritual_makes_room_as_it_does_for_the_agenda() -> None:
    blocks = plan([AgendaItem("MT-overleg", at("10:00"), at("11:00"), id=1)])
    [inbox] = [b for b in blocks if b.kind is BlockKind.INBOX]
    assert inbox.start >= at("11:05") or inbox.end <= at("10:00")


def test_the_dadu_prompt_opens_in_the_block_not_inside_the_next_meeting() -> None:
    items = [
        AgendaItem("Kort overleg", at("09:00"), at("09:30"), id=1),
        AgendaItem("MT", at("09:30"), at("10:30"), id=2),
    ]
    day = plan_day(TUESDAY, default_rhythm(), items, AMS, dadu_minutes=5)
    ends = {
        n.block.title: f"{n.at:%H:%M}" for n in nudges_for(day) if n.kind is NudgeKind.BLOCK_END
    }
    assert ends == {"Kort overleg": "10:30", "MT": "10:35"}
    # The DADU block itself has no moment of its own: the prompt is its meeting's end.
    assert not [n for n in nudges_for(day) if n.block.kind is BlockKind.DADU]


def test_without_dadu_blocks_the_prompt_stays_at_the_meetings_end() -> None:
    items = [AgendaItem("Kort overleg", at("09:00"), at("09:30"), id=1)]
    day = plan_day(TUESDAY, default_rhythm(), items, AMS)
    [end] = [n for n in nudges_for(day) if n.kind is NudgeKind.BLOCK_END]
    assert end.at == at("09:30")
