"""The whole app (offscreen, real clock) in this child process, for a test that freezes it.

    python app_frozen.py DATA_DIR

The store's settings are the test's. Once the app runs, a meeting is added that starts 65 s
later (its heads-up a minute before); then one JSON line says so ("ready"). The test stops this
process with SIGSTOP before the heads-up and continues it after the meeting's start has passed.
Every notification is printed as a JSON line the moment it is sent; SIGTERM ends the app.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.clock import SystemClock
from ritmeregie.domain.localtime import zone
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp

TITLE = "Telefoontje HR"
LEAD = dt.timedelta(seconds=65)
# The real grace is 90 s; a shorter one keeps the freeze (and the test) short, same decision.
LATE_GRACE = dt.timedelta(seconds=5)


def say(**what: object) -> None:
    print(json.dumps(what), flush=True)


class Printer:
    """The app's OS-facing notifier part: each notification becomes one line on stdout."""

    def notify(self, title: str, message: str) -> bool:
        say(
            kind="notification",
            title=title,
            message=message,
            at=dt.datetime.now(dt.UTC).isoformat(),
        )
        return True


def main() -> None:
    data_dir = Path(sys.argv[1])
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    store = open_store(data_dir)
    tz = zone(str(store.settings.get("timezone")))
    shell = RitmeregieApp(store, SystemClock(), tz, system_zone=lambda: None)
    shell.notifier._parts = [Printer()]  # type: ignore[attr-defined]
    shell.scheduler._late_grace = LATE_GRACE
    shell.start()
    start = (dt.datetime.now(tz) + LEAD).replace(microsecond=0)
    shell.controller.add_agenda(TITLE, start, start + dt.timedelta(minutes=15))
    jobs = shell.scheduler.job_ids()
    say(kind="ready", start=start.isoformat(), jobs=jobs)

    signal.signal(signal.SIGTERM, lambda *_: QApplication.exit(0))
    # Python runs signal handlers only between bytecodes: a light timer lets it now and then.
    breathe = QTimer()
    breathe.start(200)
    breathe.timeout.connect(lambda: None)
    app.exec()
    shell.stop()
    store.close()


if __name__ == "__main__":
    main()
