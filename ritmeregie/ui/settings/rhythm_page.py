"""Settings → Rhythm: focus and reset lengths, and per weekday the work hours, lunch and rituals.

Every change that leaves the week without problems is saved at once and the day replans; while
something is wrong the message stands next to the field and nothing is saved, so the running day
never sees a half-typed rhythm. Restore defaults brings back the profession's day (undo offered
by the window).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QTreeWidgetItem,
    QWidget,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.platform.i18n import time_format
from ritmeregie.services.vocabulary import kind_name

from .fields import time_value as value_of
from .rhythm_draft import (
    NEW_BLOCK_MINUTES,
    DayDraft,
    RitualDraft,
    WeekDraft,
    default_title,
    from_template,
    has_report,
    shown_title,
    stored_title,
    switched_on,
    to_template,
    with_report,
)
from .rhythm_view import KIND_CHOICES, RhythmPageView

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp


class RhythmPage(RhythmPageView):
    rhythm_saved = Signal(object)  # RhythmTemplate

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self._connect()
        self.retranslate_ui()  # also fills the widgets from the draft

    def _connect(self) -> None:
        self.focus_spin.valueChanged.connect(self.on_lengths_changed)
        self.reset_spin.valueChanged.connect(self.on_lengths_changed)
        self.report_check.toggled.connect(self.on_report_toggled)
        self.day_tabs.currentChanged.connect(self.on_day_chosen)
        self.working_check.toggled.connect(self.on_working_toggled)
        self.same_hours_button.clicked.connect(self.on_same_hours)
        self.start_edit.timeChanged.connect(self.on_hours_changed)
        self.end_edit.timeChanged.connect(self.on_hours_changed)
        self.lunch_check.toggled.connect(self.on_lunch_changed)
        self.lunch_start.timeChanged.connect(self.on_lunch_changed)
        self.lunch_minutes.valueChanged.connect(self.on_lunch_changed)
        self.block_list.currentItemChanged.connect(self.on_block_chosen)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)
        self.kind_combo.activated.connect(self.on_block_edited)
        self.block_start.timeChanged.connect(self.on_block_edited)
        self.block_minutes.valueChanged.connect(self.on_block_edited)
        self.block_title.textEdited.connect(self.on_block_edited)

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
