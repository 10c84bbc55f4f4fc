"""The commands that talk to the running app: focus, reset, pause, resume, quit, open, status, doctor."""

from __future__ import annotations

import argparse
import json
import sys

from ritmeregie.cli.common import CliError, data_dir_from
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.platform.i18n import translate


def cmd_doctor(args: argparse.Namespace) -> int:
    from ritmeregie.cli.doctor import run_doctor

    return run_doctor(args, sys.stdout)


def _live_args(args: argparse.Namespace) -> dict[str, object]:
    if args.command == "focus":
        return {"minutes": args.minutes} if args.minutes else {}
    if args.command == "pause":
        if args.minutes is not None and not 1 <= args.minutes <= 24 * 60:
            raise CliError(translate("cli", "--minutes must be between 1 and 1440."))
        return {"today": True} if args.today else {"minutes": args.minutes or 30}
    return {}


def _send(
    args: argparse.Namespace, command: str, payload: dict[str, object]
) -> dict[str, object] | None:
    """The app's answer, or None when no app is running for this data folder."""
    from ritmeregie.platform.ipc_client import (
        ForeignPeerError,
        IpcError,
        NoInstanceError,
        send_command,
    )

    try:
        answer = send_command(data_dir_from(args), command, payload)
    except NoInstanceError:
        return None
    except ForeignPeerError as exc:  # not the user's own app: nothing was sent
        raise CliError(str(exc)) from None
    except IpcError as exc:
        raise CliError(
            translate("cli", "The running ritmeregie did not answer: {error}").format(error=exc)
        ) from None
    if not answer.get("ok"):
        raise CliError(
            str(
                answer.get("error")
                or translate("cli", "The running ritmeregie refused the command.")
            )
        )
    return answer


def cmd_quit(args: argparse.Namespace) -> int:
    """Success only once the app is gone: its process ended (or nothing listens any more)."""
    from ritmeregie.platform.ipc_client import QUIT_WAIT_S, ForeignPeerError, IpcError, quit_app

    try:
        gone = quit_app(data_dir_from(args))
    except ForeignPeerError as exc:
        raise CliError(str(exc)) from None
    except IpcError as exc:
        raise CliError(
            translate("cli", "The running ritmeregie did not answer: {error}").format(error=exc)
        ) from None
    if gone is None:
        raise CliError(translate("cli", "the app is not running; start it with 'ritmeregie'."))
    if not gone:
        raise CliError(
            translate(
                "cli",
                "ritmeregie was asked to quit but is still running after {seconds} s; "
                "perhaps a window is waiting for an answer.",
            ).format(seconds=f"{QUIT_WAIT_S:g}")
        )
    print(translate("cli", "ritmeregie has closed."))
    return 0


def cmd_live(args: argparse.Namespace) -> int:
    answer = _send(args, args.command, _live_args(args))
    if answer is None:
        raise CliError(translate("cli", "the app is not running; start it with 'ritmeregie'."))
    _print_status(answer)
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    """Bring one of the running app's windows forward: a desktop keyboard shortcut can run this
    (Qt offers no global shortcut of its own). Without a running app: one line, exit 1."""
    from ritmeregie.cli.common import OPEN_WINDOWS

    if _send(args, "open", {"window": OPEN_WINDOWS[args.window]}) is None:
        raise CliError(translate("cli", "the app is not running; start it with 'ritmeregie'."))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    answer = _send(args, "status", {})
    if answer is None:  # no app: today's plan as the app would make it, without the user's changes
        from ritmeregie.domain.clock import SystemClock
        from ritmeregie.services.today import DayService

        with opened_store(args) as store:
            answer = DayService(store, SystemClock(), store_timezone(store)).status_without_app()
    answer.pop("ok", None)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        _print_status(answer)
    return 0


def _print_status(data: dict[str, object]) -> None:
    def hm(value: object) -> str:
        return str(value)[11:16]

    current = data.get("current")
    if isinstance(current, dict):
        print(
            translate("cli", "Now: {title} until {time} ({minutes} min left)").format(
                title=current["title"], time=hm(current["end"]), minutes=data.get("minutes_left")
            )
        )
    else:
        print(translate("cli", "Now: free time"))
    upcoming = data.get("next")
    if isinstance(upcoming, dict):
        print(
            translate("cli", "Next: {title} at {time}").format(
                title=upcoming["title"], time=hm(upcoming["start"])
            )
        )
    if data.get("paused_until"):
        print(translate("cli", "Paused until {time}").format(time=hm(data["paused_until"])))
    if not data.get("running"):
        print(
            translate("cli", "(ritmeregie is not running: this is the plan without your changes)")
        )
