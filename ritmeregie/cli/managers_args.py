"""`manager`, `request`, `matrix`, `conflicts` and `review`: several managers (parsers only)."""

from __future__ import annotations

import argparse

from ritmeregie.cli.argparse_words import whole_number
from ritmeregie.cli.common import date_metavar
from ritmeregie.platform.i18n import translate

QUADRANT_NAMES = ("urgent_important", "important", "urgent", "neither")


def _run_managers(args: argparse.Namespace) -> int:
    from ritmeregie.cli import managers  # imported when the command runs: --help stays light

    return int(getattr(managers, args.handler)(args))


def _run_requests(args: argparse.Namespace) -> int:
    from ritmeregie.cli import requests

    return int(getattr(requests, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    _manager(sub, common)
    _request(sub, common)
    _matrix(sub, common)
    _conflicts(sub, common)
    _review(sub, common)


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )


def _range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="first",
        metavar=date_metavar(),
        help=translate("cli", "the first day (default: today)"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        metavar=date_metavar(),
        help=translate("cli", "the last day (default: two weeks on)"),
    )


def _manager_details(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--color", metavar="#RRGGBB", help=translate("cli", "the manager's colour"))
    parser.add_argument(
        "--layer",
        action="append",
        metavar=translate("cli", "LAYER"),
        help=translate("cli", "a calendar layer of theirs (repeat for more)"),
    )
    parser.add_argument(
        "--review",
        metavar=translate("cli", '"DAY HH:MM"'),
        help=translate("cli", 'their weekly review slot, e.g. "monday 09:00" (none: no slot)'),
    )
    parser.add_argument(
        "--default",
        action="store_true",
        help=translate("cli", "make them the default for a new request"),
    )


def _manager(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    manager = sub.add_parser(
        "manager", parents=[common], help=translate("cli", "the managers you work for")
    )
    actions = manager.add_subparsers(
        dest="manager_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(manager),
        required=True,
    )
    add = actions.add_parser("add", parents=[common], help=translate("cli", "add a manager"))
    add.add_argument("name", metavar=translate("cli", "NAME"), help=translate("cli", "their name"))
    _manager_details(add)
    add.set_defaults(run=_run_managers, handler="cmd_manager_add")

    lst = actions.add_parser("list", parents=[common], help=translate("cli", "list the managers"))
    _json(lst)
    lst.set_defaults(run=_run_managers, handler="cmd_manager_list")

    rm = actions.add_parser(
        "rm",
        parents=[common],
        help=translate("cli", "remove a manager (their requests stay, without a manager)"),
    )
    rm.add_argument("name", metavar=translate("cli", "NAME"), help=translate("cli", "their name"))
    rm.set_defaults(run=_run_managers, handler="cmd_manager_rm")

    review = actions.add_parser(
        "review", parents=[common], help=translate("cli", "the weekly review with this manager")
    )
    review.add_argument(
        "manager", metavar=translate("cli", "NAME"), help=translate("cli", "their name")
    )
    review.add_argument(
        "--date",
        metavar=date_metavar(),
        help=translate("cli", "a day of the week to review (default: this week)"),
    )
    _json(review)
    review.set_defaults(run=_run_managers, handler="cmd_review")

    st = actions.add_parser("set", parents=[common], help=translate("cli", "change a manager"))
    st.add_argument("name", metavar=translate("cli", "NAME"), help=translate("cli", "their name"))
    st.add_argument(
        "--name",
        dest="new_name",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "a new name"),
    )
    _manager_details(st)
    st.add_argument("--no-layers", action="store_true", help=translate("cli", "no calendar layers"))
    st.set_defaults(run=_run_managers, handler="cmd_manager_set")


def _request(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    request = sub.add_parser(
        "request", parents=[common], help=translate("cli", "a manager's requests")
    )
    actions = request.add_subparsers(
        dest="request_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(request),
        required=True,
    )
    add = actions.add_parser(
        "add", parents=[common], help=translate("cli", "note a request (it becomes a must-do)")
    )
    add.add_argument(
        "title",
        nargs="?",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what is asked"),
    )
    add.add_argument(
        "--for",
        dest="manager",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "whose request it is (default: your default manager)"),
    )
    add.add_argument(
        "--goal", metavar=translate("cli", "TEXT"), help=translate("cli", "what is the real goal")
    )
    add.add_argument(
        "--needed-by",
        "--deadline",
        dest="needed_by",
        metavar=date_metavar(),
        help=translate("cli", "when it is needed"),
    )
    add.add_argument(
        "--for-whom",
        dest="needed_for",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "who it is for in the end (e.g. the board)"),
    )
    add.add_argument(
        "--impact",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what moving it affects"),
    )
    add.add_argument(
        "--prefer",
        choices=("speed", "completeness"),
        help=translate("cli", "speed or completeness"),
    )
    add.add_argument(
        "--minutes",
        type=whole_number,
        metavar="N",
        help=translate("cli", "how long you think it takes"),
    )
    add.add_argument("--urgent", action="store_true", help=translate("cli", "it is urgent"))
    add.add_argument("--important", action="store_true", help=translate("cli", "it is important"))
    add.add_argument(
        "--date",
        metavar=date_metavar(),
        help=translate("cli", "the day it is planned for (default: none, it waits in your list)"),
    )
    _json(add)
    add.set_defaults(run=_run_requests, handler="cmd_request_add")

    show = actions.add_parser(
        "show", parents=[common], help=translate("cli", "a request with its answers and agreements")
    )
    show.add_argument(
        "id",
        metavar=translate("cli", "ID"),
        help=translate("cli", "the must-do's number (see 'mustdo list')"),
    )
    _json(show)
    show.set_defaults(run=_run_requests, handler="cmd_request_show")

    agree = actions.add_parser(
        "agree",
        parents=[common],
        help=translate("cli", "keep an agreement about a conflict with both requests"),
    )
    agree.add_argument(
        "first_id", metavar=translate("cli", "ID"), help=translate("cli", "one request")
    )
    agree.add_argument(
        "second_id", metavar=translate("cli", "ID"), help=translate("cli", "the other")
    )
    agree.add_argument(
        "--text",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what was agreed (default: the proposal of their conflict)"),
    )
    agree.add_argument(
        "--apply",
        action="store_true",
        help=translate("cli", "move the request as the proposal says"),
    )
    _range(agree)
    agree.set_defaults(run=_run_requests, handler="cmd_request_agree")


def _matrix(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "matrix",
        parents=[common],
        help=translate("cli", "the open must-dos in four quadrants: urgent and important"),
    )
    p.add_argument(
        "--for",
        dest="manager",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "only this manager's requests"),
    )
    p.add_argument(
        "--move",
        nargs=2,
        metavar=(translate("cli", "ID"), translate("cli", "QUADRANT")),
        help=translate("cli", "move a must-do to a quadrant: {names}").format(
            names=", ".join(QUADRANT_NAMES)
        ),
    )
    _json(p)
    p.set_defaults(run=_run_managers, handler="cmd_matrix")


def _conflicts(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "conflicts",
        parents=[common],
        help=translate("cli", "work that does not fit before its deadline, with a proposal"),
    )
    _range(p)
    _json(p)
    p.set_defaults(run=_run_managers, handler="cmd_conflicts")


def _review(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "review",
        parents=[common],
        help=translate("cli", "the weekly review per manager"),
    )
    p.add_argument(
        "--for",
        dest="manager",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "only this manager (default: each of them)"),
    )
    p.add_argument(
        "--date",
        metavar=date_metavar(),
        help=translate("cli", "a day of the week to review (default: this week)"),
    )
    _json(p)
    p.set_defaults(run=_run_managers, handler="cmd_review")
