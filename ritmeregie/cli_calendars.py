"""Commands for imported calendars: calendar add/refresh/list/rm.

Parsers only here (argparse + i18n); the work happens in functions named by set_defaults(run=...),
imported when the command runs.
"""

from __future__ import annotations

import argparse


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add this module's commands to the top-level subparsers (none yet)."""
