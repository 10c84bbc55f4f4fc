"""Today's picture, finished: the all-day label whole, a short meeting with its title, hour labels
on whole local hours, and the weekly review not in the reflection's colour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.ui.palette import block_colour
from ritmeregie.ui.timeline import LABEL_WIDTH_PX, TimelineWidget

pytestmark = pytest.mark.gui

AMS = ZoneInfo("Europe/Amsterdam")


class HeleDag(QTranslator):
    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return "Hele dag" if source == "All day" else None


@pytest.fixture
def dutch_label(qapp: QApplication) -> Iterator[None]:
    translator = HeleDag(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def at(hour: int, minute: int = 0, tz: ZoneInfo = AMS) -> dt.datetime:
    return dt.datetime(2027, 3, 23, hour, minute, tzinfo=tz)


def timeline(qtbot, blocks: tuple[Block, ...], tz: ZoneInfo = AMS) -> TimelineWidget:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(500, 900)
    widget.set_day(blocks, at(8, 0, tz), at(18, 0, tz), tz)
    return widget


def test_the_dutch_all_day_label_is_not_cut(qtbot, dutch_label: None) -> None:
    holiday = Block(BlockKind.BUSY, at(0), at(0) + dt.timedelta(days=1), "Koningsdag",
                    source="Feestdagen", blocking=False, all_day=True)  # fmt: skip
    widget = timeline(qtbot, (holiday,))
    metrics = QFontMetrics(widget.font())
    assert metrics.horizontalAdvance("Hele dag") > LABEL_WIDTH_PX - 8  # it needs two lines
    room = widget.all_day_rect(holiday).height()
    assert room >= 2 * metrics.height()
    assert all(metrics.horizontalAdvance(word) <= LABEL_WIDTH_PX - 8 for word in ("Hele", "dag"))


def test_a_seven_minute_meeting_shows_its_title(qtbot) -> None:
    short = Block(BlockKind.MEETING, at(11, 0), at(11, 7), "Kort overleg", agenda_id=1)
    widget = timeline(qtbot, (short,))
    image = widget.grab().toImage()
    rect = widget.block_rect(short).adjusted(10, 1, -10, -1).toRect()
    fill = block_colour(BlockKind.MEETING)
    written = sum(
        1
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
        if abs(QColor(image.pixel(x, y)).lightness() - fill.lightness()) > 50
    )
    assert written > 30, "no title drawn in a 7-minute meeting"


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "Asia/Kolkata", "Australia/Adelaide"])
def test_hour_labels_fall_on_whole_local_hours(qtbot, zone: str) -> None:
    tz = ZoneInfo(zone)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_day((), at(8, 30, tz), at(18, 0, tz), tz)
    marks = [m.astimezone(tz) for m in widget.hour_marks()]
    assert [m.hour for m in marks] == list(range(9, 19))
    assert all(m.minute == 0 for m in marks)


def test_weekly_review_and_reflection_have_clearly_different_colours() -> None:
    review, reflection = block_colour(BlockKind.WEEKLY_REVIEW), block_colour(BlockKind.REFLECTION)
    distance = sum(
        abs(a - b) for a, b in zip(review.getRgb()[:3], reflection.getRgb()[:3], strict=True)
    )
    assert distance > 150
    assert abs(review.hueF() - reflection.hueF()) > 0.2
