"""What a calendar layer is to her: her own (its events are her meetings), a manager's (context,
or blocking), or context (holidays, a rota). One chooser for the import dialog and Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from ritmeregie.domain.model import LayerRole

ORDER = (LayerRole.CONTEXT, LayerRole.MANAGER, LayerRole.OWN)


def role_choice(role: LayerRole) -> str:
    texts = {
        LayerRole.OWN: QCoreApplication.translate(
            "CalendarRoles", "My own calendar: its events are my meetings"
        ),
        LayerRole.MANAGER: QCoreApplication.translate("CalendarRoles", "A manager's calendar"),
        LayerRole.CONTEXT: QCoreApplication.translate(
            "CalendarRoles", "Context (holidays, a rota)"
        ),
    }
    return texts[role]


def role_name(role: LayerRole, blocking: bool) -> str:
    """The short word in the list of layers."""
    if role is LayerRole.OWN:
        return QCoreApplication.translate("CalendarRoles", "My meetings")
    if blocking:
        return QCoreApplication.translate("CalendarRoles", "Blocks focus")
    if role is LayerRole.MANAGER:
        return QCoreApplication.translate("CalendarRoles", "Manager, context")
    return QCoreApplication.translate("CalendarRoles", "Context")


class RoleChooser(QWidget):
    """The role, and (for a manager's calendar) whether it blocks her focus time.

    Ticking "blocks" on a context layer makes it a manager's calendar: only those block."""

    changed = Signal(object, bool)  # LayerRole, blocking

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(
            QCoreApplication.translate("CalendarRoles", "Role of the calendar")
        )
        for role in ORDER:
            self.role_combo.addItem(role_choice(role), role.value)
        self.blocking_box = QCheckBox(
            QCoreApplication.translate("CalendarRoles", "&Blocks my focus time"), self
        )
        self.blocking_box.setToolTip(
            QCoreApplication.translate(
                "CalendarRoles",
                "On: no focus blocks or rituals during its events. Off: shown for context.",
            )
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.role_combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.blocking_box)
        QWidget.setTabOrder(self.role_combo, self.blocking_box)
        self.setFocusProxy(self.role_combo)
        self.role_combo.currentIndexChanged.connect(self.on_role_changed)
        self.blocking_box.toggled.connect(self.on_blocking_toggled)

    def role(self) -> LayerRole:
        return LayerRole(str(self.role_combo.currentData()))

    def value(self) -> tuple[LayerRole, bool]:
        role = self.role()
        return role, role is LayerRole.MANAGER and self.blocking_box.isChecked()

    def set_value(self, role: LayerRole, blocking: bool) -> None:
        for widget in (self.role_combo, self.blocking_box):
            widget.blockSignals(True)
        self.role_combo.setCurrentIndex(ORDER.index(role))
        self.blocking_box.setChecked(blocking and role is LayerRole.MANAGER)
        self.blocking_box.setEnabled(role is not LayerRole.OWN)
        for widget in (self.role_combo, self.blocking_box):
            widget.blockSignals(False)

    @Slot(int)
    def on_role_changed(self, _index: int) -> None:
        role = self.role()
        self.blocking_box.setEnabled(role is not LayerRole.OWN)
        if role is not LayerRole.MANAGER and self.blocking_box.isChecked():
            self.blocking_box.blockSignals(True)
            self.blocking_box.setChecked(False)
            self.blocking_box.blockSignals(False)
        self.changed.emit(*self.value())

    @Slot(bool)
    def on_blocking_toggled(self, checked: bool) -> None:
        if checked and self.role() is LayerRole.CONTEXT:
            self.role_combo.blockSignals(True)
            self.role_combo.setCurrentIndex(ORDER.index(LayerRole.MANAGER))
            self.role_combo.blockSignals(False)
        self.changed.emit(*self.value())
