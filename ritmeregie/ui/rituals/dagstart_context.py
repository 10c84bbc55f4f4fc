"""The dagstart's right-hand column above the open must-do's: what helps choosing.

Yesterday's "what I'll do differently", today's agenda (typed items and the meetings of her own
calendars), today's deadlines, meetings without a decision line or double booked, and with
several managers the first conflict. Each section is a bold heading with a gap above it, so the
column reads as evenly spaced blocks whichever sections are shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ritmeregie.services.meetings import meetings_of
from ritmeregie.services.vocabulary import weekday_name

from .dagstart_managers import ConflictContext
from .meeting_checks import MeetingChecks
from .must_do_slot import bold

if TYPE_CHECKING:
    from ..controller import RhythmController

SECTION_GAP = 12  # px above each heading but the first


class DagstartContext(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yesterday_label = self._text()
        self.agenda_label = self._text()
        self.deadlines_label = self._text()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.yesterday_heading = bold(QLabel(self))
        agenda_heading = bold(QLabel(self.tr("Agenda today"), self))
        deadlines_heading = bold(QLabel(self.tr("Deadlines today"), self))
        grid.addWidget(self.yesterday_heading, 0, 0)
        grid.addWidget(self.yesterday_label, 1, 0)
        grid.addWidget(agenda_heading, 2, 0)
        grid.addWidget(self.agenda_label, 3, 0)
        grid.addWidget(deadlines_heading, 4, 0)
        grid.addWidget(self.deadlines_label, 5, 0)
        self.meeting_checks = MeetingChecks(self, gap=SECTION_GAP)
        grid.addWidget(self.meeting_checks, 6, 0)
        self.conflict_context = ConflictContext(self, grid, 7)  # several managers only
        agenda_heading.setObjectName("agenda_heading")
        deadlines_heading.setObjectName("deadlines_heading")
        for heading in (agenda_heading, deadlines_heading, self.conflict_context.heading):
            heading.setContentsMargins(0, SECTION_GAP, 0, 0)

    def _text(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def load(self, controller: RhythmController, today: dt.date) -> None:
        store, tz = controller.store, controller.tz
        earlier = store.reflections.between(
            today - dt.timedelta(days=14), today - dt.timedelta(days=1)
        )
        last = next((r for r in reversed(earlier) if r.differently.strip()), None)
        if last is None or last.date == today - dt.timedelta(days=1):
            self.yesterday_heading.setText(self.tr("Yesterday you wanted to do differently"))
        else:
            self.yesterday_heading.setText(
                self.tr("On {weekday} you wanted to do differently").format(
                    weekday=weekday_name(last.date)
                )
            )
        self.yesterday_label.setText(
            f"“{last.differently.strip()}”" if last else self.tr("Nothing noted.")
        )
        meetings = meetings_of(store, today, tz)
        # Typed agenda items and the meetings of her own calendar(s) (role "own") alike.
        agenda = sorted(
            [(item.start, item.end, item.title) for item in controller.agenda_today()]
            + [(m.start, m.end, m.title) for m in meetings if m.source is not None]
        )
        self.agenda_label.setText(
            "\n".join(
                f"{start.astimezone(tz):%H:%M}–{end.astimezone(tz):%H:%M}  {title}"
                for start, end, title in agenda
            )
            or self.tr("Nothing on your own agenda.")
        )
        self.meeting_checks.show_meetings(meetings)
        deadlines = store.must_dos.deadlines_between(today, today)
        self.deadlines_label.setText(
            "\n".join(f"• {m.title}" for m in deadlines) or self.tr("No deadlines today.")
        )
        self.conflict_context.load(controller)
