"""Input for the ritual commands: text checked before anything is opened, or asked for on a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any
from zoneinfo import ZoneInfo

from ritmeregie.cli.common import CliError, help_hint
from ritmeregie.cli.dates import parse_date, read_date
from ritmeregie.cli.dates import today_of as today_of  # the ritual commands ask "today" here
from ritmeregie.platform.i18n import translate

UTC = ZoneInfo("UTC")
MAX_TEXT_CHARS = 20_000  # a long reflection fits many times over; a pasted file does not
ALLOWED_CONTROLS = frozenset("\n\t")


class TextError(ValueError):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def check_text(value: str, *, required: bool) -> str:
    """The text without surrounding blanks; refuses control characters other than newline/tab.

    Carriage returns count as control characters too, except as part of a Windows line end.
    """
    text = value.replace("\r\n", "\n").strip()
    if required and not text:
        raise TextError("empty")
    if len(text) > MAX_TEXT_CHARS:
        raise TextError("too_long", str(MAX_TEXT_CHARS))
    for char in text:
        if char not in ALLOWED_CONTROLS and (ord(char) < 32 or 0x7F <= ord(char) < 0xA0):
            raise TextError("control", f"U+{ord(char):04X}")
    return text


class MissingInput(Exception):
    """Required text is missing and there is no terminal to ask: a usage error (exit 2)."""


# --- input: check it, or ask for it ---------------------------------------------------------------


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def text_arg(
    value: str | None, option: str, prompt: str, *, required: bool = True, ask: bool = True
) -> str:
    """The option's text, checked; asked for on a terminal when it was not given."""
    if value is None and ask and interactive():
        try:
            value = input(prompt + " ")
        except EOFError:
            raise CliError(translate("cli", "Stopped; nothing was saved.")) from None
    if value is None:
        if required:
            raise MissingInput(option)
        return ""
    try:
        return check_text(value, required=required)
    except TextError as exc:
        raise CliError(_text_error(exc, option)) from None


def _text_error(exc: TextError, option: str) -> str:
    if exc.reason == "empty":
        return translate("cli", "{option} is empty; write a few words.").format(option=option)
    if exc.reason == "too_long":
        return translate("cli", "{option} is longer than {limit} characters.").format(
            option=option, limit=exc.detail
        )
    return translate(
        "cli", "{option} contains a control character ({code}); only newlines and tabs are allowed."
    ).format(option=option, code=exc.detail)


def date_arg(value: str | None) -> dt.date | None:
    """A date option (18-12, 18 december, morgen, 2027-12-18 …), checked before anything is
    opened (None when not given). Read it again with date_on once the app's today is known."""
    return None if value is None else parse_date(value, UTC)


def date_on(value: str | None, today: dt.date) -> dt.date | None:
    """A date option read as on the app's today (morgen, vrijdag and 18-12 depend on it)."""
    return None if value is None else read_date(value, today)


def run_guarded(function: Any, args: argparse.Namespace) -> int:
    try:
        return int(function(args))
    except MissingInput as missing:
        options = list(missing.args)
        message = (
            translate("cli", "{option} is missing (or run this in a terminal to be asked).")
            if len(options) == 1
            else translate("cli", "{option} are missing (or run this in a terminal to be asked).")
        )
        print("ritmeregie: " + message.format(option=", ".join(options)), file=sys.stderr)
        print(help_hint(getattr(args, "help_prog", "ritmeregie")), file=sys.stderr)
        return 2
