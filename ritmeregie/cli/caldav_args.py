"""Commands for CalDAV: caldav add/list/rm/test/publish, and sync.

Parsers only here (argparse + i18n); the work happens in ritmeregie/cli/caldav.py, imported when
the command runs.
"""

from __future__ import annotations

import argparse

from ritmeregie.platform.i18n import translate


def _run_caldav(args: argparse.Namespace) -> int:
    from ritmeregie.cli import caldav  # imported when the command runs: --help stays light

    return int(getattr(caldav, args.handler)(args))


def _password_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "read the password from standard input (where no keychain exists)"),
    )


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add `caldav` with its actions, and `sync`, to the top-level subparsers."""
    caldav = sub.add_parser(
        "caldav",
        parents=[common],
        help=translate("cli", "your agenda and must-do's on a CalDAV server (Nextcloud, iCloud …)"),
    )
    actions = caldav.add_subparsers(
        dest="caldav_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(caldav),
        required=True,
    )
    p = actions.add_parser("add", parents=[common], help=translate("cli", "add a server account"))
    p.add_argument("name", metavar=translate("cli", "NAME"), help=translate("cli", "e.g. Werk"))
    p.add_argument(
        "--url", required=True, help=translate("cli", "the server's CalDAV address (https://…)")
    )
    p.add_argument("--user", required=True, help=translate("cli", "the user name on the server"))
    _password_option(p)
    p.set_defaults(run=_run_caldav, handler="cmd_add")

    p = actions.add_parser("list", parents=[common], help=translate("cli", "show the accounts"))
    p.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    p.set_defaults(run=_run_caldav, handler="cmd_list")

    p = actions.add_parser(
        "rm", parents=[common], help=translate("cli", "remove an account and its password")
    )
    p.add_argument("name", metavar=translate("cli", "NAME"), help=translate("cli", "the account"))
    p.set_defaults(run=_run_caldav, handler="cmd_rm")

    p = actions.add_parser(
        "test", parents=[common], help=translate("cli", "log in to the server once")
    )
    p.add_argument("name", metavar=translate("cli", "NAME"), help=translate("cli", "the account"))
    _password_option(p)
    p.set_defaults(run=_run_caldav, handler="cmd_test")

    p = actions.add_parser(
        "publish",
        parents=[common],
        help=translate("cli", "keep your agenda and must-do's in a calendar on the server"),
    )
    p.add_argument("name", metavar=translate("cli", "NAME"), help=translate("cli", "the account"))
    p.add_argument(
        "--calendar",
        required=True,
        metavar=translate("cli", "PATH"),
        help=translate("cli", "the calendar's path on the server, e.g. /sanne/agenda/"),
    )
    p.add_argument(
        "--tasks",
        metavar=translate("cli", "PATH"),
        help=translate("cli", "the must-do's collection (default: the calendar's path + -tasks)"),
    )
    p.add_argument(
        "--with-rhythm",
        action="store_true",
        help=translate("cli", "also show today's focus blocks and quiet quarter as busy"),
    )
    _password_option(p)
    p.set_defaults(run=_run_caldav, handler="cmd_publish")

    p = sub.add_parser(
        "sync", parents=[common], help=translate("cli", "sync with the CalDAV server now")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    _password_option(p)
    p.set_defaults(run=_run_caldav, handler="cmd_sync")
