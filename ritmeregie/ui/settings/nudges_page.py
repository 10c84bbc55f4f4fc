"""Settings → Nudges: how early a heads-up comes, how long "Later" waits, sound, the nudge window.

Each change is saved at once; the heads-up also replans, so tonight's jobs follow right away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from ritmeregie.storage.settings import SPECS

from .fields import heading, hint, minutes_spin

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp

KEYS = ("heads_up_minutes", "snooze_minutes", "sound", "nudge_window")


class NudgesPage(QWidget):
    setting_saved = Signal(str, object)  # key, value

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._build()
        self.retranslate_ui()
        self._load()

    def _build(self) -> None:
        self.title_label = heading(self)
        self.intro = hint(self)
        self.heads_up_label = QLabel(self)
        self.heads_up_spin = minutes_spin(self, 0, 60)
        self.heads_up_hint = hint(self)
        self.heads_up_label.setBuddy(self.heads_up_spin)
        self.snooze_label = QLabel(self)
        self.snooze_spin = minutes_spin(self, 1, 120)
        self.snooze_hint = hint(self)
        self.snooze_label.setBuddy(self.snooze_spin)
        self.window_check = QCheckBox(self)
        self.window_hint = hint(self)
        self.sound_check = QCheckBox(self)
        self.sound_hint = hint(self)

        self.heads_up_spin.valueChanged.connect(self.on_heads_up_changed)
        self.snooze_spin.valueChanged.connect(
            lambda value: self._save("snooze_minutes", int(value))
        )
        self.window_check.toggled.connect(lambda on: self._save("nudge_window", bool(on)))
        self.sound_check.toggled.connect(lambda on: self._save("sound", bool(on)))

        # The indent of a checkbox's text, so hints line up under it.
        indent = self.window_check.sizeHint().height() + 4
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.heads_up_label, 0, 0)
        grid.addWidget(self.heads_up_spin, 0, 1)
        grid.addWidget(self.heads_up_hint, 1, 0, 1, 3)
        grid.setRowMinimumHeight(2, 10)
        grid.addWidget(self.snooze_label, 3, 0)
        grid.addWidget(self.snooze_spin, 3, 1)
        grid.addWidget(self.snooze_hint, 4, 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addSpacing(14)
        layout.addWidget(self.window_check)
        self.window_hint.setContentsMargins(indent, 0, 0, 0)
        layout.addWidget(self.window_hint)
        layout.addSpacing(8)
        layout.addWidget(self.sound_check)
        self.sound_hint.setContentsMargins(indent, 0, 0, 0)
        layout.addWidget(self.sound_hint)
        layout.addStretch(1)

        QWidget.setTabOrder(self.heads_up_spin, self.snooze_spin)
        QWidget.setTabOrder(self.snooze_spin, self.window_check)
        QWidget.setTabOrder(self.window_check, self.sound_check)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Nudges"))
        self.intro.setText(
            self.tr(
                "ritmeregie nudges you when a block begins, and asks for an answer where one "
                "helps. Choose how loud and how early."
            )
        )
        self.heads_up_label.setText(self.tr("&Heads-up:"))
        self.heads_up_spin.setSuffix(self.tr(" min before"))
        self.heads_up_spin.setSpecialValueText(self.tr("None"))
        self.heads_up_spin.setAccessibleName(self.tr("Heads-up in minutes before"))
        self.heads_up_hint.setText(
            self.tr("Before a meeting, a call and the quiet quarter, so you can round off.")
        )
        self.snooze_label.setText(self.tr("&Later waits:"))
        self.snooze_spin.setSuffix(self.tr(" min"))
        self.snooze_spin.setAccessibleName(self.tr("Minutes that Later waits"))
        self.snooze_hint.setText(self.tr("How long a nudge you answer with Later stays away."))
        self.window_check.setText(self.tr("Ask with the &nudge window"))
        self.window_hint.setText(
            self.tr(
                "A small window with Start · Later · Skip for the moments that need an answer. "
                "Off: a notification only."
            )
        )
        self.sound_check.setText(self.tr("Play a &sound with a nudge"))
        self.sound_hint.setText(self.tr("The system's alert sound, once per nudge."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load(self) -> None:
        settings = self._app.store.settings
        widgets = (self.heads_up_spin, self.snooze_spin, self.window_check, self.sound_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.heads_up_spin.setValue(settings.heads_up_minutes())
        self.snooze_spin.setValue(settings.snooze_minutes())
        self.window_check.setChecked(settings.nudge_window())
        self.sound_check.setChecked(settings.sound())
        for widget in widgets:
            widget.blockSignals(False)

    def _save(self, key: str, value: Any) -> bool:
        if self._app.store.settings.get(key) == value:
            return False
        self._app.store.settings.set(key, value)
        self.setting_saved.emit(key, value)
        return True

    @Slot(int)
    def on_heads_up_changed(self, minutes: int) -> None:
        # The heads-up moments are jobs of today's plan: the saved setting replans them
        # (the app replans on every commit).
        self._save("heads_up_minutes", int(minutes))

    def restore_defaults(self) -> Callable[[], None]:
        settings = self._app.store.settings
        before = {key: settings.get(key) for key in KEYS}
        self._apply({key: SPECS[key].default for key in KEYS})

        def undo() -> None:
            self._apply(before)

        return undo

    def _apply(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self._save(key, value)  # each saved one replans (once, together): ui/store_changes
        self._load()
