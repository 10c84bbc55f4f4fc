"""Each meeting keeps its own moments, overlapping ones are shown together, and a moment that
comes due late (after a freeze or a suspend) is judged on its own: pure domain, injected times."""

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.domain.nudges import (
    LATE_GRACE,
    Nudge,
    NudgeKind,
    Timeliness,
    gathered,
    nudges_for,
    timeliness,
)
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.domain.session import RhythmState, session_nudges

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(FRIDAY, dt.time.fromisoformat(hhmm), tzinfo=AMS)


KORT = AgendaItem("Kort overleg", at("08:41"), at("08:47"), id=1)
MT = AgendaItem("Voorbereiding MT", at("08:45"), at("09:15"), id=2)


def moments(items: list[AgendaItem], after: str = "07:00") -> list[Nudge]:
    plan = plan_day(FRIDAY, default_rhythm(), items, AMS)
    return session_nudges(plan, RhythmState(), at(after), heads_up_minutes=2)


def of_meetings(nudges: list[Nudge]) -> set[tuple[str, NudgeKind, str]]:
    return {
        (n.block.title, n.kind, f"{n.at:%H:%M}")
        for n in nudges
        if n.block.kind is BlockKind.MEETING
    }


def test_two_overlapping_meetings_each_keep_heads_up_start_and_end() -> None:
    found = of_meetings(moments([KORT, MT]))
    assert found == {
        ("Kort overleg", NudgeKind.HEADS_UP, "08:39"),
        ("Kort overleg", NudgeKind.BLOCK_START, "08:41"),
        ("Kort overleg", NudgeKind.BLOCK_END, "08:47"),  # its DADU prompt, inside the MT
        ("Voorbereiding MT", NudgeKind.HEADS_UP, "08:43"),  # inside Kort overleg
        ("Voorbereiding MT", NudgeKind.BLOCK_START, "08:45"),
        ("Voorbereiding MT", NudgeKind.BLOCK_END, "09:15"),
    }


def test_keys_name_the_meeting_so_no_moment_replaces_another() -> None:
    same_minute = AgendaItem("Sollicitatie", at("08:41"), at("09:00"), id=3)
    nudges = [n for n in moments([KORT, MT, same_minute]) if n.block.kind is BlockKind.MEETING]
    keys = [n.key for n in nudges]
    assert len(keys) == len(set(keys))
    starts = [n for n in nudges if n.kind is NudgeKind.BLOCK_START and n.at == at("08:41")]
    assert {n.block.title for n in starts} == {"Kort overleg", "Sollicitatie"}


def test_deleting_the_second_meeting_keeps_the_first_ones_dadu_prompt() -> None:
    both = {n.key: n for n in moments([KORT, MT])}
    alone = {n.key: n for n in moments([KORT])}
    kort_end = next(
        n for n in alone.values() if n.kind is NudgeKind.BLOCK_END and n.block.agenda_id == 1
    )
    assert kort_end.at == at("08:47")
    assert kort_end.key in both  # the same job before and after: it stays scheduled
    assert not [k for k in alone if "#2" in k]  # the deleted meeting's moments are gone


def test_moving_a_meeting_moves_its_moments_and_leaves_the_others() -> None:
    moved = AgendaItem("Voorbereiding MT", at("10:00"), at("10:30"), id=2)
    before, after = moments([KORT, MT]), moments([KORT, moved])
    kort = {n.key for n in before if n.block.agenda_id == 1}
    assert kort <= {n.key for n in after}
    mt_after = {(n.kind, f"{n.at:%H:%M}") for n in after if n.block.agenda_id == 2}
    assert mt_after == {
        (NudgeKind.HEADS_UP, "09:58"),
        (NudgeKind.BLOCK_START, "10:00"),
        (NudgeKind.BLOCK_END, "10:30"),
    }
    assert not {n.key for n in before if n.block.agenda_id == 2} & {n.key for n in after}


def test_moments_at_one_instant_become_one_card_naming_both() -> None:
    back_to_back = AgendaItem("Budgetoverleg", at("08:47"), at("09:00"), id=4)
    flat = moments([KORT, back_to_back])
    cards = gathered(flat)
    at_847 = [c for c in cards if c.at == at("08:47")]
    assert len(at_847) == 1
    card = at_847[0]
    # The DADU prompt leads (it asks for an answer); the next meeting's start is on the card.
    assert (card.kind, card.block.title) == (NudgeKind.BLOCK_END, "Kort overleg")
    assert [(n.kind, n.block.title) for n in card.together] == [
        (NudgeKind.BLOCK_START, "Budgetoverleg")
    ]
    # Nothing is dropped by gathering: every moment is on exactly one card.
    parts = [p.key for c in cards for p in c.parts]
    assert sorted(parts) == sorted(n.key for n in flat)
    assert gathered(cards) == cards  # idempotent


def test_a_heads_up_for_a_meeting_that_has_started_is_stale() -> None:
    heads_up = next(
        n
        for n in nudges_for(plan_day(FRIDAY, default_rhythm(), [MT], AMS))
        if n.kind is NudgeKind.HEADS_UP and n.block.title == "Voorbereiding MT"
    )
    assert timeliness(heads_up, at("08:43")) is Timeliness.ON_TIME
    assert timeliness(heads_up, at("08:44:30")) is Timeliness.ON_TIME
    assert timeliness(heads_up, at("08:45")) is Timeliness.STALE
    assert timeliness(heads_up, at("08:52")) is Timeliness.STALE


def test_a_start_more_than_the_grace_late_is_missed_not_shown() -> None:
    plan = plan_day(FRIDAY, default_rhythm(), [MT], AMS)
    start = next(
        n
        for n in nudges_for(plan)
        if n.kind is NudgeKind.BLOCK_START and n.block.title == "Voorbereiding MT"
    )
    assert timeliness(start, at("08:45")) is Timeliness.ON_TIME
    assert timeliness(start, at("08:45") + LATE_GRACE) is Timeliness.ON_TIME
    assert timeliness(start, at("08:45") + LATE_GRACE + dt.timedelta(seconds=1)) is (
        Timeliness.MISSED
    )
    assert timeliness(start, at("08:52")) is Timeliness.MISSED
