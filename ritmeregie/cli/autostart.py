"""`ritmeregie autostart on|off|status`: the OS's own start-at-login mechanism is the only truth.

Nothing is stored in the database: the user can switch autostart off elsewhere too (their desktop's
settings, Task Manager), and `status` must then say so.
"""

from __future__ import annotations

import argparse
import json
import os

from ritmeregie.cli.common import CliError
from ritmeregie.platform import autostart
from ritmeregie.platform.i18n import translate
from ritmeregie.platform.paths import HOME_ENV


def _chosen_data_dir(args: argparse.Namespace) -> str | None:
    """A data folder the user chose (flag or RITMEREGIE_HOME) must reach the app started at login."""
    return getattr(args, "data_dir", None) or os.environ.get(HOME_ENV) or None


def autostart_on(args: argparse.Namespace) -> int:
    try:
        where = autostart.enable_autostart(_chosen_data_dir(args))
    except autostart.AutostartError as exc:
        raise CliError(
            translate("cli", "Could not switch on start at login: {reason}").format(reason=exc)
        ) from None
    print(
        translate("cli", "ritmeregie now starts when you log in ({location}).").format(
            location=where
        )
    )
    return 0


def autostart_off(args: argparse.Namespace) -> int:
    try:
        autostart.disable_autostart()
    except autostart.AutostartError as exc:
        raise CliError(
            translate("cli", "Could not switch off start at login: {reason}").format(reason=exc)
        ) from None
    print(translate("cli", "ritmeregie no longer starts when you log in."))
    return 0


def autostart_status(args: argparse.Namespace) -> int:
    status = autostart.autostart_status()
    if args.json:
        print(json.dumps({"autostart": status.value}))
        return 0
    lines = {
        autostart.AutostartStatus.ON: translate("cli", "Start at login: on"),
        autostart.AutostartStatus.OFF: translate("cli", "Start at login: off"),
        autostart.AutostartStatus.UNSUPPORTED: translate(
            "cli", "Start at login is not available on this system."
        ),
    }
    print(lines[status])
    return 0
