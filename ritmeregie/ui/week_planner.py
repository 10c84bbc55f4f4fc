"""Plan next week: the open must-do's per day of next week, moved by keyboard (Ctrl+Left/Right,
Alt+Left/Right) or by dragging, saved on every move; what does not fit is named with its reason.

Every move is written at once (weeks.move_must_do: planned on that day, out of the earlier days'
lists); the lists are then read back from the store, so what she sees is what is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.week import OverflowReason, week_dates
from ritmeregie.services.weeks import (
    default_estimate_minutes,
    load_week,
    move_must_do,
    save_spread,
    spread_next_week,
)

from .list_helpers import current_id, select_value
from .week_grid import OVERFULL_COLOUR, day_head, hours_text

MIME = "application/x-ritmeregie-mustdo"
UNPLANNED = None  # the column of must-do's not on a day of the week


class DayList(QListWidget):
    """A day's must-do's; drops a must-do dragged from another list onto this day."""

    must_do_dropped = Signal(int, object)  # must-do id, the day (None: unplanned)

    def __init__(self, day: dt.date | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.day = day
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setAlternatingRowColors(True)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(Qt.ItemDataRole.UserRole)) for i in items]
        data.setData(MIME, ",".join(ids).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME):
            return
        # The lists are rebuilt from the store: Qt must not move the row itself as well.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        for text in bytes(event.mimeData().data(MIME).data()).decode().split(","):
            if text.isdigit():
                self.must_do_dropped.emit(int(text), self.day)


class WeekPlanner(QWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.week_date = controller.today() + dt.timedelta(days=7)
        self.heads: list[QLabel] = []
        self.lists: list[DayList] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.spread_button = QPushButton(self.tr("&Spread the open must-dos"), self)
        self.spread_button.setAutoDefault(False)
        self.spread_button.clicked.connect(self.on_spread)
        self.overflow_label = QLabel(self)
        self.overflow_label.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.spread_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.overflow_label)
        for keys, step in ((["Ctrl+Left", "Alt+Up"], -1), (["Ctrl+Right", "Alt+Down"], 1)):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, s=step: self.move_selected(s))
            self.addAction(act)
        self._overflow: dict[int, OverflowReason] = {}
        self.refresh()

    def _days(self) -> list[dt.date]:
        rhythm = self.controller.store.settings.rhythm()
        return [d for d in week_dates(self.week_date) if rhythm.for_date(d) is not None]

    def _build_columns(self, days: list[dt.date]) -> None:
        wanted = [*days, UNPLANNED]
        if [lst.day for lst in self.lists] == wanted:
            return
        for widget in (*self.heads, *self.lists):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.heads, self.lists = [], []
        for column, day in enumerate(wanted):
            head = QLabel(self)
            head.setWordWrap(True)
            lst = DayList(day, self)
            lst.must_do_dropped.connect(self.on_dropped)
            name = day_head(day) if day is not None else self.tr("Still open")
            lst.setAccessibleName(name)
            head.setBuddy(lst)
            self.grid.addWidget(head, 0, column)
            self.grid.addWidget(lst, 1, column)
            self.heads.append(head)
            self.lists.append(lst)

    @Slot()
    def refresh(self) -> None:
        store, tz = self.controller.store, self.controller.tz
        days = self._days()
        self._build_columns(days)
        week, planned = load_week(store, self.week_date, tz)
        first, last = week_dates(self.week_date)[0], week_dates(self.week_date)[-1]
        self.intro.setText(
            self.tr(
                "Next week, {first} to {last}. Move a must-do with Ctrl+Left/Right or drag it; "
                "every move is saved and becomes that day's dagstart proposal. Each counts as "
                "one focus block ({minutes} min)."
            ).format(
                first=f"{first.day}-{first.month}",
                last=f"{last.day}-{last.month}",
                minutes=default_estimate_minutes(store),
            )
        )
        by_date = {d.date: d for d in week.days}
        selected = self.selected_id()
        on_days = {m.id for items in planned.values() for m in items}
        for head, lst in zip(self.heads, self.lists, strict=True):
            lst.clear()
            if lst.day is None:
                head.setText("<b>" + self.tr("Still open") + "</b>")
                items = [
                    m
                    for m in store.must_dos.open()
                    if m.id not in on_days and (m.planned_for is None or m.planned_for <= last)
                ]
            else:
                day = by_date[lst.day]
                colour = f' style="color:{OVERFULL_COLOUR}"' if day.overfull else ""
                free = self.tr("free {time}").format(time=hours_text(day.free_focus_minutes))
                head.setText(f"<b{colour}>{day_head(lst.day)}</b><br>{free}")
                items = planned[lst.day]
            for m in items:
                marks = []
                if m.urgent and m.important:
                    marks.append(self.tr("urgent and important"))
                elif m.urgent or m.important:
                    marks.append(self.tr("urgent") if m.urgent else self.tr("important"))
                if m.deadline is not None:
                    marks.append(
                        self.tr("deadline {date}").format(
                            date=f"{m.deadline.day}-{m.deadline.month}"
                        )
                    )
                text = m.title + ("\n" + " · ".join(marks) if marks else "")
                if m.id in self._overflow:
                    text += "\n" + self.reason_text(self._overflow[m.id])
                row = QListWidgetItem(text, lst)
                row.setData(Qt.ItemDataRole.UserRole, m.id)
                if m.id == selected:
                    lst.setCurrentItem(row)
                    lst.setFocus()

    def reason_text(self, reason: OverflowReason) -> str:
        return {
            OverflowReason.DEADLINE_BEFORE_WEEK: self.tr("deadline before this week"),
            OverflowReason.NO_ROOM_BEFORE_DEADLINE: self.tr("no room before its deadline"),
            OverflowReason.LONGER_THAN_A_DAY: self.tr("more than a day holds"),
            OverflowReason.WEEK_FULL: self.tr("the week is full"),
        }[reason]

    def selected_id(self) -> int | None:
        for lst in self.lists:
            if lst.hasFocus() and lst.currentItem() is not None:
                return current_id(lst)
        return None

    def move_selected(self, step: int) -> None:
        """The selected must-do one day earlier or later (the last column: not planned)."""
        for index, lst in enumerate(self.lists):
            current = lst.currentItem()
            if lst.hasFocus() and current is not None:
                target = index + step
                if 0 <= target < len(self.lists):
                    self._move(int(current.data(Qt.ItemDataRole.UserRole)), self.lists[target])
                return

    def _move(self, must_do_id: int, target: DayList) -> None:
        store = self.controller.store
        if target.day is None:
            store.must_dos.plan(must_do_id, None)
        else:
            move_must_do(store, must_do_id, target.day)
        self._overflow.pop(must_do_id, None)
        self.refresh()
        select_value(target, must_do_id)
        target.setFocus()

    @Slot(int, object)
    def on_dropped(self, must_do_id: int, day: dt.date | None) -> None:
        target = next(lst for lst in self.lists if lst.day == day)
        self._move(must_do_id, target)

    @Slot()
    def on_spread(self) -> None:
        store, tz = self.controller.store, self.controller.tz
        spread = spread_next_week(store, self.week_date, self.controller.today(), tz)
        save_spread(store, spread)
        self._overflow = {o.candidate.id: o.reason for o in spread.overflow}
        if spread.overflow:
            self.overflow_label.setText(
                self.tr("Does not fit next week: {titles}").format(
                    titles=", ".join(
                        f"{o.candidate.title} ({self.reason_text(o.reason)})"
                        for o in spread.overflow
                    )
                )
            )
        else:
            self.overflow_label.setText(self.tr("Everything fits."))
        self.refresh()
