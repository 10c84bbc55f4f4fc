"""`plan --week` and `week plan` on top of weeks.py (one section per day, totals; JSON)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.cli.dates import day_of_args, parse_date, today_of
from ritmeregie.cli.plan_output import plan_as_data, print_blocks
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.domain.week import Candidate, OverflowReason, Overfull, Spread, WeekDay
from ritmeregie.platform.i18n import translate
from ritmeregie.services.vocabulary import long_date

if TYPE_CHECKING:
    from ritmeregie.storage.records import MustDo


def minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("cli", "{minutes} min").format(minutes=rest)
    return translate("cli", "{hours} h {minutes:02d} min").format(hours=hours, minutes=rest)


def overfull_text(reason: Overfull) -> str:
    return {
        Overfull.NO_FOCUS_TIME: translate("cli", "no focus time left"),
        Overfull.MUSTDOS_EXCEED_FOCUS: translate("cli", "more must-dos than focus time"),
        Overfull.RITUAL_DROPPED: translate("cli", "a ritual found no room"),
    }[reason]


def overflow_text(reason: OverflowReason) -> str:
    return {
        OverflowReason.DEADLINE_BEFORE_WEEK: translate("cli", "its deadline is before this week"),
        OverflowReason.NO_ROOM_BEFORE_DEADLINE: translate(
            "cli", "no free focus time before its deadline"
        ),
        OverflowReason.LONGER_THAN_A_DAY: translate("cli", "longer than any day's focus time"),
        OverflowReason.WEEK_FULL: translate("cli", "the week's focus time is full"),
    }[reason]


def _must_do_data(item: MustDo) -> dict[str, object]:
    return {
        "id": item.id,
        "title": item.title,
        "urgent": item.urgent,
        "important": item.important,
        "deadline": item.deadline.isoformat() if item.deadline else None,
    }


# --- plan --week ---------------------------------------------------------------------------------


def plan_week_command(args: argparse.Namespace) -> int:
    from ritmeregie.services.weeks import load_week

    with opened_store(args) as store:
        tz = store_timezone(store)
        date = day_of_args(store, args.date, tz)
        week, must_dos = load_week(store, date, tz)
    if args.json:
        days = [
            plan_as_data(d.plan)
            | {
                "working": d.working,
                "meeting_minutes": d.meeting_minutes,
                "focus_minutes": d.focus_minutes,
                "free_focus_minutes": d.free_focus_minutes,
                "overfull": [r.value for r in d.overfull],
                "mustdos": [_must_do_data(m) for m in must_dos[d.date]],
            }
            for d in week.days
        ]
        totals = {
            "meeting_minutes": week.meeting_minutes,
            "focus_minutes": week.focus_minutes,
            "free_focus_minutes": week.free_focus_minutes,
        }
        print(json.dumps({"days": days, "totals": totals}, ensure_ascii=False, indent=2))
        return 0
    for index, day in enumerate(week.days):
        if index:
            print()
        _print_day(day, must_dos[day.date])
    print()
    print(
        translate("cli", "Week: meetings {meetings} · focus {focus} · free {free}").format(
            meetings=minutes_text(week.meeting_minutes),
            focus=minutes_text(week.focus_minutes),
            free=minutes_text(week.free_focus_minutes),
        )
    )
    return 0


def _print_day(day: WeekDay, must_dos: list[MustDo]) -> None:
    head = f"{long_date(day.date)} · {day.plan.timezone}"
    if day.working:
        head += "  " + translate(
            "cli", "(meetings {meetings} · focus {focus} · free {free})"
        ).format(
            meetings=minutes_text(day.meeting_minutes),
            focus=minutes_text(day.focus_minutes),
            free=minutes_text(day.free_focus_minutes),
        )
    print(head)
    if day.overfull:
        reasons = ", ".join(overfull_text(r) for r in day.overfull)
        print("  " + translate("cli", "Overfull: {reasons}").format(reasons=reasons))
    if not day.plan.blocks:
        print("  " + translate("cli", "Nothing planned: a day off."))
    print_blocks(day.plan)
    for item in must_dos:
        print("  " + translate("cli", "Must-do: {title}").format(title=item.title))


# --- week plan -----------------------------------------------------------------------------------


def cmd_week_plan(args: argparse.Namespace) -> int:
    from ritmeregie.domain.week import week_dates
    from ritmeregie.services.weeks import (
        default_estimate_minutes,
        next_week_date,
        save_spread,
        spread_next_week,
    )

    if args.date is not None:
        parse_date(args.date, ZoneInfo("UTC"))  # refuse a bad date before opening anything
    with opened_store(args) as store:
        tz = store_timezone(store)
        today = today_of(store, tz)
        week_date = (
            next_week_date(today) if args.date is None else day_of_args(store, args.date, tz)
        )
        spread = spread_next_week(store, week_date, today, tz)
        estimate = default_estimate_minutes(store)
        if not args.dry_run:
            save_spread(store, spread)
    first, last = week_dates(week_date)[0], week_dates(week_date)[-1]
    if args.json:
        print(
            json.dumps(
                _spread_data(spread, estimate, not args.dry_run), ensure_ascii=False, indent=2
            )
        )
        return 0
    _print_spread(spread, first, last, estimate, saved=not args.dry_run)
    return 0


def _spread_data(spread: Spread, estimate: int, saved: bool) -> dict[str, object]:
    def entry(c: Candidate, minutes: int) -> dict[str, object]:
        return {
            "id": c.id,
            "title": c.title,
            "urgent": c.urgent,
            "important": c.important,
            "deadline": c.deadline.isoformat() if c.deadline else None,
            "minutes": minutes,
        }

    return {
        "days": [
            {"date": date.isoformat(), "mustdos": [entry(p.candidate, p.minutes) for p in placed]}
            for date, placed in spread.days
        ],
        "overflow": [
            entry(o.candidate, o.minutes) | {"reason": o.reason.value} for o in spread.overflow
        ],
        "default_estimate_minutes": estimate,
        "saved": saved,
    }


def _print_spread(
    spread: Spread, first: dt.date, last: dt.date, estimate: int, *, saved: bool
) -> None:
    print(
        translate("cli", "The week {first} – {last}:").format(
            first=long_date(first), last=long_date(last)
        )
    )
    for date, placed in spread.days:
        if not placed:
            continue
        print(f"  {long_date(date)}")
        for p in placed:
            due = (
                "  "
                + translate("cli", "(due {date})").format(date=p.candidate.deadline.isoformat())
                if p.candidate.deadline
                else ""
            )
            print(f"    #{p.candidate.id:<5} {p.candidate.title}{due}")
    if not any(placed for _date, placed in spread.days):
        print("  " + translate("cli", "No open must-dos to plan."))
    if spread.overflow:
        print(translate("cli", "Does not fit:"))
        for o in spread.overflow:
            print(f"    #{o.candidate.id:<5} {o.candidate.title} — {overflow_text(o.reason)}")
    print(
        translate(
            "cli", "Each must-do counts as one focus block ({minutes} min): they have no estimate."
        ).format(minutes=estimate)
    )
    if saved:
        print(translate("cli", "Saved: each day's dagstart offers its must-dos first."))
