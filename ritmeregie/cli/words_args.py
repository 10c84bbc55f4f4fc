"""Commands for words: send-check (a draft before it goes out) and phrases (quick replies).

Parsers only here (argparse + i18n); the work happens in cli_words_commands, imported when the
command runs.
"""

from __future__ import annotations

import argparse

from ritmeregie.platform.i18n import translate


def _run_words(args: argparse.Namespace) -> int:
    from ritmeregie.cli import words  # imported when the command runs: --help stays light

    return int(getattr(words, args.handler)(args))


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add `send-check` and `phrases` to the top-level subparsers."""
    check = sub.add_parser(
        "send-check",
        parents=[common],
        help=translate("cli", "check a mail draft before it goes out"),
        description=translate(
            "cli",
            "Reads a draft and says, in the draft's language, whether the opening gives goal, "
            "action and deadline, whether there is one clear action, whether the tone is "
            "friendly, whether a call would do and whether the cc is too long. Nothing leaves "
            "this computer. Exit code 0 whenever the check ran, with or without findings.",
        ),
    )
    check.add_argument(
        "file",
        metavar=translate("cli", "FILE"),
        nargs="?",
        help=translate("cli", "the draft as a text file; - or nothing: read it from input"),
    )
    check.add_argument(
        "--json", action="store_true", help=translate("cli", "machine-readable output")
    )
    check.set_defaults(run=_run_words, handler="cmd_send_check")

    phrases = sub.add_parser(
        "phrases", parents=[common], help=translate("cli", "quick replies to copy")
    )
    actions = phrases.add_subparsers(
        dest="phrases_command",
        metavar=translate("cli", "ACTION"),
        parser_class=type(phrases),
        required=True,
    )
    p = actions.add_parser(
        "list", parents=[common], help=translate("cli", "show the quick replies, filled in")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "machine-readable output"))
    p.set_defaults(run=_run_words, handler="cmd_phrases_list")
    p = actions.add_parser(
        "copy",
        parents=[common],
        help=translate("cli", "copy a quick reply to the clipboard (printed where there is none)"),
    )
    p.add_argument(
        "name",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "the reply's name (see 'phrases list')"),
    )
    p.set_defaults(run=_run_words, handler="cmd_phrases_copy")
