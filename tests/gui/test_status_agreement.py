"""The running app and `ritmeregie status` give one status for one store and one instant: both ask
services/today.py, the app with the user's interventions and the scheduler's next job, the command
line (no app running) with none."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from contextlib import redirect_stdout

import time_machine
from app_harness import AMS, AppUnderTest

from ritmeregie.cli.main import main
from ritmeregie.platform.i18n import active_language, set_language
from ritmeregie.storage import DaduRow

WEDNESDAY_1010 = dt.datetime(2027, 6, 9, 10, 10, tzinfo=AMS)


def _cli_status(under_test: AppUnderTest) -> dict[str, object]:
    language = active_language()
    out = io.StringIO()
    try:
        with time_machine.travel(under_test.clock.now(), tick=False), redirect_stdout(out):
            code = main(
                [
                    "--data-dir",
                    str(under_test.store.path.parent),
                    "--lang",
                    "en",
                    "status",
                    "--json",
                ]
            )
    finally:
        set_language(language)
    assert code == 0
    return dict(json.loads(out.getvalue()))


def test_the_app_and_the_command_line_report_the_same_status(
    make_app: Callable[..., AppUnderTest],
) -> None:
    under_test = make_app(WEDNESDAY_1010, started=False)
    under_test.store.settings.set("timezone", AMS.key)
    start = WEDNESDAY_1010 + dt.timedelta(minutes=20)
    under_test.store.agenda.add("Board", start, start + dt.timedelta(hours=1), AMS.key)
    # What is due today (a DADU update) counts in the next nudge on both sides.
    update = DaduRow(decision="Go", update_date=WEDNESDAY_1010.date())
    under_test.store.dadu.add("Weekly", dt.date(2027, 6, 2), [update])
    under_test.app.controller.replan("test")
    under_test.app.reschedule()

    running = under_test.app.status_data()
    offline = _cli_status(under_test)

    assert running.pop("running") is True and offline.pop("running") is False
    assert offline == running
    assert isinstance(running["next"], dict) and running["next"]["title"] == "Board"
