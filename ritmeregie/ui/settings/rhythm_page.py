"""Settings → Rhythm: focus and reset lengths, and per weekday the work hours, lunch and rituals.

Every change that leaves the week without problems is saved at once and the day replans; while
something is wrong the message stands next to the field and nothing is saved, so the running day
never sees a half-typed rhythm. Restore defaults brings back the profession's day (undo offered
by the window).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.model import RITUAL_KINDS, BlockKind
from ritmeregie.domain.rhythm import RhythmTemplate, default_rhythm, time_of
from ritmeregie.platform.i18n import format_time, time_format
from ritmeregie.services.vocabulary import kind_name

from .day_preview import DayPreview
from .fields import ProblemLabel, heading, hint, minutes_spin, set_time, subheading, time_edit
from .fields import time_value as value_of
from .rhythm_draft import (
    NEW_BLOCK_MINUTES,
    DayDraft,
    Field,
    Issue,
    RitualDraft,
    WeekDraft,
    default_title,
    from_template,
    has_report,
    issues,
    shown_title,
    stored_title,
    switched_on,
    to_template,
    with_report,
)

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


class RhythmPage(QWidget):
    rhythm_saved = Signal(object)  # RhythmTemplate
    unsaved_changed = Signal(str)  # why the draft is not saved yet; "" once it is

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._week = from_template(app.store.settings.rhythm())
        self._weekday = app.controller.today().weekday()
        self._selected: int | None = None
        self._issues: tuple[Issue, ...] = ()
        self._build()
        self.retranslate_ui()  # also fills the widgets from the draft

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
        self.focus_spin.valueChanged.connect(self.on_lengths_changed)
        self.reset_spin.valueChanged.connect(self.on_lengths_changed)
        # The optional after-lunch verslag (off by default): one switch for the week; its
        # blocks then show in each day's list, to move or remove like any other.
        self.report_check = QCheckBox(self)
        self.report_check.setChecked(has_report(self._week))
        self.report_check.toggled.connect(self.on_report_toggled)

        self.days_heading = subheading(self)
        self.day_tabs = QTabBar(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDrawBase(False)
        for _ in range(7):
            self.day_tabs.addTab("")
        self.day_tabs.setCurrentIndex(self._weekday)
        self.day_tabs.currentChanged.connect(self.on_day_chosen)

        self.working_check = QCheckBox(self)
        self.working_check.toggled.connect(self.on_working_toggled)
        self.hours_label = QLabel(self)
        self.start_edit = time_edit(self)
        self.to_label = QLabel(self)
        self.end_edit = time_edit(self)
        self.hours_label.setBuddy(self.start_edit)
        self.same_hours_button = QPushButton(self)
        self.same_hours_button.setAutoDefault(False)
        self.same_hours_button.clicked.connect(self.on_same_hours)
        self.hours_problem = ProblemLabel(self.start_edit, self)
        self.start_edit.timeChanged.connect(self.on_hours_changed)
        self.end_edit.timeChanged.connect(self.on_hours_changed)

        self.lunch_check = QCheckBox(self)
        self.lunch_start = time_edit(self)
        self.lunch_for = QLabel(self)
        self.lunch_minutes = minutes_spin(self, 5, 180)
        self.lunch_problem = ProblemLabel(self.lunch_start, self)
        self.lunch_check.toggled.connect(self.on_lunch_changed)
        self.lunch_start.timeChanged.connect(self.on_lunch_changed)
        self.lunch_minutes.valueChanged.connect(self.on_lunch_changed)

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
        self.block_list.currentItemChanged.connect(self.on_block_chosen)
        self.blocks_label.setBuddy(self.block_list)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)

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
        self.kind_combo.activated.connect(self.on_block_edited)
        self.block_start.timeChanged.connect(self.on_block_edited)
        self.block_minutes.valueChanged.connect(self.on_block_edited)
        self.block_title.textEdited.connect(self.on_block_edited)

        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        blank = QPixmap(size, size)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank_icon = QIcon(blank)

        self.preview_heading = subheading(self)
        self.preview = DayPreview(self)

        self._lay_out()

    def _lay_out(self) -> None:
        lengths = QGridLayout()
        lengths.setHorizontalSpacing(10)
        lengths.setVerticalSpacing(6)
        lengths.addWidget(self.focus_label, 0, 0)
        lengths.addWidget(self.focus_spin, 0, 1)
        lengths.addWidget(self.reset_label, 0, 2)
        lengths.addWidget(self.reset_spin, 0, 3)
        lengths.setColumnStretch(4, 1)
        lengths.addWidget(self.focus_problem, 1, 0, 1, 5)
        lengths.addWidget(self.reset_problem, 2, 0, 1, 5)
        lengths.addWidget(self.report_check, 3, 0, 1, 5)

        day = QGridLayout()
        day.setHorizontalSpacing(10)
        day.setVerticalSpacing(8)
        day.setColumnStretch(1, 1)
        day.addWidget(self.working_check, 0, 0, 1, 2)
        hours = QHBoxLayout()
        hours.setSpacing(8)
        hours.addWidget(self.start_edit)
        hours.addWidget(self.to_label)
        hours.addWidget(self.end_edit)
        hours.addSpacing(8)
        hours.addWidget(self.same_hours_button)
        hours.addStretch(1)
        day.addWidget(self.hours_label, 1, 0)
        day.addLayout(hours, 1, 1)
        day.addWidget(self.hours_problem, 2, 1)
        lunch = QHBoxLayout()
        lunch.setSpacing(8)
        lunch.addWidget(self.lunch_check)
        lunch.addWidget(self.lunch_start)
        lunch.addWidget(self.lunch_for)
        lunch.addWidget(self.lunch_minutes)
        lunch.addStretch(1)
        day.addLayout(lunch, 3, 0, 1, 2)
        day.addWidget(self.lunch_problem, 4, 1)

        list_buttons = QHBoxLayout()
        list_buttons.setSpacing(8)
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)

        editor = QGridLayout()
        editor.setHorizontalSpacing(10)
        editor.setVerticalSpacing(6)
        editor.addWidget(self.kind_label, 0, 0)
        editor.addWidget(self.kind_combo, 0, 1, 1, 3)
        editor.addWidget(self.block_start_label, 1, 0)
        editor.addWidget(self.block_start, 1, 1)
        editor.addWidget(self.block_minutes_label, 1, 2)
        editor.addWidget(self.block_minutes, 1, 3)
        editor.addWidget(self.block_title_label, 2, 0)
        editor.addWidget(self.block_title, 2, 1, 1, 3)
        editor.addWidget(self.block_problem, 3, 0, 1, 4)
        editor.setColumnStretch(1, 1)
        editor.setColumnStretch(3, 1)
        editor.setRowStretch(4, 1)

        blocks = QHBoxLayout()
        blocks.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.block_list, 1)
        left.addLayout(list_buttons)
        blocks.addLayout(left, 3)
        blocks.addLayout(editor, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)
        layout.addSpacing(10)
        layout.addWidget(self.lengths_heading)
        layout.addLayout(lengths)
        layout.addSpacing(12)
        layout.addWidget(self.days_heading)
        layout.addWidget(self.day_tabs)
        layout.addSpacing(4)
        layout.addLayout(day)
        layout.addSpacing(6)
        layout.addWidget(self.blocks_label)
        layout.addLayout(blocks)
        layout.addSpacing(12)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview)
        layout.addStretch(1)

        order = [
            self.focus_spin,
            self.reset_spin,
            self.report_check,
            self.day_tabs,
            self.working_check,
            self.start_edit,
            self.end_edit,
            self.same_hours_button,
            self.lunch_check,
            self.lunch_start,
            self.lunch_minutes,
            self.block_list,
            self.add_button,
            self.remove_button,
            self.kind_combo,
            self.block_start,
            self.block_minutes,
            self.block_title,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Rhythm"))
        self.intro.setText(
            self.tr(
                "Rituals keep their own time; the free time between them becomes focus blocks "
                "with a short reset after each. Changes count from now on."
            )
        )
        self.lengths_heading.setText(self.tr("Every working day"))
        self.focus_label.setText(self.tr("&Focus block:"))
        self.reset_label.setText(self.tr("R&eset:"))
        for spin in (self.focus_spin, self.reset_spin, self.lunch_minutes, self.block_minutes):
            spin.setSuffix(self.tr(" min"))
        self.focus_spin.setAccessibleName(self.tr("Focus block length in minutes"))
        self.reset_spin.setAccessibleName(self.tr("Reset length in minutes"))
        self.days_heading.setText(self.tr("Per weekday"))
        days = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for index, name in enumerate(days):
            self.day_tabs.setTabText(index, name)
        self.day_tabs.setAccessibleName(self.tr("Weekday"))
        self.working_check.setText(self.tr("&Work on this day"))
        self.hours_label.setText(self.tr("Work &hours:"))
        self.to_label.setText(self.tr("to"))
        self.start_edit.setAccessibleName(self.tr("Work hours start"))
        self.end_edit.setAccessibleName(self.tr("Work hours end"))
        self.same_hours_button.setText(self.tr("Use for e&very working day"))
        self.same_hours_button.setToolTip(
            self.tr("Give every working day these work hours (rituals at the edges move along).")
        )
        self.lunch_check.setText(self.tr("&Lunch at"))
        self.report_check.setText(
            self.tr("After lunch, ten minutes for a re&port: the morning as a prompt for your AI")
        )
        self.report_check.setToolTip(
            self.tr(
                "A 'Report' block after each day's lunch. Its nudge opens 'Report via AI…'; "
                "copying the prompt marks it done for the day."
            )
        )
        self.lunch_for.setText(self.tr("for"))
        self.lunch_start.setAccessibleName(self.tr("Lunch start"))
        self.lunch_minutes.setAccessibleName(self.tr("Lunch length in minutes"))
        self.blocks_label.setText(self.tr("Ritual &blocks:"))
        self.block_list.setHeaderLabels([self.tr("Time"), self.tr("Block"), self.tr("Length")])
        self.block_list.setAccessibleName(self.tr("Ritual blocks of this day"))
        self.add_button.setText(self.tr("&Add block"))
        self.remove_button.setText(self.tr("Re&move"))
        self.kind_label.setText(self.tr("&Kind:"))
        for index, kind in enumerate(KIND_CHOICES):
            self.kind_combo.setItemText(index, kind_name(kind))
        self.kind_combo.setAccessibleName(self.tr("Kind of block"))
        self.block_start_label.setText(self.tr("&Starts:"))
        self.block_start.setAccessibleName(self.tr("Block start"))
        self.block_minutes_label.setText(self.tr("&Duration:"))
        self.block_minutes.setAccessibleName(self.tr("Block length in minutes"))
        self.block_title_label.setText(self.tr("&Title:"))
        self.block_title.setAccessibleName(self.tr("Block title"))
        self.preview_heading.setText(self.tr("This day"))
        # The locale came with the language: its clock (24 h or AM/PM) for the time fields.
        for edit in (self.start_edit, self.end_edit, self.lunch_start, self.block_start):
            edit.setDisplayFormat(time_format())
        self._load_day()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
                    self.tr("{minutes} min").format(minutes=ritual.minutes),
                ]
            )
            problem = self._ritual_issue(index)
            # Every row carries an icon (blank when fine), so the times stay in one column.
            item.setIcon(0, warning if problem is not None else self._blank_icon)
            if problem is not None:
                for column in range(3):
                    item.setToolTip(column, problem.message)
            self.block_list.addTopLevelItem(item)
        if self._selected is not None:
            self.block_list.setCurrentItem(self.block_list.topLevelItem(self._selected))
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
            return self.tr("Rhythm not saved yet: first fix what is marked on {days}.").format(
                days=names
            )
        return self.tr("Rhythm not saved yet: first fix what is marked.")

    # --- saving ---------------------------------------------------------------------------------

    def _commit(self, week: WeekDraft) -> None:
        self._week = week
        self.report_check.blockSignals(True)  # a removed or restored block shows in the switch
        self.report_check.setChecked(has_report(week))
        self.report_check.blockSignals(False)
        self._refresh()
        if self._issues:
            return
        template = to_template(week)
        if template == self._app.store.settings.rhythm():
            return
        self._app.store.settings.set_rhythm(template)  # saved: the app replans (store_changes)
        self.rhythm_saved.emit(template)

    def _commit_day(self, day: DayDraft) -> None:
        self._commit(self._week.with_day(self._weekday, day))

    def restore_defaults(self) -> Callable[[], None]:
        """Back to the default rhythm; returns how to undo it."""
        before = self._week
        self._set_week(from_template(default_rhythm()))

        def undo() -> None:
            self._set_week(before)

        return undo

    def _set_week(self, week: WeekDraft) -> None:
        for spin, value in (
            (self.focus_spin, week.focus_minutes),
            (self.reset_spin, week.reset_minutes),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._week = week
        self._selected = None
        self._load_day()
        self._commit(week)

    # --- slots ----------------------------------------------------------------------------------

    @Slot(bool)
    def on_report_toggled(self, on: bool) -> None:
        week = with_report(self._week, on)
        self._week = week
        self._selected = None
        self._load_day()  # today's tab lists its new (or removed) verslag
        self._commit(week)

    @Slot()
    def on_lengths_changed(self) -> None:
        self._commit(
            dataclasses.replace(
                self._week,
                focus_minutes=self.focus_spin.value(),
                reset_minutes=self.reset_spin.value(),
            )
        )

    @Slot(int)
    def on_day_chosen(self, weekday: int) -> None:
        self._weekday = weekday
        self._selected = None
        self._load_day()

    @Slot(bool)
    def on_working_toggled(self, working: bool) -> None:
        if working:
            self._commit_day(switched_on(self._week, self._weekday))
            self._load_day()
        else:
            self._commit_day(dataclasses.replace(self.day, working=False))

    @Slot()
    def on_hours_changed(self) -> None:
        day = self.day.with_hours(value_of(self.start_edit), value_of(self.end_edit))
        self._commit_day(day)
        self._load_day()  # lunch may have moved along

    @Slot()
    def on_same_hours(self) -> None:
        day = self.day
        week = self._week
        for weekday, other in enumerate(week.days):
            if other.working and weekday != self._weekday:
                week = week.with_day(weekday, other.with_hours(day.start, day.end))
        self._commit(week)

    @Slot()
    def on_lunch_changed(self) -> None:
        self._commit_day(
            dataclasses.replace(
                self.day,
                lunch=self.lunch_check.isChecked(),
                lunch_start=value_of(self.lunch_start),
                lunch_minutes=self.lunch_minutes.value(),
            )
        )

    @Slot(object, object)
    def on_block_chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        index = None if current is None else self.block_list.indexOfTopLevelItem(current)
        self._selected = index if index is not None and index >= 0 else None
        self._refresh()

    @Slot()
    def on_block_edited(self) -> None:
        if self._selected is None:
            return
        old = self.day.rituals[self._selected]
        kind = BlockKind(str(self.kind_combo.currentData()))
        text = self.block_title.text()
        untouched = old.title == default_title(old.kind) and text == shown_title(
            old.kind, old.title
        )
        if kind is not old.kind and untouched:
            title = default_title(kind)  # a new kind brings its own name, unless one was typed
        else:
            title = stored_title(kind, text)
        new = RitualDraft(kind, value_of(self.block_start), self.block_minutes.value(), title)
        self._replace_ritual(self._selected, new)

    def _replace_ritual(self, index: int | None, new: RitualDraft) -> None:
        rituals = list(self.day.rituals)
        if index is None:
            rituals.append(new)
        else:
            rituals[index] = new
        day = dataclasses.replace(self.day, rituals=tuple(rituals)).sorted()
        self._selected = next(i for i, r in enumerate(day.rituals) if r is new)
        self._commit_day(day)

    @Slot()
    def on_add(self) -> None:
        day = self.day
        start = day.free_start(NEW_BLOCK_MINUTES)
        self._replace_ritual(
            None,
            RitualDraft(BlockKind.CALL, start, NEW_BLOCK_MINUTES, default_title(BlockKind.CALL)),
        )
        self.kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_remove(self) -> None:
        if self._selected is None:
            return
        rituals = list(self.day.rituals)
        del rituals[self._selected]
        if self._selected >= len(rituals):
            self._selected = len(rituals) - 1 if rituals else None
        self._commit_day(dataclasses.replace(self.day, rituals=tuple(rituals)))
        self.block_list.setFocus(Qt.FocusReason.OtherFocusReason)
