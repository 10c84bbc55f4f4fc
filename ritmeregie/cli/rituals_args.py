"""Commands for rituals from a terminal: reflect, dadu, mustdo, friction, export.

Parsers only here (argparse + i18n); the work happens in functions named by set_defaults(handler=...),
imported when the command runs. Text options may be left out when a terminal is attached: the
command then asks for them.
"""

from __future__ import annotations

import argparse

from ritmeregie.cli.argparse_words import whole_number
from ritmeregie.cli.common import date_metavar
from ritmeregie.platform.i18n import translate


def _run_rituals(args: argparse.Namespace) -> int:
    from ritmeregie.cli import rituals  # imported when the command runs: --help stays light

    return int(getattr(rituals, args.handler)(args))


def _run_rituals_export(args: argparse.Namespace) -> int:
    from ritmeregie.cli import rituals_export  # imported when the command runs: --help stays light

    return int(getattr(rituals_export, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add reflect, dadu, mustdo, friction and export to the top-level subparsers."""
    _reflect(sub, common)
    _dadu(sub, common)
    _mustdo(sub, common)
    _friction(sub, common)
    _export(sub, common)


def _reflect(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "reflect",
        parents=[common],
        help=translate("cli", "write the day's reflection (saving again replaces it)"),
    )
    p.add_argument(
        "--date", metavar=date_metavar(), help=translate("cli", "the day (default: today)")
    )
    p.add_argument(
        "--satisfied",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what am I satisfied with"),
    )
    p.add_argument(
        "--less",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what am I less satisfied with"),
    )
    p.add_argument(
        "--differently",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what will I do differently"),
    )
    p.add_argument("--energy", metavar="1-5", help=translate("cli", "energy, from 1 to 5"))
    p.set_defaults(run=_run_rituals, handler="cmd_reflect")


def _dadu(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    dadu = sub.add_parser(
        "dadu", parents=[common], help=translate("cli", "Decision, Action, Deadline, Update")
    )
    actions = dadu.add_subparsers(
        dest="dadu_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(dadu),
        required=True,
    )
    p = actions.add_parser(
        "add",
        parents=[common],
        help=translate("cli", "add one row to a meeting's DADU (repeat for more rows)"),
    )
    p.add_argument(
        "--meeting",
        metavar=translate("cli", "TITLE"),
        help=translate(
            "cli",
            "the meeting's title; a meeting of that day (typed or from your own calendar) is "
            "found by it",
        ),
    )
    p.add_argument(
        "--at",
        metavar="HH:MM",
        help=translate("cli", "the meeting's start, when several meetings match the title"),
    )
    p.add_argument(
        "--decision", metavar=translate("cli", "TEXT"), help=translate("cli", "what was decided")
    )
    p.add_argument(
        "--action", metavar=translate("cli", "TEXT"), help=translate("cli", "what will be done")
    )
    p.add_argument(
        "--owner", metavar=translate("cli", "NAME"), help=translate("cli", "who does it")
    )
    p.add_argument(
        "--deadline",
        metavar=date_metavar(),
        help=translate("cli", "when it is due (becomes a must-do on that day)"),
    )
    p.add_argument(
        "--update",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "how and when to report back"),
    )
    p.add_argument(
        "--update-date", metavar=date_metavar(), help=translate("cli", "the day of the update")
    )
    p.add_argument(
        "--date",
        metavar=date_metavar(),
        help=translate("cli", "the meeting's day (default: today)"),
    )
    p.set_defaults(run=_run_rituals, handler="cmd_dadu_add")


def _mustdo(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    mustdo = sub.add_parser("mustdo", parents=[common], help=translate("cli", "your must-dos"))
    actions = mustdo.add_subparsers(
        dest="mustdo_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(mustdo),
        required=True,
    )
    add = actions.add_parser("add", parents=[common], help=translate("cli", "add a must-do"))
    add.add_argument(
        "title",
        nargs="?",
        metavar=translate("cli", "TITLE"),
        help=translate("cli", "what must happen"),
    )
    add.add_argument(
        "--date",
        metavar=date_metavar(),
        help=translate("cli", "the day it is planned for (default: none, it waits in your list)"),
    )
    add.add_argument("--urgent", action="store_true", help=translate("cli", "it is urgent"))
    add.add_argument("--important", action="store_true", help=translate("cli", "it is important"))
    add.add_argument("--deadline", metavar=date_metavar(), help=translate("cli", "when it is due"))
    add.add_argument(
        "--for",
        dest="manager",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "the manager it is for"),
    )
    add.add_argument(
        "--minutes",
        type=whole_number,
        metavar="N",
        help=translate("cli", "how long you think it takes"),
    )
    add.set_defaults(run=_run_rituals, handler="cmd_mustdo_add")

    lst = actions.add_parser(
        "list", parents=[common], help=translate("cli", "the open must-dos of a day")
    )
    lst.add_argument(
        "--date", metavar=date_metavar(), help=translate("cli", "the day (default: today)")
    )
    lst.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    lst.add_argument(
        "--for",
        dest="manager",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "only this manager's must-dos"),
    )
    lst.set_defaults(run=_run_rituals, handler="cmd_mustdo_list")

    done = actions.add_parser("done", parents=[common], help=translate("cli", "tick a must-do off"))
    done.add_argument(
        "id",
        metavar=translate("cli", "ID"),
        help=translate("cli", "the must-do's number (see 'mustdo list')"),
    )
    done.set_defaults(run=_run_rituals, handler="cmd_mustdo_done")


def _friction(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    friction = sub.add_parser(
        "friction",
        parents=[common],
        help=translate("cli", "frictions: small things that cost time again and again"),
    )
    actions = friction.add_subparsers(
        dest="friction_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(friction),
        required=True,
    )
    add = actions.add_parser("add", parents=[common], help=translate("cli", "note a friction"))
    add.add_argument(
        "text",
        nargs="?",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what got in the way"),
    )
    add.set_defaults(run=_run_rituals, handler="cmd_friction_add")
    lst = actions.add_parser("list", parents=[common], help=translate("cli", "all frictions"))
    lst.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    lst.set_defaults(run=_run_rituals, handler="cmd_friction_list")


def _export(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "export",
        parents=[common],
        help=translate("cli", "everything you wrote, as Markdown, CSV, JSON or a calendar (.ics)"),
    )
    p.add_argument(
        "--format",
        default="json",
        choices=("md", "csv", "json", "ics"),
        help=translate("cli", "md, csv, json (default) or ics"),
    )
    p.add_argument(
        "--from",
        dest="first",
        metavar=date_metavar(),
        help=translate("cli", "the first day to include"),
    )
    p.add_argument(
        "--to",
        dest="last",
        metavar=date_metavar(),
        help=translate("cli", "the last day to include"),
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=translate(
            "cli", "everything you ever entered, with calls, checklists, review notes and settings"
        ),
    )
    p.add_argument(
        "--include-rhythm",
        action="store_true",
        help=translate("cli", "ics: add the rhythm's blocks to the agenda"),
    )
    p.add_argument(
        "--output",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "write to this file instead of the screen"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "with --output: replace a file that exists"),
    )
    p.set_defaults(run=_run_rituals_export, handler="cmd_export")
