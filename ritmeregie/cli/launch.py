"""Start the tray app; Qt is imported only here, so every other command stays light."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from ritmeregie.platform.i18n import translate


def launch_app(args: argparse.Namespace) -> int:
    from ritmeregie.cli.common import data_dir_from

    if not has_display(os.environ, sys.platform):
        # Qt would abort here with a core dump and advice about xcb libraries; say what is wrong.
        print(
            "ritmeregie: "
            + translate(
                "cli",
                "there is no display to show the tray on (no DISPLAY or WAYLAND_DISPLAY); "
                "start it from your desktop session.",
            ),
            file=sys.stderr,
        )
        return 1
    _import_stack_before_qt()
    from ritmeregie.ui.startup import run_app

    return run_app(data_dir_from(args), language=getattr(args, "lang", None))


def has_display(environ: Mapping[str, str], platform: str) -> bool:
    """False on a Linux/BSD machine without X11 or Wayland. An explicit QT_QPA_PLATFORM
    (offscreen, vnc, …) is the user's choice and always goes ahead; Windows and macOS always
    have their own display."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _import_stack_before_qt() -> None:
    """Load the Qt-free stack (SQLAlchemy with storage, APScheduler's core) before PySide6.

    PySide6 hooks `__import__` and reads the source of every module imported after it (looking for
    `from __feature__ import`), keeping the lines in linecache: for SQLAlchemy that is ~18 MB of
    resident memory and a quarter of a second at start-up (docs/benchmarks.md). Modules already
    loaded before Qt skip most of that scan.
    """
    # The SQLite dialect too: otherwise the first engine loads it, after Qt.
    import sqlalchemy.dialects.sqlite.pysqlite
    import sqlalchemy.orm  # noqa: F401
    from apscheduler import events  # noqa: F401
    from apscheduler.executors import debug  # noqa: F401
    from apscheduler.jobstores import memory  # noqa: F401
    from apscheduler.schedulers import base  # noqa: F401
    from apscheduler.triggers import date  # noqa: F401

    import ritmeregie.storage  # noqa: F401
