"""What every command shares: its errors, the help hint, the date metavar, the data folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from ritmeregie.platform.i18n import translate


class CliError(Exception):
    """A user error: printed as one line on stderr, exit code 1."""


class UsageError(Exception):
    """A usage error: printed as one line on stderr, exit code 2, with the command's help hint."""

    def __init__(self, message: str, prog: str = "ritmeregie") -> None:
        super().__init__(message)
        self.prog = prog


# `ritmeregie open NAME` -> the running app's window key (ritmeregie.ui.windows.WindowKey; the
# command line imports no Qt, so the values are spelled out here and checked by a GUI test).
OPEN_WINDOWS = {
    "today": "today",
    "send-check": "send_check",
    "phrases": "phrases",
    "report": "report_prompt",
    "dadu": "dadu",
    "week": "week",
    "request": "request_intake",  # Verzoek vastleggen, for a global keyboard shortcut
    "matrix": "matrix",
}


def help_hint(prog: str) -> str:
    """The line under a usage error: where the help for this (sub)command is."""
    return translate("cli", "Try '{command} --help'.").format(command=prog)


def date_metavar() -> str:
    """How a date option shows in --help: the forms every date argument takes (date_input)."""
    return translate("cli", "DATE")


def one_line(text: str) -> str:
    """A message that quotes the user's input stays one line: control characters (a newline, a
    record separator, an escape sequence) are shown escaped instead of acting on the terminal."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def data_dir_from(args: argparse.Namespace) -> Path:
    from ritmeregie.platform.paths import data_dir

    return data_dir(getattr(args, "data_dir", None))
