"""Settings → General: language, start at login, where the data lives, the welcome once more.

The language switches at once (this window and the tray menu retranslate; other windows speak the
new language when next opened). Start at login talks to the OS through platform.autostart; where
this build or OS has no such mechanism, the option is not shown at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.platform.i18n import system_language

from ..window_keys import WindowKey
from .fields import ProblemLabel, heading, hint, subheading

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp

# Language names are written in their own language: a person looking for theirs must find it.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def autostart_module() -> ModuleType:
    """platform.autostart, imported when the page is built (the registry/plist code stays unloaded)."""
    from ritmeregie.platform import autostart

    return autostart


class GeneralPage(QWidget):
    language_changed = Signal(str)  # the setting: auto, nl or en

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._autostart = autostart_module()
        self._build()
        self.retranslate_ui()
        self._load()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = heading(self)

        self.language_heading = subheading(self)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code in ("auto", "nl", "en"):
            self.language_combo.addItem("", code)
        self.language_label.setBuddy(self.language_combo)
        self.language_hint = hint(self)
        self.language_combo.activated.connect(self.on_language_chosen)

        self.start_heading = subheading(self)
        self.autostart_check = QCheckBox(self)
        self.autostart_hint = hint(self)
        self.autostart_problem = ProblemLabel(self.autostart_check, self)
        self.autostart_check.toggled.connect(self.on_autostart_toggled)

        self.data_heading = subheading(self)
        self.data_label = QLabel(self)
        self.data_path = QLineEdit(str(self._app.store.data_dir), self)
        self.data_path.setReadOnly(True)
        self.data_path.setCursorPosition(0)
        self.data_label.setBuddy(self.data_path)
        self.open_button = QPushButton(self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.on_open_folder)
        self.data_hint = hint(self)
        self.data_problem = ProblemLabel(self.open_button, self)

        self.welcome_heading = subheading(self)
        self.welcome_button = QPushButton(self)
        self.welcome_button.setAutoDefault(False)
        self.welcome_button.clicked.connect(self.on_welcome)

        language = QGridLayout()
        language.setHorizontalSpacing(10)
        language.addWidget(self.language_label, 0, 0)
        language.addWidget(self.language_combo, 0, 1)
        language.setColumnStretch(2, 1)

        folder = QHBoxLayout()
        folder.setSpacing(8)
        folder.addWidget(self.data_label)
        folder.addWidget(self.data_path, 1)
        folder.addWidget(self.open_button)

        welcome = QHBoxLayout()
        welcome.addWidget(self.welcome_button)
        welcome.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addSpacing(8)
        layout.addWidget(self.language_heading)
        layout.addLayout(language)
        layout.addWidget(self.language_hint)
        layout.addSpacing(14)
        layout.addWidget(self.start_heading)
        layout.addWidget(self.autostart_check)
        layout.addWidget(self.autostart_hint)
        layout.addWidget(self.autostart_problem)
        layout.addSpacing(14)
        layout.addWidget(self.data_heading)
        layout.addLayout(folder)
        layout.addWidget(self.data_hint)
        layout.addWidget(self.data_problem)
        layout.addSpacing(14)
        layout.addWidget(self.welcome_heading)
        layout.addLayout(welcome)
        layout.addStretch(1)

        QWidget.setTabOrder(self.language_combo, self.autostart_check)
        QWidget.setTabOrder(self.autostart_check, self.data_path)
        QWidget.setTabOrder(self.data_path, self.open_button)
        QWidget.setTabOrder(self.open_button, self.welcome_button)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("General"))
        self.language_heading.setText(self.tr("Language"))
        self.language_label.setText(self.tr("&Language:"))
        system = LANGUAGE_NAMES[system_language()]
        self.language_combo.setItemText(
            0, self.tr("Like the system ({language})").format(language=system)
        )
        self.language_combo.setItemText(1, LANGUAGE_NAMES["nl"])
        self.language_combo.setItemText(2, LANGUAGE_NAMES["en"])
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_hint.setText(
            self.tr(
                "Settings and the tray menu switch at once; other windows the next time you "
                "open them."
            )
        )
        self.start_heading.setText(self.tr("Start"))
        self.autostart_check.setText(self.tr("Start ritmeregie when I log &in"))
        self.autostart_hint.setText(
            self.tr("It waits quietly in the tray; nothing opens until it is time.")
        )
        self.data_heading.setText(self.tr("Your data"))
        self.data_label.setText(self.tr("&Folder:"))
        self.data_path.setAccessibleName(self.tr("Data folder"))
        self.open_button.setText(self.tr("&Open folder"))
        self.data_hint.setText(
            self.tr(
                "Your agenda, reflections and settings, with daily backups. Only on this "
                "computer, nowhere else."
            )
        )
        self.welcome_heading.setText(self.tr("Welcome"))
        self.welcome_button.setText(self.tr("Show the &welcome again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load(self) -> None:
        setting = self._app.store.settings.language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(setting)))
        self._load_autostart()

    def _load_autostart(self) -> None:
        status = self._autostart_status()
        supported = status is not None and status != "unsupported"
        for widget in (self.start_heading, self.autostart_check, self.autostart_hint):
            widget.setVisible(supported)
        self.autostart_check.blockSignals(True)
        self.autostart_check.setChecked(status == "on")
        self.autostart_check.blockSignals(False)

    def _autostart_status(self) -> str | None:
        if self._autostart is None:
            return None
        return str(self._autostart.autostart_status().value)

    # --- language -------------------------------------------------------------------------------

    @Slot(int)
    def on_language_chosen(self, index: int) -> None:
        setting = str(self.language_combo.itemData(index))
        self.set_language(setting)

    def set_language(self, setting: str) -> None:
        if setting == self._app.store.settings.language():
            return
        self._app.store.settings.set("language", setting)
        self._app.apply_language(setting)
        self.language_changed.emit(setting)

    # --- start at login -------------------------------------------------------------------------

    @Slot(bool)
    def on_autostart_toggled(self, on: bool) -> None:
        if self._autostart is None:
            return
        try:
            if on:
                self._autostart.enable_autostart(self._explicit_data_dir())
            else:
                self._autostart.disable_autostart()
        except (self._autostart.AutostartError, OSError) as exc:
            self.autostart_problem.say(
                self.tr("That did not work: {reason}").format(reason=str(exc))
            )
        else:
            self.autostart_problem.say("")
        self._load_autostart()

    def _explicit_data_dir(self) -> Path | None:
        """The data folder, when it is not the default one (so the login start finds it too)."""
        default = Path(platformdirs.user_data_dir("ritmeregie", appauthor=False)).resolve()
        chosen = Path(self._app.store.data_dir).resolve()
        return None if chosen == default else chosen

    # --- data folder and welcome ----------------------------------------------------------------

    @Slot()
    def on_open_folder(self) -> None:
        url = QUrl.fromLocalFile(str(self._app.store.data_dir))
        if QDesktopServices.openUrl(url):
            self.data_problem.say("")
        else:
            self.data_problem.say(
                self.tr("No file manager answered; the folder's path is shown above.")
            )

    @Slot()
    def on_welcome(self) -> None:
        self._app.show_window(WindowKey.WELCOME)

    def restore_defaults(self) -> Callable[[], None]:
        before = self._app.store.settings.language()
        self.set_language("auto")
        self._load()

        def undo() -> None:
            self.set_language(before)
            self._load()

        return undo
