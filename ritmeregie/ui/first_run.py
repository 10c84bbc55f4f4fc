"""The welcome at first start: what the rhythm is (the day as a picture), work hours and language.

Skippable at every moment: Skip, Esc and the window's close button all leave the default rhythm
as it is. The language applies (and is saved) as soon as it is chosen, so the rest of the welcome
is read in it; the work hours are saved with Start. However it closes, the welcome is marked as
seen (`first_run_done`) and comes back only from Settings → General.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.rhythm import TUESDAY, RhythmTemplate
from ritmeregie.platform.i18n import system_language, time_format

from .settings.day_preview import DayPreview
from .settings.fields import ProblemLabel, heading, hint, set_time, subheading, time_edit
from .settings.fields import time_value as value_of
from .settings.general_page import LANGUAGE_NAMES
from .settings.rhythm_draft import WeekDraft, from_template, issues, to_template
from .window_keys import WindowKey

if TYPE_CHECKING:
    from .app import RitmeregieApp


def _example_weekday(week: WeekDraft) -> int:
    """Tuesday shows the plain day (no weekly review, no frictievrijdag); else the first workday."""
    if week.days[TUESDAY].working:
        return TUESDAY
    return next((i for i, day in enumerate(week.days) if day.working), TUESDAY)


class WelcomeDialog(QDialog):
    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._app = app
        self._saved = app.store.settings.rhythm()
        self._week = from_template(self._saved)
        self._weekday = _example_weekday(self._week)
        self._build()
        self.retranslate_ui()
        day = self._week.days[self._weekday]
        for edit, value in ((self.start_edit, day.start), (self.end_edit, day.end)):
            edit.blockSignals(True)
            set_time(edit, value)
            edit.blockSignals(False)
        self._refresh()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter starts
        self.finished.connect(self.on_finished)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = heading(self, 1.5)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.day_heading = subheading(self)
        self.preview = DayPreview(self)
        self.day_text = QLabel(self)
        self.day_text.setWordWrap(True)

        self.hours_heading = subheading(self)
        self.hours_label = QLabel(self)
        self.start_edit = time_edit(self)
        self.to_label = QLabel(self)
        self.end_edit = time_edit(self)
        self.hours_label.setBuddy(self.start_edit)
        self.hours_hint = hint(self)
        self.hours_problem = ProblemLabel(self.start_edit, self)
        self.start_edit.timeChanged.connect(self.on_hours_changed)
        self.end_edit.timeChanged.connect(self.on_hours_changed)

        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code in ("auto", "nl", "en"):
            self.language_combo.addItem("", code)
        setting = self._app.store.settings.language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(setting)))
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.activated.connect(self.on_language_chosen)

        self.later_hint = hint(self)
        self.skip_button = QPushButton(self)
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.reject)
        self.settings_button = QPushButton(self)
        self.settings_button.setAutoDefault(False)
        self.settings_button.clicked.connect(self.on_open_settings)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.on_start)

        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        fields.setVerticalSpacing(8)
        hours = QHBoxLayout()
        hours.setSpacing(8)
        hours.addWidget(self.start_edit)
        hours.addWidget(self.to_label)
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        fields.addWidget(self.hours_label, 0, 0)
        fields.addLayout(hours, 0, 1)
        fields.addWidget(self.hours_hint, 1, 1)
        fields.addWidget(self.hours_problem, 2, 1)
        language = QHBoxLayout()
        language.addWidget(self.language_combo)
        language.addStretch(1)
        fields.addWidget(self.language_label, 3, 0)
        fields.addLayout(language, 3, 1)
        fields.setColumnStretch(1, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.start_button)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.day_heading)
        layout.addWidget(self.preview)
        layout.addWidget(self.day_text)
        layout.addSpacing(12)
        layout.addWidget(self.hours_heading)
        layout.addLayout(fields)
        layout.addSpacing(10)
        layout.addWidget(self.later_hint)
        layout.addSpacing(6)
        layout.addLayout(buttons)

        for first, second in (
            (self.start_edit, self.end_edit),
            (self.end_edit, self.language_combo),
            (self.language_combo, self.start_button),
            (self.start_button, self.settings_button),
            (self.settings_button, self.skip_button),
        ):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(680)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to ritmeregie"))
        self.title_label.setText(self.tr("Welcome to ritmeregie"))
        self.intro.setText(
            self.tr(
                "A calm rhythm for your working day. ritmeregie waits in the tray and nudges "
                "you at the right moments, so your own work gets its time between everyone "
                "else's requests."
            )
        )
        self.day_heading.setText(self.tr("Your day, in blocks"))
        self.day_text.setText(
            self.tr(
                "The day start sets three must-do's and one call. Rituals keep their own time; "
                "the free time between them becomes focus blocks with a short reset after each. "
                "Your own agenda always wins: a ritual that collides moves."
            )
        )
        self.hours_heading.setText(self.tr("Make it yours"))
        self.hours_label.setText(self.tr("Work &hours:"))
        self.to_label.setText(self.tr("to"))
        self.start_edit.setAccessibleName(self.tr("Work hours start"))
        self.end_edit.setAccessibleName(self.tr("Work hours end"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(time_format())
        self.hours_hint.setText(
            self.tr("For every working day; the day start and the end-of-day rituals move along.")
        )
        self.language_label.setText(self.tr("&Language:"))
        system = LANGUAGE_NAMES[system_language()]
        self.language_combo.setItemText(
            0, self.tr("Like the system ({language})").format(language=system)
        )
        self.language_combo.setItemText(1, LANGUAGE_NAMES["nl"])
        self.language_combo.setItemText(2, LANGUAGE_NAMES["en"])
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.later_hint.setText(
            self.tr("Everything here can be changed later in Settings, from the tray menu.")
        )
        self.skip_button.setText(self.tr("S&kip"))
        self.settings_button.setText(self.tr("Adjust the &rhythm…"))
        self.start_button.setText(self.tr("&Start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fit_height()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Every wrapped line visible: a top-level dialog does not grow for wrapped labels by
        itself, and a longer language needs more lines. Each wrapped label asks for the height
        its text needs at the width it has; the dialog grows to hold them."""
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisibleTo(self):
                label.setMinimumHeight(label.heightForWidth(min(label.width(), width) or width))
        needed = self._layout.totalMinimumSize().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- the draft ------------------------------------------------------------------------------

    def chosen_week(self) -> WeekDraft:
        """The week with the chosen work hours on every working day (rituals carried along)."""
        start, end = value_of(self.start_edit), value_of(self.end_edit)
        return dataclasses.replace(
            self._week,
            days=tuple(
                day.with_hours(start, end) if day.working else day for day in self._week.days
            ),
        )

    def _chosen_template(self) -> RhythmTemplate | None:
        week = self.chosen_week()
        found = issues(week)
        self.hours_problem.say(found[0].message if found else "")
        return None if found else to_template(week)

    def _refresh(self) -> None:
        template = self._chosen_template()
        self.preview.show_day(template or self._saved, self._weekday)
        self.start_button.setEnabled(template is not None)

    # --- slots ----------------------------------------------------------------------------------

    @Slot()
    def on_hours_changed(self) -> None:
        self._refresh()

    @Slot(int)
    def on_language_chosen(self, index: int) -> None:
        setting = str(self.language_combo.itemData(index))
        if setting != self._app.store.settings.language():
            self._app.store.settings.set("language", setting)
            self._app.apply_language(setting)

    def _save_hours(self) -> bool:
        template = self._chosen_template()
        if template is None:
            return False
        if template != self._app.store.settings.rhythm():
            self._app.store.settings.set_rhythm(template)  # saved: the app replans
        return True

    @Slot()
    def on_start(self) -> None:
        if self._save_hours():
            self.accept()

    @Slot()
    def on_open_settings(self) -> None:
        if self._save_hours():
            self.accept()
            self._app.show_window(WindowKey.SETTINGS, page="rhythm")

    @Slot(int)
    def on_finished(self, _result: int) -> None:
        # Seen is seen: Start, Skip, Esc or the close button.
        self._app.store.settings.set("first_run_done", True)


def open_welcome(app: RitmeregieApp, **_context: object) -> WelcomeDialog:
    return WelcomeDialog(app)
