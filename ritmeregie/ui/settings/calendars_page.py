"""Settings → Calendars: the imported layers, with add (file or subscription), refresh, remove, the
role per layer (her own, a manager's, context; a manager's may block), the last error, and her
address (for the invites she declined).

Imports run through the same CalendarImporter as a drop on Vandaag (name dialog, worker thread,
progress); subscriptions refresh through the app's CalendarSync when there is one. Every change is
saved at once and replans the day, like the other settings pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.model import LayerRole
from ritmeregie.services.calendars import CalendarError, Window, prepare_refresh, set_role
from ritmeregie.storage.calendars import CalendarSource

from ..calendar_import import CalendarImporter
from ..calendar_legend import swatch
from ..calendar_roles import RoleChooser, role_name
from ..list_helpers import current_value, ensure_current
from .caldav_panel import CaldavDialog
from .fields import ProblemLabel, heading, hint
from .own_address import OwnAddressField
from .subscription_dialog import SubscriptionDialog

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp


class CalendarsPage(QWidget):
    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.controller = app.controller
        self.store = app.store
        self.importer = CalendarImporter(self.controller, self)
        self.dialog: QDialog | None = None
        self.confirm: QMessageBox | None = None
        self._build()
        self.retranslate_ui()
        self.importer.imported.connect(self.on_changed)
        self.importer.import_failed.connect(self.on_changed)
        self.controller.plan_changed.connect(self.on_changed)
        sync = getattr(app, "calendar_sync", None)
        if sync is not None:
            sync.refreshed.connect(self.on_changed)
            sync.refresh_failed.connect(self.on_changed)
        self.reload()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = heading(self)
        self.intro = hint(self)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(170)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self.on_current_changed)
        self.empty = hint(self)

        self.add_file_button = QPushButton(self)
        self.add_url_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.caldav_button = QPushButton(self)
        self.caldav_button.clicked.connect(self.on_caldav)
        self.caldav_dialog: CaldavDialog | None = None
        self.add_file_button.clicked.connect(self.on_add_file)
        self.add_url_button.clicked.connect(self.on_add_subscription)
        self.refresh_button.clicked.connect(self.on_refresh)
        self.remove_button.clicked.connect(self.on_remove)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (
            self.add_file_button,
            self.add_url_button,
            self.refresh_button,
            self.remove_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.caldav_button.setAutoDefault(False)
        buttons.addWidget(self.caldav_button)

        self.roles = RoleChooser(self)
        self.role_combo = self.roles.role_combo
        self.blocking_box = self.roles.blocking_box
        self.roles.changed.connect(self.on_role_chosen)
        self.detail = hint(self)
        self.address = OwnAddressField(self.store, self)
        self.error = ProblemLabel(self.list, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(self.roles)
        layout.addWidget(self.detail)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(self.address)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Calendars"))
        self.intro.setText(
            self.tr(
                "Calendars as layers in Today. Your own calendar's events are your meetings; a "
                "manager's calendar that blocks keeps focus blocks and rituals out of its events; "
                "the others are shown for context. Your own agenda always blocks."
            )
        )
        self.list.setHeaderLabels(
            [self.tr("Calendar"), self.tr("Role"), self.tr("Events"), self.tr("Last update")]
        )
        self.list.setAccessibleName(self.tr("Imported calendars"))
        self.empty.setText(
            self.tr("No calendars yet. Add an exported .ics file, or drop one on Today.")
        )
        self.add_file_button.setText(self.tr("Add &file…"))
        self.add_url_button.setText(self.tr("Add &subscription…"))
        self.refresh_button.setText(self.tr("R&efresh"))
        self.remove_button.setText(self.tr("&Remove"))
        self.address.retranslate_ui()
        self.caldav_button.setText(self.tr("Ca&lDAV server…"))
        self.caldav_button.setToolTip(
            self.tr("Your agenda and must-do's on a CalDAV server, the same on every device")
        )
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- reading --------------------------------------------------------------------------------

    @Slot()
    def on_changed(self, *_args: Any) -> None:
        self.reload()

    def reload(self) -> None:
        if not hasattr(self, "list"):
            return
        selected = self.current_name()
        tz = self.controller.tz
        self.list.clear()
        for source in self.store.calendars.sources():
            role = role_name(source.role, source.blocking)
            if source.imported is not None:
                when = source.imported.astimezone(tz).strftime("%d-%m %H:%M")
            else:
                when = "—"
            if source.last_error:
                when = self.tr("{when} · problem").format(when=when)
            row = QTreeWidgetItem([source.name, role, str(source.event_count), when])
            row.setData(0, Qt.ItemDataRole.UserRole, source.name)
            row.setIcon(
                0, swatch(QColor(source.color or "#8C9094"), layer=True, blocking=source.blocking)
            )
            metrics = self.list.fontMetrics()
            row.setSizeHint(
                0, QSize(metrics.horizontalAdvance(source.name) + 40, metrics.height() + 12)
            )
            self.list.addTopLevelItem(row)
            if source.name == selected:
                self.list.setCurrentItem(row)
        has_rows = self.list.topLevelItemCount() > 0
        self.empty.setVisible(not has_rows)
        ensure_current(self.list)
        self._show_current()

    def current_name(self) -> str | None:
        value = current_value(self.list) if hasattr(self, "list") else None
        return str(value) if value is not None else None

    def current_source(self) -> CalendarSource | None:
        name = self.current_name()
        return self.store.calendars.get(name) if name else None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def on_current_changed(self, *_args: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        source = self.current_source()
        for widget in (self.refresh_button, self.remove_button, self.roles):
            widget.setEnabled(source is not None)
        if source is not None:
            self.roles.set_value(source.role, source.blocking)
        self.address.show_learned(source)
        if source is None:
            self.detail.setText("")
            self.error.say("")
            return
        lines = []
        if source.url:
            lines.append(
                self.tr("Subscribed: every {minutes} min from {url}").format(
                    minutes=source.refresh_minutes, url=source.url
                )
            )
        else:
            lines.append(self.tr("Imported from a file; Refresh asks for a newer export."))
        if source.expanded_from and source.expanded_to:
            lines.append(
                self.tr("{events} events from {first} to {last}; {skipped} left out.").format(
                    events=source.event_count,
                    first=source.expanded_from.strftime("%d-%m-%Y"),
                    last=source.expanded_to.strftime("%d-%m-%Y"),
                    skipped=source.skipped_count,
                )
            )
        self.detail.setText("\n".join(lines))
        self.error.say(
            self.tr("Last problem: {error}").format(error=source.last_error)
            if source.last_error
            else ""
        )

    # --- acting ---------------------------------------------------------------------------------

    @Slot()
    def on_caldav(self) -> None:
        """The CalDAV accounts in a window of their own (their steps run beside the app)."""
        if self.caldav_dialog is None:
            self.caldav_dialog = CaldavDialog(self.store.data_dir, self.store, self)
            self.caldav_dialog.panel.changed.connect(self.on_changed)
            syncer = getattr(self._app, "caldav_sync", None)
            if syncer is not None:
                self.caldav_dialog.panel.changed.connect(syncer.poke)
        self.caldav_dialog.panel.reload()
        self.caldav_dialog.show()
        self.caldav_dialog.raise_()

    @Slot(object, bool)
    def on_role_chosen(self, role: LayerRole, blocking: bool) -> None:
        source = self.current_source()
        if source is None:
            return
        # Saved: the app replans, which reloads this page through plan_changed.
        if role is not source.role:
            try:
                set_role(self.store, source.name, role, self.controller.tz)
            except CalendarError as exc:
                self.error.say(str(exc))
                return
        if blocking != source.blocking:
            self.store.calendars.set_blocking(source.name, blocking)

    @Slot()
    def on_add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), str(Path.home()), self.tr("Calendars (*.ics)")
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        self.importer.import_file(path)

    @Slot()
    def on_add_subscription(self) -> None:
        if self.dialog is not None:
            return
        dialog = SubscriptionDialog(set(self.store.calendars.names()), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                name, url, every, blocking = dialog.values()
                self.subscribe(name, url, every, blocking)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def subscribe(self, name: str, url: str, every: int, blocking: bool) -> bool:
        """Fetch a new subscription in the worker; the layer is stored only when it worked."""
        from ritmeregie.services.calendars.subscriptions import fetch_and_prepare

        window = Window.rolling(self.controller.today())
        tz = self.controller.tz
        return self.importer.start(
            name,
            blocking,
            lambda _progress: fetch_and_prepare(url, name, window, tz),
            url=url,
            refresh_minutes=every,
        )

    @Slot()
    def on_refresh(self) -> None:
        source = self.current_source()
        if source is None:
            return
        if source.url:
            sync = getattr(self._app, "calendar_sync", None)
            if sync is not None:
                sync.refresh_now(source.name)
            else:
                self.subscribe(
                    source.name, source.url, source.refresh_minutes or 60, source.blocking
                )
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("A newer export of '{name}'").format(name=source.name),
            str(Path.home()),
            self.tr("Calendars (*.ics)"),
        )
        if path:
            self.refresh_from_file(source.name, Path(path))

    def refresh_from_file(self, name: str, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.say(str(exc.strerror or exc))
            return False
        window = Window.rolling(self.controller.today())
        tz = self.controller.tz
        stored = self.controller.store.calendars.get(name)
        return self.importer.start(
            name, None, lambda progress: prepare_refresh(data, window, tz, stored, progress)
        )

    @Slot()
    def on_remove(self) -> None:
        name = self.current_name()
        if name is None or self.confirm is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove calendar"),
            self.tr("Remove the calendar '{name}' and its events from ritmeregie?").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm = box

        def finished(_result: int) -> None:
            self.confirm = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.remove(name)
            box.deleteLater()

        box.finished.connect(finished)
        box.open()

    def remove(self, name: str) -> None:
        self.store.calendars.remove(name)  # removed: the app replans (ui/store_changes.py)
        self.reload()
