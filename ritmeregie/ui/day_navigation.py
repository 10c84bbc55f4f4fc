"""Moving Vandaag through the days: previous/next (Alt+←/→), a date picker, back to today (Home),
and on a free day or after work hours a button to the next working day.

Only the choosing lives here; VandaagWindow shows the chosen day. A day other than today gets a
short story (day_story): what happened on a past day, what is planned on a future one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget

from ritmeregie.domain.rhythm import RhythmTemplate
from ritmeregie.services.vocabulary import long_date

LOOK_AHEAD_DAYS = 14  # a rhythm with no working day in two weeks offers none


def next_working_day(rhythm: RhythmTemplate, after: dt.date) -> dt.date | None:
    """The first day after `after` with work hours in the rhythm."""
    for n in range(1, LOOK_AHEAD_DAYS + 1):
        day = after + dt.timedelta(days=n)
        if rhythm.for_date(day) is not None:
            return day
    return None


class DayNavigator(QWidget):
    date_chosen = Signal(object)  # dt.date
    week_requested = Signal()
    today_again = Signal()  # Home while today is shown: Vandaag selects what runs now

    def __init__(self, today: Callable[[], dt.date], parent: QWidget) -> None:
        super().__init__(parent)
        self._today = today
        self._date = today()
        self._next_working: dt.date | None = None
        self.previous_button = QPushButton("‹", self)
        self.next_button = QPushButton("›", self)
        self.picker = QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("d-M-yyyy")
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.working_button = QPushButton(self)
        self.working_button.hide()
        self.week_button = QPushButton(self.tr("&Week…"), self)
        self.week_button.setToolTip(self.tr("The week side by side, and planning next week"))
        self.week_button.clicked.connect(self.week_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for button in (self.previous_button, self.next_button, self.today_button, self.week_button):
            button.setAutoDefault(False)
        self.previous_button.setFixedWidth(self.previous_button.sizeHint().height() + 8)
        self.next_button.setFixedWidth(self.next_button.sizeHint().height() + 8)
        row.addWidget(self.previous_button)
        row.addWidget(self.picker)
        row.addWidget(self.next_button)
        row.addWidget(self.today_button)
        row.addStretch(1)
        row.addWidget(self.working_button)
        row.addWidget(self.week_button)
        self.previous_button.clicked.connect(self.on_previous)
        self.next_button.clicked.connect(self.on_next)
        self.today_button.clicked.connect(self.on_today)
        self.working_button.clicked.connect(self.on_next_working_day)
        self.picker.dateChanged.connect(self.on_picked)
        self.previous_action = self._action(self.tr("Previous day"), ["Alt+Left"], self.on_previous)
        self.next_action = self._action(self.tr("Next day"), ["Alt+Right"], self.on_next)
        self.today_action = self._action(self.tr("Today"), ["Home", "Alt+Home"], self.on_today)
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.today_button.setToolTip(self.tr("Back to today (Home)"))
        self.previous_button.setAccessibleName(self.tr("Previous day"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.picker.setAccessibleName(self.tr("Day shown"))
        self.set_date(self._date)

    def _action(self, text: str, keys: list[str], slot: Callable[[], None]) -> QAction:
        act = QAction(text, self.window())
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.window().addAction(act)
        return act

    @property
    def date(self) -> dt.date:
        return self._date

    def set_date(self, date: dt.date) -> None:
        """Show `date` without announcing it (the window already shows it)."""
        self._date = date
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(date.year, date.month, date.day))
        self.picker.blockSignals(False)
        self.today_button.setEnabled(date != self._today())

    def offer_working_day(self, day: dt.date | None) -> None:
        """Show (or, with None, hide) the button to the next working day."""
        self._next_working = day
        if day is None:
            self.working_button.hide()
            return
        self.working_button.setText(self.tr("Next working day: {day} →").format(day=long_date(day)))
        self.working_button.show()

    def _choose(self, date: dt.date) -> None:
        if date != self._date:
            self.set_date(date)
            self.date_chosen.emit(date)

    @Slot()
    def on_previous(self) -> None:
        self._choose(self._date - dt.timedelta(days=1))

    @Slot()
    def on_next(self) -> None:
        self._choose(self._date + dt.timedelta(days=1))

    @Slot()
    def on_today(self) -> None:
        if self._date == self._today():
            self.today_again.emit()
        self._choose(self._today())

    @Slot()
    def on_next_working_day(self) -> None:
        if self._next_working is not None:
            self._choose(self._next_working)

    @Slot(QDate)
    def on_picked(self, picked: QDate) -> None:
        self._choose(dt.date(picked.year(), picked.month(), picked.day()))
