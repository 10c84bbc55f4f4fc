"""`ritmeregie meetings`: a day's meetings with their source, decision line and DADU (parsers)."""

from __future__ import annotations

import argparse

from ritmeregie.cli.common import date_metavar
from ritmeregie.platform.i18n import translate


def _run_meetings(args: argparse.Namespace) -> int:
    from ritmeregie.cli import meetings  # imported when the command runs: --help stays light

    return int(getattr(meetings, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "meetings",
        parents=[common],
        help=translate(
            "cli", "a day's meetings: where from, their decision line, whether the DADU exists"
        ),
    )
    p.add_argument(
        "--date", metavar=date_metavar(), help=translate("cli", "the day (default: today)")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    p.set_defaults(run=_run_meetings, handler="cmd_meetings")
