"""Today's must-do's and call, tickable: the panel in Vandaag, and the lines in the tray tooltip.

The day's list comes from the store (planned for today, still open from earlier, ticked today);
the dagstart fills it. Ticking writes at once; the saved change replans the app (store_changes.py)
and its `plan_changed` brings Vandaag, the tray tooltip and the week in step.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.services.today import DayTasks
from ritmeregie.services.vocabulary import weekday_name
from ritmeregie.storage import MustDo

from .controller import RhythmController
from .window_keys import WindowKey

# The tray tooltip names at most this many open must-do's (a tooltip is a glance, not a list).
TOOLTIP_MAX = 3


def day_tasks(controller: RhythmController) -> DayTasks:
    return controller.tasks()


def carried_note(must_do: MustDo, today: dt.date) -> str:
    """ "from Tuesday" for a must-do still open from an earlier day ("" otherwise)."""
    if must_do.planned_for is None or must_do.planned_for >= today or must_do.is_done:
        return ""
    if must_do.planned_for == today - dt.timedelta(days=1):
        return QCoreApplication.translate("TodayTasks", "from yesterday")
    if (today - must_do.planned_for).days < 7:
        return QCoreApplication.translate("TodayTasks", "from {weekday}").format(
            weekday=weekday_name(must_do.planned_for)
        )
    return QCoreApplication.translate("TodayTasks", "from {date}").format(
        date=f"{must_do.planned_for.day}-{must_do.planned_for.month}"
    )


def tooltip_lines(tasks: DayTasks) -> list[str]:
    """Short lines for the tray tooltip: open must-do's (done count) and the call."""
    lines: list[str] = []
    if tasks.must_dos:
        done = len(tasks.must_dos) - len(tasks.open_must_dos)
        lines.append(
            QCoreApplication.translate("TodayTasks", "Must-dos: {done} of {total} done").format(
                done=done, total=len(tasks.must_dos)
            )
        )
        lines += [f"○ {m.title}" for m in tasks.open_must_dos[:TOOLTIP_MAX]]
        more = len(tasks.open_must_dos) - TOOLTIP_MAX
        if more > 0:
            lines.append(
                QCoreApplication.translate("TodayTasks", "… and {count} more").format(count=more)
            )
    if tasks.call is not None:
        mark = "✓" if tasks.call.done else "○"
        lines.append(
            QCoreApplication.translate("TodayTasks", "Call: {mark} {who}").format(
                mark=mark, who=tasks.call.who
            )
        )
    return lines


class TodayTasksPanel(QWidget):
    """Checkboxes for today's must-do's and the call, and a way into the dagstart."""

    window_requested = Signal(object)  # WindowKey

    def __init__(self, controller: RhythmController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.boxes: dict[int, QCheckBox] = {}
        self.call_box: QCheckBox | None = None
        self._tasks: DayTasks | None = None

        heading = QLabel(self.tr("Must-dos and call"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.dagstart_button = QPushButton(self.tr("Day &start…"), self)
        self.dagstart_button.setAutoDefault(False)
        self.dagstart_button.setToolTip(self.tr("Choose three must-dos and one call"))
        self.dagstart_button.clicked.connect(lambda: self.window_requested.emit(WindowKey.DAGSTART))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.dagstart_button)

        self.items = QVBoxLayout()
        self.items.setSpacing(4)
        self.empty_label = QLabel(
            self.tr("No must-dos yet. The day start helps you choose three."), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self.items)
        layout.addWidget(self.empty_label)
        self.setAccessibleName(self.tr("Today's must-dos and call"))
        # Every saved change replans (store_changes.py); a new day brings a new list too.
        controller.plan_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        tasks = day_tasks(self.controller)
        if tasks == self._tasks:
            return
        self._tasks = tasks
        focused = self.focusWidget()
        # The item that had the focus gets it back after the rebuild.
        keep_call = False
        keep_id: int | None = None
        if focused is not None and self.isAncestorOf(focused):
            keep_call = focused is self.call_box
            keep_id = next((i for i, b in self.boxes.items() if b is focused), None)
        while self.items.count():
            item = self.items.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        self.call_box = None
        for must_do in tasks.must_dos:
            box = self._box(must_do.title, must_do.is_done, carried_note(must_do, tasks.date))
            box.toggled.connect(lambda checked, i=must_do.id: self.on_must_do_toggled(i, checked))
            self.boxes[must_do.id] = box
        if tasks.call is not None:
            self.call_box = self._box(
                self.tr("Call: {who}").format(who=tasks.call.who), tasks.call.done, ""
            )
            self.call_box.toggled.connect(self.on_call_toggled)
        self.empty_label.setVisible(not tasks.must_dos and tasks.call is None)
        # New widgets join the end of the window's focus chain; put them right after the button.
        previous: QWidget = self.dagstart_button
        for box in [*self.boxes.values(), *([self.call_box] if self.call_box else [])]:
            QWidget.setTabOrder(previous, box)
            previous = box
        target = self.call_box if keep_call else None
        if keep_id is not None:
            target = self.boxes.get(keep_id)
        if target is not None:
            target.setFocus()

    def _box(self, text: str, done: bool, note: str) -> QCheckBox:
        box = QCheckBox(f"{text} ({note})" if note else text, self)
        box.setChecked(done)
        box.setAccessibleName(text)
        font = box.font()
        font.setStrikeOut(done)
        box.setFont(QFont(font))
        if done:
            box.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.items.addWidget(box)
        box.setVisible(True)  # now, not when the layout gets to it: the focus may move here
        return box

    @Slot(int, bool)
    def on_must_do_toggled(self, must_do_id: int, checked: bool) -> None:
        store = self.controller.store
        if checked:
            store.must_dos.done(must_do_id)
        else:
            store.must_dos.undo(must_do_id)

    @Slot(bool)
    def on_call_toggled(self, checked: bool) -> None:
        if self._tasks is None or self._tasks.call is None:
            return
        call = self._tasks.call
        store = self.controller.store
        if checked and call.date != self._tasks.date:
            store.calls.update(call.id, date=self._tasks.date)  # made today, so it is today's
        store.calls.done(call.id, checked)
