"""The agenda dialog in the autumn night (issue 14, point 5): a start in the hour that happens twice
asks which one (a small choice that shows only then); the end is the first after the start, so an
item never ends before it starts."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from meetings_support import QT_LOG_IGNORE
from PySide6.QtCore import QTime

from ritmeregie.ui.agenda_dialog import AgendaDialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

AMS = ZoneInfo("Europe/Amsterdam")


def dialog(qtbot: Any, start: dt.datetime) -> AgendaDialog:
    shown = AgendaDialog(AMS, today=lambda: dt.date(2027, 10, 30), start=start, title="Nacht")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_repeated_hour_asks_which_time(qtbot: Any):
    shown = dialog(qtbot, dt.datetime(2027, 10, 31, 2, 30, tzinfo=AMS))
    assert shown.fold_combo.isVisible()
    assert "UTC+02:00" in shown.fold_combo.itemText(0)
    assert "UTC+01:00" in shown.fold_combo.itemText(1)
    first = shown.values()
    assert first.start.astimezone(dt.UTC) == dt.datetime(2027, 10, 31, 0, 30, tzinfo=dt.UTC)
    assert first.end.astimezone(dt.UTC) == dt.datetime(2027, 10, 31, 1, 0, tzinfo=dt.UTC)
    shown.fold_combo.setCurrentIndex(1)
    second = shown.values()
    assert second.start.astimezone(dt.UTC) == dt.datetime(2027, 10, 31, 1, 30, tzinfo=dt.UTC)
    assert second.end.astimezone(dt.UTC) > second.start.astimezone(dt.UTC)
    assert shown.problems() == []


def test_an_end_in_the_repeated_hour_is_the_one_after_the_start(qtbot: Any):
    shown = dialog(qtbot, dt.datetime(2027, 10, 31, 2, 30, tzinfo=AMS))
    shown.end_edit.setTime(QTime(2, 15))
    values = shown.values()
    assert values.end.astimezone(dt.UTC) == dt.datetime(2027, 10, 31, 1, 15, tzinfo=dt.UTC)
    assert shown.problems() == []


def test_an_ordinary_night_asks_nothing(qtbot: Any):
    shown = dialog(qtbot, dt.datetime(2027, 10, 30, 2, 30, tzinfo=AMS))
    assert not shown.fold_combo.isVisible()
