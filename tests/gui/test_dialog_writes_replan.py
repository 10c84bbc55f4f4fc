"""A dialog's write replans the running app by itself: no dialog calls reschedule, replan or pokes
a signal. The store announces every commit (storage/changes.py) and the app replans once on that
(ui/store_changes.py); these tests fail when that announcement is not heard.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from app_harness import AMS, AppUnderTest
from PySide6.QtWidgets import QWidget

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

TUESDAY_0900 = dt.datetime(2027, 3, 30, 9, 0, tzinfo=AMS)
REPLAN_WAIT_MS = 5_000  # the replan follows 50 ms after the commit; generous for a busy machine


@pytest.fixture
def running(make_app: Any) -> AppUnderTest:
    under_test: AppUnderTest = make_app(TUESDAY_0900)
    under_test.store.settings.set("first_run_done", True)
    return under_test


def _open(running: AppUnderTest, key: WindowKey, **context: object) -> Any:
    window = running.app.show_window(key, **context)
    assert isinstance(window, QWidget)
    return window


def test_a_must_do_chosen_in_the_day_start_reaches_vandaag_and_the_plan(
    qtbot: Any, running: AppUnderTest
) -> None:
    app = running.app
    app.show_vandaag()
    panel = app.vandaag.tasks_panel  # type: ignore[union-attr]
    assert panel.boxes == {}
    dialog = _open(running, WindowKey.DAGSTART)
    replans: list[int] = []
    app.controller.plan_changed.connect(lambda: replans.append(1))

    dialog.slots[0].title_edit.setText("Notulen MT")
    dialog.saver.flush()  # what a pause in typing does

    qtbot.waitUntil(
        lambda: [b.text() for b in panel.boxes.values()] == ["Notulen MT"], timeout=REPLAN_WAIT_MS
    )
    assert replans == [1]  # one replan for the write, asked for by nobody


def test_a_dadu_saved_with_an_update_date_today_schedules_its_reminder(
    qtbot: Any, running: AppUnderTest
) -> None:
    app = running.app

    def scheduled_kinds() -> set[NudgeKind]:
        # Every moment the scheduler holds, also those sharing another moment's card.
        cards = app.scheduler._payloads.values()
        return {part.kind for card in cards for part in card.parts}

    assert NudgeKind.DADU_UPDATE not in scheduled_kinds()
    dialog = _open(running, WindowKey.DADU, meeting_title="MT-overleg", date=TUESDAY_0900.date())
    row = dialog.rows[-1]
    row.decision_edit.setText("Budget 2028 gaat door")
    row.update_edit.setText("Mail naar het team")
    row.update_date_edit.set_value(TUESDAY_0900.date())
    dialog.saver.flush()

    # The reminder is in the scheduler: the app replanned and rescheduled on the saved row.
    qtbot.waitUntil(lambda: NudgeKind.DADU_UPDATE in scheduled_kinds(), timeout=REPLAN_WAIT_MS)


def test_a_rhythm_setting_changes_the_running_plan(qtbot: Any, running: AppUnderTest) -> None:
    app = running.app

    def focus_lengths() -> set[int]:
        return {
            int((b.end - b.start).total_seconds() // 60)
            for b in app.controller.plan.blocks
            if b.kind is BlockKind.FOCUS
        }

    assert max(focus_lengths()) > 25
    settings = _open(running, WindowKey.SETTINGS, page="rhythm")
    page = settings.pages["rhythm"]
    page.focus_spin.setValue(25)  # saved at once by the page

    qtbot.waitUntil(lambda: max(focus_lengths()) <= 25, timeout=REPLAN_WAIT_MS)
