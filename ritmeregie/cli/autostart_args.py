"""Commands for start at login: autostart on/off/status.

Parsers only here (argparse + i18n); the work happens in functions named by set_defaults(handler=...),
imported when the command runs.
"""

from __future__ import annotations

import argparse

from ritmeregie.platform.i18n import translate


def _run_autostart(args: argparse.Namespace) -> int:
    from ritmeregie.cli import autostart  # imported when the command runs: --help stays light

    return int(getattr(autostart, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """`ritmeregie autostart on|off|status`."""
    autostart = sub.add_parser(
        "autostart", parents=[common], help=translate("cli", "start ritmeregie when you log in")
    )
    actions = autostart.add_subparsers(
        dest="autostart_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(autostart),
        required=True,
    )
    on = actions.add_parser(
        "on", parents=[common], help=translate("cli", "start ritmeregie at every login")
    )
    on.set_defaults(run=_run_autostart, handler="autostart_on")
    off = actions.add_parser(
        "off", parents=[common], help=translate("cli", "no longer start ritmeregie at login")
    )
    off.set_defaults(run=_run_autostart, handler="autostart_off")
    status = actions.add_parser(
        "status", parents=[common], help=translate("cli", "does ritmeregie start at login?")
    )
    status.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    status.set_defaults(run=_run_autostart, handler="autostart_status")
