"""The rituals from a terminal: reflect, dadu add, mustdo add/list/done, friction add/list.

Every command checks its input (dates, energy, empty text, control characters) before the store
is opened, so a refused command writes nothing. Text that is missing is asked for when a terminal
is attached; without one, the command names what is missing (exit 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

from ritmeregie.cli.common import CliError
from ritmeregie.cli.rituals_input import (
    MissingInput,
    date_arg,
    date_on,
    interactive,
    run_guarded,
    text_arg,
    today_of,
)
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.platform.i18n import translate

if TYPE_CHECKING:
    from ritmeregie.services.meetings import Meeting
    from ritmeregie.storage import MustDo, Store

# --- reflect -----------------------------------------------------------------------------------------


def cmd_reflect(args: argparse.Namespace) -> int:
    return run_guarded(_reflect, args)


def _reflect(args: argparse.Namespace) -> int:
    date_arg(args.date)
    energy = _energy(args.energy)
    given = {"--satisfied": args.satisfied, "--less": args.less, "--differently": args.differently}
    missing = [option for option, value in given.items() if value is None]
    if missing and not interactive():
        raise MissingInput(*missing)
    satisfied = text_arg(
        args.satisfied, "--satisfied", translate("cli", "What am I satisfied with?"), required=False
    )
    less = text_arg(
        args.less, "--less", translate("cli", "What am I less satisfied with?"), required=False
    )
    differently = text_arg(
        args.differently,
        "--differently",
        translate("cli", "What will I do differently?"),
        required=False,
    )
    if missing and energy is None:
        energy = _ask_energy()
    if not (satisfied or less or differently):
        raise CliError(translate("cli", "A reflection needs at least one answer."))
    with opened_store(args) as store:
        today = today_of(store, store_timezone(store))
        day = date_on(args.date, today) or today
        replaced = store.reflections.get(day) is not None
        store.reflections.save(day, satisfied, less, differently, energy)
    message = (
        translate("cli", "Reflection of {date} updated.")
        if replaced
        else translate("cli", "Reflection of {date} saved.")
    )
    print(message.format(date=day.isoformat()))
    return 0


def _ask_energy() -> int | None:
    while True:
        try:
            answer = input(translate("cli", "Energy today, 1 to 5 (Enter to leave out):") + " ")
        except EOFError:
            raise CliError(translate("cli", "Stopped; nothing was saved.")) from None
        if not answer.strip():
            return None
        try:
            return _energy(answer)
        except CliError as exc:
            print(exc, file=sys.stderr)


def _energy(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        energy = int(value.strip())
    except ValueError:
        energy = 0
    if not 1 <= energy <= 5:
        raise CliError(
            translate("cli", "Energy is a number from 1 to 5, not '{value}'.").format(value=value)
        )
    return energy


# --- dadu add ----------------------------------------------------------------------------------------


def cmd_dadu_add(args: argparse.Namespace) -> int:
    return run_guarded(_dadu_add, args)


def _dadu_add(args: argparse.Namespace) -> int:
    from ritmeregie.storage import DaduRow

    for value in (args.date, args.deadline, args.update_date):
        date_arg(value)
    at = _clock_time(args.at)
    deadline_text, update_date_text = args.deadline, args.update_date
    # Asked on a terminal when the required parts are missing; then the optional parts too
    # (Enter leaves one out), so a whole row can be typed without knowing the options.
    ask_rest = interactive() and (args.meeting is None or args.decision is None)
    meeting = text_arg(args.meeting, "--meeting", translate("cli", "Meeting:"))
    decision = text_arg(args.decision, "--decision", translate("cli", "Decision:"))
    action = text_arg(
        args.action,
        "--action",
        translate("cli", "Action (Enter: none):"),
        required=False,
        ask=ask_rest,
    )
    owner = text_arg(
        args.owner, "--owner", translate("cli", "Who (Enter: none):"), required=False, ask=ask_rest
    )
    if ask_rest and args.deadline is None:
        deadline_text = _ask_date(translate("cli", "Deadline, e.g. 18-12 or friday (Enter: none):"))
    update = text_arg(
        args.update,
        "--update",
        translate("cli", "Update, how to report back (Enter: none):"),
        required=False,
        ask=ask_rest,
    )
    if ask_rest and args.update_date is None and update:
        update_date_text = _ask_date(
            translate("cli", "Day of the update, e.g. 18-12 or friday (Enter: none):")
        )
    with opened_store(args) as store:
        today = today_of(store, store_timezone(store))
        day = date_on(args.date, today) or today
        deadline = date_on(deadline_text, today)
        row = DaduRow(
            decision=decision,
            action=action,
            owner=owner,
            deadline=deadline,
            update_note=update,
            update_date=date_on(update_date_text, today),
        )
        found = _the_meeting(store, meeting, day, at)
        if found is None:
            record = store.dadu.append_row(meeting, day, row)
        else:
            record = store.dadu.append_row(
                found.title, day, row, agenda_item_id=found.agenda_id, event=found.event
            )
    print(
        translate("cli", "DADU of {meeting} ({date}): row {number} added.").format(
            meeting=record.meeting_title, date=day.isoformat(), number=len(record.rows)
        )
    )
    if deadline is not None:
        print(
            translate("cli", "The deadline is on your must-dos for {date}.").format(
                date=deadline.isoformat()
            )
        )
    return 0


def _clock_time(text: str | None) -> dt.time | None:
    if text is None:
        return None
    try:
        return dt.time.fromisoformat(text.strip().zfill(5))
    except ValueError:
        raise CliError(
            translate("cli", "--at takes a time like 10:00, not '{text}'.").format(text=text)
        ) from None


def _the_meeting(store: Store, text: str, day: dt.date, at: dt.time | None) -> Meeting | None:
    """The day's meeting `text` names (None: none does, the DADU is kept under that title);
    several: they are listed and nothing is saved."""
    from ritmeregie.services.meetings import matching, meetings_of

    candidates = matching(meetings_of(store, day, store_timezone(store)), text)
    if at is not None:
        candidates = [m for m in candidates if m.start.time().replace(tzinfo=None) == at]
        if not candidates:
            raise CliError(
                translate("cli", "No meeting '{title}' starts at {time} on {date}.").format(
                    title=text, time=f"{at:%H:%M}", date=day.isoformat()
                )
            )
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    lines = [
        translate(
            "cli", "Several meetings on {date} match '{title}'; name one with --at HH:MM:"
        ).format(date=day.isoformat(), title=text)
    ]
    for m in candidates:
        where = m.source or translate("cli", "your agenda")
        lines.append(f"  {m.start:%H:%M}–{m.end:%H:%M}  {m.title}  ({where})")
    raise CliError("\n".join(lines))


def _ask_date(prompt: str) -> str | None:
    """A date typed at the prompt, asked again until it reads as one (None: left out)."""
    while True:
        try:
            answer = input(prompt + " ").strip()
        except EOFError:
            raise CliError(translate("cli", "Stopped; nothing was saved.")) from None
        if not answer:
            return None
        try:
            date_arg(answer)
        except CliError as exc:
            print(exc, file=sys.stderr)
            continue
        return answer


# --- mustdo ------------------------------------------------------------------------------------------


def cmd_mustdo_add(args: argparse.Namespace) -> int:
    return run_guarded(_mustdo_add, args)


def _mustdo_add(args: argparse.Namespace) -> int:
    date_arg(args.date)
    date_arg(args.deadline)
    title = text_arg(args.title, translate("cli", "The must-do"), translate("cli", "Must-do:"))
    from ritmeregie.cli.managers import check_minutes, find_manager

    minutes = check_minutes(args.minutes)
    with opened_store(args) as store:
        today = today_of(store, store_timezone(store))
        manager = find_manager(store, args.manager) if args.manager is not None else None
        item = store.must_dos.add(
            title,
            urgent=args.urgent,
            important=args.important,
            deadline=date_on(args.deadline, today),
            planned_for=date_on(args.date, today),
            manager_id=manager.id if manager is not None else None,
            estimate_minutes=minutes,
        )
    print(translate("cli", "Added must-do #{id}: {title}").format(id=item.id, title=item.title))
    return 0


def cmd_mustdo_list(args: argparse.Namespace) -> int:
    """The day's list (planned, carried over, ticked off that day), then the open ones not on it."""
    from ritmeregie.services.today import day_tasks

    date_arg(args.date)
    with opened_store(args) as store:
        tz = store_timezone(store)
        today = today_of(store, tz)
        day = date_on(args.date, today) or today
        on_day = day_tasks(store, day, tz).must_dos
        pool = store.must_dos.pool(day)
        if args.manager is not None:
            from ritmeregie.cli.managers import find_manager

            theirs = find_manager(store, args.manager).id
            on_day = tuple(i for i in on_day if i.manager_id == theirs)
            pool = [i for i in pool if i.manager_id == theirs]
    if args.json:
        items = [_must_do_data(i) | {"on_day": True} for i in on_day]
        items += [_must_do_data(i) | {"on_day": False} for i in pool]
        print(json.dumps({"date": day.isoformat(), "mustdos": items}, ensure_ascii=False, indent=2))
        return 0
    if not on_day and not pool:
        print(translate("cli", "No must-dos for {date}.").format(date=day.isoformat()))
        return 0
    print(translate("cli", "Must-dos for {date}:").format(date=day.isoformat()))
    if not on_day:
        print("  " + translate("cli", "(none chosen yet)"))
    for item in on_day:
        print("  " + _must_do_line(item))
    if pool:
        print(translate("cli", "Also open:"))
        for item in pool:
            print("  " + _must_do_line(item))
    return 0


def _must_do_line(item: MustDo) -> str:
    tick = "[x]" if item.done is not None else "[ ]"
    marks = ("!" if item.urgent else " ") + ("*" if item.important else " ")
    extra = []
    if item.deadline is not None:
        extra.append(translate("cli", "due {date}").format(date=item.deadline.isoformat()))
    if item.planned_for is not None:
        extra.append(translate("cli", "planned {date}").format(date=item.planned_for.isoformat()))
    suffix = f"  ({', '.join(extra)})" if extra else ""
    return f"#{item.id:<5} {tick} {marks} {item.title}{suffix}"


def _must_do_data(item: MustDo) -> dict[str, object]:
    return {
        "id": item.id,
        "title": item.title,
        "urgent": item.urgent,
        "important": item.important,
        "deadline": _iso(item.deadline),
        "planned_for": _iso(item.planned_for),
        "deferred_to": _iso(item.deferred_to),
        "done": _iso(item.done),
        "manager": item.manager,
        "estimate_minutes": item.estimate_minutes,
    }


def cmd_mustdo_done(args: argparse.Namespace) -> int:
    from ritmeregie.storage import NotFoundError

    must_do_id = _number(
        args.id,
        translate("cli", "'{value}' is not a must-do number; see 'ritmeregie mustdo list'."),
    )
    with opened_store(args) as store:
        try:
            item = store.must_dos.done(must_do_id)
        except NotFoundError:
            raise CliError(
                translate("cli", "There is no must-do #{id}.").format(id=must_do_id)
            ) from None
    print(translate("cli", "Done: #{id} {title}").format(id=item.id, title=item.title))
    return 0


def _number(value: str, message: str) -> int:
    try:
        number = int(str(value).strip().lstrip("#"))
    except ValueError:
        number = 0
    if number < 1:
        raise CliError(message.format(value=value))
    return number


# --- friction ----------------------------------------------------------------------------------------


def cmd_friction_add(args: argparse.Namespace) -> int:
    return run_guarded(_friction_add, args)


def _friction_add(args: argparse.Namespace) -> int:
    text = text_arg(args.text, translate("cli", "The friction"), translate("cli", "Friction:"))
    with opened_store(args) as store:
        friction = store.frictions.add(text)
    print(translate("cli", "Noted friction #{id}.").format(id=friction.id))
    return 0


def cmd_friction_list(args: argparse.Namespace) -> int:
    from ritmeregie.domain.localtime import local_date

    with opened_store(args) as store:
        tz = store_timezone(store)
        boundary = store.settings.day_boundary()
        frictions = store.frictions.all()
    if args.json:
        data = [
            {
                "id": f.id,
                "text": f.text,
                "status": f.status.value,
                "created": f.created.astimezone(tz).isoformat(),
                "date": local_date(f.created, tz, boundary).isoformat(),
                "resolved": f.resolved.astimezone(tz).isoformat() if f.resolved else None,
            }
            for f in frictions
        ]
        print(json.dumps({"frictions": data}, ensure_ascii=False, indent=2))
        return 0
    if not frictions:
        print(translate("cli", "No frictions noted yet."))
        return 0
    for f in frictions:
        status = _friction_status(f.status.value)
        day = local_date(f.created, tz, boundary)  # the day it was noted on, as the app counts
        print(f"#{f.id:<5} {day:%Y-%m-%d}  {status:<12} {f.text}")
    return 0


def _friction_status(value: str) -> str:
    return {
        "open": translate("cli", "open"),
        "fixed": translate("cli", "fixed"),
        "checklist": translate("cli", "checklist"),
        "dropped": translate("cli", "dropped"),
    }.get(value, value)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
