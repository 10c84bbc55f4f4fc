"""Settings → Calendars: her e-mail address, so an invite she declined in her own calendar is no
meeting. Empty: the address her own calendar's file shows (it is read from its invites)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ritmeregie.domain.model import LayerRole
from ritmeregie.storage import SettingsError

from .fields import ProblemLabel, hint

if TYPE_CHECKING:
    from ritmeregie.storage import Store
    from ritmeregie.storage.calendars import CalendarSource


class OwnAddressField(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.label = QLabel(self)
        self.edit = QLineEdit(store.settings.own_address(), self)
        self.edit.setMaxLength(200)
        self.label.setBuddy(self.edit)
        self.hint = hint(self)
        self.problem = ProblemLabel(self.edit, self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        self.edit.editingFinished.connect(self.on_edited)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("My e-mail &address:"))
        self.edit.setAccessibleName(self.tr("My e-mail address"))
        self.hint.setText(
            self.tr(
                "An invite you declined in your own calendar is no meeting. Empty: the address "
                "your calendar's invites show."
            )
        )

    def show_learned(self, source: CalendarSource | None) -> None:
        """The address read from her own calendar, as the empty field's placeholder."""
        learned = [
            s.address
            for s in self.store.calendars.sources()
            if s.role is LayerRole.OWN and s.address
        ]
        self.edit.setPlaceholderText(learned[0] if learned else "")

    @Slot()
    def on_edited(self) -> None:
        text = self.edit.text().strip()
        if text == self.store.settings.own_address():
            return
        try:
            self.store.settings.set("own_address", text)
        except SettingsError:
            self.problem.say(self.tr("'{text}' is not an e-mail address.").format(text=text))
            return
        self.problem.say("")
