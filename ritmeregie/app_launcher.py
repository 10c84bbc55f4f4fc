"""Start the tray app; Qt is imported only here, so every other command stays light."""

from __future__ import annotations

import argparse


def launch_app(args: argparse.Namespace) -> int:
    from .cli import data_dir_from
    from .ui.app import run_app

    return run_app(data_dir_from(args), language=args.lang)
