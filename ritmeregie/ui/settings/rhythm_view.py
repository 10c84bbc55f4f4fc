"""Settings → Rhythm, its view: the widgets, their layout, and filling them from the draft.

The page (rhythm_page.py) adds the words, the editing and the saving on top of this.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ritmeregie.domain.model import RITUAL_KINDS, BlockKind
from ritmeregie.domain.rhythm import RhythmTemplate, time_of
from ritmeregie.platform.i18n import format_time
from ritmeregie.services.vocabulary import kind_name

from .day_preview import DayPreview
from .fields import ProblemLabel, heading, hint, minutes_spin, set_time, subheading, time_edit
from .rhythm_draft import (
    DayDraft,
    Field,
    Issue,
    WeekDraft,
    from_template,
    has_report,
    issues,
    shown_title,
    to_template,
)
from .rhythm_layout import lay_out

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp


# The order rituals are offered in: the order a day meets them.
KIND_CHOICES = (
    BlockKind.DAGSTART,
    BlockKind.WEEKLY_REVIEW,
    BlockKind.INBOX,
    BlockKind.CALL,
    BlockKind.LUNCH,
    BlockKind.REPORT,
    BlockKind.FRICTION_FRIDAY,
    BlockKind.QUIET_QUARTER,
    BlockKind.REFLECTION,
)
assert set(KIND_CHOICES) == RITUAL_KINDS


class RhythmPageView(QWidget):
    unsaved_changed = Signal(str)  # why the draft is not saved yet; "" once it is

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._week = from_template(app.store.settings.rhythm())
        self._weekday = app.controller.today().weekday()
        self._selected: int | None = None
        self._issues: tuple[Issue, ...] = ()
        self._build()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = heading(self)
        self.intro = hint(self)

        self.lengths_heading = subheading(self)
        self.focus_label = QLabel(self)
        self.focus_spin = minutes_spin(self, 1, 480)
        self.focus_problem = ProblemLabel(self.focus_spin, self)
        self.reset_label = QLabel(self)
        self.reset_spin = minutes_spin(self, 1, 240)
        self.reset_problem = ProblemLabel(self.reset_spin, self)
        self.focus_label.setBuddy(self.focus_spin)
        self.reset_label.setBuddy(self.reset_spin)
        self.focus_spin.setValue(self._week.focus_minutes)
        self.reset_spin.setValue(self._week.reset_minutes)
        # The optional after-lunch verslag (off by default): one switch for the week; its
        # blocks then show in each day's list, to move or remove like any other.
        self.report_check = QCheckBox(self)
        self.report_check.setChecked(has_report(self._week))

        self.days_heading = subheading(self)
        self.day_tabs = QTabBar(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDrawBase(False)
        for _ in range(7):
            self.day_tabs.addTab("")
        self.day_tabs.setCurrentIndex(self._weekday)

        self.working_check = QCheckBox(self)
        self.hours_label = QLabel(self)
        self.start_edit = time_edit(self)
        self.to_label = QLabel(self)
        self.end_edit = time_edit(self)
        self.hours_label.setBuddy(self.start_edit)
        self.same_hours_button = QPushButton(self)
        self.same_hours_button.setAutoDefault(False)
        self.hours_problem = ProblemLabel(self.start_edit, self)

        self.lunch_check = QCheckBox(self)
        self.lunch_start = time_edit(self)
        self.lunch_for = QLabel(self)
        self.lunch_minutes = minutes_spin(self, 5, 180)
        self.lunch_problem = ProblemLabel(self.lunch_start, self)

        self.blocks_label = QLabel(self)
        self.block_list = QTreeWidget(self)
        self.block_list.setColumnCount(3)
        self.block_list.setRootIsDecorated(False)
        self.block_list.setUniformRowHeights(True)
        self.block_list.setAllColumnsShowFocus(True)
        self.block_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.block_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.block_list.fontMetrics().height() + 8
        self.block_list.setMinimumHeight(rows * 5 + header.sizeHint().height())
        self.blocks_label.setBuddy(self.block_list)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)

        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        for kind in KIND_CHOICES:
            self.kind_combo.addItem("", kind.value)
        self.kind_label.setBuddy(self.kind_combo)
        self.block_start_label = QLabel(self)
        self.block_start = time_edit(self)
        self.block_start_label.setBuddy(self.block_start)
        self.block_minutes_label = QLabel(self)
        self.block_minutes = minutes_spin(self, 1, 480)
        self.block_minutes_label.setBuddy(self.block_minutes)
        self.block_title_label = QLabel(self)
        self.block_title = QLineEdit(self)
        self.block_title_label.setBuddy(self.block_title)
        self.block_problem = ProblemLabel(self.block_start, self)

        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        blank = QPixmap(size, size)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank_icon = QIcon(blank)

        self.preview_heading = subheading(self)
        self.preview = DayPreview(self)

        lay_out(self)

    # --- reading back (the window and the tests) -----------------------------------------------

    @property
    def week(self) -> WeekDraft:
        return self._week

    @property
    def day(self) -> DayDraft:
        return self._week.days[self._weekday]

    @property
    def weekday(self) -> int:
        return self._weekday

    def current_issues(self) -> tuple[Issue, ...]:
        return self._issues

    # --- loading the widgets from the draft -----------------------------------------------------

    def _load_day(self) -> None:
        if not hasattr(self, "preview"):
            return  # retranslate_ui during construction
        day = self.day
        widgets = (
            self.working_check,
            self.start_edit,
            self.end_edit,
            self.lunch_check,
            self.lunch_start,
            self.lunch_minutes,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.working_check.setChecked(day.working)
        set_time(self.start_edit, day.start)
        set_time(self.end_edit, day.end)
        self.lunch_check.setChecked(day.lunch)
        set_time(self.lunch_start, day.lunch_start)
        self.lunch_minutes.setValue(day.lunch_minutes)
        for widget in widgets:
            widget.blockSignals(False)
        if self._selected is not None and self._selected >= len(day.rituals):
            self._selected = len(day.rituals) - 1 if day.rituals else None
        if self._selected is None and day.rituals:
            self._selected = 0
        self._refresh()

    def _refresh(self) -> None:
        """Everything derived from the draft: list rows, enabled states, messages, preview."""
        day = self.day
        self._issues = issues(self._week)
        self.block_list.blockSignals(True)
        self.block_list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, ritual in enumerate(day.rituals):
            end = time_of(min(ritual.end_minutes, 24 * 60 - 1))
            item = QTreeWidgetItem(
                [
                    f"{format_time(ritual.start)}–{format_time(end)}",
                    shown_title(ritual.kind, ritual.title) or kind_name(ritual.kind),
                    QCoreApplication.translate("RhythmPage", "{minutes} min").format(
                        minutes=ritual.minutes
                    ),
                ]
            )
            problem = self._ritual_issue(index)
            # Every row carries an icon (blank when fine), so the times stay in one column.
            item.setIcon(0, warning if problem is not None else self._blank_icon)
            if problem is not None:
                for column in range(3):
                    item.setToolTip(column, problem.message)
            self.block_list.addTopLevelItem(item)
        current = None if self._selected is None else self.block_list.topLevelItem(self._selected)
        if current is not None:
            self.block_list.setCurrentItem(current)
        self.block_list.blockSignals(False)
        self._load_block()

        working = day.working
        for widget in (
            self.hours_label,
            self.start_edit,
            self.to_label,
            self.end_edit,
            self.same_hours_button,
            self.lunch_check,
            self.blocks_label,
            self.block_list,
            self.add_button,
        ):
            widget.setEnabled(working)
        self.lunch_start.setEnabled(working and day.lunch)
        self.lunch_for.setEnabled(working and day.lunch)
        self.lunch_minutes.setEnabled(working and day.lunch)
        self.remove_button.setEnabled(working and self._selected is not None)

        self.focus_problem.say(self._message(Field.FOCUS))
        self.reset_problem.say(self._message(Field.RESET))
        self.hours_problem.say(self._message(Field.HOURS, self._weekday))
        self.lunch_problem.say(self._message(Field.LUNCH, self._weekday))
        selected = self._ritual_issue(self._selected) if self._selected is not None else None
        self.block_problem.say(selected.message if selected else "")
        self._mark_days()
        self.unsaved_changed.emit(self.unsaved_message())
        self.preview.set_blocks(())
        if working:
            self.preview.show_day(self._preview_template(), self._weekday)

    def _load_block(self) -> None:
        editors = (self.kind_combo, self.block_start, self.block_minutes, self.block_title)
        ritual = None if self._selected is None else self.day.rituals[self._selected]
        for widget in editors:
            widget.blockSignals(True)
            widget.setEnabled(ritual is not None and self.day.working)
        for label in (
            self.kind_label,
            self.block_start_label,
            self.block_minutes_label,
            self.block_title_label,
        ):
            label.setEnabled(ritual is not None and self.day.working)
        if ritual is not None:
            self.kind_combo.setCurrentIndex(KIND_CHOICES.index(ritual.kind))
            set_time(self.block_start, ritual.start)
            self.block_minutes.setValue(ritual.minutes)
            shown = shown_title(ritual.kind, ritual.title)
            if self.block_title.text().strip() != shown:  # keep a space being typed
                self.block_title.setText(shown)
        else:
            self.block_title.clear()
        for widget in editors:
            widget.blockSignals(False)

    def _preview_template(self) -> RhythmTemplate:
        """The day being edited as it stands, or (while it has problems) as it was saved."""
        saved = self._app.store.settings.rhythm()
        if any(i.weekday == self._weekday for i in self._issues):
            return saved
        week = self._week
        if any(i.weekday is None for i in self._issues):
            week = dataclasses.replace(
                week, focus_minutes=saved.focus_minutes, reset_minutes=saved.reset_minutes
            )
        only_this_day = tuple(
            day if index == self._weekday else dataclasses.replace(day, working=False)
            for index, day in enumerate(week.days)
        )
        return to_template(dataclasses.replace(week, days=only_this_day))

    def _message(self, field: Field, weekday: int | None = None) -> str:
        return "\n".join(
            i.message for i in self._issues if i.field is field and i.weekday == weekday
        )

    def _ritual_issue(self, index: int) -> Issue | None:
        return next(
            (
                i
                for i in self._issues
                if i.field is Field.RITUAL and i.weekday == self._weekday and i.ritual == index
            ),
            None,
        )

    def _mark_days(self) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        troubled = {i.weekday for i in self._issues if i.weekday is not None}
        for weekday in range(7):
            self.day_tabs.setTabIcon(weekday, warning if weekday in troubled else QIcon())

    def unsaved_message(self) -> str:
        if not self._issues:
            return ""
        others = sorted({i.weekday for i in self._issues if i.weekday not in (None, self._weekday)})
        if others:
            names = ", ".join(self.day_tabs.tabText(day) for day in others if day is not None)
            return QCoreApplication.translate(
                "RhythmPage", "Rhythm not saved yet: first fix what is marked on {days}."
            ).format(days=names)
        return QCoreApplication.translate(
            "RhythmPage", "Rhythm not saved yet: first fix what is marked."
        )
