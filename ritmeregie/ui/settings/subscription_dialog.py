"""Settings → Calendars: the dialog that subscribes to a calendar by its https address."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.services.calendars import CalendarError

from .fields import ProblemLabel, hint

DEFAULT_EVERY_MINUTES = 60


class SubscriptionDialog(QDialog):
    """Name, https address, how often, and whether the layer blocks."""

    def __init__(self, existing: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._existing = existing
        self.setWindowTitle(self.tr("Subscribe to a calendar"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(80)
        self.name_edit.setAccessibleName(self.tr("Name of the calendar"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(
            "https://outlook.office365.com/owa/calendar/…/calendar.ics"
        )
        self.url_edit.setAccessibleName(self.tr("Web address of the calendar"))
        self.every_spin = QSpinBox(self)
        self.every_spin.setRange(5, 24 * 60)
        self.every_spin.setSingleStep(15)
        self.every_spin.setValue(DEFAULT_EVERY_MINUTES)
        self.every_spin.setSuffix(self.tr(" min"))
        self.every_spin.setAccessibleName(self.tr("Refresh every (minutes)"))
        self.blocking_box = QCheckBox(self.tr("&Blocks my focus time"), self)
        self.problem = ProblemLabel(self.url_edit, self)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Address:"), self.url_edit),
            (self.tr("Refresh &every:"), self.every_spin),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.blocking_box)
        explain = hint(self)
        explain.setText(
            self.tr(
                "Outlook: Settings → Calendar → Shared calendars → Publish a calendar, ICS link. "
                "Google: Settings of the calendar → Secret address in iCal format."
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Subscribe"))
        self.buttons.accepted.connect(self.on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(explain)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @Slot()
    def on_accept(self) -> None:
        from ritmeregie.services.calendars.fetch import normalise_url

        name = " ".join(self.name_edit.text().split())
        if not name:
            self.problem.say(self.tr("A calendar needs a name."))
            self.name_edit.setFocus()
            return
        if name in self._existing:
            self.problem.say(
                self.tr("There is already a calendar named '{name}'.").format(name=name)
            )
            self.name_edit.setFocus()
            return
        try:
            normalise_url(self.url_edit.text())
        except CalendarError as exc:
            self.problem.say(str(exc))
            self.url_edit.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, str, int, bool]:
        from ritmeregie.services.calendars.fetch import normalise_url

        return (
            " ".join(self.name_edit.text().split()),
            normalise_url(self.url_edit.text()),
            self.every_spin.value(),
            self.blocking_box.isChecked(),
        )
