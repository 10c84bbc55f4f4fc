"""The competence mirror: the year's reflections, and the one question saved as typed."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt

from ritmeregie.storage import Store
from ritmeregie.storage.reviews import ReviewKind
from ritmeregie.ui.rituals.mirror import CompetenceMirrorDialog

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 12, 1, 9, tzinfo=AMS)


def test_the_years_reflections_and_the_question(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.reflections.save(dt.date(2027, 3, 22), "Agenda rond", "", "Inbox-blok", 4)
    store.reflections.save(dt.date(2027, 11, 3), "Heidag georganiseerd", "Te laat begonnen", "", 2)
    store.reflections.save(dt.date(2026, 12, 30), "Vorig jaar", "", "", 3)
    dialog = CompetenceMirrorDialog(store, 2027)
    dialog.bring_forward()
    qtbot.waitActive(dialog)
    text = dialog.reflections_view.toPlainText()
    assert "Heidag georganiseerd" in text and "Agenda rond" in text
    assert "Vorig jaar" not in text
    assert text.index("November") < text.index("March")  # newest month first
    assert "energy 2 / 5" in text
    assert dialog.title_label.text() == "Competence mirror 2027"
    assert dialog.question_label.text() == "&How enterprising have I been this year?"

    assert dialog.focusWidget() is dialog.answer_edit
    qtbot.keyClicks(dialog.answer_edit, "De frictievrijdag zelf ingevoerd")
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Escape)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert store.reviews.get(ReviewKind.COMPETENCE_MIRROR, dt.date(2027, 6, 1)) == (
        "De frictievrijdag zelf ingevoerd"
    )


def test_an_empty_year_says_so(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = CompetenceMirrorDialog(store, 2030)
    qtbot.addWidget(dialog)
    assert "No reflections this year yet" in dialog.reflections_view.toPlainText()
