"""The daily reflection: three questions and energy 1 to 5, with a gentle 5 to 10 minute timer.

The timer only informs: it counts the minutes, says when five have passed and when ten have, and
never closes or locks anything. Every keystroke is saved (debounced, and at once on focus-out and
close), so a crash or a closed laptop loses nothing.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.model import BlockKind
from ritmeregie.services.vocabulary import long_date
from ritmeregie.storage import Store

from ..palette import BLOCK_COLOURS
from .autosave import DebouncedSaver

if TYPE_CHECKING:
    from ..app import RitmeregieApp

SOFT_MINUTES = 5  # "take 5 to 10 minutes": from here on it is fine to round off
FULL_MINUTES = 10  # a good moment to stop; nothing stops
TICK_MS = 1_000


class ReflectionDialog(QDialog):
    def __init__(
        self, store: Store, clock: Clock, date: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.clock = clock
        self.date = date
        self.started_at = clock.monotonic()
        self.setWindowTitle(self.tr("Reflection — ritmeregie"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saver = DebouncedSaver(self.save, parent=self)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.on_tick)
        self._build()
        self.saver.watch(self.satisfied_edit, self.less_edit, self.differently_edit)
        self.saver.watch(self.energy_group)
        self.energy_group.idToggled.connect(self.on_energy_toggled)
        self.saver.watch_window(self)
        self.load()
        self.on_tick()
        self.resize(620, 640)

    def _build(self) -> None:
        self._questions: list[tuple[QLabel, QPlainTextEdit]] = []
        title = QLabel(self.tr("Reflection"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        self.date_label = QLabel(long_date(self.date), self)
        intro = QLabel(
            self.tr("Five to ten minutes for your own day. Short answers are fine."), self
        )
        intro.setWordWrap(True)

        self.timer_label = QLabel(self)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.setAccessibleName(self.tr("Time spent on this reflection"))
        self.timer_bar = QProgressBar(self)
        self.timer_bar.setRange(0, FULL_MINUTES * 60)
        self.timer_bar.setTextVisible(False)
        self.timer_bar.setFixedHeight(6)
        self.timer_bar.setAccessibleName(self.tr("Reflection time, up to ten minutes"))
        teal = BLOCK_COLOURS[BlockKind.REFLECTION]
        self.timer_bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 3px; background: palette(midlight); }"
            f"QProgressBar::chunk {{ border-radius: 3px; background: {teal}; }}"
        )

        self.satisfied_edit = self._question(self.tr("What am I &satisfied with?"))
        self.less_edit = self._question(self.tr("What am I &less satisfied with?"))
        self.differently_edit = self._question(self.tr("What will I do &differently?"))

        energy_label = QLabel(self.tr("&Energy"), self)
        energy_font = energy_label.font()
        energy_font.setBold(True)
        energy_label.setFont(energy_font)
        self.energy_group = QButtonGroup(self)
        self.energy_buttons: list[QRadioButton] = []
        # The label's buddy is the row, not a button: a mnemonic on a button would click it
        # (and set energy 1); on the row it only moves the focus there.
        self.energy_row_widget = QWidget(self)
        energy_row = QHBoxLayout(self.energy_row_widget)
        energy_row.setContentsMargins(0, 0, 0, 0)
        energy_row.setSpacing(14)
        for value in range(1, 6):
            button = QRadioButton(str(value), self.energy_row_widget)
            button.setAccessibleName(self.tr("Energy {value} of 5").format(value=value))
            self.energy_group.addButton(button, value)
            self.energy_buttons.append(button)
            energy_row.addWidget(button)
        hint = QLabel(self.tr("1 = running on empty · 5 = full of energy"), self.energy_row_widget)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        energy_row.addSpacing(10)
        energy_row.addWidget(hint)
        energy_row.addStretch(1)
        self.energy_row_widget.setFocusProxy(self.energy_buttons[0])
        self.energy_row_widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        energy_label.setBuddy(self.energy_row_widget)

        self.saved_label = QLabel(self.tr("Saved as you type."), self)
        self.saved_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setAutoDefault(False)
        self.done_button.setToolTip(self.tr("Ctrl+Enter · everything is saved as you type"))
        self.done_button.clicked.connect(self.accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        head_text.addWidget(title)
        head_text.addWidget(self.date_label)
        head.addLayout(head_text, 1)
        head.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.timer_bar)
        layout.addSpacing(4)
        layout.addWidget(intro)
        for label, edit in self._questions:
            layout.addSpacing(8)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
        layout.addSpacing(8)
        layout.addWidget(energy_label)
        layout.addWidget(self.energy_row_widget)
        layout.addSpacing(12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)

        chain: list[QWidget] = [edit for _label, edit in self._questions]
        chain += [*self.energy_buttons[:1], self.done_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _question(self, text: str) -> QPlainTextEdit:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)  # Tab moves on; the dialog is usable by keyboard alone
        edit.setAccessibleName(label.text().replace("&", ""))
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        label.setBuddy(edit)
        self._questions.append((label, edit))
        return edit

    # -- store ---------------------------------------------------------------------------------

    def load(self) -> None:
        reflection = self.store.reflections.get(self.date)
        with self.saver.loading():
            self.satisfied_edit.setPlainText(reflection.satisfied if reflection else "")
            self.less_edit.setPlainText(reflection.less_satisfied if reflection else "")
            self.differently_edit.setPlainText(reflection.differently if reflection else "")
            if reflection is not None and reflection.energy is not None:
                self.energy_buttons[reflection.energy - 1].setChecked(True)

    @Slot(int, bool)
    def on_energy_toggled(self, value: int, checked: bool) -> None:
        if checked:  # the mnemonic lands on the chosen value from now on
            self.energy_row_widget.setFocusProxy(self.energy_buttons[value - 1])

    def energy(self) -> int | None:
        value = self.energy_group.checkedId()
        return value if 1 <= value <= 5 else None

    def save(self) -> None:
        self.store.reflections.save(
            self.date,
            self.satisfied_edit.toPlainText(),
            self.less_edit.toPlainText(),
            self.differently_edit.toPlainText(),
            self.energy(),
        )

    # -- the gentle timer ----------------------------------------------------------------------

    def elapsed_seconds(self) -> int:
        return max(0, int(self.clock.monotonic() - self.started_at))

    @Slot()
    def on_tick(self) -> None:
        seconds = self.elapsed_seconds()
        minutes = seconds // 60
        self.timer_bar.setValue(min(seconds, FULL_MINUTES * 60))
        if minutes < SOFT_MINUTES:
            text = self.tr("{minutes} min · take 5 to 10 minutes")
        elif minutes < FULL_MINUTES:
            text = self.tr("{minutes} min · round off when you are ready")
        else:
            text = self.tr("{minutes} min · a good moment to stop")
        self.timer_label.setText(text.format(minutes=minutes))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ticker.start()
        self.on_tick()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ticker.stop()

    def set_context(self, date: dt.date | None = None, **_context: object) -> None:
        """Asked again for another day: keep what was typed, then show that day."""
        if date is not None and date != self.date:
            self.saver.flush()
            self.date = date
            self.date_label.setText(long_date(date))
            self.load()

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        if not self.satisfied_edit.toPlainText():
            self.satisfied_edit.setFocus()


def open_reflection(
    app: RitmeregieApp, date: dt.date | None = None, **_context: object
) -> ReflectionDialog:
    return ReflectionDialog(app.store, app.clock, date or app.controller.today())
