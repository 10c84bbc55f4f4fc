""" "Bel bij twijfel": an open DADU decision near its deadline gets one five-minute slot nudge."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.decision_slot import (
    OpenDecision,
    decision_slot_nudge,
    decision_to_settle,
    is_open_decision,
)
from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import default_rhythm

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY = dt.date(2027, 3, 23)
WEDNESDAY = TUESDAY + dt.timedelta(days=1)


def at(hhmm: str, date: dt.date = TUESDAY) -> dt.datetime:
    return dt.datetime.combine(date, dt.time.fromisoformat(hhmm), tzinfo=AMS)


def plan(*items: AgendaItem):
    return plan_day(TUESDAY, default_rhythm(), list(items), AMS)


BUDGET = OpenDecision("MT-overleg", "Wat moeten we zeker weten vóór woensdag?", WEDNESDAY)


@pytest.mark.parametrize(
    ("decision", "is_open"),
    [
        ("Wat moeten we zeker weten vóór woensdag?", True),
        ("  Gaan we met de nieuwe leverancier in zee?  ", True),
        ("Open: locatie heidag", True),
        ("nog open — wie zit de vergadering voor", True),
        ("Te beslissen: budget 2028", True),
        ("To decide: who chairs", True),
        ("TBD venue", True),
        ("Budget 2028 goedgekeurd.", False),
        ("We openen de vestiging in mei", False),  # "open" inside a word is no marker
        ("", False),
        ("   ", False),
    ],
)
def test_which_decisions_are_open(decision: str, is_open: bool) -> None:
    assert is_open_decision(decision) is is_open


def test_the_earliest_open_decision_due_today_or_tomorrow_is_settled_first() -> None:
    later = OpenDecision("Teamoverleg", "Wie neemt de notulen over?", WEDNESDAY)
    today = OpenDecision("Zorg", "Open: rooster mei", TUESDAY)
    settled = OpenDecision("MT", "Begroting is akkoord.", TUESDAY)
    far = OpenDecision("Heidag", "Welke locatie?", TUESDAY + dt.timedelta(days=2))
    past = OpenDecision("Oud", "Welke datum?", TUESDAY - dt.timedelta(days=1))
    assert decision_to_settle([later, today, settled, far, past], TUESDAY) == today
    assert decision_to_settle([later, far], TUESDAY) == later
    assert decision_to_settle([settled, far, past], TUESDAY) is None


def test_the_slot_is_the_first_free_block_after_the_dagstart() -> None:
    nudge = decision_slot_nudge(plan(), [BUDGET])
    assert nudge is not None
    assert nudge.kind is NudgeKind.DECISION_SLOT
    assert nudge.at == at("08:35")  # the dagstart is 08:30 to 08:35
    assert nudge.block.kind is BlockKind.FOCUS
    assert nudge.about == ("Wat moeten we zeker weten vóór woensdag?", "MT-overleg", "2027-03-24")
    assert not nudge.answerable


def test_no_slot_when_nothing_is_open_near_its_deadline() -> None:
    far = OpenDecision("Heidag", "Welke locatie?", TUESDAY + dt.timedelta(days=2))
    done = OpenDecision("MT", "Budget akkoord", WEDNESDAY)
    assert decision_slot_nudge(plan(), [far, done]) is None
    assert decision_slot_nudge(plan(), []) is None


def test_never_inside_a_meeting_never_while_paused_and_not_in_the_past() -> None:
    meeting = AgendaItem("Overleg", at("08:35"), at("10:00"))
    nudge = decision_slot_nudge(plan(meeting), [BUDGET])
    assert nudge is not None and nudge.at >= at("10:00")
    paused = decision_slot_nudge(plan(), [BUDGET], paused_until=at("13:00"))
    assert paused is not None and paused.at >= at("13:00")
    late = decision_slot_nudge(plan(), [BUDGET], after=at("16:40"))
    assert late is None  # only the calls and the reflection are left: no free block
