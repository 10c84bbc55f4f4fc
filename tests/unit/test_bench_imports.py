"""What start-up loads, checked in a fresh interpreter: the app's start path leaves the optional
heavy parts for later, and `ritmeregie --version` loads no part of the stack at all."""

from __future__ import annotations

import json
import subprocess
import sys

# Loaded when first needed (a migration, a calendar read, the first notification), never at start.
LATER = ("alembic", "icalendar", "recurring_ical_events", "x_wr_timezone", "plyer", "dbus")
# The app's own code that the first tray paint does not need: loaded with the first nudge, the
# first calendar fetch, a recovery, a status request or the first open of a window.
UI_LATER = (
    "ritmeregie.ui.nudge_window",
    "ritmeregie.ui.recovery_notice",
    "ritmeregie.ui.calendar_import",
    "ritmeregie.ui.vandaag",
    "ritmeregie.ui.agenda_dialog",
    "ritmeregie.services.status_report",
)
STACK = ("PySide6", "sqlalchemy", "apscheduler", "alembic", "icalendar", "plyer")


def loaded_after(code: str) -> dict[str, list[str]]:
    probe = (
        "import json, sys\n"
        f"{code}\n"
        "names = sorted(sys.modules)\n"
        "print(json.dumps({'modules': names}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def test_the_app_start_path_leaves_migrations_calendars_and_notifications_for_later() -> None:
    modules = loaded_after(
        "from ritmeregie.cli.launch import _import_stack_before_qt\n"
        "_import_stack_before_qt()\n"
        "import ritmeregie.ui.app"
    )["modules"]
    assert "ritmeregie.ui.app" in modules and "sqlalchemy.orm" in modules
    assert [m for m in modules if m.split(".")[0] in LATER] == []
    assert [m for m in modules if m in UI_LATER] == []


def test_the_stack_is_loaded_before_qt_on_the_app_start_path() -> None:
    order = loaded_after(
        "from ritmeregie.cli.launch import _import_stack_before_qt\n"
        "_import_stack_before_qt()\n"
        "before = 'PySide6' in sys.modules"
    )
    assert "sqlalchemy.orm" in order["modules"]
    assert "PySide6" not in order["modules"]


def test_version_loads_none_of_the_stack() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ritmeregie", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.startswith("ritmeregie ")
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "cumulative" not in line
    }
    assert imported & set(STACK) == set()
    assert "ritmeregie" in imported


def test_a_plain_start_does_not_build_every_commands_parser() -> None:
    launched = loaded_after(
        "import ritmeregie.cli.launch as launcher\n"
        "seen = []\n"
        "launcher.launch_app = lambda args: seen.append(vars(args)) or 0\n"
        "from ritmeregie.cli.main import main\n"
        "assert main(['--data-dir', '/tmp/x', '--lang=nl']) == 0\n"
        "assert seen == [{'command': None, 'data_dir': '/tmp/x', 'lang': 'nl'}], seen\n"
    )["modules"]
    assert (
        "ritmeregie.cli.rituals_args" not in launched and "ritmeregie.cli.data_args" not in launched
    )


def test_an_unusual_start_still_goes_through_the_full_parser() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ritmeregie", "--lang", "de"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "de" in done.stderr and "Traceback" not in done.stderr
