"""Settings → Managers: who you work for, their colour, calendar layers and weekly review slot.

Every change is saved at once. With one manager nothing else in the app changes; from the
second one on the request intake, the matrix and the conflict notice show (README: Working for
several managers). Removing a manager keeps their requests, without a manager.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTime, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.services.vocabulary import weekday_name
from ritmeregie.storage import StoreError

from .fields import ProblemLabel, heading, hint

if TYPE_CHECKING:
    from ritmeregie.storage import Store
    from ritmeregie.ui.app import RitmeregieApp

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
A_MONDAY = dt.date(2024, 1, 1)


class ManagersPage(QWidget):
    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._loading = False
        self._build()
        self.retranslate_ui()
        self.reload()

    @property
    def store(self) -> Store:
        return self._app.store

    def _build(self) -> None:
        self.title_label = heading(self)
        self.intro = hint(self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(140)
        self.list.currentRowChanged.connect(self.on_current_changed)
        self.new_name = QLineEdit(self)
        self.new_name.returnPressed.connect(self.on_add)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.on_remove)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)

        self.name_edit = QLineEdit(self)
        self.name_edit.editingFinished.connect(self.on_name_edited)
        # The swatch shows the colour and opens the colour dialog; the hex field stays for typing.
        self.color_button = QPushButton(self)
        self.color_button.clicked.connect(self.on_choose_color)
        self.color_edit = QLineEdit(self)
        self.color_edit.setMaxLength(7)
        self.color_edit.setMaximumWidth(
            self.color_edit.fontMetrics().horizontalAdvance("#MMMMMMM") + 16
        )
        self.color_edit.editingFinished.connect(self.on_color_edited)
        self.color_dialog: QColorDialog | None = None
        color_row = QHBoxLayout()
        color_row.addWidget(self.color_button)
        color_row.addWidget(self.color_edit)
        color_row.addStretch(1)
        self.layers = QListWidget(self)
        self.layers.setMaximumHeight(110)
        self.layers.itemChanged.connect(self.on_layer_toggled)
        self.review_day = QComboBox(self)
        self.review_day.currentIndexChanged.connect(self.on_review_changed)
        self.review_time = QTimeEdit(self)
        self.review_time.setDisplayFormat("HH:mm")
        self.review_time.timeChanged.connect(self.on_review_changed)
        slot = QHBoxLayout()
        slot.addWidget(self.review_day)
        slot.addWidget(self.review_time)
        slot.addStretch(1)
        self.default_check = QCheckBox(self)
        self.default_check.toggled.connect(self.on_default_toggled)
        self.problem = ProblemLabel(None, self)
        self.empty_label = hint(self)

        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.color_label = QLabel(self)
        self.color_label.setBuddy(self.color_button)
        self.layers_label = QLabel(self)
        self.layers_label.setBuddy(self.layers)
        self.review_label = QLabel(self)
        self.review_label.setBuddy(self.review_day)
        self.details = QGroupBox(self)
        self.form = QFormLayout(self.details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.color_label, color_row)
        self.form.addRow(self.layers_label, self.layers)
        self.form.addRow(self.review_label, slot)
        self.form.addRow("", self.default_check)
        for first, second in zip(self._tab_chain(), self._tab_chain()[1:], strict=False):
            QWidget.setTabOrder(first, second)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addLayout(adding)
        layout.addSpacing(8)
        layout.addWidget(self.details)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def _tab_chain(self) -> list[QWidget]:
        return [
            self.list,
            self.new_name,
            self.add_button,
            self.remove_button,
            self.name_edit,
            self.color_button,
            self.color_edit,
            self.layers,
            self.review_day,
            self.review_time,
            self.default_check,
        ]

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Managers"))
        self.intro.setText(
            self.tr(
                "Who you work for. From the second manager on, requests, the priority matrix "
                "and conflicts between their work show in the app."
            )
        )
        self.list.setAccessibleName(self.tr("Managers"))
        self.new_name.setPlaceholderText(self.tr("Name of a new manager"))
        self.new_name.setAccessibleName(self.tr("Name of a new manager"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("Re&move"))
        self.empty_label.setText(self.tr("No managers yet. Add the first one below."))
        self.name_label.setText(self.tr("&Name:"))
        self.color_label.setText(self.tr("&Colour:"))
        self.layers_label.setText(self.tr("Ca&lendars:"))
        self.review_label.setText(self.tr("&Weekly review:"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.color_button.setText(self.tr("C&hoose …"))
        self.color_button.setAccessibleName(self.tr("Choose colour"))
        self.color_edit.setAccessibleName(self.tr("Colour"))
        self.color_edit.setPlaceholderText("#RRGGBB")
        self.layers.setAccessibleName(self.tr("Calendars"))
        self.layers.setAccessibleDescription(
            self.tr("Tick the calendars that show this manager's appointments.")
        )
        self.review_day.setAccessibleName(self.tr("Weekly review day"))
        self.review_time.setAccessibleName(self.tr("Weekly review time"))
        self._show_title()
        self.default_check.setText(self.tr("&Default for new requests"))
        self.default_check.setAccessibleName(self.tr("Default for new requests"))
        with_day = self.review_day.currentIndex()
        self._loading, loading = True, self._loading
        self.review_day.clear()
        self.review_day.addItem(self.tr("No slot"), None)
        for n in range(7):
            self.review_day.addItem(weekday_name(A_MONDAY + dt.timedelta(days=n)), n)
        self.review_day.setCurrentIndex(max(0, with_day))
        self._loading = loading

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- showing --------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        current = select or self.current_name()
        self._loading = True
        self.list.clear()
        for manager in self.store.managers.all():
            QListWidgetItem(manager.name, self.list)
        self._loading = False
        names = [self.list.item(r).text() for r in range(self.list.count())]
        self.list.setCurrentRow(names.index(current) if current in names else 0)
        self._show_current()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    @Slot(int)
    def on_current_changed(self, _row: int) -> None:
        if not self._loading:
            self._show_current()

    def _show_current(self) -> None:
        name = self.current_name()
        manager = self.store.managers.find(name, exact=True) if name else None
        for widget in (
            self.name_edit,
            self.color_button,
            self.color_edit,
            self.layers,
            self.review_day,
            self.review_time,
            self.default_check,
            self.remove_button,
        ):
            widget.setEnabled(manager is not None)
        self._loading = True
        try:
            self.name_edit.setText(manager.name if manager else "")
            self.color_edit.setText(manager.color or "" if manager else "")
            self.layers.clear()
            for layer in self.store.calendars.names():
                item = QListWidgetItem(layer, self.layers)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                chosen = manager is not None and layer in manager.layers
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            weekday = manager.review_weekday if manager else None
            self.review_day.setCurrentIndex(0 if weekday is None else weekday + 1)
            at = manager.review_time if manager and manager.review_time else dt.time(9, 0)
            self.review_time.setTime(QTime(at.hour, at.minute))
            self.review_time.setEnabled(weekday is not None)
            self.default_check.setChecked(bool(manager and manager.is_default))
        finally:
            self._loading = False
        self.problem.say("")
        # An empty page says what to do instead of showing a form for nobody.
        self.empty_label.setVisible(manager is None)
        self.details.setVisible(manager is not None)
        self._show_swatch(manager.color if manager else None)
        self._show_title()

    def _show_title(self) -> None:
        self.details.setTitle(self.current_name() or "")

    def _show_swatch(self, color: str | None) -> None:
        size = self.color_button.fontMetrics().height()
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(color) if color and _COLOR.match(color) else QColor(0, 0, 0, 0))
        self.color_button.setIcon(QIcon(pixmap))
        self.color_button.setIconSize(pixmap.size())

    # --- changes, saved at once -----------------------------------------------------------------

    def _update(self, **changes: Any) -> bool:  # the keyword arguments of Managers.update
        name = self.current_name()
        if name is None or self._loading:
            return False
        try:
            updated = self.store.managers.update(name, **changes)
        except StoreError as exc:
            self.problem.say(str(exc))
            return False
        self.problem.say("")
        if updated.name != name:
            self.reload(select=updated.name)
        return True

    @Slot()
    def on_add(self) -> None:
        name = " ".join(self.new_name.text().split())
        if not name:
            return
        if self.store.managers.find(name, exact=True) is not None:
            self.problem.say(self.tr("There is already a manager called {name}.").format(name=name))
            return
        try:
            self.store.managers.add(name)
        except StoreError as exc:
            self.problem.say(str(exc))
            return
        self.new_name.clear()
        self.reload(select=name)

    @Slot()
    def on_remove(self) -> None:
        name = self.current_name()
        if name is None:
            return
        try:
            self.store.managers.remove(name)
        except StoreError as exc:
            self.problem.say(str(exc))
            return
        self.reload()

    @Slot()
    def on_name_edited(self) -> None:
        text = " ".join(self.name_edit.text().split())
        if text and text != self.current_name():
            self._update(new_name=text)

    @Slot()
    def on_color_edited(self) -> None:
        text = self.color_edit.text().strip()
        if not _COLOR.match(text):
            self.problem.say(self.tr("A colour is written as #RRGGBB, e.g. #C2185B."))
            return
        if self._update(color=text):
            self._show_swatch(text)

    @Slot()
    def on_choose_color(self) -> None:
        """Open the colour dialog (not modal-blocking, so the page stays testable and calm)."""
        current = QColor(self.color_edit.text().strip())
        dialog = QColorDialog(current if current.isValid() else QColor("#2F6FB3"), self)
        dialog.setWindowTitle(self.tr("Colour for {name}").format(name=self.current_name() or ""))
        dialog.colorSelected.connect(self.on_color_picked)
        self.color_dialog = dialog
        dialog.open()

    @Slot(QColor)
    def on_color_picked(self, color: QColor) -> None:
        if not color.isValid():
            return
        self.color_edit.setText(color.name().upper())
        self.on_color_edited()

    @Slot(QListWidgetItem)
    def on_layer_toggled(self, _item: QListWidgetItem) -> None:
        chosen = [
            self.layers.item(r).text()
            for r in range(self.layers.count())
            if self.layers.item(r).checkState() == Qt.CheckState.Checked
        ]
        self._update(layers=chosen)

    @Slot()
    def on_review_changed(self, *_args: object) -> None:
        weekday = self.review_day.currentData()
        self.review_time.setEnabled(weekday is not None)
        time = self.review_time.time()
        self._update(
            review_weekday=weekday,
            review_time=dt.time(time.hour(), time.minute()) if weekday is not None else None,
        )

    @Slot(bool)
    def on_default_toggled(self, checked: bool) -> None:
        if checked:
            self._update(default=True)
