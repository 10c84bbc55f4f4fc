"""`request add|show|agree`: a manager's request with the intake's answers, and agreements."""

from __future__ import annotations

import argparse
import json

from ritmeregie.cli.common import CliError
from ritmeregie.cli.dates import today_of
from ritmeregie.cli.managers import check_minutes, find_manager, must_do_number, range_of
from ritmeregie.cli.managers_output import request_data, request_line
from ritmeregie.cli.rituals_input import date_arg, date_on, interactive, run_guarded, text_arg
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.domain.priority import Preference
from ritmeregie.platform.i18n import translate
from ritmeregie.services.manager_texts import agreement_text


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
        # an explicit `--for ""` is a typo, not "the default"; a blank prompt answer became None above
        manager = (
            find_manager(store, manager_name)
            if manager_name is not None
            else store.managers.default()
        )
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
    number = must_do_number(args.id)
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

    first, second = must_do_number(args.first_id), must_do_number(args.second_id)
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
            report = conflicts_between(store, *range_of(args, today), tz)
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
