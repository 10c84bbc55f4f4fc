"""The core commands (plan, agenda, status and the ones that talk to the running app), by name."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ritmeregie.cli.agenda import cmd_agenda
from ritmeregie.cli.live import cmd_doctor, cmd_live, cmd_open, cmd_quit, cmd_status
from ritmeregie.cli.plan import cmd_plan


def run(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "plan": cmd_plan,
        "agenda": cmd_agenda,
        "doctor": cmd_doctor,
        "focus": cmd_live,
        "reset": cmd_live,
        "pause": cmd_live,
        "resume": cmd_live,
        "quit": cmd_quit,
        "open": cmd_open,
        "status": cmd_status,
    }
    return handlers[args.command](args)
