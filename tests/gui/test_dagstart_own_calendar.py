"""The dagstart's context column with her own calendar (role own): today's meetings listed under
"Agenda today", the decision question readable in full, and the sections evenly spaced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget

from ritmeregie.domain.model import LayerRole
from ritmeregie.services.calendars import Window, import_into
from ritmeregie.storage import Store
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.rituals.dagstart import DagstartDialog
from ritmeregie.ui.rituals.meeting_checks import decision_question

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

AMS = ZoneInfo("Europe/Amsterdam")
OWN = Path(__file__).resolve().parents[1] / "data" / "calendars" / "own"


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 1, 12, 8, 31, tzinfo=AMS)  # a Tuesday with four own meetings


@pytest.fixture
def dialog(qtbot, store: Store, controller: RhythmController) -> Iterator[DagstartDialog]:  # type: ignore[no-untyped-def]
    data = (OWN / "outlook_sanne.ics").read_bytes()
    window = Window(dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    import_into(store, "Mijn Outlook", data, window, tz=AMS, role=LayerRole.OWN)
    opened = DagstartDialog(controller)
    opened.bring_forward()
    qtbot.waitActive(opened)
    yield opened
    if shiboken6.isValid(opened):
        opened.close()


def test_agenda_today_lists_the_meetings_of_her_own_calendar(dialog: DagstartDialog) -> None:
    text = dialog.agenda_label.text()
    assert text != dialog.tr("Nothing on your own agenda.")
    assert "09:00–" in text and "Afstemming agenda directeur" in text
    assert "11:00–" in text and "Projectgroep huisvesting" in text
    lines = text.splitlines()
    assert lines == sorted(lines)  # in time order


def test_the_decision_question_is_shown_whole_and_wrapped(dialog: DagstartDialog) -> None:
    checks = dialog.meeting_checks
    assert checks.isVisibleTo(dialog) and checks.missing
    label = checks.question_label
    assert isinstance(label, QLabel) and label.wordWrap()
    assert decision_question() in label.text()


def test_the_context_sections_are_evenly_spaced(dialog: DagstartDialog) -> None:
    context = dialog.context
    checks = context.meeting_checks

    def top_of_text(heading: QLabel) -> int:
        return heading.mapTo(context, QPoint(0, heading.contentsMargins().top())).y()

    def bottom(widget: QWidget) -> int:
        return widget.mapTo(context, QPoint(0, widget.height())).y()

    pairs = [
        (context.yesterday_label, dialog.findChild(QLabel, "agenda_heading")),
        (context.agenda_label, dialog.findChild(QLabel, "deadlines_heading")),
        (context.deadlines_label, checks.missing_heading),
    ]
    gaps = [top_of_text(heading) - bottom(above) for above, heading in pairs]
    assert min(gaps) >= 10 and max(gaps) - min(gaps) <= 2, gaps
