"""The Week window: this week side by side (WeekGrid) and planning next week (WeekPlanner).

Opened from Vandaag and the tray through the window hub. The managers' layers can be shown or
hidden per layer with the same legend as Vandaag (the choice is the same, remembered per layer).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.week import week_dates
from ritmeregie.services.calendars.layers import LAYER_COLOURS
from ritmeregie.services.weeks import load_week

from .calendar_legend import CalendarLegend, LayerInfo
from .week_grid import GridDay, WeekGrid, hours_text
from .week_planner import WeekPlanner

if TYPE_CHECKING:
    from .app import RitmeregieApp


class WeekWindow(QWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.week_date = controller.today()
        self.setWindowTitle(self.tr("Week — ritmeregie"))
        self.resize(1100, 760)

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.previous_button = QPushButton("‹", self)
        self.next_button = QPushButton("›", self)
        self.this_week_button = QPushButton(self.tr("&This week"), self)
        self.previous_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        for button, step in ((self.previous_button, -7), (self.next_button, 7)):
            button.setAutoDefault(False)
            button.setFixedWidth(button.sizeHint().height() + 8)
            button.clicked.connect(lambda _=False, s=step: self.move_week(s))
        self.this_week_button.setAutoDefault(False)
        self.this_week_button.clicked.connect(self.on_this_week)
        for keys, step in (("Alt+Left", -7), ("Alt+Right", 7)):
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.triggered.connect(lambda _=False, s=step: self.move_week(s))
            self.addAction(act)
        head = QHBoxLayout()
        head.addWidget(self.previous_button)
        head.addWidget(self.next_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.this_week_button)

        self.totals = QLabel(self)
        self.legend = CalendarLegend(self)
        self.legend.layer_toggled.connect(self.on_layer_toggled)
        self.grid = WeekGrid(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        week_page = QWidget(self)
        week_layout = QVBoxLayout(week_page)
        week_layout.addLayout(head)
        week_layout.addWidget(self.totals)
        week_layout.addWidget(self.legend)
        week_layout.addWidget(scroll, 1)

        self.planner = WeekPlanner(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Week and planning"))
        self.tabs.addTab(week_page, self.tr("&Week"))
        self.tabs.addTab(self.planner, self.tr("&Plan next week"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.tabs)
        self._dirty = False
        # A move here or anywhere is saved, and every saved change replans (store_changes.py).
        controller.plan_changed.connect(self.on_changed)
        self.refresh()

    @Slot()
    def on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True  # refreshed when shown; a hidden window does no work

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def set_context(self, **context: object) -> None:
        if context.get("plan_next_week"):
            self.tabs.setCurrentWidget(self.planner)

    def move_week(self, days: int) -> None:
        self.week_date += dt.timedelta(days=days)
        self.refresh()

    @Slot()
    def on_this_week(self) -> None:
        self.week_date = self.controller.today()
        self.refresh()

    @Slot(str, bool)
    def on_layer_toggled(self, name: str, visible: bool) -> None:
        self.controller.store.calendars.set_visible(name, visible)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._dirty = False
        store, tz = self.controller.store, self.controller.tz
        sources = store.calendars.sources()
        layers = [
            LayerInfo(
                s.name, s.color or LAYER_COLOURS[i % len(LAYER_COLOURS)], s.blocking, s.visible
            )
            for i, s in enumerate(sources)
        ]
        self.legend.set_layers(layers)
        self.legend.hint.hide()
        hidden = {layer.name for layer in layers if not layer.visible}
        week, planned = load_week(store, self.week_date, tz)
        # The working days, and a free day only when something is on it.
        shown = [d for d in week.days if d.working or d.plan.blocks]
        days = tuple(
            GridDay(
                d,
                tuple(m.title for m in planned[d.date]),
                tuple(b for b in d.plan.blocks if b.source not in hidden),
            )
            for d in shown
        )
        colours = {layer.name: layer.colour for layer in layers}
        self.grid.set_week(days, colours, self.controller.today())
        first, last = week_dates(self.week_date)[0], week_dates(self.week_date)[-1]
        number = first.isocalendar().week
        self.title.setText(
            self.tr("Week {number} · {first} – {last}").format(
                number=number,
                first=f"{first.day}-{first.month}",
                last=f"{last.day}-{last.month}-{last.year}",
            )
        )
        overfull = sum(1 for d in week.days if d.overfull)
        totals = self.tr("Meetings {meetings} · focus {focus} · free focus time {free}").format(
            meetings=hours_text(week.meeting_minutes),
            focus=hours_text(week.focus_minutes),
            free=hours_text(week.free_focus_minutes),
        )
        if overfull:
            totals += " · " + self.tr("overfull days: {count}").format(count=overfull)
        self.totals.setText(totals)
        self.this_week_button.setEnabled(first != week_dates(self.controller.today())[0])
        if self.planner.isVisible():
            self.planner.refresh()


def open_week(app: RitmeregieApp, **context: object) -> WeekWindow:
    window = WeekWindow(app.controller)
    window.set_context(**context)
    return window
