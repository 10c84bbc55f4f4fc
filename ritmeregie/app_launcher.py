"""Start the tray app; Qt is imported only here, so every other command stays light."""

from __future__ import annotations

import argparse


def launch_app(args: argparse.Namespace) -> int:
    from .cli import data_dir_from

    _import_stack_before_qt()
    from .ui.app import run_app

    return run_app(data_dir_from(args), language=args.lang)


def _import_stack_before_qt() -> None:
    """Load the Qt-free stack (SQLAlchemy via storage, APScheduler's core) before PySide6.

    PySide6 hooks `__import__` and reads the source of every module imported after it (looking for
    `from __feature__ import`), keeping the lines in linecache: for SQLAlchemy that is ~18 MB of
    resident memory and a quarter of a second at start-up (docs/benchmarks.md). Modules already
    loaded before Qt skip that scan.
    """
    import apscheduler.events
    import apscheduler.executors.debug
    import apscheduler.jobstores.memory
    import apscheduler.schedulers.base
    import apscheduler.triggers.date  # noqa: F401

    from . import storage  # noqa: F401
