"""`ritmeregie week plan`: next week's must-do's spread over its free focus time (parsers only)."""

from __future__ import annotations

import argparse

from ritmeregie.cli.common import date_metavar
from ritmeregie.platform.i18n import translate


def _run_week(args: argparse.Namespace) -> int:
    from ritmeregie.cli import week  # imported when the command runs: --help stays light

    return int(getattr(week, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    week = sub.add_parser("week", parents=[common], help=translate("cli", "plan a week"))
    actions = week.add_subparsers(
        dest="week_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(week),
        required=True,
    )
    p = actions.add_parser(
        "plan",
        parents=[common],
        help=translate(
            "cli", "spread the open must-dos over next week's free focus time and save it"
        ),
    )
    p.add_argument(
        "--date",
        metavar=date_metavar(),
        help=translate("cli", "a day of the week to plan (default: next week)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show the spread without saving it"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    p.set_defaults(run=_run_week, handler="cmd_week_plan")
