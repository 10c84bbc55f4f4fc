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
    review_data,
)
from ritmeregie.cli.rituals_input import date_arg, date_on
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.domain.date_input import WEEKDAYS
from ritmeregie.domain.priority import QUADRANTS, Quadrant
from ritmeregie.platform.i18n import translate

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


def must_do_number(text: str) -> int:
    try:
        number = int(text.strip().lstrip("#"))
    except ValueError:
        number = 0
    if number <= 0:
        raise CliError(translate("cli", "'{value}' is not a must-do's number.").format(value=text))
    return number


def find_manager(store: Any, name: str) -> Any:
    if not name.strip():
        raise CliError(translate("cli", "A manager needs a name."))
    manager = store.managers.find(name)
    if manager is None:
        wanted = name.split()[0].casefold()
        same = [m.name for m in store.managers.all() if m.name.split()[0].casefold() == wanted]
        if len(same) > 1:  # "Anna" while she works for two Annas: say which ones there are
            raise CliError(
                translate("cli", "Which {name}? There are {names}.").format(
                    name=name.strip(), names=", ".join(same)
                )
            )
        raise CliError(
            translate("cli", "There is no manager called {name} (see 'manager list').").format(
                name=name.strip()
            )
        )
    return manager


def _check_layers(store: Any, layers: list[str] | None) -> None:
    """Only layers `calendar list` names: a typo would silently match none of her events."""
    known = store.calendars.names()
    for layer in layers or ():
        if layer.strip() and layer.strip() not in known:
            raise CliError(
                translate(
                    "cli", "There is no calendar layer called {name}; the layers are: {names}."
                ).format(name=layer.strip(), names=", ".join(known) or "-")
            )


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
        _check_layers(store, args.layer)
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
        if args.layer:
            _check_layers(store, [x for x in args.layer if x.strip() not in manager.layers])
        updated = store.managers.update(manager.name, **changes)
    print(translate("cli", "Changed manager {name}.").format(name=updated.name))
    return 0


# --- matrix, conflicts, review -------------------------------------------------------------------


def cmd_matrix(args: argparse.Namespace) -> int:
    from ritmeregie.services.managers import matrix_of, move_to_quadrant

    move = None
    if args.move:
        move = (must_do_number(args.move[0]), _quadrant(args.move[1]))
    with opened_store(args) as store:
        manager = find_manager(store, args.manager).name if args.manager is not None else None
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


def range_of(args: argparse.Namespace, today: dt.date) -> tuple[dt.date, dt.date]:
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
        first, last = range_of(args, today)
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
        managers = [find_manager(store, args.manager)] if args.manager is not None else every
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
