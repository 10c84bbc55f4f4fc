"""Capacity and conflicts between managers' requests; the priority matrix (pure rules)."""

from __future__ import annotations

import datetime as dt

from ritmeregie.domain.capacity import ConflictKind, find_conflicts
from ritmeregie.domain.priority import Preference, Quadrant, Request, matrix, suggestions

MON = dt.date(2027, 3, 1)
TUE = MON + dt.timedelta(days=1)
WED = MON + dt.timedelta(days=2)
THU = MON + dt.timedelta(days=3)
SAT = MON + dt.timedelta(days=5)
NEXT_MON = MON + dt.timedelta(days=7)


def focus(minutes: int = 240, days: int = 14, start: dt.date = MON) -> dict[dt.date, int]:
    """Weekdays with `minutes` of focus, weekends none."""
    result = {}
    for n in range(days):
        day = start + dt.timedelta(days=n)
        result[day] = minutes if day.weekday() < 5 else 0
    return result


def req(
    id_: int, manager: str | None, minutes: int | None, deadline: dt.date | None, **kw
) -> Request:
    return Request(
        id_, f"verzoek {id_}", manager, deadline=deadline, estimate_minutes=minutes, **kw
    )


def test_work_that_fits_is_no_conflict():
    requests = [req(1, "Anna", 120, MON), req(2, "Bert", 120, MON)]
    assert find_conflicts(requests, focus(), MON, THU, default_minutes=50) == []


def test_two_managers_overflowing_a_day_name_both_and_propose_a_move():
    anna = req(1, "Anna", 180, MON, urgent=True, important=True)
    bert = req(2, "Bert", 120, MON, urgent=True, impact="Bert's board memo is a day later")
    [conflict] = find_conflicts([anna, bert], focus(), MON, THU, default_minutes=50)
    assert conflict.kind is ConflictKind.COMPETING_URGENT
    assert conflict.date == MON
    assert (conflict.needed_minutes, conflict.available_minutes) == (300, 240)
    assert conflict.short_minutes == 60
    assert conflict.keep == anna and conflict.other == bert
    assert conflict.proposal.move == bert
    assert conflict.proposal.to == TUE
    assert conflict.proposal.affects == "Bert's board memo is a day later"
    assert conflict.managers == ("Anna", "Bert")


def test_not_urgent_work_that_does_not_fit_is_a_plain_overflow():
    requests = [req(1, "Anna", 300, TUE, important=True), req(2, "Bert", 300, TUE)]
    [conflict] = find_conflicts(requests, focus(), MON, THU, default_minutes=50)
    assert conflict.kind is ConflictKind.DOES_NOT_FIT
    # Two days hold 480 minutes; Bert's (not important) could move to Wednesday.
    assert conflict.proposal.move.id == 2
    assert conflict.proposal.to == WED


def test_the_move_goes_past_the_weekend_to_a_day_with_focus_time():
    requests = [
        req(1, "Anna", 1200, dt.date(2027, 3, 5), urgent=True),
        req(2, "Bert", 100, dt.date(2027, 3, 5)),
    ]
    [conflict] = find_conflicts(requests, focus(), MON, dt.date(2027, 3, 5), default_minutes=50)
    assert conflict.proposal.move.id == 2
    assert conflict.proposal.to == NEXT_MON


def test_the_other_manager_moves_even_when_the_same_manager_has_a_lesser_item():
    anna_urgent = req(1, "Anna", 200, MON, urgent=True, important=True)
    anna_small = req(2, "Anna", 30, MON)
    bert = req(3, "Bert", 60, MON, urgent=True)
    [conflict] = find_conflicts(
        [anna_urgent, anna_small, bert], focus(), MON, MON, default_minutes=50
    )
    assert conflict.keep == anna_urgent
    assert conflict.proposal.move == bert


def test_one_request_longer_than_all_the_time_names_itself():
    [conflict] = find_conflicts([req(1, "Anna", 600, MON)], focus(), MON, MON, default_minutes=50)
    assert conflict.other is None
    assert conflict.proposal.move.id == 1
    assert conflict.proposal.to == WED  # 3 times 240 minutes by Wednesday


def test_no_room_in_the_days_looked_at_proposes_no_date():
    [conflict] = find_conflicts(
        [req(1, "Anna", 5000, MON)], focus(days=3), MON, MON, default_minutes=50
    )
    assert conflict.proposal.to is None


def test_a_request_without_estimate_counts_one_default_block():
    requests = [req(n, "Anna" if n % 2 else "Bert", None, MON) for n in range(1, 6)]
    assert find_conflicts(requests, focus(), MON, MON, default_minutes=50)  # 250 > 240
    assert not find_conflicts(requests[:4], focus(), MON, MON, default_minutes=50)


def test_overdue_work_counts_as_due_on_the_first_day():
    requests = [req(1, "Anna", 200, MON - dt.timedelta(days=3)), req(2, "Bert", 100, MON)]
    [conflict] = find_conflicts(requests, focus(), MON, THU, default_minutes=50)
    assert conflict.date == MON


def test_work_due_after_the_range_is_not_looked_at():
    requests = [req(1, "Anna", 2000, NEXT_MON)]
    assert find_conflicts(requests, focus(), MON, THU, default_minutes=50) == []


def test_a_weekend_deadline_counts_the_week_before_it():
    requests = [req(1, "Anna", 1200, SAT), req(2, "Bert", 1, SAT)]
    [conflict] = find_conflicts(requests, focus(), MON, SAT, default_minutes=50)
    assert conflict.date == SAT and conflict.available_minutes == 1200


def test_each_conflict_moves_a_different_request():
    requests = [req(n, "Anna" if n % 2 else "Bert", 200, MON, urgent=n == 1) for n in range(1, 5)]
    conflicts = find_conflicts(requests, focus(), MON, THU, default_minutes=50)
    moved = [c.proposal.move.id for c in conflicts]
    assert len(moved) == len(set(moved)) == 3
    assert 1 not in moved


def test_a_manager_who_wants_speed_keeps_theirs():
    anna = req(1, "Anna", 150, MON, urgent=True, important=True)
    bert = req(2, "Bert", 60, MON, prefer=Preference.SPEED)
    carla = req(3, "Carla", 60, MON, prefer=Preference.COMPLETENESS)
    [conflict] = find_conflicts([anna, bert, carla], focus(), MON, MON, default_minutes=50)
    assert conflict.proposal.move == carla


def test_matrix_sorts_into_quadrants_per_manager():
    requests = [
        req(1, "Anna", 30, TUE, urgent=True, important=True),
        req(2, "Bert", 30, MON, important=True),
        req(3, "anna", 30, None, urgent=True),
        req(4, None, 30, None),
    ]
    everyone = matrix(requests)
    assert [r.id for r in everyone[Quadrant.URGENT_IMPORTANT]] == [1]
    assert [r.id for r in everyone[Quadrant.IMPORTANT]] == [2]
    assert [r.id for r in everyone[Quadrant.URGENT]] == [3]
    assert [r.id for r in everyone[Quadrant.NEITHER]] == [4]
    annas = matrix(requests, "ANNA")
    assert sum(len(v) for v in annas.values()) == 2
    assert annas[Quadrant.IMPORTANT] == ()


def test_dagstart_suggestions_come_from_the_matrix():
    requests = [
        req(1, "Anna", 30, None),
        req(2, "Anna", 30, None, urgent=True),
        req(3, "Bert", 30, THU, important=True),
        req(4, "Bert", 30, WED, important=True),
        req(5, "Anna", 30, None, urgent=True, important=True),
    ]
    assert [r.id for r in suggestions(requests)] == [5, 4, 3]
    assert 1 not in [r.id for r in suggestions(requests, count=10)]


def test_the_notice_names_each_conflict_once_and_never_during_a_meeting():
    from zoneinfo import ZoneInfo

    from ritmeregie.domain.capacity import conflict_key, notice_due
    from ritmeregie.domain.model import Block, BlockKind

    ams = ZoneInfo("Europe/Amsterdam")
    start = dt.datetime(2027, 3, 1, 10, tzinfo=ams)
    meeting = Block(BlockKind.MEETING, start, start + dt.timedelta(hours=1), "MT")
    focus_block = Block(BlockKind.FOCUS, start, start + dt.timedelta(hours=1), "Focus")
    requests = [req(1, "Anna", 200, MON, urgent=True), req(2, "Bert", 200, MON, urgent=True)]
    [conflict] = find_conflicts(requests, focus(), MON, MON, default_minutes=50)
    assert notice_due([conflict], [], meeting) is None
    assert notice_due([conflict], [], focus_block) == conflict
    assert notice_due([conflict], [], None) == conflict
    assert notice_due([conflict], [conflict_key(conflict)], focus_block) is None
