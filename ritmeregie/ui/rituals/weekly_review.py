"""The weekly review with the manager (Monday block): last week, the coming week, notes, Markdown.

The summary is generated from the store each time the dialog opens (or Refresh is pressed), by
ritmeregie/services/review_summary.py: the must-do's done, the DADU's with open actions and the frictions
fixed last week, highlights from the reflections, and the coming week's agenda (with the managers'
calendar layers) and deadlines. Opened in the weekend, it is about the coming week. The notes for
the conversation are saved as they are typed; "Copy as Markdown" puts the whole review on the
clipboard.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.review import (
    ReviewLabels,
    WeeklySummary,
    render_markdown,
    review_week,
    week_start,
)
from ritmeregie.services.review_summary import build_summary
from ritmeregie.storage.reviews import ReviewKind

from ..controller import RhythmController
from ..window_keys import WindowKey
from .autosave import DebouncedSaver
from .must_do_slot import date_in_sentence

if TYPE_CHECKING:
    from ..app import RitmeregieApp

COPIED_MS = 3_000


def review_labels() -> ReviewLabels:
    """The Markdown's words in the user's language."""

    # Literal contexts, so lupdate finds every string.
    return ReviewLabels(
        title=QCoreApplication.translate("WeeklyReview", "Weekly review — week of {date}"),
        last_week=QCoreApplication.translate("WeeklyReview", "Last week"),
        coming_week=QCoreApplication.translate("WeeklyReview", "Coming week"),
        done_must_dos=QCoreApplication.translate("WeeklyReview", "Must-dos done"),
        open_actions=QCoreApplication.translate("WeeklyReview", "DADU: open actions"),
        fixed_frictions=QCoreApplication.translate("WeeklyReview", "Frictions fixed"),
        highlights=QCoreApplication.translate("WeeklyReview", "Highlights from my reflections"),
        energy=QCoreApplication.translate("WeeklyReview", "Average energy: {energy} / 5"),
        agenda=QCoreApplication.translate("WeeklyReview", "Agenda"),
        deadlines=QCoreApplication.translate("WeeklyReview", "Deadlines"),
        notes=QCoreApplication.translate("WeeklyReview", "Notes for the conversation"),
        nothing=QCoreApplication.translate("WeeklyReview", "Nothing."),
        owner=QCoreApplication.translate("WeeklyReview", "owner: {owner}"),
        deadline=QCoreApplication.translate("WeeklyReview", "deadline {date}"),
        all_day=QCoreApplication.translate("WeeklyReview", "all day"),
        weekdays=(
            QCoreApplication.translate("WeeklyReview", "Mon"),
            QCoreApplication.translate("WeeklyReview", "Tue"),
            QCoreApplication.translate("WeeklyReview", "Wed"),
            QCoreApplication.translate("WeeklyReview", "Thu"),
            QCoreApplication.translate("WeeklyReview", "Fri"),
            QCoreApplication.translate("WeeklyReview", "Sat"),
            QCoreApplication.translate("WeeklyReview", "Sun"),
        ),
        decimal_point=QLocale().decimalPoint(),
    )


class WeeklyReviewDialog(QDialog):
    plan_requested = Signal()

    def __init__(
        self, controller: RhythmController, week: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.store = controller.store
        self.week = week_start(week)
        self.setWindowTitle(self.tr("Weekly review — ritmeregie"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saver = DebouncedSaver(self.save, parent=self)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self.on_copied_expired)
        self._build()
        self.saver.watch(self.notes_edit)
        self.saver.watch_window(self)
        self.load()
        self.resize(940, 640)

    def _build(self) -> None:
        title = QLabel(self.tr("Weekly review with your manager"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        self.week_label = QLabel(self)
        intro = QLabel(
            self.tr("What happened last week, what is coming: ready to talk through."), self
        )
        intro.setWordWrap(True)

        # Several managers: the summary of one of them (their requests, DADUs and calendar).
        self.manager_box = QComboBox(self)
        self.manager_box.setAccessibleName(self.tr("Whose week"))
        self.manager_box.currentIndexChanged.connect(self.refresh_summary)
        summary_heading = QLabel(self.tr("&Summary"), self)
        self.summary_view = QTextBrowser(self)
        self.summary_view.setOpenLinks(False)
        self.summary_view.setAccessibleName(self.tr("Summary of last week and the coming week"))
        summary_heading.setBuddy(self.summary_view)
        notes_heading = QLabel(self.tr("&Notes for the conversation"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("What do you want to raise? Questions, choices, holidays…")
        )
        self.notes_edit.setAccessibleName(self.tr("Notes for the conversation"))
        notes_heading.setBuddy(self.notes_edit)
        for heading in (summary_heading, notes_heading):
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)

        left = QVBoxLayout()
        left.addWidget(self.manager_box)
        left.addWidget(summary_heading)
        left.addWidget(self.summary_view, 1)
        right = QVBoxLayout()
        right.addWidget(notes_heading)
        right.addWidget(self.notes_edit, 1)
        for column in (left, right):
            column.setSpacing(6)  # else they take the 20 between the columns from `body`
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        self.copied_label = QLabel(self)
        self.copied_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh_summary)
        self.copy_button = QPushButton(self.tr("&Copy as Markdown"), self)
        self.copy_button.setToolTip(self.tr("Ctrl+Shift+C · pastes cleanly into Teams or Outlook"))
        self.copy_button.clicked.connect(self.on_copy)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setToolTip(self.tr("Ctrl+Enter · your notes are saved as you type"))
        self.done_button.clicked.connect(self.accept)
        # The review looks ahead: next week's must-do's are planned in the Week window.
        self.plan_button = QPushButton(self.tr("&Plan next week…"), self)
        self.plan_button.clicked.connect(self.plan_requested)
        for button in (self.refresh_button, self.copy_button, self.plan_button, self.done_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self).activated.connect(self.on_copy)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copied_label, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.plan_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.week_label)
        layout.addWidget(intro)
        layout.addSpacing(10)
        layout.addLayout(body, 1)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.notes_edit, self.summary_view)
        QWidget.setTabOrder(self.summary_view, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.plan_button)
        QWidget.setTabOrder(self.copy_button, self.done_button)

    # -- store ---------------------------------------------------------------------------------

    def load(self) -> None:
        self._fill_managers()
        self.week_label.setText(self.tr("Week of {date}").format(date=date_in_sentence(self.week)))
        with self.saver.loading():
            self.notes_edit.setPlainText(
                self.store.reviews.get(ReviewKind.WEEKLY_REVIEW, self.week)
            )
        self.refresh_summary()

    def summary(self) -> WeeklySummary:
        return build_summary(
            self.store, self.controller.tz, self.week, self.notes_edit.toPlainText()
        )

    def markdown(self) -> str:
        manager = self.manager_review()
        if manager is not None:
            return manager
        return render_markdown(self.summary(), review_labels())

    def _fill_managers(self) -> None:
        managers = self.store.managers.all()
        chosen = self.manager_box.currentData()
        self.manager_box.blockSignals(True)
        self.manager_box.clear()
        self.manager_box.addItem(self.tr("The whole week"), None)
        for manager in managers:
            self.manager_box.addItem(self.tr("With {name}").format(name=manager.name), manager.id)
        self.manager_box.setCurrentIndex(max(0, self.manager_box.findData(chosen)))
        self.manager_box.blockSignals(False)
        self.manager_box.setVisible(len(managers) >= 2)

    def show_manager(self, manager_id: int) -> None:
        """Filter to one manager (their review slot's nudge); an unknown id keeps the choice."""
        index = self.manager_box.findData(manager_id)
        if index >= 0:
            self.manager_box.setCurrentIndex(index)  # refreshes the summary

    def manager_review(self) -> str | None:
        """The chosen manager's own review as Markdown (None: the whole week)."""
        from ritmeregie.services.manager_review import build_manager_review, render_manager_markdown

        manager_id = self.manager_box.currentData()
        manager = self.store.managers.get(manager_id) if manager_id is not None else None
        if manager is None:
            return None
        review = build_manager_review(self.store, self.controller.tz, manager, self.week)
        return render_manager_markdown(review)

    @Slot()
    def refresh_summary(self) -> None:
        # The view shows the facts; the notes have their own field next to it.
        text = self.manager_review()
        if text is None:
            facts = build_summary(self.store, self.controller.tz, self.week)
            text = render_markdown(facts, review_labels())
        body = text.split("\n", 2)[2]  # the title is already the dialog's heading
        # One step smaller headings: a calm list inside the dialog, not a document.
        body = "\n".join("#" + line if line.startswith("##") else line for line in body.split("\n"))
        scroll = self.summary_view.verticalScrollBar().value()
        self.summary_view.setMarkdown(body)
        self.summary_view.verticalScrollBar().setValue(scroll)

    def save(self) -> None:
        self.store.reviews.save(ReviewKind.WEEKLY_REVIEW, self.week, self.notes_edit.toPlainText())

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    def on_copy(self) -> None:
        self.saver.flush()
        QGuiApplication.clipboard().setText(self.markdown())
        self.copied_label.setText(self.tr("Copied. Paste it in Teams, Outlook or OneNote."))
        self._copied_timer.start()

    @Slot()
    def on_copied_expired(self) -> None:
        self.copied_label.clear()

    def set_context(
        self, week: dt.date | None = None, manager_id: int | None = None, **_context: object
    ) -> None:
        if manager_id is not None:
            self.show_manager(manager_id)
        if week is not None and week_start(week) != self.week:
            self.saver.flush()
            self.week = week_start(week)
            self.load()
        else:
            self.refresh_summary()

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.notes_edit.setFocus()


def open_weekly_review(
    app: RitmeregieApp,
    week: dt.date | None = None,
    manager_id: int | None = None,
    **_context: object,
) -> WeeklyReviewDialog:
    # Opened in the weekend it prepares the coming week; on a working day it is this week's.
    dialog = WeeklyReviewDialog(app.controller, week or review_week(app.controller.today()))
    if manager_id is not None:
        dialog.show_manager(manager_id)
    dialog.plan_requested.connect(lambda: app.show_window(WindowKey.WEEK, plan_next_week=True))
    return dialog
