"""Verzoek vastleggen: one short card with the seed's questions, saved as you type.

What is asked, for whom and by when, the real goal, what moving it affects, speed or
completeness, and an estimate. The first letter of the request makes a must-do; every later
change updates that same must-do (a debounced save, so a crash loses seconds at most). Tab walks
the fields in the order of the questions; Enter in any line, or Esc, closes the card — what was
typed is already stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.priority import Preference
from ritmeregie.storage import Intake, MustDo, StoreError

from ..date_field import DateField
from ..palette import block_colour
from ..rituals.autosave import DebouncedSaver
from ..tray_card import STRIPE_WIDTH_PX, paint_card, position_near_tray

if TYPE_CHECKING:
    from ..app import RitmeregieApp

CARD_WIDTH_PX = 480
MAX_ESTIMATE_MINUTES = 7 * 24 * 60


class RequestIntake(QWidget):
    request_saved = Signal(object)  # MustDo

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.app = app
        self.must_do_id: int | None = None
        self.setWindowTitle(self.tr("Note a request"))
        self.setMinimumWidth(CARD_WIDTH_PX)
        self._stripe = block_colour(BlockKind.DAGSTART)

        heading = QLabel(self.tr("Note a request"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.hint = QLabel(self.tr("Saved as you type · Esc closes"), self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setWordWrap(True)

        self.title = self._line(self.tr("What is asked?"), self.tr("Request"))
        self.manager = QComboBox(self)
        self.manager.setAccessibleName(self.tr("For whom"))
        self.needed_by = DateField(app.controller.today, app.controller.today(), self)
        self.needed_by.setAccessibleName(self.tr("Needed by"))
        self.goal = self._line(self.tr("What is the real goal?"), self.tr("Goal"))
        self.needed_for = self._line(
            self.tr("Who is it for in the end?"), self.tr("For whom in the end")
        )
        self.impact = self._line(
            self.tr("What does moving it affect?"), self.tr("Moving it affects")
        )
        self.prefer = QComboBox(self)
        self.prefer.setAccessibleName(self.tr("Speed or completeness"))
        self.prefer.addItem(self.tr("No preference"), None)
        self.prefer.addItem(self.tr("Speed"), Preference.SPEED.value)
        self.prefer.addItem(self.tr("Completeness"), Preference.COMPLETENESS.value)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_ESTIMATE_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not estimated"))
        self.minutes.setAccessibleName(self.tr("Estimate in minutes"))
        self.urgent = QCheckBox(self.tr("&Urgent"), self)
        self.important = QCheckBox(self.tr("&Important"), self)
        marks = QHBoxLayout()
        marks.addWidget(self.urgent)
        marks.addWidget(self.important)
        marks.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Request"), self.title)
        form.addRow(self.tr("For &whom"), self.manager)
        form.addRow(self.tr("Needed &by"), self.needed_by)
        form.addRow(self.tr("&Goal"), self.goal)
        form.addRow(self.tr("For whom in the &end"), self.needed_for)
        form.addRow(self.tr("Moving it &affects"), self.impact)
        form.addRow(self.tr("S&peed or completeness"), self.prefer)
        form.addRow(self.tr("E&stimate"), self.minutes)
        form.addRow("", marks)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(STRIPE_WIDTH_PX + 14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        self.setFocusProxy(self.title)

        self.saver = DebouncedSaver(self._save, parent=self)
        self.saver.watch(
            self.title,
            self.manager,
            self.needed_by,
            self.goal,
            self.needed_for,
            self.impact,
            self.prefer,
            self.minutes,
            self.urgent,
            self.important,
        )
        self.saver.watch_window(self)
        self._start_afresh()

    def _line(self, placeholder: str, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(name)
        line.returnPressed.connect(self.close)
        return line

    # --- saving ---------------------------------------------------------------------------------

    def _save(self) -> None:
        title = self.title.text().strip()
        if not title:
            return  # nothing asked yet: nothing to keep
        manager_id = self.manager.currentData()
        minutes = self.minutes.value() or None
        intake = Intake(
            goal=self.goal.text(),
            needed_for=self.needed_for.text(),
            impact=self.impact.text(),
            prefer=Preference(self.prefer.currentData()) if self.prefer.currentData() else None,
        )
        must_dos = self.app.store.must_dos
        try:
            if self.must_do_id is None:
                item: MustDo = must_dos.add(
                    title,
                    urgent=self.urgent.isChecked(),
                    important=self.important.isChecked(),
                    deadline=self.needed_by.value(),
                    manager_id=manager_id,
                    estimate_minutes=minutes,
                    intake=intake,
                )
                self.must_do_id = item.id
            else:
                must_dos.rename(self.must_do_id, title)
                must_dos.set_priority(
                    self.must_do_id,
                    urgent=self.urgent.isChecked(),
                    important=self.important.isChecked(),
                )
                item = must_dos.set_request(
                    self.must_do_id,
                    manager_id=manager_id,
                    estimate_minutes=minutes,
                    deadline=self.needed_by.value(),
                    intake=intake,
                )
        except StoreError as exc:
            self.hint.setText(self.tr("Not saved: {reason}").format(reason=exc))
            raise
        self.hint.setText(self.tr("Saved · Esc closes"))
        self.request_saved.emit(item)

    # --- showing --------------------------------------------------------------------------------

    def _start_afresh(self) -> None:
        with self.saver.loading():
            self.must_do_id = None
            for line in (self.title, self.goal, self.needed_for, self.impact):
                line.clear()
            self.needed_by.set_value(None)
            self.prefer.setCurrentIndex(0)
            self.minutes.setValue(0)
            self.urgent.setChecked(False)
            self.important.setChecked(False)
            self.manager.clear()
            self.manager.addItem(self.tr("Nobody in particular"), None)
            default_index = 0
            for manager in self.app.store.managers.all():
                self.manager.addItem(manager.name, manager.id)
                if manager.is_default:
                    default_index = self.manager.count() - 1
            self.manager.setCurrentIndex(default_index)
        self.hint.setText(self.tr("Saved as you type · Esc closes"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def bring_forward(self) -> None:
        if not self.isVisible():
            self._start_afresh()
        self.adjustSize()
        self.move(position_near_tray(self.size(), self.app.tray_geometry()))
        self.show()
        self.raise_()
        self.activateWindow()
        self.title.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_card(self, self._stripe)


def open_request_intake(app: RitmeregieApp) -> RequestIntake:
    return RequestIntake(app)
