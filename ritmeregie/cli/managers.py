"""`manager`, `request`, `matrix`, `conflicts` and `review` on services/managers.py."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from typing import Any

from ritmeregie.cli.common import CliError
from ritmeregie.cli.dates import today_of
from ritmeregie.cli.managers_output import (
    conflict_data,
    manager_data,
    print_conflict,
    print_review,
    request_data,
    request_line,
    review_data,
)
from ritmeregie.cli.rituals_input import date_arg, date_on, interactive, run_guarded, text_arg
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.domain.date_input import WEEKDAYS
from ritmeregie.domain.priority import QUADRANTS, Preference, Quadrant
from ritmeregie.platform.i18n import translate
from ritmeregie.services.manager_texts import agreement_text

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_SLOT = re.compile(r"^\s*(\S+)\s+(\d{1,2})[:.](\d{2})\s*$")
MAX_ESTIMATE_MINUTES = 7 * 24 * 60


# --- checks before the store is opened (one line each, in the user's language) ----------------


def _name(text: str) -> str:
    clean = " ".join(text.split())
    if not clean:
        raise CliError(translate("cli", "A manager needs a name."))
    if len(clean) > 80:
        raise CliError(translate("cli", "A manager's name is at most 80 characters."))
    return clean


def _color(text: str | None) -> str | None:
    if text is not None and not _COLOR.match(text):
        raise CliError(
            translate("cli", "A colour is written as #RRGGBB (e.g. #C2185B), not {value}.").format(
                value=text
            )
        )
    return text


def _slot(text: str | None) -> tuple[int, dt.time] | None:
    """'monday 09:00' / 'maandag 9:00' → (0, 09:00); '' or 'none' → None."""
    if text is None or text.strip().lower() in ("", "none", "geen"):
        return None
    match = _SLOT.match(text)
    weekday = WEEKDAYS.get(match.group(1).lower()) if match else None
    if match is None or weekday is None:
        raise CliError(
            translate(
                "cli", 'A review slot is a weekday and a time, e.g. "monday 09:00", not {value}.'
            ).format(value=text)
        )
    try:
        return weekday, dt.time(int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise CliError(
            translate("cli", "{value} is not a time of day.").format(value=text)
        ) from None


def check_minutes(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= MAX_ESTIMATE_MINUTES:
        raise CliError(
            translate("cli", "An estimate is from 0 to {limit} minutes.").format(
                limit=MAX_ESTIMATE_MINUTES
            )
        )
    return value


def _id(text: str) -> int:
    try:
        number = int(text.strip().lstrip("#"))
    except ValueError:
        number = 0
    if number <= 0:
        raise CliError(translate("cli", "'{value}' is not a must-do's number.").format(value=text))
    return number


def find_manager(store: Any, name: str) -> Any:
    manager = store.managers.find(name)
    if manager is None:
        raise CliError(
            translate("cli", "There is no manager called {name} (see 'manager list').").format(
                name=name.strip()
            )
        )
    return manager


# --- manager ------------------------------------------------------------------------------------


def cmd_manager_add(args: argparse.Namespace) -> int:
    name = _name(args.name)
    color = _color(args.color)
    slot = _slot(args.review)
    with opened_store(args) as store:
        if store.managers.find(name, exact=True) is not None:
            raise CliError(
                translate("cli", "There is already a manager called {name}.").format(name=name)
            )
        manager = store.managers.add(
            name,
            color=color,
            layers=args.layer or (),
            review_weekday=slot[0] if slot else None,
            review_time=slot[1] if slot else None,
            default=args.default,
        )
    print(translate("cli", "Added manager {name}.").format(name=manager.name))
    return 0


def cmd_manager_list(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        managers = store.managers.all()
    if args.json:
        data = {"managers": [manager_data(m) for m in managers]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not managers:
        print(translate("cli", "No managers yet; add one with 'ritmeregie manager add NAME'."))
        return 0
    from ritmeregie.cli.managers_output import manager_line

    for manager in managers:
        print(manager_line(manager))
    return 0


def cmd_manager_rm(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        manager = find_manager(store, args.name)
        store.managers.remove(manager.name)
    print(
        translate("cli", "Removed manager {name}; their requests stay, without a manager.").format(
            name=manager.name
        )
    )
    return 0


def cmd_manager_set(args: argparse.Namespace) -> int:
    new_name = _name(args.new_name) if args.new_name is not None else None
    color = _color(args.color)
    slot = _slot(args.review) if args.review is not None else None
    changes: dict[str, Any] = {}
    if new_name is not None:
        changes["new_name"] = new_name
    if color is not None:
        changes["color"] = color
    if args.layer:
        changes["layers"] = args.layer
    if args.no_layers:
        changes["layers"] = []
    if args.review is not None:
        changes["review_weekday"] = slot[0] if slot else None
        changes["review_time"] = slot[1] if slot else None
    if args.default:
        changes["default"] = True
    if not changes:
        raise CliError(translate("cli", "Nothing to change: give at least one option."))
    with opened_store(args) as store:
        manager = find_manager(store, args.name)
        if new_name is not None:
            other = store.managers.find(new_name, exact=True)
            if other is not None and other.id != manager.id:
                raise CliError(
                    translate("cli", "There is already a manager called {name}.").format(
                        name=new_name
                    )
                )
        updated = store.managers.update(manager.name, **changes)
    print(translate("cli", "Changed manager {name}.").format(name=updated.name))
    return 0


# --- request ------------------------------------------------------------------------------------


def cmd_request_add(args: argparse.Namespace) -> int:
    return run_guarded(_request_add, args)


def _request_add(args: argparse.Namespace) -> int:
    from ritmeregie.storage.records import Intake

    date_arg(args.needed_by)
    date_arg(args.date)
    check_minutes(args.minutes)
    asking = args.title is None and interactive()  # the whole intake, question by question
    title = text_arg(args.title, translate("cli", "The request"), translate("cli", "Request:"))
    manager_name = args.manager
    if asking and manager_name is None:
        manager_name = (
            text_arg(
                None, "--for", translate("cli", "For whom (a manager's name):"), required=False
            )
            or None
        )
    goal = text_arg(
        args.goal, "--goal", translate("cli", "What is the real goal?"), required=False, ask=asking
    )
    needed_by = args.needed_by
    if asking and needed_by is None:
        needed_by = (
            text_arg(None, "--needed-by", translate("cli", "Needed by (a date):"), required=False)
            or None
        )
        date_arg(needed_by)
    needed_for = text_arg(
        args.needed_for,
        "--for-whom",
        translate("cli", "Who is it for in the end?"),
        required=False,
        ask=asking,
    )
    impact = text_arg(
        args.impact,
        "--impact",
        translate("cli", "What does moving it affect?"),
        required=False,
        ask=asking,
    )
    prefer = args.prefer
    if asking and prefer is None:
        answer = text_arg(
            None, "--prefer", translate("cli", "Speed or completeness? (s/c)"), required=False
        )
        prefer = _prefer_answer(answer)
    minutes = args.minutes
    if asking and minutes is None:
        answer = text_arg(
            None, "--minutes", translate("cli", "How many minutes will it take?"), required=False
        )
        minutes = check_minutes(_whole(answer)) if answer else None
    with opened_store(args) as store:
        tz = store_timezone(store)
        today = today_of(store, tz)
        manager = find_manager(store, manager_name) if manager_name else store.managers.default()
        item = store.must_dos.add(
            title,
            urgent=args.urgent,
            important=args.important,
            deadline=date_on(needed_by, today),
            planned_for=date_on(args.date, today),
            manager_id=manager.id if manager is not None else None,
            estimate_minutes=minutes,
            intake=Intake(
                goal=goal,
                needed_for=needed_for,
                impact=impact,
                prefer=Preference(prefer) if prefer else None,
            ),
        )
    if args.json:
        print(json.dumps(request_data(item), ensure_ascii=False, indent=2))
        return 0
    if item.manager:
        print(
            translate("cli", "Added request #{id} for {manager}: {title}").format(
                id=item.id, manager=item.manager, title=item.title
            )
        )
    else:
        print(translate("cli", "Added must-do #{id}: {title}").format(id=item.id, title=item.title))
    return 0


def _prefer_answer(answer: str) -> str | None:
    text = answer.strip().lower()
    if not text:
        return None
    if text[0] in ("s",):  # speed / snelheid
        return "speed"
    if text[0] in ("c", "v"):  # completeness / volledigheid
        return "completeness"
    raise CliError(translate("cli", "Answer s (speed) or c (completeness)."))


def _whole(answer: str) -> int:
    try:
        return int(answer.strip())
    except ValueError:
        raise CliError(
            translate("cli", "'{value}' is not a whole number.").format(value=answer)
        ) from None


def cmd_request_show(args: argparse.Namespace) -> int:
    number = _id(args.id)
    with opened_store(args) as store:
        item = store.must_dos.get(number)
        if item is None:
            raise CliError(translate("cli", "There is no must-do {id}.").format(id=number))
        agreements = store.agreements.for_must_do(number)
    if args.json:
        data = request_data(item) | {
            "agreements": [
                {"id": a.id, "text": a.text, "requests": list(a.must_do_ids)} for a in agreements
            ]
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(request_line(item))
    for label, value in (
        (translate("cli", "Goal"), item.goal),
        (translate("cli", "For whom"), item.needed_for),
        (translate("cli", "Moving it affects"), item.impact),
    ):
        if value:
            print(f"  {label}: {value}")
    for agreement in agreements:
        print()
        print(agreement.text)
    return 0


def cmd_request_agree(args: argparse.Namespace) -> int:
    date_arg(args.first)
    date_arg(args.last)
    from ritmeregie.services.managers import (
        apply_proposal,
        conflict_between,
        conflicts_between,
    )

    first, second = _id(args.first_id), _id(args.second_id)
    if first == second:
        raise CliError(translate("cli", "An agreement is between two different requests."))
    text = text_arg(args.text, "--text", "", required=False, ask=False) if args.text else ""
    with opened_store(args) as store:
        for number in (first, second):
            if store.must_dos.get(number) is None:
                raise CliError(translate("cli", "There is no must-do {id}.").format(id=number))
        tz = store_timezone(store)
        today = today_of(store, tz)
        conflict = None
        if not text or args.apply:
            report = conflicts_between(store, *_range_of(args, today), tz)
            conflict = conflict_between(report, (first, second))
            if conflict is None:
                raise CliError(
                    translate(
                        "cli",
                        "Must-dos {first} and {second} have no conflict just now; give the "
                        "agreement with --text.",
                    ).format(first=first, second=second)
                )
            text = text or agreement_text(conflict, today)
        agreement = store.agreements.add(text, [first, second])
        if args.apply and conflict is not None and conflict.proposal.to is not None:
            apply_proposal(store, conflict)
    print(agreement.text)
    print()
    print(
        translate("cli", "Kept with must-dos #{first} and #{second}.").format(
            first=first, second=second
        )
    )
    return 0


# --- matrix, conflicts, review -------------------------------------------------------------------


def cmd_matrix(args: argparse.Namespace) -> int:
    from ritmeregie.services.managers import matrix_of, move_to_quadrant

    move = None
    if args.move:
        move = (_id(args.move[0]), _quadrant(args.move[1]))
    with opened_store(args) as store:
        manager = find_manager(store, args.manager).name if args.manager else None
        if move is not None:
            if store.must_dos.get(move[0]) is None:
                raise CliError(translate("cli", "There is no must-do {id}.").format(id=move[0]))
            move_to_quadrant(store, *move)
        quadrants = matrix_of(store, manager)
        names = [m.name for m in store.managers.all()]
        per_manager = {name: matrix_of(store, name) for name in ([manager] if manager else names)}
    if args.json:
        data = {
            "for": manager,
            "quadrants": {q.value: [request_data(i) for i in quadrants[q]] for q in QUADRANTS},
            "managers": [
                {
                    "name": name,
                    "quadrants": {q.value: [request_data(i) for i in found[q]] for q in QUADRANTS},
                }
                for name, found in per_manager.items()
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from ritmeregie.cli.managers_output import print_matrix

    print_matrix(quadrants)
    return 0


def _quadrant(text: str) -> Quadrant:
    try:
        return Quadrant(text.strip().lower())
    except ValueError:
        raise CliError(
            translate("cli", "'{value}' is not a quadrant; choose from {names}.").format(
                value=text, names=", ".join(q.value for q in QUADRANTS)
            )
        ) from None


def _range_of(args: argparse.Namespace, today: dt.date) -> tuple[dt.date, dt.date]:
    from ritmeregie.services.managers import DEFAULT_RANGE_DAYS

    first = date_on(args.first, today) or today
    last = date_on(args.last, today) or first + dt.timedelta(days=DEFAULT_RANGE_DAYS - 1)
    if last < first:
        raise CliError(
            translate("cli", "--to ({last}) is before --from ({first}).").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
    if (last - first).days > 366:
        raise CliError(translate("cli", "Look at a year at most."))
    return first, last


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ritmeregie.services.managers import conflicts_between

    date_arg(args.first)
    date_arg(args.last)
    with opened_store(args) as store:
        tz = store_timezone(store)
        today = today_of(store, tz)
        first, last = _range_of(args, today)
        report = conflicts_between(store, first, last, tz)
    if args.json:
        data = {
            "from": first.isoformat(),
            "to": last.isoformat(),
            "conflicts": [conflict_data(c, report.items, today) for c in report.conflicts],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not report.conflicts:
        print(
            translate("cli", "No conflicts from {first} to {last}: the work fits.").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
        return 0
    for index, conflict in enumerate(report.conflicts):
        if index:
            print()
        print_conflict(conflict, report.items, today)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from ritmeregie.domain.review import review_week, week_start
    from ritmeregie.services.manager_review import build_manager_review

    date_arg(args.date)
    with opened_store(args) as store:
        tz = store_timezone(store)
        today = today_of(store, tz)
        day = date_on(args.date, today)
        week = week_start(day) if day is not None else review_week(today)
        every = store.managers.all()
        managers = [find_manager(store, args.manager)] if args.manager else every
        reviews = [build_manager_review(store, tz, m, week) for m in managers]
    if args.json:
        if args.manager:
            data = review_data(reviews[0])
        else:
            data = {"week": week.isoformat(), "reviews": [review_data(r) for r in reviews]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not reviews:
        print(translate("cli", "No managers yet; add one with 'ritmeregie manager add NAME'."))
        return 0
    for index, review in enumerate(reviews):
        if index:
            print()
        print_review(review)
    return 0
