"""Commands for your data: backup, restore, forget.

Parsers only here (argparse + i18n); the work happens in functions named by set_defaults(handler=...),
imported when the command runs (ritmeregie/cli/data.py).
"""

from __future__ import annotations

import argparse

from ritmeregie.platform.i18n import translate


def _run_data(args: argparse.Namespace) -> int:
    from ritmeregie.cli import data  # imported when the command runs: --help stays light

    return int(getattr(data, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add backup, restore and forget to the top-level subparsers."""
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help=translate("cli", "copy your data now (also while the app runs)"),
    )
    backup.add_argument(
        "file",
        nargs="?",
        metavar=translate("cli", "FILE"),
        help=translate(
            "cli", "where to write the copy (a new file or a folder; default: the backups folder)"
        ),
    )
    backup.add_argument(
        "--list", action="store_true", help=translate("cli", "list the backups, newest first")
    )
    backup.set_defaults(run=_run_data, handler="cmd_backup")

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help=translate("cli", "put a backup back in place (your current data is kept aside)"),
    )
    restore.add_argument(
        "file",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "the backup to restore (see 'backup --list')"),
    )
    restore.set_defaults(run=_run_data, handler="cmd_restore")

    forget = sub.add_parser(
        "forget",
        parents=[common],
        help=translate("cli", "remove everything you entered, backups included"),
    )
    forget.add_argument(
        "--all",
        action="store_true",
        required=True,
        help=translate("cli", "everything: agenda, rituals, settings, backups"),
    )
    forget.add_argument(
        "--yes", action="store_true", help=translate("cli", "do not ask (for scripts)")
    )
    forget.set_defaults(run=_run_data, handler="cmd_forget")
