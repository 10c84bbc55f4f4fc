"""Frictievrijdag: go through the frictions noted this week and deal with each one.

Every open friction (older open ones too: nothing is forgotten) and what was dealt with this week.
Per friction: Fixed, make a Checklist for the recurring task, or Drop it. Every step can be undone
(Ctrl+Z), most recent first. Keys on the list: F, C, D.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.services.vocabulary import kind_name
from ritmeregie.storage import Friction, FrictionStatus

from ..list_helpers import current_id, select_value
from ..undo_bar import UndoBar
from ..window_keys import WindowKey
from .dadu_text import short_date

if TYPE_CHECKING:
    from ..app import RitmeregieApp


@dataclass(frozen=True, slots=True)
class Step:
    """One thing done here, remembered so it can be undone."""

    friction: Friction  # as it was before
    checklist_id: int | None = None


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


class FrictionFridayWindow(QWidget):
    def __init__(self, app: RitmeregieApp, week: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app = app
        self.store = app.store
        self.week = week_bounds(week)
        self.fixed_week = False  # opened for a given week; otherwise it follows today
        self.steps: list[Step] = []
        self.setWindowTitle(self.tr("Friction Friday — ritmeregie"))
        self.resize(720, 520)
        self._build()
        self.refresh()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(kind_name(BlockKind.FRICTION_FRIDAY), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        heading.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.list = QTreeWidget(self)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Friction"), self.tr("Noted"), self.tr("Status")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Frictions of this week"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self.on_current_changed)
        self.list.installEventFilter(self)
        self.empty_label = QLabel(
            self.tr(
                "No frictions this week. When something costs you time again, note it from "
                "the tray in one line."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.fixed_button = QPushButton(self.tr("&Fixed"), self)
        self.fixed_button.setToolTip(self.tr("It no longer costs time (F)"))
        self.fixed_button.clicked.connect(lambda: self.resolve(FrictionStatus.FIXED))
        self.checklist_button = QPushButton(self.tr("Make a &checklist"), self)
        self.checklist_button.setToolTip(self.tr("A recurring task: keep its steps (C)"))
        self.checklist_button.clicked.connect(self.on_checklist)
        self.drop_button = QPushButton(self.tr("&Drop"), self)
        self.drop_button.setToolTip(self.tr("Not worth it after all (D)"))
        self.drop_button.clicked.connect(lambda: self.resolve(FrictionStatus.DROPPED))
        self.note_button = QPushButton(self.tr("&Note a friction"), self)
        self.note_button.clicked.connect(lambda: self.app.show_window(WindowKey.FRICTION_ENTRY))
        self.checklists_button = QPushButton(self.tr("C&hecklists"), self)
        self.checklists_button.clicked.connect(lambda: self.app.show_window(WindowKey.CHECKLISTS))
        # Friday's end looks at next week: its must-do's are planned in the Week window.
        self.plan_button = QPushButton(self.tr("Plan next &week…"), self)
        self.plan_button.clicked.connect(
            lambda: self.app.show_window(WindowKey.WEEK, plan_next_week=True)
        )
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.fixed_button, self.checklist_button, self.drop_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.note_button)
        actions.addWidget(self.checklists_button)
        actions.addWidget(self.plan_button)

        self.undo_bar = UndoBar(self.tr("&Undo"), self, expire_ms=None)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.undo_bar.undo_chosen.connect(self.on_undo)
        for button in (
            self.fixed_button,
            self.checklist_button,
            self.drop_button,
            self.note_button,
            self.checklists_button,
            self.undo_button,
        ):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(self.undo_bar)

        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.on_undo)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

    # --- reading --------------------------------------------------------------------------------

    def frictions(self) -> tuple[list[Friction], list[Friction]]:
        """(still open, dealt with this week), oldest first."""
        first, last = self.week
        tz = self.app.controller.tz
        still_open: list[Friction] = []
        dealt: list[Friction] = []
        for friction in self.store.frictions.all():
            if friction.status is FrictionStatus.OPEN:
                still_open.append(friction)
            elif (
                friction.resolved is not None
                and first <= friction.resolved.astimezone(tz).date() <= last
            ):
                dealt.append(friction)
        return still_open, dealt

    def status_text(self, status: FrictionStatus) -> str:
        return {
            FrictionStatus.OPEN: self.tr("Open"),
            FrictionStatus.FIXED: self.tr("Fixed"),
            FrictionStatus.CHECKLIST: self.tr("Checklist"),
            FrictionStatus.DROPPED: self.tr("Dropped"),
        }[status]

    @Slot()
    def refresh(self) -> None:
        selected = self.current_id()
        tz = self.app.controller.tz
        today = self.app.controller.today()
        still_open, dealt = self.frictions()
        self.list.clear()
        metrics = self.list.fontMetrics()
        for friction in still_open + dealt:
            noted = short_date(friction.created.astimezone(tz).date(), today)
            row = QTreeWidgetItem([friction.text, noted, self.status_text(friction.status)])
            row.setData(0, Qt.ItemDataRole.UserRole, friction.id)
            row.setToolTip(0, friction.text)
            row.setSizeHint(0, QSize(0, metrics.height() + 12))
            if friction.status is not FrictionStatus.OPEN:
                for column in range(3):
                    row.setForeground(column, self.palette().placeholderText())
            self.list.addTopLevelItem(row)
            if friction.id == selected:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None:
            self.select(None)
        self.list.setVisible(bool(still_open or dealt))
        self.empty_label.setVisible(not (still_open or dealt))
        self.subtitle.setText(
            self.tr("Week of {date} · {open} open · {dealt} dealt with").format(
                date=short_date(self.week[0], today), open=len(still_open), dealt=len(dealt)
            )
        )
        self.on_current_changed()

    def current_friction(self) -> Friction | None:
        friction_id = self.current_id()
        return next((f for f in self.store.frictions.all() if f.id == friction_id), None)

    def current_id(self) -> int | None:
        return current_id(self.list)

    @Slot()
    def on_current_changed(self, *_args: object) -> None:
        friction = self.current_friction()
        is_open = friction is not None and friction.status is FrictionStatus.OPEN
        for button in (self.fixed_button, self.checklist_button, self.drop_button):
            button.setEnabled(is_open)

    # --- dealing with a friction ----------------------------------------------------------------

    def resolve(self, status: FrictionStatus) -> None:
        friction = self.current_friction()
        if friction is None or friction.status is not FrictionStatus.OPEN:
            return
        self.store.frictions.set_status(friction.id, status)
        said = {
            FrictionStatus.FIXED: self.tr("Fixed: ‘{text}’."),
            FrictionStatus.DROPPED: self.tr("Dropped: ‘{text}’."),
        }[status]
        self._remember(Step(friction), said.format(text=friction.text))

    @Slot()
    def on_checklist(self) -> None:
        friction = self.current_friction()
        if friction is None or friction.status is not FrictionStatus.OPEN:
            return
        checklist = self.store.checklists.from_friction(friction.id)
        self._remember(
            Step(friction, checklist.id),
            self.tr("Checklist made: ‘{text}’. Add its steps there.").format(text=friction.text),
        )
        self.app.show_window(WindowKey.CHECKLISTS, checklist_id=checklist.id)

    def _remember(self, step: Step, message: str) -> None:
        self.steps.append(step)
        self.undo_bar.offer(message)
        self._select_next_open(step.friction.id)

    def _select_next_open(self, after_id: int) -> None:
        ids = [f.id for f in self.frictions()[0]]
        self.refresh()
        following = [i for i in ids if i > after_id] or ids
        self.select(following[0] if following else None)
        self.list.setFocus()

    def select(self, friction_id: int | None) -> None:
        """Make that friction's row current (None or not shown: the first row)."""
        select_value(self.list, friction_id, else_first=True)

    @Slot()
    def on_undo(self) -> None:
        if not self.steps:
            return
        step = self.steps.pop()
        if step.checklist_id is not None:
            self.store.checklists.remove(step.checklist_id)
            checklists = self.app.windows.get(WindowKey.CHECKLISTS)
            if checklists is not None and hasattr(checklists, "refresh"):
                checklists.refresh()
        self.store.frictions.set_status(step.friction.id, FrictionStatus.OPEN)
        self.refresh()
        self.select(step.friction.id)
        if self.steps:
            self.undo_label.setText(self.tr("Undone. Undo again for the step before."))
        else:
            self.undo_bar.dismiss()
        self.list.setFocus()

    # --- keys and showing -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                actions: dict[Qt.Key, Callable[[], None]] = {
                    Qt.Key.Key_F: lambda: self.resolve(FrictionStatus.FIXED),
                    Qt.Key.Key_C: self.on_checklist,
                    Qt.Key.Key_D: lambda: self.resolve(FrictionStatus.DROPPED),
                }
                action = actions.get(Qt.Key(event.key()))
                if action is not None:
                    action()
                    return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.fixed_week:
            self.week = week_bounds(self.app.controller.today())  # open again next Friday
        self.refresh()  # a friction noted from the tray meanwhile shows up

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()

    def set_context(self, week: dt.date | None = None) -> None:
        if week is not None:
            self.week = week_bounds(week)
            self.fixed_week = True
            self.refresh()

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.list.setFocus()


def open_friction_friday(app: RitmeregieApp, week: dt.date | None = None) -> FrictionFridayWindow:
    window = FrictionFridayWindow(app, week or app.controller.today())
    window.fixed_week = week is not None
    return window
