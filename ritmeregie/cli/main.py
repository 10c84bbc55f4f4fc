"""The command line: the same core as the tray app, for scripts and for people who live in a terminal.

Exit codes (DESIGN.md): 0 ok, 1 user error with one clear line on stderr, 2 usage error. Nothing here
imports Qt unless it starts the app; bad input is checked before the store is opened, so a
refused command writes nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar, overload

from ritmeregie import __version__
from ritmeregie.cli import argparse_words
from ritmeregie.cli.argparse_words import whole_number
from ritmeregie.cli.common import (
    OPEN_WINDOWS,
    CliError,
    UsageError,
    data_dir_from,
    date_metavar,
    help_hint,
    one_line,
)
from ritmeregie.platform.i18n import resolve_language, set_language, translate

log = logging.getLogger("ritmeregie.cli.main")


_Namespace = TypeVar("_Namespace")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The deepest (sub)command's name wins in the parsed arguments: a usage error found
        # later, by the command itself, still points at the right --help.
        self.set_defaults(help_prog=self.prog)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)

    @overload
    def parse_args(
        self, args: Iterable[str] | None = None, namespace: None = None
    ) -> argparse.Namespace: ...
    @overload
    def parse_args(self, args: Iterable[str] | None, namespace: _Namespace) -> _Namespace: ...
    @overload
    def parse_args(self, *, namespace: _Namespace) -> _Namespace: ...

    def parse_args(self, args: Iterable[str] | None = None, namespace: object = None) -> object:
        """As argparse's, but an unknown argument points at the help of the command it was
        given to (argparse reports it from the top, so the hint would name 'ritmeregie --help')."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            message = argparse_words.argparse_gettext("unrecognized arguments: %s")
            raise UsageError(message % " ".join(extras), getattr(parsed, "help_prog", self.prog))
        return parsed


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    # SUPPRESS: a subcommand's copy of these options must not reset what was given before the
    # subcommand (`ritmeregie --data-dir D backup`); read them with getattr(args, ..., None).
    common.add_argument(
        "--data-dir",
        metavar=translate("cli", "DIR"),
        default=argparse.SUPPRESS,
        help=translate("cli", "where ritmeregie keeps its data (also RITMEREGIE_HOME)"),
    )
    common.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=argparse.SUPPRESS,
        help=translate("cli", "language of the output (default: your system's)"),
    )

    parser = _Parser(
        prog="ritmeregie",
        parents=[common],
        description=translate("cli", "A calm rhythm for your working day."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ritmeregie {__version__}",
        help=translate("cli", "show the version and stop"),
    )
    sub = parser.add_subparsers(
        dest="command", metavar=translate("cli", "COMMAND"), parser_class=_Parser
    )

    plan = sub.add_parser("plan", parents=[common], help=translate("cli", "show the day's plan"))
    plan.add_argument(
        "--date", metavar=date_metavar(), help=translate("cli", "the day to plan (default: today)")
    )
    plan.add_argument(
        "--week",
        action="store_true",
        help=translate("cli", "the whole week (Monday to Sunday) holding the day, with totals"),
    )
    plan.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )

    agenda = sub.add_parser("agenda", parents=[common], help=translate("cli", "your own agenda"))
    agenda_sub = agenda.add_subparsers(
        dest="agenda_command",
        metavar=translate("cli", "ACTION"),
        parser_class=_Parser,
        required=True,
    )
    add = agenda_sub.add_parser("add", parents=[common], help=translate("cli", "add an item"))
    add.add_argument("--title", required=True, help=translate("cli", "what it is"))
    add.add_argument(
        "--start",
        required=True,
        metavar=translate("cli", '"DATE HH:MM"'),
        help=translate(
            "cli",
            'when it starts: "2027-12-18 10:00", "18-12 10:00", "tomorrow 10:00" or 10:00 (today)',
        ),
    )
    length = add.add_mutually_exclusive_group(required=True)
    length.add_argument(
        "--end",
        metavar=translate("cli", '"DATE HH:MM" or HH:MM'),
        help=translate("cli", "when it ends (a time alone: on the start's day)"),
    )
    length.add_argument(
        "--minutes", type=whole_number, metavar="N", help=translate("cli", "how long it lasts")
    )
    add.add_argument(
        "--fold",
        type=int,
        choices=(0, 1),
        help=translate(
            "cli",
            "when the clocks go back and a time happens twice: 0 the first time (default), "
            "1 the second",
        ),
    )
    add.add_argument(
        "--kind",
        choices=("meeting", "call"),
        default="meeting",
        help=translate("cli", "meeting (default) or call"),
    )
    add.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    lst = agenda_sub.add_parser(
        "list", parents=[common], help=translate("cli", "list the items of a day")
    )
    lst.add_argument(
        "--date", metavar=date_metavar(), help=translate("cli", "the day (default: today)")
    )
    lst.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    rm = agenda_sub.add_parser("rm", parents=[common], help=translate("cli", "remove an item"))
    rm.add_argument(
        "id", metavar="ID", help=translate("cli", "the item's number (see 'agenda list')")
    )

    sub.add_parser(
        "doctor", parents=[common], help=translate("cli", "check the installation and the data")
    )

    focus = sub.add_parser(
        "focus",
        parents=[common],
        help=translate("cli", "start a focus block now (in the running app)"),
    )
    focus.add_argument(
        "--minutes",
        type=whole_number,
        choices=(25, 50),
        help=translate("cli", "length of the block (default: your rhythm's)"),
    )
    sub.add_parser(
        "reset", parents=[common], help=translate("cli", "take a reset now (in the running app)")
    )
    pause = sub.add_parser(
        "pause", parents=[common], help=translate("cli", "pause the rhythm (in the running app)")
    )
    span = pause.add_mutually_exclusive_group()
    span.add_argument(
        "--minutes",
        type=whole_number,
        metavar="N",
        help=translate("cli", "pause for N minutes (default: 30)"),
    )
    span.add_argument(
        "--today", action="store_true", help=translate("cli", "pause for the rest of today")
    )
    sub.add_parser(
        "resume", parents=[common], help=translate("cli", "resume the rhythm (in the running app)")
    )
    status = sub.add_parser(
        "status", parents=[common], help=translate("cli", "what now, what next")
    )
    status.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    sub.add_parser("quit", parents=[common], help=translate("cli", "quit the running app"))
    opener = sub.add_parser(
        "open",
        parents=[common],
        help=translate("cli", "open a window of the running app (for a keyboard shortcut)"),
    )
    opener.add_argument(
        "window",
        choices=OPEN_WINDOWS,
        help=translate("cli", "the window: {names}").format(names=", ".join(OPEN_WINDOWS)),
    )
    # Each group adds its own commands; these modules import only argparse and i18n, so `--help`
    # and `--version` stay light (the work is imported when a command runs).
    from ritmeregie.cli import (
        autostart_args,
        caldav_args,
        calendars_args,
        data_args,
        managers_args,
        meetings_args,
        rituals_args,
        week_args,
        words_args,
    )

    for group in (
        rituals_args,
        calendars_args,
        meetings_args,
        caldav_args,
        data_args,
        autostart_args,
        words_args,
        week_args,
        managers_args,
    ):
        group.add_parsers(sub, common)
    _explain_dates(parser)
    return parser


def _explain_dates(parser: argparse.ArgumentParser) -> None:
    """Every command with a date option says, under its options, how dates may be typed."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _explain_dates(child)
        elif isinstance(action.metavar, str) and translate("cli", "DATE") in action.metavar:
            parser.epilog = translate(
                "cli",
                "A date can be typed as 18-12, 18-12-2027, 18 december, tomorrow, friday "
                "or 2027-12-18.",
            )


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    undecodable = next((arg for arg in args_list if not _is_text(arg)), None)
    if undecodable is not None:
        set_language(resolve_language(None))
        print(
            translate("cli", "ritmeregie: an argument is not valid text (UTF-8): {value}").format(
                value=repr(os.fsencode(undecodable))[2:-1]
            ),
            file=sys.stderr,
        )
        return 2
    if args_list == ["--version"]:  # answered before any parser or command module is built
        print(f"ritmeregie {__version__}")
        return 0
    set_language(resolve_language(_early_lang(args_list)))
    argparse_words.install()
    launch = _launch_only(args_list)
    if launch is not None:  # the app's start does not wait for every command's parser
        from ritmeregie.cli.launch import launch_app

        return launch_app(launch)
    try:
        args = build_parser().parse_args(args_list)
    except UsageError as exc:
        print(f"ritmeregie: {one_line(str(exc))}", file=sys.stderr)
        print(help_hint(exc.prog), file=sys.stderr)
        return 2
    if getattr(args, "lang", None):
        set_language(args.lang)
    if args.command is None:
        from ritmeregie.cli.launch import launch_app

        return launch_app(args)
    try:
        if getattr(args, "run", None):
            return int(args.run(args))
        from ritmeregie.cli import commands

        return commands.run(args)
    except CliError as exc:
        print(f"ritmeregie: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `ritmeregie plan | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last line of defence: never a traceback in front of a user
        where = _log_crash(args)
        print(
            translate(
                "cli",
                "ritmeregie: something unexpected went wrong ({error}); details are in {path}.",
            ).format(error=type(exc).__name__, path=where),
            file=sys.stderr,
        )
        return 1


def _is_text(arg: str) -> bool:
    """Bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape); they cannot
    be printed, stored or compared as text anywhere further on."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _log_crash(args: argparse.Namespace) -> str:
    """The traceback goes to ritmeregie-error.log (0600) in the user's own data folder only: a
    shared place such as /tmp could be read, or prepared as a link, by another user."""
    import traceback

    text = traceback.format_exc()
    folder = _safe_data_dir(args)
    if folder is None:
        return "stderr"
    path = folder / "ritmeregie-error.log"
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            os.write(fd, (text + "\n").encode("utf-8", "backslashreplace"))
        finally:
            os.close(fd)
    except OSError:
        return "stderr"
    return str(path)


def _safe_data_dir(args: argparse.Namespace) -> Path | None:
    """The data folder when it exists and is the user's own (see storage.database)."""
    try:
        from ritmeregie.storage.database import owner_elsewhere

        folder = data_dir_from(args)
        if not folder.is_dir() or owner_elsewhere(folder) is not None:
            return None
        log = folder / "ritmeregie-error.log"
        return None if owner_elsewhere(log) is not None else folder
    except Exception:
        return None


def _launch_only(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the app (at most --data-dir DIR and --lang nl|en), or None
    when the full parser has to look (a command, --help, anything unusual or wrong)."""
    values: dict[str, str] = {}
    i = 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        if name not in ("--data-dir", "--lang"):
            return None
        if not eq:
            if i + 1 >= len(argv):
                return None
            i += 1
            value = argv[i]
        if not value or value.startswith("-"):
            return None
        values[name[2:].replace("-", "_")] = value
        i += 1
    if values.get("lang", "nl") not in ("nl", "en"):
        return None
    return argparse.Namespace(command=None, **values)


def _early_lang(argv: list[str]) -> str | None:
    """--lang must shape --help and usage errors too, so look for it before argparse runs."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


if __name__ == "__main__":
    sys.exit(main())
