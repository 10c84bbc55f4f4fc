"""Commands for imported calendars: calendar add/refresh/list/rm/set.

Parsers only here (argparse + i18n); the work happens in functions named by set_defaults(handler=...),
imported when the command runs.
"""

from __future__ import annotations

import argparse

from ritmeregie.cli.argparse_words import whole_number
from ritmeregie.platform.i18n import translate


def _run_calendars(args: argparse.Namespace) -> int:
    from ritmeregie.cli import calendars  # imported when the command runs: --help stays light

    return int(getattr(calendars, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add `calendar` with its actions to the top-level subparsers."""
    calendar = sub.add_parser(
        "calendar",
        parents=[common],
        help=translate("cli", "other people's calendars (.ics) as layers in your plan"),
    )
    actions = calendar.add_subparsers(
        dest="calendar_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(calendar),
        required=True,
    )

    p = actions.add_parser(
        "add", parents=[common], help=translate("cli", "import a calendar as a new layer")
    )
    p.add_argument(
        "name",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "the layer's name, e.g. Directie"),
    )
    p.add_argument(
        "file",
        metavar=translate("cli", "FILE.ics"),
        nargs="?",
        help=translate("cli", "the exported calendar (may be left out with --url)"),
    )
    _role_option(p)
    _blocking_option(p)
    _subscription_options(p)
    p.add_argument(
        "--caldav",
        metavar=translate("cli", "ACCOUNT"),
        help=translate("cli", "read-only from a CalDAV account (see 'ritmeregie caldav add')"),
    )
    p.add_argument(
        "--calendar",
        metavar=translate("cli", "PATH"),
        help=translate("cli", "with --caldav: the collection's path, e.g. /directie/agenda/"),
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "read the password from standard input (where no keychain exists)"),
    )
    p.set_defaults(run=_run_calendars, handler="cmd_add")

    p = actions.add_parser(
        "refresh",
        parents=[common],
        help=translate(
            "cli", "import a calendar again: from FILE, from its address, or from the stored copy"
        ),
    )
    p.add_argument(
        "name", metavar=translate("cli", "NAME"), help=translate("cli", "the layer's name")
    )
    p.add_argument(
        "file",
        metavar=translate("cli", "FILE.ics"),
        nargs="?",
        help=translate("cli", "a newer export"),
    )
    p.set_defaults(run=_run_calendars, handler="cmd_refresh")

    p = actions.add_parser("list", parents=[common], help=translate("cli", "show the layers"))
    p.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    p.set_defaults(run=_run_calendars, handler="cmd_list")

    p = actions.add_parser("rm", parents=[common], help=translate("cli", "remove a layer"))
    p.add_argument(
        "name", metavar=translate("cli", "NAME"), help=translate("cli", "the layer's name")
    )
    p.set_defaults(run=_run_calendars, handler="cmd_rm")

    p = actions.add_parser(
        "set",
        parents=[common],
        help=translate("cli", "change a layer's role, or whether it blocks your focus"),
    )
    p.add_argument(
        "name", metavar=translate("cli", "NAME"), help=translate("cli", "the layer's name")
    )
    _role_option(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--blocking",
        dest="blocking",
        action="store_true",
        default=None,
        help=translate("cli", "its events keep focus blocks and rituals away"),
    )
    group.add_argument(
        "--not-blocking",
        dest="blocking",
        action="store_false",
        help=translate("cli", "its events are shown for context only"),
    )
    _subscription_options(p)
    p.add_argument(
        "--no-url",
        action="store_true",
        help=translate("cli", "stop the subscription (the imported events stay)"),
    )
    p.set_defaults(run=_run_calendars, handler="cmd_set")


ROLES = ("own", "manager", "context")


def _role_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--role",
        choices=ROLES,
        help=translate(
            "cli",
            "own: your own calendar (its events are your meetings); manager: a manager's "
            "(context, or blocking with --blocking); context: holidays, a rota (default)",
        ),
    )


def _blocking_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--blocking",
        action="store_true",
        help=translate(
            "cli",
            "a manager's events keep focus blocks and rituals away (default: context only)",
        ),
    )


def _subscription_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--url",
        metavar="URL",
        help=translate("cli", "subscribe: the calendar's https address (Outlook or Google)"),
    )
    p.add_argument(
        "--every",
        metavar=translate("cli", "MINUTES"),
        type=whole_number,
        help=translate("cli", "with --url: fetch it again every MINUTES (default: 60)"),
    )
